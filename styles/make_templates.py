"""Regenerate the Word templates of chrono's styles: ``chrono/styles/briefing.docx`` and ``dark.docx``.

    .venv/bin/python styles/make_templates.py

Each template is an empty document (A4, margins, fonts) whose styles are every style the briefing
uses, so a person can restyle a briefing in Word (Modify Style) or make a new template by editing
a copy of one of these and passing ``--style path/to/copy.docx``. The styles the renderer needs are
listed in ``chrono.render.docx.REQUIRED_STYLES``. The output is reproducible (fixed dates, fixed
zip timestamps), so the committed files only change when this script does.
"""
from __future__ import annotations

import io
import sys
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent.parent / "chrono" / "styles"   # the styles ship with the package
FIXED = datetime(2017, 1, 1)


@dataclass(frozen=True)
class Palette:
    name: str
    body_font: str
    heading_font: str
    text: str          # hex RGB
    muted: str
    accent: str        # headings, table header
    accent2: str       # forecast
    band: str          # banded table rows
    rule: str          # table rules


BRIEFING = Palette("briefing", "Calibri", "Calibri", "1B2430", "5F6B7A", "1F4E79", "C55A11", "EEF2F6", "B8C4D0")
DARK = Palette("dark", "Georgia", "Georgia", "1A1A1A", "555555", "14202E", "B35C00", "ECEFF3", "9AA5B1")


def _rgb(hex_: str) -> RGBColor:
    return RGBColor.from_string(hex_)


def _font(style, p: Palette, *, size: float, bold: bool = False, italic: bool = False, color: str | None = None,
          heading: bool = False) -> None:
    f = style.font
    f.name = p.heading_font if heading else p.body_font
    f.size = Pt(size)
    f.bold = bold
    f.italic = italic
    f.color.rgb = _rgb(color or p.text)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), f.name)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        if fonts.get(qn(attr)) is not None:
            del fonts.attrib[qn(attr)]


def _spacing(style, *, before: float = 0, after: float = 6, line: float | None = None, keep_next: bool = False):
    pf = style.paragraph_format
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if line:
        pf.line_spacing = line
    pf.keep_with_next = keep_next


def _paragraph_style(doc, name: str, base: str = "Normal"):
    styles = doc.styles
    if name in [s.name for s in styles]:
        return styles[name]
    style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = styles[base]
    style.quick_style = True
    return style


def _table_style(doc, p: Palette):
    name = "Chronology Table"
    style = doc.styles.add_style(name, WD_STYLE_TYPE.TABLE)
    style.base_style = doc.styles["Normal Table"]
    style.quick_style = True
    el = style.element
    el.append(parse_xml(f'<w:pPr {nsdecls("w")}><w:spacing w:before="40" w:after="40"/></w:pPr>'))
    el.append(parse_xml(
        f'<w:tblPr {nsdecls("w")}><w:tblStyleRowBandSize w:val="1"/>'
        f'<w:tblBorders><w:top w:val="single" w:sz="8" w:space="0" w:color="{p.accent}"/>'
        f'<w:bottom w:val="single" w:sz="8" w:space="0" w:color="{p.accent}"/>'
        f'<w:insideH w:val="single" w:sz="4" w:space="0" w:color="{p.rule}"/></w:tblBorders>'
        f'<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>'
        f'<w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>'))
    el.append(parse_xml(
        f'<w:tblStylePr {nsdecls("w")} w:type="firstRow"><w:rPr><w:b/><w:color w:val="FFFFFF"/></w:rPr>'
        f'<w:tblPr/><w:trPr><w:tblHeader/></w:trPr>'
        f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{p.accent}"/></w:tcPr></w:tblStylePr>'))
    el.append(parse_xml(
        f'<w:tblStylePr {nsdecls("w")} w:type="band2Horz"><w:tblPr/>'
        f'<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{p.band}"/></w:tcPr></w:tblStylePr>'))
    return style


def build(p: Palette):
    doc = Document()
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(1.8)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(1.8)
    section.header_distance = section.footer_distance = Cm(0.9)

    s = doc.styles
    _font(s["Normal"], p, size=10.5)
    _spacing(s["Normal"], after=6, line=1.1)
    _font(s["Title"], p, size=24, bold=True, color=p.accent, heading=True)
    _spacing(s["Title"], after=4)
    title_ppr = s["Title"].element.get_or_add_pPr()
    for border in title_ppr.findall(qn("w:pBdr")):
        title_ppr.remove(border)
    _font(s["Subtitle"], p, size=13, color=p.muted, heading=True)
    _spacing(s["Subtitle"], after=10)
    _font(s["Heading 1"], p, size=15, bold=True, color=p.accent, heading=True)
    _spacing(s["Heading 1"], before=16, after=6, keep_next=True)
    _font(s["Heading 2"], p, size=12, bold=True, color=p.accent, heading=True)
    _spacing(s["Heading 2"], before=10, after=4, keep_next=True)
    _font(s["List Bullet"], p, size=11)
    _spacing(s["List Bullet"], after=4, line=1.1)
    _font(s["List Number"], p, size=10.5)
    _spacing(s["List Number"], after=4)
    _font(s["Caption"], p, size=9, italic=True, color=p.muted)
    _spacing(s["Caption"], before=2, after=10)
    _font(s["Header"], p, size=8.5, color=p.muted)
    _font(s["Footer"], p, size=8.5, color=p.muted)

    meta = _paragraph_style(doc, "Briefing Meta")
    _font(meta, p, size=10, color=p.muted)
    _spacing(meta, after=1)
    table_text = _paragraph_style(doc, "Table Text")
    _font(table_text, p, size=9.5)
    _spacing(table_text, after=0, line=1.05)
    note = _paragraph_style(doc, "Table Note", base="Table Text")
    _font(note, p, size=8.5, color=p.muted)
    _spacing(note, before=2, after=0, line=1.05)
    forecast = _paragraph_style(doc, "Table Forecast", base="Table Text")
    _font(forecast, p, size=9.5, bold=True, italic=True, color=p.accent2)
    fact = _paragraph_style(doc, "Table Fact", base="Table Text")
    _font(fact, p, size=9.5, bold=True, color=p.accent)
    # the header row's own paragraph style: a paragraph colour overrides the table style's, so
    # header text in "Table Text" would be dark on the dark header fill
    header = _paragraph_style(doc, "Table Header", base="Table Text")
    _font(header, p, size=9.5, bold=True, color="FFFFFF")
    _table_style(doc, p)
    s["Caption"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT

    cp = doc.core_properties
    cp.title, cp.subject, cp.author, cp.last_modified_by = f"chrono {p.name} template", "Chronology briefing", \
        "chrono", "chrono"
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    cp.comments = "Template of chrono briefings: edit the styles, not the text."
    return doc


def reproducible(data: bytes) -> bytes:
    """A .docx (zip) with fixed timestamps and order, so the same document gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def main(argv: list[str]) -> int:
    for palette in (BRIEFING, DARK):
        buf = io.BytesIO()
        build(palette).save(buf)
        target = HERE / f"{palette.name}.docx"
        target.write_bytes(reproducible(buf.getvalue()))
        print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
