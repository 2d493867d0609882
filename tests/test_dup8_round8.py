"""Round 8 of the merge (dup8), on invented sentences: a time expression followed directly (no comma) by a
restrictive when-clause names its moment by the clause's happening: the two predicates are one happening
(chrono.simultaneous.merge_when_named); with a comma the clause is an aside and stays apart."""
from __future__ import annotations

from dataclasses import replace

import pytest

from chrono.chronology import merge_events
from chrono.model import Event, Mention, Modality, Relation, When
from chrono.timevalue import interval


def _when(value: str) -> When:
    start, end, grain = interval(value)
    return When(value, None, start, end, grain, Relation.ON)


def _event(text: str, timex: str, verb: str, value: str, modality: Modality = Modality.FACT,
           start: int = 40) -> Event:
    at, v = text.find(timex), text.find(verb)
    return Event("", verb, text, _when(value), modality,
                 mentions=(Mention("d", start, start + len(text), start + at, start + at + len(timex)),),
                 timex_text=timex, rule="tree:on", trigger=(start + v, start + v + len(verb), verb))


RESTRICTIVE = [
    ("The harbour master was on leave in 2031 when the storm wrecked the pier.", "2031", "was", "wrecked", "2031"),
    ("Rebels declared victory on March 3, 2031 when the general fled the capital.", "March 3, 2031", "declared",
     "fled", "2031-03-03"),
    ("Two clerks were fired, most recently last May when the auditor found the ledger.", "last May", "fired",
     "found", "2031-05"),
    ("She first met the composer in 2029 when both played in a student orchestra.", "2029", "met", "played",
     "2029"),
    ("The league will add two teams in April when the new arena opens.", "April", "add", "opens", "2032-04"),
]


@pytest.mark.parametrize("text,timex,main,clause,value", RESTRICTIVE)
def test_a_restrictive_when_clause_and_the_predicate_it_dates_are_one_happening(text, timex, main, clause, value):
    modality = Modality.FORECAST if " will " in text else Modality.FACT
    first = _event(text, timex, main, value, modality)
    second = _event(text, timex, clause, value, modality)
    for order in ([first, second], [second, first]):
        got = merge_events(order)
        assert len(got) == 1 and got[0].headline == main


@pytest.mark.parametrize("text,timex,main,clause,value", [
    ("The painter moved to Lisbon in 2031, when his father died.", "2031", "moved", "died", "2031"),
    ("The shares fell in March, when the bank reported a loss.", "March", "fell", "reported", "2031-03"),
])
def test_a_when_clause_after_a_comma_tells_a_happening_of_its_own(text, timex, main, clause, value):
    assert len(merge_events([_event(text, timex, main, value), _event(text, timex, clause, value)])) == 2


def test_other_dates_or_modalities_of_the_sentence_stay_apart():
    text = "The club hired a coach in 2031 when the owner sold his shares."
    hired = _event(text, "2031", "hired", "2031")
    sold = _event(text, "2031", "sold", "2031", Modality.NEGATED)
    assert len(merge_events([hired, sold])) == 2
    other = "The club hired a coach in 2031 and sold the stadium when prices rose."
    assert len(merge_events([_event(other, "2031", "hired", "2031"), _event(other, "2031", "rose", "2031")])) == 2


# A happening and the report of it a few days later (chrono.announced.merge_announced): the finding once.

def _told(text: str, headline: str, value: str, rule: str = "tree:on", start: int = 0,
          modality: Modality = Modality.FACT) -> Event:
    return Event("", headline, text, _when(value), modality, mentions=(Mention("d", start, start + len(text)),),
                 timex_text=next(w for w in ("Thursday", "Friday", "Monday", "Tuesday", "Sunday", "Saturday")
                                 if w in text), rule=rule)


ANNOUNCED = [
    ("The pistol was unearthed behind the barn on Thursday.", "The pistol was unearthed behind the barn",
     "Police said Friday they found a pistol behind the barn.", "Police said they found a pistol behind the barn"),
    ("Hikers discovered the wreckage of the plane on Monday.", "Hikers discovered the wreckage of the plane",
     "Rescuers announced Tuesday that they had found the plane's wreckage.",
     "Rescuers announced that they had found the plane's wreckage"),
    ("Gunmen killed three guards at the mine Sunday.", "Gunmen killed three guards at the mine",
     "Officials said Monday that gunmen had shot three guards.", "Officials said that gunmen had shot three guards"),
    ("Divers found the missing boat off the cape on Saturday.", "Divers found the missing boat off the cape",
     "The coast guard reported Monday that the boat was discovered off the cape.",
     "The coast guard reported that the boat was discovered off the cape"),
]
DAYS = {"Thursday": "2031-05-08", "Friday": "2031-05-09", "Saturday": "2031-05-10", "Sunday": "2031-05-11",
        "Monday": "2031-05-12", "Tuesday": "2031-05-13"}


def _day_of(text: str) -> str:
    return next(v for d, v in DAYS.items() if d in text)


@pytest.mark.parametrize("said,said_head,report,report_head", ANNOUNCED)
def test_a_happening_and_its_report_days_later_are_listed_once_at_the_happening(said, said_head, report,
                                                                                  report_head):
    happening = _told(said, said_head, _day_of(said))
    told = replace(_told(report, report_head, _day_of(report), "reporting-day", start=200), attribution="the source")
    for order in ([happening, told], [told, happening]):
        got = merge_events(order)
        assert len(got) == 1 and got[0].when.value == _day_of(said) and got[0].headline == said_head
        assert got[0].attribution == "the source"             # who made it known


def test_a_report_of_another_happening_or_too_late_or_before_stays_apart():
    found = _told("The pistol was unearthed behind the barn on Thursday.", "The pistol was unearthed behind the barn",
                  "2031-05-08")
    other = _told("Police said Friday they arrested a neighbour.", "Police said they arrested a neighbour",
                  "2031-05-09", "reporting-day", start=200)
    assert len(merge_events([found, other])) == 2                  # no common kind
    unrelated = _told("Police said Friday they found cash in a car.", "Police said they found cash in a car",
                      "2031-05-09", "reporting-day", start=200)
    assert len(merge_events([found, unrelated])) == 2              # nothing shared besides the kind
    later = _told("Police said Tuesday they found a pistol behind the barn.",
                  "Police said they found a pistol behind the barn", "2031-05-13", "reporting-day", start=200)
    assert len(merge_events([found, later])) == 2                  # five days on: not this report
    earlier = _told("Police said Monday they found a pistol behind the barn.",
                    "Police said they found a pistol behind the barn", "2031-05-05", "reporting-day", start=200)
    assert len(merge_events([found, earlier])) == 2                # a report before the happening


# A dated noun and the clause telling its happening at a finer date (chrono.dated_noun.merge_dated_nouns).

def _at(text: str, headline: str, timex: str, value: str, start: int, rule: str = "clause:on") -> Event:
    at = text.find(timex)
    return Event("", headline, text, _when(value), Modality.FACT,
                 mentions=(Mention("d", start, start + len(text), start + at, start + at + len(timex)),),
                 timex_text=timex, rule=rule)


DATED_NOUNS = [
    ("Prosecutors reopened the inquiry into the March killing of the reporter Ana Reyes.", "March", "2031-03",
     "Prosecutors reopened the inquiry", "Reyes was shot outside her office on March 14.", "March 14",
     "2031-03-14", "Reyes was shot outside her office"),
    ("Farmers in Darnel still count the cost of the May flood.", "May", "2031-05",
     "Farmers in Darnel still count the cost", "A flood swept through Darnel on May 3.", "May 3", "2031-05-03",
     "A flood swept through Darnel"),
    ("Investors still weigh Orvex's April merger with Halden.", "April", "2031-04", "Investors still weigh it",
     "Orvex completed its merger with Halden on April 2.", "April 2", "2031-04-02",
     "Orvex completed its merger with Halden"),
    ("Critics of the Senate's June vote on the Kessel dam held a rally.", "June", "2031-06",
     "Critics held a rally", "The Senate voted on June 9 to fund the Kessel dam.", "June 9", "2031-06-09",
     "The Senate voted to fund the Kessel dam"),
]


@pytest.mark.parametrize("coarse,ct,cv,ch,fine,ft,fv,fh", DATED_NOUNS)
def test_a_dated_noun_and_the_clause_telling_it_at_a_finer_date_are_one_happening(coarse, ct, cv, ch, fine,
                                                                                   ft, fv, fh):
    noun = _at(coarse, ch, ct, cv, 0)
    clause = _at(fine, fh, ft, fv, 300, "tree:on")
    for order in ([noun, clause], [clause, noun]):
        got = merge_events(order)
        assert len(got) == 1 and got[0].when.value == fv and got[0].headline == fh


def test_a_dated_noun_stays_apart_from_another_happening_or_a_date_too_fine():
    noun = _at("Prosecutors reopened the inquiry into the March killing of the reporter Ana Reyes.",
               "Prosecutors reopened the inquiry", "March", "2031-03", 0)
    other = _at("Tomas Lind was shot outside his office on March 14.", "Tomas Lind was shot outside his office",
                "March 14", "2031-03-14", 300, "tree:on")
    assert len(merge_events([noun, other])) == 2            # no name shared
    year = _at("Prosecutors reopened the inquiry into the 2031 killing of the reporter Ana Reyes.",
               "Prosecutors reopened the inquiry", "2031", "2031", 0)
    day = _at("Reyes was shot outside her office on March 14.", "Reyes was shot outside her office", "March 14",
              "2031-03-14", 300, "tree:on")
    assert len(merge_events([year, day])) == 2              # a year does not hold a day
    unnamed = _at("Prosecutors reopened the inquiry into the March fire at the Reyes warehouse.",
                  "Prosecutors reopened the inquiry", "March", "2031-03", 0)
    assert len(merge_events([unnamed, day])) == 2           # the noun's happening is not told there


# A lead and its retelling: a kind both tell counts as a shared word (chrono.retold).

def test_a_lead_and_its_retelling_in_other_words_of_its_kind_are_one_happening():
    lead_text = "Ambassador Mara Quell wrapped up her visit on Monday, meeting Lotan's trade minister on the port deal."
    body = "On Monday, Quell and the Lotan minister met again on the port."
    lead = _at(lead_text, "Ambassador Mara Quell wrapped up her visit, meeting Lotan's trade minister", "Monday",
               "2031-05-12", 0, "tree:on")
    retold = _at(body, "Quell and the Lotan minister met again on the port", "Monday", "2031-05-12", 300, "tree:on")
    got = merge_events([lead, retold])
    assert len(got) == 1 and got[0].headline == lead.headline
    other = _at("On Monday, Quell and the Lotan minister signed an accord on the port.",
                "Quell and the Lotan minister signed an accord on the port", "Monday", "2031-05-12", 300, "tree:on")
    assert len(merge_events([lead, other])) == 2            # another kind: the signing is another happening


# The same word next to two time expressions of compatible grains (chrono.dated_noun, across grains).

def _forecast(text: str, headline: str, timex: str, value: str, mod: str | None, start: int) -> Event:
    at = text.find(timex)
    start_, end, grain = interval(value)
    if mod == "START":
        end = start_.replace(month=5)
    return Event("", headline, text, When(value, mod, start_, end, grain, Relation.ON), Modality.FORECAST,
                 mentions=(Mention("d", start, start + len(text), start + at, start + at + len(timex)),),
                 timex_text=timex, rule="tree:on")


ALIKE = [
    ("Analysts doubt the flaws will be fixed before most phones using the modem reach the shops sometime next year.",
     "The flaws will be fixed before most phones", "sometime next year",
     "Several makers are building modem phones, which should reach the shops early next year.",
     "Modem phones should reach the shops", "early next year"),
    ("Engineers hope the new bridge will open to traffic next year.", "The new bridge will open to traffic",
     "next year", "The bridge is due to open to traffic early next year, the council said.",
     "The bridge is due to open to traffic", "early next year"),
    ("The festival returns to the harbour next year with a bigger stage.", "The festival returns to the harbour",
     "next year", "Organisers say the festival will come back to the harbour early next year.",
     "The festival will come back to the harbour", "early next year"),
]


@pytest.mark.parametrize("coarse,ch,ct,fine,fh,ft", ALIKE)
def test_the_same_word_dating_two_grains_of_one_year_tells_one_happening(coarse, ch, ct, fine, fh, ft):
    a = _forecast(coarse, ch, ct, "2032", None, 0)
    b = _forecast(fine, fh, ft, "2032", "START", 400)
    for order in ([a, b], [b, a]):
        got = merge_events(order)
        assert len(got) == 1 and got[0].when.mod == "START" and got[0].headline == fh


def test_other_words_next_to_the_dates_or_nothing_else_shared_stay_apart():
    a = _forecast("Analysts expect the company to show a phone next year.", "Analysts expect a phone",
                  "next year", "2032", None, 0)
    b = _forecast("Insiders say the company will sell a tablet early next year.", "The company will sell a tablet",
                  "early next year", "2032", "START", 400)
    assert len(merge_events([a, b])) == 2                   # "phone" / "tablet" next to the dates
    c = _forecast("Rents will rise on the coast next year.", "Rents will rise on the coast", "next year", "2032",
                  None, 0)
    d = _forecast("Storms will batter the coast early next year.", "Storms will batter the coast",
                  "early next year", "2032", "START", 400)
    assert len(merge_events([c, d])) == 2                   # only the dating word shared


def test_the_same_dating_word_with_kinds_of_happening_apart_stays_apart():
    c = _forecast("Rebels will attack the town next year, analysts say.", "Rebels will attack the town", "next year",
                  "2032", None, 0)
    d = _forecast("Rebels will retake the town early next year, analysts say.", "Rebels will retake the town",
                  "early next year", "2032", "START", 400)
    assert len(merge_events([c, d])) == 2
