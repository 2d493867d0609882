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

from ..dates_display import briefing_date, event_published, show_event, span
from ..read.textsafe import encodable, one_line
from ..model import Chronology, Event

log = logging.getLogger(__name__)


def uid(chron: Chronology, event: Event) -> str:
    """A UID stable across builds of the same documents: ``<event id>-<hash of doc ids>@chrono``."""
    docs = "\n".join(d.id for d in chron.documents)
    return f"{encodable(event.id)}-{hashlib.sha1(encodable(docs).encode('utf-8')).hexdigest()[:10]}@chrono"


def description(chron: Chronology, event: Event) -> str:
    lines = [event.text or event.headline, "", f"Date: {show_event(event)}"]
    if event.timex_text:
        lines[-1] += f" (as written: \u201c{event.timex_text}\u201d)"
    lines.append(f"Status: {event.modality.value}")
    if event.attribution:
        lines.append(f"According to: {event.attribution}")
    titles = {d.id: d.title or d.id for d in chron.documents}
    docs = list(dict.fromkeys(m.doc for m in event.mentions))
    if docs:
        lines.append("Source: " + "; ".join(titles.get(d, d) for d in docs))
    return "\n".join(lines)


def calendar(chron: Chronology):
    """The chronology as an ``icalendar.Calendar``."""
    from icalendar import Calendar, Event as VEvent

    published = briefing_date(chron)
    stamp = datetime(*(published.timetuple()[:3]), tzinfo=timezone.utc) if published else \
        datetime(1970, 1, 1, tzinfo=timezone.utc)
    cal = Calendar()
    cal.add("prodid", "-//chrono//chronology//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    title = chron.title or (chron.documents[0].title if chron.documents else None) or "Chronology"
    cal.add("x-wr-calname", one_line(title))
    for event in chron.events:
        extent = span(event, event_published(chron, event))
        if extent is None:
            log.info("ics: %s has no interval (%s); left out", event.id, event.when.value)
            continue
        ve = VEvent()
        ve.add("uid", uid(chron, event))
        ve.add("dtstamp", stamp)
        ve.add("dtstart", extent[0])
        ve.add("dtend", extent[1])
        prefix = "" if event.modality.value == "fact" else f"[{event.modality.value}] "
        ve.add("summary", one_line(prefix + event.headline))
        ve.add("description", encodable(description(chron, event)))
        ve.add("categories", [event.modality.value])
        ve.add("transp", "TRANSPARENT")
        cal.add_component(ve)
    return cal


def write(chron: Chronology, path: Path, **_: object) -> None:
    path.write_bytes(calendar(chron).to_ical())
