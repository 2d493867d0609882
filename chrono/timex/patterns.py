"""Regular-expression building blocks, made from the lexicon.

A rule's pattern is written with ``{MACRO}`` placeholders; :func:`expand` replaces them
with the alternations below. Every macro is linear-time: alternations of literal words,
bounded repetitions, no nested quantifiers. Month and weekday names are case-sensitive
(capitalised or upper case) so that "may", "march" and "sun" the words never match.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as lx


def _alt(words, *, case_sensitive_names: bool = False) -> str:
    """An alternation of words, longest first; spaces match any run of blanks."""
    forms: set[str] = set()
    for w in words:
        if case_sensitive_names:
            forms.add(" ".join(x if x in ("of", "the") else x[:1].upper() + x[1:] for x in w.split()))
            forms.add(w.upper())
        else:
            forms.add(w)
    parts = [re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=lambda s: (-len(s), s))]
    body = "|".join(parts)
    return f"(?-i:{body})" if case_sensitive_names else f"(?:{body})"


_FULL_MONTHS = [m for m in lx.MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_ABBR_MONTHS = [m for m in lx.MONTHS if m not in _FULL_MONTHS]
_FULL_DAYS = [d for d in lx.WEEKDAYS if d.endswith("day")]
_ABBR_DAYS = [d for d in lx.WEEKDAYS if not d.endswith("day")]

_NUM_WORD = _alt([k for k in lx.NUMBERS])
_TENS = _alt(lx.TENS)
_UNITS = _alt(lx.UNITS_WORDS)

MACROS: dict[str, str] = {
    # a month name: full, or abbreviated with an optional full stop
    "MONTH": "(?:" + _alt(_FULL_MONTHS, case_sensitive_names=True) + "|"
             + _alt(_ABBR_MONTHS, case_sensitive_names=True) + r"\.?)",
    "MONTH_FULL": _alt(_FULL_MONTHS, case_sensitive_names=True),
    "WEEKDAY": "(?:" + _alt(_FULL_DAYS, case_sensitive_names=True) + ")",
    "WEEKDAY_ABBR": "(?:" + _alt(_ABBR_DAYS, case_sensitive_names=True) + r"\.)",
    # a weekday full or abbreviated ("Fri", "Fri."), only where a date follows
    "WEEKDAY_ANY": "(?:" + _alt(_FULL_DAYS, case_sensitive_names=True) + "|" + _alt(_ABBR_DAYS, case_sensitive_names=True)
                   + r"\.|" + _alt([d for d in _ABBR_DAYS if d != "sun"], case_sensitive_names=True) + ")",
    "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
    "YEAR": r"(?:1[0-9]\d\d|20\d\d)",
    "YEAR2": r"(?:'\d\d)",
    "NUMWORD": rf"(?:{_TENS}[\s-]{_UNITS}|{_NUM_WORD})",
    # a year said in words: "nineteen ninety-four"
    "YEARW": rf"(?:(?:nineteen|twenty)[\s-]+(?:{_TENS}[\s-]{_UNITS}|{_TENS}|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))",
    "DIGITS": r"(?:\d{1,3}(?:,\d{3})+|\d{1,6}(?:\.\d{1,3})?(?:\s+1/2)?)",
    "ORDINAL": _alt(lx.ORDINALS),
    "UNIT": _alt(lx.UNITS),
    "CALUNIT": _alt(lx.CALENDAR_UNITS),
    "PART": _alt(lx.PARTS_OF_DAY),
    "SEASON": _alt(lx.SEASONS),
    "SETWORD": _alt(lx.SETS),
    "REF": _alt(lx.REFS),
    "HOLIDAY": _alt(lx.HOLIDAYS, case_sensitive_names=True),
    "CLOCK": r"(?:(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?:[ap]\.\s?m\.?|[AP]\.\s?M\.?|[ap]m\b|[AP]M\b)"
             r"|(?:[01]?\d|2[0-3]):[0-5]\d(?=\s*(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|local|hours|h\b)))",
    "TZ": r"(?-i:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|ET|PT|CT|MT)\b",
    "B": r"(?<![\w'])",        # a word starts here
    "E": r"(?![\w-])",          # a word ends here
}

_MACRO = re.compile(r"\{([A-Z][A-Z_0-9]*)\}")


def expand(pattern: str) -> str:
    """Replace every ``{MACRO}`` of a rule pattern with its regular expression."""
    return _MACRO.sub(lambda m: MACROS[m.group(1)], pattern)


@lru_cache(maxsize=None)
def compile_rule(pattern: str) -> re.Pattern[str]:
    """Compile a rule pattern (macros expanded), case-insensitive except for names."""
    return re.compile(expand(pattern), re.IGNORECASE)


def lookup(table: dict, word: str):
    """The entry of a lexicon table for a surface form (case and blanks normalised)."""
    key = " ".join(word.lower().replace(".", "").split())
    return table.get(key)
