"""Days of the week and of a month counted from a reference day."""
from __future__ import annotations

from datetime import date, timedelta

from ..timevalue import add_months


def weekday_by_tense(weekday: int, ref: date, tense: str | None, future: bool | None, time: str | None = None) -> date:
    """The ISO ``weekday`` nearest ``ref`` on the side its ``tense`` ("past", "future") or ``future`` ("next"
    True, "last" False) says. A small-hours ``time`` of the day after ``ref`` told in the past is that day
    ("ended at 2 a.m. on Wednesday" in a Tuesday paper: a few hours on where it happened, not six days back)."""
    back = (ref.isoweekday() - weekday) % 7
    fwd = (weekday - ref.isoweekday()) % 7
    if future is True:                     # "next Friday"
        return ref + timedelta(days=fwd or 7)
    if future is False:                    # "last Friday"
        return ref - timedelta(days=back or 7)
    if tense == "future":
        return ref + timedelta(days=fwd)
    if tense == "past":
        return ref + timedelta(days=1) if back == 6 and _small_hours(time) else ref - timedelta(days=back)
    return ref - timedelta(days=back) if back <= fwd else ref + timedelta(days=fwd)


def _small_hours(time: str | None) -> bool:
    """Whether a clock time ("T02:00") is in the small hours, before 6 a.m."""
    return bool(time) and len(time) >= 3 and time[0] == "T" and time[1:3].isdigit() and int(time[1:3]) < 6


def nth_weekday(year: int, month: int, weekday: int, nth: int, start: int = 1) -> date:
    """The ``nth`` ISO ``weekday`` of a month from its day ``start`` on (``nth`` -1: the last)."""
    if nth > 0:
        first = date(year, month, start)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (nth - 1))
    last = add_months(date(year, month, 1), 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


__all__ = ["nth_weekday", "weekday_by_tense"]
