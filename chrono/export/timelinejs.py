"""The chronology as Knight Lab TimelineJS3 JSON (``out/NAME.timeline.json``).

Each date is given at its true precision: ``{"year": 2014}`` for "early 2014",
``{"year": 2015, "month": 11}`` for November 2015, a day for a day. ``display_date`` shows the
date as the briefing does; ``group`` is the modality ("fact", "forecast"). Events without an
interval ("in the days ahead") are placed on the day after the publication date, with their
words as ``display_date``. Text fields are HTML (TimelineJS renders them), so they are escaped.
"""
from __future__ import annotations

import html
from datetime import date, timedelta
from pathlib import Path

from ..datetext import day_text
from ..reader.textsafe import write_text
from ..model import Chronology, Grain, Relation
from ..present import Briefing, Row
from .json_export import encode


def _date(d: date, grain: Grain | None) -> dict:
    """A TimelineJS date at the grain's precision: year; year and month; or year, month and day."""
    out: dict = {"year": d.year}
    if grain is not None and grain.rank > Grain.YEAR.rank:
        out["month"] = d.month
        if grain.rank >= Grain.WEEK.rank:
            out["day"] = d.day
    return out


def event_dict(b: Briefing, row: Row) -> dict:
    """One event of the story: its dates at their precision, its text, its group (the modality)."""
    event, words, w = row.event, b.words, row.event.when
    bits = [html.escape(event.text)] if event.text and event.text != event.headline else []
    if event.attribution:
        bits.append(f"<em>{words.feeds.according_story.format(who=html.escape(event.attribution))}</em>")
    if len(b.documents) > 1 and event.mentions:
        bits.append(f"<small>{words.feeds.source.format(titles=html.escape('; '.join(row.source_titles)))}</small>")
    out: dict = {"unique_id": event.id}
    if row.extent is None:
        after = (b.date or date(1970, 1, 1)) + timedelta(days=1)
        out["start_date"] = _date(after, Grain.DAY)
    else:
        start, end = row.extent
        grain = w.granularity
        out["start_date"] = _date(start, grain)
        last = end - timedelta(days=1)
        if w.relation is Relation.SINCE and row.published is not None:
            out["end_date"] = _date(row.published, Grain.DAY)
        elif grain in (Grain.DAY, Grain.TIME) and last > start:
            out["end_date"] = _date(last, grain)
    out["display_date"] = row.date
    out["text"] = {"headline": html.escape(event.headline), "text": "<p>" + "</p><p>".join(bits) + "</p>"
                   if bits else ""}
    out["group"] = event.modality.value
    return out


def to_dict(chron: Chronology | Briefing) -> dict:
    b = Briefing.of(chron)
    agencies = sorted({a for d in b.documents for a in d.agencies})
    sub = [b.words.published.format(day=day_text(b.date, words=b.words.dates)) if b.date else ""]
    if agencies:
        sub.append(", ".join(agencies))
    return {
        "title": {"text": {"headline": html.escape(b.feed_title),
                           "text": html.escape(" · ".join(s for s in sub if s))}},
        "events": [event_dict(b, row) for row in b.rows],
    }


def dumps(chron: Chronology | Briefing) -> str:
    return encode(to_dict(chron))


def write(chron: Chronology, path: Path, **_: object) -> None:
    write_text(path, dumps(chron))
