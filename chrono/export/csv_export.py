"""The chronology as CSV: one row per event, in chronological order (RFC 4180, CRLF line ends).

Columns: ``id, date, start, end, granularity, value, mod, relation, headline, modality,
attribution, timex, sources``. ``date`` is the date as a person writes it ("early 2014");
``start`` and ``end`` are the half-open interval ``[start, end)`` in ISO form, as in the JSON
export (empty for vague dates); ``sources`` lists the ids of the documents that mention the event.
A cell that a spreadsheet would run as a formula (starting with ``=``, ``+``, ``@``, or ``-``
followed by a letter) gets a leading apostrophe.

What a spreadsheet makes of it (LibreOffice 7.4 measured headless, ``tests/test_csv_calc.py``):

- The file starts with a UTF-8 byte order mark. Excel needs it to read UTF-8 (without it, the
  "ANSI" code page). Calc's Text Import dialog, which a double-click opens, guesses the charset
  from the bytes (ICU's detector; it reads a byte order mark) and selects Unicode (UTF-8).
- That dialog ticks comma, semicolon *and* tab as separators by default, so every cell that holds
  one of them is quoted (``sources`` is ``d1; d2``), not only those with a comma: otherwise the
  cell is split and the columns after it shift.
- Without filter options (``soffice --headless --convert-to xlsx x.csv``, a script's
  ``loadComponentFromURL``), Calc reads every CSV as Windows-1252, byte order mark or not, so
  anything beyond ASCII is garbled: no charset a CSV can have changes that. Give the charset:
  ``--infilter="Text - txt - csv (StarCalc):44,34,76"`` (76 is UTF-8), or use the workbook
  (:mod:`chrono.export.xlsx_export`, every cell text), which needs no import options at all.
- A day (``2017-10-13``) becomes a date cell; a workbook saved from it holds the day's serial
  number, which :func:`chrono.load.spreadsheet_value` reads back as the day.
"""
from __future__ import annotations

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


#: What makes a cell quoted: RFC 4180's comma, quote and line ends, and the semicolon and tab that
#: Calc's import dialog also splits on by default.
QUOTED = frozenset(',";\t\r\n')


def field(cell: str) -> str:
    """A cell as a CSV field (RFC 4180): quoted, its quotes doubled, when it holds a separator a
    spreadsheet may split on, or starts or ends with a space."""
    if QUOTED.intersection(cell) or cell != cell.strip(" "):
        return '"' + cell.replace('"', '""') + '"'
    return cell


def dumps(chron: Chronology | Briefing) -> str:
    lines = [",".join(COLUMNS)]
    for shown in Briefing.of(chron).rows:
        cells = row(shown)
        lines.append(",".join(field(cells[c]) for c in COLUMNS))
    return "".join(line + "\r\n" for line in lines)


#: The byte order mark a CSV file starts with: Excel reads UTF-8 only with it; Calc's import dialog
#: detects it (see the module's text for Calc without options).
BOM = "\ufeff"


def write(chron: Chronology, path: Path, **_: object) -> None:
    write_text(path, BOM + dumps(chron))
