"""The English tagger: lexicon (``lexicon.py``), rule table (``rules.py``), tense markers
(``tense.py``), modifiers and builders' cues (``cues.py``), as one :class:`~chrono.lang.timex.TimexWords`.
"""
from __future__ import annotations

from ...timex import TimexWords, timex_words
from . import cues, lexicon as lx, rules, tense

WORDS: TimexWords = timex_words(lx, cues, rules, tense, digits=lx.UNITS_WORDS, plural_suffixes=("s",))


def examples() -> list[tuple[str, str, str, str, str, str]]:
    """Every example of every English rule: (rule name, text, reference date, extent, value, type)."""
    return WORDS.examples()
