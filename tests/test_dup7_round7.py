"""Round 7 of the merge (duplicates), on invented sentences: a dated noun of a kind of happening ("the
June 4 killing of Tomas Ferrand", a nominal event) and the clause of the same day telling it ("Ferrand
was shot ... on June 4") are one happening (chrono.restated); a story's lead and the first body
sentence of its day retelling it, with two names and two words in common, are one happening credited to
the source the retelling names (chrono.retold); other happenings of those days stay apart."""
from __future__ import annotations

from chrono.chronology import merge_events
from chrono.lang.en.events.merge import EVENT_KINDS
from chrono.model import Event, Mention, Modality, Relation, When
from chrono.retold import LEAD_NAMES, LEAD_WORDS
from chrono.timevalue import interval


def _when(value: str) -> When:
    start, end, grain = interval(value)
    return When(value, None, start, end, grain, Relation.ON)


def _event(headline: str, text: str, value: str, timex: str, verb: str | None, start: int, doc: str = "d",
           rule: str = "tree:on", attribution: str | None = None) -> Event:
    at = text.find(timex)
    v = text.find(verb) if verb else -1
    return Event("", headline, text, _when(value), Modality.FACT, attribution=attribution,
                 mentions=(Mention(doc, start, start + len(text), start + at, start + at + len(timex)),),
                 timex_text=timex, rule=rule, trigger=(start + v, start + v + len(verb), verb) if verb else None)


NOMINAL = "Police have not named a suspect in the June 4 killing of the jeweller, Tomas Ferrand."
SHOT = "Ferrand, 61, was shot in his shop in Lyonville shortly after he came back from lunch on June 4."
OPENED = "Ferrand's daughter Ines opened a second shop in Lyonville on June 4."


def test_the_killing_words_are_one_kind_of_happening():
    assert {"killed", "shot", "shooting", "slaying", "murder"} <= set(EVENT_KINDS["attack"])


def test_a_dated_killing_and_the_clause_telling_the_shooting_that_day_are_one_happening():
    nominal = _event("The killing of the jeweller, Tomas Ferrand", NOMINAL, "2031-06-04", "June 4", None, 0,
                     rule="nominal")
    shot = _event("He came back from lunch", SHOT, "2031-06-04", "June 4", "came", 200)   # a misplaced headline
    got = merge_events([nominal, shot])
    assert len(got) == 1 and len(got[0].mentions) == 2
    assert got[0].headline == nominal.headline          # the mention naming the killing headlines it


def test_a_dated_killing_and_another_happening_of_its_day_stay_apart():
    nominal = _event("The killing of the jeweller, Tomas Ferrand", NOMINAL, "2031-06-04", "June 4", None, 0,
                     rule="nominal")
    opened = _event("Ferrand's daughter Ines opened a second shop in Lyonville", OPENED, "2031-06-04", "June 4",
                    "opened", 200)
    assert len(merge_events([nominal, opened])) == 2


def test_a_dated_killing_and_a_shooting_with_no_name_in_common_stay_apart():
    nominal = _event("The killing of the jeweller, Tomas Ferrand", NOMINAL, "2031-06-04", "June 4", None, 0,
                     rule="nominal")
    text = "A guard was shot outside the Aubel bank on June 4."
    shot = _event("A guard was shot outside the Aubel bank", text, "2031-06-04", "June 4", "shot", 200)
    assert len(merge_events([nominal, shot])) == 2


LEAD = "PORT VELL (Wire) - Harbour workers began a strike Monday over the closure of the eastern docks of Port Vell."
RETOLD = "The dockers' union told reporters its members in Port Vell walked out on Monday to protest the closure of the docks."
OTHER = "Also on Monday, the Port Vell council voted to sell the western quay to a ferry company."


def test_the_thresholds_of_a_retold_lead():
    assert (LEAD_NAMES, LEAD_WORDS) == (2, 2)


def test_a_lead_and_its_retelling_in_the_body_are_one_happening_credited_to_the_retelling_source():
    lead = _event("Harbour workers began a strike over the closure of the eastern docks of Port Vell", LEAD,
                  "2031-03-10", "Monday", "began", 0)
    other = _event("The Port Vell council voted to sell the western quay", OTHER, "2031-03-10", "Monday",
                   "voted", len(LEAD) + 1)
    retold = _event("Its members walked out to protest the closure of the docks", RETOLD, "2031-03-10", "Monday",
                    "walked", len(LEAD) + len(OTHER) + 2, attribution="The dockers' union")
    got = merge_events([lead, other, retold])
    assert len(got) == 2
    strike = next(e for e in got if len(e.mentions) == 2)
    assert strike.headline == lead.headline and strike.attribution == "The dockers' union"


def test_another_happening_of_the_lead_day_with_its_names_stays_apart():
    lead = _event("Harbour workers began a strike over the closure of the eastern docks of Port Vell", LEAD,
                  "2031-03-10", "Monday", "began", 0)
    other = _event("The Port Vell council voted to sell the western quay", OTHER, "2031-03-10", "Monday",
                   "voted", len(LEAD) + 1)
    assert len(merge_events([lead, other])) == 2


def test_two_body_sentences_are_no_lead():
    first = _event("A ferry ran aground off Port Vell", "A ferry ran aground off Port Vell on Monday, the coastguard said.",
                   "2031-03-10", "Monday", "ran", 0)
    lead = _event("Harbour workers began a strike over the closure of the eastern docks of Port Vell", LEAD,
                  "2031-03-10", "Monday", "began", 100)
    retold = _event("Its members walked out to protest the closure of the docks", RETOLD, "2031-03-10", "Monday",
                    "walked", 400)
    assert len(merge_events([first, lead, retold])) == 3


def test_a_lead_of_another_day_is_not_retold():
    lead = _event("Harbour workers began a strike over the closure of the eastern docks of Port Vell", LEAD,
                  "2031-03-10", "Monday", "began", 0)
    later = _event("Its members walked out to protest the closure of the docks", RETOLD.replace("Monday", "Tuesday"),
                   "2031-03-11", "Tuesday", "walked", 300)
    assert len(merge_events([lead, later])) == 2
