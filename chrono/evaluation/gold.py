"""TimeML gold files read into their stripped text, time expressions, events and event–time links.

The document creation time (DCT) is the TIMEX3 with ``functionInDocument="CREATION_TIME"``; the text
is the content of the TEXT element with every inner tag removed; gold TIMEX3 and EVENT offsets are
computed in that stripped text.

Event–time links are the TLINKs between an event instance (MAKEINSTANCE ``eiid`` of an EVENT in the
TEXT) and a TIMEX3 of the TEXT, in either direction (``eventInstanceID``/``relatedToTime`` or
``timeID``/``relatedToEventInstance``); a link written time-first has its relType inverted, so every
:class:`GoldLink` reads "event relType time". Links to the DCT are left out: the DCT is not in the
text, and chrono dates an event by a time expression of its text. A pair linked twice counts once.
"""
from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import InputError

#: The relType of a link read the other way round ("t INCLUDES e" is "e IS_INCLUDED t").
INVERSE = {"BEFORE": "AFTER", "AFTER": "BEFORE", "IBEFORE": "IAFTER", "IAFTER": "IBEFORE",
           "INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS",
           "ENDS": "ENDED_BY", "ENDED_BY": "ENDS", "DURING": "DURING_INV", "DURING_INV": "DURING"}


@dataclass(frozen=True)
class GoldTimex:
    """A TIMEX3 of a gold file: offsets in the stripped TEXT content."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None
    tid: str = ""


@dataclass(frozen=True)
class GoldEvent:
    """An EVENT of a gold file: offsets in the stripped TEXT content, its ``eid`` and ``class``."""

    start: int
    end: int
    text: str
    eid: str = ""
    cls: str = ""


@dataclass(frozen=True)
class GoldLink:
    """A TLINK between an EVENT and a TIMEX3 of the text, read "event ``rel`` time"."""

    eid: str
    tid: str
    rel: str


@dataclass(frozen=True)
class GoldDocument:
    """One TimeML document: its id, DCT, stripped text, gold timexes (the DCT excluded), gold events
    and the event–time links between them (empty when the file has no EVENT annotation)."""

    id: str
    path: str
    dct: date | None
    text: str
    timexes: tuple[GoldTimex, ...]
    events: tuple[GoldEvent, ...] = ()
    links: tuple[GoldLink, ...] = ()


def _parse_dct(value: str | None) -> date | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def read_timeml(source: str | os.PathLike) -> GoldDocument:
    """Read one TimeML file into its stripped text, DCT and gold timexes (its first document)."""
    return read_timeml_all(source)[0]


def read_timeml_all(source: str | os.PathLike) -> list[GoldDocument]:
    """Every document of a TimeML file: one ``<TimeML>`` root, or several inside a corpus element (as
    chrono's own TimeML of a merged chronology writes them)."""
    path = Path(source)
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(f"cannot read TimeML file {path}: {exc}") from exc
    roots = [root] if root.tag == "TimeML" or root.find("TEXT") is not None else list(root.iter("TimeML"))
    if not roots:
        raise InputError(f"{path}: no TimeML document in it; is this a TimeML file?")
    return [_document(r, path) for r in roots]


def _stripped(text_el: ET.Element) -> tuple[str, list[tuple[int, int, ET.Element]]]:
    """The text of an element without its tags, and every TIMEX3 and EVENT in it with its offsets."""
    parts: list[str] = []
    found: list[tuple[int, int, ET.Element]] = []
    pos = 0

    def walk(el: ET.Element) -> None:
        nonlocal pos
        start = pos
        if el.text:
            parts.append(el.text)
            pos += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                pos += len(child.tail)
        if el.tag in ("TIMEX3", "EVENT"):
            found.append((start, pos, el))

    walk(text_el)
    return "".join(parts), found


def _document(root: ET.Element, path: Path) -> GoldDocument:
    """One ``<TimeML>`` element as a gold document."""
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = _parse_dct(t.get("value"))
            break
    text_el = root.find(".//TEXT")
    if text_el is None:
        raise InputError(f"{path}: no TEXT element; is this a TimeML file?")
    text, found = _stripped(text_el)
    timexes = sorted((GoldTimex(s, e, text[s:e], el.get("type", ""), el.get("value", ""), el.get("mod"),
                                el.get("tid", ""))
                      for s, e, el in found
                      if el.tag == "TIMEX3" and el.get("functionInDocument") != "CREATION_TIME"),
                     key=lambda g: (g.start, g.end))
    events = sorted((GoldEvent(s, e, text[s:e], el.get("eid", ""), el.get("class", ""))
                     for s, e, el in found if el.tag == "EVENT"), key=lambda g: (g.start, g.end))
    docid = root.findtext("DOCID") or path.stem
    return GoldDocument(docid.strip(), str(path), dct, text, tuple(timexes), tuple(events),
                        _links(root, {g.eid for g in events}, {g.tid for g in timexes}))


def _links(root: ET.Element, eids: set[str], tids: set[str]) -> tuple[GoldLink, ...]:
    """The TLINKs between an EVENT and a TIMEX3 of the text, each pair once, read event first."""
    instance = {m.get("eiid"): m.get("eventID") for m in root.iter("MAKEINSTANCE")}
    links: dict[tuple[str, str], GoldLink] = {}
    for link in root.iter("TLINK"):
        rel = link.get("relType", "")
        if link.get("eventInstanceID") and link.get("relatedToTime"):
            eid, tid = instance.get(link.get("eventInstanceID")), link.get("relatedToTime")
        elif link.get("timeID") and link.get("relatedToEventInstance"):
            eid, tid = instance.get(link.get("relatedToEventInstance")), link.get("timeID")
            rel = INVERSE.get(rel, rel)
        else:
            continue
        if eid in eids and tid in tids:
            links.setdefault((eid, tid), GoldLink(eid, tid, rel))
    return tuple(links.values())


def find_timeml(paths: Iterable[str | os.PathLike]) -> list[Path]:
    """Every ``.tml`` file among the paths (folders searched recursively), sorted."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(p.rglob("*.tml"))
        elif p.exists():
            found.append(p)
        else:
            raise InputError(f"no such file or folder: {p}")
    return found


__all__ = ["GoldDocument", "GoldEvent", "GoldLink", "GoldTimex", "INVERSE", "find_timeml", "read_timeml",
           "read_timeml_all"]
