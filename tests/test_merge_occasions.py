"""Statements one document places at one dated occasion are that occasion, listed once
(chrono.occasions.merge_occasions); a date at two grains of one gathering merges (the "gathering" kind)."""
from __future__ import annotations

from datetime import date

from chrono.chronology import merge_events
from chrono.model import Event, Mention, Modality, When

_WEEK = When("2019-W46", None, date(2019, 11, 11), date(2019, 11, 18), None)
_DAY = When("2019-11-19", None, date(2019, 11, 19), date(2019, 11, 20), None)


def _event(headline: str, text: str, timex: str, when: When = _WEEK, doc: str = "d", start: int = 0,
           modality: Modality = Modality.FACT) -> Event:
    return Event("", headline, text, when, modality, mentions=(Mention(doc, start, start + len(text)),),
                 timex_text=timex)


SAID = _event("The architectures require a heavy-lift launch vehicle",
              "\u201cThe architectures require a heavy-lift launch vehicle,\u201d said Rep. Brian Babin "
              "during a hearing last week.", "last week")
BACKED = _event("The two witnesses backed up that assessment",
                "At last week\u2019s hearing, the two witnesses backed up that assessment.", "last week", start=300)
REFERRED = _event("Babin referred to those comments at the hearing, concluding that the odds were dwindling",
                  "Babin referred to those comments at last week\u2019s hearing, concluding that the odds were "
                  "dwindling.", "last week", start=900)


def test_statements_at_one_dated_hearing_are_one_happening_headlined_by_the_fullest_naming_it():
    got = merge_events([SAID, BACKED, REFERRED])
    assert len(got) == 1 and len(got[0].mentions) == 3
    assert got[0].headline == REFERRED.headline


def test_not_across_documents_dates_or_when_the_hearing_only_dates_another_happening():
    other_doc = _event(BACKED.headline, BACKED.text, "last week", doc="e", start=300)
    assert len(merge_events([SAID, other_doc])) == 2
    tweeted = _event("Trump tweeted soon after the committee concluded its hearings",
                     "Trump tweeted soon after the committee concluded its public impeachment hearings on Tuesday.",
                     "Tuesday", when=_DAY)
    sham = _event("Grisham said the hearing only further exposes the Democrats",
                  "\u201cToday's hearing only further exposes the Democrats,\u201d Grisham said.", "Today",
                  when=_DAY, start=400)
    assert len(merge_events([tweeted, sham])) == 2
    other_day = _event(BACKED.headline, BACKED.text, "Tuesday", when=_DAY, start=300)
    assert len(merge_events([SAID, other_day])) == 2


def test_one_gathering_at_a_month_and_at_its_day_merges_by_the_day():
    month = When("2019-12", None, date(2019, 12, 1), date(2020, 1, 1), None)
    next_month = _event("Apple is holding a surprise event in NYC",
                        "Apple is holding a surprise event in NYC next month, and it will be all about apps and games.",
                        "next month", when=month, modality=Modality.FORECAST)
    day = When("2019-12-02", None, date(2019, 12, 2), date(2019, 12, 3), None)
    on_day = _event("The tech giant is holding an event to highlight the best apps and games",
                    "The tech giant is holding an event on December 2 to highlight the best apps and games.",
                    "December 2", when=day, start=200, modality=Modality.FORECAST)
    on_day = Event(on_day.id, on_day.headline, on_day.text, day, on_day.modality, mentions=on_day.mentions,
                   timex_text="December 2", trigger=(0, 7, "holding"))
    got = merge_events([next_month, on_day])
    assert len(got) == 1 and got[0].when.value == "2019-12-02"
