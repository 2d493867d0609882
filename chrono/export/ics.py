"""The chronology as iCalendar (RFC 5545), via the ``icalendar`` library.

One all-day VEVENT per event that has an interval: DTSTART and DTEND are DATE values spanning
the interval (DTEND is exclusive, as in the model); a "since" event runs to the publication date.
UIDs are stable (event id and document ids), DTSTAMP is the publication date at midnight UTC, so
two builds give the same file. Vague events ("in the days ahead") have no interval and are left
out (logged).
"""
from __future__ import annotations

import hashlib
import logging
from datetime import datetime, timezone
from pathlib import Path

from ..reader.textsafe import encodable, one_line
from ..model import Chronology, Event
from ..present import Briefing, Row

log = logging.getLogger(__name__)


def _docs_hash(chron: Chronology) -> str:
    docs = "\n".join(d.id for d in chron.documents)
    return hashlib.sha1(encodable(docs).encode("utf-8")).hexdigest()[:10]


def uid(chron: Chronology, event: Event, *, docs_hash: str | None = None) -> str:
    """A UID stable across builds of the same documents: ``<event id>-<hash of doc ids>@chrono``."""
    return f"{encodable(event.id)}-{docs_hash or _docs_hash(chron)}@chrono"


def description(b: Briefing, row: Row) -> str:
    """The text of an event's calendar entry: what happened, its date, status, attribution, sources."""
    words, event = b.words.feeds, row.event
    lines = [event.text or event.headline, "", words.date.format(date=row.date)]
    if event.timex_text:
        lines[-1] += words.as_written.format(text=event.timex_text)
    lines.append(words.status.format(status=event.modality.value))
    if event.attribution:
        lines.append(words.according.format(who=event.attribution))
    if row.doc_ids:
        lines.append(words.source.format(titles="; ".join(row.source_titles)))
    return "\n".join(lines)


def calendar(chron: Chronology | Briefing):
    """The chronology as an ``icalendar.Calendar``."""
    from icalendar import Calendar, Event as VEvent

    b = Briefing.of(chron)
    published = b.date
    stamp = datetime(*(published.timetuple()[:3]), tzinfo=timezone.utc) if published else \
        datetime(1970, 1, 1, tzinfo=timezone.utc)
    cal = Calendar()
    cal.add("prodid", "-//chrono//chronology//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", one_line(b.feed_title))
    docs_hash = _docs_hash(b.chronology)
    for row in b.rows:
        event, extent = row.event, row.extent
        if extent is None:
            log.info("ics: %s has no interval (%s); left out", event.id, event.when.value)
            continue
        ve = VEvent()
        ve.add("uid", uid(b.chronology, event, docs_hash=docs_hash))
        ve.add("dtstamp", stamp)
        ve.add("dtstart", extent[0])
        ve.add("dtend", extent[1])
        prefix = "" if event.modality.value == "fact" else f"[{event.modality.value}] "
        ve.add("summary", one_line(prefix + event.headline))
        ve.add("description", encodable(description(b, row)))
        ve.add("categories", [event.modality.value])
        ve.add("transp", "TRANSPARENT")
        cal.add_component(ve)
    return cal


def write(chron: Chronology, path: Path, **_: object) -> None:
    path.write_bytes(calendar(chron).to_ical())
