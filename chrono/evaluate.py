"""TempEval-3 Task A scorer behind ``chrono eval``, and the event scoring beside it.

The gold files are read by :mod:`chrono.evaluation.gold`: the document creation time (DCT) is the
TIMEX3 with ``functionInDocument="CREATION_TIME"``; the text is the content of the TEXT element with
every inner tag removed; gold TIMEX3 (and EVENT) offsets are computed in that stripped text.

Score as the official TempEval-3 scorer does: a *strict* match has the exact extent, a
*relaxed* match is any overlap; each gold timex pairs with at most one system timex.
Value F1 and type F1 are the attribute accuracy on relaxed matches times relaxed F1.

Where the gold has EVENT tags (the TempEval-3 training files do; the French and German gold do not),
chrono's events are scored too (:mod:`chrono.evaluation.events`): event extents by their triggers and
the links of events to the time expressions that date them; :attr:`Scores.events` holds the counts.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from .errors import InputError
from .evaluation.events import EventCounts, LinkError, chrono_events, chrono_mentions, score_events, score_mentions
from .evaluation.gold import GoldDocument, GoldEvent, GoldLink, GoldTimex, find_timeml, read_timeml, read_timeml_all
from .model import AnchorPolicy, Timex

log = logging.getLogger(__name__)


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
    events: EventCounts | None = None     # the event figures, where the gold has EVENT tags

    def table(self) -> str:
        """A compact table of the figures (the event figures below, where the gold has events)."""
        c = self.counts
        lines = [
            f"{c.docs} documents, {c.gold} gold timexes, {c.system} system timexes",
            f"{'':8} {'P':>6} {'R':>6} {'F1':>6}",
            f"{'strict':8} {self.strict_p:6.1f} {self.strict_r:6.1f} {self.strict_f1:6.1f}",
            f"{'relaxed':8} {self.relaxed_p:6.1f} {self.relaxed_r:6.1f} {self.relaxed_f1:6.1f}",
            f"{'value':8} {'':6} {'':6} {self.value_f1:6.1f}",
            f"{'type':8} {'':6} {'':6} {self.type_f1:6.1f}",
        ]
        if self.events is not None and self.events.docs:
            lines += ["", self.events.table()]
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


def _language(text: str, language: str | None) -> str:
    from .lang import available
    from .lang.detect import detect
    return language or detect(text, codes=available())


def evaluate(paths: Iterable[str | os.PathLike], tagger: Tagger | None = None,
             errors: list[ErrorCase] | None = None, policy: AnchorPolicy | None = None,
             language: str | None = None, events: bool | None = None) -> Scores:
    """Tag every TimeML file under ``paths`` and score it against its gold timexes (and events).

    Without a ``tagger``, chrono's tagger runs with ``policy``: NEWS or NARRATIVE forced, or None,
    the policy chosen per document from its text and creation time
    (:func:`chrono.timex.choose_policy`); in ``language`` (a pack's code), or the language each
    document's words tell among the packs that tag (:func:`chrono.lang.detect.detect`).

    ``events``: whether chrono's event layer runs, on the tagger's time expressions, on the documents
    whose gold has EVENT tags, to score events and event–time links (:attr:`Scores.events`); by
    default it does with chrono's own tagger and does not with a ``tagger`` given.
    """
    with_events = tagger is None if events is None else events
    if tagger is None:
        from .timex import tag

        def tagger(text: str, dct: date | None) -> Sequence[Timex]:
            return tag(text, dct, policy=policy, language=_language(text, language))
    total, event_total = Counts(), EventCounts()
    files = find_timeml(paths)
    if not files:
        raise InputError("no .tml files found")
    for f in files:
        for doc in read_timeml_all(f):
            timexes = tagger(doc.text, doc.dct)
            total.add(score_document(doc, timexes, errors))
            if with_events and doc.events:
                found = chrono_events(doc, timexes, _language(doc.text, language))
                event_total.add(score_events(doc, found, timexes, errors))
                links: list = []
                mentions = chrono_mentions(doc, _language(doc.text, language), timexes, links)
                event_total.add(score_mentions(doc, mentions, links))
    return replace(scores(total), events=event_total if event_total.docs else None)


def format_error(e: ErrorCase | LinkError) -> str:
    """One error as a line: doc, kind, gold and system text/type/value (or event, relType and time
    expression of a link), context."""
    if isinstance(e, LinkError):
        return e.line()
    def show(t) -> str:
        if t is None:
            return "-"
        typ = t.type if isinstance(t.type, str) else t.type.value
        mod = f" {t.mod}" if t.mod else ""
        extra = f" ({t.rule}|{t.anchor})" if isinstance(t, Timex) else ""
        return f"{t.text!r} {typ} {t.value}{mod}{extra}"
    return f"{e.kind:8}\t{e.doc}\tgold={show(e.gold)}\tsys={show(e.system)}\t{e.context}"


def write_errors(errors: Sequence[ErrorCase | LinkError], path: str | os.PathLike) -> None:
    """Write every error, one a line, grouped by kind."""
    order = {"missed": 0, "spurious": 1, "extent": 2, "value": 3, "type": 4, "link-missed": 5, "link-wrong": 6,
             "link-spurious": 7}
    lines = [format_error(e) for e in sorted(errors, key=lambda e: order.get(e.kind, 9))]
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


__all__ = ["GoldTimex", "GoldDocument", "GoldEvent", "GoldLink", "EventCounts", "ErrorCase", "Counts", "Scores", "scores", "read_timeml",
           "find_timeml", "read_timeml_all", "score_document", "evaluate", "format_error", "write_errors"]
