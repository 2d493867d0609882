"""The chronology as a spreadsheet (Office Open XML, ``.xlsx``) that Excel and LibreOffice Calc open
right: the rows and columns of the CSV (:mod:`chrono.export.csv_export`), every cell text.

A CSV carries no encoding: Calc's default import reads it as Windows-1252 (a BOM or not), so any
headline beyond ASCII shows garbled. A workbook says what it holds. Every cell is a string in a
text-formatted column, so a date typed into it stays ``2017-10-12`` (not a day number) and a
headline starting with ``=`` stays text. Written by hand (a few XML parts in a zip, fixed
timestamps: reproducible), read back by :func:`read_rows` for ``chrono render NAME.xlsx``.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from ..model import Chronology
from ..present import Briefing
from .csv_export import COLUMNS, row

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
#: Characters in one cell of a workbook (Excel's limit).
MAX_CELL = 32767
_WIDTHS = {"id": 7, "date": 22, "start": 12, "end": 12, "headline": 60, "attribution": 30, "timex": 20,
           "sources": 30}

_STATIC = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        '</Types>'),
    "_rels/.rels": (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG}">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/_rels/workbook.xml.rels": (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="{_PKG}">'
        f'<Relationship Id="rId1" Type="{_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{_REL}/styles" Target="styles.xml"/></Relationships>'),
    "xl/styles.xml": (                 # 0: default; 1: text ("@"); 2: text, bold (the header)
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{_NS}">'
        '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>'
        '</cellXfs></styleSheet>'),
}


def _column(i: int) -> str:
    name = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        name = chr(65 + r) + name
    return name


def _cell(ref: str, text: str, style: int) -> str:
    text = _INVALID.sub("\ufffd", text)[:MAX_CELL]
    return f'<c r="{ref}" t="inlineStr" s="{style}"><is><t xml:space="preserve">{escape(text)}</t></is></c>'


def _sheet(rows: list[list[str]]) -> str:
    cols = "".join(f'<col min="{i + 1}" max="{i + 1}" width="{_WIDTHS.get(c, 12)}" style="1" customWidth="1"/>'
                   for i, c in enumerate(COLUMNS))
    body = []
    for r, cells in enumerate(rows, start=1):
        style = 2 if r == 1 else 1
        body.append(f'<row r="{r}">' + "".join(_cell(f"{_column(c)}{r}", v, style) for c, v in enumerate(cells))
                    + "</row>")
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{_NS}">'
            '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" '
            f'state="frozen"/></sheetView></sheetViews><cols>{cols}</cols><sheetData>{"".join(body)}</sheetData>'
            '</worksheet>')


def _workbook(name: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{_NS}" '
            f'xmlns:r="{_REL}"><sheets><sheet name="{escape(name)}" sheetId="1" r:id="rId1"/></sheets></workbook>')


def xlsx_bytes(chron: Chronology | Briefing, sheet: str = "chronology") -> bytes:
    """The workbook: one sheet, a header row of :data:`~chrono.export.csv_export.COLUMNS`, a row per event."""
    rows = [list(COLUMNS)] + [[cells[c] for c in COLUMNS] for cells in map(row, Briefing.of(chron).rows)]
    parts = dict(_STATIC, **{"xl/workbook.xml": _workbook(sheet), "xl/worksheets/sheet1.xml": _sheet(rows)})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type, info.external_attr = zipfile.ZIP_DEFLATED, 0o644 << 16
            z.writestr(info, text.encode("utf-8"))
    return out.getvalue()


def write(chron: Chronology, path: Path, **_: object) -> None:
    Path(path).write_bytes(xlsx_bytes(chron))


def _text(el, ns: dict) -> str:
    return "".join(t.text or "" for t in el.iter(f"{{{_NS}}}t"))


def read_rows(data: bytes) -> list[dict[str, str]]:
    """The rows of the first sheet of a workbook (this writer's, or as Excel or Calc saved it), each
    a dict of the header row's names to the cells' text (numbers as written in the file)."""
    import xml.etree.ElementTree as ET
    ns = {"m": _NS}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = set(z.namelist())
        shared = []
        if "xl/sharedStrings.xml" in names:
            shared = [_text(si, ns) for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", ns)]
        sheet = next((n for n in sorted(names) if n.startswith("xl/worksheets/sheet")), None)
        if sheet is None:
            raise ValueError("no worksheet")
        root = ET.fromstring(z.read(sheet))
    table: list[dict[int, str]] = []
    for r in root.iter(f"{{{_NS}}}row"):
        cells: dict[int, str] = {}
        for k, c in enumerate(r.findall("m:c", ns)):
            ref = re.match(r"[A-Z]+", c.get("r") or "")
            col = sum((ord(ch) - 64) * 26 ** i for i, ch in enumerate(reversed(ref.group(0)))) - 1 if ref else k
            kind, v = c.get("t"), c.find("m:v", ns)
            if kind == "inlineStr":
                cells[col] = _text(c, ns)
            elif kind == "s" and v is not None:
                cells[col] = shared[int(v.text)]
            else:
                cells[col] = v.text if v is not None and v.text else ""
        table.append(cells)
    if not table:
        return []
    header = {i: name.strip() for i, name in table[0].items()}
    return [{name: cells.get(i, "") for i, name in header.items()} for cells in table[1:]
            if any(v.strip() for v in cells.values())]


__all__ = ["MAX_CELL", "read_rows", "write", "xlsx_bytes"]
