"""The broken time axis, the marks and the legend of the PNG timeline, recorded on a
:class:`chrono.render.paint.PaintCanvas`: the same geometry as :mod:`chrono.render.axis` and
:mod:`chrono.render.legend` draw with matplotlib (axes per segment of time, ticks and their labels,
shading of the publication day, marks sized from the row height, the legend's handles and spacing in
em of its type), computed here in inches.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..datetext import day_text
from ..model import Modality, Relation
from ..present import Briefing, Row
from . import layout
from .axis import BAR_H, SEG_GAP, _weights, plan
from .canvas import DPI, MARGIN, MIN_FONT, WIDTH_IN
from .rows import Grid

#: matplotlib's legend spacing, in em of the legend's type (its rc defaults and chrono's arguments)
HANDLE_LEN, HANDLE_H, HANDLE_PAD, COLUMN_GAP, BORDER_PAD = 2.2, 0.7, 0.8, 1.6, 0.4


@dataclass(frozen=True)
class PaintAxis:
    """The segments of time, each axes' ``(x, width)`` in inches, the rows' spans, and where rows sit."""

    segs: list
    axes: list
    own: list
    vague: list
    every: tuple
    top: float                                     # the top of the axes (inches)
    unit: float                                    # inches a row

    def x(self, k: int, value: float) -> float:
        x0, w = self.axes[k]
        lo, hi = (self.segs[k].lo, self.segs[k].hi) if k < len(self.segs) else (0.0, 1.0)
        return x0 + (value - lo) / (hi - lo) * w

    def y(self, value: float) -> float:
        return self.top - (value + 0.5) * self.unit


def _rgba(color: tuple, alpha: float = 1.0) -> tuple:
    return (*color[:3], alpha)


def _axes(g: Grid, weights: list[float], n: int) -> tuple[list, float, float]:
    strip = g.strip_h / g.row_h if g.row_h else 0.0
    unit = (g.time_w - SEG_GAP * (len(weights) - 1)) / max(sum(weights), 1e-9)
    axes, x = [], g.time_x
    for wgt in weights:
        axes.append((x, wgt * unit))
        x += wgt * unit + SEG_GAP
    return axes, g.rows_bottom + g.rows_h, g.rows_h / (max(n, 1) + strip)


def _segment(canvas, g: Grid, b: Briefing, axis: PaintAxis, k: int) -> None:
    """One segment's shading, ticks and their labels, axis line and header."""
    theme, st, seg = canvas.theme, canvas.style, axis.segs[k]
    ax_x, ax_w = axis.axes[k]

    def fits(texts: list[str], width: float = ax_w) -> bool:
        return sum(max(canvas.width(p, theme.tick) for p in t.split("\n")) + 0.1 for t in texts) <= width

    bounds, labels = layout.ticks(seg, fits, b.words.dates)
    bottom, top = g.rows_bottom, g.rows_bottom + g.rows_h
    if b.date is not None:
        p = b.date.toordinal()
        if seg.lo < p + 1 and p < seg.hi:
            canvas.shape("rect", (axis.x(k, max(p, seg.lo)), bottom, axis.x(k, min(p + 1, seg.hi)), top),
                         fill=_rgba(theme.accent, 0.4))
        if p + 1 < seg.hi:
            canvas.shape("rect", (axis.x(k, max(p + 1, seg.lo)), bottom, ax_x + ax_w, top),
                         fill=_rgba(theme.forecast, 0.07))
    tick = st.minor_size / 72
    for d in bounds:
        canvas.shape("line", ((axis.x(k, d), bottom), (axis.x(k, d), bottom - tick)), edge=st.tick_color,
                     lw=st.minor_width)
    canvas.shape("line", ((ax_x, bottom), (ax_x + ax_w, bottom)), edge=theme.edge, lw=st.axis_lw)
    label_y = bottom - (st.major_size + st.pad) / 72
    for pos, text in labels:
        canvas.scene.optional.append(canvas.text(axis.x(k, pos), label_y, text, fontsize=theme.tick,
                                                 color=st.tick_label_color, ha="center", va="top"))
    names = layout.headers(seg, b.words.dates)
    name = next((h for h in names if canvas.width(h, theme.header, "bold") <= ax_w + SEG_GAP * 0.6), names[-1])
    canvas.scene.optional.append(canvas.text(ax_x + ax_w / 2, g.header_y, name, ha="center",
                                             **canvas.header_style()))


def draw_axis(canvas, g: Grid, b: Briefing, rows: list[Row], every: "tuple[Row, ...] | None" = None) -> PaintAxis:
    """The broken time axis (as :func:`chrono.render.axis.draw_axis`)."""
    theme = canvas.theme
    segs, own, vague, spanned = plan(b, rows, every)
    if not segs and not vague:
        canvas.text(g.time_x + g.time_w / 2, (g.rows_top + g.rows_bottom) / 2, b.words.timeline.no_events,
                    ha="center", va="center", color=theme.muted, fontsize=theme.base)
    axes, top, unit = _axes(g, _weights(segs, spanned, b.date, vague), len(rows))
    axis = PaintAxis(segs, axes, own, vague, tuple(every or ()), top, unit)
    if vague:
        ax_x, ax_w = axes[-1]
        canvas.shape("rect", (ax_x, g.rows_bottom, ax_x + ax_w, top), fill=_rgba(theme.forecast, 0.07))
    for k in range(len(segs)):
        _segment(canvas, g, b, axis, k)
    if vague:
        ax_x, ax_w = axes[-1]
        canvas.shape("line", ((ax_x, g.rows_bottom), (ax_x + ax_w, g.rows_bottom)), edge=theme.edge,
                     lw=canvas.style.axis_lw)
        canvas.scene.optional.append(canvas.text(ax_x + ax_w / 2, g.header_y, b.words.timeline.ahead,
                                                 ha="center", **canvas.header_style()))
    for k in range(1, len(axes)):                      # break marks between segments on the axis line
        for xb in (axes[k - 1][0] + axes[k - 1][1] + 0.05, axes[k][0] - 0.05):
            canvas.shape("line", ((xb - 0.05, g.rows_bottom - 0.09), (xb + 0.05, g.rows_bottom + 0.09)),
                         edge=theme.edge, lw=1.6)
    return axis


def draw_overview(canvas, g: Grid, b: Briefing, axis: PaintAxis, bins_per_inch: float = 9.0) -> None:
    """The strip that counts every event by date under the key events (as :func:`chrono.render.axis.draw_overview`)."""
    theme, n = canvas.theme, len(axis.own)
    strip = g.strip_h / g.row_h
    base, top = n - 0.5 + strip * 0.92, n - 0.5 + strip * 0.12
    counts: list[list[int]] = []
    for k, seg in enumerate(axis.segs):
        hist = [0] * max(int(axis.axes[k][1] * bins_per_inch), 4)
        for r in axis.every:
            if r.span is not None and seg.holds(r.span[0]):
                x = (r.span[0].toordinal() + 0.5 - seg.lo) / (seg.hi - seg.lo)
                hist[min(max(int(x * len(hist)), 0), len(hist) - 1)] += 1
        counts.append(hist)
    vague = sum(1 for r in axis.every if r.span is None)
    tallest = max([c for hist in counts for c in hist] + [vague if axis.vague else 0, 1])
    color = theme.blend(theme.fact, 0.55)
    for k, seg in enumerate(axis.segs):
        width = (seg.hi - seg.lo) / len(counts[k])
        for j, c in enumerate(counts[k]):
            if c:
                h = (base - top) * max(c / tallest, 0.08)
                x0 = seg.lo + j * width
                canvas.shape("rect", (axis.x(k, x0), axis.y(base), axis.x(k, x0 + width * 0.86), axis.y(base - h)),
                             fill=color)
    if axis.vague and vague:
        k, h = len(axis.axes) - 1, (base - top) * max(vague / tallest, 0.08)
        canvas.shape("rect", (axis.x(k, 0.3), axis.y(base), axis.x(k, 0.7), axis.y(base - h)), fill=color)
    shown = sum(c for hist in counts for c in hist) + (vague if axis.vague else 0)
    total, words = len(axis.every), b.words.timeline
    label = words.overview(total) if shown == total else words.overview_part.format(shown=shown, n=total)
    canvas.text(g.time_x - g.gap, g.rows_bottom + g.strip_h / 2, label, ha="right", va="center",
                fontsize=theme.tick, color=theme.muted, style="italic")


def _arrow(a: tuple, b: tuple, color: tuple, lw: float, scale: float, dashed: bool = False) -> list[tuple]:
    """matplotlib's ``-|>`` arrow from ``a`` to ``b`` (inches): a line and a filled head
    ``0.4 * scale`` points long and as wide."""
    length, half = 0.4 * scale / 72, 0.2 * scale / 72
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = (dx * dx + dy * dy) ** 0.5 or 1.0
    ux, uy = dx / n, dy / n
    base = (b[0] - ux * length, b[1] - uy * length)
    head = (b, (base[0] - uy * half, base[1] + ux * half), (base[0] + uy * half, base[1] - ux * half))
    return [("line", (a, base), dict(edge=color, lw=lw, dashed=dashed)),
            ("polygon", head, dict(fill=color)), ("line", head + (b,), dict(edge=color, lw=lw))]


def _mark(r: Row, i: int, k: int, axis: PaintAxis, theme, published, sizes: tuple, layers: dict) -> str:
    """The mark of a row on its segment (into ``layers`` by matplotlib's z-order); its kind."""
    marker_pt, lw = sizes
    e = r.event
    color = theme.fact if e.modality is Modality.FACT else theme.forecast
    hollow = e.modality is not Modality.FACT
    start, end = axis.own[i]
    s0, s1 = start.toordinal(), end.toordinal()
    y = axis.y(i)
    if r.point:
        layers[5].append(("circle", (axis.x(k, s0 + 0.5), y, marker_pt),
                          dict(fill=theme.bg if hollow else color, edge=color, lw=lw)))
        kind, tail = ("forecast" if hollow else "day"), s0 + 0.5
    else:
        x0, x1 = axis.x(k, s0), axis.x(k, s1)
        layers[4].append(("rect", (x0, axis.y(i + BAR_H / 2), x1, axis.y(i - BAR_H / 2)),
                          dict(fill=theme.bg if hollow else color, edge=color, lw=lw, dashed=hollow)))
        kind, tail = ("forecast" if hollow else "period"), s1
    if e.when.relation is Relation.SINCE and published is not None and r.extent is not None:
        found = layout.since_head(axis.segs, k, r.extent[1])
        if found is not None:
            kp, head = found
            arrow = _arrow((axis.x(k, tail), y), (axis.x(kp, head), y), color, lw, marker_pt * 1.3)
            layers[4 if kp == k else 1].extend(arrow)
            return kind + "+ongoing"
    return kind


def draw_marks(canvas, g: Grid, b: Briefing, rows: list[Row], axis: PaintAxis) -> set[str]:
    """Each event's mark (as :func:`chrono.render.axis.draw_marks`); the kinds of mark used."""
    theme = canvas.theme
    marker_pt = max(min(g.row_pt * 0.5, 17.0), 4.0)
    lw = max(min(g.row_pt * 0.08, 3.0), 1.0)
    layers: dict[int, list] = {1: [], 3: [], 4: [], 5: []}
    used: set[str] = set()
    for i, r in enumerate(rows):
        if axis.own[i] is None:
            color = theme.fact if r.event.modality is Modality.FACT else theme.forecast
            k, y = len(axis.axes) - 1, axis.y(i)
            layers[3].extend(_arrow((axis.x(k, 0.08), y), (axis.x(k, 0.92), y), color, lw, marker_pt * 1.3, True))
            layers[4].append(("circle", (axis.x(k, 0.08), y, marker_pt * 0.8), dict(fill=theme.bg, edge=color, lw=lw)))
            used.add("vague")
            continue
        k = layout.segment_of(axis.segs, axis.own[i][0])
        used.update(_mark(r, i, k, axis, theme, b.date, (marker_pt, lw), layers).split("+"))
    for z in (3, 4, 5, 1):
        for kind, points, kw in layers[z]:
            canvas.shape(kind, points, **kw)
    return used


def _handles(canvas, b: Briefing, used: set[str], has_segments: bool) -> list[tuple[str, str]]:
    words = b.words.timeline.legend
    out = [(key, words[key]) for key in ("day", "period", "forecast", "ongoing") if key in used]
    if b.date is not None and has_segments:
        out += [("published", words["published"].format(day=day_text(b.date, words=b.words.dates))),
                ("post_publication", words["post_publication"])]
    return out


def _handle(canvas, key: str, x: float, y: float, em: float) -> None:
    """One legend handle: its box ``HANDLE_LEN`` em wide and ``HANDLE_H`` em high from ``(x, y)``,
    the baseline of its label (inches)."""
    theme, w, h = canvas.theme, HANDLE_LEN * em, HANDLE_H * em
    cx, cy = x + w / 2, y + h / 2
    if key == "day":
        canvas.shape("circle", (cx, cy, 12.0), fill=theme.fact, edge=theme.fact, lw=1.0)
    elif key == "period":
        canvas.shape("rect", (x, y, x + w, y + h), fill=theme.fact, edge=theme.fact, lw=1.0)
    elif key == "forecast":
        canvas.shape("line", ((x, cy), (x + w, cy)), edge=theme.forecast, lw=2.5, dashed=True)
        canvas.shape("circle", (cx, cy, 12.0), fill=theme.bg, edge=theme.forecast, lw=1.0)
    elif key == "ongoing":
        canvas.shape("line", ((x, cy), (x + w, cy)), edge=theme.fact, lw=2.5)
        r = 5.0 / 72
        canvas.shape("polygon", ((cx + r, cy), (cx - r, cy + r), (cx - r, cy - r)), fill=theme.fact)
    elif key == "published":
        canvas.shape("rect", (x, y, x + w, y + h), fill=_rgba(theme.accent, 0.4))
    else:
        canvas.shape("rect", (x, y, x + w, y + h), fill=_rgba(theme.forecast, 0.07),
                     edge=theme.blend(theme.text, 0.2), lw=0.5)


def draw_legend(canvas, b: Briefing, used: set[str], has_segments: bool, legend_y: float) -> None:
    """One row of legend entries above the source line, its type shrunk until it fits (as
    :func:`chrono.render.legend.draw_legend`: the handles and spacing keep the style's size)."""
    from .paint import Text, text_layout
    handles = _handles(canvas, b, used, has_segments)
    if not handles:
        return
    theme, fonts = canvas.theme, canvas.fonts
    em, size = theme.legend / 72, theme.legend
    fixed = (HANDLE_LEN + HANDLE_PAD) * em * len(handles) + COLUMN_GAP * em * (len(handles) - 1) + 2 * BORDER_PAD * em

    def layouts(sz: float) -> list:
        return [text_layout(fonts, Text(0, 0, label, sz, theme.text)) for _, label in handles]
    found = layouts(size)
    while fixed + sum(bx[2] - bx[0] for bx, _ in found) / DPI > WIDTH_IN - 2 * MARGIN and size > MIN_FONT:
        size -= 1
        found = layouts(size)
    descent = max((bx[3] - lines[-1][2]) for bx, lines in found) / DPI
    baseline = legend_y - 0.08 + BORDER_PAD * em + descent
    x = MARGIN + BORDER_PAD * em
    for (key, label), (bx, _) in zip(handles, found):
        _handle(canvas, key, x, baseline, em)
        x += (HANDLE_LEN + HANDLE_PAD) * em
        canvas.text(x, baseline, label, fontsize=size, color=theme.text)
        x += (bx[2] - bx[0]) / DPI + COLUMN_GAP * em


__all__ = ["PaintAxis", "draw_axis", "draw_legend", "draw_marks", "draw_overview"]
