"""A chronology read back from what chrono wrote: its JSON (``chrono.chronology/1``) or its CSV.

The analyst's loop: build, correct the JSON (or the CSV in a spreadsheet), render again
(``chrono render``). The JSON is checked against the JSON Schema that ships in the package
(``chrono/schema/chronology.schema.json``), then for what a schema cannot say (a TIMEX3 value that
is no date, a mention of a document that is not listed, two events with one id); every problem is a
:class:`~chrono.errors.InputError` of one line that names the event and the field::

    chronology.json: event e4 (events[3]): when.value: '2017-13-01' is not a TIMEX3 value ...

What counts in an edited event is ``when.value`` (and ``mod``, ``relation``): ``start``, ``end`` and
``granularity`` follow it (they are recomputed when they do not match it, as after an edit of the
value). Events are put in chronological order again (the order of :func:`chrono.chronology.order_events`);
ids are kept, an added event without one gets the next free ``eN``.

The CSV has one row per event (:mod:`chrono.export.csv_export`); read with the JSON of the same
build (``NAME.json`` beside ``NAME.csv``, else given), rows keep what the CSV lacks (text, mentions)
from the JSON's event of the same id; rows left out are events removed, rows without an id are
events added. Its ``date`` column is written from ``value``: edit ``value``.
"""
from __future__ import annotations

import csv
import io
import json
import re
import zipfile
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import InputError
from .model import Anchor, Chronology, Document, DocTimex, Event, Grain, Mention, Modality, Relation, Timex, \
    TimexType, When
from .timevalue import interval

SCHEMA_ID = "chrono.chronology/1"
#: TIMEX3 values with no interval that an event may still carry (placed after publication).
VAGUE_VALUES = frozenset({"FUTURE_REF", "PAST_REF", "PRESENT_REF"})
_DURATION = re.compile(r"^P(?:[0-9.]+|X)+(?:[YMWDHSQ]|DE|CE|ML|WE)|^PT(?:[0-9.]+|X)+[HMS]$")


@lru_cache(maxsize=1)
def schema() -> dict:
    """The JSON Schema of ``chrono.chronology/1`` (package data)."""
    text = resources.files("chrono").joinpath("schema/chronology.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def _where(data: dict, path: list) -> str:
    """``event e4 (events[3]): when.value`` for a path into the data."""
    if len(path) >= 2 and path[0] in ("events", "documents", "timexes") and isinstance(path[1], int):
        kind = {"events": "event", "documents": "document", "timexes": "timex"}[path[0]]
        item = data.get(path[0], [])[path[1]] if path[1] < len(data.get(path[0], [])) else {}
        name = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else None
        at = f"line {item['_line']}" if isinstance(item, dict) and item.get("_line") else f"{path[0]}[{path[1]}]"
        head = f"{kind} {name} ({at})" if name else at
        field = ".".join(str(p) for p in path[2:])
        return f"{head}: {field}" if field else head
    return ".".join(str(p) for p in path) or "(top level)"


def validate(data, source: str = "chronology") -> None:
    """Check data against the schema: an :class:`InputError` naming the first problem's event and field."""
    import jsonschema
    if not isinstance(data, dict):
        raise InputError(f"{source}: not a chrono chronology (a JSON object with \"schema\": \"{SCHEMA_ID}\")")
    if data.get("schema") != SCHEMA_ID:
        raise InputError(f"{source}: schema: expected {SCHEMA_ID!r}, found {data.get('schema')!r}")
    validator = jsonschema.Draft202012Validator(schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: (list(e.absolute_path).__repr__(), e.message))
    if errors:
        error = min(errors, key=lambda e: len(e.absolute_path))
        error = next((e for e in errors if list(e.absolute_path) == list(error.absolute_path)), error)
        message = error.message if len(error.message) <= 160 else error.message[:157] + "..."
        raise InputError(f"{source}: {_where(data, list(error.absolute_path))}: {message}")


def _day(text: str | None, where: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"{where}: {text!r} is not a day (YYYY-MM-DD)") from None


def when_of(raw: dict, where: str) -> When:
    """An event's :class:`When`: start, end and grain follow the value (recomputed when they differ)."""
    value, mod = raw.get("value") or "", raw.get("mod")
    relation = Relation(raw.get("relation") or "on")
    try:
        base = interval(value, mod) if value else None
    except (ValueError, OverflowError):
        base = None
    start, end = _day(raw.get("start"), f"{where}: when.start"), _day(raw.get("end"), f"{where}: when.end")
    grain = Grain(raw["granularity"]) if raw.get("granularity") else None
    if base is not None:
        if (start, grain) != (base[0], base[2]) or end is None or end <= start:
            start, end, grain = base
        return When(value, mod, start, end, grain, relation)
    if value and value not in VAGUE_VALUES and not _DURATION.match(value):
        raise InputError(f"{where}: when.value: {value!r} is not a TIMEX3 value (e.g. 2017-10-13, 2017-10, "
                         f"2017, 2017-W41, FUTURE_REF)")
    if start and end and end <= start:
        raise InputError(f"{where}: when.end: {end} is not after when.start {start}")
    return When(value, mod, start, end if start else None, grain if start else None, relation)


def document_of(raw: dict) -> Document:
    extra = {"policy": raw.get("policy")} if "policy" in Document.__dataclass_fields__ else {}
    return Document(id=raw["id"], text="", path=raw.get("path"), title=raw.get("title"),
                    published=_day(raw.get("published"), f"document {raw['id']}: published"),
                    section=raw.get("section"), agencies=tuple(raw.get("agencies") or ()),
                    encoding=raw.get("encoding") or "utf-8", language=raw.get("language") or "en", **extra)


def event_of(raw: dict, where: str, docs: set[str]) -> Event:
    mentions = []
    for k, m in enumerate(raw.get("mentions") or ()):
        if docs and m["doc"] not in docs:
            raise InputError(f"{where}: mentions[{k}].doc: {m['doc']!r} is not a document of the chronology")
        mentions.append(Mention(m["doc"], m.get("start", 0), m.get("end", 0), m.get("timex_start"),
                                m.get("timex_end")))
    extra = {}
    trigger = raw.get("trigger")
    if trigger and "trigger" in Event.__dataclass_fields__:         # the predicate's head, where kept
        extra["trigger"] = (trigger["start"], trigger["end"], trigger["text"])
    return Event(id=raw.get("id") or "", headline=raw["headline"], text=raw.get("text") or "",
                 when=when_of(raw["when"], where), modality=Modality(raw.get("modality") or "fact"),
                 attribution=raw.get("attribution") or None, mentions=tuple(mentions),
                 timex_text=raw.get("timex") or "", anchor=Anchor.of(raw.get("anchor") or None),
                 rule=raw.get("rule") or "", **extra)


def _timex_of(raw: dict) -> DocTimex:
    t = Timex(raw["start"], raw["end"], raw["text"], TimexType(raw["type"]), raw["value"], raw.get("mod"),
              raw.get("rule") or "", Anchor.of(raw.get("anchor") or None))
    return DocTimex(raw["doc"], t)


def _numbered(events: list[Event], where: list[str]) -> list[Event]:
    """Ids kept (two events with one id: an error), the missing ones the next free ``eN``."""
    seen: dict[str, str] = {}
    for e, w in zip(events, where):
        if e.id and e.id in seen:
            raise InputError(f"{w}: id: {e.id!r} is the id of {seen[e.id]} too")
        if e.id:
            seen[e.id] = w
    taken = {int(i[1:]) for i in seen if re.fullmatch(r"e\d+", i)}
    n = max(taken, default=0)
    out = []
    for e in events:
        if not e.id:
            n += 1
            e = replace(e, id=f"e{n}")
        out.append(e)
    return out


def chronology_of(data: dict, source: str = "chronology") -> Chronology:
    """A :class:`Chronology` of JSON data (checked with :func:`validate`), its events in order."""
    from .chronology import order_events
    validate(data, source)
    documents = tuple(document_of(d) for d in data.get("documents") or ())
    ids = {d.id for d in documents}
    where = [f"{source}: {_where(data, ['events', i])}" for i in range(len(data["events"]))]
    events = _numbered([event_of(raw, w, ids) for raw, w in zip(data["events"], where)], where)
    doc_index = {d.id: i for i, d in enumerate(documents)}
    horizon = max((d.published for d in documents if d.published), default=None)
    return Chronology(documents=documents, timexes=tuple(_timex_of(t) for t in data.get("timexes") or ()),
                      events=tuple(order_events(events, doc_index, horizon)), title=data.get("title"))


def _read(path: Path, legacy: bool = False) -> str:
    """UTF-8 text (a BOM dropped); with ``legacy``, text that is not UTF-8 is read as Windows-1252,
    the charset a spreadsheet saves a CSV in by default."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if legacy:
            return data.decode("cp1252", errors="replace")
        raise InputError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def load_json(path: str | Path) -> Chronology:
    """The chronology of a JSON file written by chrono (and perhaps edited)."""
    path = Path(path)
    try:
        data = json.loads(_read(path))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path.name}: line {exc.lineno} column {exc.colno}: not JSON: {exc.msg}") from None
    return chronology_of(data, path.name)


def _csv_cell(text: str) -> str:
    """A cell as written: the apostrophe that kept a spreadsheet from running it as a formula goes."""
    return text[1:] if text.startswith("'") and len(text) > 1 and text[1] in "=+-@\t\r" else text


#: A day as a spreadsheet stores it: days since 1899-12-30 (Calc and Excel turn an ISO date cell
#: into one when they save a workbook); five digits are 1927-05-18 to 2173-10-14.
_SERIAL = re.compile(r"^([1-9][0-9]{4})(?:\.0+)?$")


def spreadsheet_value(text: str) -> str:
    """A ``value`` cell as TIMEX3: a day a spreadsheet saved as its serial number goes back to ISO."""
    serial = _SERIAL.match(text)
    return (date(1899, 12, 30) + timedelta(days=int(serial.group(1)))).isoformat() if serial else text


def events_of_csv(text: str, base: dict, source: str) -> list[dict]:
    """The events of a CSV as JSON data: each row over the base JSON's event of its id."""
    reader = csv.DictReader(io.StringIO(text))
    return events_of_rows(list(reader), reader.fieldnames or [], base, source)


def events_of_rows(rows: list[dict], fieldnames, base: dict, source: str) -> list[dict]:
    """The events of the rows of a CSV or a workbook as JSON data: each over the base's event of its id."""
    from .export.csv_export import COLUMNS
    missing = [c for c in ("value", "headline") if c not in fieldnames]
    if missing:
        raise InputError(f"{source}: no column {missing[0]!r}; the columns are {', '.join(COLUMNS)}")
    by_id = {e.get("id"): e for e in base.get("events", []) if isinstance(e, dict)}
    events = []
    for line, row in enumerate(rows, start=2):
        cells = {k: _csv_cell((v or "").strip()) for k, v in row.items() if k}
        cells["value"] = spreadsheet_value(cells.get("value", ""))
        old = by_id.get(cells.get("id")) or {}
        raw = json.loads(json.dumps(old)) if old else {"id": cells.get("id") or None, "text": ""}
        when = raw.setdefault("when", {})
        when["value"] = cells["value"]
        for key in ("mod", "relation"):
            if key in cells:
                when[key] = cells[key] or (None if key == "mod" else "on")
        if old.get("when", {}).get("value") != cells["value"]:
            when.update(start=None, end=None, granularity=None)
        raw["headline"] = cells["headline"]
        for key in ("modality", "attribution", "timex"):
            if key in cells:
                raw[key] = cells[key] or (None if key == "attribution" else "fact" if key == "modality" else "")
        if not old and cells.get("sources"):
            raw["mentions"] = [{"doc": d.strip(), "start": 0, "end": 0} for d in cells["sources"].split(";")
                               if d.strip()]
        raw["_line"] = line
        events.append(raw)
    return events


def load_csv(path: str | Path, json_path: str | Path | None = None) -> Chronology:
    """The chronology of a CSV (or ``.xlsx`` workbook) written by chrono, perhaps edited in a
    spreadsheet, with the documents and what it lacks from the JSON of the same build (``NAME.json``
    beside it, or ``json_path``)."""
    path = Path(path)
    beside = Path(json_path) if json_path else path.with_suffix(".json")
    base: dict = {"schema": SCHEMA_ID, "events": []}
    if beside.is_file():
        try:
            base = json.loads(_read(beside))
        except json.JSONDecodeError as exc:
            raise InputError(f"{beside.name}: line {exc.lineno}: not JSON: {exc.msg}") from None
        validate(base, beside.name)
    if path.suffix.lower() == ".xlsx":
        from .export.xlsx_export import read_rows
        try:
            rows = read_rows(path.read_bytes())
        except (OSError, ValueError, KeyError, zipfile.BadZipFile, ET.ParseError) as exc:
            raise InputError(f"{path.name}: not a workbook chrono can read ({exc})") from None
        events = events_of_rows(rows, list(rows[0]) if rows else ["value", "headline"], base, path.name)
    else:
        events = events_of_csv(_read(path, legacy=True), base, path.name)
    if not base.get("documents"):
        ids = dict.fromkeys(m["doc"] for e in events for m in e.get("mentions", []))
        base["documents"] = [{"id": i} for i in ids]
    return chronology_of({**base, "events": events}, path.name)


def load(path: str | Path, *, json_path: str | Path | None = None) -> Chronology:
    """A chronology from a ``.json`` or ``.csv`` file chrono wrote."""
    p = Path(path)
    if p.suffix.lower() in (".csv", ".xlsx"):
        return load_csv(p, json_path)
    if p.suffix.lower() == ".json" or not p.suffix:
        return load_json(p)
    raise InputError(f"{p.name}: give a chronology as .json, .csv or .xlsx (what chrono build writes)")


__all__ = ["SCHEMA_ID", "chronology_of", "events_of_csv", "events_of_rows", "load", "load_csv", "load_json", "schema",
           "spreadsheet_value", "validate", "when_of"]
