"""Regular-expression building blocks, made from a language's tables.

A rule's pattern is written with ``{MACRO}`` placeholders; :func:`expand` replaces them with the
alternations :func:`macros` makes from the tables of a :class:`~chrono.lang.timex.TimexWords` (and
the pack's own ``macros``, which may use the others). Every macro is linear-time: alternations of
literal words, bounded repetitions, no nested quantifiers. Month and weekday names are
case-sensitive (capitalised or upper case) so that the words among them never match in lower case.
"""
from __future__ import annotations

import re

from ..lang.timex import TimexWords


def _alt(words, *, names: bool = False, small: frozenset[str] = frozenset()) -> str:
    """An alternation of words, longest first; spaces match any run of blanks. ``names``: only
    capitalised or upper-case forms match, the ``small`` words of a name staying in lower case."""
    forms: set[str] = set()
    for w in words:
        if names:
            forms.add(" ".join(x if x in small else x[:1].upper() + x[1:] for x in w.split()))
            forms.add(w.upper())
        else:
            forms.add(w)
    parts = [re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=lambda s: (-len(s), s))]
    body = "|".join(parts) or "(?!)"
    return f"(?-i:{body})" if names else f"(?:{body})"


#: Macros that no language changes.
NEUTRAL: dict[str, str] = {
    "DAY": r"(?:[12]\d|3[01]|0?[1-9])",
    "YEAR": r"(?:1[0-9]\d\d|20\d\d)",
    "YEAR2": r"(?:'\d\d)",
    "DIGITS": r"(?:\d{1,3}(?:,\d{3})+|\d{1,6}(?:\.\d{1,3})?(?:\s+1/2)?)",
    "B": r"(?<![\w'])",        # a word starts here
    "E": r"(?![\w-])",          # a word ends here
}

_MACRO = re.compile(r"\{([A-Z][A-Z_0-9]*)\}")


def macros(words: TimexWords) -> dict[str, str]:
    """Every macro of a language: those made from its tables, then its own (expanded)."""
    def names(table) -> str:
        return _alt(table, names=True, small=words.name_small_words)

    full_months = [m for m in words.months if m not in words.month_abbreviations]
    abbr_months = [m for m in words.months if m in words.month_abbreviations]
    full_days = [d for d in words.weekdays if d not in words.weekday_abbreviations]
    abbr_days = [d for d in words.weekdays if d in words.weekday_abbreviations]
    bare_days = [d for d in abbr_days if d not in words.weekday_abbreviations_with_stop]
    out = dict(NEUTRAL)
    out.update({
        # a month name: full, or abbreviated with an optional full stop
        "MONTH": "(?:" + names(full_months) + "|" + names(abbr_months) + r"\.?)",
        "MONTH_FULL": names(full_months),
        "WEEKDAY": "(?:" + names(full_days) + ")",
        # a weekday full or abbreviated ("Fri", "Fri."), only where a date follows
        "WEEKDAY_ANY": "(?:" + names(full_days) + "|" + names(abbr_days) + r"\.|" + names(bare_days) + ")",
        "TENS": _alt(words.tens),
        "DIGIT": _alt(words.digits),
        "ORDINAL": _alt(words.ordinals),
        "UNIT": _alt(words.units),
        "CALUNIT": _alt(words.calendar_units),
        "SEASON": _alt(words.seasons),
        "SETWORD": _alt(words.sets),
        "REF": _alt(words.refs),
        "HOLIDAY": names(words.holidays),
    })
    out["NUMWORD"] = rf"(?:{out['TENS']}[\s-]{out['DIGIT']}|{_alt(words.numbers)})"
    for name, pattern in words.macros.items():
        out[name] = expand(pattern, out)
    return out


def expand(pattern: str, table: dict[str, str]) -> str:
    """Replace every ``{MACRO}`` of a rule pattern with its regular expression."""
    return _MACRO.sub(lambda m: table[m.group(1)], pattern)


def compile_rule(pattern: str, table: dict[str, str]) -> re.Pattern[str]:
    """Compile a rule pattern (macros expanded), case-insensitive except for names."""
    return re.compile(expand(pattern, table), re.IGNORECASE)


def lookup(table, word: str):
    """The entry of a lexicon table for a surface form (case and blanks normalised)."""
    key = " ".join(word.lower().replace(".", "").split())
    return table.get(key)
