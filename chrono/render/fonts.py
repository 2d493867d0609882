"""Fonts for any script: the style's font first, then installed fonts that have what it lacks.

matplotlib draws a character its font lacks as an empty box. Before a picture is drawn,
:func:`use_fallbacks` looks at every character the picture will show; for those the style's font
lacks, it adds to ``font.family`` the installed fonts that have them (the one that has most of them
first, and so on), so matplotlib's font fallback finds each glyph. :func:`drawable_style` drops
the bold or italic of a text where only the regular face of a fallback has its glyphs (DejaVu Sans
has Arabic upright only), so a forecast in Arabic is upright rather than boxes.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable

from matplotlib import font_manager, rcParams

from .coverage import covering
from .metrics import charmap, font_files, missing

log = logging.getLogger(__name__)


def _family(path: str) -> str:
    return font_manager.get_font(path).family_name


def fallbacks(chars: str) -> list[str]:
    """The families of installed fonts that have ``chars`` (upright faces), most useful first."""
    wanted = {ord(c) for c in chars}
    if not wanted:
        return []
    faces: dict[str, str] = {}
    for entry in font_manager.fontManager.ttflist:
        if entry.style == "normal" and str(entry.fname).lower().endswith((".ttf", ".otf", ".ttc")):
            faces.setdefault(entry.name, str(entry.fname))
    covers: dict[str, frozenset[int]] = {}
    for name, path in sorted(faces.items()):
        try:
            has = charmap(path) & wanted
        except (OSError, RuntimeError, ValueError):
            continue
        if has:
            covers[name] = has
    return covering(covers, wanted, log, chr)


def use_fallbacks(texts: Iterable[str]) -> list[str]:
    """Add to the current rcParams' ``font.family`` the fonts that have what the style's font lacks of
    ``texts`` (inside a style's ``rc_context``, so for one picture); the families added."""
    text = "".join(dict.fromkeys("".join(t for t in texts if t)))
    lacking = missing(text)
    if not lacking:
        return []
    primary = [_family(p) for p in font_files()]
    added = [f for f in fallbacks(lacking) if f not in primary]
    if added:
        rcParams["font.family"] = primary + added
    return added


def drawable_style(text: str, weight: str = "normal", style: str = "normal") -> tuple[str, str]:
    """``(weight, style)`` for a text: as asked, or upright and regular where only those faces have
    all its glyphs."""
    if (weight, style) == ("normal", "normal") or not missing(text, weight, style):
        return weight, style
    if style != "normal" and not missing(text, weight, "normal"):
        return weight, "normal"
    return "normal", "normal"


__all__ = ["drawable_style", "fallbacks", "use_fallbacks"]
