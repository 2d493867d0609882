"""The chronology as CSV: one row per event, in chronological order (``csv`` module, RFC 4180).

Columns: ``id, date, start, end, granularity, value, mod, relation, headline, modality,
attribution, timex, sources``. ``date`` is the date as a person writes it ("early 2014");
``start`` and ``end`` are the half-open interval ``[start, end)`` in ISO form, as in the JSON
export (empty for vague dates); ``sources`` lists the ids of the documents that mention the event.
A cell that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``@``, or ``-``
followed by a letter) gets a leading apostrophe. The file starts with a UTF-8 byte order mark, for
Excel; :mod:`chrono.export.xlsx_export` writes the same rows as a workbook, for LibreOffice and Excel.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ..reader.textsafe import write_text
from ..model import Chronology
from ..present import Briefing, Row

COLUMNS = ("id", "date", "start", "end", "granularity", "value", "mod", "relation", "headline",
           "modality", "attribution", "timex", "sources")


def _safe(cell: str) -> str:
    if cell and (cell[0] in "=+@\t\r" or (cell[0] == "-" and len(cell) > 1 and not cell[1].isdigit())):
        return "'" + cell
    return cell


def row(shown: Row) -> dict[str, str]:
    """One event (a row of the :class:`~chrono.present.Briefing`) as a CSV row (every value a string)."""
    event = shown.event
    w = event.when
    cells = {
        "id": event.id, "date": shown.date,
        "start": w.start.isoformat() if w.start else "", "end": w.end.isoformat() if w.end else "",
        "granularity": w.granularity.value if w.granularity else "", "value": w.value or "",
        "mod": w.mod or "", "relation": w.relation.value, "headline": event.headline,
        "modality": event.modality.value, "attribution": event.attribution or "",
        "timex": event.timex_text, "sources": "; ".join(shown.doc_ids),
    }
    return {k: _safe(v) for k, v in cells.items()}


def dumps(chron: Chronology | Briefing) -> str:
    buf = io.StringIO()
    out = csv.DictWriter(buf, fieldnames=COLUMNS)
    out.writeheader()
    for shown in Briefing.of(chron).rows:
        out.writerow(row(shown))
    return buf.getvalue()


#: The byte order mark a CSV file starts with: Excel opens UTF-8 right only with it (LibreOffice Calc
#: reads a CSV as Windows-1252 whatever it starts with: the ``xlsx`` format is for it).
BOM = "\ufeff"


def write(chron: Chronology, path: Path, **_: object) -> None:
    write_text(path, BOM + dumps(chron))
