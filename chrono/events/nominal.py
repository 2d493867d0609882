"""Events named by noun phrases: the time expression dates a noun phrase, not its clause.

Three cases, tried in this order (the words are the language's, :class:`chrono.lang.events.NominalWords`):

- a premodifier: "the Sept. 25 independence referendum" -> "independence referendum";
- an example list: "..., including the attacks in Paris in November 2015 that killed 130 people"
  -> "the attacks in Paris that killed 130 people";
- inside the subject: "the mastermind of attacks in Paris in November 2015 is believed ..." ->
  "attacks in Paris".
"""
from __future__ import annotations

import re

from .. import lang
from .dating import DatingGroup
from .syntax import WORD, Clause, Syntax
from .words import compile_any, stage, words_of

_NOUN_WORD = re.compile(r"\s+([A-Za-z][\w\-]+)")


def _piece(clause: Clause, start: int, end: int) -> tuple[int, int] | None:
    """The piece of ``clause`` that holds ``[start, end)``."""
    return next(((a, b) for a, b in clause.pieces if a <= start and end <= b), None)


class Nominals:
    """The noun phrases that time expressions date, in one language."""

    def __init__(self, language: lang.Language) -> None:
        words = words_of(language)
        w = self.words = words.nominal
        self.syntax = stage(Syntax, language)
        self._stopwords = words.merge.stopwords
        self._auxiliaries = words.syntax.auxiliaries
        self._subordinators = compile_any(w.subordinators, r"\b", r"\s+")
        self._genitive = compile_any(words.dating.genitives, r"\b", r"\s+", 0)
        self._list_opener = compile_any(w.list_openers, r",\s+", r"\s+")

    def named(self, sentence: str, clause: Clause, dating: DatingGroup, cut: tuple[int, int]) -> str | None:
        """The noun phrase the time expression of ``dating`` (cut out at ``cut``) dates, if any."""
        return (self.premodified(sentence, dating) or self._listed(sentence, clause, cut)
                or self._in_subject(sentence, clause, cut[0], cut[1]))

    def premodified(self, sentence: str, dating: DatingGroup) -> str | None:
        """The noun a time expression premodifies, with what follows it up to the next break: "the
        Sept. 25 independence referendum, which ..." -> "independence referendum". The event is the
        noun's, whatever the clause around it says of it ("did not say whether it would annul ...")."""
        if not self.words.premodifier_before.compiled.search(sentence[:dating.start]):
            return None
        words, pos = [], dating.end
        while len(words) < 4:
            m = _NOUN_WORD.match(sentence, pos)
            if m is None or m.group(1).lower() in self._stopwords or self.syntax.is_verb_form(m.group(1)):
                break
            words.append(m.group(1))
            pos = m.end()
        while words and not words[-1].islower():
            words.pop()                     # end on a common noun: "the 2015 Paris attacks"
        if len(words) < 2:
            return None
        return " ".join(words)

    def _listed(self, sentence: str, clause: Clause, cut: tuple[int, int]) -> str | None:
        """The listed noun phrase a time expression stands in, with the rest of its piece of clause:
        "..., including the attacks in Paris in November 2015 that killed 130 people" -> "the attacks
        in Paris that killed 130 people"."""
        piece = _piece(clause, cut[0], cut[1])
        if piece is None:
            return None
        found = list(self._list_opener.finditer(sentence, piece[0], cut[0]))
        if not found:
            return None
        head = sentence[found[-1].end():cut[0]]
        words = WORD.findall(head)
        if not words or any(self.syntax.is_verb_form(w) for w in words):
            return None
        tail = sentence[cut[1]:piece[1]].rstrip(" .")
        return (head.rstrip() + " " + tail.strip()).strip()

    def _in_subject(self, sentence: str, clause: Clause, phrase_start: int, phrase_end: int) -> str | None:
        """The noun phrase a time expression dates when it stands inside its clause's subject."""
        piece = _piece(clause, phrase_start, phrase_end)
        if piece is None:
            return None
        pre = sentence[piece[0]:phrase_start]
        subs = list(self._subordinators.finditer(pre))
        if subs:
            pre = pre[subs[-1].end():]
        post_words = WORD.findall(sentence[phrase_end:piece[1]])
        pre_words = WORD.findall(pre)
        if not pre_words or not post_words or pre.rstrip().endswith(","):
            return None
        if any(self.syntax.is_verb_form(w) for w in pre_words) or post_words[0].lower() not in self._auxiliaries:
            return None                     # "Syrian troops on Tuesday recaptured ...": the clause's date
        np = pre.strip()
        m = list(self._genitive.finditer(np))
        if m:
            np = np[m[-1].end():]
        return np if WORD.findall(np) else None


__all__ = ["Nominals"]
