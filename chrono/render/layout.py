"""Where things go on a broken time axis: pure functions, no matplotlib.

A chronology often spans years with most events in its last days. The axis is broken into
*segments*, one per cluster of events (clusters are split where nothing happens for more than a
month), each with its own scale, plus a *next* zone after the publication date for events with no
interval ("in the days ahead"). Positions are day numbers (``date.toordinal()``; a day ``d`` covers
``[d, d + 1)``, its point is ``d + 0.5``).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from ..datetext import month_text, words_of
from ..lang.display import DateWords

MIN_GAP_DAYS = 30
MAX_SEGMENTS = 6


@dataclass(frozen=True)
class Segment:
    """A stretch of time drawn at its own scale: the half-open days ``[start, end)`` it covers,
    and the view ``[lo, hi]`` (day numbers, with some padding)."""

    start: date
    end: date
    lo: float
    hi: float

    def holds(self, d: date) -> bool:
        return self.start <= d < self.end

    @property
    def days(self) -> int:
        return (self.end - self.start).days


def clusters(spans: list[tuple[date, date]], *, min_gap_days: int = MIN_GAP_DAYS,
             max_segments: int = MAX_SEGMENTS) -> list[tuple[date, date]]:
    """Group half-open spans into clusters separated by gaps of more than ``min_gap_days``.

    At most ``max_segments`` clusters: the closest neighbours (by gap relative to their extent) merge.
    """
    if not spans:
        return []
    groups: list[list[date]] = []
    for start, end in sorted(spans):
        if groups and (start - groups[-1][1]).days <= min_gap_days:
            groups[-1][1] = max(groups[-1][1], end)
        else:
            groups.append([start, end])
    while len(groups) > max_segments:
        def cost(i: int) -> float:
            gap = (groups[i + 1][0] - groups[i][1]).days
            extent = (groups[i + 1][1] - groups[i][0]).days
            return gap / max(extent, 1)
        i = min(range(len(groups) - 1), key=cost)
        groups[i:i + 2] = [[groups[i][0], max(groups[i][1], groups[i + 1][1])]]
    return [(a, b) for a, b in groups]


def segments(spans: list[tuple[date, date]], published: date | None, **kw) -> list[Segment]:
    """The segments of a broken axis that shows every span (and the publication day)."""
    spans = list(spans)
    if published is not None:
        spans.append((published, published + timedelta(days=1)))
    out = []
    for start, end in clusters(spans, **kw):
        days = (end - start).days
        pad = max(0.5, 0.05 * days)
        out.append(Segment(start, end, start.toordinal() - pad, end.toordinal() + pad))
    return out


def segment_of(segs: list[Segment], d: date) -> int:
    """The index of the segment that holds day ``d`` (the nearest one if none does)."""
    for i, s in enumerate(segs):
        if s.holds(d):
            return i
    return min(range(len(segs)), key=lambda i: min(abs((segs[i].start - d).days), abs((segs[i].end - d).days)))


def since_head(segs: list[Segment], k: int, end: date) -> tuple[int, float] | None:
    """Where the arrow of an event ongoing until ``end`` (exclusive), drawn from segment ``k``, ends:
    ``(segment, day number)``. When no segment holds ``end``'s last day (a period slide that stops
    before it), the arrow runs to the end of the last segment before it; ``None`` when that would
    point backwards (the arrow is not drawn)."""
    last = end - timedelta(days=1)
    for i, s in enumerate(segs):
        if s.holds(last):
            return (i, float(end.toordinal())) if i >= k else None
    before = [i for i, s in enumerate(segs) if s.end <= last and i >= k]
    return (before[-1], segs[before[-1]].hi) if before else None


def _words(words: DateWords | None) -> DateWords:
    return words if words is not None else words_of().dates


def headers(seg: Segment, words: DateWords | None = None) -> list[str]:
    """What a segment covers, longest first: ["Jan–Apr 2014", "2014"], ["Oct 2017", "2017"], ...

    The renderer uses the longest that fits the segment's width. ``words``: the month names and
    the run of a language (default: the default language's).
    """
    w = _words(words)
    first, last = seg.start, seg.end - timedelta(days=1)
    if first.year != last.year:
        return [w.run.format(first=first.year, last=last.year), w.run.format(first=first.year, last=str(last.year)[-2:]),
                str(first.year)]
    if first.month == last.month:
        return [month_text(first, words=w), str(first.year)]
    if first.month == 1 and last.month == 12:
        return [str(first.year)]
    months = w.run.format(first=w.months[first.month - 1], last=w.months[last.month - 1])
    return [w.month.format(month=months, year=first.year), str(first.year)]


def header(seg: Segment, words: DateWords | None = None) -> str:
    """The longest heading of a segment (see :func:`headers`)."""
    return headers(seg, words)[0]


def _add_months(d: date, months: int) -> date:
    m = d.month - 1 + months
    return date(d.year + m // 12, m % 12 + 1, 1)


def ticks(seg: Segment, fits: Callable[[list[str]], bool],
          words: DateWords | None = None) -> tuple[list[float], list[tuple[float, str]]]:
    """Boundary ticks and labels for a segment: ``(boundaries, [(position, label), ...])``.

    The finest unit (day, month or year, with steps) whose labels ``fits`` accepts (the renderer
    measures them against the segment's width). Days are labelled "Fri\\n13", months "Nov"
    (January as its year when the segment crosses years), years "2014". A label sits in the middle
    of the period it names; boundaries mark where periods start. ``words`` as for :func:`headers`.
    """
    w = _words(words)
    lo, hi = seg.lo, seg.hi
    first = date.fromordinal(int(lo) + (0 if lo == int(lo) else 1) if lo > 0 else 1)
    last = date.fromordinal(max(int(hi), 1))
    span_days = hi - lo
    crosses_year = seg.start.year != (seg.end - timedelta(days=1)).year

    def within(x: float) -> bool:
        return lo <= x <= hi

    def shown(a: date, b: date) -> bool:          # a period [a, b) that overlaps what the segment covers
        return a < seg.end and b > seg.start and within((a.toordinal() + b.toordinal()) / 2)

    for step in (1, 2, 7, 14):
        if span_days > 120 or span_days / step > 40:
            continue
        bounds = [d for d in range(first.toordinal(), last.toordinal() + 1)]
        starts = [d for d in bounds if (d - first.toordinal()) % step == 0] if step < 7 else \
            [d for d in bounds if date.fromordinal(d).weekday() == 0]
        labels = [(d + 0.5, w.tick_day.format(weekday=w.weekdays[date.fromordinal(d).weekday()],
                                              day=date.fromordinal(d).day))
                  for d in starts if shown(date.fromordinal(d), date.fromordinal(d + 1))]
        if labels and fits([t for _, t in labels]):
            return [float(d) for d in bounds if within(d)], labels
    for step in (1, 2, 3, 6):
        if span_days > 366 * 8:
            break
        start = date(first.year, first.month, 1)
        months = []
        d = start
        while d.toordinal() <= hi:
            months.append(d)
            d = _add_months(d, 1)
        picked = [m for m in months if (m.month - 1) % step == 0]
        labels = []
        for m in picked:
            mid = (m.toordinal() + _add_months(m, 1).toordinal()) / 2
            if shown(m, _add_months(m, 1)):
                text = str(m.year) if (crosses_year and m.month == 1) else w.months[m.month - 1]
                labels.append((mid, text))
        if labels and fits([t for _, t in labels]):
            return [float(m.toordinal()) for m in picked if within(m.toordinal())], labels
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        years = [y for y in range(first.year, last.year + 1) if y % step == 0]
        labels = []
        for y in years:
            mid = (date(y, 1, 1).toordinal() + date(min(y + 1, 9999), 1, 1).toordinal()) / 2
            if shown(date(y, 1, 1), date(min(y + 1, 9999), 1, 1)):
                labels.append((mid, str(y)))
        if not labels or fits([t for _, t in labels]):
            return [float(date(y, 1, 1).toordinal()) for y in years if within(date(y, 1, 1).toordinal())], labels
    return [], []


__all__ = ["Segment", "clusters", "segments", "segment_of", "header", "headers", "ticks", "MIN_GAP_DAYS", "MAX_SEGMENTS"]
