"""Headlines: a clause compressed to at most ``HEADLINE_MAX_WORDS`` words.

The time expression (with its preposition) and the attribution are already cut out by the
caller; this module drops what does not tell what happened — discourse markers ("But",
"Separately,"), hedging adverbs ("already", "reportedly"), quotation marks, parentheses — and
then, while the headline is too long, trailing appositives and trailing adjuncts ("after intense
fighting", "with the help of ..."), most cuttable first (data in :mod:`chrono.cues`).

>>> compress("Separately, the army retook the town from IS after intense fighting and Russian airstrikes "
...          "that lasted for several days and nights")
'The army retook the town from IS'
"""
from __future__ import annotations

import re

from .cues import (DATELINE_PREFIX, DISCOURSE_MARKERS, HEADLINE_DROP_WORDS, HEADLINE_LEADING_SUBORDINATORS, HEADLINE_MAX_WORDS, HEADLINE_TRIM_CUES,
                   SOURCE_PRONOUNS, STOPWORDS)

_MARKERS = re.compile(r"^(?:(?:" + "|".join(re.escape(m) for m in DISCOURSE_MARKERS) + r")\b[\s,]*)+",
                      re.IGNORECASE)
_PARENS = re.compile(r"\s*\([^()]*\)")
_QUOTES = re.compile(r"[\"“”«»]|(?<!\w)['‘]|['’](?!\w)(?<!s’)(?<!s')")
_DROP = re.compile(r"\b(?:" + "|".join(sorted(HEADLINE_DROP_WORDS)) + r")\b\s*", re.IGNORECASE)
_THAT = re.compile(r"^(?:that|" + "|".join(HEADLINE_LEADING_SUBORDINATORS) + r")\s+", re.IGNORECASE)
_DATELINE = re.compile(DATELINE_PREFIX)


def _words(text: str) -> list[str]:
    return text.split()


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",(?:\s*,)+", ",", text)
    text = re.sub(r"^[\s,;:\-–—]+|[\s,;:\-–—.]+$", "", text)
    return text


def clean(text: str, *, subject: str | None = None) -> str:
    """A clause without glue: markers, hedges, quotes, parentheses; a leading source pronoun
    ("they had struck a deal") replaced by ``subject`` when given."""
    text = " ".join(text.split())
    text = _DATELINE.sub("", text)
    text = _PARENS.sub("", text)
    text = _QUOTES.sub("", text)
    text = _tidy(text)
    for _ in range(3):
        text = _MARKERS.sub("", text)
        text = _THAT.sub("", text)
        text = _tidy(text)
    text = _DROP.sub("", text)
    text = _tidy(text)
    first = text.split(" ", 1)
    if subject and first and first[0].lower() in SOURCE_PRONOUNS:
        text = subject + (" " + first[1] if len(first) > 1 else "")
    return text


def _cut_trailing_appositive(text: str) -> str | None:
    i = text.rfind(", ")
    if i > 0 and len(_words(text[:i])) >= 4:
        return text[:i]
    return None


def _cut_adjunct(text: str, limit: int) -> str | None:
    words = _words(text)
    lower = [w.lower() for w in words]
    for cue in HEADLINE_TRIM_CUES:
        cue_words = cue.split()
        n = len(cue_words)
        best = None
        for i in range(4, len(words) - n + 1):
            if lower[i:i + n] == cue_words and i <= limit:
                best = i
        if best is not None:
            return " ".join(words[:best])
    return None


def _hard_cut(text: str, limit: int) -> str:
    words = _words(text)[:limit]
    while len(words) > 3 and (words[-1].lower().strip(",;:") in STOPWORDS or words[-1].endswith(",")):
        words.pop()
    return " ".join(words)


def shorten(text: str, limit: int = HEADLINE_MAX_WORDS) -> str:
    """``text`` cut to at most ``limit`` words at the best place found.

    A run-on clause is first cut to ``4 * limit`` words, so the search stays bounded.
    """
    words = _words(text)
    if len(words) > 4 * limit:
        text = " ".join(words[:4 * limit])
    while len(_words(text)) > limit:
        shorter = _cut_trailing_appositive(text)
        if shorter is None or len(_words(shorter)) < 4:
            break
        text = shorter
    if len(_words(text)) > limit:
        text = _cut_adjunct(text, limit) or _hard_cut(text, limit)
    return _tidy(text)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def compress(text: str, *, subject: str | None = None, limit: int = HEADLINE_MAX_WORDS) -> str:
    """The headline of a clause's text."""
    return capitalise(shorten(clean(text, subject=subject), limit))


__all__ = ["clean", "shorten", "compress", "capitalise"]
