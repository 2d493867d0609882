"""One happening told at two grains in one document in other words (chrono.clusters.told_once), and a day
holding its times of day; different happenings stay apart."""
from __future__ import annotations

from chrono.chronology import merge_events
from chrono.model import Event, Mention, Modality, When
from chrono.timevalue import interval


def _when(value: str) -> When:
    start, end, grain = interval(value)
    return When(value, None, start, end, grain)


def _event(headline: str, text: str, value: str, timex: str, start: int, doc: str = "d",
           modality: Modality = Modality.FORECAST, trigger: str | None = None) -> Event:
    at = text.index(timex)
    return Event("", headline, text, _when(value), modality,
                 mentions=(Mention(doc, start, start + len(text), start + at, start + at + len(timex)),),
                 timex_text=timex, trigger=(start, start + len(trigger), trigger) if trigger else None)


OPENS = _event("The 12-city run will be the first tour of the quartet since 1996",
               "Kicking off in March 2021, the 12-city run will be the first tour of the quartet since 1996.",
               "2021-03", "March 2021", 100, trigger="be")
FIRST_NIGHT = _event("The quartet will kick off the run in Leeds",
                     "The quartet will kick off the run March 4, 2021 in Leeds, the first of 12 cities.",
                     "2021-03-04", "March 4, 2021", 900)


def test_a_month_and_a_day_of_one_happening_in_one_document_merge_dated_by_the_day():
    got = merge_events([OPENS, FIRST_NIGHT])
    assert len(got) == 1
    assert got[0].when.value == "2021-03-04" and len(got[0].mentions) == 2


def test_a_day_and_a_time_of_that_day_merge():
    home = _event("Their hopes dashed, 90 workers returned home on Friday after being deported",
                  "Their hopes dashed, 90 workers returned home on Friday after being deported from Qatar.",
                  "2021-03-05", "Friday", 0, modality=Modality.FACT)
    landed = _event("The plane carrying the deportees landed in Kochi",
                    "The plane carrying the deportees landed in Kochi at 7am, an official said.",
                    "2021-03-05T07:00", "7am", 400, modality=Modality.FACT, trigger="landed")
    got = merge_events([home, landed])
    assert len(got) == 1 and got[0].when.value == "2021-03-05T07:00"


def test_not_across_documents_modalities_sentences_or_kinds():
    other_doc = _event(FIRST_NIGHT.headline, FIRST_NIGHT.text, "2021-03-04", "March 4, 2021", 900, doc="e")
    assert len(merge_events([OPENS, other_doc])) == 2
    fact = _event(FIRST_NIGHT.headline, FIRST_NIGHT.text, "2021-03-04", "March 4, 2021", 900, modality=Modality.FACT)
    assert len(merge_events([OPENS, fact])) == 2
    # two dates in one sentence are two happenings, whatever its words
    text = "The run, kicking off after a March 4, 2021 news conference, could be pushed into April 2021."
    a = _event("A news conference", text, "2021-03-04", "March 4, 2021", 50)
    b = _event("The run could be pushed", text, "2021-04", "April 2021", 50)
    assert len(merge_events([a, b])) == 2
    # the words next to the dates tell other kinds: a landing is not a kick-off
    landed = _event("The quartet landed in Leeds for the run",
                    "The quartet landed in Leeds for the run on March 4, 2021, the first of 12 cities.",
                    "2021-03-04", "March 4, 2021", 900, trigger="landed")
    assert len(merge_events([OPENS, landed])) == 2


def test_different_happenings_of_one_day_in_one_document_stay_apart():
    day = "2021-03-04"
    a = _event("Troops shelled the town", "Troops shelled the town on March 4, 2021, officials said.", day,
               "March 4, 2021", 0, modality=Modality.FACT)
    b = _event("Troops retook the town", "Troops retook the town at 6pm, officials said.", "2021-03-04T18:00",
               "6pm", 300, modality=Modality.FACT)
    assert len(merge_events([a, b])) == 2
