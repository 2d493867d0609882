"""One happening told again in one document at its date (chrono.restated.merge_restated), and an expected
happening told as a forecast and as a supposition (chrono.restated.merge_expected); different happenings of
one day stay apart. Invented sentences."""
from __future__ import annotations

from chrono.chronology import merge_events
from chrono.model import Event, Mention, Modality, When
from chrono.timevalue import interval


def _when(value: str) -> When:
    start, end, grain = interval(value)
    return When(value, None, start, end, grain)


def _event(headline: str, text: str, value: str, timex: str, start: int, doc: str = "d",
           modality: Modality = Modality.FACT, rule: str = "tree:on") -> Event:
    at = text.find(timex) if timex else -1
    span = (start + at, start + at + len(timex)) if at >= 0 else (None, None)
    return Event("", headline, text, _when(value), modality,
                 mentions=(Mention(doc, start, start + len(text), *span),), timex_text=timex, rule=rule)


# The same word dates both mentions, and their sentences share a name.
OPENS = _event("The first visitors are impressed", "The Brightwater Bridge opens Friday and the first visitors are impressed.",
               "2031-05-09", "Friday", 0)
OPENS_AGAIN = _event("The Brightwater Bridge's two footpaths open to cyclists and walkers",
                     "The Brightwater Bridge's two footpaths, which run beside the tramway, open Friday (May 9) "
                     "to cyclists and walkers.", "2031-05-09", "Friday", 400)


def test_a_happening_dated_by_the_same_word_twice_merges_headlined_by_the_mention_naming_it():
    got = merge_events([OPENS, OPENS_AGAIN])
    assert len(got) == 1 and len(got[0].mentions) == 2
    assert got[0].headline == OPENS_AGAIN.headline          # the one that says what happens Friday


def test_the_same_dating_word_without_a_shared_name_or_with_names_apart_stays_apart():
    other = _event("Repairs on the tramway open to bids",
                   "Repairs on the old tramway open Friday to bids from local firms.", "2031-05-09", "Friday", 400)
    assert len(merge_events([OPENS, other])) == 2
    rival = _event("The Kestrel Tunnel opens", "The Kestrel Tunnel opens Friday as well, beside the Brightwater Bridge.",
                   "2031-05-09", "Friday", 400)
    assert len(merge_events([_event("The Brightwater Bridge opens", OPENS.text, "2031-05-09", "Friday", 0),
                             rival])) == 2


def test_two_reports_of_one_day_are_not_one_happening_by_their_date():
    arrested = _event("A suspect was arrested near the Brightwater Bridge",
                      "Police officials said Friday a suspect was arrested near the Brightwater Bridge.",
                      "2031-05-09", "Friday", 0)
    died = _event("A cyclist died after a fall on the bridge",
                  "Police officials said Friday a cyclist died after a fall on the Brightwater Bridge.",
                  "2031-05-09", "Friday", 400)
    assert len(merge_events([arrested, died])) == 2


def test_different_words_next_to_one_date_stay_apart():
    won = _event("The Harbour Hawks beat the Rovers", "The Harbour Hawks beat the Rovers on Friday in Leeds.",
                 "2031-05-09", "Friday", 0)
    signed = _event("The Harbour Hawks signed a goalkeeper", "The Harbour Hawks signed a goalkeeper on Friday.",
                    "2031-05-09", "Friday", 300)
    assert len(merge_events([won, signed])) == 2
    film = _event("The last Orion film was Orion Rising", "The last Orion film was 2029's Orion Rising.",
                  "2029", "2029", 0)
    greenlit = _event("The next Orion film was greenlit", "The next Orion film was greenlit in 2029, with a new cast.",
                      "2029", "2029", 300)
    assert len(merge_events([film, greenlit])) == 2


LEAD = _event("The city council has picked Marlow Rail and Tessel Works",
              "The city council has picked Marlow Rail, Tessel Works and two smaller firms to build its new "
              "tram depot.", "2031-05-09", "", 0, rule="lede-news")
DATED = _event("The council announced the choice of Marlow Rail, Tessel Works, Odd Bros and Kite",
               "On Friday, the council announced the choice of Marlow Rail, Tessel Works, Odd Bros and Kite to "
               "build the tram depot.", "2031-05-09", "Friday", 300)


def test_the_lead_told_without_a_date_and_its_dated_telling_merge_by_the_dated_one():
    got = merge_events([LEAD, DATED])
    assert len(got) == 1 and got[0].headline == DATED.headline and len(got[0].mentions) == 2


def test_an_undated_lead_sharing_names_but_not_words_or_one_name_stays_apart():
    image = _event("Marlow Rail posted a picture of Tessel Works' chief",
                   "Marlow Rail posted a picture of Tessel Works' chief on Friday, smiling.", "2031-05-09", "Friday", 300)
    assert len(merge_events([LEAD, image])) == 2
    one_name = _event("Kite won a contract for the tram depot",
                      "On Friday, Kite won a contract to build a tram depot in Marlow.", "2031-05-09", "Friday", 300)
    assert len(merge_events([LEAD, one_name])) == 2
    other_doc = _event(DATED.headline, DATED.text, "2031-05-09", "Friday", 300, doc="e")
    assert len(merge_events([LEAD, other_doc])) == 2


def test_a_forecast_and_a_supposition_of_one_expected_happening_merge_as_the_forecast():
    planned = _event("The agency's planned crewed flight to Titan", "The agency prepares its planned 2040 crewed "
                     "flight to Titan.", "2040", "2040", 0, modality=Modality.FORECAST, rule="nominal")
    whether = _event("A crewed flight to Titan is affordable", "Lawmakers ask whether a crewed 2040 flight to Titan "
                     "is affordable.", "2040", "2040", 500, modality=Modality.HYPOTHETICAL)
    got = merge_events([planned, whether])
    assert len(got) == 1 and got[0].modality is Modality.FORECAST and len(got[0].mentions) == 2
    assert got[0].headline == planned.headline


def test_a_fact_and_a_supposition_or_unlike_headlines_stay_apart():
    fact = _event("The crewed flight to Titan took off", "The crewed flight to Titan took off in 2040.",
                  "2040", "2040", 0)
    whether = _event("A crewed flight to Titan is affordable", "Lawmakers asked whether a crewed 2040 flight to "
                     "Titan was affordable.", "2040", "2040", 500, modality=Modality.HYPOTHETICAL)
    assert len(merge_events([fact, whether])) == 2
    planned = _event("The agency plans a new budget", "The agency plans a new budget in 2040.", "2040", "2040", 0,
                     modality=Modality.FORECAST)
    assert len(merge_events([planned, whether])) == 2


def _in_sentence(headline: str, text: str, value: str, timex: str, modality: Modality = Modality.FORECAST) -> Event:
    at = text.index(timex)
    return Event("", headline, text, _when(value), modality,
                 mentions=(Mention("d", 100, 100 + len(text), 100 + at, 100 + at + len(timex)),), timex_text=timex)


def test_two_dates_offered_as_alternatives_in_one_sentence_are_one_happening_dated_by_the_first():
    text = "Delays have pushed the ferry's first crossing back to at least spring 2032, and more likely 2033."
    first = _in_sentence("Delays have pushed the ferry's first crossing back", text, "2032-SP", "spring 2032")
    second = _in_sentence("More likely", text, "2033", "2033")
    got = merge_events([first, second])
    assert len(got) == 1 and got[0].when.value == "2032-SP" and got[0].headline == first.headline
    text = "The council may vote on the budget Tuesday or Wednesday."
    tue = _in_sentence("The council may vote on the budget", text, "2031-05-06", "Tuesday")
    wed = _in_sentence("The council may vote on the budget", text, "2031-05-07", "Wednesday")
    assert len(merge_events([tue, wed])) == 1


def test_two_dates_of_one_sentence_joined_otherwise_stay_apart():
    text = "The fair was held in 2018 and 2019, with profits in 2020 and losses in 2021."
    dates = [_in_sentence("The fair was held", text, y, y, Modality.FACT) for y in ("2018", "2019", "2020", "2021")]
    assert len(merge_events(dates)) == 4
    other = _in_sentence("The council may vote on the budget", "The council may vote on the budget Tuesday or "
                         "Wednesday.", "2031-05-07", "Wednesday")
    elsewhere = Event("", other.headline, other.text, _when("2031-05-06"), other.modality,
                      mentions=(Mention("d", 900, 960, 935, 942),), timex_text="Tuesday")
    assert len(merge_events([elsewhere, other])) == 2          # not one sentence


def test_the_words_that_offer_alternative_dates_are_the_languages():
    from chrono.chronology import Similarity
    from chrono.events.words import stage
    from chrono.restated import alternatives
    sim = stage(Similarity, None)
    for between, expected in sim.words.alternative_examples:
        assert alternatives(between, sim) is expected, between


def test_a_dated_noun_told_again_at_its_date_is_one_happening_headlined_by_the_noun():
    call = _event("Ardell's phone call with Governor Pike",
                  "Senators questioned two aides on Ardell's May 3 phone call with Governor Pike.",
                  "2031-05-03", "May 3", 0, rule="nominal")
    record = _event("Both aides testified the record was complete",
                    "Recalling their notes about a call Ardell's office later made public, both aides testified "
                    "the May 3 record was complete.", "2031-05-03", "May 3", 600, rule="clause:on")
    got = merge_events([call, record])
    assert len(got) == 1 and got[0].headline == call.headline and len(got[0].mentions) == 2


def test_a_dated_noun_stays_apart_from_a_sentence_without_it_or_without_a_shared_name():
    call = _event("Ardell's phone call with Governor Pike",
                  "Senators questioned two aides on Ardell's May 3 phone call with Governor Pike.",
                  "2031-05-03", "May 3", 0, rule="nominal")
    no_noun = _event("Recalling the aides' notes", "Recalling the aides' notes about Ardell's office, both testified "
                     "the May 3 record was complete.", "2031-05-03", "May 3", 600, rule="clause:on")
    no_name = _event("Recalling the aides' notes", "Recalling the aides' notes about a call the office later made "
                     "public, both testified the May 3 record was complete.", "2031-05-03", "May 3", 600,
                     rule="clause:on")
    assert len(merge_events([call, no_noun])) == 2 and len(merge_events([call, no_name])) == 2


def test_a_headline_word_capitalised_only_by_its_place_is_not_a_name():
    from chrono.chronology import Similarity
    from chrono.events.words import stage
    sim = stage(Similarity, None)
    assert sim.headline_names("Early visitors are impressed", "The bridge opens and early visitors are impressed.") \
        == frozenset()
    assert sim.headline_names("Ardell phoned Pike", "On Friday Ardell phoned Pike.") == {"ardell", "pike"}
    assert sim.headline_names("Early Bird opened", "The early visitors liked the Early Bird diner.") == {"early", "bird"}
    early = _event("Early visitors are impressed",
                   "The Brightwater Bridge opens Friday and early visitors are impressed.", "2031-05-09", "Friday", 0)
    assert len(merge_events([early, OPENS_AGAIN])) == 1


def test_the_possessive_of_a_date_is_not_a_word_that_dates():
    meeting = _event("The Brightwater council's meeting ran late",
                     "Friday's meeting of the Brightwater council ran late.", "2031-05-09", "Friday", 0)
    vote = _event("The Brightwater council's vote was close",
                  "Friday's vote in the Brightwater council was close.", "2031-05-09", "Friday", 300)
    assert len(merge_events([meeting, vote])) == 2
    again = _event("A councillor walked out in uproar",
                   "Friday's meeting ended in uproar when a Brightwater councillor walked out.", "2031-05-09",
                   "Friday", 600)
    assert len(merge_events([meeting, again])) == 1
