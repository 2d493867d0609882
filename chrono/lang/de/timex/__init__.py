"""The German tagger: lexicon (``lexicon.py``), rule table (``rules.py``), tense markers
(``tense.py``), modifiers and builders' cues (``cues.py``), as one :class:`~chrono.lang.timex.TimexWords`.
"""
from __future__ import annotations

from ... import built_on_first_use
from ...timex import TimexWords, timex_words
from . import lexicon as lx

WORDS: TimexWords          # built on first use (__getattr__): the reader imports the lexicon alone


def _words() -> TimexWords:
    from . import cues, rules, tense

    return timex_words(lx, cues, rules, tense, name_small_words=frozenset({"der", "des", "die"}), plural_suffixes=("s",))


__getattr__ = built_on_first_use(__name__, "WORDS", _words)


def examples() -> list[tuple[str, str, str, str, str, str]]:
    """Every example of every German rule: (rule name, text, reference date, extent, value, type)."""
    return __getattr__("WORDS").examples()
