"""A vague past or present ("recently", "now") sits before or on the publication day on every timeline,
never in the zone after it; a vague future stays there. One untitled article is not "1 articles"."""
from __future__ import annotations

from datetime import date, timedelta

from chrono import present
from chrono.model import Event, Modality, When

PUBLISHED = date(1999, 3, 1)


def _event(value: str) -> Event:
    return Event(id="e", headline="Something happened", text="Something happened.",
                 when=When(value=value, mod=None, start=None, end=None, granularity=None),
                 modality=Modality.FORECAST if value == "FUTURE_REF" else Modality.FACT)


def test_recently_is_the_day_before_publication_and_now_the_day_itself():
    assert present.vague_span(_event("PAST_REF"), PUBLISHED) == (PUBLISHED - timedelta(days=1), PUBLISHED)
    assert present.vague_span(_event("PRESENT_REF"), PUBLISHED) == (PUBLISHED, PUBLISHED + timedelta(days=1))


def test_a_vague_future_and_a_dated_event_are_left_as_they_are():
    assert present.vague_span(_event("FUTURE_REF"), PUBLISHED) is None
    assert present.vague_span(_event("1999-02-26"), PUBLISHED) is None
    assert present.vague_span(_event("PAST_REF"), None) is None


def test_the_briefing_rows_of_vague_events_are_not_ahead(tmp_path):
    from stories import build
    chron = build("The company recently fended off a takeover bid from its rival.\n\n"
                  "The board met on Friday.\n", PUBLISHED)
    rows = {r.event.when.value: r for r in present._make(chron).rows}
    if "PAST_REF" in rows:                       # the parser found the vague past (needs the shipped model)
        assert rows["PAST_REF"].span[1] <= PUBLISHED and rows["PAST_REF"].extent[1] <= PUBLISHED
    assert present._make(chron).title != "Chronology of 1 articles"
