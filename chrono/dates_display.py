"""How a date is shown to a person: at its true precision, never more precise than it is.

>>> from datetime import date
>>> from chrono.model import When, Grain, Relation
>>> show(When("2014", "START", date(2014, 1, 1), date(2014, 5, 1), Grain.YEAR))
'early 2014'
>>> show(When("2015-11", None, date(2015, 11, 1), date(2015, 12, 1), Grain.MONTH))
'Nov 2015'
>>> show(When("2017-10-13", None, date(2017, 10, 13), date(2017, 10, 14), Grain.DAY, Relation.SINCE),
...      year=False)
'since Fri 13 Oct'
>>> show(When("FUTURE_REF", None, None, None, None), timex_text="the days ahead")
'in the days ahead'

Also: the calendar span an event occupies on a timeline (:func:`span`), and the date of a
chronology's briefing (:func:`briefing_date`: the latest publication date, never the clock).
"""
from __future__ import annotations

from datetime import date, timedelta

from .model import Chronology, Event, Grain, Relation, When
from .timevalue import interval

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_VAGUE = {"FUTURE_REF": "in the future", "PAST_REF": "in the past", "PRESENT_REF": "now"}
_MOD_PREFIX = {"START": "early ", "MID": "mid-", "END": "late ", "APPROX": "about ",
               "BEFORE": "before ", "AFTER": "after ", "ON_OR_BEFORE": "by ", "ON_OR_AFTER": "from ",
               "LESS_THAN": "less than ", "MORE_THAN": "more than "}
_RELATION_PREFIX = {Relation.ON: "", Relation.SINCE: "since ", Relation.UNTIL: "until ",
                    Relation.BEFORE: "before ", Relation.AFTER: "after ", Relation.DURING: "during "}
_PREPOSITIONS = ("in ", "within ", "on ", "at ", "by ", "since ", "until ", "after ", "before ",
                 "during ", "from ", "over ", "for ", "soon", "later", "recently", "now", "today",
                 "tomorrow", "yesterday", "next ", "last ", "this ")


def day_text(d: date, *, year: bool = True) -> str:
    """``Fri 13 Oct 2017`` (or ``Fri 13 Oct`` without the year)."""
    text = f"{_DAYS[d.weekday()]} {d.day} {_MONTHS[d.month - 1]}"
    return f"{text} {d.year}" if year else text


def month_text(d: date, *, year: bool = True) -> str:
    """``Nov 2015`` (or ``Nov``)."""
    return f"{_MONTHS[d.month - 1]} {d.year}" if year else _MONTHS[d.month - 1]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _value_text(value: str, grain: Grain, start: date, end: date, *, year: bool) -> str:
    if grain in (Grain.DAY, Grain.TIME):
        days = (end - start).days
        if days > 1:                                   # "today or tomorrow": a run of days
            last = end - timedelta(days=1)
            if last.month == start.month and last.year == start.year:
                return f"{_DAYS[start.weekday()]} {start.day}–{day_text(last, year=year)}"
            return f"{day_text(start, year=year and start.year != last.year)}–{day_text(last, year=year)}"
        text = day_text(start, year=year)
        if grain is Grain.TIME and "T" in value:
            clock = value.split("T", 1)[1]
            if len(clock) >= 5 and clock[:2].isdigit() and clock[3:5].isdigit():
                text += f", {clock[:5]}"
            elif clock in ("MO", "AF", "EV", "NI"):
                text += {"MO": " morning", "AF": " afternoon", "EV": " evening", "NI": " night"}[clock]
        return text
    if grain is Grain.WEEK:
        if value.endswith("-WE"):
            return f"weekend of {day_text(start, year=year)}"
        return f"week of {day_text(start, year=year)}"
    if grain is Grain.MONTH:
        return month_text(start, year=year)
    if grain is Grain.QUARTER:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if grain is Grain.HALF:
        return f"{'first' if start.month == 1 else 'second'} half of {start.year}"
    if grain is Grain.SEASON:
        return f"{_SEASONS.get(value[-2:], 'season')} {end.year if value.endswith('WI') else start.year}"
    if grain is Grain.DECADE:
        return f"{start.year}s"
    if grain is Grain.CENTURY:
        return f"{_ordinal(start.year // 100 + 1)} century"
    return str(start.year)


def show(when: When, *, year: bool = True, timex_text: str = "") -> str:
    """A date as a person writes it, at the precision it has ("early 2014", "since Fri 13 Oct").

    ``year=False`` drops the year of a day ("Fri 13 Oct") where the context gives it.
    Vague values (FUTURE_REF, ...) use the words of the text when given ("in the days ahead").
    """
    base = interval(when.value) if when.value else None
    if base is None:
        words = " ".join((timex_text or "").split())
        if words:
            if not words.lower().startswith(_PREPOSITIONS):
                words = ("within " if (when.value or "").startswith("P") else "in ") + words
            return words
        return _VAGUE.get(when.value, "undated" if not when.value else when.value)
    start, end, grain = base
    if when.start and when.end and grain in (Grain.DAY, Grain.TIME) and when.start == start:
        end = max(end, when.end)                       # a run of days: "Sat 14–Sun 15 Oct"
    text = _value_text(when.value, grain, start, end, year=year)
    if when.mod in _MOD_PREFIX:
        prefix = _MOD_PREFIX[when.mod]
        if when.mod == "MID" and grain in (Grain.DAY, Grain.TIME):
            prefix = "midday "
        text = prefix + text
    return _RELATION_PREFIX.get(when.relation, "") + text


def show_event(event: Event, *, year: bool = True) -> str:
    """The date of an event as shown in tables and labels."""
    return show(event.when, year=year, timex_text=event.timex_text)


def published_dates(chron: Chronology) -> list[date]:
    return sorted(d.published for d in chron.documents if d.published)


def briefing_date(chron: Chronology) -> date | None:
    """The date of the briefing: the latest publication date of its documents (no clock).

    Without any publication date, the end of the latest dated event, else ``None``.
    """
    dates = published_dates(chron)
    if dates:
        return dates[-1]
    ends = [e.when.end - timedelta(days=1) for e in chron.events if e.when.end]
    return max(ends) if ends else None


def event_published(chron: Chronology, event: Event) -> date | None:
    """The publication date that a "since" event runs to: the latest of the documents that mention
    it, else the briefing date."""
    by_id = {d.id: d.published for d in chron.documents}
    dates = [by_id.get(m.doc) for m in event.mentions]
    dates = [d for d in dates if d]
    return max(dates) if dates else briefing_date(chron)


def span(event: Event, published: date | None) -> tuple[date, date] | None:
    """The half-open calendar span ``[start, end)`` an event occupies on a timeline.

    A "since" event runs from its date to the publication date (inclusive, so the end is the
    day after it); other events cover their interval. Vague events have no span: ``None``.
    """
    w = event.when
    start, end = w.start, w.end
    if start is None or end is None:
        base = interval(w.value, w.mod) if w.value else None
        if base is None:
            return None
        start, end = base[0], base[1]
    if end <= start:
        end = start + timedelta(days=1)
    if w.relation is Relation.SINCE and published is not None:
        end = max(end, published + timedelta(days=1))
    return start, end


def is_point(event: Event) -> bool:
    """True when an event is a single day (or a time of day): drawn as a point."""
    w = event.when
    g = w.granularity or (interval(w.value)[2] if w.value and interval(w.value) else None)
    if g not in (Grain.DAY, Grain.TIME):
        return False
    if w.start and w.end:
        return (w.end - w.start).days <= 1
    return True


__all__ = ["show", "show_event", "day_text", "month_text", "span", "is_point", "briefing_date", "event_published",
           "published_dates"]
