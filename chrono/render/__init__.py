"""Renderers a person looks at: the timeline picture (``plot``) and the Word briefing (``docx``).

Importing this package is light: matplotlib and python-docx are imported by ``plot`` and ``docx``
only. Styles live in ``<repo>/styles``: ``NAME.mplstyle`` for the picture, ``NAME.docx`` for the
briefing (see :mod:`chrono.render.styles`).
"""
from __future__ import annotations

from .styles import STYLES_DIR, available_styles, style_file

__all__ = ["STYLES_DIR", "available_styles", "style_file"]
