"""The briefing as a PowerPoint deck (16:9), via python-pptx.

Bottom line first: the title slide (title, what it is, the briefing date and the sources), the
timeline (the picture of :mod:`chrono.render.plot` full-bleed, with its alt text), and the key
points (the same as the Word briefing's, chosen among the key events the timeline draws). The notes
of every slide list the sources. Every word comes from the language's
:class:`~chrono.lang.display.BriefingWords`; everything shown from :class:`chrono.present.Briefing`.

A chronology too large for one readable picture (the timeline then draws its key events over a
strip counting the rest) gets small multiples by period after the key points: one slide a period
(:func:`periods`: days, weeks, calendar months, quarters, halves, years, or runs of 2, 5, 10, 20,
50 or 100 years; the coarsest whose periods each fit one readable picture, at most
:data:`MAX_PERIODS` of them), each the timeline of that period's events (its key events where
they still do not fit), of the articles that report them. The periods cover the story's span
(:func:`chrono.present.story_span`); an event is on the slide of the period that holds it whole.
Events outside the span, longer than their period, or with no date are on the overview only (and
in every table).

Reproducible as the Word briefing is: no clock (the core properties' dates are the briefing date),
fixed zip timestamps.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

from pptx import Presentation
from pptx.util import Emu, Inches, Pt

from ..datetext import day_text, month_text
from ..model import Chronology
from ..present import Briefing, alt_text, key_points, span_text, story_span, subject
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


def _timeline_slide(prs, b: Briefing, style, chosen, notes: Briefing | None = None) -> None:
    """A slide that is the timeline picture of ``b`` (its sources, those of ``notes``, in the notes)."""
    from .plot import png_bytes
    slide = _slide(prs, _BLANK)
    pic = slide.shapes.add_picture(io.BytesIO(png_bytes(b.chronology, style=style)), 0, 0,
                                   width=prs.slide_width, height=prs.slide_height)
    pic.name = b.words.briefing.headings["timeline"]
    pic._element.nvPicPr.cNvPr.set("descr", clean_text(alt_text(b, chosen), keep_newlines=False))
    _notes(slide, notes or b)


#: The most period slides a deck has; the periods are the finest that keep to it.
MAX_PERIODS = 12
#: The lengths of period tried, finest first: days (a day; a week from Monday), then months
#: (calendar-aligned: a quarter starts in January, April, July or October; a run of 10 years in a
#: year ending in 0).
PERIOD_DAYS = (1, 7)
PERIOD_MONTHS = (1, 3, 6, 12, 24, 60, 120, 240, 600, 1200)
_LENGTHS = tuple((True, n) for n in PERIOD_DAYS) + tuple((False, n) for n in PERIOD_MONTHS)


@dataclass(frozen=True)
class Period:
    """A period of a chronology: the days ``[start, end)``, what it is called, its events' ids."""

    start: date
    end: date
    label: str
    event_ids: tuple[str, ...]


def _bounds(k: int, in_days: bool, n: int) -> tuple[date, date]:
    """The days ``[start, end)`` of the ``k``-th period of ``n`` days or months."""
    if in_days:
        return date.fromordinal(k * n + 1), date.fromordinal((k + 1) * n + 1)   # day 1 is a Monday
    return date((k * n) // 12, (k * n) % 12 + 1, 1), date(((k + 1) * n) // 12, ((k + 1) * n) % 12 + 1, 1)


def _key(d: date, in_days: bool, n: int) -> int:
    return (d.toordinal() - 1) // n if in_days else (d.year * 12 + d.month - 1) // n


def _label(rows: list, in_days: bool, n: int, b: Briefing) -> str:
    """A period as written, over the days, months or years its events take: "Fri 13 Oct 2017",
    "Mon 9–Fri 13 Oct 2017", "Mar 2017", "Jan–Mar 2017", "2014", "1990–1998"."""
    w = b.words.dates
    first, last = min(r.span[0] for r in rows), max(r.span[1] for r in rows) - timedelta(days=1)
    if in_days:
        return day_text(first, words=w) if first == last else span_text(first, last, w)
    if n < 12:
        same = (first.year, first.month) == (last.year, last.month)
        return month_text(first, words=w) if same else span_text(first.replace(day=1), last, w)
    return str(first.year) if first.year == last.year else w.run.format(first=first.year, last=last.year)


def _bins(rows: list, in_days: bool, n: int) -> dict[int, list]:
    """The rows in each period of ``n`` days or months that holds them whole, by the period's number."""
    bins: dict[int, list] = {}
    for r in rows:
        k = _key(r.span[0], in_days, n)
        if r.span[1] <= _bounds(k, in_days, n)[1]:
            bins.setdefault(k, []).append(r)
    return bins


def periods(chron: Chronology | Briefing, limit: int = MAX_PERIODS, capacity: int | None = None) -> tuple[Period, ...]:
    """The periods of the small multiples. A length (:data:`PERIOD_DAYS`, :data:`PERIOD_MONTHS`) may
    be used when it puts at least half the dated events of the story's span into 2 to ``limit``
    periods (an event is in the period that holds it whole: "1998" is in no month of 1998; empty
    periods are left out); of those, the coarsest whose periods hold at most ``capacity`` events
    each (what one readable picture draws; any number when ``None``), else the finest. None when no
    length may be used (every event on one day, fewer than two dated events)."""
    b = Briefing.of(chron)
    story = story_span(b)
    rows = [r for r in b.rows if r.span and story and story[0] <= r.span[0] < story[1]]
    usable = []
    for in_days, n in _LENGTHS:
        bins = _bins(rows, in_days, n)
        if 2 <= len(bins) <= limit and 2 * sum(map(len, bins.values())) >= len(rows):
            usable.append((in_days, n, bins))
    if not usable:
        return ()
    fitting = [u for u in usable if capacity is None or max(map(len, u[2].values())) <= capacity]
    in_days, n, bins = fitting[-1] if fitting else usable[0]
    return tuple(Period(*_bounds(k, in_days, n), _label(bins[k], in_days, n, b), tuple(r.event.id for r in bins[k]))
                 for k in sorted(bins))


def _part(chron: Chronology, events: tuple, title: str) -> Chronology:
    """The chronology of some of the events: the documents that report them (all when none does)."""
    used = {m.doc for e in events for m in e.mentions}
    documents = tuple(d for d in chron.documents if d.id in used) or chron.documents
    kept = {d.id for d in documents}
    return replace(chron, documents=documents, timexes=tuple(t for t in chron.timexes if t.doc in kept),
                   events=events, title=title)


def _period_slides(prs, b: Briefing, style, capacity: int) -> None:
    """One timeline slide a period (:func:`periods`), titled by the chronology's title (or, where the
    briefing made one up for a corpus, its subject) and the period."""
    from .plot import selection
    about = b.title if b.title == b.chronology.title else subject(b.chronology, b.language) or b.title
    for period in periods(b, capacity=capacity):
        ids = set(period.event_ids)
        title = b.words.corpus_title.format(subject=about, span=period.label)
        part = _part(b.chronology, tuple(e for e in b.events if e.id in ids), title)
        _timeline_slide(prs, Briefing.of(part), style, selection(part, style=style), notes=b)


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
    if not chosen.complete:
        _period_slides(prs, b, style, len(chosen.rows))
    _core_properties(prs, b)
    return prs


def pptx_bytes(chron: Chronology | Briefing, *, style: str | Path = "briefing") -> bytes:
    buf = io.BytesIO()
    build_presentation(chron, style=style).save(buf)
    return reproducible_zip(buf.getvalue())


def write(chron: Chronology, path: Path, *, style: str | Path = "briefing", **_: object) -> None:
    Path(path).write_bytes(pptx_bytes(chron, style=style))


__all__ = ["MAX_NOTE", "MAX_PERIODS", "MAX_POINT", "MAX_TITLE", "PERIOD_DAYS", "PERIOD_MONTHS", "Period", "build_presentation",
           "periods", "pptx_bytes", "write"]
