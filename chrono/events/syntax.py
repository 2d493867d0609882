"""Clauses and verb forms: split a sentence's content into clauses, find their subjects.

A clause is one or more character spans of the sentence (a relative clause set off by commas is
cut out of its main clause, which then has two pieces). The breaks are the language's words
(:class:`chrono.lang.events.SyntaxWords`):

- always: the pack's clause breaks (``;``, ``:``, ``, while``, ``, adding that``), ``, and``/``, but``
  + a clause start, and a sentence end inside a quotation (``... finished. Today or tomorrow ...``);
- a coordinator ("and", "but", "or") followed by a clause start: a subject pronoun ("and he has
  refused"), an auxiliary ("and will not set"), or a determiner and at most three words before an
  auxiliary ("and the city has since served"). "surrendered and been removed" stays one clause.

>>> [text for text in clause_texts("We expect fighting in the days ahead and will not set a time.")]
['We expect fighting in the days ahead', 'will not set a time']
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lang
from ..reader.sentences import ends_sentence
from .words import compile_any, stage, words_of

#: A word: letters, digits, apostrophes and hyphens.
WORD = re.compile(r"[\w'’\-]+")
_INNER_END = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[\"“]?[A-Z])")
_NEXT_COMMA = re.compile(r"[^,;]*?,")
_TRIM = " ,;:\"“”'"


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


def strip_span(text: str, start: int, end: int, chars: str = _TRIM) -> tuple[int, int]:
    """``(start, end)`` without white space and ``chars`` at either end (nor a final ``.!?``)."""
    while start < end and (text[start].isspace() or text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars + ".!?"):
        end -= 1
    return start, end


class Syntax:
    """The clause grammar of one language."""

    def __init__(self, language: lang.Language) -> None:
        self.language = language
        w = self.words = words_of(language).syntax
        self._always = w.clause_break.compiled
        self._conj = compile_any(w.coordinators, r"(?:,\s*)?\s\b", r"\s+")
        self._checked = re.compile(r",\s+(" + "|".join(w.break_coordinators) + r")\s+$", re.IGNORECASE)
        self._clause_coordinator = re.compile(r",\s+(?:" + "|".join(map(re.escape, w.break_coordinators)) + r")\s+", re.IGNORECASE)
        self._relative = compile_any(w.relative_openers, r",\s+(?P<app>(?:[^\W\d][\w'’\-]*\s+){0,6}?)", r"\b[^,;]*?,")
        self._appositive = w.appositive_relative.compiled
        self._reporting = words_of(language).reporting.verbs

    # --- words ------------------------------------------------------------------------------

    def is_verb_form(self, word: str) -> bool:
        """Whether a word is surely a finite verb or participle: an auxiliary, a regular past form
        (English: in -ed), or an irregular past ("retook"). An acronym ("IS") or a capitalised word
        inside a sentence is a name."""
        if word.isupper() and len(word) > 1:
            return False
        low = word.lower()
        w = self.words
        return (low in w.auxiliaries or low in w.irregular_past
                or (low.endswith(w.past_suffixes) and "-" not in low and len(low) >= w.past_min_length))

    def has_verb(self, text: str) -> bool:
        return any(self.is_verb_form(w) for w in WORD.findall(text))

    # --- clauses ----------------------------------------------------------------------------

    def last_clause(self, text: str) -> str:
        """``text`` from its last comma and coordinator that may open a clause on ("The agency did not mention
        Ritter by name, but said Friday that" -> "said Friday that": the report's own words)."""
        found = None
        for m in self._clause_coordinator.finditer(text):
            found = m
        return text[found.end():] if found is not None and self.has_verb(text[found.end():]) else text

    def split(self, sentence: str, spans: tuple[tuple[int, int], ...] | None = None) -> list[Clause]:
        """The clauses of ``sentence`` (restricted to ``spans``, the reported content, if given)."""
        spans = spans or ((0, len(sentence)),)
        clauses: list[Clause] = []
        subject: Clause | None = None
        for a, b in spans:
            cursor = a
            pieces: list[tuple[int, int]] = []
            for s, e in self._breaks(sentence, a, b) + [(b, b)]:
                pieces.append((cursor, s))
                cursor = e
            found: list[Clause] = []
            for pa, pb in pieces:
                found.extend(self._cut_relatives(sentence, pa, pb))
            if subject is not None and found:
                found[0] = Clause(subject.pieces + found[0].pieces)   # "The town, the army said, fell ..."
                clauses.remove(subject)
            subject = found[0] if len(found) == 1 and self._is_bare_subject(found[0].text(sentence)) else None
            clauses.extend(found)
        return clauses

    def _starts_clause(self, rest: str, before: str = "", contrast: bool = False) -> bool:
        """Whether ``rest`` (after a coordinator) opens a new clause; ``before`` is the text on the
        left, which must hold a verb of its own unless ``rest`` opens with an auxiliary. After a
        contrastive one (", but") a verb opens a new predicate of the same subject ("..., but warned")."""
        # an acronym ("IS", "US") is a name, not the auxiliary or pronoun it spells
        raw = WORD.findall(rest[:80])[:5]
        words = [w.lower() if not (w.isupper() and len(w) > 1) else w for w in raw]
        if not words:
            return False
        aux = self.words.auxiliaries
        if words[0] in aux:
            return True
        if contrast and raw[0].islower() and self.is_verb_form(raw[0]):
            return True
        if words[0] in self.words.subject_pronouns:
            return self.has_verb(before)
        if words[0] in self.words.determiners:
            return any(w in aux for w in words[1:5]) and self.has_verb(before)
        # a bare noun phrase of at most three words, then an auxiliary: "..., but foreign fighters were ..."
        first_aux = next((k for k, w in enumerate(words[:4]) if w in aux), None) if contrast else None
        if first_aux and not any(self.is_verb_form(w) for w in raw[:first_aux]):
            return self.has_verb(before)
        return False

    def _is_bare_subject(self, text: str) -> bool:
        """A short noun phrase without a verb, the subject of a clause the attribution interrupts."""
        words = WORD.findall(text)
        return 0 < len(words) <= 6 and words[0].lower() not in self.words.subordinate_openers and not self.has_verb(text)

    def _breaks(self, text: str, a: int, b: int) -> list[tuple[int, int]]:
        """Separator spans inside ``text[a:b]``."""
        seps: list[tuple[int, int]] = []
        segment = text[a:b]
        for m in _INNER_END.finditer(segment):
            if ends_sentence(text, a + m.start() - 1, a + m.start(), a + m.end(), a, b, self.language):
                seps.append((a + m.start(), a + m.end()))
        for m in self._always.finditer(segment):
            conj = self._checked.match(m.group(0))
            if conj and not self._starts_clause(segment[m.end():], segment[:m.start()],
                                                conj.group(1).lower() in self.words.contrastive):
                continue
            seps.append((a + m.start(), a + m.end()))
        for m in self._conj.finditer(segment):
            left = segment[:m.start()]
            last = max((e - a for s, e in seps if e <= a + m.start()), default=0)
            if self._starts_clause(segment[m.end():], left[last:]):
                seps.append((a + m.start(), a + m.end()))
        seps.sort()
        merged: list[tuple[int, int]] = []
        for s, e in seps:
            if merged and s < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        return merged

    def _cut_relatives(self, text: str, a: int, b: int) -> list[Clause]:
        out: list[Clause] = []
        main: list[tuple[int, int]] = []
        cursor = pos = a
        while True:
            m = self._relative.search(text, pos, b)
            if m is None:
                break
            if m.group("app") and (self.has_verb(m.group("app")) or
                                   not m.group("app").split()[0].lower() in self.words.determiners or
                                   not self.is_verb_form((WORD.findall(text[m.end():b]) or [""])[0])):
                pos = m.start() + 1         # (an appositive before the relative: "..., a toy maker whose stock
                continue                    # peaked in the 1980s, filed": a noun phrase with its article, the verb after)
            rel_end = self._relative_end(text, m.end(), b)
            main.append((cursor, m.start()))
            rel = strip_span(text, m.start(), rel_end)
            if rel[1] > rel[0]:
                out.append(Clause((rel,)))
            cursor = pos = rel_end
        apposition = self._appositive.search(text, cursor, b)
        if apposition and any(self.is_verb_form(w) for w in apposition.group("w1", "w2") if w):
            main.append((cursor, apposition.start()))
            rel = strip_span(text, apposition.start(), b)
            if rel[1] > rel[0]:
                out.append(Clause((rel,)))
            cursor = b
        main.append((cursor, b))
        pieces = tuple(p for p in (strip_span(text, s, e) for s, e in main) if p[1] > p[0])
        if pieces:
            out.insert(0, Clause(pieces))
        return out

    def _relative_end(self, text: str, end: int, b: int) -> int:
        """Where a relative clause set off by commas ends: at its first closing comma, or, when the main
        clause does not go on with a verb there, at a later comma that is followed by one ("Barzani,
        who called the vote despite warnings from Washington, Ankara and Tehran, has not appeared")."""
        def verb_next(pos: int) -> bool:
            w = WORD.search(text, pos, b)
            return bool(w and w.group(0).islower() and (self.is_verb_form(w.group(0)) or w.group(0) in self._reporting))

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

    # --- subjects ---------------------------------------------------------------------------

    def subject(self, sentence: str, clause: Clause) -> str | None:
        """The words before the first verb of a clause: its subject, to lend to a split-off part."""
        a, b = clause.pieces[0]
        words = list(WORD.finditer(sentence, a, b))
        for i, w in enumerate(words):
            if i and w.group(0)[0].isupper():
                continue                    # "May", "Will": names inside a clause, not verbs
            if self.is_verb_form(w.group(0)):
                if 0 < i <= 6:
                    return sentence[a:words[i - 1].end()]
                return None
        if words and words[0].group(0).lower() in self.words.subject_pronouns:
            return words[0].group(0)        # "We expect ..." (a present verb is not recognised)
        return None

    def head(self, sentence: str, clause: Clause) -> str | None:
        """Subject and verb of a clause ("Iraqi forces retook"), to lend to a gapped conjunct."""
        subject = self.subject(sentence, clause)
        if subject is None:
            return None
        end = clause.start + len(subject)
        verb = WORD.search(sentence, end, clause.end)
        if verb is None or not self.is_verb_form(verb.group(0)) or verb.group(0).lower() in self.words.auxiliaries:
            return None
        return sentence[clause.start:verb.end()]

    def lent_subject(self, sentence: str, clauses: list[Clause], clause: Clause) -> str | None:
        """The subject of the first clause, for a coordinated clause that opens with an auxiliary
        ("We expect fighting ... and will begin the assault on Monday")."""
        if clause is clauses[0]:
            return None
        first = WORD.search(sentence, clause.start, clause.end)
        if first is None or first.group(0) != first.group(0).lower() or first.group(0) not in self.words.auxiliaries:
            return None
        return self.subject(sentence, clauses[0])

    def antecedent(self, sentence: str, start: int) -> str | None:
        """The noun phrase a relative clause at ``start`` hangs on: "The army, which ..." -> "The army"."""
        before = sentence[:start].rstrip(" ,")
        cut = max(before.rfind(","), before.rfind(";"))
        phrase = before[cut + 1:].strip()
        words = WORD.findall(phrase)
        if not words or len(words) > 6 or any(self.is_verb_form(w) for w in words[1:]):
            return None
        return phrase


def split_clauses(sentence: str, spans: tuple[tuple[int, int], ...] | None = None,
                  language: lang.Language | str | None = None) -> list[Clause]:
    """The clauses of ``sentence`` (restricted to ``spans``, the reported content, if given)."""
    return stage(Syntax, language).split(sentence, spans)


def clause_texts(sentence: str, language: lang.Language | str | None = None) -> list[str]:
    """The text of each clause of a sentence (for examples and debugging)."""
    return [c.text(sentence) for c in split_clauses(sentence, language=language)]


def is_verb_form(word: str, language: lang.Language | str | None = None) -> bool:
    """Whether a word is surely a finite verb or participle (:meth:`Syntax.is_verb_form`)."""
    return stage(Syntax, language).is_verb_form(word)


__all__ = ["Clause", "Syntax", "WORD", "clause_texts", "is_verb_form", "split_clauses", "strip_span"]
