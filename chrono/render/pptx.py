"""The briefing as a PowerPoint deck (16:9), via python-pptx.

Three slides, bottom line first: the title slide (title, what it is, the briefing date and the
sources), the timeline (the picture of :mod:`chrono.render.plot` full-bleed, with its alt text), and
the key points (the same as the Word briefing's, chosen among the key events the timeline draws).
The notes of the timeline and key-point slides list the sources. Every word comes from the
language's :class:`~chrono.lang.display.BriefingWords`; everything shown from
:class:`chrono.present.Briefing`.

Reproducible as the Word briefing is: no clock (the core properties' dates are the briefing date),
fixed zip timestamps.
"""
from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from pptx import Presentation
from pptx.util import Emu, Inches, Pt

from ..datetext import day_text
from ..model import Chronology
from ..present import Briefing, alt_text, key_points
from .docx import reproducible_zip
from .labels import cap, clean_text, one_line

SLIDE_W, SLIDE_H = Emu(12192000), Emu(6858000)                 # 13.333 x 7.5 in: 16:9
#: Characters of article text on a slide (the Word briefing and the JSON keep more).
MAX_TITLE, MAX_POINT, MAX_NOTE = 200, 260, 400
_TITLE, _CONTENT, _BLANK = 0, 1, 6                  # layouts of python-pptx's default template


def _slide(prs, layout: int):
    """A new slide of a layout of the default (4:3) template, its placeholders widened to 16:9."""
    slide = prs.slides.add_slide(prs.slide_layouts[layout])
    scale = SLIDE_W / Inches(10)
    for shape in slide.placeholders:
        left, top, width, height = shape.left, shape.top, shape.width, shape.height   # the layout's
        shape.left, shape.top, shape.width, shape.height = int(left * scale), top, int(width * scale), height
    return slide


def _notes(slide, b: Briefing) -> None:
    """The sources, one a line, in the slide's notes."""
    words = b.words.briefing
    lines = [words.headings["sources"]]
    for i, d in enumerate(b.documents, start=1):
        bits = [words.source_published.format(day=day_text(d.published, words=b.words.dates))
                if d.published else words.source_unpublished]
        if d.path:
            bits.append(words.source_file.format(path=one_line(d.path)))
        lines.append(f"[{i}] {cap(d.title or d.id, MAX_NOTE)}  \u2014  {'; '.join(bits)}")
    slide.notes_slide.notes_text_frame.text = clean_text("\n".join(lines))


def _title_slide(prs, b: Briefing) -> None:
    words = b.words.briefing
    slide = _slide(prs, _TITLE)
    slide.shapes.title.text = cap(b.title, MAX_TITLE)
    kind = words.kind if len(b.documents) == 1 else words.kind_of_many.format(n=len(b.documents))
    lines = [kind]
    if b.date:
        lines.append(words.meta_line.format(label=words.meta["briefing_date"]) + day_text(b.date, words=b.words.dates))
    slide.placeholders[1].text = clean_text("\n".join(lines))
    _notes(slide, b)


def _timeline_slide(prs, b: Briefing, style, chosen) -> None:
    from .plot import png_bytes
    slide = _slide(prs, _BLANK)
    pic = slide.shapes.add_picture(io.BytesIO(png_bytes(b.chronology, style=style)), 0, 0,
                                   width=prs.slide_width, height=prs.slide_height)
    pic.name = b.words.briefing.headings["timeline"]
    pic._element.nvPicPr.cNvPr.set("descr", clean_text(alt_text(b, chosen), keep_newlines=False))
    _notes(slide, b)


def _points_slide(prs, b: Briefing, chosen) -> None:
    words = b.words.briefing
    slide = _slide(prs, _CONTENT)
    slide.shapes.title.text = words.headings["key_points"]
    body = slide.placeholders[1].text_frame
    points = key_points(b, chosen)
    if not points:
        body.text = words.no_points
    for k, (key, row) in enumerate(points):
        p = body.paragraphs[0] if k == 0 else body.add_paragraph()
        lead = p.add_run()
        lead.text = clean_text(words.point.format(label=words.points[key], date=one_line(row.date)))
        lead.font.bold = True
        text = cap(row.event.headline, MAX_POINT)
        if row.event.attribution:
            text += b.words.aside.format(text=cap(row.event.attribution, 120))
        p.add_run().text = clean_text(text + ("" if text.endswith(words.sentence_ends) else words.full_stop))
    size = Pt(24 if len(points) <= 4 else 20 if len(points) <= 6 else 18)
    for p in body.paragraphs:
        for r in p.runs:
            r.font.size = size
    _notes(slide, b)


def _core_properties(prs, b: Briefing) -> None:
    words = b.words.briefing
    cp = prs.core_properties
    cp.title = cap(b.title, 255)
    cp.subject = cap(words.kind, 255)
    cp.author = cp.last_modified_by = "chrono"
    cp.keywords = cap(words.keywords, 255)
    cp.category = cap(words.category, 255)
    cp.comments = ""
    stamp = datetime.combine(b.date, datetime.min.time()) if b.date else datetime(1970, 1, 1)
    cp.created = cp.modified = cp.last_printed = stamp
    cp.revision = 1


def build_presentation(chron: Chronology | Briefing, *, style: str | Path = "briefing"):
    """The deck as a python-pptx ``Presentation`` (not yet saved)."""
    from .plot import selection
    b = Briefing.of(chron)
    chosen = selection(b.chronology, style=style)
    prs = Presentation()
    prs.slide_width, prs.slide_height = Emu(SLIDE_W), Emu(SLIDE_H)
    _title_slide(prs, b)
    _timeline_slide(prs, b, style, chosen)
    _points_slide(prs, b, chosen)
    _core_properties(prs, b)
    return prs


def pptx_bytes(chron: Chronology | Briefing, *, style: str | Path = "briefing") -> bytes:
    buf = io.BytesIO()
    build_presentation(chron, style=style).save(buf)
    return reproducible_zip(buf.getvalue())


def write(chron: Chronology, path: Path, *, style: str | Path = "briefing", **_: object) -> None:
    Path(path).write_bytes(pptx_bytes(chron, style=style))


__all__ = ["MAX_NOTE", "MAX_POINT", "MAX_TITLE", "build_presentation", "pptx_bytes", "write"]
