"""A bound on what one sentence can cost the event layer.

The event layer reads a sentence whole: its clauses, its attribution, the tree of the parser. A run of
text with no sentence end ("the army attacked on Monday and the army attacked on Monday and ...", a
table flattened to one line) would make one sentence of any length, and the work on it grow with its
square. No real sentence comes near :data:`MAX_SENTENCE` characters (the longest of the development
corpora, list-like sentences included, hold about 2,100), so a longer one is read in pieces of at
most that length, cut at the safest point of the last half of each piece: after a semicolon or a
colon, else after a comma, else at a space, else anywhere — never inside a time expression. The
pieces are logged, so the document says it was read so.

>>> from chrono.model import Span
>>> [(s.start, s.end) for s in bounded_sentences("a; b c", [Span(0, 6)], (), limit=4)]
[(0, 2), (3, 6)]
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from ..model import Span, Timex

log = logging.getLogger(__name__)

#: The longest sentence the event layer reads whole, in characters.
MAX_SENTENCE = 3000
#: How many sentences' parses are held at once (:class:`Parses`).
PARSE_WINDOW = 256

_SPACE = re.compile(r"\s+")
#: Cut points by preference: after a semicolon or colon, after a comma, at a space.
_CUTS = (re.compile(r"[;:]\s"), re.compile(r",\s"), re.compile(r"\s"))


def bounded_sentences(text: str, sentences: Sequence[Span], timexes: Sequence[Timex],
                      limit: int = MAX_SENTENCE) -> list[Span]:
    """``sentences`` with every one longer than ``limit`` cut into pieces of at most ``limit``
    characters (see the module doc); ``timexes`` are those of ``text``, none of which is cut."""
    if all(s.end - s.start <= limit for s in sentences):
        return list(sentences)
    covers = sorted((t.start, t.end) for t in timexes)
    starts = [a for a, _ in covers]
    ends = _running_max([b for _, b in covers])
    out: list[Span] = []
    for s in sentences:
        if s.end - s.start <= limit:
            out.append(s)
            continue
        pieces = _pieces(text, s, starts, ends, limit)
        log.info("a sentence of %d characters at %d is read in %d pieces of at most %d",
                 s.end - s.start, s.start, len(pieces), limit)
        out.extend(pieces)
    return out


def _running_max(values: list[int]) -> list[int]:
    out, best = [], -1
    for v in values:
        best = max(best, v)
        out.append(best)
    return out


def _inside_timex(pos: int, starts: list[int], ends: list[int]) -> bool:
    """Whether a cut at ``pos`` falls strictly inside a time expression."""
    i = bisect_right(starts, pos - 1) - 1          # the timexes starting before pos
    return i >= 0 and ends[i] > pos


def _pieces(text: str, s: Span, starts: list[int], ends: list[int], limit: int) -> list[Span]:
    out: list[Span] = []
    a = s.start
    while s.end - a > limit:
        cut = _cut(text, a, a + limit, starts, ends)
        out.append(Span(a, _trim_end(text, a, cut), s.kind))
        m = _SPACE.match(text, cut)
        a = m.end() if m else cut
    if a < s.end:
        out.append(Span(a, s.end, s.kind))
    return [p for p in out if p.end > p.start]


def _cut(text: str, a: int, b: int, starts: list[int], ends: list[int]) -> int:
    """Where to end the piece that starts at ``a`` and may reach ``b``: the last safe point of
    ``[a + (b - a) // 2, b]`` by the preference of ``_CUTS``."""
    lo = a + (b - a) // 2
    for pattern in _CUTS:
        best = None
        for m in pattern.finditer(text, lo, b):
            pos = m.start() + (1 if m.group()[0] in ";:," else 0)
            if not _inside_timex(pos, starts, ends):
                best = pos
        if best is not None:
            return best
    pos = b
    while pos > lo and _inside_timex(pos, starts, ends):
        pos -= 1
    return pos


def _trim_end(text: str, a: int, b: int) -> int:
    while b > a and text[b - 1].isspace():
        b -= 1
    return b


class Parses:
    """The parses of a document's sentences, made as they are asked for, :data:`PARSE_WINDOW` at a
    time, and forgotten once the reading has gone past them: the memory of a document's parses is
    bounded whatever its number of sentences. Read as a mapping from a sentence's index to its
    parse, holding only the sentences that have one (``todo``, in reading order, are those that may).

    The reading may mend a parse in place (:mod:`.reported`); :meth:`by_text` hands the parses held,
    as mended, to the lede readers, by their sentence's text (``text_of``: the text of
    a sentence by its index), so that they need not parse those sentences again; ``extra`` are
    sentences only the lede readers may read, parsed with the first window (none of the mapping)."""

    def __init__(self, todo: Sequence[int], parse_all: Callable[[list[int]], list], window: int = PARSE_WINDOW,
                 text_of: Callable[[int], str] | None = None, extra: Sequence[int] = ()) -> None:
        self._todo = list(todo)
        self._position = {i: p for p, i in enumerate(self._todo)}
        self._parse_all = parse_all
        self._window = window
        self._held: dict[int, object] = {}
        self._span = (0, 0)
        self._given: dict[int, object] = {}
        self._text_of = text_of
        self._by_text: dict[str, object] = {}
        self._extra = [i for i in extra if i not in self._position] if text_of is not None else []

    def _load(self, i: int) -> None:
        p = self._position.get(i)
        if p is None or self._span[0] <= p < self._span[1]:
            return
        chosen = self._todo[p:p + self._window]
        extra, self._extra = self._extra, []          # parsed with the first window only
        trees = self._parse_all(chosen + extra)
        self._held = {k: t for k, t in zip(chosen, trees) if t is not None}
        self._span = (p, p + len(chosen))
        self._by_text = {} if self._text_of is None else \
            {self._text_of(k): t for k, t in zip(chosen + extra, trees) if t is not None}

    def first(self) -> list[str]:
        """The texts of the sentences its first load will parse: the first window, and ``extra``."""
        return [self._text_of(i) for i in self._todo[:self._window] + self._extra] if self._text_of is not None else []

    def by_text(self, text: str):
        """The parse held of the sentence whose text is ``text``, with the parser's slips the reading
        mended in it (:mod:`.slips`: "Norton said net income for the third quarter fell" has "income" for
        the subject of "fell" then), or None."""
        return self._by_text.get(text)

    def get(self, i: int, default=None):
        if i in self._given:
            return self._given[i]
        self._load(i)
        return self._held.get(i, default)

    def __contains__(self, i: int) -> bool:
        return self.get(i) is not None or i in self._given

    def __getitem__(self, i: int):
        found = self.get(i)
        if found is None and i not in self._given:
            raise KeyError(i)
        return found

    def __setitem__(self, i: int, tree) -> None:
        self._given[i] = tree


__all__ = ["MAX_SENTENCE", "PARSE_WINDOW", "Parses", "bounded_sentences"]
