"""TIMEX3 values as intervals: what span of the calendar a value covers, at which grain.

>>> interval("2017-07")
(datetime.date(2017, 7, 1), datetime.date(2017, 8, 1), <Grain.MONTH: 'month'>)
>>> interval("2014", "START")
(datetime.date(2014, 1, 1), datetime.date(2014, 5, 1), <Grain.YEAR: 'year'>)
>>> interval("PRESENT_REF") is None
True
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .model import Grain

_SEASONS = {"WI": (12, 3), "SP": (3, 6), "SU": (6, 9), "FA": (9, 12)}

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})T.*"), "time"),
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), "day"),
    (re.compile(r"(\d{4})-W(\d{2})(?:-WE)?"), "week"),
    (re.compile(r"(\d{4})-(\d{2})"), "month"),
    (re.compile(r"(\d{4})-Q([1-4])"), "quarter"),
    (re.compile(r"(\d{4})-H([12])"), "half"),
    (re.compile(r"(\d{4})-(SP|SU|FA|WI)"), "season"),
    (re.compile(r"(\d{4})"), "year"),
    (re.compile(r"(\d{3})"), "decade"),
    (re.compile(r"(\d{2})"), "century"),
]


def add_months(d: date, months: int) -> date:
    """The first day of the month ``months`` after the month of ``d`` (``ValueError`` out of range)."""
    m = d.month - 1 + months
    return date(d.year + m // 12, m % 12 + 1, 1)


def _base(value: str) -> tuple[date, date, Grain] | None:
    for pattern, kind in _PATTERNS:
        m = pattern.fullmatch(value)
        if not m:
            continue
        g = m.groups()
        try:
            if kind in ("time", "day"):
                d = date(int(g[0]), int(g[1]), int(g[2]))
                return d, d + timedelta(days=1), Grain.TIME if kind == "time" else Grain.DAY
            if kind == "week":
                d = date.fromisocalendar(int(g[0]), int(g[1]), 1)
                if value.endswith("-WE"):
                    return d + timedelta(days=5), d + timedelta(days=7), Grain.WEEK
                return d, d + timedelta(days=7), Grain.WEEK
            if kind == "month":
                d = date(int(g[0]), int(g[1]), 1)
                return d, add_months(d, 1), Grain.MONTH
            if kind == "quarter":
                d = date(int(g[0]), 3 * (int(g[1]) - 1) + 1, 1)
                return d, add_months(d, 3), Grain.QUARTER
            if kind == "half":
                d = date(int(g[0]), 6 * (int(g[1]) - 1) + 1, 1)
                return d, add_months(d, 6), Grain.HALF
            if kind == "season":
                first, last = _SEASONS[g[1]]
                year = int(g[0])
                if g[1] == "WI":
                    return date(year - 1, 12, 1), date(year, 3, 1), Grain.SEASON
                return date(year, first, 1), date(year, last, 1), Grain.SEASON
            if kind == "year":
                y = int(g[0])
                if y == 0:
                    return None
                return date(y, 1, 1), date(y + 1, 1, 1), Grain.YEAR
            if kind == "decade":
                y = int(g[0]) * 10
                if y == 0:
                    return None
                return date(y, 1, 1), date(min(y + 10, 9999), 1, 1), Grain.DECADE
            if kind == "century":
                y = int(g[0]) * 100
                return date(max(y, 1), 1, 1), date(min(y + 100, 9999), 1, 1), Grain.CENTURY
        except ValueError:
            return None
    return None


def interval(value: str, mod: str | None = None) -> tuple[date, date, Grain] | None:
    """The half-open interval ``[start, end)`` a TIMEX3 DATE/TIME value covers, and its grain.

    ``mod`` START, MID and END narrow the interval to its first, middle and last third
    ("early 2014" is 2014-01-01 to 2014-05-01). Other modifiers keep the interval.
    Vague values (PRESENT_REF, FUTURE_REF, PXD, ...) have no interval: ``None``.
    """
    base = _base(value)
    if base is None:
        return None
    start, end, grain = base
    if mod in ("START", "MID", "END") and grain.rank <= Grain.MONTH.rank:
        months = (end.year - start.year) * 12 + end.month - start.month
        third = max(months // 3, 1) if months >= 3 else 0
        if third:
            if mod == "START":
                end = add_months(start, third)
            elif mod == "END":
                start = add_months(start, months - third)
            else:
                start, end = add_months(start, third), add_months(start, 2 * third)
        else:
            days = (end - start).days
            part = max(days // 3, 1)
            if mod == "START":
                end = start + timedelta(days=part)
            elif mod == "END":
                start = end - timedelta(days=part)
            else:
                start, end = start + timedelta(days=part), start + timedelta(days=2 * part)
    return start, end, grain


def grain_of(value: str) -> Grain | None:
    """The grain of a TIMEX3 value, or None for vague values."""
    base = _base(value)
    return base[2] if base else None
