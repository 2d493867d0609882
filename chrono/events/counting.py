"""Counting times from another: a clock time that goes with a count ("at 6 a.m. ten days before the
shooting"), a time counted from the publication day counted from another day instead, and the time of a
happening told in a clause ("the day he was killed")."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from ..model import Event, Timex, TimexType
from ..timevalue import add_months, interval


def clock_before(t: Timex, timexes: Sequence[Timex], text: str) -> Timex | None:
    """A time of day right before a duration ("at 6 a.m. ten days before ..."): the time expression, when
    it is a clock time (a value with a time part) and only blanks stand between them; None otherwise."""
    for u in timexes:
        if u.type == TimexType.TIME and "T" in u.value and u.end <= t.start and not text[u.end:t.start].strip():
            return u
    return None


def count(value: str, grain: str, published: date, anchor: date) -> str | None:
    """``value``, counted from ``published`` at ``grain``, counted the same from ``anchor`` instead."""
    if grain == "day":
        return (anchor + (date.fromisoformat(value) - published)).isoformat()
    if grain == "week":
        monday = interval(value)[0]
        day = anchor + (monday - (published - timedelta(days=published.weekday())))
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if grain == "month":
        months = (int(value[:4]) - published.year) * 12 + int(value[5:7]) - published.month
        return add_months(anchor, months).isoformat()[:7]
    if grain == "year":
        return str(anchor.year + int(value[:4]) - published.year)
    return None


def told_in_clause(pattern, kinds: dict, anchor_when, sentence: str, off: int, earlier: Sequence[Event],
                   text: str) -> list[Timex]:
    """"the day he was killed" (``pattern``: the language's ``anchor_clause``): the date of the latest earlier
    event whose trigger shares the verb's stem or a word of its kind ("killed" / "shot": ``kinds``, the
    language's ``event_nouns``), whatever its grain (``anchor_when``: :meth:`.RelativeDates._anchor_when`)."""
    out = []
    for m in pattern.finditer(sentence) if pattern is not None else ():
        verb = m.group("verb").lower()
        kind = next((s for s in kinds.values() if verb.startswith(s)), ())
        when = anchor_when(verb, earlier, kind)
        if when is not None:
            start, end = off + m.start(), off + m.end()
            out.append(Timex(start, end, text[start:end], TimexType.DATE, when.value, rule="relative-event"))
    return out


__all__ = ["clock_before", "count", "told_in_clause"]
