"""The PNG timeline painted with Pillow: the same design as the matplotlib picture, without matplotlib.

The layout is chrono's own and shared with the matplotlib picture (SVG, PDF): the rows, the title block
and the fitting of labels (:mod:`chrono.render.rows`, :mod:`chrono.render.canvas`), the broken axis
(:mod:`chrono.render.layout`). Here a :class:`PaintCanvas` stands where :class:`chrono.render.canvas.Canvas`
does: it measures text with Pillow's font metrics (:mod:`chrono.render.pilfonts`) and records what is
drawn as a :class:`Scene` (texts placed as matplotlib places them, shapes in inches); the axis, the marks
and the legend are recorded by :mod:`chrono.render.paint_axis`; texts that may go (axis dates, headers)
are hidden where they collide, as :func:`chrono.render.legend.drop_collisions` does; then the scene is
painted (shapes with smooth edges, text in the fonts matplotlib would use) and encoded as an opaque RGB
PNG at 120 dpi, without metadata. The style is read by :mod:`chrono.render.mplstyle`.
"""
from __future__ import annotations

import io
import logging
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw

from ..model import Chronology
from ..present import Briefing, Selection
from . import mplstyle, rows as text_rows
from .canvas import DPI, HEIGHT_IN, WIDTH_IN
from .pilfonts import Fonts, face, line_metrics, ppem
from .pixels import paint_shape, rgba
from .styles import style_file

log = logging.getLogger(__name__)

W_PX, H_PX = round(WIDTH_IN * DPI), round(HEIGHT_IN * DPI)


@dataclass(frozen=True)
class Text:
    """A text placed as matplotlib places it: ``(x, y)`` inches from the bottom left, aligned by ``ha``
    and ``va``; several lines ``linespacing`` apart."""

    x: float
    y: float
    text: str
    size: float
    color: tuple
    weight: str = "normal"
    style: str = "normal"
    ha: str = "left"
    va: str = "baseline"
    linespacing: float | None = None                 # None: matplotlib's "normal"


@dataclass(frozen=True)
class Shape:
    """A shape in inches from the bottom left: ``rect`` (x0, y0, x1, y1), ``line`` (points), ``circle``
    (x, y, diameter in points), ``polygon`` (points). Colours are RGBA; widths in points."""

    kind: str
    points: tuple
    fill: tuple | None = None
    edge: tuple | None = None
    lw: float = 0.0
    dashed: bool = False


@dataclass
class Scene:
    """What the picture shows, in drawing order: the shapes behind, then the texts; ``hidden``: the
    texts (by index) the collision pass took out."""

    shapes: list = field(default_factory=list)
    texts: list = field(default_factory=list)
    optional: list = field(default_factory=list)
    hidden: set = field(default_factory=set)
    selection: Selection | None = None
    grid: text_rows.Grid | None = None

    def shown(self) -> list[Text]:
        return [t for i, t in enumerate(self.texts) if i not in self.hidden and t.text.strip()]


class PaintCanvas:
    """The measuring and drawing surface of the layout code (the duck of ``canvas.Canvas``)."""

    def __init__(self, style: mplstyle.Style, fonts: Fonts):
        self.style, self.fonts, self.theme = style, fonts, style.theme
        self.scene = Scene()
        self._measures: dict = {}

    def width(self, text: str, size: float, weight: str = "normal", style: str = "normal") -> float:
        return self.measure(size, weight, style)(text)

    def measure(self, size: float, weight: str = "normal", style: str = "normal"):
        key = (size, weight, style)
        if key not in self._measures:
            self._measures[key] = self.fonts.measurer(size, weight, style, dpi=DPI)
        return self._measures[key]

    def text(self, x: float, y: float, s: str, *, fontsize: float, color: tuple | None = None,
             weight: str = "normal", style: str = "normal", ha: str = "left", va: str = "baseline",
             linespacing: float | None = None) -> int:
        """Record a text; its index in the scene (for the collision pass)."""
        if weight != "normal" or style != "normal":
            weight, style = self.fonts.drawable_style(s, weight, style)
        self.scene.texts.append(Text(x, y, s, float(fontsize), color or self.theme.text, weight, style, ha, va,
                                     linespacing))
        return len(self.scene.texts) - 1

    def band(self, x: float, y: float, w: float, h: float, color: tuple) -> None:
        self.shape("rect", (x, y, x + w, y + h), fill=color)

    def shape(self, kind: str, points: tuple, **kw) -> None:
        self.scene.shapes.append(Shape(kind, tuple(points), **kw))

    def header_style(self) -> dict:
        return dict(fontsize=self.theme.header, color=self.theme.muted, weight="bold", va="top")


# -- text, placed as matplotlib's Text._get_layout places it (pixels, y down) -----------------------

def _ink(fonts: Fonts, line: str, px: float, weight: str, style: str) -> tuple[float, float, float, float]:
    """The ink box of one line relative to its pen origin and baseline: (left, top, right, bottom)."""
    x, box = 0.0, None
    for path, run in fonts.runs(line, weight, style):
        l, t, r, b = _run_ink(path, px, run)
        if r > l:
            box = (x + l, t, x + r, b) if box is None else (min(box[0], x + l), min(box[1], t),
                                                             max(box[2], x + r), max(box[3], b))
        x += face(path, px).getlength(run)
    return box or (0.0, 0.0, 0.0, 0.0)


@lru_cache(maxsize=4096)
def _run_ink(path: str, px: float, run: str) -> tuple[float, float, float, float]:
    """The inked box of a run in one font (Pillow's ``getbbox`` does not count a positive left bearing)."""
    f = face(path, px)
    _, top, _, bottom = f.getbbox(run, anchor="ls")
    mask, (ox, _) = f.getmask2(run, anchor="ls")
    inked = mask.getbbox()
    if not inked:
        return 0.0, float(top), 0.0, float(bottom)
    return float(ox + inked[0]), float(top), float(ox + inked[2]), float(bottom)


def _line_spacing(fonts: Fonts, t: Text, n: int):
    """How matplotlib spaces the lines of a text: ``(ascent, descent)`` of a line from its measured ones."""
    up, down, gap = line_metrics(fonts.primary(t.weight, t.style))
    scale = t.size * DPI / 72
    up, down, gap = up * scale, down * scale, (gap * scale if n > 1 else 0.0)
    if t.linespacing is None:                        # matplotlib's "normal"
        return lambda a, d: (max(a, up) + gap / 2, max(d, down) + gap / 2)
    height = t.linespacing * (up + down)
    return lambda a, d: (a + (height - a - d) / 2, d + (height - a - d) / 2)


@lru_cache(maxsize=2048)
def text_layout(fonts: Fonts, t: Text) -> tuple[tuple, list[tuple[str, float, float]]]:
    """The box of a text in pixels ``(x0, y0, x1, y1)`` (y down) and its lines with their pen origins,
    as matplotlib's ``Text._get_layout`` places them."""
    px = ppem(t.size, DPI)
    lines = t.text.split("\n")
    inks = [_ink(fonts, s, px, t.weight, t.style) if s else (0, 0, 0, 0) for s in lines]
    widths = [r - l for l, _, r, _ in inks]
    spaced = _line_spacing(fonts, t, len(lines))
    baselines, y = [], 0.0
    for l, top, r, bottom in inks:
        a, d = spaced(-top, bottom)
        baselines.append(y + a)
        y += a + d
    height, width = y, max(widths)
    x0 = t.x * DPI - {"left": 0.0, "center": width / 2, "right": width}[t.ha]
    yt = (HEIGHT_IN - t.y) * DPI
    y0 = {"top": yt, "center": yt - height / 2, "bottom": yt - height,
          "baseline": yt - baselines[-1]}.get(t.va, yt)
    share = {"left": 0.0, "center": 0.5, "right": 1.0}[t.ha]
    placed = [(s, x0 + (width - w) * share, y0 + b) for s, w, b in zip(lines, widths, baselines)]   # pen at the box
    return (x0, y0, x0 + width, y0 + height), placed


def boxes(scene: Scene, fonts: Fonts) -> list[tuple[str, tuple]]:
    """Every shown text with its box in pixels, y down (as :func:`chrono.render.labels.text_boxes`)."""
    return [(t.text, text_layout(fonts, t)[0]) for t in scene.shown()]


def _overlap(a: tuple, b: tuple, tolerance: float = 0.5) -> bool:
    return min(a[2], b[2]) - max(a[0], b[0]) > tolerance and min(a[3], b[3]) - max(a[1], b[1]) > tolerance


def drop_collisions(scene: Scene, fonts: Fonts) -> None:
    """Hide optional texts that overlap another text or leave the picture."""
    found = {i: text_layout(fonts, t)[0] for i, t in enumerate(scene.texts) if t.text.strip()}
    for i in scene.optional:
        if i not in found:
            continue
        box = found[i]
        inside = box[0] >= 0 and box[1] >= 0 and box[2] <= W_PX and box[3] <= H_PX
        if not inside or any(_overlap(box, other) for k, other in found.items() if k != i):
            log.debug("timeline: hid %r (no room)", scene.texts[i].text)
            scene.hidden.add(i)
            del found[i]


def paint(scene: Scene, fonts: Fonts, bg: tuple) -> Image.Image:
    """The scene as an RGB image of 1920 x 1080."""
    img = Image.new("RGB", (W_PX, H_PX), rgba(bg)[:3])
    for s in scene.shapes:
        paint_shape(img, s)
    draw = ImageDraw.Draw(img)
    for i, t in enumerate(scene.texts):
        if i in scene.hidden or not t.text.strip():
            continue
        px, color = ppem(t.size, DPI), rgba(t.color)[:3]
        for line, x, y in text_layout(fonts, t)[1]:
            for path, run in fonts.runs(line, t.weight, t.style):
                f = face(path, px)
                draw.text((x, y), run, font=f, fill=color, anchor="ls")
                x += f.getlength(run)
    return img


# -- the picture -----------------------------------------------------------------------------------

def _style_key(style: str | Path) -> tuple[str, tuple | None]:
    """The path of a style's ``.mplstyle`` and its modification time and size (to key the caches)."""
    path = style_file(style, ".mplstyle")
    try:
        stat = path.stat()
        return str(path), (stat.st_mtime_ns, stat.st_size)
    except OSError:
        return str(path), None


def _style(style: str | Path) -> mplstyle.Style:
    return mplstyle.read(*_style_key(style))


def _canvas(b: Briefing, style: str | Path) -> PaintCanvas:
    s = _style(style)
    return PaintCanvas(s, Fonts(s.families).with_fallbacks(text_rows.shown_texts(b)))


def scene(chron: Chronology | Briefing, *, style: str | Path = "briefing") -> tuple[Scene, Fonts]:
    """What the PNG of ``chron`` shows in ``style``, laid out as the matplotlib picture is
    (:func:`chrono.render.plot.draw`), and the fonts it is drawn with. The last few are kept, so the
    briefing's key points, its picture and the PNG lay the timeline out once (do not change them)."""
    key = _style_key(style)
    try:
        return _scene(chron, *key)
    except TypeError:                                  # not hashable: laid out afresh
        return lay_out(chron, key[0])


@lru_cache(maxsize=4)
def _scene(chron: Chronology, style_path: str, version) -> tuple[Scene, Fonts]:
    return lay_out(chron, style_path)


def lay_out(chron: Chronology | Briefing, style: str | Path) -> tuple[Scene, Fonts]:
    """The scene of ``chron`` in ``style`` (see :func:`scene`, which keeps the last ones)."""
    from . import paint_axis
    b = Briefing.of(chron)
    canvas = _canvas(b, style)
    chosen, rows, grid, legend_y = text_rows.draw_text(canvas, b)
    axis = paint_axis.draw_axis(canvas, grid, b, rows, None if chosen.complete else b.rows)
    used = paint_axis.draw_marks(canvas, grid, b, rows, axis)
    if not chosen.complete:
        paint_axis.draw_overview(canvas, grid, b, axis)
    paint_axis.draw_legend(canvas, b, used, bool(axis.segs), legend_y)
    drop_collisions(canvas.scene, canvas.fonts)
    canvas.scene.selection, canvas.scene.grid = chosen, grid
    return canvas.scene, canvas.fonts


def selection(chron: Chronology | Briefing, *, style: str | Path = "briefing") -> Selection:
    """The events the timeline of ``chron`` draws in ``style`` (:class:`chrono.present.Selection`):
    what the briefing's key points and the slides choose from."""
    return scene(chron, style=style)[0].selection


def png_bytes(chron: Chronology, *, style: str | Path = "briefing") -> bytes:
    """The timeline as PNG bytes (1920x1080), e.g. to embed in a document.

    The last few pictures are kept (keyed by the chronology, the style file and its size and
    modification time), so a build that writes both the PNG and the DOCX paints the timeline once.
    """
    return _png_bytes(chron, *_style_key(style))


@lru_cache(maxsize=4)
def _png_bytes(chron: Chronology, style_path: str, version) -> bytes:
    found, fonts = _scene(chron, style_path, version)
    buf = io.BytesIO()
    paint(found, fonts, mplstyle.read(style_path, version).theme.bg).save(buf, format="png", compress_level=3,
                                                                          dpi=(DPI, DPI))
    return buf.getvalue()


def write_png(chron: Chronology, path: Path, *, style: str | Path = "briefing", **_: object) -> None:
    Path(path).write_bytes(png_bytes(chron, style=style))


__all__ = ["PaintCanvas", "Scene", "Shape", "Text", "boxes", "drop_collisions", "lay_out", "paint", "png_bytes", "scene",
           "selection", "text_layout", "write_png"]
