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
    body = trie(forms, cased=names) or "|".join(
        re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=lambda s: (-len(s), s))) or "(?!)"
    return f"(?-i:{body})" if names else f"(?:{body})"


def trie(forms, *, cased: bool, blank: str = r"\s+") -> str | None:
    """The alternation of ``forms`` factored by common prefixes ("seven(?:t(?:een|y))?"): the same
    strings, tried in the same order (the longest first), with far fewer branches to try at each
    position. A space matches ``blank`` (any run of blanks, as in the flat alternation). None where factoring
    might change what matches: another blank than a space in a form, or (case-insensitive) a form
    that is not lower-case ASCII, whose characters might fold together."""
    if not forms or any(ch.isspace() and ch != " " for f in forms for ch in f):
        return None
    if not cased and not all(f.isascii() and f == f.lower() for f in forms):
        return None
    root: dict = {}
    for f in forms:
        node = root
        for ch in f:
            node = node.setdefault(blank if ch == " " else re.escape(ch), {})
        node[""] = {}

    def emit(node: dict) -> str:
        ends = "" in node
        branches = [tok + emit(child) for tok, child in sorted(node.items()) if tok]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body
    return emit(root)


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
    return re.compile(factor(expand(pattern, table)), re.IGNORECASE)


_WORD_ALT = r"[a-z'](?:[a-z']|\\s\+)*"
#: a group of plain lower-case words ("(?:past|last|next)", "(?P<dir>this\s+past|this|last)")
_WORD_GROUP = re.compile(r"(?<!\\)\((\?:|\?P<\w+>)(" + _WORD_ALT + r"(?:\|" + _WORD_ALT + r")+)\)")


def factor(pattern: str) -> str:
    """Every group of plain words of a pattern factored by common prefixes (:func:`trie`), where
    that matches exactly as the written order does: where no word that begins another comes first."""
    def one(m: re.Match) -> str:
        words = [w.replace(r"\s+", " ") for w in m.group(2).split("|")]
        for i, u in enumerate(words):
            if any(v != u and v.startswith(u) for v in words[i + 1:]):
                return m.group()            # "on|once": the shorter first; a trie would try "once" first
        body = trie(set(words), cased=False)
        return m.group() if body is None else "(" + m.group(1) + body + ")"
    return _WORD_GROUP.sub(one, pattern)


def lookup(table, word: str):
    """The entry of a lexicon table for a surface form (case and blanks normalised)."""
    key = " ".join(word.lower().replace(".", "").split())
    return table.get(key)
