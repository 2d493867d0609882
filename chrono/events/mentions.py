"""Every event a text mentions, as TimeML marks them (EVENT extents), over the UD parse of its sentences.

The chronology keeps the happenings a time expression dates (:mod:`.extract`); TimeML marks every
predicate and every noun that names a happening or a state ("said", "fell", "the attack", "talks"). This
tagger does that, for the TimeML export and for ``chrono eval``:

- a verb (UPOS ``VERB``), not an auxiliary, a copula, part of a compound or of a fixed expression, nor a
  participle used as a preposition or an adjective ("according to", "including", "the injured man");
- a noun, proper noun or adjective whose lower-cased form is one of the language's event words
  (:class:`chrono.lang.events.MentionWords`, learnt from TimeML gold by ``training/event_words.py``).

A time expression is linked to the mention it dates (:func:`dated_mention`: the first mention above its
head in the tree). Each mention has a TimeML class: ``REPORTING`` for a reporting verb of the language, ``STATE`` for an
adjective, ``OCCURRENCE`` otherwise. Language-neutral: UD parts of speech and relations, the words the
language's.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .tree import timex_head

#: The relations of a verb that is no predicate of its own.
_NOT_PREDICATES = frozenset({"aux", "aux:pass", "cop", "compound", "case", "mark", "fixed", "amod"})
_WORD_POS = frozenset({"NOUN", "PROPN", "ADJ"})


@dataclass(frozen=True)
class EventMention:
    """One event a text mentions: its extent (offsets in the text), its words and its TimeML class."""

    start: int
    end: int
    text: str
    cls: str = "OCCURRENCE"


def sentence_mentions(parsed, offset: int, words, is_report=None) -> list[EventMention]:
    """The event mentions of one parsed sentence starting at ``offset`` in its text (``words``: the
    language's :class:`chrono.lang.events.MentionWords` or None; ``is_report``: whether a token is a
    reporting verb)."""
    out: list[EventMention] = []
    for t in parsed:
        if t.pos_ == "VERB" and t.dep_ not in _NOT_PREDICATES:
            cls = "REPORTING" if is_report is not None and is_report(t) else "OCCURRENCE"
        elif words is not None and t.pos_ in _WORD_POS and words.marks(t.pos_, t.lower_):
            cls = "STATE" if t.pos_ == "ADJ" else "OCCURRENCE"
        else:
            continue
        out.append(EventMention(offset + t.idx, offset + t.idx + len(t.text), t.text, cls))
    return out


def dated_mention(parsed, offset: int, start: int, end: int, mentions: Sequence[EventMention]) -> EventMention | None:
    """The mention a time expression (``start``-``end`` in the text) dates in its parsed sentence: the
    first mention above the expression's head in the tree ("fell [on Friday]", "the [July 25] call");
    None when no mention governs it."""
    head = timex_head(parsed, start - offset, end - offset)
    by_start = {m.start: m for m in mentions}
    up = head.head if head is not None else None
    for _ in range(8):
        if up is None or up.i == head.i:
            return None
        found = by_start.get(offset + up.idx)
        if found is not None:
            return found
        up = None if up.head.i == up.i else up.head
    return None


def document_mentions(text: str, spans: Sequence[tuple[int, int]], language, timexes: Sequence = (),
                      links: list | None = None) -> list[EventMention]:
    """The event mentions of a text whose sentences are ``spans`` (start, end), in text order; none when
    the language has no parser. With ``links``, each time expression of ``timexes`` (offsets in the text)
    that a mention governs is appended to it as (mention, timex) (:func:`dated_mention`)."""
    from .. import lang
    from . import parse as parsing
    from .structure import TreeEvents
    from .words import stage, words_of

    language = lang.of(language)
    if parsing.parser(language) is None or not hasattr(language.events, "mentions"):
        return []
    words = words_of(language).mentions
    trees = stage(TreeEvents, language)
    found: list[EventMention] = []
    for (start, end), parsed in zip(spans, parsing.parse([text[a:b] for a, b in spans], language)):
        if parsed is None:
            continue
        here = sentence_mentions(parsed, start, words, trees.is_report)
        found += here
        for t in timexes if links is not None else ():
            if start <= t.start and t.end <= end and (m := dated_mention(parsed, start, t.start, t.end, here)):
                links.append((m, t))
    return found


__all__ = ["EventMention", "dated_mention", "document_mentions", "sentence_mentions"]
