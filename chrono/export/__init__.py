"""Writers of a chronology, one module per format. Each writer is ``write(chron, path, *, style)``."""
from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from pathlib import Path

from ..model import Chronology

Writer = Callable[..., None]

#: format name -> "module:function" (imported only when used, so ``import chrono`` stays light)
WRITERS: dict[str, str] = {
    "json": "chrono.export.json_export:write",
    "csv": "chrono.export.csv_export:write",
    "timelinejs": "chrono.export.timelinejs:write",
    "ics": "chrono.export.ics:write",
    "timeml": "chrono.export.timeml:write",
    "png": "chrono.render.plot:write_png",
    "svg": "chrono.render.plot:write_svg",
    "pdf": "chrono.render.plot:write_pdf",
    "docx": "chrono.render.docx:write",
}


def writer_for(fmt: str) -> Writer:
    """The writer function of a format name (see ``WRITERS``)."""
    module, func = WRITERS[fmt].split(":")
    return getattr(import_module(module), func)


__all__ = ["WRITERS", "writer_for", "Writer", "Chronology", "Path"]
