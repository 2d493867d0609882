"""A ``.mplstyle`` file read without matplotlib, for the PNG painter (:mod:`chrono.render.paint`).

Only the keys chrono draws with are read (see the comment at the top of ``styles/briefing.mplstyle``),
over matplotlib's defaults for them. A value this reader does not understand (a colour it cannot
name, a cycler of more than colours) makes it hand the file to matplotlib's own parser, so a user's
style is read the same either way; the styles that ship with chrono never need it.

>>> from chrono.render.styles import style_file
>>> s = read(str(style_file("briefing", ".mplstyle")))
>>> s.theme.bg, s.theme.base, s.families
((1.0, 1.0, 1.0), 18.0, ('DejaVu Sans',))
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import lru_cache

from PIL import ImageColor

from .canvas import Theme

#: matplotlib's defaults of the keys read (``matplotlibrc``)
DEFAULTS = {
    "figure.facecolor": "white", "text.color": "black", "axes.labelcolor": "black", "axes.edgecolor": "black",
    "axes.linewidth": 0.8, "xtick.color": "black", "xtick.labelcolor": "inherit", "xtick.labelsize": "medium",
    "xtick.major.size": 3.5, "xtick.minor.size": 2.0, "xtick.minor.width": 0.6, "xtick.major.pad": 3.5,
    "font.size": 10.0, "figure.titlesize": "large", "axes.titlesize": "large", "legend.fontsize": "medium",
    "font.family": "sans-serif", "font.sans-serif": "DejaVu Sans", "font.serif": "DejaVu Serif",
    "font.monospace": "DejaVu Sans Mono", "font.cursive": "DejaVu Sans", "font.fantasy": "DejaVu Sans",
}
TAB10 = ("#1f77b4", "#ff7f0e", "#2ca02c")
_NUMBER = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$")
_CYCLER = re.compile(r"^cycler\(\s*['\"]color['\"]\s*,\s*(\[.*\])\s*\)$")


class Unreadable(ValueError):
    """A value only matplotlib can read."""


@dataclass(frozen=True)
class Style:
    """What the painter draws with: the theme, the axis's line and tick settings, the font families."""

    theme: Theme
    tick_color: tuple
    tick_label_color: tuple
    axis_lw: float
    minor_size: float
    minor_width: float
    major_size: float
    pad: float
    families: tuple[str, ...]


def to_rgb(value) -> tuple:
    """A matplotlib colour as an RGB tuple of floats: hex with or without ``#``, a CSS name, a grey
    level ``"0.5"``; anything else raises :class:`Unreadable`."""
    if isinstance(value, (tuple, list)):
        return tuple(float(v) for v in value[:3])
    text = str(value).strip().strip("'\"")
    if re.fullmatch(r"[0-9a-fA-F]{6}([0-9a-fA-F]{2})?|[0-9a-fA-F]{3}", text) and not _NUMBER.match(text):
        text = "#" + text
    if text.startswith("#") and len(text) in (4, 7, 9):
        digits = text[1:] if len(text) > 4 else "".join(c * 2 for c in text[1:])
        return tuple(int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4))
    if _NUMBER.match(text) and 0 <= float(text) <= 1:
        return (float(text),) * 3
    if text.lower() in ImageColor.colormap and text.lower() not in ("none",):
        return tuple(c / 255 for c in ImageColor.getrgb(text.lower())[:3])
    raise Unreadable(text)


def _value(key: str, raw: str):
    raw = raw.strip()
    if _NUMBER.match(raw):
        return float(raw)
    if key == "axes.prop_cycle":
        m = _CYCLER.match(raw)
        if not m:
            raise Unreadable(raw)
        return [to_rgb(c) for c in ast.literal_eval(m.group(1))]
    return raw.strip("'\"")


def _strip_comment(line: str) -> str:
    """A line of an rc file without its comment (a ``#`` outside quotes), as matplotlib reads it."""
    quote = None
    for i, ch in enumerate(line):
        if ch in "'\"":
            quote = None if quote == ch else (quote or ch)
        elif ch == "#" and quote is None:
            return line[:i].strip()
    return line.strip()


def _params(path: str) -> dict:
    params: dict = dict(DEFAULTS)
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, colon, raw = _strip_comment(line).partition(":")
            key = key.strip()
            if colon and (key in DEFAULTS or key == "axes.prop_cycle"):
                params[key] = _value(key, raw)
    return params


def _families(params: dict) -> tuple[str, ...]:
    out: list[str] = []
    for name in (n.strip().strip("'\"") for n in str(params["font.family"]).split(",")):
        key = f"font.{name}"
        out += [f.strip().strip("'\"") for f in str(params[key]).split(",")] if key in params else [name]
    return tuple(f for f in out if f)


def _from(params: dict, cycle: list, rgb) -> Style:
    tick = rgb(params["xtick.color"])
    label = params["xtick.labelcolor"]
    return Style(theme=Theme.of(params, rgb, cycle), tick_color=tick,
                 tick_label_color=tick if str(label) == "inherit" else rgb(label),
                 axis_lw=float(params["axes.linewidth"]), minor_size=float(params["xtick.minor.size"]),
                 minor_width=float(params["xtick.minor.width"]), major_size=float(params["xtick.major.size"]),
                 pad=float(params["xtick.major.pad"]), families=_families(params))


def _via_matplotlib(path: str) -> Style:
    from matplotlib import rc_params_from_file
    from matplotlib.colors import to_rgb as mpl_rgb
    params = rc_params_from_file(path, use_default_template=True)
    view = {k: params[k] for k in DEFAULTS}
    view["font.family"] = ",".join(params["font.family"])
    for k in ("font.sans-serif", "font.serif", "font.monospace", "font.cursive", "font.fantasy"):
        view[k] = ",".join(params[k])
    return _from(view, [mpl_rgb(c["color"]) for c in params["axes.prop_cycle"]], mpl_rgb)


@lru_cache(maxsize=16)
def read(path: str, version=None) -> Style:
    """The style of a ``.mplstyle`` file (``version``: its size and time, so an edited file is read again)."""
    try:
        params = _params(path)
        cycle = params.get("axes.prop_cycle") or [to_rgb(c) for c in TAB10]
        return _from(params, cycle, to_rgb)
    except (Unreadable, ValueError, SyntaxError, KeyError):
        return _via_matplotlib(path)


__all__ = ["Style", "read", "to_rgb"]
