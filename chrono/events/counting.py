"""Counting times from another: a clock time that goes with a count ("at 6 a.m. ten days before the
shooting"), a time counted from the publication day counted from another day instead, and the time of a
happening told in a clause ("the day he was killed"), and a time counted from a date told after it ("two days
after Oct. 12", "the day after Christmas": :func:`from_date`)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from ..model import Event, Relation, Timex, TimexType
from ..timevalue import add_months, interval

_DURATION = re.compile(r"^P(?:(\d+|X)([DW])|T(\d+|X)H)$")
_YEARS = re.compile(r"^P(\d+)Y$")
_WORD = re.compile(r"[\w'’\-]+")
_DAY = timedelta(days=1)
#: The noun a date premodifies, to the clause's end: "[Oct. 12] crash,", "[last Tuesday]'s federal court hearing,".
_DATED_NOUN = re.compile(r"(?:['’]s)?(?:\s+[a-z][\w\-]*){1,3}(?=\s*(?:[,;:.!?—–]|$))")


def from_date(sentence: str, off: int, timexes: Sequence[Timex], text: str, step, directions: dict[str, str],
              stopwords: frozenset[str]) -> list[Timex]:
    """Dates counted from a date told right after "after"/"before" (``directions``; an article between at most):
    "two days after Oct. 12", "Two days after the Oct. 12 crash" (the noun it premodifies goes with it), "three
    years after 1995" (a count in two words: not "eight trading days"), and the language's ``step`` ("the day
    after Christmas"). One time expression from the count to the date (or its noun), of the date that many days,
    weeks or years on (or back)."""
    out: list[Timex] = []
    for k, u in enumerate(timexes):
        t = timexes[k - 1] if k else None
        if u.type != TimexType.DATE or u.mod is not None:
            continue
        between = _WORD.findall(sentence[t.end - off:u.start - off]) if t is not None else []
        found = step.search(sentence[:u.start - off]) if step is not None else None
        if found is not None and found.end() == u.start - off:
            delta = _DAY if found.group("unit").lower() == "day" else 7 * _DAY
            after, begin = directions.get(found.group("dir").lower()) == Relation.AFTER.value, off + found.start()
        elif t is not None and t.type == TimexType.DURATION and len(_WORD.findall(t.text)) <= 2 and between and \
                between[0].lower() in directions and len(between) <= 2 and all(w.lower() in stopwords for w in between[1:]):
            delta, after, begin = shift(t.value), directions[between[0].lower()] == Relation.AFTER.value, t.start
            years = _YEARS.match(t.value)
            if years and re.fullmatch(r"\d{4}", u.value):
                n = int(years.group(1))
                out.append(_counted(sentence, off, text, begin, u, str(int(u.value) + (n if after else -n))))
                continue
        else:
            continue
        day = _day(u.value)
        if delta is not None and day is not None:
            out.append(_counted(sentence, off, text, begin, u, (day + delta if after else day - delta).isoformat()))
    return out


def _counted(sentence: str, off: int, text: str, begin: int, u: Timex, value: str) -> Timex:
    tail = _DATED_NOUN.match(sentence, u.end - off)      # "the Oct. 12 crash,", "last Tuesday's hearing,": its noun too
    end = off + tail.end() if tail else u.end
    return Timex(begin, end, text[begin:end], TimexType.DATE, value, rule="relative-event")


def _day(value: str) -> date | None:
    """The day a TIMEX3 value names (``YYYY-MM-DD``), or None."""
    try:
        return date.fromisoformat(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None
    except ValueError:
        return None


def shift(value: str) -> timedelta | None:
    """The length of a duration value in days, hours within a day counting none; None if unknown."""
    m = _DURATION.match(value)
    if m is None:
        return None
    if m.group(3) is not None:
        return timedelta(0) if m.group(3) == "X" or int(m.group(3)) < 24 else None
    if m.group(1) == "X":
        return None
    n = int(m.group(1))
    return timedelta(days=n * (7 if m.group(2) == "W" else 1))


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


__all__ = ["from_date", "shift", "clock_before", "count", "told_in_clause"]
