"""The Word briefing: built on a template in ``styles/`` whose styles it uses throughout.

Contents, bottom line up front: title block (title, sources, publication date, briefing date), key
points (latest status, what is expected next, the longest-running background), the timeline picture,
the chronology table (date at its precision | event | source and attribution | fact or forecast),
how each date was resolved, and the sources. Header and footer carry the title and page numbers.
Everything shown comes from :class:`chrono.present.Briefing` (its words from the language pack).

Here: the template (opened, checked, emptied), the assembly of the document, its resolution table,
and reproducible bytes. The other sections are in :mod:`chrono.render.docx_sections`, the python-docx
helpers in :mod:`chrono.render.wordml`.

Reproducible: no clock (the briefing date and the core properties' created/modified dates are the
latest publication date at midnight UTC) and fixed zip timestamps, so the same chronology gives the
same bytes. Text Word cannot hold (control characters, lone surrogates) is cleaned first.
"""
from __future__ import annotations

import io
import logging
from datetime import date, timedelta
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Emu

from ..datetext import day_text
from ..errors import ChronoError
from ..model import Chronology
from ..present import Briefing, Row
from . import docx_sections as sections
from .docx_sections import key_points
from .styles import style_file
from .template import drop_external
from .wordml import MAX_HEADLINE, MAX_SENTENCE, MAX_SHORT, add_row, cell_text, para, short as _words, style_ids, table

log = logging.getLogger(__name__)

#: Every style the briefing uses; a template must define them all.
REQUIRED_STYLES = ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "List Bullet", "List Number",
                   "Caption", "Header", "Footer", "Briefing Meta", "Table Text", "Table Note", "Table Fact",
                   "Table Forecast", "Chronology Table")


# --- the resolution table -------------------------------------------------------------------------

def _anchor_text(anchor, b: Briefing) -> str:
    """What a date was resolved against, in the briefing's words (the :class:`~chrono.model.Anchor` of
    "dct:2017-10-14 tense:past" -> "the publication date, Sat 14 Oct 2017; past tense"). A text that
    is no anchor's wire form is shown as it is."""
    from ..model import Anchor, AnchorKind
    against = b.words.briefing.against
    a = Anchor.of(anchor)
    if a is None:
        return _words(anchor, 80) if anchor else against["none"]
    try:
        shown = day_text(date.fromisoformat(a.value), words=b.words.dates) if a.value else ""
    except ValueError:
        shown = a.value
    if a.kind in (AnchorKind.DCT, AnchorKind.PREVIOUS):
        key = a.kind.value
        ref = against[key + "_day"].format(day=shown) if shown else against[key]
    elif a.kind is AnchorKind.NONE:
        ref = against["none"]
    else:                                           # the period reported on, a story's date
        ref = _words(f"{a.kind.value}:{a.value}", 80)
    parts = [ref, ref] if a.by_words else [ref]
    if a.tense:
        parts.append(against["tense"].format(tense=a.tense))
    return "; ".join(parts)


def _interval_text(row: Row, b: Briefing) -> str:
    dates = b.words.dates
    if row.extent is None:
        return dates.no_interval
    start, end = row.extent
    last = end - timedelta(days=1)
    first_day = day_text(start, words=dates)
    return first_day if last == start else dates.interval.format(first=first_day, last=day_text(last, words=dates))


def _resolution_table(doc, ids: dict, b: Briefing) -> None:
    words = b.words.briefing
    para(doc, ids, "Heading 1", words.headings["resolution"])
    para(doc, ids, "Normal", words.resolution_intro)
    widths = [3.6, 5.4, 4.6, 3.8]
    t = table(doc, ids, list(words.resolution_columns), widths)
    for row in b.rows:
        e = row.event
        cells = add_row(t, widths)
        written = _words(e.timex_text)
        cell_text(cells[0], b.words.quote.format(text=written) if written else "\u2014", ids["Table Text"])
        value = e.when.value or "\u2014"
        if e.when.mod:
            value = words.value_mod.format(value=value, mod=e.when.mod)
        cell_text(cells[1], f"{_words(row.date, 100)}  \u00b7  {_words(value, 100)}", ids["Table Text"], bold=True)
        cell_text(cells[1], _interval_text(row, b), ids["Table Note"], first=False)
        cell_text(cells[2], _anchor_text(e.anchor, b), ids["Table Text"])
        cell_text(cells[3], _words(e.rule, 80) or "\u2014", ids["Table Text"])


# --- the template and the document ----------------------------------------------------------------

def _open_template(style: str | Path):
    template = style_file(style, ".docx")
    try:
        doc = Document(str(template))
    except Exception as exc:                          # not a docx, damaged, ...
        raise ChronoError(f"cannot open Word template {template}: {exc}") from exc
    drop_external(doc, str(template))                 # an attached template, remote links: never passed on
    names = {s.name for s in doc.styles}
    missing = [s for s in REQUIRED_STYLES if s not in names]
    if missing:
        raise ChronoError(f"Word template {template} lacks the styles {', '.join(missing)}; "
                          f"start from styles/briefing.docx (styles/make_templates.py)")
    body = doc.element.body
    for child in list(body):                          # the template's own text goes
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return doc


def build_document(chron: Chronology | Briefing, *, style: str | Path = "briefing"):
    """The briefing as a python-docx ``Document`` (not yet saved)."""
    b = Briefing.of(chron)
    doc = _open_template(style)
    section = doc.sections[0]
    text_width = Emu(section.page_width - section.left_margin - section.right_margin)
    ids = style_ids(doc)
    sections.title_block(doc, ids, b)
    sections.key_points_section(doc, ids, b, style)
    sections.picture(doc, ids, b, style, text_width)
    sections.chronology_table(doc, ids, b)
    _resolution_table(doc, ids, b)
    sections.sources(doc, ids, b)
    sections.header_footer(doc, b)
    sections.core_properties(doc, b)
    return doc


def reproducible_zip(data: bytes) -> bytes:
    """The same .docx with fixed zip timestamps and attributes, so equal documents are equal bytes.
    Pictures, compressed already, are stored as they are."""
    import zipfile
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            _put(dst, info.filename, src.read(info.filename))
    return out.getvalue()


def _put(dst, name: str, data: bytes) -> None:
    """One member of a reproducible zip: fixed date and mode; pictures stored, the rest deflated."""
    import zipfile
    fixed = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    packed = name.lower().endswith((".png", ".jpg", ".jpeg", ".gif"))
    fixed.compress_type = zipfile.ZIP_STORED if packed else zipfile.ZIP_DEFLATED
    fixed.external_attr = 0o644 << 16
    dst.writestr(fixed, data)


class _Members:
    """python-docx's physical package writer, writing each part once as :func:`reproducible_zip` would."""

    def __init__(self, dst):
        self._dst = dst

    def write(self, pack_uri, blob: bytes) -> None:
        _put(self._dst, pack_uri.membername, blob)


def docx_bytes(chron: Chronology | Briefing, *, style: str | Path = "briefing") -> bytes:
    """The briefing as .docx bytes: the bytes of :func:`reproducible_zip` of the saved document,
    written in one pass (python-docx's package writer handed a reproducible zip), so nothing is
    deflated twice and the picture is never deflated."""
    import zipfile
    doc = build_document(chron, style=style)
    try:
        from docx.opc.pkgwriter import PackageWriter as W
        steps = (W._write_content_types_stream, W._write_pkg_rels, W._write_parts)
    except (ImportError, AttributeError):             # another python-docx: saved, then zipped again
        buf = io.BytesIO()
        doc.save(buf)
        return reproducible_zip(buf.getvalue())
    package = doc.part.package
    for part in package.parts:                         # as python-docx's OpcPackage.save does
        part.before_marshal()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        members = _Members(dst)
        steps[0](members, package.parts)
        steps[1](members, package.rels)
        steps[2](members, package.parts)
    return out.getvalue()


def write(chron: Chronology, path: Path, *, style: str | Path = "briefing", **_: object) -> None:
    Path(path).write_bytes(docx_bytes(chron, style=style))


__all__ = ["MAX_HEADLINE", "MAX_SENTENCE", "MAX_SHORT", "REQUIRED_STYLES", "build_document", "docx_bytes",
           "key_points", "reproducible_zip", "write"]
