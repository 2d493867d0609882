"""The chronology as JSON, schema ``chrono.chronology/1`` (documented in README.md; its JSON Schema is
``chrono/schema/chronology.schema.json``, read back by :mod:`chrono.load`)."""
from __future__ import annotations

import json
from pathlib import Path

from ..reader.textsafe import write_text
from ..model import Chronology, Document, Event

SCHEMA = "chrono.chronology/1"


def _iso(d) -> str | None:
    return d.isoformat() if d else None


def document_dict(doc: Document) -> dict:
    """A document's fields (what :func:`chrono.load.document_of` reads back)."""
    return {"id": doc.id, "path": doc.path, "title": doc.title, "published": _iso(doc.published),
            "section": doc.section, "agencies": list(doc.agencies), "encoding": doc.encoding,
            "language": doc.language, "policy": doc.policy}


def event_dict(event: Event) -> dict:
    w = event.when
    return {
        "id": event.id,
        "headline": event.headline,
        "text": event.text,
        "when": {"value": w.value, "mod": w.mod, "start": _iso(w.start), "end": _iso(w.end),
                 "granularity": w.granularity.value if w.granularity else None,
                 "relation": w.relation.value},
        "modality": event.modality.value,
        "attribution": event.attribution,
        "mentions": [{"doc": m.doc, "start": m.start, "end": m.end,
                      "timex_start": m.timex_start, "timex_end": m.timex_end} for m in event.mentions],
        "timex": event.timex_text,
        "anchor": str(event.anchor or ""),
        "rule": event.rule,
        "trigger": ({"start": event.trigger[0], "end": event.trigger[1], "text": event.trigger[2]}
                    if event.trigger else None),
    }


def to_dict(chron: Chronology) -> dict:
    """The chronology as plain JSON-ready data."""
    return {
        "schema": SCHEMA,
        "title": chron.title,
        "documents": [document_dict(d) for d in chron.documents],
        "timexes": [dict(doc=dt.doc, **dt.timex.to_dict(), rule=dt.timex.rule, anchor=str(dt.timex.anchor or ""))
                    for dt in chron.timexes],
        "events": [event_dict(e) for e in chron.events],
    }


def encode(data) -> str:
    """JSON-ready data as the text chrono writes: UTF-8 as it is, indented, a final newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def dumps(chron: Chronology) -> str:
    return encode(to_dict(chron))


def write(chron: Chronology, path: Path, **_: object) -> None:
    write_text(path, dumps(chron))
