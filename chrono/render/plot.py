"""The timeline picture: a 16:9 slide (PNG 1920x1080, SVG, PDF) drawn with a ``styles/*.mplstyle``.

One row per event, in order: its date as written at its precision, its headline, and its mark on a
broken time axis (see :mod:`chrono.render.layout`). Honest time: a day is a point; a month, a year
or "early 2014" is a bar over its interval; a forecast is hollow and dashed; "since Friday" is an
arrow that runs on to the publication day; an event with no interval ("in the days ahead") sits in
the *ahead* zone after the publication date. Every label is capped and its long words broken first
(:func:`chrono.render.labels.cap`), then measured with cached font advances
(:mod:`chrono.render.metrics`) and wrapped or shortened to fit its column, so any text costs a
bounded time; :func:`chrono.render.labels.text_boxes` measures the result.

The figure is drawn once: the pass that hides colliding axis labels draws it, and the PNG is
encoded from that drawing; :func:`png_bytes` keeps the last pictures, so a build that writes the
PNG and the DOCX draws the timeline once.

Output is deterministic: no software name or date in the metadata, a fixed SVG hash salt.
"""
from __future__ import annotations

import io
import logging
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from datetime import date, timedelta
from pathlib import Path

import matplotlib
from matplotlib import rcParams
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import ConnectionPatch, Patch, Rectangle

from ..dates_display import (briefing_date, day_text, event_published, is_point, published_dates,
                             show_event, span)
from ..model import Chronology, Event, Grain, Modality, Relation
from . import layout
from .labels import ELLIPSIS, cap, one_line, overlapping, shorten, visible_texts, wrap
from .metrics import measurer
from .styles import style_file

log = logging.getLogger(__name__)

WIDTH_IN, HEIGHT_IN, DPI = 16.0, 9.0, 120          # 1920 x 1080 px
MARGIN = 0.45                                      # inches, left and right
MIN_FONT = 7.0
MAX_HEADLINE = 160                                 # characters of a headline shown (the table has more)
MAX_ROWS = 40                                      # events on one picture (the briefing's table has all)

_SVG_META = {"Date": None, "Creator": "chrono"}
_PDF_META = {"CreationDate": None, "ModDate": None, "Creator": "chrono", "Producer": None}


@dataclass(frozen=True)
class Theme:
    """The colours and sizes of a plot style, read from matplotlib's rcParams."""

    bg: tuple
    text: tuple
    muted: tuple
    edge: tuple
    fact: tuple
    forecast: tuple
    accent: tuple
    base: float
    title: float
    header: float
    tick: float
    legend: float

    @staticmethod
    def current() -> "Theme":
        colors = [to_rgb(c["color"]) for c in rcParams["axes.prop_cycle"]]
        colors += [to_rgb("#1F4E79"), to_rgb("#C55A11"), to_rgb("#F2B134")][len(colors):]
        bg = to_rgb(rcParams["figure.facecolor"])

        def size(key: str, default: float) -> float:
            value = rcParams[key]
            return float(value) if isinstance(value, (int, float)) else default

        return Theme(bg=bg, text=to_rgb(rcParams["text.color"]), muted=to_rgb(rcParams["axes.labelcolor"]),
                     edge=to_rgb(rcParams["axes.edgecolor"]), fact=colors[0], forecast=colors[1],
                     accent=colors[2], base=size("font.size", 18), title=size("figure.titlesize", 30),
                     header=size("axes.titlesize", 14), tick=size("xtick.labelsize", 14),
                     legend=size("legend.fontsize", 14))

    def blend(self, color: tuple, amount: float) -> tuple:
        """``color`` laid over the background at ``amount`` opacity, as an opaque colour."""
        return tuple(b + (c - b) * amount for b, c in zip(self.bg, color))


@contextmanager
def plot_style(style: str | Path = "briefing"):
    """The rcParams of a style (a name in ``styles/`` or a path), for the duration of the block:
    matplotlib's defaults updated with the style file (what ``matplotlib.style.context(path,
    after_reset=True)`` does, without importing the style library)."""
    path = style_file(style, ".mplstyle")
    with matplotlib.rc_context(_style_params(str(path))):
        yield


def _style_params(path: str) -> dict:
    params = matplotlib.rc_params_from_file(path, use_default_template=True)
    return {k: v for k, v in params.items() if k not in _NOT_STYLE}


# rcParams a style may not set (matplotlib.style's STYLE_BLACKLIST)
_NOT_STYLE = {"interactive", "backend", "webagg.port", "webagg.address", "webagg.port_retries",
              "webagg.open_in_browser", "backend_fallback", "toolbar", "timezone", "figure.max_open_warning",
              "figure.raise_window", "savefig.directory", "tk.window_focus", "docstring.hardcopy",
              "date.epoch"}


class _Canvas:
    """A figure with inch-based placement and text measurement."""

    def __init__(self, theme: Theme):
        self.fig = Figure(figsize=(WIDTH_IN, HEIGHT_IN), dpi=DPI, facecolor=theme.bg)
        FigureCanvasAgg(self.fig)
        self.theme = theme
        self._measures: dict = {}

    def width(self, text: str, size: float, weight: str = "normal", style: str = "normal") -> float:
        """Width of a one-line text in inches (a safe estimate: see :mod:`chrono.render.metrics`)."""
        return self.measure(size, weight, style)(text)

    def measure(self, size: float, weight: str = "normal", style: str = "normal"):
        key = (size, weight, style)
        if key not in self._measures:
            self._measures[key] = measurer(size, weight, style, dpi=DPI)
        return self._measures[key]

    def text(self, x: float, y: float, s: str, **kw):
        """Text at ``(x, y)`` inches from the bottom left of the figure."""
        kw.setdefault("color", self.theme.text)
        return self.fig.text(x / WIDTH_IN, y / HEIGHT_IN, s, parse_math=False, **kw)


def _title(chron: Chronology) -> str:
    if chron.title:
        return one_line(chron.title)
    titled = [d.title for d in chron.documents if d.title]
    if len(chron.documents) == 1 and titled:
        return one_line(titled[0])
    return "Chronology" if not chron.documents else f"Chronology of {len(chron.documents)} articles"


def _subtitle(chron: Chronology, published: date | None) -> str:
    parts = []
    if published:
        parts.append(f"As of {day_text(published)}" if len(chron.documents) > 1
                     else f"Published {day_text(published)}")
    sections = sorted({d.section for d in chron.documents if d.section})
    if sections and len(sections) <= 2:
        parts.append(" / ".join(one_line(s) for s in sections))
    n = len(chron.events)
    parts.append(f"{n} event{'s' if n != 1 else ''}" + (f" from {len(chron.documents)} articles"
                                                          if len(chron.documents) > 1 else ""))
    if n > MAX_ROWS:
        parts.append(f"the last {MAX_ROWS} shown")
    return "  \u00b7  ".join(parts)


def _source_line(chron: Chronology) -> str:
    agencies = list(dict.fromkeys(a for d in chron.documents for a in d.agencies))
    if len(chron.documents) == 1:
        d = chron.documents[0]
        what = f"\u201c{one_line(d.title)}\u201d" if d.title else one_line(Path(d.path or d.id).name)
        if d.path and d.title:
            what += f" ({one_line(Path(d.path).name)})"
    else:
        what = "; ".join(f"\u201c{one_line(d.title)}\u201d" if d.title else one_line(d.id)
                         for d in chron.documents)
    line = f"Source{'s' if len(chron.documents) > 1 else ''}: {what}"
    if agencies:
        line += f"  \u00b7  {', '.join(one_line(a) for a in agencies)}"
    return line


def _fit_lines(canvas: _Canvas, texts: list[str], width: float, height_pt: float, sizes: list[float],
               weight: str = "normal", style: str = "normal", max_lines: int = 2):
    """The largest size at which every text wraps into the lines that fit ``height_pt``:
    ``(size, [lines per text])``.

    Texts are capped (:func:`chrono.render.labels.cap`) before they are measured. When some text is
    shortened at every size, the largest size with the fewest shortened texts wins: shrinking every
    label does not make an overlong one readable.
    """
    texts = [cap(t) for t in texts]
    best = None                                       # (cut count, size, lines)
    for size in sizes:
        lines_fit = min(max_lines, int(height_pt // (size * 1.22)))
        if lines_fit < 1:
            continue
        measure = canvas.measure(size, weight, style)
        wrapped = [wrap(t, width, measure, lines_fit) for t in texts]
        cuts = sum(1 for _, cut in wrapped if cut)
        if best is None or cuts < best[0]:
            best = (cuts, size, [w[0] for w in wrapped])
        if not cuts:
            break
    if best is None:                                  # rows too thin for any size: one line, smallest
        size = sizes[-1]
        measure = canvas.measure(size, weight, style)
        return size, [[shorten(t, width, measure)] for t in texts]
    return best[1], best[2]


def _sizes(top: float) -> list[float]:
    sizes, s = [], top
    while s >= MIN_FONT:
        sizes.append(round(s, 1))
        s -= 1.0
    return sizes or [MIN_FONT]


def draw(chron: Chronology) -> Figure:
    """The timeline figure of a chronology, in the current style (see :func:`plot_style`)."""
    theme = Theme.current()
    canvas = _Canvas(theme)
    fig = canvas.fig
    published = briefing_date(chron)
    events = list(chron.events)[-MAX_ROWS:]            # the latest and the expected: the end of the order
    n = len(events)
    content_w = WIDTH_IN - 2 * MARGIN
    optional = []                                     # texts that may be dropped if they collide

    # --- title block (top down, y in inches from the bottom) -----------------------------------
    y = HEIGHT_IN - 0.32
    size, lines = _fit_lines(canvas, [_title(chron)], content_w, theme.title * 2.6,
                             _sizes(theme.title)[:12], weight="bold")
    title_text = "\n".join(lines[0])
    canvas.text(MARGIN, y, title_text, fontsize=size, weight="bold", va="top", linespacing=1.1)
    y -= len(lines[0]) * size * 1.1 * 1.18 / 72 + 0.08
    sub = shorten(cap(_subtitle(chron, published), squeeze=False), content_w, canvas.measure(theme.base * 0.9))
    canvas.text(MARGIN, y, sub, fontsize=theme.base * 0.9, va="top", color=theme.muted)
    y -= theme.base * 0.9 * 1.3 / 72 + 0.28

    # --- bottom block: source line, legend --------------------------------------------------------
    bottom = 0.28
    credit = "timeline: chrono"
    credit_w = canvas.width(credit, theme.legend * 0.85)
    source = shorten(cap(_source_line(chron), 400, squeeze=False), content_w - credit_w - 0.4,
                     canvas.measure(theme.legend * 0.85))
    canvas.text(MARGIN, bottom, source, fontsize=theme.legend * 0.85, color=theme.muted, va="baseline")
    canvas.text(WIDTH_IN - MARGIN, bottom, credit, fontsize=theme.legend * 0.85, color=theme.muted,
                va="baseline", ha="right")
    legend_y = bottom + theme.legend * 0.85 / 72 + 0.22

    # --- columns ------------------------------------------------------------------------------------
    header_y = y                                      # top of the column headers
    rows_top = header_y - theme.header * 1.5 / 72 - 0.12
    tick_room = theme.tick * 1.6 / 72 + 0.22
    rows_bottom = legend_y + theme.legend * 1.4 / 72 + tick_room + 0.15
    rows_h = max(rows_top - rows_bottom, 1.0)
    row_h = rows_h / max(n, 1)
    row_pt = row_h * 72

    dates = [cap(show_event(e, year=not _same_year_day(e, published)), 60) for e in events]
    date_sizes = _sizes(theme.base * 0.95)
    date_w = min(max([canvas.width(d, date_sizes[0], "bold") for d in dates] + [1.3]) + 0.05, 2.7)
    gap = 0.3
    rest = content_w - date_w - 2 * gap
    head_w = rest * 0.43
    time_x = MARGIN + date_w + gap + head_w + gap
    time_w = WIDTH_IN - MARGIN - time_x

    shown_dates = [d if i == 0 or d != dates[i - 1] else "" for i, d in enumerate(dates)]
    d_size, d_lines = _fit_lines(canvas, [d or "x" for d in shown_dates], date_w, row_pt, date_sizes, "bold")
    h_size, h_lines = _fit_lines(canvas, [cap(e.headline, MAX_HEADLINE) or "(no headline)" for e in events],
                                 head_w, row_pt, _sizes(theme.base), max_lines=4)
    d_size = min(d_size, h_size)
    d_lines = _fit_lines(canvas, [d or "x" for d in shown_dates], date_w, row_pt, _sizes(d_size), "bold")[1]
    if n and h_size <= 9:
        if row_pt < 2 * 10 * 1.22:                    # rows too thin for two lines of 10 pt
            log.warning("timeline: %d events make small labels (%.0f pt); consider fewer events per picture",
                        n, h_size)
        else:
            log.warning("timeline: long headlines make small labels (%.0f pt)", h_size)

    def row_y(i: int) -> float:                       # centre of row i, inches from the bottom
        return rows_top - (i + 0.5) * row_h

    # stripes: one band per date group, alternating
    group = -1
    for i in range(n):
        if i == 0 or dates[i] != dates[i - 1]:
            group += 1
        if group % 2 == 0:
            fig.patches.append(Rectangle(((MARGIN - 0.1) / WIDTH_IN, (rows_top - (i + 1) * row_h) / HEIGHT_IN),
                                         (content_w + 0.2) / WIDTH_IN, row_h / HEIGHT_IN,
                                         transform=fig.transFigure, facecolor=theme.blend(theme.text, 0.05),
                                         edgecolor="none", zorder=-5))
    hdr = dict(fontsize=theme.header, color=theme.muted, weight="bold", va="top")
    canvas.text(MARGIN, header_y, "DATE", **hdr)
    canvas.text(MARGIN + date_w + gap, header_y, "EVENT", **hdr)
    for i, e in enumerate(events):
        forecast = e.modality is not Modality.FACT
        if shown_dates[i]:
            canvas.text(MARGIN, row_y(i), "\n".join(d_lines[i]), fontsize=d_size, weight="bold", va="center",
                        color=theme.forecast if forecast else theme.fact, linespacing=1.05)
        canvas.text(MARGIN + date_w + gap, row_y(i), "\n".join(h_lines[i]), fontsize=h_size, va="center",
                    style="italic" if forecast else "normal", linespacing=1.05)

    # --- the broken time axis -------------------------------------------------------------------
    own = [span(e, None) for e in events]
    full = [span(e, event_published(chron, e)) for e in events]
    pub_days = [(d, d + timedelta(days=1)) for d in published_dates(chron)]
    segs = layout.segments([s for s in own if s] + pub_days, published)
    vague = [i for i, s in enumerate(own) if s is None]
    if not segs and not vague:
        canvas.text(time_x + time_w / 2, (rows_top + rows_bottom) / 2, "no dated events", ha="center",
                    va="center", color=theme.muted, fontsize=theme.base)
    pub_seg = layout.segment_of(segs, published) if (segs and published) else None
    counts = [0] * len(segs)
    for s in own:
        if s:
            counts[layout.segment_of(segs, s[0])] += 1
    weights = [min(0.8 + 0.3 * c, 3.0) + (0.3 if k == pub_seg else 0.0) for k, c in enumerate(counts)]
    weights += [1.0] if vague else []
    seg_gap = 0.26
    unit = (time_w - seg_gap * (len(weights) - 1)) / max(sum(weights), 1e-9)
    axes = []
    x = time_x
    axes_y, axes_h = rows_bottom / HEIGHT_IN, rows_h / HEIGHT_IN
    for k, wgt in enumerate(weights):
        ax = fig.add_axes((x / WIDTH_IN, axes_y, wgt * unit / WIDTH_IN, axes_h))
        ax.set_ylim(max(n, 1) - 0.5, -0.5)
        ax.set_yticks([])
        for side in ("left", "right", "top"):
            ax.spines[side].set_visible(False)
        ax.spines["bottom"].set_color(theme.edge)
        axes.append((ax, x, wgt * unit))
        x += wgt * unit + seg_gap
    marker_pt = max(min(row_pt * 0.5, 17.0), 4.0)
    lw = max(min(row_pt * 0.08, 3.0), 1.0)
    bar_h = 0.46
    for k, seg in enumerate(segs):
        ax, ax_x, ax_w = axes[k]
        ax.set_xlim(seg.lo, seg.hi)
        def fits(texts: list[str], width: float = ax_w) -> bool:
            return sum(max(canvas.width(p, theme.tick) for p in t.split("\n")) + 0.1 for t in texts) <= width

        bounds, labels = layout.ticks(seg, fits)
        ax.set_xticks(bounds, minor=True)
        ax.set_xticks([p for p, _ in labels], [t for _, t in labels], fontsize=theme.tick)
        for t in ax.get_xticklabels():
            t.set_parse_math(False)
            optional.append(t)
        if published is not None:
            p = published.toordinal()
            if seg.lo < p + 1 and p < seg.hi:
                ax.axvspan(p, p + 1, color=(*theme.accent, 0.4), zorder=0, lw=0)
            if p + 1 < seg.hi:
                ax.axvspan(max(p + 1, seg.lo), seg.hi, color=(*theme.forecast, 0.07), zorder=0, lw=0)
        names = layout.headers(seg)
        name = next((h for h in names if canvas.width(h, theme.header, "bold") <= ax_w + seg_gap * 0.6), names[-1])
        optional.append(canvas.text(ax_x + ax_w / 2, header_y, name, ha="center", **hdr))
    if vague:
        ax, ax_x, ax_w = axes[-1]
        ax.set_xlim(0, 1)
        ax.set_xticks([])
        ax.set_facecolor((*theme.forecast, 0.07))
        optional.append(canvas.text(ax_x + ax_w / 2, header_y, "AHEAD", ha="center", **hdr))
    # break marks between segments on the axis line
    for k in range(1, len(axes)):
        for xb in (axes[k - 1][1] + axes[k - 1][2] + 0.05, axes[k][1] - 0.05):
            fig.add_artist(Line2D([(xb - 0.05) / WIDTH_IN, (xb + 0.05) / WIDTH_IN],
                                  [(rows_bottom - 0.09) / HEIGHT_IN, (rows_bottom + 0.09) / HEIGHT_IN],
                                  transform=fig.transFigure, color=theme.edge, lw=1.6))

    used = set()
    for i, e in enumerate(events):
        color = theme.fact if e.modality is Modality.FACT else theme.forecast
        hollow = e.modality is not Modality.FACT
        if own[i] is None:
            ax = axes[-1][0]
            ax.annotate("", xy=(0.92, i), xytext=(0.08, i),
                        arrowprops=dict(arrowstyle="-|>", color=color, lw=lw, linestyle=(0, (3, 2)),
                                        mutation_scale=marker_pt * 1.3, shrinkA=0, shrinkB=0))
            ax.plot([0.08], [i], marker="o", ms=marker_pt * 0.8, mfc=theme.bg, mec=color, mew=lw, zorder=4)
            used.add("vague")
            continue
        start, end = own[i]
        k = layout.segment_of(segs, start)
        ax = axes[k][0]
        s0, s1 = start.toordinal(), end.toordinal()
        if is_point(e):
            ax.plot([s0 + 0.5], [i], marker="o", ms=marker_pt, mfc=theme.bg if hollow else color, mec=color,
                    mew=lw, zorder=5, clip_on=False)
            used.add("forecast" if hollow else "day")
            tail = s0 + 0.5
        else:
            ax.add_patch(Rectangle((s0, i - bar_h / 2), s1 - s0, bar_h, facecolor=theme.bg if hollow else color,
                                   edgecolor=color, lw=lw, linestyle=(0, (3, 2)) if hollow else "-", zorder=4))
            used.add("forecast" if hollow else "period")
            tail = s1
        if e.when.relation is Relation.SINCE and published is not None and full[i] is not None:
            head = full[i][1].toordinal()
            kp = layout.segment_of(segs, full[i][1] - timedelta(days=1))
            style = dict(arrowstyle="-|>", color=color, lw=lw, mutation_scale=marker_pt * 1.3, shrinkA=0,
                         shrinkB=0)
            if kp == k:
                ax.annotate("", xy=(head, i), xytext=(tail, i), arrowprops=style, zorder=4)
            else:
                fig.add_artist(ConnectionPatch(xyA=(tail, i), coordsA=ax.transData, xyB=(head, i),
                                               coordsB=axes[kp][0].transData, **style))
            used.add("since")

    # --- legend ------------------------------------------------------------------------------------
    handles = []
    if "day" in used:
        handles.append(Line2D([], [], ls="none", marker="o", ms=12, color=theme.fact, label="fact, on a day"))
    if "period" in used:
        handles.append(Patch(facecolor=theme.fact, edgecolor=theme.fact, label="fact, over a period"))
    if "forecast" in used:
        handles.append(Line2D([], [], ls=(0, (3, 2)), lw=2.5, marker="o", ms=12, mfc=theme.bg,
                              color=theme.forecast, label="forecast (hollow, dashed)"))
    if "since" in used:
        handles.append(Line2D([], [], ls="-", lw=2.5, marker=">", ms=10, markevery=[1], color=theme.fact,
                              label="ongoing since"))
    if published is not None and segs:
        handles.append(Patch(facecolor=(*theme.accent, 0.4), edgecolor="none",
                             label=f"published {day_text(published)}"))
        handles.append(Patch(facecolor=(*theme.forecast, 0.07), edgecolor=theme.blend(theme.text, 0.2),
                             lw=0.5, label="after publication"))
    if handles:
        leg = fig.legend(handles=handles, loc="lower left", ncols=len(handles), frameon=False,
                         bbox_to_anchor=(MARGIN / WIDTH_IN, (legend_y - 0.08) / HEIGHT_IN), borderaxespad=0,
                         handlelength=2.2, columnspacing=1.6, fontsize=theme.legend)
        for t in leg.get_texts():
            t.set_parse_math(False)
        _fit_legend(fig, leg, theme.legend)

    # The collision pass draws the figure on its Agg canvas; if it hid nothing, that drawing is
    # the final picture and a PNG is encoded from it without drawing again.
    fig.chrono_drawn = not _drop_collisions(fig, optional)
    return fig


def _same_year_day(e: Event, published: date | None) -> bool:
    """A day in the publication year is shown without its year ("Fri 13 Oct")."""
    g = e.when.granularity
    return bool(published and e.when.start and g in (Grain.DAY, Grain.TIME, Grain.WEEK)
                and e.when.start.year == published.year)


def _fit_legend(fig: Figure, leg, size: float) -> None:
    """Shrink the legend's type until it fits the width of the figure."""
    renderer = fig.canvas.get_renderer()
    limit = fig.bbox.width - 2 * MARGIN * DPI
    while leg.get_window_extent(renderer).width > limit and size > MIN_FONT:
        size -= 1
        for t in leg.get_texts():
            t.set_fontsize(size)


def _drop_collisions(fig: Figure, optional: list) -> bool:
    """Hide optional texts (axis dates, column headers) that overlap another text or leave the figure.
    True if any was hidden (the canvas, drawn to measure, is then out of date)."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    texts = visible_texts(fig)
    boxes = {id(t): t.get_window_extent(renderer) for t in texts}
    hidden = False
    for t in optional:
        if id(t) not in boxes:
            continue
        box = boxes[id(t)]
        inside = box.x0 >= 0 and box.y0 >= 0 and box.x1 <= fig.bbox.width and box.y1 <= fig.bbox.height
        clash = any(overlapping([("a", box), ("b", other)]) for key, other in boxes.items() if key != id(t))
        if clash or not inside:
            log.debug("timeline: hid %r (no room)", t.get_text())
            t.set_visible(False)
            del boxes[id(t)]
            hidden = True
    return hidden


@contextmanager
def _warnings_logged():
    """matplotlib's warnings (a glyph missing from the font, ...) go to the log, not to stderr."""
    import warnings
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        yield
    for message in dict.fromkeys(str(w.message) for w in caught):
        log.info("timeline: %s", message)


def figure(chron: Chronology, *, style: str | Path = "briefing") -> Figure:
    """The timeline figure drawn in ``style`` (for measuring; use the writers to save)."""
    with plot_style(style), _warnings_logged():
        return draw(chron)


def _save(chron: Chronology, target, fmt: str, style: str | Path) -> None:
    with plot_style(style), _warnings_logged():
        rcParams["svg.hashsalt"] = "chrono"
        fig = draw(chron)
        meta = {"svg": _SVG_META, "pdf": _PDF_META}.get(fmt)
        if fmt == "png":
            if not getattr(fig, "chrono_drawn", False):
                fig.canvas.draw()
            _encode_png(fig, target)
        else:
            fig.savefig(target, format=fmt, dpi=DPI, metadata=meta, facecolor=fig.get_facecolor())


def _encode_png(fig: Figure, target) -> None:
    """The drawn canvas as an opaque RGB PNG (the background is opaque; no alpha channel to store),
    compressed at zlib level 3 (as small as matplotlib's RGBA at level 6, in half the time), with
    the resolution and no metadata."""
    from PIL import Image
    w, h = fig.canvas.get_width_height(physical=True)
    image = Image.frombuffer("RGBA", (w, h), fig.canvas.buffer_rgba(), "raw", "RGBA", 0, 1).convert("RGB")
    image.save(target, format="png", compress_level=3, dpi=(DPI, DPI))


def png_bytes(chron: Chronology, *, style: str | Path = "briefing") -> bytes:
    """The timeline as PNG bytes (1920x1080), e.g. to embed in a document.

    The last few pictures are kept (keyed by the chronology, the style file and its size and
    modification time), so a build that writes both the PNG and the DOCX draws the timeline once.
    """
    path = style_file(style, ".mplstyle")
    try:
        stat = path.stat()
        version = (stat.st_mtime_ns, stat.st_size)
    except OSError:
        version = None
    return _png_bytes(chron, str(path), version)


@lru_cache(maxsize=4)
def _png_bytes(chron: Chronology, style_path: str, version) -> bytes:
    buf = io.BytesIO()
    _save(chron, buf, "png", style_path)
    return buf.getvalue()


def write_png(chron: Chronology, path: Path, *, style: str | Path = "briefing", **_: object) -> None:
    Path(path).write_bytes(png_bytes(chron, style=style))


def write_svg(chron: Chronology, path: Path, *, style: str | Path = "briefing", **_: object) -> None:
    with open(path, "wb") as f:
        _save(chron, f, "svg", style)


def write_pdf(chron: Chronology, path: Path, *, style: str | Path = "briefing", **_: object) -> None:
    with open(path, "wb") as f:
        _save(chron, f, "pdf", style)


__all__ = ["draw", "figure", "plot_style", "png_bytes", "write_png", "write_svg", "write_pdf", "Theme",
           "WIDTH_IN", "HEIGHT_IN", "DPI", "ELLIPSIS"]
