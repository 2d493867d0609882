"""The chronology as Knight Lab TimelineJS3 JSON (``out/NAME.timeline.json``).

Each date is given at its true precision: ``{"year": 2014}`` for "early 2014",
``{"year": 2015, "month": 11}`` for November 2015, a day for a day. ``display_date`` shows the
date as the briefing does; ``group`` is the modality ("fact", "forecast"). Events without an
interval ("in the days ahead") are placed on the day after the publication date, with their
words as ``display_date``. Text fields are HTML (TimelineJS renders them), so they are escaped.
"""
from __future__ import annotations

import html
import json
from datetime import date, timedelta
from pathlib import Path

from ..dates_display import briefing_date, day_text, event_published, show_event, span
from ..read.textsafe import write_text
from ..model import Chronology, Event, Grain, Relation


def _date(d: date, grain: Grain | None) -> dict:
    """A TimelineJS date at the grain's precision: year; year and month; or year, month and day."""
    out: dict = {"year": d.year}
    if grain is not None and grain.rank > Grain.YEAR.rank:
        out["month"] = d.month
        if grain.rank >= Grain.WEEK.rank:
            out["day"] = d.day
    return out


def _sources(chron: Chronology, event: Event) -> str:
    titles = {d.id: d.title or d.id for d in chron.documents}
    docs = list(dict.fromkeys(m.doc for m in event.mentions))
    return "; ".join(titles.get(d, d) for d in docs)


def event_dict(chron: Chronology, event: Event, published: date | None) -> dict:
    w = event.when
    bits = [html.escape(event.text)] if event.text and event.text != event.headline else []
    if event.attribution:
        bits.append(f"<em>According to {html.escape(event.attribution)}</em>")
    if len(chron.documents) > 1 and event.mentions:
        bits.append(f"<small>Source: {html.escape(_sources(chron, event))}</small>")
    out: dict = {"unique_id": event.id}
    own_published = event_published(chron, event)
    extent = span(event, own_published)
    if extent is None:
        after = (published or date(1970, 1, 1)) + timedelta(days=1)
        out["start_date"] = _date(after, Grain.DAY)
    else:
        start, end = extent
        grain = w.granularity
        out["start_date"] = _date(start, grain)
        last = end - timedelta(days=1)
        if w.relation is Relation.SINCE and own_published is not None:
            out["end_date"] = _date(own_published, Grain.DAY)
        elif grain in (Grain.DAY, Grain.TIME) and last > start:
            out["end_date"] = _date(last, grain)
    out["display_date"] = show_event(event)
    out["text"] = {"headline": html.escape(event.headline), "text": "<p>" + "</p><p>".join(bits) + "</p>"
                   if bits else ""}
    out["group"] = event.modality.value
    return out


def to_dict(chron: Chronology) -> dict:
    published = briefing_date(chron)
    title = chron.title or (chron.documents[0].title if chron.documents else None) or "Chronology"
    agencies = sorted({a for d in chron.documents for a in d.agencies})
    sub = [f"Published {day_text(published)}" if published else ""]
    if agencies:
        sub.append(", ".join(agencies))
    return {
        "title": {"text": {"headline": html.escape(title),
                           "text": html.escape(" · ".join(s for s in sub if s))}},
        "events": [event_dict(chron, e, published) for e in chron.events],
    }


def dumps(chron: Chronology) -> str:
    return json.dumps(to_dict(chron), ensure_ascii=False, indent=2) + "\n"


def write(chron: Chronology, path: Path, **_: object) -> None:
    write_text(path, dumps(chron))
