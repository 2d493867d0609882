"""Who a pronoun stands for: the last named source ("he said"), the subject of the sentence before.

A reported "he"/"she" takes the last source named with a capital; a sentence-opening "They"/"He"
stands for the named subject of the sentence right before, where that is safe (:meth:`References.actor`).
The pronouns are the language's (:class:`chrono.lang.events.SyntaxWords`, ``ReportingWords``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lang
from ..model import Span
from .attribution import Attribution, Form
from .syntax import WORD, Syntax
from .words import alternatives, stage, words_of

#: Characters that open a quotation.
QUOTE_OPEN = "\"“"
_PUNCTUATION = ",;\"“”()"


class Sources:
    """What the sentences before tell: the last named source (for "he said")."""

    def __init__(self, pronouns: frozenset[str]) -> None:
        self.pronouns = pronouns
        self.last_source: str | None = None

    def resolve(self, attr: Attribution | None) -> str | None:
        if attr is None:
            return None
        source = attr.source
        if source.lower() in self.pronouns:
            return self.last_source or source
        if any(c.isupper() for c in source):
            self.last_source = source
        return source


class References:
    """Resolving the pronouns of one language."""

    def __init__(self, language: lang.Language) -> None:
        words = words_of(language)
        s = words.syntax
        self.syntax = stage(Syntax, language)
        self.pronouns = words.reporting.pronouns
        self._groups = s.group_pronouns
        self._opener = re.compile("(" + "|".join(s.group_pronouns + s.person_pronouns) + r")\s+(?=[a-z])", re.IGNORECASE)
        self._determiner = re.compile(alternatives(s.subject_determiners) + r"\s", re.IGNORECASE)

    def sources(self) -> Sources:
        """A fresh record of sources, for one document."""
        return Sources(self.pronouns)

    def actor(self, text: str, sentences: Sequence[Span], i: int, attrs: Sequence[Attribution | None],
              body: frozenset[str]) -> str | None:
        """Who a sentence-opening "They"/"He"/"She" stands for, where that is safe: the named subject
        of the sentence right before, in the same paragraph (a block of a kind in ``body``), outside
        quotation ("The SDF launched its offensive in June. They broke into the Old City in July." ->
        "The SDF"); else None. "He"/"She" take only a bare name ("Abadi", "Haider al-Abadi"), never
        "the army"."""
        sentence = text[sentences[i].start:sentences[i].end]
        m = self._opener.match(sentence.lstrip())
        if m is None or i == 0:
            return None
        prev = sentences[i - 1]
        if prev.kind not in body or "\n" in text[prev.end:sentences[i].start]:
            return None
        before = text[prev.start:prev.end]
        if attrs[i - 1] is not None or before.lstrip()[:1] in QUOTE_OPEN:
            return None
        clauses = self.syntax.split(before)
        subject = self.syntax.subject(before, clauses[0]) if clauses else None
        if not subject or any(c in subject for c in _PUNCTUATION):
            return None
        words = WORD.findall(subject)
        determined = self._determiner.match(subject)
        if words[0].lower() in self.pronouns or not any(w[0].isupper() for w in words[1:] + ([] if determined else words[:1])):
            return None
        if m.group(1).lower() not in self._groups and (determined or not all(w[0].isupper() or "-" in w for w in words)):
            return None
        return subject.strip()


def closing_quotation(sentence: str, later: Sequence[Attribution | None]) -> Attribution | None:
    """For a sentence that opens a quotation it does not close: the source of the sentence that does."""
    if not _open_quote(sentence):
        return None
    for attr in later:
        if attr is not None and attr.form in (Form.TRAILING, Form.INVERTED):
            return Attribution(attr.source, attr.verb, len(sentence), len(sentence), ((0, len(sentence)),),
                               Form.QUOTATION)
    return None


def _open_quote(text: str) -> bool:
    return text.lstrip()[:1] in QUOTE_OPEN and (text.count('"') % 2 == 1 or text.count("“") > text.count("”"))



__all__ = ["QUOTE_OPEN", "References", "Sources", "closing_quotation"]
