"""The year of a month or day without one in a narrative: the last year the text wrote.

A history names its years and then the months and days of each ("In 1917 ... on 3 March ... in
July"): a date without a year takes the last year written (the discourse keeps it, setting aside
far or bracketed bare years: :func:`chrono.timex.discourse.step`), not the month-order roll-over of
news. Two exceptions follow the calendar: after a month of that year, a month far earlier is the
next year's ("In December 1916 ... on 14 January"), and a year's winter is the one at its end.

>>> from chrono.timex.spec import Spec, SpecKind
>>> year_written(Spec(SpecKind.DATE, month=3, day=3), 1917, None)
1917
>>> from chrono.model import Grain
>>> year_written(Spec(SpecKind.DATE, month=1, day=14), 1916, (date(1916, 12, 1), Grain.MONTH))
1917
"""
from __future__ import annotations

from datetime import date

from ..model import Grain
from .spec import Spec

#: A month this many months before that of the last date (of the last year written) is the next
#: year's: "In December 1916 ... on 14 January"; nearer ("3 March" after "June 1917") it looks back.
ROLL_MONTHS = 9
#: The season that straddles two years: its value names the year it ends in (1915-WI is December
#: 1914 to February 1915).
WINTER = "WI"
_MONTH_OR_FINER = frozenset({Grain.MONTH, Grain.WEEK, Grain.DAY, Grain.TIME})


def year_written(spec: Spec, written: int, prev: tuple[date, Grain] | None) -> int:
    """The year of ``spec`` (no year of its own) after the last year written and the last date."""
    year = written
    fine = prev is not None and prev[1] in _MONTH_OR_FINER and prev[0].year == year
    if fine and spec.month is not None and prev[0].month - spec.month >= ROLL_MONTHS:
        year += 1                         # the story moves on: "In December 1916 ... on 14 January"
    if spec.season == WINTER and not (fine and prev[0].month <= 3):
        year += 1                         # 1914's winter is 1915-WI, unless the story is in its first months
    return year


__all__ = ["ROLL_MONTHS", "WINTER", "year_written"]
