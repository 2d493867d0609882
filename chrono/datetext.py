"""How a date is shown to a person: at its true precision, never more precise than it is.

The words come from a language pack (:class:`chrono.lang.display.DateWords`; by default the
default language's), the rules of precision from here.

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

Where an event runs on a timeline and the rows of a briefing are in :mod:`chrono.present`.
"""
from __future__ import annotations

from datetime import date, timedelta

from . import lang
from .lang.display import DateWords, DisplayWords
from .model import Event, Grain, When
from .timevalue import interval


def words_of(language: "lang.Language | str | None" = None, locale: str | None = None) -> DisplayWords:
    """The display words of a language (a :class:`~chrono.lang.Language` or a code; ``None``: the
    default language). A pack that has none is shown in the default language's words. A ``locale``
    (``"pt_BR"``) overrides both: its language's words with its CLDR dates (:mod:`chrono.locales`)."""
    if locale:
        from .locales import display_words
        return display_words(locale)
    pack = lang.of(language)
    return pack.display if pack.display is not None else lang.get(lang.DEFAULT).display


def _dates(words: DateWords | None) -> DateWords:
    return words if words is not None else words_of().dates


def day_text(d: date, *, year: bool = True, words: DateWords | None = None) -> str:
    """``Fri 13 Oct 2017`` (or ``Fri 13 Oct`` without the year)."""
    w = _dates(words)
    if year and w.day_year:
        return w.day_year.format(weekday=w.weekdays[d.weekday()], day=d.day, month=w.months[d.month - 1],
                                 month_number=d.month, year=d.year)
    text = w.day.format(weekday=w.weekdays[d.weekday()], day=d.day, month=w.months[d.month - 1],
                        month_number=d.month)
    return w.with_year.format(text=text, year=d.year) if year else text


def month_text(d: date, *, year: bool = True, words: DateWords | None = None) -> str:
    """``Nov 2015`` (or ``Nov``)."""
    w = _dates(words)
    month = w.months[d.month - 1]
    return w.month.format(month=month, month_number=d.month, year=d.year) if year else month


def _days_text(value: str, grain: Grain, start: date, end: date, year: bool, w: DateWords) -> str:
    """A day, a run of days ("today or tomorrow"), or a day with its time or part of the day."""
    if (end - start).days > 1:
        last = end - timedelta(days=1)
        if last.month == start.month and last.year == start.year:
            return w.day_run.format(weekday=w.weekdays[start.weekday()], day=start.day,
                                    last=day_text(last, year=year, words=w))
        return w.run.format(first=day_text(start, year=year and start.year != last.year, words=w),
                            last=day_text(last, year=year, words=w))
    text = day_text(start, year=year, words=w)
    if grain is Grain.TIME and "T" in value:
        clock = value.split("T", 1)[1]
        if len(clock) >= 5 and clock[:2].isdigit() and clock[3:5].isdigit():
            text = w.clock.format(text=text, clock=clock[:5])
        elif clock in w.parts_of_day:
            text = w.parts_of_day[clock].format(text=text)
    return text


def _value_text(value: str, grain: Grain, start: date, end: date, *, year: bool, w: DateWords) -> str:
    if grain in (Grain.DAY, Grain.TIME):
        return _days_text(value, grain, start, end, year, w)
    if grain is Grain.WEEK:
        return (w.weekend if value.endswith("-WE") else w.week).format(day=day_text(start, year=year, words=w))
    if grain is Grain.MONTH:
        return month_text(start, year=year, words=w)
    if grain is Grain.QUARTER:
        return w.quarter.format(quarter=(start.month - 1) // 3 + 1, year=start.year)
    if grain is Grain.HALF:
        return w.halves[0 if start.month == 1 else 1].format(year=start.year)
    if grain is Grain.SEASON:
        return w.season.format(season=w.seasons.get(value[-2:], w.unknown_season),
                               year=end.year if value.endswith("WI") else start.year)
    if grain is Grain.DECADE:
        return w.decade.format(decade=start.year)
    if grain is Grain.CENTURY:
        return w.century.format(ordinal=w.ordinals(start.year // 100 + 1))
    return str(start.year)


def _vague_text(when: When, timex_text: str, w: DateWords) -> str:
    """A date with no interval: the words of the text ("in the days ahead"), else the value's words."""
    words = " ".join((timex_text or "").split())
    if words:
        if not words.lower().startswith(w.introductions):
            duration = (when.value or "").startswith("P") and not (when.value or "").endswith("_REF")   # not PAST_REF
            words = (w.introduce_duration if duration else w.introduce).format(words=words)
        return words
    return w.vague.get(when.value, w.undated if not when.value else when.value)


def show(when: When, *, year: bool = True, timex_text: str = "", words: DateWords | None = None) -> str:
    """A date as a person writes it, at the precision it has ("early 2014", "since Fri 13 Oct").

    ``year=False`` drops the year of a day ("Fri 13 Oct") where the context gives it.
    Vague values (FUTURE_REF, ...) use the words of the text when given ("in the days ahead").
    """
    w = _dates(words)
    base = interval(when.value) if when.value else None
    if base is None:
        return _vague_text(when, timex_text, w)
    start, end, grain = base
    if when.start and when.end and grain in (Grain.DAY, Grain.TIME) and when.start == start:
        end = max(end, when.end)                       # a run of days: "Sat 14–Sun 15 Oct"
    text = _value_text(when.value, grain, start, end, year=year, w=w)
    if when.mod in w.mods:
        on_a_day = when.mod == "MID" and grain in (Grain.DAY, Grain.TIME)
        text = (w.mid_day if on_a_day else w.mods[when.mod]).format(text=text)
    relation = getattr(when.relation, "value", when.relation)
    return w.relations.get(relation, "{text}").format(text=text)


def show_event(event: Event, *, year: bool = True, words: DateWords | None = None) -> str:
    """The date of an event as shown in tables and labels."""
    return show(event.when, year=year, timex_text=event.timex_text, words=words)


__all__ = ["day_text", "month_text", "show", "show_event", "words_of"]
