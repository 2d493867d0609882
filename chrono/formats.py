"""The output formats, in one registry: :class:`Format` ``(name, suffix, writer)``.

A writer is named by its dotted path (``"chrono.export.json_export:write"``) and imported only
when a file of its format is written, so ``import chrono`` stays light (no matplotlib, no
python-docx). Every writer is ``write(chron, path, *, style)``.

>>> get("timelinejs").suffix
'.timeline.json'
>>> SUFFIXES["docx"]
'.docx'
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from types import MappingProxyType

from .errors import InputError

Writer = Callable[..., None]


@dataclass(frozen=True)
class Format:
    """An output format: its name, the suffix of its files, and its writer as ``"module:function"``."""

    name: str
    suffix: str
    writer: str

    def load(self) -> Writer:
        """The writer function (its module imported now)."""
        module, func = self.writer.split(":")
        return getattr(import_module(module), func)

    def write(self, chron, path, **options) -> None:
        """Write ``chron`` in this format to ``path`` (``options``: ``style``)."""
        self.load()(chron, path, **options)


#: Every format, in the order the CLI lists them.
ALL: tuple[Format, ...] = (
    Format("docx", ".docx", "chrono.render.docx:write"),
    Format("png", ".png", "chrono.render.plot:write_png"),
    Format("svg", ".svg", "chrono.render.plot:write_svg"),
    Format("pdf", ".pdf", "chrono.render.plot:write_pdf"),
    Format("pptx", ".pptx", "chrono.render.pptx:write"),
    Format("json", ".json", "chrono.export.json_export:write"),
    Format("csv", ".csv", "chrono.export.csv_export:write"),
    Format("xlsx", ".xlsx", "chrono.export.xlsx_export:write"),
    Format("timelinejs", ".timeline.json", "chrono.export.timelinejs:write"),
    Format("ics", ".ics", "chrono.export.ics:write"),
    Format("timeml", ".tml", "chrono.export.timeml:write"),
)

#: name -> :class:`Format`
BY_NAME: MappingProxyType[str, Format] = MappingProxyType({f.name: f for f in ALL})
#: name -> file suffix (``chrono.FORMATS``), a read-only view of the registry
SUFFIXES: MappingProxyType[str, str] = MappingProxyType({f.name: f.suffix for f in ALL})


def get(name: str) -> Format:
    """The format called ``name``; an unknown name raises :class:`~chrono.errors.InputError`."""
    found = BY_NAME.get(name)
    if found is None:
        raise InputError(f"unknown format {name!r}; choose from {', '.join(BY_NAME)}")
    return found


def names() -> list[str]:
    """The names of the formats, in order."""
    return list(BY_NAME)


__all__ = ["ALL", "BY_NAME", "Format", "SUFFIXES", "Writer", "get", "names"]
