"""The broken time axis of the timeline picture and the marks on it.

One matplotlib axes per segment of time (:mod:`chrono.render.layout` finds them), plus an *ahead*
zone for events with no interval; the publication day shaded, the time after it tinted, break marks
between segments. Then each event's mark: a point for a day, a bar for a period, hollow and dashed
for a forecast, an arrow from "since" to the publication day.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from ..model import Modality, Relation
from ..present import Briefing, Row, story_span
from . import layout
from .canvas import HEIGHT_IN, WIDTH_IN, Canvas
from .rows import Grid

SEG_GAP = 0.26                                     # inches between two segments
BAR_H = 0.46                                       # of a row


@dataclass(frozen=True)
class Axis:
    """The segments of time, the axes that draw them (``(axes, x, width)``) and the rows' own spans."""

    segs: list
    axes: list
    own: list
    vague: list
    every: tuple = ()                              # every row, for the overview strip (empty: no strip)


def _weights(segs: list, own: list, published, vague: list) -> list[float]:
    """The width of each segment, relative: more events, more room; the publication's segment a little more."""
    pub_seg = layout.segment_of(segs, published) if (segs and published) else None
    counts = [0] * len(segs)
    for s in own:
        if s:
            counts[layout.segment_of(segs, s[0])] += 1
    weights = [min(0.8 + 0.3 * c, 3.0) + (0.3 if k == pub_seg else 0.0) for k, c in enumerate(counts)]
    return weights + ([1.0] if vague else [])


def plan(b: Briefing, rows: list[Row], every: "tuple[Row, ...] | None" = None) -> tuple[list, list, list, list]:
    """The segments of time, the rows' own spans, the rows with no interval and the spans that weigh the
    segments (every row's with ``every``): what :func:`draw_axis` draws, without drawing."""
    published = b.date
    own = [r.span for r in rows]
    pub_days = [] if every else [(d, d + timedelta(days=1)) for d in b.published]    # of a corpus: its day
    keys = [s for s in own if s]
    story = story_span(b) if every else None
    if story and keys:                                  # the story, within what the key events span
        story = (max(story[0], min(s[0] for s in keys)), min(story[1], max(s[1] for s in keys)))
    spanned = [r.span for r in every] if every else own
    on_axis = [s for s in spanned if s and story and story[0] <= s[0] and s[1] <= story[1]]
    segs = layout.segments([s for s in own if s] + on_axis + pub_days, published)
    vague = [i for i, s in enumerate(own) if s is None]
    return segs, own, vague, spanned


def _add_axes(canvas: Canvas, g: Grid, weights: list[float], n: int) -> list:
    fig, theme = canvas.fig, canvas.theme
    strip = g.strip_h / g.row_h if g.row_h else 0.0
    unit = (g.time_w - SEG_GAP * (len(weights) - 1)) / max(sum(weights), 1e-9)
    axes = []
    x = g.time_x
    axes_y, axes_h = g.rows_bottom / HEIGHT_IN, g.rows_h / HEIGHT_IN
    for wgt in weights:
        ax = fig.add_axes((x / WIDTH_IN, axes_y, wgt * unit / WIDTH_IN, axes_h))
        ax.set_ylim(max(n, 1) - 0.5 + strip, -0.5)
        ax.set_yticks([])
        for side in ("left", "right", "top"):
            ax.spines[side].set_visible(False)
        ax.spines["bottom"].set_color(theme.edge)
        axes.append((ax, x, wgt * unit))
        x += wgt * unit + SEG_GAP
    return axes


def _segment(canvas: Canvas, g: Grid, b: Briefing, seg, placed, optional: list) -> None:
    """One segment's scale, ticks, shading and header."""
    theme, published = canvas.theme, b.date
    ax, ax_x, ax_w = placed
    ax.set_xlim(seg.lo, seg.hi)

    def fits(texts: list[str], width: float = ax_w) -> bool:
        return sum(max(canvas.width(p, theme.tick) for p in t.split("\n")) + 0.1 for t in texts) <= width

    bounds, labels = layout.ticks(seg, fits, b.words.dates)
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
    names = layout.headers(seg, b.words.dates)
    name = next((h for h in names if canvas.width(h, theme.header, "bold") <= ax_w + SEG_GAP * 0.6), names[-1])
    optional.append(canvas.text(ax_x + ax_w / 2, g.header_y, name, ha="center", **canvas.header_style()))


def draw_axis(canvas: Canvas, g: Grid, b: Briefing, rows: list[Row], optional: list,
              every: "tuple[Row, ...] | None" = None) -> Axis:
    """The axes of the broken time axis, with their ticks, shading, headers and break marks; with
    ``every`` (all rows, of which ``rows`` are the key ones) the axis spans the key events, the events
    of the story (:func:`chrono.present.story_span`: stray dates left out) and the briefing day (not
    every publication day), the room of each segment as the events it holds."""
    from matplotlib.lines import Line2D
    theme, fig, published = canvas.theme, canvas.fig, b.date
    segs, own, vague, spanned = plan(b, rows, every)
    if not segs and not vague:
        canvas.text(g.time_x + g.time_w / 2, (g.rows_top + g.rows_bottom) / 2, b.words.timeline.no_events,
                    ha="center", va="center", color=theme.muted, fontsize=theme.base)
    axes = _add_axes(canvas, g, _weights(segs, spanned, published, vague), len(rows))
    for k, seg in enumerate(segs):
        _segment(canvas, g, b, seg, axes[k], optional)
    if vague:
        ax, ax_x, ax_w = axes[-1]
        ax.set_xlim(0, 1)
        ax.set_xticks([])
        ax.set_facecolor((*theme.forecast, 0.07))
        optional.append(canvas.text(ax_x + ax_w / 2, g.header_y, b.words.timeline.ahead, ha="center",
                                    **canvas.header_style()))
    for k in range(1, len(axes)):                      # break marks between segments on the axis line
        for xb in (axes[k - 1][1] + axes[k - 1][2] + 0.05, axes[k][1] - 0.05):
            fig.add_artist(Line2D([(xb - 0.05) / WIDTH_IN, (xb + 0.05) / WIDTH_IN],
                                  [(g.rows_bottom - 0.09) / HEIGHT_IN, (g.rows_bottom + 0.09) / HEIGHT_IN],
                                  transform=fig.transFigure, color=theme.edge, lw=1.6))
    return Axis(segs, axes, own, vague, tuple(every or ()))


def draw_overview(canvas: Canvas, g: Grid, b: Briefing, axis: Axis, bins_per_inch: float = 9.0) -> None:
    """The strip under the key events: every event on the axis counted by the day it starts on, one bar
    per bin of each segment (bins about ``1 / bins_per_inch`` inch wide), the tallest bar the strip's
    height; labelled with how many events it counts, of all (those off the axis are in the table)."""
    from matplotlib.patches import Rectangle
    theme = canvas.theme
    n = len(axis.own)
    strip = g.strip_h / g.row_h
    base, top = n - 0.5 + strip * 0.92, n - 0.5 + strip * 0.12
    counts: list[list[int]] = []
    for k, seg in enumerate(axis.segs):
        bins = max(int(axis.axes[k][2] * bins_per_inch), 4)
        hist = [0] * bins
        for r in axis.every:
            if r.span is not None and seg.holds(r.span[0]):
                x = (r.span[0].toordinal() + 0.5 - seg.lo) / (seg.hi - seg.lo)
                hist[min(max(int(x * bins), 0), bins - 1)] += 1
        counts.append(hist)
    vague = sum(1 for r in axis.every if r.span is None)
    tallest = max([c for hist in counts for c in hist] + [vague if axis.vague else 0, 1])
    color = theme.blend(theme.fact, 0.55)
    for k, seg in enumerate(axis.segs):
        ax, hist = axis.axes[k][0], counts[k]
        width = (seg.hi - seg.lo) / len(hist)
        for j, c in enumerate(hist):
            if c:
                h = (base - top) * max(c / tallest, 0.08)
                ax.add_patch(Rectangle((seg.lo + j * width, base - h), width * 0.86, h, facecolor=color,
                                       edgecolor="none", zorder=3, clip_on=False))
    if axis.vague and vague:
        ax = axis.axes[-1][0]
        h = (base - top) * max(vague / tallest, 0.08)
        ax.add_patch(Rectangle((0.3, base - h), 0.4, h, facecolor=color, edgecolor="none", zorder=3))
    y = g.rows_bottom + g.strip_h / 2
    shown = sum(counts_ for hist in counts for counts_ in hist) + (vague if axis.vague else 0)
    total, words = len(axis.every), b.words.timeline
    label = words.overview(total) if shown == total else words.overview_part.format(shown=shown, n=total)
    canvas.text(g.time_x - g.gap, y, label, ha="right", va="center", fontsize=theme.tick, color=theme.muted,
                style="italic")


def draw_marks(canvas: Canvas, g: Grid, b: Briefing, rows: list[Row], axis: Axis) -> set[str]:
    """Each event's mark; the kinds of mark used (for the legend)."""
    from matplotlib.patches import Rectangle
    theme, fig, published = canvas.theme, canvas.fig, b.date
    marker_pt = max(min(g.row_pt * 0.5, 17.0), 4.0)
    lw = max(min(g.row_pt * 0.08, 3.0), 1.0)
    used = set()
    for i, r in enumerate(rows):
        e = r.event
        color = theme.fact if e.modality is Modality.FACT else theme.forecast
        hollow = e.modality is not Modality.FACT
        if axis.own[i] is None:
            ax = axis.axes[-1][0]
            ax.annotate("", xy=(0.92, i), xytext=(0.08, i),
                        arrowprops=dict(arrowstyle="-|>", color=color, lw=lw, linestyle=(0, (3, 2)),
                                        mutation_scale=marker_pt * 1.3, shrinkA=0, shrinkB=0))
            ax.plot([0.08], [i], marker="o", ms=marker_pt * 0.8, mfc=theme.bg, mec=color, mew=lw, zorder=4)
            used.add("vague")
            continue
        start, end = axis.own[i]
        k = layout.segment_of(axis.segs, start)
        ax = axis.axes[k][0]
        s0, s1 = start.toordinal(), end.toordinal()
        if r.point:
            ax.plot([s0 + 0.5], [i], marker="o", ms=marker_pt, mfc=theme.bg if hollow else color, mec=color,
                    mew=lw, zorder=5, clip_on=False)
            used.add("forecast" if hollow else "day")
            tail = s0 + 0.5
        else:
            ax.add_patch(Rectangle((s0, i - BAR_H / 2), s1 - s0, BAR_H, facecolor=theme.bg if hollow else color,
                                   edgecolor=color, lw=lw, linestyle=(0, (3, 2)) if hollow else "-", zorder=4))
            used.add("forecast" if hollow else "period")
            tail = s1
        if e.when.relation is Relation.SINCE and published is not None and r.extent is not None:
            if _since_arrow(fig, axis, r, i, k, tail, dict(arrowstyle="-|>", color=color, lw=lw,
                                                           mutation_scale=marker_pt * 1.3, shrinkA=0, shrinkB=0)):
                used.add("ongoing")
    return used


def _since_arrow(fig, axis: Axis, r: Row, i: int, k: int, tail: float, style: dict) -> bool:
    """The arrow from a "since" event's mark to the publication day (across segments if need be);
    whether one was drawn."""
    from matplotlib.patches import ConnectionPatch
    found = layout.since_head(axis.segs, k, r.extent[1])
    if found is None:
        return False
    kp, head = found
    ax = axis.axes[k][0]
    if kp == k:
        ax.annotate("", xy=(head, i), xytext=(tail, i), arrowprops=style, zorder=4)
    else:
        fig.add_artist(ConnectionPatch(xyA=(tail, i), coordsA=ax.transData, xyB=(head, i),
                                       coordsB=axis.axes[kp][0].transData, **style))
    return True


__all__ = ["Axis", "BAR_H", "SEG_GAP", "draw_axis", "draw_marks", "draw_overview", "plan"]
