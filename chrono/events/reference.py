"""Who a pronoun stands for: the last named source ("he said"), the subject of the sentence before.

A reported "he"/"she" takes the last source named with a capital; a sentence-opening "They"/"He"
stands for the named subject of the sentence right before, where that is safe (:meth:`References.actor`).
A paragraph of transcribed speech (a hesitation such as "uh" outside quotation) is a sound bite of
the last source named (:func:`sound_bite`); a quotation in the wires' ``...'' marks continues over
sentences as one in double quotes does (:func:`closing_quotation`).
The pronouns are the language's (:class:`chrono.lang.events.SyntaxWords`, ``ReportingWords``).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from .. import lang
from ..model import Span
from .attribution import Attribution, Form
from .syntax import WORD, Syntax
from .words import alternatives, stage, words_of

#: Characters that open a quotation.
QUOTE_OPEN = "\"“"
_PUNCTUATION = ",;\"“”()"


class Sources:
    """What the sentences before tell: the last named source (for "he said"); with none yet, a "he"
    or "she" closing a sentence stands for the person named as the subject of what it reports
    ("Tired of waiting, astronaut Bertalan Farkas is leaving, he said Saturday.": Farkas)."""

    def __init__(self, pronouns: frozenset[str], persons: frozenset[str] = frozenset(), syntax: Syntax | None = None) -> None:
        self.pronouns = pronouns
        self.persons = persons
        self.syntax = syntax
        self.last_source: str | None = None

    def resolve(self, attr: Attribution | None, sentence: str | None = None) -> str | None:
        if attr is None:
            return None
        source = attr.source
        if not source and attr.form == Form.QUOTATION:
            return self.last_source         # a sound bite: the last source named speaks
        if source.lower() in self.pronouns:
            if self.last_source is None and sentence is not None and source.lower() in self.persons:
                self.last_source = self._named_subject(attr, sentence)
            return self.last_source or source
        if any(c.isupper() for c in source):
            self.last_source = source
        return source

    def named(self, source: str | None, actor: str | None) -> str | None:
        """What a pronoun source stands for when no source was named before it: the named subject of
        the sentence right before (``actor``, :meth:`References.actor`), then the last source named."""
        if actor and source and source.lower() in self.pronouns:
            self.last_source = actor
            return actor
        return source

    def _named_subject(self, attr: Attribution, sentence: str) -> str | None:
        """The subject of the reported content before a trailing source, where it ends in a name: the
        words after the last comma before the content's first verb."""
        if self.syntax is None or attr.form not in (Form.TRAILING, Form.INVERTED) or not attr.content:
            return None
        a, b = attr.content[0]
        for w in WORD.finditer(sentence, a, b):
            if w.group(0)[0].isupper() or not self.syntax.is_verb_form(w.group(0)):
                continue
            before = sentence[a:w.start()]
            cut = max(before.rfind(c) for c in _PUNCTUATION + "_:")
            words = WORD.findall(before[cut + 1:])
            determiners = self.syntax.words.subject_determiners
            if 2 <= len(words) <= 6 and all(x[0].isupper() for x in words[-2:]) and \
                    not any(x.lower() in self.pronouns or x.lower() in determiners or self.syntax.is_verb_form(x)
                            for x in words):
                return " ".join(before[cut + 1:].split())
        return None


class References:
    """Resolving the pronouns of one language."""

    def __init__(self, language: lang.Language) -> None:
        words = words_of(language)
        s = words.syntax
        self.syntax = stage(Syntax, language)
        self.pronouns = words.reporting.pronouns
        self._groups = s.group_pronouns
        self._persons = s.person_pronouns
        self._fillers = words.reporting.fillers
        self._things = tuple(s.thing_pronouns)
        self._opener = re.compile("(" + "|".join(s.group_pronouns + s.person_pronouns + self._things) + r")\s+(?=[a-z])"
                                  + (r"(?!(?:" + "|".join(map(re.escape, s.expletive_after)) + r")\b)" if s.expletive_after else ""),
                                  re.IGNORECASE)
        self._determiner = re.compile(alternatives(s.subject_determiners) + r"\s", re.IGNORECASE)

    def sound_bite(self, text: str, sentences: Sequence[Span], i: int) -> Attribution | None:
        """A sentence of transcribed speech, told by the last source named (:func:`sound_bite`)."""
        return sound_bite(text, sentences, i, self._fillers)

    def sources(self) -> Sources:
        """A fresh record of sources, for one document."""
        return Sources(self.pronouns, frozenset(p.lower() for p in self._persons), self.syntax)

    def teller(self, sources: Sources, attr: Attribution | None, text: str, sentences: Sequence[Span], i: int,
               attrs: Sequence[Attribution | None], body: frozenset[str], clean: Callable[[str], str]):
        """Who tells sentence ``i`` (its source, resolved by ``sources``) and who its opening pronoun
        stands for (:meth:`actor`, for a sentence with no source). A pronoun source for which no source
        was named before is the actor ("X met the workers. She noted that ...": X tells it)."""
        source = sources.resolve(attr, text[sentences[i].start:sentences[i].end])
        if attr is None:
            return source, self.actor(text, sentences, i, attrs, body)
        if source and source.lower() in self.pronouns:
            actor = self.actor(text, sentences, i, attrs, body)
            source = sources.named(source, actor and clean(actor))
        return source, None

    def actor(self, text: str, sentences: Sequence[Span], i: int, attrs: Sequence[Attribution | None],
              body: frozenset[str]) -> str | None:
        """Who a sentence-opening "They"/"He"/"She" (or one after a fronted adjunct and its comma) stands for,
        where that is safe: the named subject
        of the sentence right before, in the same paragraph (a block of a kind in ``body``), outside
        quotation ("The SDF launched its offensive in June. They broke into the Old City in July." ->
        "The SDF"); else None. "He"/"She" take only a bare name ("Abadi", "Haider al-Abadi"), never
        "the army"."""
        sentence = text[sentences[i].start:sentences[i].end].lstrip()
        m = self._opener.match(sentence)
        head, comma, rest = sentence.partition(", ")
        if m is None and comma and len(head.split()) <= _FRONTED_WORDS and not self.syntax.has_verb(head):
            m = self._opener.match(rest)    # after a fronted adjunct: "In a statement on Tuesday, she said ..."
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
        if m.group(1).lower() not in self._groups + self._things and \
                (determined or not all(w[0].isupper() or "-" in w for w in words)):
            return None
        return subject.strip()


#: The most words of an adjunct fronted before a sentence's opening pronoun ("In a statement on Tuesday, she").
_FRONTED_WORDS = 8


@lru_cache(maxsize=4)
def _has_filler(text: str, fillers: frozenset[str]) -> bool:
    """Whether a hesitation word stands anywhere in the text: asked once a document, not once a sentence."""
    return any(w.lower() in fillers for w in WORD.findall(text))


def sound_bite(text: str, sentences: Sequence[Span], i: int, fillers: frozenset[str]) -> Attribution | None:
    """For a sentence of a paragraph of transcribed speech -- one holding a hesitation ("uh") outside
    quotation -- the speech of the last source named (a broadcast's sound bite: "Mr. Lee says prices
    will rise. // We have uh seen this before."); else None."""
    if not fillers or not _has_filler(text, fillers):
        return None
    a = b = i
    while a > 0 and "\n" not in text[sentences[a - 1].end:sentences[a].start]:
        a -= 1
    while b + 1 < len(sentences) and "\n" not in text[sentences[b].end:sentences[b + 1].start]:
        b += 1
    for k in range(a, b + 1):
        sentence = text[sentences[k].start:sentences[k].end]
        if any(q in sentence for q in QUOTE_OPEN + "`"):
            continue
        if any(w in fillers or w[:1].isupper() and w[1:].islower() and w.lower() in fillers
               for w in WORD.findall(sentence)):
            n = sentences[i].end - sentences[i].start
            return Attribution("", "", n, n, ((0, n),), Form.QUOTATION)
    return None


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
    """Whether a sentence opens a quotation it does not close (also in the wires' ``...'' marks)."""
    text = text.lstrip()
    if text.startswith("``"):
        return text.count("``") > text.count("''")
    return text[:1] in QUOTE_OPEN and (text.count('"') % 2 == 1 or text.count("“") > text.count("”"))



__all__ = ["QUOTE_OPEN", "References", "Sources", "closing_quotation", "sound_bite"]
