"""The legend of the timeline picture (the marks it uses, the publication day), and the last pass
that hides optional texts (axis dates, column headers) which collide with another.
"""
from __future__ import annotations

import logging

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from ..datetext import day_text
from ..present import Briefing
from .canvas import DPI, HEIGHT_IN, MARGIN, MIN_FONT, WIDTH_IN, Canvas
from .labels import overlapping, visible_texts

log = logging.getLogger(__name__)


def _handles(canvas: Canvas, b: Briefing, used: set[str], has_segments: bool) -> list:
    theme, words = canvas.theme, b.words.timeline.legend
    handles = []
    if "day" in used:
        handles.append(Line2D([], [], ls="none", marker="o", ms=12, color=theme.fact, label=words["day"]))
    if "period" in used:
        handles.append(Patch(facecolor=theme.fact, edgecolor=theme.fact, label=words["period"]))
    if "forecast" in used:
        handles.append(Line2D([], [], ls=(0, (3, 2)), lw=2.5, marker="o", ms=12, mfc=theme.bg,
                              color=theme.forecast, label=words["forecast"]))
    if "ongoing" in used:
        handles.append(Line2D([], [], ls="-", lw=2.5, marker=">", ms=10, markevery=[1], color=theme.fact,
                              label=words["ongoing"]))
    if b.date is not None and has_segments:
        handles.append(Patch(facecolor=(*theme.accent, 0.4), edgecolor="none",
                             label=words["published"].format(day=day_text(b.date, words=b.words.dates))))
        handles.append(Patch(facecolor=(*theme.forecast, 0.07), edgecolor=theme.blend(theme.text, 0.2),
                             lw=0.5, label=words["post_publication"]))
    return handles


def draw_legend(canvas: Canvas, b: Briefing, used: set[str], has_segments: bool, legend_y: float) -> None:
    """One row of legend entries above the source line, its type shrunk until it fits."""
    handles = _handles(canvas, b, used, has_segments)
    if not handles:
        return
    fig, theme = canvas.fig, canvas.theme
    leg = fig.legend(handles=handles, loc="lower left", ncols=len(handles), frameon=False,
                     bbox_to_anchor=(MARGIN / WIDTH_IN, (legend_y - 0.08) / HEIGHT_IN), borderaxespad=0,
                     handlelength=2.2, columnspacing=1.6, fontsize=theme.legend)
    for t in leg.get_texts():
        t.set_parse_math(False)
    _fit_legend(fig, leg, theme.legend)


def _fit_legend(fig: Figure, leg, size: float) -> None:
    """Shrink the legend's type until it fits the width of the figure."""
    renderer = fig.canvas.get_renderer()
    limit = fig.bbox.width - 2 * MARGIN * DPI
    while leg.get_window_extent(renderer).width > limit and size > MIN_FONT:
        size -= 1
        for t in leg.get_texts():
            t.set_fontsize(size)


def drop_collisions(fig: Figure, optional: list) -> bool:
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


__all__ = ["draw_legend", "drop_collisions"]
