"""The pieces of a Word document the briefing is made of: styled paragraphs, tables, fields, tabs.

Thin helpers over python-docx (imported here, so only by the briefing's modules), and the rule
for how much article text goes in one place of the briefing (:func:`short`).
"""
from __future__ import annotations

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, RGBColor

from .labels import cap, clean_text

#: Characters of article text put in one place of the briefing (the JSON keeps every character).
MAX_HEADLINE, MAX_SENTENCE, MAX_SHORT = 300, 600, 200


def short(text: str | None, limit: int = MAX_SHORT) -> str:
    """Article text for the briefing: one line, cleaned, at most ``limit`` characters, words longer
    than 40 characters broken by zero-width spaces (so Word and LibreOffice can wrap them)."""
    return cap(text, limit, sep="\u200b")


def style_ids(doc) -> dict[str, str | None]:
    """Paragraph style name -> style id (``None`` for the default style), read once: python-docx
    searches every style of the template each time a paragraph's style is set by name."""
    default = doc.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    ids: dict[str, str | None] = {s.name: s.style_id for s in doc.styles if s.type == WD_STYLE_TYPE.PARAGRAPH}
    if default is not None:
        ids[default.name] = None
    return ids


def set_style(paragraph, style_id: str | None):
    paragraph._p.style = style_id
    return paragraph


def para(doc, ids: dict, style: str, text: str | None = None):
    """A new paragraph of ``style`` at the end of the document."""
    p = set_style(doc.add_paragraph(), ids[style])
    if text:
        p.add_run(text)
    return p


def field(paragraph, code: str, placeholder: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES) in a paragraph; Word and LibreOffice fill it in."""
    def fld(kind: str):
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        return el
    run = paragraph.add_run()
    run._r.append(fld("begin"))
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    run._r.append(instr)
    run = paragraph.add_run()
    run._r.append(fld("separate"))
    paragraph.add_run(placeholder)
    run = paragraph.add_run()
    run._r.append(fld("end"))


def right_tab(paragraph, width) -> None:
    """One right-aligned tab stop at the text's right edge (the style's own stops cleared)."""
    stops = paragraph.paragraph_format.tab_stops
    style_stops = paragraph.style.paragraph_format.tab_stops if paragraph.style is not None else []
    for ts in style_stops:
        stops.add_tab_stop(ts.position, WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)


def _set_widths(table, widths_cm: list[float]) -> None:
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        col.set(qn("w:w"), str(int(w * 567)))


def table(doc, ids: dict, header: list[str], widths_cm: list[float]):
    """A table in the template's "Chronology Table" style with a header row repeated on every page."""
    t = doc.add_table(rows=1, cols=len(header))
    t.style = doc.styles["Chronology Table"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    look = t._tbl.tblPr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        t._tbl.tblPr.append(look)
    for k, v in {"w:val": "04A0", "w:firstRow": "1", "w:lastRow": "0", "w:firstColumn": "0",
                 "w:lastColumn": "0", "w:noHBand": "0", "w:noVBand": "1"}.items():
        look.set(qn(k), v)
    row = t.rows[0]
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))               # repeat the header row on every page
    for cell, text in zip(row.cells, header):
        # "Table Header" (white on the header fill); older templates lack it: "Table Text" in white
        set_style(cell.paragraphs[0], ids.get("Table Header", ids["Table Text"]))
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        if "Table Header" not in ids:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    _set_widths(t, widths_cm)
    return t


def add_row(t, widths_cm: list[float]):
    """A new row that does not split across pages: its cells."""
    row = t.add_row()
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    for cell, w in zip(row.cells, widths_cm):
        cell.width = Cm(w)
    return row.cells


def cell_text(cell, text: str, style_id: str | None, *, bold: bool = False, first: bool = True):
    """Text in a cell: in its first paragraph, or (``first=False``) in a new one."""
    p = set_style(cell.paragraphs[0] if first else cell.add_paragraph(), style_id)
    run = p.add_run(clean_text(text))
    if bold:
        run.bold = True
    return p


__all__ = ["MAX_HEADLINE", "MAX_SENTENCE", "MAX_SHORT", "add_row", "cell_text", "field", "para", "right_tab",
           "set_style", "short", "style_ids", "table"]
