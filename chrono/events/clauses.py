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

from .cues import (AUXILIARIES, CLAUSE_BREAKS, DETERMINERS, IRREGULAR_PAST, RELATIVE_OPENERS, REPORTING_VERBS, SUBJECT_PRONOUNS)
from ..read.sentences import ends_sentence


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
_NEXT_COMMA = re.compile(r"[^,;]*?,")
#: A trailing appositive holding a relative clause: "..., the Syrian city it had used as its capital
#: since 2014" -> a clause of its own (its time dates the relative clause, not the main one).
_APPOSITIVE_RELATIVE = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’\-]+\s+){0,4}?(?:that|which|who|where|it|they|he|she|we)"
                                  r"\s+(?P<w1>[\w'’]+)(?:\s+(?P<w2>[\w'’]+))?\b[^,;]*$", re.IGNORECASE)
_TRIM = " ,;:\"“”'"


def is_verb_form(word: str) -> bool:
    """Whether a word is surely a finite verb or participle: an auxiliary, a past form in -ed, or an
    irregular past ("retook"). An acronym ("IS") or a capitalised word inside a sentence is a name."""
    if word.isupper() and len(word) > 1:
        return False
    low = word.lower()
    return (low in AUXILIARIES or low in IRREGULAR_PAST
            or (low.endswith("ed") and "-" not in low and len(low) > 4))


def _has_verb(text: str) -> bool:
    return any(is_verb_form(w) for w in _WORD.findall(text))


def _starts_clause(rest: str, before: str = "", but: bool = False) -> bool:
    """Whether ``rest`` (after "and"/"but") opens a new clause; ``before`` is the text on the left,
    which must hold a verb of its own unless ``rest`` opens with an auxiliary. After ", but" a
    verb opens a new predicate of the same subject ("..., but warned that ...")."""
    # an acronym ("IS", "US") is a name, not the auxiliary or pronoun it spells
    raw = _WORD.findall(rest[:80])[:5]
    words = [w.lower() if not (w.isupper() and len(w) > 1) else w for w in raw]
    if not words:
        return False
    if words[0] in AUXILIARIES:
        return True
    if but and raw[0].islower() and is_verb_form(raw[0]):
        return True
    if words[0] in SUBJECT_PRONOUNS:
        return _has_verb(before)
    if words[0] in DETERMINERS:
        return any(w in AUXILIARIES for w in words[1:5]) and _has_verb(before)
    # a bare noun phrase of at most three words, then an auxiliary: "..., but foreign fighters were ..."
    aux = next((k for k, w in enumerate(words[:4]) if w in AUXILIARIES), None) if but else None
    if aux and not any(is_verb_form(w) for w in raw[:aux]):
        return _has_verb(before)
    return False


_SUBORDINATE_OPENERS = frozenset("if unless when while as after before because although though once since until".split())


def _is_bare_subject(text: str) -> bool:
    """A short noun phrase without a verb, the subject of a clause the attribution interrupts."""
    words = _WORD.findall(text)
    return 0 < len(words) <= 6 and words[0].lower() not in _SUBORDINATE_OPENERS and not _has_verb(text)


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
        if ends_sentence(text, a + m.start() - 1, a + m.start(), a + m.end(), a, b):
            seps.append((a + m.start(), a + m.end()))
    for m in _ALWAYS.finditer(segment):
        conj = re.match(r",\s+(and|but)\s+$", m.group(0), re.IGNORECASE)
        if conj and not _starts_clause(segment[m.end():], segment[:m.start()], conj.group(1).lower() == "but"):
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
    subject: Clause | None = None
    for a, b in spans:
        cursor = a
        pieces: list[tuple[int, int]] = []
        for s, e in _breaks(sentence, a, b) + [(b, b)]:
            pieces.append((cursor, s))
            cursor = e
        found: list[Clause] = []
        for pa, pb in pieces:
            found.extend(_cut_relatives(sentence, pa, pb))
        if subject is not None and found:
            found[0] = Clause(subject.pieces + found[0].pieces)   # "The town, the army said, fell ..."
            clauses.remove(subject)
        subject = found[0] if len(found) == 1 and _is_bare_subject(found[0].text(sentence)) else None
        clauses.extend(found)
    return clauses


def _cut_relatives(text: str, a: int, b: int) -> list[Clause]:
    out: list[Clause] = []
    main: list[tuple[int, int]] = []
    cursor = a
    pos = a
    while True:
        m = _RELATIVE.search(text, pos, b)
        if m is None:
            break
        rel_end = _relative_end(text, m.end(), b)
        main.append((cursor, m.start()))
        rel = _strip(text, m.start(), rel_end)
        if rel[1] > rel[0]:
            out.append(Clause((rel,)))
        cursor = pos = rel_end
    apposition = _APPOSITIVE_RELATIVE.search(text, cursor, b)
    if apposition and any(is_verb_form(w) for w in apposition.group("w1", "w2") if w):
        main.append((cursor, apposition.start()))
        rel = _strip(text, apposition.start(), b)
        if rel[1] > rel[0]:
            out.append(Clause((rel,)))
        cursor = b
    main.append((cursor, b))
    pieces = tuple(p for p in (_strip(text, s, e) for s, e in main) if p[1] > p[0])
    if pieces:
        out.insert(0, Clause(pieces))
    return out


def _relative_end(text: str, end: int, b: int) -> int:
    """Where a relative clause set off by commas ends: at its first closing comma, or, when the main
    clause does not go on with a verb there, at a later comma that is followed by one ("Barzani,
    who called the vote despite warnings from Washington, Ankara and Tehran, has not appeared")."""
    def verb_next(pos: int) -> bool:
        w = _WORD.search(text, pos, b)
        return bool(w and w.group(0).islower() and (is_verb_form(w.group(0)) or w.group(0) in REPORTING_VERBS))

    if verb_next(end):
        return end
    pos = end
    for _ in range(4):
        m = _NEXT_COMMA.match(text, pos, b)
        if m is None:
            break
        pos = m.end()
        if verb_next(pos):
            return pos
    return end


def clause_texts(sentence: str) -> list[str]:
    """The text of each clause of a sentence (for examples and debugging)."""
    return [c.text(sentence) for c in split_clauses(sentence)]


__all__ = ["Clause", "split_clauses", "clause_texts", "is_verb_form"]
