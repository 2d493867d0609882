"""The timeline picture: a 16:9 slide (PNG 1920x1080, SVG, PDF) drawn with a ``styles/*.mplstyle``.

The SVG and the PDF are drawn here with matplotlib; the PNG (and the DOCX's picture) is painted with
Pillow from the same layout by :mod:`chrono.render.paint`, without importing matplotlib, and
:func:`png_bytes`, :func:`write_png` and :func:`selection` here are that painter's. matplotlib is
imported by the functions that draw with it, not by importing this module.

One row per event, in order: its date as written at its precision, its headline, and its mark on a
broken time axis (see :mod:`chrono.render.layout`). Honest time: a day is a point; a month, a year
or "early 2014" is a bar over its interval; a forecast is hollow and dashed; "since Friday" is an
arrow that runs on to the publication day; an event with no interval ("in the days ahead") sits in
the *ahead* zone after the publication date. Every label is capped and its long words broken first
(:func:`chrono.render.labels.cap`), then measured with cached font advances
(:mod:`chrono.render.metrics`) and wrapped or shortened to fit its column, so any text costs a
bounded time; :func:`chrono.render.labels.text_boxes` measures the result.

The figure is drawn once: the pass that hides colliding axis labels draws it, and a PNG of it
(:func:`figure_png_bytes`, to compare with the painter's) is encoded from that drawing;
:func:`png_bytes` keeps the last pictures, so a build that writes the PNG and the DOCX paints the
timeline once.

Everything shown comes from :class:`chrono.present.Briefing` (its words from the language pack).
Here: the style, the order of drawing, and the files. The slide and its fitting of labels are in
:mod:`chrono.render.canvas`, the rows of text in :mod:`chrono.render.rows`, the time axis and the
marks in :mod:`chrono.render.axis`, the legend and the collision pass in :mod:`chrono.render.legend`.

Output is deterministic: no software name or date in the metadata, a fixed SVG hash salt.
"""
from __future__ import annotations

import io
import logging
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from ..model import Chronology
from ..present import Briefing
from . import rows as text_rows
from .canvas import DPI, HEIGHT_IN, WIDTH_IN, Canvas, Theme
from .labels import ELLIPSIS
from .paint import _png_bytes, _scene, png_bytes, selection, write_png
from .rows import MAX_HEADLINE, MAX_ROWS, shown_texts
from .styles import style_file

if TYPE_CHECKING:
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)

_SVG_META = {"Date": None, "Creator": "chrono"}
_PDF_META = {"CreationDate": None, "ModDate": None, "Creator": "chrono", "Producer": None}


@contextmanager
def plot_style(style: str | Path = "briefing"):
    """The rcParams of a style (a name in ``styles/`` or a path), for the duration of the block:
    matplotlib's defaults updated with the style file (what ``matplotlib.style.context(path,
    after_reset=True)`` does, without importing the style library)."""
    import matplotlib
    path = style_file(style, ".mplstyle")
    with matplotlib.rc_context(_style_params(str(path))):
        yield


def _style_params(path: str) -> dict:
    import matplotlib
    params = matplotlib.rc_params_from_file(path, use_default_template=True)
    return {k: v for k, v in params.items() if k not in _NOT_STYLE}


# rcParams a style may not set (matplotlib.style's STYLE_BLACKLIST)
_NOT_STYLE = {"interactive", "backend", "webagg.port", "webagg.address", "webagg.port_retries",
              "webagg.open_in_browser", "backend_fallback", "toolbar", "timezone", "figure.max_open_warning",
              "figure.raise_window", "savefig.directory", "tk.window_focus", "docstring.hardcopy",
              "date.epoch"}


def draw(chron: Chronology | Briefing) -> Figure:
    """The timeline figure of a chronology, in the current style (see :func:`plot_style`).

    Every event when all fit at a readable size; else the key events (:func:`chrono.present.select`)
    above a strip that counts every event by date, the subtitle saying what was drawn and how."""
    from . import axis as time_axis
    from .fonts import use_fallbacks
    from .legend import draw_legend, drop_collisions
    b = Briefing.of(chron)
    use_fallbacks(shown_texts(b))
    canvas = Canvas(Theme.current())
    chosen, rows, grid, legend_y = text_rows.draw_text(canvas, b)
    optional: list = []                                # texts that may be dropped if they collide
    axis = time_axis.draw_axis(canvas, grid, b, rows, optional, None if chosen.complete else b.rows)
    used = time_axis.draw_marks(canvas, grid, b, rows, axis)
    if not chosen.complete:
        time_axis.draw_overview(canvas, grid, b, axis)
    draw_legend(canvas, b, used, bool(axis.segs), legend_y)
    # The collision pass draws the figure on its Agg canvas; if it hid nothing, that drawing is
    # the final picture and a PNG is encoded from it without drawing again.
    canvas.fig.chrono_drawn = not drop_collisions(canvas.fig, optional)
    canvas.fig.chrono_selection = chosen
    return canvas.fig


@contextmanager
def _warnings_logged():
    """matplotlib's warnings (a glyph missing from the font, ...) go to the log, not to stderr."""
    import warnings
    fonts_log = logging.getLogger("matplotlib.font_manager")    # "Failed to find font weight bold for
    level = fonts_log.level                                     # <a fallback>": it draws its own weight
    fonts_log.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield
    finally:
        fonts_log.setLevel(level)
    for message in dict.fromkeys(str(w.message) for w in caught):
        log.info("timeline: %s", message)


def figure(chron: Chronology, *, style: str | Path = "briefing") -> Figure:
    """The timeline figure drawn in ``style`` (for measuring; use the writers to save)."""
    with plot_style(style), _warnings_logged():
        return draw(chron)


def _save(chron: Chronology, target, fmt: str, style: str | Path) -> None:
    from matplotlib import rcParams
    with plot_style(style), _warnings_logged():
        rcParams["svg.hashsalt"] = "chrono"
        rcParams["svg.fonttype"] = "none"           # SVG text stays text: editable, searchable
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


def figure_png_bytes(chron: Chronology, *, style: str | Path = "briefing") -> bytes:
    """The matplotlib figure as PNG bytes (1920x1080): what the PNG was before the Pillow painter, kept
    to compare the two (the PNG chrono writes is :func:`png_bytes`)."""
    buf = io.BytesIO()
    _save(chron, buf, "png", style)
    return buf.getvalue()


def write_svg(chron: Chronology, path: Path, *, style: str | Path = "briefing", **_: object) -> None:
    with open(path, "wb") as f:
        _save(chron, f, "svg", style)


def write_pdf(chron: Chronology, path: Path, *, style: str | Path = "briefing", **_: object) -> None:
    with open(path, "wb") as f:
        _save(chron, f, "pdf", style)


__all__ = ["draw", "figure", "figure_png_bytes", "selection", "plot_style", "png_bytes", "shown_texts", "write_png",
           "write_svg", "write_pdf", "Theme",
           "WIDTH_IN", "HEIGHT_IN", "DPI", "ELLIPSIS", "MAX_HEADLINE", "MAX_ROWS"]
