"""Renderers a person looks at: the timeline picture (``plot``) and the Word briefing (``docx``).

Both read what they show from :class:`chrono.present.Briefing`. The picture: ``plot`` (style, order
of drawing, files), ``canvas`` (the slide, fitting labels), ``rows`` (title block and rows of text),
``axis`` (the broken time axis and the marks), ``legend``, ``layout`` (where things go, no matplotlib),
``labels`` and ``metrics`` (text), ``fonts`` (fallback fonts for any script). The briefing: ``docx``
(template, assembly, resolution table), ``docx_sections`` (the other sections), ``wordml`` (python-docx
helpers). The deck: ``pptx`` (python-pptx: title, timeline picture with alt text, key points, sources
in the notes).

Importing this package is light: matplotlib and python-docx are imported by those modules only. Styles live in ``<repo>/styles``: ``NAME.mplstyle`` for the picture, ``NAME.docx`` for the
briefing (see :mod:`chrono.render.styles`).
"""
from __future__ import annotations

from .styles import STYLES_DIR, available_styles, style_file

__all__ = ["STYLES_DIR", "available_styles", "style_file"]
