"""A language's tagger, compiled once per process: macros, rule regexes, trigger words, modifiers.

:func:`grammar` gives the :class:`Grammar` of a :class:`~chrono.lang.Language` (default: English),
cached by language code. Rule regexes compile at their first use, so a text that names no month
never compiles the month rules.
"""
from __future__ import annotations

import re
from functools import cached_property

from ..lang import Language, get
from ..lang.timex import Rule, TimexWords, trigger_words
from .patterns import compile_rule, macros


def _mod_regex(table, tail: str) -> re.Pattern[str]:
    words = sorted((re.escape(k).replace(r"\ ", r"\s+") for k in table), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?P<mod>" + ("|".join(words) or "(?!)") + ")" + tail, re.IGNORECASE)


def default_triggers(words: TimexWords) -> dict[str, frozenset[str]]:
    """Word classes made from the tables, for a pack that gives none."""
    return {"month": trigger_words(words.months), "weekday": trigger_words(words.weekdays),
            "unit": trigger_words(words.units, words.calendar_units), "season": trigger_words(words.seasons),
            "holiday": trigger_words(words.holidays), "set": trigger_words(words.sets),
            "ref": trigger_words(words.refs), "yearword": trigger_words(words.century_words),
            "deictic": trigger_words(words.cues.deictic_days, words.parts_of_day)}


class Grammar:
    """The compiled tagger of one language (see the module docstring)."""

    def __init__(self, language: Language):
        self.language = language
        self.words: TimexWords = language.timex
        self.cues = self.words.cues
        self.macros = macros(self.words)
        self._regex: dict[str, re.Pattern[str]] = {}
        classes = self.words.triggers if self.words.triggers is not None else default_triggers(self.words)
        self.trigger_classes: dict[str, frozenset[str]] = dict(classes)
        self.word_class: dict[str, list[str]] = {}
        for name, class_words in self.trigger_classes.items():
            for w in class_words:
                self.word_class.setdefault(w, []).append(name)
        #: whether a one-letter word triggers a rule ("B.C."): else one-letter words are not looked up
        self.single_letter_triggers = any(len(w) == 1 for w in self.word_class)
        mods = self.words.modifiers
        article = rf"(?:\s+{re.escape(mods.article)})?" if mods.article else ""
        self.left_range = _mod_regex(mods.range, article + r"(?:\s+|-)\Z")
        self.left_quant = _mod_regex(mods.quant, r"\s+\Z")

    def regex(self, rule: Rule) -> re.Pattern[str]:
        """The compiled pattern of a rule, compiled at its first use."""
        found = self._regex.get(rule.pattern)
        if found is None:
            found = self._regex[rule.pattern] = compile_rule(rule.pattern, self.macros)
        return found

    @cached_property
    def date_words(self) -> frozenset[str]:
        """Every word of a month, weekday, season or holiday name."""
        w = self.words
        return frozenset(x for table in (w.months, w.weekdays, w.seasons, w.holidays) for k in table for x in k.split())

    @cached_property
    def month_after(self) -> re.Pattern[str]:
        """A capitalised month name (full or abbreviated) after blanks."""
        forms = sorted({m[:1].upper() + m[1:] for m in self.words.months}, key=lambda s: (-len(s), s))
        return re.compile(r"\s+(?:" + ("|".join(map(re.escape, forms)) or "(?!)") + r")\b")


_GRAMMARS: dict[str, Grammar] = {}


def grammar(language: Language | str | None = None) -> Grammar:
    """The grammar of ``language`` (a :class:`~chrono.lang.Language`, a code, or None: the default)."""
    lang = language if isinstance(language, Language) else get(language)
    found = _GRAMMARS.get(lang.code)
    if found is None or found.language is not lang:
        found = _GRAMMARS[lang.code] = Grammar(lang)
    return found
