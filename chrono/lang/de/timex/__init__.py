"""The German tagger: lexicon (``lexicon.py``), rule table (``rules.py``), tense markers
(``tense.py``), modifiers and builders' cues (``cues.py``), as one :class:`~chrono.lang.timex.TimexWords`.
"""
from __future__ import annotations

from ... import built_on_first_use
from ...timex import TimexWords
from . import lexicon as lx

WORDS: TimexWords          # built on first use (__getattr__): the reader imports the lexicon alone


def _words() -> TimexWords:
    from .cues import CUES, MACROS, MODIFIERS, TRIGGERS
    from .rules import RULES
    from .tense import TENSE

    return TimexWords(
        rules=RULES,
        months=lx.MONTHS,
        month_abbreviations=lx.MONTH_ABBREVIATIONS,
        weekdays=lx.WEEKDAYS,
        name_small_words=frozenset({"der", "des", "die"}),
        numbers=lx.NUMBERS,
        ordinals=lx.ORDINALS,
        units=lx.UNITS,
        calendar_units=lx.CALENDAR_UNITS,
        parts_of_day=lx.PARTS_OF_DAY,
        seasons=lx.SEASONS,
        sets=lx.SETS,
        refs=lx.REFS,
        holidays=lx.HOLIDAYS,
        nth_weekday_holidays=lx.NTH_WEEKDAY_HOLIDAYS,
        plural_suffixes=("s",),
        macros=MACROS,
        triggers=TRIGGERS,
        modifiers=MODIFIERS,
        tense=TENSE,
        cues=CUES,
    )


__getattr__ = built_on_first_use(__name__, "WORDS", _words)


def examples() -> list[tuple[str, str, str, str, str, str]]:
    """Every example of every German rule: (rule name, text, reference date, extent, value, type)."""
    return __getattr__("WORDS").examples()
