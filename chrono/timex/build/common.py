"""What every builder shares: the registry, the groups of a match, numbers, months, durations.

A builder is ``builder(match, params, grammar) -> Spec | None``: it reads the named groups of a
match, the language's tables and cues (``grammar.words``, ``grammar.cues``), and perhaps the words
around the match to reject a reading. Builders are named in the rule table, so the table stays data.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ..grammar import Grammar
from ..patterns import lookup
from ..spec import Spec

Builder = Callable[[re.Match, dict, Grammar], "Spec | None"]
BUILDERS: dict[str, Builder] = {}


def builder(fn: Builder) -> Builder:
    """Register a builder under its function's name."""
    BUILDERS[fn.__name__] = fn
    return fn


def group(m: re.Match, name: str) -> str | None:
    """A named group, or None if the pattern has no such group or it did not take part."""
    return m.groupdict().get(name)


def day_number(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def month_number(g: Grammar, s: str) -> int | None:
    return lookup(g.words.months, s)


def number(g: Grammar, s: str | None) -> int | float | None:
    """A number from digits or words ("three", "twenty-five", "5 1/2", "1,000"); None if vague."""
    if s is None:
        return None
    t = " ".join(s.lower().split())
    if re.fullmatch(r"[\d,]+(?:\.\d+)?(?: 1/2)?", t):
        half = t.endswith(" 1/2")
        t = t.replace(" 1/2", "").replace(",", "")
        v = float(t) if "." in t else int(t)
        return v + 0.5 if half else v
    w = g.words
    if t in w.numbers:
        return w.numbers[t]
    parts = re.split(r"[\s-]+", t)
    if len(parts) == 2 and parts[0] in w.tens and parts[1] in w.digits:
        return w.tens[parts[0]] + w.digits[parts[1]]
    return None


def year_in_words(g: Grammar, s: str | None) -> int | None:
    """"nineteen ninety-four" -> 1994 (None if absent or not a year)."""
    if not s:
        return None
    cent, rest = re.split(r"[\s-]+", s.strip(), maxsplit=1)
    c = g.words.century_words.get(cent.lower())
    r = number(g, rest)
    return c * 100 + r if c and isinstance(r, int) and 10 <= r <= 99 else None


def prev_word(m: re.Match, start: int | None = None) -> str:
    s = m.start() if start is None else start
    left = m.string[max(0, s - 30):s]
    w = re.findall(r"[\w'.-]+", left)
    return w[-1] if w else ""


def next_text(m: re.Match, n: int = 30) -> str:
    return m.string[m.end():m.end() + n]


def words_of(s: str | None) -> str:
    """A group in lower case with its blanks normalised ("" for None)."""
    return " ".join((s or "").lower().split())


def month_ok(g: Grammar, m: re.Match, word: str) -> bool:
    """Reject month names that are other words or names ("May I", "March on", "Theresa May")."""
    cues = g.cues
    prev = prev_word(m)
    if cues.name_titles.search(prev):
        return False
    if word.lower() in cues.ambiguous_months and prev.lower() not in cues.before_month:
        return False
    nxt = next_text(m)
    joined = prev.endswith("-") and prev[:-1].lower() in g.words.modifiers.range   # "his late-September Ukrainian caper"
    if re.match(r"\s+[A-Z][a-z]", nxt) and not cues.sentence_after_name.match(nxt) and not joined:
        # "May Day", "March Madness", "August Wilson": a name, unless a sentence follows
        if not re.match(r"[.,;:]", nxt):
            return False
    return True


def capitalised_name(m: re.Match, name: str) -> bool:
    """A time word written with a capital and followed by a capitalised word is part of a name."""
    w = m.group(name)
    return w[:1].isupper() and not w.isupper() and bool(re.match(r"\s+[A-Z][a-z]", m.string[m.end(name):m.end(name) + 3]))


def singular(g: Grammar, word: str) -> str:
    """A unit word without its plural ending (one ending taken off)."""
    for suffix in g.words.plural_suffixes:
        if word.endswith(suffix):
            return word[:-len(suffix)]
    return word


def is_plural(g: Grammar, word: str) -> bool:
    return any(word.endswith(s) for s in g.words.plural_suffixes)


def unit_code(g: Grammar, word: str) -> tuple[str, bool] | None:
    """The ISO 8601 letter of a unit word (singular or plural) and whether it is a time unit."""
    w = re.sub(r"\s+", " ", word.lower())
    units = g.words.units
    return units.get(w) or units.get(singular(g, w))


def duration_value(g: Grammar, n: int | float | None, unit_word: str) -> str | None:
    """The ISO 8601 duration of ``n`` units ("P3Y", "PT48H", "PXD" for an unknown number)."""
    code = unit_code(g, unit_word)
    if code is None:
        return None
    letter, is_time = code
    if letter == "WE":
        return f"P{'X' if n is None else _fmt(n * 2)}D" if n != 1 else "P2D"
    if letter == "W2":
        letter, n = "W", (None if n is None else n * 2)
    if letter in ("M6", "M3"):
        letter, n = "M", (None if n is None else n * int(letter[1]))     # a semester, a season
    if letter == "E":
        letter, n = "Y", (None if n is None else n * 10)     # "a decade": P10Y, "two decades": P20Y; "decades": PXY
    if n is None:
        return f"PTX{letter}" if is_time else f"PX{letter}"
    if isinstance(n, float) and not n.is_integer():
        # "5 1/2 hours" -> PT5H30M; "1.5 years" -> P1Y6M
        if is_time and letter == "H":
            return f"PT{int(n)}H{int(round((n % 1) * 60))}M"
        if letter == "Y":                 # "2 1/2 years" -> P2Y6M, as the annotators write it
            months = int(round(n * 12))
            return f"P{months // 12}Y{months % 12}M" if months >= 12 else f"P{months}M"
        if letter == "D":
            return f"PT{int(round(n * 24))}H"
        return f"P{n:g}{letter}"
    return f"PT{int(n)}{letter}" if is_time else f"P{int(n)}{letter}"


def _fmt(x) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def fixed_duration(g: Grammar, n: int | float | None, unit_word: str) -> Spec | None:
    v = duration_value(g, n, unit_word)
    return Spec.fixed(v) if v else None
