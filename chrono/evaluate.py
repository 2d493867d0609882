"""TimeML reader and TempEval-3 Task A scorer behind ``chrono eval``.

Read a ``.tml`` file: the document creation time (DCT) is the TIMEX3 with
``functionInDocument="CREATION_TIME"``; the text is the content of the TEXT element with
every inner tag removed; gold TIMEX3 offsets are computed in that stripped text.

Score as the official TempEval-3 scorer does: a *strict* match has the exact extent, a
*relaxed* match is any overlap; each gold timex pairs with at most one system timex.
Value F1 and type F1 are the attribute accuracy on relaxed matches times relaxed F1.
"""
from __future__ import annotations

import logging
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import InputError
from .model import AnchorPolicy, Timex

log = logging.getLogger(__name__)


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
class GoldDocument:
    """One TimeML document: its id, DCT, stripped text and gold timexes (the DCT excluded)."""

    id: str
    path: str
    dct: date | None
    text: str
    timexes: tuple[GoldTimex, ...]


@dataclass(frozen=True)
class ErrorCase:
    """One scoring error: kind is missed, spurious, extent, value or type."""

    doc: str
    kind: str
    gold: GoldTimex | None
    system: Timex | None
    context: str


@dataclass
class Counts:
    gold: int = 0
    system: int = 0
    strict: int = 0          # exact-extent matches
    relaxed: int = 0         # overlapping matches (pairs)
    value: int = 0           # relaxed matches with the same value
    type: int = 0            # relaxed matches with the same type
    docs: int = 0

    def add(self, other: "Counts") -> None:
        for name in ("gold", "system", "strict", "relaxed", "value", "type", "docs"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True)
class Scores:
    """TempEval-3 Task A figures, in percent."""

    strict_p: float
    strict_r: float
    strict_f1: float
    relaxed_p: float
    relaxed_r: float
    relaxed_f1: float
    value_f1: float
    type_f1: float
    counts: Counts = field(default_factory=Counts)

    def table(self) -> str:
        """A compact table of the figures."""
        c = self.counts
        lines = [
            f"{c.docs} documents, {c.gold} gold timexes, {c.system} system timexes",
            f"{'':8} {'P':>6} {'R':>6} {'F1':>6}",
            f"{'strict':8} {self.strict_p:6.1f} {self.strict_r:6.1f} {self.strict_f1:6.1f}",
            f"{'relaxed':8} {self.relaxed_p:6.1f} {self.relaxed_r:6.1f} {self.relaxed_f1:6.1f}",
            f"{'value':8} {'':6} {'':6} {self.value_f1:6.1f}",
            f"{'type':8} {'':6} {'':6} {self.type_f1:6.1f}",
        ]
        return "\n".join(lines)


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def scores(c: Counts) -> Scores:
    """Figures (percent) from counts."""
    sp = c.strict / c.system if c.system else 0.0
    sr = c.strict / c.gold if c.gold else 0.0
    rp = c.relaxed / c.system if c.system else 0.0
    rr = c.relaxed / c.gold if c.gold else 0.0
    rf = _f1(rp, rr)
    acc_v = c.value / c.relaxed if c.relaxed else 0.0
    acc_t = c.type / c.relaxed if c.relaxed else 0.0
    return Scores(100 * sp, 100 * sr, 100 * _f1(sp, sr), 100 * rp, 100 * rr, 100 * rf,
                  100 * acc_v * rf, 100 * acc_t * rf, c)


# --------------------------------------------------------------------------- reading

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
    parts: list[str] = []
    gold: list[GoldTimex] = []
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
        if el.tag == "TIMEX3" and el.get("functionInDocument") != "CREATION_TIME":
            gold.append(GoldTimex(start, pos, "", el.get("type", ""),
                                  el.get("value", ""), el.get("mod"), el.get("tid", "")))

    walk(text_el)
    text = "".join(parts)
    gold = [GoldTimex(g.start, g.end, text[g.start:g.end], g.type, g.value, g.mod, g.tid)
            for g in sorted(gold, key=lambda g: (g.start, g.end))]
    docid = root.findtext("DOCID") or path.stem
    return GoldDocument(docid.strip(), str(path), dct, text, tuple(gold))


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


# --------------------------------------------------------------------------- scoring

def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"{left}[[{text[start:end]}]]{right}"


def score_document(doc: GoldDocument, system: Sequence[Timex],
                   errors: list[ErrorCase] | None = None) -> Counts:
    """Counts of one document; appends every error to ``errors`` if given."""
    c = Counts(gold=len(doc.timexes), system=len(system), docs=1)
    used: set[int] = set()
    for g in doc.timexes:
        best, best_key = None, None
        for i, s in enumerate(system):
            if i in used or s.end <= g.start or s.start >= g.end:
                continue
            key = ((s.start, s.end) == (g.start, g.end), min(s.end, g.end) - max(s.start, g.start))
            if best_key is None or key > best_key:
                best, best_key = i, key
        if best is None:
            if errors is not None:
                errors.append(ErrorCase(doc.id, "missed", g, None, _context(doc.text, g.start, g.end)))
            continue
        used.add(best)
        s = system[best]
        c.relaxed += 1
        if (s.start, s.end) == (g.start, g.end):
            c.strict += 1
        elif errors is not None:
            errors.append(ErrorCase(doc.id, "extent", g, s, _context(doc.text, g.start, g.end)))
        if s.value == g.value:
            c.value += 1
        elif errors is not None:
            errors.append(ErrorCase(doc.id, "value", g, s, _context(doc.text, g.start, g.end)))
        if s.type.value == g.type:
            c.type += 1
        elif errors is not None:
            errors.append(ErrorCase(doc.id, "type", g, s, _context(doc.text, g.start, g.end)))
    if errors is not None:
        for i, s in enumerate(system):
            if i not in used:
                errors.append(ErrorCase(doc.id, "spurious", None, s, _context(doc.text, s.start, s.end)))
    return c


Tagger = Callable[[str, "date | None"], Sequence[Timex]]


def evaluate(paths: Iterable[str | os.PathLike], tagger: Tagger | None = None,
             errors: list[ErrorCase] | None = None, policy: AnchorPolicy | None = None,
             language: str | None = None) -> Scores:
    """Tag every TimeML file under ``paths`` and score it against its gold timexes.

    Without a ``tagger``, chrono's tagger runs with ``policy``: NEWS or NARRATIVE forced, or None,
    the policy chosen per document from its text and creation time
    (:func:`chrono.timex.choose_policy`); in ``language`` (a pack's code), or the language each
    document's words tell among the packs that tag (:func:`chrono.lang.detect.detect`).
    """
    if tagger is None:
        from .lang import available
        from .lang.detect import detect
        from .timex import tag

        def tagger(text: str, dct: date | None) -> Sequence[Timex]:
            return tag(text, dct, policy=policy, language=language or detect(text, codes=available()))
    total = Counts()
    files = find_timeml(paths)
    if not files:
        raise InputError("no .tml files found")
    for f in files:
        for doc in read_timeml_all(f):
            total.add(score_document(doc, tagger(doc.text, doc.dct), errors))
    return scores(total)


def format_error(e: ErrorCase) -> str:
    """One error as a line: doc, kind, gold and system text/type/value, context."""
    def show(t) -> str:
        if t is None:
            return "-"
        typ = t.type if isinstance(t.type, str) else t.type.value
        mod = f" {t.mod}" if t.mod else ""
        extra = f" ({t.rule}|{t.anchor})" if isinstance(t, Timex) else ""
        return f"{t.text!r} {typ} {t.value}{mod}{extra}"
    return f"{e.kind:8}\t{e.doc}\tgold={show(e.gold)}\tsys={show(e.system)}\t{e.context}"


def write_errors(errors: Sequence[ErrorCase], path: str | os.PathLike) -> None:
    """Write every error, one a line, grouped by kind."""
    order = {"missed": 0, "spurious": 1, "extent": 2, "value": 3, "type": 4}
    lines = [format_error(e) for e in sorted(errors, key=lambda e: order.get(e.kind, 9))]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


__all__ = ["GoldTimex", "GoldDocument", "ErrorCase", "Counts", "Scores", "scores", "read_timeml",
           "find_timeml", "read_timeml_all", "score_document", "evaluate", "format_error", "write_errors"]
