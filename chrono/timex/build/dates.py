"""Builders of calendar dates: days, months, years, decades, centuries, quarters, halves, seasons,
holidays, and "the week", "the year" of a report."""
from __future__ import annotations

import re

from ..grammar import Grammar
from ..patterns import lookup
from ..spec import Spec, SpecKind
from .common import (builder, capitalised_name, day_number, group, month_number, month_ok, next_text, number,
                     prev_word, words_of, year_in_words)


def _two_digit_year(s: str) -> int:
    y = int(s.lstrip("'"))
    if len(s.lstrip("'")) == 2:
        y += 1900 if y > 30 else 2000
    return y


@builder
def date(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    """Calendar fields from groups mon, day, year (each optional), wd ignored."""
    cues = g.cues
    mon = group(m, "month")
    month = month_number(g, mon) if mon else p.get("month")
    day = day_number(group(m, "day")) if group(m, "day") else None
    year = group(m, "year")
    y = _two_digit_year(year) if year else year_in_words(g, group(m, "yearw"))
    if group(m, "nmon"):
        month = int(group(m, "nmon"))
    if day is not None and not 1 <= day <= 31:
        return None
    if mon and day is None and y is None and not month_ok(g, m, mon.strip()):
        return None
    if mon and mon.strip().lower() in cues.ambiguous_months and day is not None and y is None:
        if cues.amount_after.match(next_text(m)):
            return None
    tense = None
    if day is not None and y is None and cues.determiner_before.search(m.string, max(0, m.start() - 5), m.start()) \
            and re.match(r"\s+(?:[a-z][\w-]*\s+)*?[a-z]{3,}", next_text(m, 40)):
        tense = "nearest"        # "the Sept. 25 referendum", "the Aug. 7 blasts": an event named by its day
    d = words_of(group(m, "dir"))
    if d and y is None and cues.directions.get(d):
        # a direction word in the date: "el pasado 2 de marzo", "am kommenden 5. Mai"
        return Spec(SpecKind.DATE, month=month, day=day, future=cues.directions[d] > 0, n=1)
    return Spec(SpecKind.DATE, year=y, month=month, day=day, tense=tense)


@builder
def day_of_month(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    """"el día 13", "del 7": a day of the month last spoken of (else the anchor's month)."""
    day = day_number(m.group("day"))
    if not 1 <= day <= 31:
        return None
    return Spec(SpecKind.OFFSET, unit="month", n=0, day=day, anaphoric=True)


@builder
def month_relative(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    """"last April", "this September", "June last year"."""
    cues = g.cues
    month = month_number(g, group(m, "month") or group(m, "mon2"))
    if group(m, "ydir"):
        yd = words_of(m.group("ydir"))
        if yd in cues.anaphoric_directions:
            # "July of that year": the month of the year last mentioned
            return Spec(SpecKind.OFFSET, unit="year", n=cues.anaphoric_directions[yd], anaphoric=True, month=month)
        return Spec(SpecKind.OFFSET, unit="year", n=cues.directions[yd], month=month)
    d = words_of(m.group("dir"))
    n = cues.anaphoric_directions[d] if d in cues.anaphoric_directions else cues.directions[d]   # ("the previous April")
    if n == 0:
        return Spec(SpecKind.OFFSET, unit="year", n=0, month=month)
    return Spec(SpecKind.DATE, month=month, future=n > 0, n=1)


_NAME_BEFORE = re.compile(r"(?:^|[a-z0-9,;][ \t]+)(?P<w>[A-Z][A-Za-z]+)\s+$")


def _in_name(g: Grammar, m: re.Match) -> bool:
    """A number just after a capitalised word inside a sentence is part of a name ("Orion 1980")."""
    left = m.string[max(0, m.start() - 40):m.start()]
    n = _NAME_BEFORE.search(left)
    if not n or n.start("w") == 0 and m.start() > 40:
        return False
    word = n.group("w")
    if word.lower().rstrip(".") in g.date_words or word.lower() in g.cues.before_year_in_name:
        return False
    return bool(re.search(r"[a-z0-9,;][ \t]+$", left[:n.start("w")]))     # on one line: not a heading


def _not_a_year(g: Grammar, m: re.Match, prev: str, names: bool = True) -> bool:
    """An amount, a name, a clock time or a measure rather than a year (``names``: a capitalised
    word before the number may make it a name; not in a language that capitalises its nouns)."""
    cues = g.cues
    nxt = next_text(m, 25)
    if prev in cues.not_before_year or (names and _in_name(g, m)):
        return True              # "about 1500 people"; a name: "Orion 1980", "Windows 2000", "Euro 2012"
    if cues.clock_after_year.match(nxt):
        return True              # a 24-hour clock time: "(0735 GMT)"
    if prev in (cues.year_determiners or cues.indefinite) and not cues.measure_after.match(nxt):
        return False             # an adjective: "a 2009 analysis", "the 1777 campaigns" (a count would be plural)
    after_preposition = bool(group(m, "prepost")) or prev in cues.year_prepositions and not cues.measure_after.match(nxt)
    if not after_preposition and cues.noun_after_year.match(nxt) and not cues.year_nouns.match(nxt):
        return True
    return bool(re.match(r"\s*[-–]\s*\d", nxt) and not re.match(r"\s*[-–]\s*(?:\d\d|\d{4})\b", nxt))


@builder
def year(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    """A bare four-digit year, unless it is an amount ("about 1500 people")."""
    y = int(m.group("year"))
    if _not_a_year(g, m, prev_word(m).lower(), not p.get("capitalised_nouns")) or not 1000 <= y <= 2099:
        return None
    open_end = (group(m, "open") or "").lower()
    mod = g.cues.year_prefix_mods.get((group(m, "prepost") or "").lower())    # "post-1959"
    if open_end:             # "1994 or later", "1990 and beyond"
        mod = "ON_OR_BEFORE" if g.cues.open_before.search(open_end) else "ON_OR_AFTER"
    return Spec.fixed(f"{y:04d}", mod=mod)


@builder
def year_range_end(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    """The second end of "1915-17": the century of the first end, a later year."""
    first, end = int(m.group("year")), int(m.group("end"))
    if end <= first % 100 or _not_a_year(g, m, prev_word(m).lower()):
        return None
    return Spec.fixed(f"{first // 100 * 100 + end:04d}")


@builder
def fiscal_year(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    y = _two_digit_year(m.group("year"))
    if g.cues.period_end.search(m.group(0)):
        # "the 1988 period" of an earnings report: the quarter under discussion, in that year
        return Spec(SpecKind.PREVIOUS, unit="quarter", year=y)
    return Spec.fixed(f"{y:04d}")


@builder
def decade(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    cues = g.cues
    if group(m, "decw"):
        return _edge(Spec.fixed(f"19{cues.decade_words[m.group('decw').lower()]}"), m, g)
    d = m.group("decade")
    if len(d) == 2 and prev_word(m).lower() in cues.age_words:
        if cues.age_before.search(m.string[max(0, m.start() - 20):m.start("decade")]):
            return None          # an age: "in his 30s", "in their early 20s"
    if d.startswith("'"):
        v = "19" + d[1]
    elif len(d) == 2:
        v = "19" + d[0]
    else:
        v = d[:3]
    return _edge(Spec.fixed(v), m, g)


def _edge(spec: Spec, m: re.Match, g: Grammar) -> Spec:
    """ "the late 1990s", "the early 20th century": the edge word the rule took in gives the mod."""
    edge = group(m, "edge")
    return spec.with_mod(g.words.modifiers.range.get(edge.lower())) if edge else spec


@builder
def century(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    o = m.group("ord").lower()
    n = g.words.ordinals.get(o)
    if n is None:
        n = int(re.sub(r"\D", "", o) or 0)
    if not 1 <= n <= 30:
        return None
    return _edge(Spec.fixed(("BC" if group(m, "era") else "") + f"{n - 1:02d}"), m, g)    # "the 9th century BC": BC08


@builder
def era_year(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    """A year of an era ("264 BC": BC0264, "AD 9": 0009), the era given by the rule."""
    y = int(group(m, "year") or m.group("year2"))
    if y == 0:
        return None
    return Spec.fixed(f"{p['era']}{y:04d}")


def _of_year(g: Grammar, m: re.Match, fields: dict, year_groups=("year",), this_groups=("yeardir",)) -> Spec | None:
    """A part of a year: in the year named, in this/last/next year, or (None) in none."""
    year = next((group(m, x) for x in year_groups if group(m, x)), None)
    rel = next((group(m, x) for x in this_groups if group(m, x)), "").lower()
    if year:
        return Spec(SpecKind.DATE, year=int(year), **fields)
    if rel:
        return Spec(SpecKind.OFFSET, unit="year", n=g.cues.directions[rel], **fields)
    return None


def _sentence_around(m: re.Match, reach: int = 200) -> str:
    """The sentence a match stands in (at most ``reach`` characters on each side)."""
    left = m.string[max(0, m.start() - reach):m.start()]
    right = m.string[m.end():m.end() + reach]
    left = re.split(r"[.!?]\s+(?=[A-Z\"“])|\n\s*\n", left)[-1]
    right = re.split(r"[.!?](?:\s|$)|\n\s*\n", right, maxsplit=1)[0]
    return left + m.group(0) + right


@builder
def quarter(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    q = g.cues.quarter_ordinals.get(m.group("ord").lower())
    if q is None:
        return None
    if not (group(m, "year") or group(m, "year0")) and g.cues.game_context.search(_sentence_around(m)):
        return None              # "scored twice in the third quarter": a period of the game
    return _of_year(g, m, {"quarter": q}, ("year", "year0"), ("yeardir", "yeardir0")) or Spec(SpecKind.DATE, quarter=q)


@builder
def quarter_code(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    """"Q3", "Q1 2019", "3Q19", "Q4'18": a calendar quarter in its short form, its year written in
    full or in two digits (of the century around now: "19" is 2019, "98" 1998)."""
    q = int(group(m, "q") or group(m, "q2"))
    full = group(m, "year") or group(m, "year0")
    yy = group(m, "yy") or group(m, "yy2")
    if full:
        return Spec(SpecKind.DATE, year=int(full), quarter=q)
    if yy:
        return Spec(SpecKind.DATE, year=(2000 if int(yy) < 70 else 1900) + int(yy), quarter=q)
    return Spec(SpecKind.DATE, quarter=q)


@builder
def month_quarter(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    """"the April-June quarter": a calendar quarter named by its first and last months; "the September
    quarter" by its last month (only a calendar quarter's: "the January quarter" of a retailer is not)."""
    if group(m, "end"):
        last = month_number(g, m.group("end"))
        if last is None or last % 3:
            return None
        year = group(m, "year")
        return Spec(SpecKind.DATE, quarter=last // 3, year=int(year) if year else None)
    m1, m2 = month_number(g, m.group("m1")), month_number(g, m.group("m2"))
    if m1 is None or m2 is None or (m2 - m1) % 12 != 2 or m1 % 3 != 1:
        return None
    return Spec(SpecKind.DATE, quarter=(m2 - 1) // 3 + 1)


@builder
def half(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    h = 1 if g.words.ordinals.get((group(m, "ord") or group(m, "ord2")).lower()) == 1 else 2
    return _of_year(g, m, {"half": h})


@builder
def season(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    cues = g.cues
    s = g.words.seasons[m.group("season").lower()]
    year = group(m, "year") or group(m, "year0") or year_in_words(g, group(m, "yearw"))
    if not year and capitalised_name(m, "season"):
        return None              # "the Summer Olympics", "the Spring Festival"
    if not year and m.group("season").lower() in cues.ambiguous_seasons and cues.of_after.match(next_text(m, 6)):
        return None              # "the fall of Atlanta": a defeat, not autumn ("the fall of 1864" has its year)
    d = (group(m, "dir") or "").lower()
    if year:
        return Spec(SpecKind.DATE, year=int(year), season=s)
    n = cues.directions.get(d)
    if n == 0:
        return Spec(SpecKind.OFFSET, unit="year", n=0, season=s)      # "this summer": this year's, any tense
    if n is not None:
        return Spec(SpecKind.DATE, season=s, future=n > 0)
    prev = prev_word(m, m.start("season") if d else None).lower()
    if d in cues.articles or prev in cues.before_season or _joined_season(g, m):
        if m.group("season").lower() in cues.ambiguous_seasons and not d and prev not in cues.before_ambiguous_season:
            return None
        return Spec(SpecKind.DATE, season=s)
    return None


_WORD_RUN = re.compile(r"[^\W\d_]+")


def _joined_season(g: Grammar, m: re.Match) -> bool:
    """A season joined to another by the words of a range ("summer and autumn 1918", "the fall
    and winter"): a season, not a word of the language."""
    text, seasons, between = m.string, g.words.seasons, g.cues.range_between
    start, end = m.start("season"), m.end("season")
    after = next((w for w in _WORD_RUN.finditer(text, end, end + 24) if w.group().lower() in seasons), None)
    if after and between.fullmatch(text, end, _article_start(g, text, end, after.start())):
        return True
    before = [w for w in _WORD_RUN.finditer(text, max(0, start - 24), start) if w.group().lower() in seasons]
    return bool(before) and bool(between.fullmatch(text, before[-1].end(), m.start()))


def _article_start(g: Grammar, text: str, lo: int, at: int) -> int:
    """Where an article just before ``at`` starts ("and the winter"), else ``at``."""
    w = list(_WORD_RUN.finditer(text, lo, at))
    return w[-1].start() if w and w[-1].group().lower() in g.cues.articles and not text[w[-1].end():at].strip() else at


@builder
def holiday(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    md = lookup(g.words.holidays, m.group("h"))
    if md is None:
        return None
    y = group(m, "year")
    n = g.cues.directions.get((group(m, "dir") or "").lower())
    future = None if not n else n > 0
    if md == "NTH":
        return Spec(SpecKind.HOLIDAY, nth=lookup(g.words.nth_weekday_holidays, m.group("h")),
                    year=int(y) if y else None, future=future, n=1 if group(m, "dir") else 0)
    mo, da = map(int, md.split("-"))
    return Spec(SpecKind.DATE, year=int(y) if y else None, month=mo, day=da, future=future,
                n=1 if future is not None else 0)


@builder
def year_words(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    """"nineteen ninety-six", "the year two thousand"."""
    if group(m, "millennium"):
        return Spec.fixed("2000")
    c = g.words.century_words[m.group("cent").lower()]
    rest = number(g, m.group("rest"))
    if rest is None or not 10 <= rest <= 99:
        return None
    return Spec.fixed(f"{c * 100 + rest:04d}")


@builder
def the_unit(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    """"the weekend", "the week", "the fiscal year": the one of the last mentioned date or the anchor."""
    if group(m, "month"):          # "the week of March 6": the week that day falls in
        return Spec(SpecKind.DATE, year=int(m.group("year")) if group(m, "year") else None,
                    month=month_number(g, m.group("month")), day=day_number(m.group("day")), unit="week")
    unit = lookup(g.words.calendar_units, group(m, "fy") or group(m, "wk") or group(m, "yr") or group(m, "dy")
                  or group(m, "dy2"))
    if unit in ("year", "month") and g.cues.period_ended_after.match(next_text(m)):
        return Spec.fixed("P1Y" if unit == "year" else "P1M", type="DURATION")   # "the year ended Sept. 30"
    if unit == "weekend":
        return Spec(SpecKind.WEEKEND)
    if group(m, "dy") and prev_word(m).lower() not in g.cues.day_prepositions \
            and not g.left_range.search(m.string[max(0, m.start() - 32):m.start()]):
        return None              # "on the day.", "later in the day": the day spoken of; "in the day" is a time of it
    if unit == "year":
        return Spec(SpecKind.OFFSET, unit="year", n=0)     # "the full year", "the fiscal year": the report's year
    return Spec(SpecKind.PREVIOUS, unit=unit)
