"""Which language a text is in, from the evidence of each pack's own function words.

Every pack lists the words that open its sentences (articles, pronouns, conjunctions,
prepositions: :attr:`chrono.lang.reading.SentenceWords.openers`) and its function words
(:attr:`chrono.lang.reading.ReadingWords.function_words`: "que", "su", "del", "se", "porque"); in
running text they are the most frequent words of their language and rare in others. :func:`detect` counts, over the first
stretch of a text, how many of its words each pack knows, and picks the pack that knows the most —
when that is clear evidence; otherwise the default language. A text in a language no pack knows
is read by the closest pack (Portuguese as Spanish). Measured on the development sets (all packs):
English TempEval-3 256/256, WikiWars 12/12, Spanish TempEval-3 175/175 (openers alone read one
short Spanish story as French), Spanish news 60/60, French news 60/60, KRAUTS 41/42 (a results
table of names and scores falls back to the default); a text knows 0.31-0.39 or more of its words in
its own pack, and at most 0.88 of that in another.

>>> detect("The army said on Friday that the city had fallen and the fighters had left.")
'en'
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import DEFAULT, complete, part

#: How much text is read (characters): enough for a few sentences.
SAMPLE = 3000
#: The share of a text's words a pack must know, and its lead over the next pack, to be chosen.
MIN_SHARE = 0.10
MIN_LEAD = 1.25
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=None)
def _evidence(code: str) -> frozenset[str]:
    reading = part(code, "reading")            # the reader's words only: not the pack's rule tables
    words = set(getattr(getattr(reading, "sentences", None), "openers", ()) or ())
    words |= set(getattr(reading, "function_words", ()) or ())
    return frozenset(w.lower() for w in words)


def scores(text: str, codes: list[str] | None = None) -> dict[str, float]:
    """The share of the words of ``text``'s first :data:`SAMPLE` characters each pack knows (by
    default the complete packs: a pack still without event words or display words is chosen only
    when asked for by its code)."""
    words = [w.lower() for w in _WORD.findall(text[:SAMPLE])]
    if not words:
        return {}
    out = {}
    for code in codes or complete():
        evidence = _evidence(code)
        if evidence:
            out[code] = sum(w in evidence for w in words) / len(words)
    return out


def detect(text: str, default: str = DEFAULT, codes: list[str] | None = None) -> str:
    """The code of the language of ``text``: the pack whose function words it uses most, when the
    evidence is clear (:data:`MIN_SHARE`, :data:`MIN_LEAD`); else ``default``."""
    ranked = sorted(scores(text, codes).items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or ranked[0][1] < MIN_SHARE:
        return default
    if len(ranked) > 1 and ranked[0][1] < MIN_LEAD * ranked[1][1]:
        return default if default in (ranked[0][0], ranked[1][0]) else ranked[0][0]
    return ranked[0][0]


__all__ = ["MIN_LEAD", "MIN_SHARE", "SAMPLE", "detect", "scores"]
