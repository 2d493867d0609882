"""Cheap text widths for label fitting (in matplotlib's fonts: the SVG and PDF pictures; the PNG measures
with Pillow, :mod:`chrono.render.pilfonts`): each character's advance, read once per font and size.

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

MARGIN_EM = 0.06           # of the point size, for the last glyph's overhang
MARGIN_PX = 2.0            # device pixels, for rounding
MISSING_EM = 1.2           # a character the font lacks: the renderer's box is 1.0-1.17 em wide


class _Advances:
    """Hinted advances in device pixels of a chain of font files (the first that has a character
    gives it: matplotlib's font fallback) at one size and resolution."""

    def __init__(self, paths: tuple[str, ...], size: float, dpi: float, flags):
        from matplotlib.ft2font import FT2Font
        self.missing = MISSING_EM * size / 72 * dpi
        self.fonts = []
        for path in paths:
            font = FT2Font(path)
            font.set_size(size, dpi)
            self.fonts.append((font, font.get_charmap()))
        self.flags = flags
        self.px: dict[str, float] = {}

    def __call__(self, ch: str) -> float:
        adv = self.px.get(ch)
        if adv is None:
            adv = self.missing
            for font, charmap in self.fonts:
                index = charmap.get(ord(ch))
                if index is not None:
                    adv = font.load_glyph(index, flags=self.flags).horiAdvance / 64
                    break
            self.px[ch] = adv
        return adv


@lru_cache(maxsize=256)
def _advances(paths: tuple[str, ...], size: float, dpi: float, hinting: str) -> _Advances:
    from matplotlib.backends.backend_agg import get_hinting_flag
    return _Advances(paths, size, dpi, get_hinting_flag())


def font_files(weight: str = "normal", style: str = "normal") -> tuple[str, ...]:
    """The font files matplotlib draws text of this weight and style with, in the current rcParams:
    the first font of ``font.family`` and its fallbacks, in order."""
    from matplotlib import font_manager
    props = font_manager.FontProperties(weight=weight, style=style)
    find = getattr(font_manager.fontManager, "_find_fonts_by_props", None)
    try:
        found = tuple(str(p) for p in find(props)) if find else ()
    except (ValueError, TypeError):
        found = ()
    return found or (font_manager.findfont(props),)


def font_file(weight: str = "normal", style: str = "normal") -> str:
    """The font file matplotlib draws text of this weight and style with, in the current rcParams."""
    return font_files(weight, style)[0]


@lru_cache(maxsize=64)
def charmap(path: str) -> frozenset[int]:
    """The code points a font file has glyphs of their own for (none for a placeholder font)."""
    from matplotlib.ft2font import FT2Font
    font = FT2Font(path)
    codes = font.get_charmap()
    if len(codes) > PLACEHOLDER_RATIO * max(font.num_glyphs, 1):
        return frozenset()
    return frozenset(codes)


#: A font that maps this many times more code points than it has glyphs draws placeholders (matplotlib's
#: "Last Resort" maps all of Unicode to a few hundred boxes that name the block): not a glyph.
PLACEHOLDER_RATIO = 20


def missing(text: str, weight: str = "normal", style: str = "normal") -> str:
    """The characters of ``text`` (other than white space and controls) that no font of the chain
    for this weight and style has a glyph for: they would draw as empty (or placeholder) boxes."""
    chain = [charmap(p) for p in font_files(weight, style)]
    return "".join(dict.fromkeys(c for c in text if not c.isspace() and c.isprintable()
                                 and not any(ord(c) in m for m in chain)))


def measurer(size: float, weight: str = "normal", style: str = "normal", *, dpi: float = 72.0):
    """A function giving the width in inches of one line of text at ``size`` points drawn at ``dpi``,
    in the fonts and hinting of the current rcParams. Measuring costs a dictionary look-up per
    character after the first use of each character."""
    from matplotlib import rcParams
    adv = _advances(font_files(weight, style), float(size), float(dpi), str(rcParams["text.hinting"]))
    margin = MARGIN_EM * size / 72 * dpi + MARGIN_PX

    def measure(text: str) -> float:
        if not text:
            return 0.0
        return (sum(map(adv, text)) + margin) / dpi
    return measure


__all__ = ["PLACEHOLDER_RATIO", "charmap", "font_file", "font_files", "measurer", "missing", "MARGIN_EM", "MARGIN_PX"]
