"""The sections of the Word briefing, each written from the :class:`~chrono.present.Briefing`.

Title block, key points, the timeline picture, the chronology table, the list of sources, the page
header and footer, and the document's core properties; every word from the language's
:class:`~chrono.lang.display.BriefingWords`. The resolution table is in :mod:`chrono.render.docx`.
"""
from __future__ import annotations

import io
from datetime import date, datetime

from ..datetext import day_text
from ..lang.display import pieces
from ..model import Event, Modality
from ..present import Briefing, alt_text, key_points as _key_rows
from .labels import cap, clean_text, one_line
from .wordml import (MAX_HEADLINE, MAX_SENTENCE, add_row, cell_text, field, para, right_tab, short, table)

#: Where the footer's page fields stand: template field -> Word field code.
_PAGE_FIELDS = {"page": "PAGE", "pages": "NUMPAGES"}


def _day(b: Briefing, d: date) -> str:
    return day_text(d, words=b.words.dates)


def key_points(source, style="briefing") -> list[tuple[str, Event]]:
    """The bottom line: ``(label, event)`` pairs for the latest status, what is expected next, and the
    longest-running background, in that order (see :func:`chrono.present.key_points`), chosen among
    the key events the timeline draws."""
    b = Briefing.of(source)
    return [(b.words.briefing.points[key], row.event) for key, row in _key_rows(b, _selection(b, style))]


def _selection(b: Briefing, style):
    from .plot import selection
    return selection(b.chronology, style=style)


def title_block(doc, ids: dict, b: Briefing) -> None:
    words, docs = b.words.briefing, b.documents
    para(doc, ids, "Title", short(b.title, MAX_HEADLINE))
    if len(docs) == 1:
        d = docs[0]
        bits = [short(d.section)] if d.section else []
        if d.agencies:
            bits.append(short(", ".join(d.agencies)))
        para(doc, ids, "Subtitle", "  \u00b7  ".join([words.kind, *bits]))
    else:
        para(doc, ids, "Subtitle", words.kind_of_many.format(n=len(docs)))
    lines = []
    if len(docs) == 1:
        d, title = docs[0], b.chronology.title
        if d.title and title and one_line(d.title) != one_line(title):
            lines.append(("article", short(d.title, MAX_HEADLINE)))
        lines.append(("source", short(d.path or d.id)))
        lines.append(("published", _day(b, d.published) if d.published else words.unknown))
    else:
        pubs = b.published
        if pubs:
            lines.append(("published", _day(b, pubs[0]) if pubs[0] == pubs[-1] else
                          b.words.dates.interval.format(first=_day(b, pubs[0]), last=_day(b, pubs[-1]))))
        lines.append(("sources", words.sources_listed.format(n=len(docs))))
    lines.append(("briefing_date", _day(b, b.date) if b.date else words.unknown))
    for key, text in lines:
        p = para(doc, ids, "Briefing Meta")
        p.add_run(words.meta_line.format(label=words.meta[key])).bold = True
        p.add_run(clean_text(text))


def key_points_section(doc, ids: dict, b: Briefing, style="briefing") -> None:
    words = b.words.briefing
    para(doc, ids, "Heading 1", words.headings["key_points"])
    points = _key_rows(b, _selection(b, style))
    if not points:
        para(doc, ids, "Normal", words.no_points)
    for key, row in points:
        e = row.event
        p = para(doc, ids, "List Bullet")
        p.add_run(words.point.format(label=words.points[key], date=short(row.date, 100))).bold = True
        text = short(e.headline, MAX_HEADLINE)
        if e.attribution:
            text += b.words.aside.format(text=short(e.attribution))
        p.add_run(text + ("" if text.endswith(words.sentence_ends) else words.full_stop))


def picture(doc, ids: dict, b: Briefing, style, width) -> None:
    from .plot import png_bytes
    para(doc, ids, "Heading 1", b.words.briefing.headings["timeline"])
    shape = doc.add_picture(io.BytesIO(png_bytes(b.chronology, style=style)), width=width)
    shape._inline.docPr.set("descr", clean_text(alt_text(b, _selection(b, style)), keep_newlines=False))
    doc.paragraphs[-1].paragraph_format.keep_with_next = True
    para(doc, ids, "Caption", b.words.briefing.caption)


def chronology_table(doc, ids: dict, b: Briefing) -> None:
    words = b.words.briefing
    para(doc, ids, "Heading 1", words.headings["chronology"])
    widths = [3.0, 8.0, 4.1, 2.3]
    t = table(doc, ids, list(words.columns), widths)
    for row in b.rows:
        e = row.event
        cells = add_row(t, widths)
        forecast = e.modality is not Modality.FACT
        cell_text(cells[0], short(row.date, 100), ids["Table Forecast" if forecast else "Table Fact"])
        headline = short(e.headline, MAX_HEADLINE)
        cell_text(cells[1], headline or b.words.no_headline, ids["Table Text"], bold=True)
        text = short(e.text, MAX_SENTENCE)
        if text and text != headline:
            cell_text(cells[1], text, ids["Table Note"], first=False)
        cell_text(cells[2], short(e.attribution) if e.attribution else words.by_default, ids["Table Text"])
        if row.sources:
            refs = ", ".join(map(str, row.sources))
            cell_text(cells[2], words.source_refs(len(row.sources), refs=refs), ids["Table Note"], first=False)
        cell_text(cells[3], words.status.get(e.modality.value, e.modality.value.title()),
                  ids["Table Forecast" if forecast else "Table Text"])


def sources(doc, ids: dict, b: Briefing) -> None:
    words = b.words.briefing
    para(doc, ids, "Heading 1", words.headings["sources"])
    for i, d in enumerate(b.documents, start=1):
        p = para(doc, ids, "List Number")
        p.add_run(f"[{i}] ")
        p.add_run(short(d.title, MAX_HEADLINE) or short(d.id)).bold = True
        bits = [words.source_published.format(day=_day(b, d.published)) if d.published
                else words.source_unpublished]
        if d.section:
            bits.append(short(d.section))
        if d.agencies:
            bits.append(words.source_agencies.format(agencies=short(", ".join(d.agencies))))
        if d.path:
            bits.append(words.source_file.format(path=short(d.path)))
        p.add_run("  \u2014  " + "; ".join(bits))


def header_footer(doc, b: Briefing) -> None:
    words = b.words.briefing
    section = doc.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    header = section.header.paragraphs[0]
    header.style = doc.styles["Header"]
    title = short(b.title, MAX_HEADLINE)
    header.add_run(title if len(title) <= 80 else title[:79] + "\u2026")
    right_tab(header, width)
    header.add_run("\t" + (words.header_dated.format(kind=words.kind, day=_day(b, b.date)) if b.date
                           else words.kind))
    footer = section.footer.paragraphs[0]
    footer.style = doc.styles["Footer"]
    right_tab(footer, width)
    lead = words.footer(len(b.documents)) + "\t"
    for text, name in pieces(words.page):
        if lead or text:
            footer.add_run(lead + text)
            lead = ""
        if name:
            field(footer, _PAGE_FIELDS[name])


#: Characters a core property of a Word document may hold (python-docx and the OOXML schema's limit).
MAX_PROPERTY = 255


def _prop(text: str) -> str:
    """A core property's text: one line, at most :data:`MAX_PROPERTY` characters, cut at a word with
    an ellipsis (the body keeps everything: the title block and the list of sources)."""
    return cap(text, MAX_PROPERTY)


def core_properties(doc, b: Briefing) -> None:
    words = b.words.briefing
    cp = doc.core_properties
    cp.title = _prop(short(b.title, MAX_HEADLINE))
    cp.subject = _prop(words.kind)
    cp.author = cp.last_modified_by = "chrono"
    cp.keywords = _prop(words.keywords)
    cp.comments = _prop(words.comments.format(titles="; ".join(short(d.title or d.id) for d in b.documents[:20])))
    cp.category = _prop(words.category)
    stamp = datetime.combine(b.date, datetime.min.time()) if b.date else datetime(1970, 1, 1)
    cp.created = cp.modified = cp.last_printed = stamp
    cp.revision = 1


__all__ = ["chronology_table", "core_properties", "header_footer", "key_points", "key_points_section", "picture",
           "sources", "title_block"]
