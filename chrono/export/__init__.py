"""Writers of a chronology, one module per format. Each writer is ``write(chron, path, *, style)``.

The registry of formats (name, suffix, writer) is :mod:`chrono.formats`; the writers read what they
show from :class:`chrono.present.Briefing`. :func:`writer_for` stays for callers of the old name.
"""
from __future__ import annotations

from ..formats import BY_NAME, Writer


def writer_for(fmt: str) -> Writer:
    """The writer function of a format name (a ``KeyError`` for an unknown one); see :mod:`chrono.formats`."""
    return BY_NAME[fmt].load()


__all__ = ["Writer", "writer_for"]
