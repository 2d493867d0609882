"""Split the content of a sentence into clauses, so that a time expression dates its own clause.

A clause is one or more character spans of the sentence (a relative clause set off by commas is
cut out of its main clause, which then has two pieces). The breaks are data in
:mod:`chrono.cues`:

- always: ``;``, ``:``, ``, and``/``, but`` + a clause start, ``, while``, ``, adding that``, and a
  sentence end inside a quotation (``... finished. Today or tomorrow ...``);
- ``and``/``but``/``or`` followed by a clause start: a subject pronoun ("and he has refused"),
  an auxiliary ("and will not set"), or a determiner and at most three words before an auxiliary
  ("and the city has since served"). "surrendered and been removed" stays one clause.

>>> [text for text in clause_texts("We expect fighting in the days ahead and will not set a time.")]
['We expect fighting in the days ahead', 'will not set a time']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import AUXILIARIES, CLAUSE_BREAKS, DETERMINERS, RELATIVE_OPENERS, SUBJECT_PRONOUNS


@dataclass(frozen=True)
class Clause:
    """The pieces (half-open spans, sentence-relative) of one clause."""

    pieces: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.pieces[0][0]

    @property
    def end(self) -> int:
        return self.pieces[-1][1]

    def contains(self, start: int, end: int) -> bool:
        return any(a <= start and end <= b for a, b in self.pieces)

    def text(self, sentence: str) -> str:
        return " ".join(sentence[a:b] for a, b in self.pieces)


_ALWAYS = re.compile("|".join(CLAUSE_BREAKS), re.IGNORECASE)
_INNER_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“]?[A-Z])")
_CONJ = re.compile(r"(?:,\s*)?\s\b(?:and|but|or)\s+", re.IGNORECASE)
_WORD = re.compile(r"[\w'’\-]+")
_RELATIVE = re.compile(r",\s+(?:" + "|".join(RELATIVE_OPENERS) + r")\b[^,;]*?,", re.IGNORECASE)
_TRIM = " ,;:\"“”'"


def _has_verb(text: str) -> bool:
    for w in _WORD.findall(text):
        if w.isupper() and len(w) > 1:
            continue
        low = w.lower()
        if low in AUXILIARIES or (low.endswith("ed") and "-" not in low and len(low) > 4):
            return True
    return False


def _starts_clause(rest: str, before: str = "") -> bool:
    """Whether ``rest`` (after "and"/"but") opens a new clause; ``before`` is the text on the left,
    which must hold a verb of its own unless ``rest`` opens with an auxiliary."""
    # an acronym ("IS", "US") is a name, not the auxiliary or pronoun it spells
    words = [w.lower() if not (w.isupper() and len(w) > 1) else w for w in _WORD.findall(rest[:80])][:5]
    if not words:
        return False
    if words[0] in AUXILIARIES:
        return True
    if words[0] in SUBJECT_PRONOUNS:
        return _has_verb(before)
    if words[0] in DETERMINERS:
        return any(w in AUXILIARIES for w in words[1:5]) and _has_verb(before)
    return False


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and (text[a].isspace() or text[a] in _TRIM):
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in _TRIM + ".!?"):
        b -= 1
    return a, b


def _breaks(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Separator spans inside ``text[a:b]``."""
    seps: list[tuple[int, int]] = []
    segment = text[a:b]
    for m in _INNER_END.finditer(segment):
        seps.append((a + m.start(), a + m.end()))
    for m in _ALWAYS.finditer(segment):
        if (re.match(r",\s+(?:and|but)\s+$", m.group(0), re.IGNORECASE)
                and not _starts_clause(segment[m.end():], segment[:m.start()])):
            continue
        seps.append((a + m.start(), a + m.end()))
    for m in _CONJ.finditer(segment):
        left = segment[:m.start()]
        last = max((e - a for s, e in seps if e <= a + m.start()), default=0)
        if _starts_clause(segment[m.end():], left[last:]):
            seps.append((a + m.start(), a + m.end()))
    seps.sort()
    merged: list[tuple[int, int]] = []
    for s, e in seps:
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def split_clauses(sentence: str, spans: tuple[tuple[int, int], ...] | None = None) -> list[Clause]:
    """The clauses of ``sentence`` (restricted to ``spans``, the reported content, if given)."""
    spans = spans or ((0, len(sentence)),)
    clauses: list[Clause] = []
    for a, b in spans:
        cursor = a
        pieces: list[tuple[int, int]] = []
        for s, e in _breaks(sentence, a, b) + [(b, b)]:
            pieces.append((cursor, s))
            cursor = e
        for pa, pb in pieces:
            clauses.extend(_cut_relatives(sentence, pa, pb))
    return clauses


def _cut_relatives(text: str, a: int, b: int) -> list[Clause]:
    out: list[Clause] = []
    main: list[tuple[int, int]] = []
    cursor = a
    for m in _RELATIVE.finditer(text, a, b):
        main.append((cursor, m.start()))
        rel = _strip(text, m.start(), m.end())
        if rel[1] > rel[0]:
            out.append(Clause((rel,)))
        cursor = m.end()
    main.append((cursor, b))
    pieces = tuple(p for p in (_strip(text, s, e) for s, e in main) if p[1] > p[0])
    if pieces:
        out.insert(0, Clause(pieces))
    return out


def clause_texts(sentence: str) -> list[str]:
    """The text of each clause of a sentence (for examples and debugging)."""
    return [c.text(sentence) for c in split_clauses(sentence)]


__all__ = ["Clause", "split_clauses", "clause_texts"]
