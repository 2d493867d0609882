"""Builders of relative dates and times: "yesterday", "last month", "two years ago", "Friday",
"this morning", "10 a.m.", "the year-earlier quarter"."""
from __future__ import annotations

import re

from ..grammar import Grammar
from ..patterns import lookup
from ..spec import Spec, SpecKind
from .common import (builder, day_number, fixed_duration, group, month_number, next_text, number, prev_word, unit_code,
                     words_of)


def _generic(g: Grammar, m: re.Match) -> bool:
    """A generic or a name: "today's youth", "the leaders of tomorrow", "USA Today"."""
    cues = g.cues
    s = m.string
    if cues.generic_nouns_after.match(next_text(m, 40)) or cues.generic_of_before.search(s[max(0, m.start() - 4):m.start()]) \
            and cues.generic_noun_of_before.search(s[max(0, m.start() - 40):m.start()]):
        return True
    before = s[max(0, m.start() - 20):m.start()]
    return m.group("w")[0].isupper() and bool(re.search(r"[A-Z](?:[\w.]*\w)?\s+$", before)) \
        and not re.search(r"[.!?\"'`:]\s*[A-Z][\w.]*\s+$|^\s*[A-Z][\w.]*\s+$", before)


@builder
def deictic_day(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    w = words_of(m.group("w"))
    if w in g.cues.generic_deictic and _generic(g, m):
        return None
    n, time = g.cues.deictic_days[w]
    return Spec(SpecKind.OFFSET, unit="day", n=n, time=time, deictic=True)


@builder
def relative_unit(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    u = m.group("unit")
    if u[:1].isupper() and not u.isupper() and m.group("dir")[:1].isupper() and not p.get("capitalised_nouns"):
        return None              # a title: ABC's "This Week", "Next Year in Jerusalem" (German: "Dieses Jahr")
    cues = g.cues
    d = words_of(m.group("dir"))
    unit = lookup(g.words.calendar_units, u)
    if unit is None:
        return None
    if d in cues.same_words:
        return Spec(SpecKind.PREVIOUS, unit=unit)
    if (unit in cues.span_units and d in cues.span_directions and cues.determiners.match(m.group(0))
            and not g.left_range.search(m.string[max(0, m.start() - 32):m.start()])):
        return fixed_duration(g, 1, u)          # "the past decade": P10Y; "the end of the next decade": 202
    return Spec(SpecKind.OFFSET, unit=unit, n=cues.directions.get(d, 0), anaphoric=d in cues.anaphoric_units,
                mod="APPROX" if group(m, "orso") else None)


@builder
def that_unit(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    if group(m, "season"):                                            # "that summer": of the year spoken of
        word = m.group("season").lower()
        if word in g.cues.ambiguous_seasons and not m.group(0)[:1].isupper() \
                and prev_word(m).lower() not in g.cues.before_season:
            return None          # "stocks that fall sharply": a verb ("That fall, ...", "in that fall": the season)
        return Spec(SpecKind.PREVIOUS, unit="year", season=g.words.seasons[word])
    unit = lookup(g.words.calendar_units, m.group("unit"))
    part = None if unit else _time_of(g, m.group("unit"))
    if part and part[1:] not in g.cues.date_parts and m.group("unit").lower() not in g.cues.date_parts:
        return Spec(SpecKind.PREVIOUS, unit="day", time=part)       # "that afternoon": the day spoken of, a TIME
    return Spec(SpecKind.PREVIOUS, unit=unit)


@builder
def ago(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    num = number(g, m.group("num")) if group(m, "num") is not None else 1     # "the day after the battle"
    unit_word = m.group("unit").lower()
    letter, is_time = unit_code(g, unit_word) or ("", False)
    unit = "day" if is_time else lookup(g.words.calendar_units, unit_word)
    sign, anaphoric = g.cues.ago_directions[words_of(m.group("dir"))]
    if g.cues.comparison_after.match(next_text(m, 8)):
        return None              # "a month earlier than usual": a duration compared, not a date
    if is_time and anaphoric:
        return None              # "an hour later": the duration alone (TimeBank), the day would say nothing
    if unit is None:
        return None
    if unit in ("decade", "century") and isinstance(num, int):
        num, unit = num * (10 if unit == "decade" else 100), "year"
    if is_time and isinstance(num, (int, float)):
        # "2 hours ago": the day it falls on (whole days back only)
        num = int(num // 24) if letter == "H" else 0
    if group(m, "half") and isinstance(num, int) and unit == "year":
        num, unit = num * 12 + 6, "month"      # "a year and a half later"
    if num is None or not isinstance(num, int):
        if sign > 0 or anaphoric:
            return None                      # "a few days later": the duration alone
        return Spec.fixed("PAST_REF")
    return Spec(SpecKind.OFFSET, unit=unit, n=sign * num, anaphoric=anaphoric, deictic=not anaphoric,
                mod="APPROX" if group(m, "orso") else None)


def _weekday_is_name(g: Grammar, m: re.Match) -> bool:
    """"Saturday Night Live", "Friday Night Lights", "Tuesday Morning Corp", "Good Friday"."""
    cues = g.cues
    nxt = next_text(m, 20)
    if cues.weekday_in_title.match(m.string[m.start("wd") + len(m.group("wd")):][:40]):
        return True
    if not group(m, "part") and cues.weekday_name_after.match(nxt) and not re.match(r"[.,;:]", nxt):
        if not re.match(r"\s+[A-Z][a-z]+\s*\.?\s*\d", nxt) and not g.month_after.match(nxt):
            return True
    return prev_word(m, m.start("wd")) in cues.weekday_name_before


def _time_of(g: Grammar, part: str | None) -> str | None:
    if not part:
        return None
    time = g.words.parts_of_day.get(part.lower())
    return time if time.startswith("T") else "T" + time


@builder
def weekday(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    if _weekday_is_name(g, m):
        return None
    cues = g.cues
    d = words_of(group(m, "dir"))
    anaphoric = d in cues.anaphoric_directions
    n = cues.anaphoric_directions[d] if anaphoric else cues.directions.get(d)
    future = None if not n else n > 0
    # a possessive names a day whose event is reported: "Friday's ruling", "Thursday's close"
    tense = "past" if cues.possessive_after.match(m.string[m.end():m.end() + 3]) else None
    # "Friday afternoon": a TIME (TimeML); "Friday night", "Friday morning": the day with its part,
    # typed DATE as the TimeBank/AQUAINT annotators mostly do (cue date_parts);
    # "the previous Friday", "the following Monday": from the day last spoken of
    part = _time_of(g, group(m, "part"))
    as_date = part is not None and (group(m, "part") or "").lower() in cues.date_parts
    return Spec(SpecKind.WEEKDAY, weekday=lookup(g.words.weekdays, m.group("wd")), future=future,
                part=part if as_date else None, time=None if as_date else part, tense=tense, anaphoric=anaphoric)


@builder
def part_of_day(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    cues = g.cues
    d = words_of(group(m, "dir") or group(m, "dir2"))
    part = g.words.parts_of_day[(group(m, "part") or group(m, "part2") or group(m, "part3")).lower()]
    n = cues.part_of_day_directions.get(d, 0)
    if d in cues.night_only_directions and part != "NI":
        return None
    time = part if part.startswith("T") else "T" + part
    if d in cues.anaphoric_directions:
        return Spec(SpecKind.OFFSET, unit="day", n=n, anaphoric=True, time=time)     # "the next morning"
    return Spec(SpecKind.OFFSET, unit="day", n=n, time=time)


@builder
def clock(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    c = m.group("clock").lower().replace(" ", "")
    mm = re.match(r"(\d{1,2})(?:[:.h](\d\d))?", c)      # "10:30", "10.30" (es, de), "10h30" (fr)
    if not mm:
        return None
    h = int(mm.group(1))
    mi = int(mm.group(2) or 0)
    cues = g.cues
    if cues.clock_pm and cues.clock_pm in c and h < 12:
        h += 12
    elif cues.clock_am and cues.clock_am in c and h == 12:
        h = 0
    if h > 24 or mi > 59:
        return None
    z = "Z" if (group(m, "tz") or "").upper() in g.cues.utc_zones else ""
    if p.get("anchored") and not (group(m, "wd") or group(m, "rel") or group(m, "month")):
        return Spec(SpecKind.OFFSET, unit="day", n=0, time=f"T{h:02d}:{mi:02d}{z}")   # a listing: the anchor's day
    return _time_day(g, m, f"T{h:02d}:{mi:02d}{z}")


@builder
def day_ordinal(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    """"on the 20th": a day of an unnamed month (the month is left open)."""
    return Spec.fixed(f"XXXX-XX-{day_number(m.group('day')):02d}")


@builder
def clock_hhmm(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    """"0930 GMT": a 24-hour clock time with its zone (not a parenthesised conversion)."""
    z = "Z" if m.group("tz").upper() in g.cues.utc_zones else ""
    return Spec(SpecKind.OFFSET, unit="day", n=0, time=f"T{m.group('hh')}:{m.group('mm')}{z}")


def _time_day(g: Grammar, m: re.Match, t: str) -> Spec:
    wd = group(m, "wd")
    rel = words_of(group(m, "rel"))
    if wd:
        return Spec(SpecKind.WEEKDAY, weekday=lookup(g.words.weekdays, wd), time=t)
    if group(m, "month"):
        return Spec(SpecKind.DATE, month=month_number(g, m.group("month")), day=day_number(m.group("day")), time=t)
    if not rel:
        # a bare clock time is on the day last spoken of ("shot at 10 p.m."), else the anchor's
        return Spec(SpecKind.OFFSET, unit="time", n=0, time=t, anaphoric=True)
    return Spec(SpecKind.OFFSET, unit="day", n=g.cues.deictic_days[rel][0], time=t)


@builder
def noon(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    if prev_word(m).lower() in g.cues.not_before_noon:
        return None              # "high noon": a showdown, not a time
    return _time_day(g, m, g.words.parts_of_day[m.group("hourword").lower()])


@builder
def quarter_relative(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    cues = g.cues
    d = " ".join((group(m, "dir") or "").lower().replace("-", " ").split())
    grain = "quarter" if m.group(0).split()[-1].lower() in cues.quarter_nouns or group(m, "sfx") else None
    if group(m, "sfx"):
        return Spec(SpecKind.OFFSET, unit="year", n=-1, anaphoric=True, grain=grain)   # "the quarter a year ago"
    if not d:
        word = m.group(0).split()[-1].lower()
        if not group(m, "det") or word in cues.vague_period_nouns:
            return None                    # "quarter" alone is a fraction; "the period" is vague
        return Spec(SpecKind.PREVIOUS, unit="quarter", n=-1)
    if d not in cues.quarter_directions:
        return None
    unit, n = cues.quarter_directions[d]
    if unit is None:
        return Spec(SpecKind.PREVIOUS, unit="quarter")          # "the corresponding period"
    if unit == "year":
        return Spec(SpecKind.OFFSET, unit="year", n=n, anaphoric=True, grain=grain)     # "the year-earlier quarter"
    return Spec(SpecKind.OFFSET, unit=unit, n=n)


@builder
def year_earlier(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    # "the year-ago results": an adjective before a noun that is not a period, "the" stays out
    skip = m.end("det") - m.start() + 1 if group(m, "det") and not group(m, "sfx") else 0
    sfx = (group(m, "sfx") or "").split()
    grain = "quarter" if sfx and sfx[-1].lower() in g.cues.quarter_nouns else None    # "the year-earlier quarter"
    return Spec(SpecKind.OFFSET, unit="year", n=-1, anaphoric=True, skip=skip, grain=grain)


@builder
def year_end(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    return Spec(SpecKind.OFFSET, unit="year", n=0, mod="END")
