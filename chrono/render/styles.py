"""Find a style: a name of a style that ships with chrono (``briefing`` -> ``briefing.mplstyle``,
``briefing.docx`` in the package's ``styles`` folder, found through :mod:`importlib.resources` in an
editable install and a wheel alike) or a path to a file of the user's.

>>> "briefing" in available_styles()
True
>>> style_file("briefing", ".mplstyle").name
'briefing.mplstyle'
"""
from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from ..errors import ChronoError

log = logging.getLogger(__name__)

#: The folder of the styles that come with chrono: package data of ``chrono`` (``chrono/styles/``).
STYLES_DIR = Path(str(resources.files("chrono").joinpath("styles")))
DEFAULT = "briefing"


def available_styles() -> list[str]:
    """The names of the styles that ship with chrono (both a plot style and a Word template)."""
    if not STYLES_DIR.is_dir():
        return []
    plots = {p.stem for p in STYLES_DIR.glob("*.mplstyle")}
    templates = {p.stem for p in STYLES_DIR.glob("*.docx") if not p.name.startswith("~$")}
    return sorted(plots & templates)


def style_file(style: str | Path, suffix: str) -> Path:
    """The file of ``style`` with ``suffix`` (``.mplstyle`` or ``.docx``).

    ``style`` is a name from ``styles/`` or a path to a ``.mplstyle``/``.docx`` file (or to a stem
    with both beside it). A path to the other kind of file falls back to the same-named sibling,
    else to the default style. An unknown name raises :class:`ChronoError` listing the names.
    """
    text = str(style)
    path = Path(text).expanduser()
    looks_like_path = path.suffix in (".mplstyle", ".docx") or "/" in text or "\\" in text
    if looks_like_path:
        candidate = path if path.suffix == suffix else path.with_suffix(suffix)
        if candidate.is_file():
            return candidate
        if path.is_file():              # e.g. a .docx template given for the picture
            log.info("style %s has no %s beside it; using %s%s", path, suffix, DEFAULT, suffix)
            return style_file(DEFAULT, suffix)
        raise ChronoError(f"style file {text!r} not found")
    candidate = STYLES_DIR / f"{text}{suffix}"
    if text and "." not in text and candidate.is_file():
        return candidate
    names = available_styles()
    raise ChronoError(f"unknown style {text!r}; available styles: {', '.join(names) or '(none found)'} "
                      f"(or give a path to a .mplstyle/.docx file)")


__all__ = ["STYLES_DIR", "DEFAULT", "available_styles", "style_file"]
