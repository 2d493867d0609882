"""The slide the timeline is drawn on: its size, the style's colours and sizes, text placed in inches,
and the fitting of labels into the room they have.

:class:`Theme` and :func:`fit_lines` need no matplotlib: the Pillow painter (:mod:`chrono.render.paint`)
shares them with the matplotlib :class:`Canvas` (SVG, PDF), which imports matplotlib when made.
"""
from __future__ import annotations

from dataclasses import dataclass

from .labels import cap, shorten, wrap
from .metrics import measurer

WIDTH_IN, HEIGHT_IN, DPI = 16.0, 9.0, 120          # 1920 x 1080 px
MARGIN = 0.45                                      # inches, left and right
MIN_FONT = 7.0
#: fact, forecast and publication day where a style's colour cycle has fewer colours (#1F4E79, #C55A11, #F2B134)
_DEFAULT_CYCLE = ((31, 78, 121), (197, 90, 17), (242, 177, 52))


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
        """The theme of matplotlib's current rcParams."""
        from matplotlib import rcParams
        from matplotlib.colors import to_rgb
        return Theme.of(rcParams, to_rgb, [to_rgb(c["color"]) for c in rcParams["axes.prop_cycle"]])

    @staticmethod
    def of(params, to_rgb, cycle: list[tuple]) -> "Theme":
        """The theme of a mapping of rcParams (matplotlib's or :mod:`chrono.render.mplstyle`'s), its
        colours read by ``to_rgb`` and its colour cycle as RGB tuples."""
        colors = list(cycle) + [tuple(c / 255 for c in rgb) for rgb in _DEFAULT_CYCLE][len(cycle):]

        def size(key: str, default: float) -> float:
            value = params[key]
            return float(value) if isinstance(value, (int, float)) else default

        return Theme(bg=to_rgb(params["figure.facecolor"]), text=to_rgb(params["text.color"]),
                     muted=to_rgb(params["axes.labelcolor"]), edge=to_rgb(params["axes.edgecolor"]),
                     fact=colors[0], forecast=colors[1], accent=colors[2], base=size("font.size", 18),
                     title=size("figure.titlesize", 30), header=size("axes.titlesize", 14),
                     tick=size("xtick.labelsize", 14), legend=size("legend.fontsize", 14))

    def blend(self, color: tuple, amount: float) -> tuple:
        """``color`` laid over the background at ``amount`` opacity, as an opaque colour."""
        return tuple(b + (c - b) * amount for b, c in zip(self.bg, color))


class Canvas:
    """A figure with inch-based placement and text measurement."""

    def __init__(self, theme: Theme):
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
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
        """Text at ``(x, y)`` inches from the bottom left of the figure (upright or regular where only
        those faces of the fonts have its glyphs: :func:`chrono.render.fonts.drawable_style`)."""
        from .fonts import drawable_style
        kw.setdefault("color", self.theme.text)
        if kw.get("weight", "normal") != "normal" or kw.get("style", "normal") != "normal":
            kw["weight"], kw["style"] = drawable_style(s, kw.get("weight", "normal"), kw.get("style", "normal"))
        return self.fig.text(x / WIDTH_IN, y / HEIGHT_IN, s, parse_math=False, **kw)

    def band(self, x: float, y: float, w: float, h: float, color: tuple) -> None:
        """A filled rectangle behind everything (a row's stripe), in inches from the bottom left."""
        from matplotlib.patches import Rectangle
        fig = self.fig
        fig.patches.append(Rectangle((x / WIDTH_IN, y / HEIGHT_IN), w / WIDTH_IN, h / HEIGHT_IN,
                                     transform=fig.transFigure, facecolor=color, edgecolor="none", zorder=-5))

    def header_style(self) -> dict:
        """The keywords of a column header's text."""
        return dict(fontsize=self.theme.header, color=self.theme.muted, weight="bold", va="top")


def fit_lines(canvas: Canvas, texts: list[str], width: float, height_pt: float, sizes: list[float],
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


def sizes(top: float) -> list[float]:
    """Font sizes from ``top`` down to :data:`MIN_FONT`, a point apart."""
    out, s = [], top
    while s >= MIN_FONT:
        out.append(round(s, 1))
        s -= 1.0
    return out or [MIN_FONT]


__all__ = ["Canvas", "DPI", "HEIGHT_IN", "MARGIN", "MIN_FONT", "Theme", "WIDTH_IN", "fit_lines", "sizes"]
