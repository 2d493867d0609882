"""Resolution: an underspecified :class:`Spec` plus an anchor becomes a TIMEX3 value and its :class:`~chrono.model.Anchor`.

Pure functions only. The anchor (publication date) and the last mentioned value are arguments; the tense of
the sentence ("past", "future", "present" or None) decides the direction of weekdays and months without a year.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ..model import Anchor, AnchorKind, AnchorPolicy, Grain
from ..timevalue import add_months, interval
from .spec import Spec, SpecKind
from .weekdays import nth_weekday, weekday_by_tense

_GRAIN_OF_UNIT = {"century": Grain.CENTURY, "decade": Grain.DECADE, "year": Grain.YEAR,
                  "half": Grain.HALF, "quarter": Grain.QUARTER, "month": Grain.MONTH,
                  "week": Grain.WEEK, "weekend": Grain.WEEK, "day": Grain.DAY, "time": Grain.TIME}

#: In a past-tense sentence, a day without a year ("Dec. 15") up to this many months after the
#: publication date is this year's (a deadline or a plan: "declared a dividend payable Dec. 15"),
#: not last year's; a bare month only up to one month ("Prices fell in December" is last year's).
NEAR_FUTURE_MONTHS = 2
NEAR_FUTURE_BARE_MONTHS = 1
#: An event named by its day ("the Oct. 23 slaying") more than this many days away from the
#: anchor follows the tense of its sentence rather than the nearest occurrence.
NEAREST_EVENT_DAYS = 92


def year_of_story(spec: Spec, story: date, anchor: date) -> int | None:
    """The year of a month or day without one ("On 29 June") in a past sentence of a story that is
    telling an earlier year ("On 9 June 2014 ... On 29 June ..."): the first such month or day from
    the story's date on, if it is not after the anchor; None otherwise (the tense decides)."""
    if spec.month is None or spec.future is not None or story.year == anchor.year:
        return None
    year = story.year
    start = _fields_start(year, spec)
    if start < _granular_ref(spec, story):
        year += 1                                   # the story moves on: "17 October 2016 ... late January"
        start = _fields_start(year, spec)
    if year == anchor.year or start > _granular_ref(spec, anchor):
        return None
    return year


def format_at(d: date, unit: str) -> str:
    """The TIMEX3 value of the calendar ``unit`` that contains day ``d``."""
    if unit == "day":
        return d.isoformat()
    if unit in ("week", "weekend"):
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit == "half":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if unit == "year":
        return f"{d.year:04d}"
    if unit == "decade":
        return f"{d.year // 10:03d}"
    if unit == "century":
        return f"{d.year // 100:02d}"
    return d.isoformat()


def shift(d: date, n: int, unit: str) -> date:
    """Day ``d`` moved by ``n`` calendar units (month arithmetic keeps the first of month)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + timedelta(days=7 * n)
    if unit == "month":
        return add_months(d, n) if n else d
    if unit == "quarter":
        return add_months(d, 3 * n) if n else d
    if unit == "half":
        return add_months(d, 6 * n) if n else d
    if unit == "year":
        return _safe_replace_year(d, d.year + n)
    if unit == "decade":
        return _safe_replace_year(d, d.year + 10 * n)
    if unit == "century":
        return _safe_replace_year(d, d.year + 100 * n)
    return d


def _safe_replace_year(d: date, year: int) -> date:
    if not 1 <= year <= 9999:
        raise ValueError("year out of range")
    try:
        return d.replace(year=year)
    except ValueError:            # 29 February
        return d.replace(year=year, day=28)


def _unit_of(grain: Grain) -> str:
    return {Grain.CENTURY: "century", Grain.DECADE: "decade", Grain.YEAR: "year", Grain.HALF: "half", Grain.SEASON: "quarter",
            Grain.QUARTER: "quarter", Grain.MONTH: "month", Grain.WEEK: "week", Grain.DAY: "day", Grain.TIME: "day"}[grain]


def _fields_value(year: int | None, spec: Spec) -> str:
    y = "XXXX" if year is None else f"{year:04d}"
    if spec.month is not None:
        v = f"{y}-{spec.month:02d}"
        if spec.day is not None:
            v += f"-{spec.day:02d}"
    elif spec.quarter is not None:
        v = f"{y}-Q{spec.quarter}"
    elif spec.half is not None:
        v = f"{y}-H{spec.half}"
    elif spec.season is not None:
        v = f"{y}-{spec.season}"
    else:
        v = y
    return v


def _fields_start(year: int, spec: Spec) -> date:
    if spec.month is not None:
        return date(year, spec.month, spec.day or 1)
    if spec.quarter is not None:
        return date(year, 3 * spec.quarter - 2, 1)
    if spec.half is not None:
        return date(year, 6 * spec.half - 5, 1)
    if spec.season is not None:
        return date(year, {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[spec.season], 1)
    return date(year, 1, 1)


def _granular_ref(spec: Spec, ref: date) -> date:
    """The reference day truncated to the grain of the spec's open fields."""
    if spec.day is not None:
        return ref
    if spec.month is not None:
        return date(ref.year, ref.month, 1)
    if spec.quarter is not None:
        return date(ref.year, 3 * ((ref.month - 1) // 3) + 1, 1)
    if spec.half is not None:
        return date(ref.year, 1 if ref.month <= 6 else 7, 1)
    if spec.season is not None:
        return date(ref.year, ref.month, 1)
    return ref


def year_by_tense(spec: Spec, ref: date, tense: str | None) -> int:
    """The year of a date without one ("July", "Sept. 30", "the third quarter")."""
    direction = {True: "future", False: "past"}.get(spec.future, tense) if spec.future is not None else tense
    ref0 = _granular_ref(spec, ref)
    same = _fields_start(ref.year, spec)
    if spec.future is not None and spec.n:          # "last April", "next May": strictly before/after
        if spec.future:
            return ref.year if same > ref0 else ref.year + 1
        return ref.year if same < ref0 else ref.year - 1
    if spec.quarter is not None or spec.half is not None:
        # reports speak of the current year's quarters ("expects to report third-quarter results"); a
        # past sentence of a later quarter means last year's, a future one of a quarter ended more than a
        # quarter ago next year's ("orders would recover in the first quarter", written in November)
        behind = (ref0.year - same.year) * 12 + ref0.month - same.month > 3 and spec.quarter is not None
        return ref.year - 1 if direction == "past" and same > ref0 else ref.year + (direction == "future" and behind)
    if direction == "past":
        # a date just ahead of the anchor is more likely a plan or a deadline than last year's
        ahead = (same.year - ref0.year) * 12 + same.month - ref0.month
        near = (NEAR_FUTURE_MONTHS if spec.day is not None else NEAR_FUTURE_BARE_MONTHS) if spec.month is not None else 0
        if same < ref0 and ahead + 12 <= near:
            return ref.year + 1           # "declared a dividend payable Jan. 5", written in December
        return ref.year if same <= ref0 or ahead <= near else ref.year - 1
    if direction == "future":
        # a day a few days before the anchor is this year's (a late report), not next year's
        behind = (ref0 - same).days
        return ref.year if same >= ref0 or (spec.day is not None and behind <= 7) else ref.year + 1
    # no tense: the nearest occurrence
    best = ref.year
    best_gap = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            gap = abs((_fields_start(y, spec) - ref0).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap or (gap == best_gap and y < best):
            best, best_gap = y, gap
    return best


def _ref_date(value: str | None) -> tuple[date, Grain] | None:
    if not value:
        return None
    iv = interval(value.split("T")[0] if "T" in value else value)
    if iv is None:
        return None
    return iv[0], iv[2]


NONE = Anchor(AnchorKind.NONE)


def resolve(spec: Spec, anchor: date | None, tense: str | None = None, previous: str | None = None,
            policy: AnchorPolicy = AnchorPolicy.NEWS, story: str | None = None,
            written: str | None = None) -> tuple[str, Anchor]:
    """The TIMEX3 value of a spec, and what it was resolved against.

    ``anchor`` is the publication date (or None); ``previous`` the value of the last
    mentioned date; ``tense`` the tense of the sentence; ``story`` the value of a date just
    mentioned with an explicit year (or counted from one), the year a story is telling;
    ``written`` the last year written in the text ("1917"): in a narrative, the year of a
    month or day without one ("In 1917 ... on 3 March").
    """
    try:
        return _resolve(spec, anchor, tense, previous, policy, story, written)
    except (ValueError, OverflowError):
        return _underspecified(spec), NONE


def _underspecified(spec: Spec) -> str:
    if spec.kind is SpecKind.FIXED:
        return spec.value
    if spec.kind is SpecKind.DATE:
        return _fields_value(spec.year, spec) + (spec.time or "")
    if spec.kind is SpecKind.WEEKDAY:
        return f"XXXX-WXX-{spec.weekday}" + (spec.time or spec.part or "")
    if spec.kind is SpecKind.WEEKEND:
        return "XXXX-WXX-WE"
    if spec.kind is SpecKind.OFFSET:
        if spec.unit in ("day", "time") and spec.time:
            return "XXXX-XX-XX" + spec.time
        return {"day": "XXXX-XX-XX", "week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX",
                "quarter": "XXXX-QX", "half": "XXXX-HX", "year": "XXXX", "decade": "XXX",
                "century": "XX"}.get(spec.unit or "", "XXXX") + (spec.time or "")
    return "XXXX"


class _Ref:
    """The reference of deictic expressions: a day, what it is (an anchor), and the last mentioned date."""

    def __init__(self, day: date, anchor: Anchor, previous: str | None, prev: tuple[date, Grain] | None):
        self.day, self.anchor, self.previous, self.prev = day, anchor, previous, prev

    def by(self, tense: str | None) -> Anchor:
        return replace(self.anchor, tense=tense or "none")

    @property
    def previous_anchor(self) -> Anchor:
        return Anchor(AnchorKind.PREVIOUS, self.previous)


def _resolve(spec: Spec, anchor: date | None, tense: str | None, previous: str | None,
             policy: AnchorPolicy, story: str | None = None, written: str | None = None) -> tuple[str, Anchor]:
    if spec.kind is SpecKind.FIXED:
        return spec.value, NONE
    prev = _ref_date(previous)
    narrative = policy == AnchorPolicy.NARRATIVE
    if narrative and prev is not None and not (spec.deictic and anchor is not None):   # "four years ago": of today
        ref = _Ref(prev[0], Anchor(AnchorKind.PREVIOUS, previous), previous, prev)
    elif anchor is not None and not (narrative and spec.anaphoric):     # ("two years later" in a history: not of today)
        ref = _Ref(anchor, Anchor(AnchorKind.DCT, anchor.isoformat()), previous, prev)
    elif prev is not None:
        ref = _Ref(prev[0], Anchor(AnchorKind.PREVIOUS, previous), previous, prev)
    else:
        return _underspecified(spec), NONE
    if spec.kind is SpecKind.DATE:
        if narrative and written is not None and spec.year is None and spec.future is None:
            from .narrative import year_written
            year = year_written(spec, int(written), prev)       # "In 1917 ... on 3 March"
            return (_fields_value(year, spec) + (spec.time or ""),
                    Anchor(AnchorKind.PREVIOUS, written if year == int(written) else previous, tense="none"))
        return _resolve_date(spec, anchor, tense, ref, narrative, story)
    if spec.kind is SpecKind.WEEKDAY:
        tense = spec.tense or tense
        day, ref_anchor = ref.day, ref.anchor
        if spec.anaphoric and prev is not None and prev[1] in (Grain.DAY, Grain.TIME):
            day, ref_anchor = prev[0], ref.previous_anchor
        d = weekday_by_tense(spec.weekday or 1, day, tense, spec.future,
                             spec.time if ref_anchor.kind is AnchorKind.DCT else None)
        return d.isoformat() + (spec.time or spec.part or ""), replace(ref_anchor, tense=tense or "none")
    if spec.kind is SpecKind.WEEKEND:
        d = weekday_by_tense(6, ref.day, tense, spec.future)
        return format_at(d, "weekend"), ref.by(tense)
    if spec.kind is SpecKind.HOLIDAY:
        return _resolve_holiday(spec, tense, ref)
    if spec.kind is SpecKind.OFFSET:
        return _resolve_offset(spec, ref)
    if spec.kind is SpecKind.PREVIOUS:
        return _resolve_previous(spec, ref)
    return _underspecified(spec), NONE


def _resolve_date(spec: Spec, anchor: date | None, tense: str | None, ref: _Ref, narrative: bool,
                  story: str | None) -> tuple[str, Anchor]:
    if spec.year is not None:
        return _fields_value(spec.year, spec) + (spec.time or ""), NONE
    sentence_tense = tense
    tense = spec.tense or tense
    prev = ref.prev
    if narrative and prev is not None and prev[1] == Grain.YEAR and spec.future is None \
            and ref.anchor.kind is AnchorKind.PREVIOUS:
        # a story told year by year: "The turning point came in 2016. In July, ..." is July 2016
        return _fields_value(prev[0].year, spec) + (spec.time or ""), ref.anchor
    told = _ref_date(story) if tense == "past" and anchor is not None else None
    year = year_of_story(spec, told[0], anchor) if told is not None else None
    if year is not None:
        return _fields_value(year, spec) + (spec.time or ""), Anchor(AnchorKind.STORY, story, tense="past")
    if spec.tense == "nearest" and sentence_tense in ("past", "future"):
        # an event named by its day is the nearest such day, unless that is months away
        # on the other side of the sentence's tense ("since the Oct. 23 slaying", in May)
        year = year_by_tense(spec, ref.day, None)
        gap = (_fields_start(year, spec) - ref.day).days
        if abs(gap) > NEAREST_EVENT_DAYS and (gap > 0) != (sentence_tense == "future"):
            year = year_by_tense(spec, ref.day, sentence_tense)
    else:
        year = year_by_tense(spec, ref.day, tense)
    how = ref.by(tense) if spec.future is None else replace(ref.anchor, by_words=True)
    return _fields_value(year, spec) + (spec.time or ""), how


def _resolve_holiday(spec: Spec, tense: str | None, ref: _Ref) -> tuple[str, Anchor]:
    month, wd, nth, start = spec.nth
    day_in = lambda year: nth_weekday(year, month, wd, nth, start)     # noqa: E731 - the holiday of a year
    if spec.year is not None:
        return day_in(spec.year).isoformat(), NONE
    this = day_in(ref.day.year)
    direction = {True: "future", False: "past"}.get(spec.future, tense)
    if direction == "past" and this > ref.day:
        this = day_in(ref.day.year - 1)
    elif direction == "future" and this < ref.day:
        this = day_in(ref.day.year + 1)
    elif direction is None:                       # no tense: the nearest one
        this = min((day_in(y) for y in (ref.day.year - 1, ref.day.year, ref.day.year + 1)),
                   key=lambda d: (abs((d - ref.day).days), d))
    return this.isoformat(), ref.by(tense)


def _resolve_offset(spec: Spec, ref: _Ref) -> tuple[str, Anchor]:
    prev = ref.prev
    if spec.unit == "time":
        # a time of day: on the last mentioned day if there is one, else on the anchor
        if prev is not None and prev[1] in (Grain.DAY, Grain.TIME):
            return prev[0].isoformat() + (spec.time or ""), ref.previous_anchor
        return ref.day.isoformat() + (spec.time or ""), ref.anchor
    unit = spec.unit or "day"
    if spec.anaphoric and prev is not None:
        pdate, pgrain = prev
        punit = _unit_of(pgrain)
        if _GRAIN_OF_UNIT[unit].rank > max(pgrain.rank, Grain.MONTH.rank):   # "the next morning" after "in 1990": no day
            value, year = _underspecified(spec), spec.n and shift(pdate, spec.n, unit).year == pdate.year and not spec.time
            return (f"{pdate.year:04d}{value[4:]}", ref.previous_anchor) if year and value[:5] == "XXXX-" else (value, NONE)
        if unit == "year" and (punit in ("quarter", "half") or spec.grain == "quarter" and punit in ("day", "month")):
            # the finer grain of the reference ("a year earlier" of 1989-Q3 is 1988-Q3), a named quarter's of a day's
            grain = punit if punit in ("quarter", "half") else "quarter"    # ("the year-ago quarter" of "ended Sept. 30")
            return format_at(shift(pdate, spec.n, unit), grain) + (spec.time or ""), ref.previous_anchor
        return format_at(shift(pdate, spec.n, unit), unit) + (spec.time or ""), ref.previous_anchor
    d = shift(ref.day, spec.n, unit)
    if spec.season is not None and unit == "year":
        return f"{d.year:04d}-{spec.season}", ref.anchor
    return format_at(d, unit) + (spec.time or ""), ref.anchor


def _resolve_previous(spec: Spec, ref: _Ref) -> tuple[str, Anchor]:
    prev = ref.prev
    if spec.year is not None:
        # "the 1988 period": the quarter of the last mentioned date, in the year named
        if prev is not None and prev[1] == Grain.QUARTER and spec.unit == "quarter":
            return f"{spec.year:04d}-Q{(prev[0].month - 1) // 3 + 1}", ref.previous_anchor
        return f"{spec.year:04d}", NONE
    if spec.season is not None:          # "that summer": the season of the year last spoken of
        year = prev[0].year if prev is not None else ref.day.year
        return f"{year:04d}-{spec.season}", ref.previous_anchor if prev is not None else ref.anchor
    unit = spec.unit or "day"
    fits = (prev is not None and (prev[1] == _GRAIN_OF_UNIT[unit] if unit == "quarter"
                                  else _GRAIN_OF_UNIT[_unit_of(prev[1])].rank >= _GRAIN_OF_UNIT[unit].rank))
    if fits:
        return format_at(prev[0], unit) + (spec.time or ""), ref.previous_anchor
    d = shift(ref.day, spec.n, unit)
    return format_at(d, unit) + (spec.time or ""), ref.anchor


__all__ = ["resolve", "format_at", "shift", "year_by_tense", "weekday_by_tense", "add_months"]
