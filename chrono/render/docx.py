"""The Word briefing: built on a template in ``styles/`` whose styles it uses throughout.

Contents, bottom line up front: title block (title, sources, publication date, briefing date), key
points (latest status, what is expected next, the longest-running background), the timeline picture,
the chronology table (date at its precision | event | source and attribution | fact or forecast),
how each date was resolved, and the sources. Header and footer carry the title and page numbers.

Reproducible: no clock (the briefing date and the core properties' created/modified dates are the
latest publication date at midnight UTC) and fixed zip timestamps, so the same chronology gives the
same bytes. Text Word cannot hold (control characters, lone surrogates) is cleaned first.
"""
from __future__ import annotations

import io
import logging
from datetime import date, datetime, timedelta
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, RGBColor

from ..dates_display import briefing_date, day_text, event_published, show_event, span
from ..errors import ChronoError
from ..model import Chronology, Event, Modality, Relation
from .labels import cap, clean_text, one_line
from .styles import style_file

log = logging.getLogger(__name__)

#: Every style the briefing uses; a template must define them all.
REQUIRED_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "List Bullet", "List Number",
                   "Caption", "Header", "Footer", "Briefing Meta", "Table Text", "Table Note", "Table Fact",
                   "Table Forecast", "Chronology Table")
MAX_LATEST, MAX_EXPECTED, MAX_BACKGROUND = 3, 3, 1          # seven points: they and the picture fill page 1
#: Characters of article text put in one place of the briefing (the JSON keeps every character).
MAX_HEADLINE, MAX_SENTENCE, MAX_SHORT = 300, 600, 200
_STATUS = {Modality.FACT: "Fact", Modality.FORECAST: "Forecast", Modality.HYPOTHETICAL: "Hypothetical",
           Modality.NEGATED: "Denied"}


# --- small helpers ------------------------------------------------------------------------------

def _words(text: str | None, limit: int = MAX_SHORT) -> str:
    """Article text for the briefing: one line, cleaned, at most ``limit`` characters, words longer
    than 40 characters broken by zero-width spaces (so Word and LibreOffice can wrap them)."""
    return cap(text, limit, sep="\u200b")


def _style_ids(doc) -> dict[str, str | None]:
    """Paragraph style name -> style id (``None`` for the default style), read once: python-docx
    searches every style of the template each time a paragraph's style is set by name."""
    default = doc.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    ids: dict[str, str | None] = {s.name: s.style_id for s in doc.styles if s.type == WD_STYLE_TYPE.PARAGRAPH}
    if default is not None:
        ids[default.name] = None
    return ids


def _set_style(paragraph, style_id: str | None):
    paragraph._p.style = style_id
    return paragraph


def _para(doc, ids: dict, style: str, text: str | None = None):
    """A new paragraph of ``style`` at the end of the document."""
    p = _set_style(doc.add_paragraph(), ids[style])
    if text:
        p.add_run(text)
    return p

def _title(chron: Chronology) -> str:
    if chron.title:
        return _words(chron.title, MAX_HEADLINE)
    titles = [d.title for d in chron.documents if d.title]
    if len(chron.documents) == 1 and titles:
        return _words(titles[0], MAX_HEADLINE)
    return f"Chronology of {len(chron.documents)} articles" if chron.documents else "Chronology"


def _field(paragraph, code: str, placeholder: str = "1") -> None:
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


def _set_widths(table, widths_cm: list[float]) -> None:
    table.autofit = False
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)
    grid = table._tbl.tblGrid
    for col, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        col.set(qn("w:w"), str(int(w * 567)))


def _table(doc, ids: dict, header: list[str], widths_cm: list[float]):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = doc.styles["Chronology Table"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        table._tbl.tblPr.append(look)
    for k, v in {"w:val": "04A0", "w:firstRow": "1", "w:lastRow": "0", "w:firstColumn": "0",
                 "w:lastColumn": "0", "w:noHBand": "0", "w:noVBand": "1"}.items():
        look.set(qn(k), v)
    row = table.rows[0]
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.append(OxmlElement("w:tblHeader"))               # repeat the header row on every page
    for cell, text in zip(row.cells, header):
        # "Table Header" (white on the header fill); older templates lack it: "Table Text" in white
        _set_style(cell.paragraphs[0], ids.get("Table Header", ids["Table Text"]))
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        if "Table Header" not in ids:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    _set_widths(table, widths_cm)
    return table


def _add_row(table, widths_cm: list[float]):
    row = table.add_row()
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    for cell, w in zip(row.cells, widths_cm):
        cell.width = Cm(w)
    return row.cells


def _cell_text(cell, text: str, style_id: str | None, *, bold: bool = False, first: bool = True):
    p = _set_style(cell.paragraphs[0] if first else cell.add_paragraph(), style_id)
    run = p.add_run(clean_text(text))
    if bold:
        run.bold = True
    return p


def _sources_of(chron: Chronology, event: Event) -> list[int]:
    index = {d.id: i for i, d in enumerate(chron.documents, start=1)}
    return sorted({index[m.doc] for m in event.mentions if m.doc in index})


def _anchor_text(anchor: str) -> str:
    """What a date was resolved against, in words ("dct:2017-10-14 tense:past" -> "the publication
    date, Sat 14 Oct 2017; past tense")."""
    parts = []
    for token in (anchor or "").split():
        kind, _, value = token.partition(":")
        try:
            shown = day_text(date.fromisoformat(value)) if value else ""
        except ValueError:
            shown = value
        if kind == "dct":
            parts.append(f"the publication date, {shown}" if shown else "the publication date")
        elif kind in ("previous", "prev", "last"):
            parts.append(f"the date mentioned before, {shown}" if shown else "the date mentioned before")
        elif kind == "tense" and value:
            parts.append(f"{value} tense")
        elif kind in ("none", "absolute"):
            parts.append("none: the date is written in full")
        else:
            parts.append(_words(token, 80))
    return "; ".join(parts) or "none: the date is written in full"


def _interval_text(event: Event, published: date | None) -> str:
    extent = span(event, published)
    if extent is None:
        return "no fixed interval"
    start, end = extent
    last = end - timedelta(days=1)
    return day_text(start) if last == start else f"{day_text(start)} to {day_text(last)}"


# --- the sections -------------------------------------------------------------------------------

def key_points(chron: Chronology) -> list[tuple[str, Event]]:
    """The bottom line: ``(label, event)`` pairs for the latest status, what is expected next, and the
    longest-running background, in that order."""
    facts = [e for e in chron.events if e.modality is Modality.FACT]
    dated = [e for e in facts if span(e, event_published(chron, e))]
    points: list[tuple[str, Event]] = []
    if dated:
        latest_start = max(span(e, None)[0] for e in dated)
        recent = [e for e in dated if span(e, None)[0] == latest_start or e.when.relation is Relation.SINCE]
        points += [("Latest", e) for e in recent[:MAX_LATEST]]
    expected = [e for e in chron.events if e.modality is Modality.FORECAST]
    points += [("Expected", e) for e in expected[:MAX_EXPECTED]]
    shown = {id(e) for _, e in points}
    background = sorted((e for e in dated if id(e) not in shown), key=lambda e: span(e, None)[0])
    points += [("Background", e) for e in background[:MAX_BACKGROUND]]
    return points


def _title_block(doc, ids: dict, chron: Chronology, published: date | None) -> None:
    _para(doc, ids, "Title", _title(chron))
    docs = chron.documents
    if len(docs) == 1:
        d = docs[0]
        bits = [_words(d.section)] if d.section else []
        if d.agencies:
            bits.append(_words(", ".join(d.agencies)))
        sep = "  \u00b7  "
        _para(doc, ids, "Subtitle", sep.join(["Chronology briefing", *bits]))
    else:
        _para(doc, ids, "Subtitle", f"Chronology briefing from {len(docs)} articles")
    lines = []
    if len(docs) == 1:
        d = docs[0]
        if d.title and chron.title and one_line(d.title) != one_line(chron.title):
            lines.append(("Article", _words(d.title, MAX_HEADLINE)))
        lines.append(("Source", _words(d.path or d.id)))
        lines.append(("Published", day_text(d.published) if d.published else "unknown"))
    else:
        pubs = sorted(d.published for d in docs if d.published)
        if pubs:
            lines.append(("Published", day_text(pubs[0]) if pubs[0] == pubs[-1]
                          else f"{day_text(pubs[0])} to {day_text(pubs[-1])}"))
        lines.append(("Sources", f"{len(docs)} articles, listed at the end"))
    lines.append(("Briefing date", day_text(published) if published else "unknown"))
    for label, text in lines:
        p = _para(doc, ids, "Briefing Meta")
        p.add_run(f"{label}: ").bold = True
        p.add_run(clean_text(text))


def _key_points(doc, ids: dict, chron: Chronology) -> None:
    _para(doc, ids, "Heading 1", "Key points")
    points = key_points(chron)
    if not points:
        _para(doc, ids, "Normal", "No dated events were found.")
    for label, e in points:
        p = _para(doc, ids, "List Bullet")
        p.add_run(f"{label}, {_words(show_event(e), 100)}: ").bold = True
        text = _words(e.headline, MAX_HEADLINE)
        if e.attribution:
            text += f" ({_words(e.attribution)})"
        p.add_run(text + ("" if text.endswith((".", "!", "?")) else "."))


def _picture(doc, ids: dict, chron: Chronology, style, width) -> None:
    from .plot import png_bytes
    _para(doc, ids, "Heading 1", "Timeline")
    doc.add_picture(io.BytesIO(png_bytes(chron, style=style)), width=width)
    doc.paragraphs[-1].paragraph_format.keep_with_next = True
    _para(doc, ids, "Caption", "Figure 1. The events on a broken time axis: a day is a point, a month or a year a "
          "bar; forecasts are hollow and dashed; an arrow runs from \u201csince\u201d to publication; undated "
          "expectations sit after it.")


def _chronology_table(doc, ids: dict, chron: Chronology) -> None:
    _para(doc, ids, "Heading 1", "Chronology")
    widths = [3.0, 8.0, 4.1, 2.3]
    table = _table(doc, ids, ["Date", "Event", "Source and attribution", "Status"], widths)
    for e in chron.events:
        cells = _add_row(table, widths)
        forecast = e.modality is not Modality.FACT
        _cell_text(cells[0], _words(show_event(e), 100), ids["Table Forecast" if forecast else "Table Fact"])
        headline = _words(e.headline, MAX_HEADLINE)
        _cell_text(cells[1], headline or "(no headline)", ids["Table Text"], bold=True)
        text = _words(e.text, MAX_SENTENCE)
        if text and text != headline:
            _cell_text(cells[1], text, ids["Table Note"], first=False)
        _cell_text(cells[2], _words(e.attribution) if e.attribution else "the article", ids["Table Text"])
        refs = _sources_of(chron, e)
        if refs:
            label = "Source" if len(refs) == 1 else "Sources"
            _cell_text(cells[2], f"{label} [{', '.join(map(str, refs))}]", ids["Table Note"], first=False)
        _cell_text(cells[3], _STATUS.get(e.modality, e.modality.value.title()),
                   ids["Table Forecast" if forecast else "Table Text"])


def _resolution_table(doc, ids: dict, chron: Chronology) -> None:
    _para(doc, ids, "Heading 1", "How each date was resolved")
    _para(doc, ids, "Normal", "Each date in the chronology as written in the article, the TimeML value it was "
          "resolved to, the days it covers, and what it was resolved against.")
    widths = [3.6, 5.4, 4.6, 3.8]
    table = _table(doc, ids, ["As written", "Resolved to", "Resolved against", "Rule"], widths)
    for e in chron.events:
        cells = _add_row(table, widths)
        written = _words(e.timex_text)
        _cell_text(cells[0], f"\u201c{written}\u201d" if written else "\u2014", ids["Table Text"])
        value = e.when.value or "\u2014"
        if e.when.mod:
            value += f" ({e.when.mod})"
        _cell_text(cells[1], f"{_words(show_event(e), 100)}  \u00b7  {_words(value, 100)}", ids["Table Text"],
                   bold=True)
        _cell_text(cells[1], _interval_text(e, event_published(chron, e)), ids["Table Note"], first=False)
        _cell_text(cells[2], _anchor_text(e.anchor), ids["Table Text"])
        _cell_text(cells[3], _words(e.rule, 80) or "\u2014", ids["Table Text"])


def _sources(doc, ids: dict, chron: Chronology) -> None:
    _para(doc, ids, "Heading 1", "Sources")
    for i, d in enumerate(chron.documents, start=1):
        p = _para(doc, ids, "List Number")
        p.add_run(f"[{i}] ")
        p.add_run(_words(d.title, MAX_HEADLINE) or _words(d.id)).bold = True
        bits = [f"published {day_text(d.published)}" if d.published else "publication date unknown"]
        if d.section:
            bits.append(_words(d.section))
        if d.agencies:
            bits.append("agencies: " + _words(", ".join(d.agencies)))
        if d.path:
            bits.append(f"file: {_words(d.path)}")
        p.add_run("  \u2014  " + "; ".join(bits))


def _right_tab(paragraph, width) -> None:
    """One right-aligned tab stop at the text's right edge (the style's own stops cleared)."""
    stops = paragraph.paragraph_format.tab_stops
    style_stops = paragraph.style.paragraph_format.tab_stops if paragraph.style is not None else []
    for ts in style_stops:
        stops.add_tab_stop(ts.position, WD_TAB_ALIGNMENT.CLEAR)
    stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)


def _header_footer(doc, chron: Chronology, published: date | None) -> None:
    section = doc.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    header = section.header.paragraphs[0]
    header.style = doc.styles["Header"]
    title = _title(chron)
    header.add_run(title if len(title) <= 80 else title[:79] + "\u2026")
    _right_tab(header, width)
    header.add_run("\tChronology briefing" + (f", {day_text(published)}" if published else ""))
    footer = section.footer.paragraphs[0]
    footer.style = doc.styles["Footer"]
    _right_tab(footer, width)
    n = len(chron.documents)
    footer.add_run(f"Prepared with chrono from {n} source{'s' if n != 1 else ''}\tPage ")
    _field(footer, "PAGE")
    footer.add_run(" of ")
    _field(footer, "NUMPAGES")


def _core_properties(doc, chron: Chronology, published: date | None) -> None:
    cp = doc.core_properties
    cp.title = _title(chron)[:250]
    cp.subject = "Chronology briefing"
    cp.author = cp.last_modified_by = "chrono"
    cp.keywords = "chronology; timeline; briefing"
    cp.comments = ("Sources: " + "; ".join(_words(d.title or d.id) for d in chron.documents[:20]))[:900]
    cp.category = "Briefing"
    stamp = datetime.combine(published, datetime.min.time()) if published else datetime(1970, 1, 1)
    cp.created = cp.modified = cp.last_printed = stamp
    cp.revision = 1


def _clear_body(doc) -> None:
    body = doc.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _check_styles(doc, template: Path) -> None:
    names = {s.name for s in doc.styles}
    missing = [s for s in REQUIRED_STYLES if s not in names]
    if missing:
        raise ChronoError(f"Word template {template} lacks the styles {', '.join(missing)}; "
                          f"start from styles/briefing.docx (styles/make_templates.py)")


def build_document(chron: Chronology, *, style: str | Path = "briefing"):
    """The briefing as a python-docx ``Document`` (not yet saved)."""
    template = style_file(style, ".docx")
    try:
        doc = Document(str(template))
    except Exception as exc:                          # not a docx, damaged, ...
        raise ChronoError(f"cannot open Word template {template}: {exc}") from exc
    _check_styles(doc, template)
    _clear_body(doc)
    published = briefing_date(chron)
    section = doc.sections[0]
    text_width = Emu(section.page_width - section.left_margin - section.right_margin)
    ids = _style_ids(doc)
    _title_block(doc, ids, chron, published)
    _key_points(doc, ids, chron)
    _picture(doc, ids, chron, style, text_width)
    _chronology_table(doc, ids, chron)
    _resolution_table(doc, ids, chron)
    _sources(doc, ids, chron)
    _header_footer(doc, chron, published)
    _core_properties(doc, chron, published)
    return doc


def reproducible_zip(data: bytes) -> bytes:
    """The same .docx with fixed zip timestamps and attributes, so equal documents are equal bytes.
    Pictures, compressed already, are stored as they are."""
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            packed = info.filename.lower().endswith((".png", ".jpg", ".jpeg", ".gif"))
            fixed.compress_type = zipfile.ZIP_STORED if packed else zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


def docx_bytes(chron: Chronology, *, style: str | Path = "briefing") -> bytes:
    """The briefing as .docx bytes."""
    buf = io.BytesIO()
    build_document(chron, style=style).save(buf)
    return reproducible_zip(buf.getvalue())


def write(chron: Chronology, path: Path, *, style: str | Path = "briefing", **_: object) -> None:
    Path(path).write_bytes(docx_bytes(chron, style=style))


__all__ = ["REQUIRED_STYLES", "build_document", "docx_bytes", "key_points", "write", "reproducible_zip"]
