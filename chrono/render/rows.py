"""The text of the timeline picture: the title block, the source line, and one row per event (its date
and headline), laid out in a :class:`Grid` that the time axis (:mod:`chrono.render.axis`) shares.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from ..datetext import day_text
from ..model import Modality
from ..present import Briefing, Row, Selection, select, span_text
from .canvas import HEIGHT_IN, MARGIN, WIDTH_IN, Canvas, fit_lines, sizes
from .labels import cap, one_line, shorten

log = logging.getLogger(__name__)

MAX_HEADLINE = 160                                 # characters of a headline shown (the table has more)
MAX_ROWS = 40                                      # (kept for callers; the picture draws what fits: capacity)
#: The smallest type of a headline on a slide of key events (1920 x 1080), and the lines a row holds.
READABLE_PT, ROW_LINES = 14.0, 2
#: The smallest type the subtitle shrinks to before it is shortened.
SUBTITLE_MIN = 13.0
#: Sources named one by one on the source line; more are counted, with the span of their dates.
MAX_SOURCES_LISTED = 5
#: The height of the strip that counts every event by date, under the key events (inches).
STRIP_IN = 0.6


@dataclass(frozen=True)
class Grid:
    """Where the rows and columns of the picture are, in inches from the bottom left."""

    header_y: float                                # top of the column headers
    rows_top: float
    rows_bottom: float
    rows_h: float                                  # their height (at least an inch)
    row_h: float
    date_w: float
    gap: float
    head_w: float
    time_x: float
    time_w: float
    legend_y: float
    content_w: float
    strip_h: float = 0.0                           # the overview strip under the rows (inches; 0: none)

    @property
    def row_pt(self) -> float:
        return self.row_h * 72

    def row_y(self, i: int) -> float:
        """The centre of row ``i``."""
        return self.rows_top - (i + 0.5) * self.row_h


@dataclass(frozen=True)
class Labels:
    """The texts of the rows as they fit: dates (blank where the row above has the same) and headlines."""

    dates: list[str]
    shown_dates: list[str]
    d_size: float
    d_lines: list[list[str]]
    h_size: float
    h_lines: list[list[str]]


def shown_texts(b: Briefing) -> list[str]:
    """Every text of the chronology the picture may show (for the fonts it needs)."""
    texts = [b.title, *(r.date for r in b.rows), *(r.event.headline for r in b.rows)]
    for d in b.documents:
        texts += [d.title or d.id, d.path or "", d.section or "", *d.agencies]
    return texts


def subtitle(b: Briefing, selection: Selection | None = None) -> str:
    words, docs = b.words.timeline, b.documents
    parts = []
    if b.date:
        day = day_text(b.date, words=b.words.dates)
        parts.append((words.as_of if len(docs) > 1 else b.words.published).format(day=day))
    sections = sorted({d.section for d in docs if d.section})
    if sections and len(sections) <= 2:
        parts.append(" / ".join(one_line(s) for s in sections))
    n = len(b.events)
    events = words.events(n)
    parts.append(words.events_from.format(events=events, n=len(docs)) if len(docs) > 1 else events)
    if selection is not None and not selection.complete:
        parts.append(words.selected.format(shown=len(selection.rows), total=selection.total))
    return "  \u00b7  ".join(parts)


def source_line(b: Briefing) -> str:
    docs, quote = b.documents, b.words.quote
    agencies = list(dict.fromkeys(a for d in docs for a in d.agencies))
    if len(docs) == 1:
        d = docs[0]
        what = quote.format(text=one_line(d.title)) if d.title else one_line(Path(d.path or d.id).name)
        if d.path and d.title:
            what += b.words.aside.format(text=one_line(Path(d.path).name))
    elif len(docs) > MAX_SOURCES_LISTED:
        what = b.words.timeline.corpus_sources.format(n=len(docs), span=span_text(
            b.published[0], b.published[-1], b.words.dates) if b.published else "")
    else:
        what = "; ".join(quote.format(text=one_line(d.title)) if d.title else one_line(d.id) for d in docs)
    line = (b.words.timeline.sources if len(docs) > 1 else b.words.timeline.source).format(what=what)
    if agencies:
        line += f"  \u00b7  {', '.join(one_line(a) for a in agencies)}"
    return line


def title_fit(canvas: Canvas, b: Briefing, content_w: float) -> tuple[float, list[str]]:
    """The title's size and lines (at most two at the largest size that fits)."""
    size, lines = fit_lines(canvas, [one_line(b.title)], content_w, canvas.theme.title * 2.6,
                            sizes(canvas.theme.title)[:12], weight="bold")
    return size, lines[0]


def _below_title(canvas: Canvas, size: float, lines: list[str]) -> tuple[float, float]:
    """The ``y`` of the subtitle and the ``y`` below the title block."""
    theme = canvas.theme
    y = HEIGHT_IN - 0.32 - (len(lines) * size * 1.1 * 1.18 / 72 + 0.08)
    return y, y - (theme.base * 0.9 * 1.3 / 72 + 0.28)


def title_block(canvas: Canvas, b: Briefing, content_w: float, selection: Selection | None = None) -> float:
    """The title and the subtitle (what was drawn and how it was chosen), top down; the ``y`` below."""
    theme = canvas.theme
    size, lines = title_fit(canvas, b, content_w)
    canvas.text(MARGIN, HEIGHT_IN - 0.32, "\n".join(lines), fontsize=size, weight="bold", va="top",
                linespacing=1.1)
    y, below = _below_title(canvas, size, lines)
    sub, size = cap(subtitle(b, selection), squeeze=False), theme.base * 0.9
    while canvas.width(sub, size) > content_w and size > SUBTITLE_MIN:     # smaller before shortened
        size -= 0.5
    sub = shorten(sub, content_w, canvas.measure(size))
    canvas.text(MARGIN, y, sub, fontsize=size, va="top", color=theme.muted)
    return below


def _legend_y(canvas: Canvas) -> float:
    return 0.28 + canvas.theme.legend * 0.85 / 72 + 0.22


def _rows_room(canvas: Canvas, top: float, legend_y: float) -> tuple[float, float]:
    """The top and the bottom of the rows between the title block and the legend."""
    theme = canvas.theme
    rows_top = top - theme.header * 1.5 / 72 - 0.12
    tick_room = theme.tick * 1.6 / 72 + 0.22
    return rows_top, legend_y + theme.legend * 1.4 / 72 + tick_room + 0.15


def capacity(canvas: Canvas, b: Briefing, content_w: float, *, strip: bool) -> int:
    """How many rows of :data:`ROW_LINES` lines at :data:`READABLE_PT` fit (under a strip, if any)."""
    top = _below_title(canvas, *title_fit(canvas, b, content_w))[1]
    rows_top, rows_bottom = _rows_room(canvas, top, _legend_y(canvas))
    room = max(rows_top - rows_bottom - (STRIP_IN if strip else 0.0), 0.0) * 72
    return max(int(room // (ROW_LINES * READABLE_PT * 1.22)), 1)


def selection(canvas: Canvas, b: Briefing, content_w: float) -> Selection:
    """Every event when all fit at a readable size, else the key events that fit above the strip."""
    if len(b.rows) <= capacity(canvas, b, content_w, strip=False):
        return select(b, len(b.rows))
    return select(b, capacity(canvas, b, content_w, strip=True))


def bottom_block(canvas: Canvas, b: Briefing, content_w: float) -> float:
    """The source line and the credit at the bottom; the ``y`` of the legend above them."""
    theme = canvas.theme
    bottom = 0.28
    credit = b.words.timeline.credit
    credit_w = canvas.width(credit, theme.legend * 0.85)
    source = shorten(cap(source_line(b), 400, squeeze=False), content_w - credit_w - 0.4,
                     canvas.measure(theme.legend * 0.85))
    canvas.text(MARGIN, bottom, source, fontsize=theme.legend * 0.85, color=theme.muted, va="baseline")
    canvas.text(WIDTH_IN - MARGIN, bottom, credit, fontsize=theme.legend * 0.85, color=theme.muted,
                va="baseline", ha="right")
    return _legend_y(canvas)


def grid(canvas: Canvas, rows: list[Row], top: float, legend_y: float, content_w: float,
         strip_h: float = 0.0) -> tuple[Grid, list[str]]:
    """The rows between the title block and the legend (above a strip of ``strip_h`` inches, if any),
    and the date column as wide as its dates."""
    theme = canvas.theme
    rows_top, rows_bottom = _rows_room(canvas, top, legend_y)
    rows_h = max(rows_top - rows_bottom, 1.0)
    dates = [cap(r.date_short, 60) for r in rows]
    date_w = min(max([canvas.width(d, sizes(theme.base * 0.95)[0], "bold") for d in dates] + [1.3]) + 0.05, 2.7)
    gap = 0.3
    head_w = (content_w - date_w - 2 * gap) * 0.43
    time_x = MARGIN + date_w + gap + head_w + gap
    return Grid(header_y=top, rows_top=rows_top, rows_bottom=rows_bottom, rows_h=rows_h,
                row_h=(rows_h - strip_h) / max(len(rows), 1),
                date_w=date_w, gap=gap, head_w=head_w, time_x=time_x, time_w=WIDTH_IN - MARGIN - time_x,
                legend_y=legend_y, content_w=content_w, strip_h=strip_h), dates


def labels(canvas: Canvas, b: Briefing, rows: list[Row], g: Grid, dates: list[str],
           min_size: float | None = None) -> Labels:
    """The dates and headlines wrapped at the largest sizes that fit the rows (dates no larger), none
    smaller than ``min_size`` (a headline too long for it is shortened: the table has it whole)."""
    theme, n = canvas.theme, len(rows)

    def sizes_from(top: float) -> list[float]:
        found = sizes(top)
        return [s for s in found if s >= min_size] or found[:1] if min_size else found
    shown_dates = [d if i == 0 or d != dates[i - 1] else "" for i, d in enumerate(dates)]
    d_size, _ = fit_lines(canvas, [d or "x" for d in shown_dates], g.date_w, g.row_pt, sizes_from(theme.base * 0.95),
                          "bold")
    headlines = [cap(r.event.headline, MAX_HEADLINE) or b.words.no_headline for r in rows]
    h_size, h_lines = fit_lines(canvas, headlines, g.head_w, g.row_pt, sizes_from(theme.base), max_lines=4)
    d_size = min(d_size, h_size)
    d_lines = fit_lines(canvas, [d or "x" for d in shown_dates], g.date_w, g.row_pt, sizes(d_size), "bold")[1]
    if n and h_size <= 9:
        if g.row_pt < 2 * 10 * 1.22:                  # rows too thin for two lines of 10 pt
            log.warning("timeline: %d events make small labels (%.0f pt); consider fewer events per picture",
                        n, h_size)
        else:
            log.warning("timeline: long headlines make small labels (%.0f pt)", h_size)
    return Labels(dates, shown_dates, d_size, d_lines, h_size, h_lines)


def draw_rows(canvas: Canvas, b: Briefing, rows: list[Row], g: Grid, lab: Labels) -> None:
    """Stripes (one band per date group, alternating), the column headers, each row's date and headline."""
    theme = canvas.theme
    group = -1
    for i in range(len(rows)):
        if i == 0 or lab.dates[i] != lab.dates[i - 1]:
            group += 1
        if group % 2 == 0:
            canvas.band(MARGIN - 0.1, g.rows_top - (i + 1) * g.row_h, g.content_w + 0.2, g.row_h,
                        theme.blend(theme.text, 0.05))
    hdr = canvas.header_style()
    date_head, event_head = b.words.timeline.columns
    canvas.text(MARGIN, g.header_y, date_head, **hdr)
    canvas.text(MARGIN + g.date_w + g.gap, g.header_y, event_head, **hdr)
    for i, r in enumerate(rows):
        forecast = r.event.modality is not Modality.FACT
        if lab.shown_dates[i]:
            canvas.text(MARGIN, g.row_y(i), "\n".join(lab.d_lines[i]), fontsize=lab.d_size, weight="bold",
                        va="center", color=theme.forecast if forecast else theme.fact, linespacing=1.05)
        canvas.text(MARGIN + g.date_w + g.gap, g.row_y(i), "\n".join(lab.h_lines[i]), fontsize=lab.h_size,
                    va="center", style="italic" if forecast else "normal", linespacing=1.05)


__all__ = ["Grid", "Labels", "MAX_HEADLINE", "MAX_ROWS", "READABLE_PT", "ROW_LINES", "STRIP_IN", "bottom_block",
           "capacity", "draw_rows", "grid", "labels", "selection", "shown_texts", "title_fit",
           "source_line", "subtitle", "title_block"]


def draw_text(canvas: Canvas, b: Briefing) -> tuple[Selection, list[Row], Grid, float]:
    """The text of a timeline, drawn alike by both painters: the events chosen, the title block,
    the bottom block, the grid and its rows of dates and headlines. Returns the selection, its rows,
    the grid and where the legend goes."""
    content_w = WIDTH_IN - 2 * MARGIN
    chosen = selection(canvas, b, content_w)
    rows = list(chosen.rows)
    top = title_block(canvas, b, content_w, chosen)
    legend_y = bottom_block(canvas, b, content_w)
    strip_h = 0.0 if chosen.complete else STRIP_IN
    g, dates = grid(canvas, rows, top, legend_y, content_w, strip_h)
    min_size = None if chosen.complete else READABLE_PT
    draw_rows(canvas, b, rows, g, labels(canvas, b, rows, g, dates, min_size))
    return chosen, rows, g, legend_y
