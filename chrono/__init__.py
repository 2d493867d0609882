"""chrono: what happened when, from news text — temporal tagging, events, chronologies, briefings.

>>> import chrono
>>> chron = chrono.build("examples/dw-raqqa-2017-10-14.txt")        # doctest: +SKIP
>>> for event in chron: print(event.when.value, event.headline)     # doctest: +SKIP
>>> chrono.write(chron, "out", formats=["docx", "png", "json"])      # doctest: +SKIP

Heavy libraries (matplotlib, python-docx, dateparser) are imported only by the functions that use them.
"""
from __future__ import annotations

from .errors import ChronoError, InputError, NoPublicationDate, OutputError
from .model import (AnchorPolicy, Chronology, Document, Event, Grain, Mention, Modality, Relation,
                    Timex, TimexType, When)
from .pipeline import FORMATS, build, read, tag, write

__version__ = "0.1.0"

__all__ = [
    "AnchorPolicy", "Chronology", "ChronoError", "Document", "Event", "FORMATS", "Grain", "InputError",
    "Mention", "Modality", "NoPublicationDate", "OutputError", "Relation", "Timex", "TimexType", "When",
    "__version__", "build", "read", "tag", "write",
]
