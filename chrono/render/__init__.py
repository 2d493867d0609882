"""Renderers a person looks at: the timeline picture (``plot``) and the Word briefing (``docx``).

Both read what they show from :class:`chrono.present.Briefing`. The picture: ``plot`` (style, order
of drawing, files), ``canvas`` (the slide, fitting labels), ``rows`` (title block and rows of text),
``axis`` (the broken time axis and the marks), ``legend``, ``layout`` (where things go, no matplotlib),
``labels`` and ``metrics`` (text), ``fonts`` (fallback fonts for any script). The briefing: ``docx``
(template, assembly, resolution table), ``docx_sections`` (the other sections), ``wordml`` (python-docx
helpers). The deck: ``pptx`` (python-pptx: title, timeline picture with alt text, key points, sources
in the notes).

The PNG (and the briefing's picture) is painted with Pillow by ``paint`` from the same layout
(``paint_axis``: the axis, marks and legend; ``pixels``: shapes; ``pilfonts``: fonts and text metrics;
``mplstyle``: the style file read without matplotlib); the SVG and the PDF are drawn with matplotlib.

Importing this package is light: matplotlib and python-docx are imported by the modules that draw
with them, and only when they draw (a build writing DOCX, PNG and JSON imports no matplotlib). Styles live in ``<repo>/styles``: ``NAME.mplstyle`` for the picture, ``NAME.docx`` for the
briefing (see :mod:`chrono.render.styles`).
"""
from __future__ import annotations

from .styles import STYLES_DIR, available_styles, style_file

__all__ = ["STYLES_DIR", "available_styles", "style_file"]
