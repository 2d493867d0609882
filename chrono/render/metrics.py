"""Cheap text widths for label fitting: each character's advance, read once per font and size.

Asking the renderer for the width of every trial line costs a FreeType layout with hinting per call
(about half a millisecond); wrapping thirty headlines at a dozen sizes made that most of the
picture's time, and a long line of digits made it minutes. Here the hinted advance of a character
is read from the font once per size (with the renderer's own hinting flags, so the figures agree
with what is drawn) and a width is their sum: linear in the text, microseconds a line.

The sum of advances is at least the inked width the renderer reports, less the overhang of the
last glyph (kerning only tightens DejaVu's pairs, and trailing bearings are not ink); a margin of
:data:`MARGIN_EM` plus :data:`MARGIN_PX` covers that overhang (measured: at most 2.6 px at 30 pt
italic), so a label that fits by this measure fits when drawn.
"""
from __future__ import annotations

from functools import lru_cache

from matplotlib import font_manager
from matplotlib.ft2font import FT2Font

MARGIN_EM = 0.06           # of the point size, for the last glyph's overhang
MARGIN_PX = 2.0            # device pixels, for rounding
MISSING_EM = 1.2           # a character the font lacks: the renderer's box is 1.0-1.17 em wide


class _Advances:
    """Hinted advances in device pixels of one font file at one size and resolution."""

    def __init__(self, path: str, size: float, dpi: float, flags):
        self.missing = MISSING_EM * size / 72 * dpi
        self.font = FT2Font(path)
        self.font.set_size(size, dpi)
        self.flags = flags
        self.charmap = self.font.get_charmap()
        self.px: dict[str, float] = {}

    def __call__(self, ch: str) -> float:
        adv = self.px.get(ch)
        if adv is None:
            index = self.charmap.get(ord(ch))
            if index is None:
                adv = self.missing
            else:
                adv = self.font.load_glyph(index, flags=self.flags).horiAdvance / 64
            self.px[ch] = adv
        return adv


@lru_cache(maxsize=256)
def _advances(path: str, size: float, dpi: float, hinting: str) -> _Advances:
    from matplotlib.backends.backend_agg import get_hinting_flag
    return _Advances(path, size, dpi, get_hinting_flag())


def font_file(weight: str = "normal", style: str = "normal") -> str:
    """The font file matplotlib draws text of this weight and style with, in the current rcParams."""
    return font_manager.findfont(font_manager.FontProperties(weight=weight, style=style))


def measurer(size: float, weight: str = "normal", style: str = "normal", *, dpi: float = 72.0):
    """A function giving the width in inches of one line of text at ``size`` points drawn at ``dpi``,
    in the font and hinting of the current rcParams. Measuring costs a dictionary look-up per
    character after the first use of each character."""
    from matplotlib import rcParams
    adv = _advances(font_file(weight, style), float(size), float(dpi), str(rcParams["text.hinting"]))
    margin = MARGIN_EM * size / 72 * dpi + MARGIN_PX

    def measure(text: str) -> float:
        if not text:
            return 0.0
        return (sum(map(adv, text)) + margin) / dpi
    return measure


__all__ = ["measurer", "font_file", "MARGIN_EM", "MARGIN_PX"]
