"""Fonts of the PNG timeline, through Pillow (no matplotlib): the files matplotlib would draw with, the
fallbacks for scripts the style's font lacks, and text measured and split into runs by font.

The style names a family as matplotlib does (``font.family``, expanded through ``font.sans-serif`` and
the like); the files are those matplotlib resolves: its own DejaVu fonts in ``mpl-data`` (found without
importing it), else an installed face of that family. A character the style's font lacks is drawn in the
first installed font that has it, chosen as :mod:`chrono.render.fonts` chooses for matplotlib (the upright
face that has most of the lacking characters first); a text in bold or italic that only a regular face
can draw is drawn regular (:meth:`Fonts.drawable_style`). Pillow draws no font fallback of its own: a
text is cut into runs, each drawn in the first font of the chain that has its characters.
"""
from __future__ import annotations

import importlib.util
import logging
import os
import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageFont

from .coverage import covering

log = logging.getLogger(__name__)

FACES = {("normal", "normal"): "", ("bold", "normal"): "-Bold", ("normal", "italic"): "-Oblique",
         ("bold", "italic"): "-BoldOblique"}
#: matplotlib's own font families (files in ``mpl-data/fonts/ttf``): name -> file stem
OWN = {"DejaVu Sans": "DejaVuSans", "DejaVu Serif": "DejaVuSerif", "DejaVu Sans Mono": "DejaVuSansMono"}
#: what matplotlib's generic families hold when a style does not say (its rc defaults, first fonts)
GENERIC = {"sans-serif": ["DejaVu Sans"], "serif": ["DejaVu Serif"], "monospace": ["DejaVu Sans Mono"],
           "cursive": ["DejaVu Sans"], "fantasy": ["DejaVu Sans"]}
FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")
#: an unassigned code point: a font that "has" it draws placeholders for everything (Last Resort)
UNASSIGNED = "\u0378"
NOTDEF = "\U0010ffff"
MARGIN_EM, MARGIN_PX = 0.06, 2.0          # as :mod:`chrono.render.metrics`: the last glyph's overhang


def mpl_fonts() -> Path | None:
    """matplotlib's font folder, found without importing matplotlib."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0]) / "mpl-data" / "fonts" / "ttf"
    return folder if folder.is_dir() else None


@lru_cache(maxsize=512)
def face(path: str, px: float) -> ImageFont.FreeTypeFont:
    """A font file at a size in pixels (Pillow's basic layout: no shaping, as matplotlib draws)."""
    return ImageFont.truetype(path, size=px, layout_engine=ImageFont.Layout.BASIC)


def ppem(size: float, dpi: float) -> int:
    """The pixels a em of ``size`` points at ``dpi``, rounded as FreeType rounds them for matplotlib
    (the size in 26.6 points, truncated; the scaled size rounded to whole pixels for a hinted font)."""
    scaled = (int(size * 64) * int(dpi) + 36) // 72
    return max((scaled + 32) >> 6, 1)


@lru_cache(maxsize=64)
def line_metrics(path: str) -> tuple[float, float, float]:
    """The ascent, descent and line gap of a font file in em (its OS/2 typographic metrics, else its
    ``hhea`` ones): what matplotlib spaces lines of text by."""
    with open(path, "rb") as f:
        data = f.read(4096)
        start = struct.unpack(">I", data[12:16])[0] if data[:4] == b"ttcf" else 0
        if start + 12 > len(data):
            f.seek(start)
            data, start = f.read(4096), 0
        count = struct.unpack(">H", data[start + 4:start + 6])[0]
        tables = {}
        for i in range(count):
            entry = data[start + 12 + 16 * i:start + 28 + 16 * i]
            if len(entry) == 16:
                tables[entry[:4]] = struct.unpack(">II", entry[8:16])

        def read(tag: bytes, at: int, fmt: str):
            f.seek(tables[tag][0] + at)
            return struct.unpack(fmt, f.read(struct.calcsize(fmt)))
        units = read(b"head", 18, ">H")[0] or 2048
        if b"OS/2" in tables:
            ascent, descent, gap = read(b"OS/2", 68, ">hhh")
        else:
            ascent, descent, gap = read(b"hhea", 4, ">hhh")
    return ascent / units, -descent / units, gap / units


def _signature(font: ImageFont.FreeTypeFont, ch: str) -> tuple:
    mask = font.getmask(ch)
    return font.getlength(ch), mask.size, Image.Image()._new(mask).tobytes() if mask.size[0] else b""


class _Glyphs:
    """Which characters a font file has glyphs for: a character without one draws the font's
    ``.notdef`` glyph, the one an unassigned code point draws."""

    def __init__(self, path: str):
        self.font = face(path, 24.0)
        self.notdef = _signature(self.font, NOTDEF)
        self.known: dict[str, bool] = {}
        self.placeholder = self(UNASSIGNED)

    def __call__(self, ch: str) -> bool:
        has = self.known.get(ch)
        if has is None:
            has = self.known[ch] = _signature(self.font, ch) != self.notdef
        return has


@lru_cache(maxsize=128)
def glyphs(path: str) -> _Glyphs:
    return _Glyphs(path)


def has(path: str, ch: str) -> bool:
    """Whether the font file has a glyph of its own for ``ch`` (a placeholder font has none)."""
    g = glyphs(path)
    return not g.placeholder and g(ch)


@lru_cache(maxsize=1)
def installed() -> tuple[tuple[str, str, str], ...]:
    """Every font file matplotlib would know: ``(family, face style, path)``, its own fonts first."""
    paths: list[Path] = []
    own = mpl_fonts()
    if own is not None:
        paths += sorted(own.glob("*.ttf"))
    for folder in FONT_DIRS:
        root = Path(os.path.expanduser(folder))
        if root.is_dir():
            paths += sorted(p for p in root.rglob("*") if p.suffix.lower() in (".ttf", ".otf", ".ttc"))
    found = []
    for p in paths:
        try:
            family, style = face(str(p), 24.0).getname()
        except OSError:
            continue
        found.append((family or "", (style or "").lower(), str(p)))
    return tuple(found)


def _style_of(style_name: str) -> tuple[str, str]:
    weight = "bold" if any(w in style_name for w in ("bold", "black", "heavy")) else "normal"
    return weight, "italic" if ("italic" in style_name or "oblique" in style_name) else "normal"


@lru_cache(maxsize=64)
def family_file(family: str, weight: str = "normal", style: str = "normal") -> str | None:
    """The file of a family's face nearest ``weight`` and ``style`` (matplotlib's own fonts directly)."""
    own = mpl_fonts()
    if family in OWN and own is not None:
        path = own / f"{OWN[family]}{FACES[(weight, style)]}.ttf"
        if path.is_file():
            return str(path)
    faces = [(_style_of(s), p) for f, s, p in installed() if f.lower() == family.lower()]
    for want in ((weight, style), ("normal", style), (weight, "normal"), ("normal", "normal")):
        for got, p in faces:
            if got == want:
                return p
    return faces[0][1] if faces else None


@dataclass(frozen=True)
class Fonts:
    """The families of a picture: the style's (the first one installed is drawn) and the fallbacks added."""

    families: tuple[str, ...]
    fallbacks: tuple[str, ...] = ()

    def primary(self, weight: str = "normal", style: str = "normal") -> str:
        for family in self.families:
            path = family_file(family, weight, style)
            if path:
                return path
        path = family_file("DejaVu Sans", weight, style)
        if path is None:
            raise OSError("no font found for the timeline (matplotlib's DejaVu Sans is missing)")
        return path

    def chain(self, weight: str = "normal", style: str = "normal") -> tuple[str, ...]:
        """The font files a text of this weight and style is drawn with, in order."""
        return _chain(self, weight, style)

    def missing(self, text: str, weight: str = "normal", style: str = "normal") -> str:
        """The characters of ``text`` (other than white space and controls) no font of the chain has."""
        chain = self.chain(weight, style)
        return "".join(dict.fromkeys(c for c in text if not c.isspace() and c.isprintable()
                                     and not any(has(p, c) for p in chain)))

    def drawable_style(self, text: str, weight: str = "normal", style: str = "normal") -> tuple[str, str]:
        """As :func:`chrono.render.fonts.drawable_style`: upright or regular where only those faces
        have all the glyphs of ``text``."""
        if (weight, style) == ("normal", "normal") or not self.missing(text, weight, style):
            return weight, style
        if style != "normal" and not self.missing(text, weight, "normal"):
            return weight, "normal"
        return "normal", "normal"

    def with_fallbacks(self, texts) -> "Fonts":
        """These fonts with the installed families that have what they lack of ``texts``."""
        text = "".join(dict.fromkeys("".join(t for t in texts if t)))
        lacking = self.missing(text)
        if not lacking:
            return self
        added = tuple(f for f in fallbacks(lacking) if f not in self.families)
        return Fonts(self.families, added) if added else self

    def runs(self, text: str, weight: str = "normal", style: str = "normal") -> list[tuple[str, str]]:
        """``text`` cut into ``(font file, characters)`` runs, each in the first font that has them
        (a character no font has stays with the run before it: the style's font draws its box)."""
        chain = self.chain(weight, style)
        if len(chain) == 1:
            return [(chain[0], text)] if text else []
        out: list[tuple[str, str]] = []
        for ch in text:
            path = out[-1][0] if ch.isspace() and out else next((p for p in chain if has(p, ch)), chain[0])
            if out and out[-1][0] == path:
                out[-1] = (path, out[-1][1] + ch)
            else:
                out.append((path, ch))
        return out

    def length(self, text: str, px: float, weight: str = "normal", style: str = "normal") -> float:
        """The advance of one line of ``text`` in pixels at ``px`` pixels a em: the sum of its
        characters' advances (kerning only tightens a line, so it is never narrower than drawn)."""
        if not text:
            return 0.0
        chain = self.chain(weight, style)
        if len(chain) == 1:
            return sum(map(_advances(chain[0], px), text))
        return sum(sum(map(_advances(p, px), s)) for p, s in self.runs(text, weight, style))

    def measurer(self, size: float, weight: str = "normal", style: str = "normal", *, dpi: float):
        """Width in inches of one line at ``size`` points drawn at ``dpi`` (with a margin for the last
        glyph's overhang), as :func:`chrono.render.metrics.measurer` for matplotlib."""
        px = ppem(size, dpi)
        margin = MARGIN_EM * size / 72 * dpi + MARGIN_PX

        def measure(text: str) -> float:
            return (self.length(text, px, weight, style) + margin) / dpi if text else 0.0
        return measure


class _Advance(dict):
    """Advances of characters in one font at one size, read from Pillow once each."""

    def __init__(self, path: str, px: float):
        super().__init__()
        self.font = face(path, px)

    def __missing__(self, ch: str) -> float:
        adv = self[ch] = self.font.getlength(ch)
        return adv

    def __call__(self, ch: str) -> float:
        return self[ch]


@lru_cache(maxsize=256)
def _advances(path: str, px: float) -> _Advance:
    return _Advance(path, px)


@lru_cache(maxsize=64)
def _chain(fonts: Fonts, weight: str, style: str) -> tuple[str, ...]:
    out = [fonts.primary(weight, style)]
    for family in fonts.fallbacks:
        path = family_file(family, weight, style)
        if path and path not in out:
            out.append(path)
    return tuple(out)


def fallbacks(chars: str) -> list[str]:
    """The families of installed fonts that have ``chars`` (upright faces), most useful first."""
    wanted = set(chars)
    faces: dict[str, str] = {}
    for family, style, path in installed():
        if _style_of(style)[1] == "normal":
            faces.setdefault(family, path)
    covers = {}
    for name, path in sorted(faces.items()):
        try:
            got = frozenset(c for c in wanted if has(path, c))
        except OSError:
            continue
        if got:
            covers[name] = got
    return covering(covers, wanted, log)


__all__ = ["Fonts", "face", "line_metrics", "ppem", "fallbacks", "family_file", "has", "installed", "mpl_fonts"]
