"""What every writer shows of a chronology, computed once: :class:`Briefing`.

A :class:`Briefing` holds the title, the briefing date (the latest publication date, never the
clock), the words of the chronology's language, and one :class:`Row` per event: its date as
written at its precision, the calendar span it occupies on a timeline, the publication date a
"since" event runs to, and its sources. The DOCX briefing, the timeline picture, the calendar, the
TimelineJS story and the CSV all read it; none recomputes it.

>>> from datetime import date
>>> from chrono.model import Chronology, Document, Event, Grain, Relation, When
>>> doc = Document("d", "text", title="Raqqa", published=date(2017, 10, 14))
>>> since = When("2017-10-13", None, date(2017, 10, 13), date(2017, 10, 14), Grain.DAY, Relation.SINCE)
>>> b = Briefing.of(Chronology((doc,), events=(Event("e1", "Fighting", "", since),)))
>>> b.title, b.date, b.rows[0].date, b.rows[0].extent
('Raqqa', datetime.date(2017, 10, 14), 'since Fri 13 Oct 2017', (datetime.date(2017, 10, 13), datetime.date(2017, 10, 15)))
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from . import lang
from .datetext import show_event, words_of
from .lang.display import DisplayWords
from .model import Chronology, Event, Grain, Modality, Relation
from .timevalue import interval

#: Key points of a briefing: the latest status, what is expected next, the longest-running background.
MAX_LATEST, MAX_EXPECTED, MAX_BACKGROUND = 3, 3, 1


def language_of(chron: Chronology) -> lang.Language:
    """The language a chronology is shown in: that of its (first) document, else the default."""
    code = getattr(chron.documents[0], "language", None) if chron.documents else None
    return lang.get(code or lang.DEFAULT)


def span(event: Event, published: date | None) -> tuple[date, date] | None:
    """The half-open calendar span ``[start, end)`` an event occupies on a timeline.

    A "since" event runs from its date to the publication date (inclusive, so the end is the
    day after it); other events cover their interval. Vague events have no span: ``None``.
    """
    w = event.when
    start, end = w.start, w.end
    if start is None or end is None:
        base = interval(w.value, w.mod) if w.value else None
        if base is None:
            return None
        start, end = base[0], base[1]
    if end <= start:
        end = start + timedelta(days=1)
    if w.relation is Relation.SINCE and published is not None:
        end = max(end, published + timedelta(days=1))
    return start, end


def is_point(event: Event) -> bool:
    """True when an event is a single day (or a time of day): drawn as a point."""
    w = event.when
    g = w.granularity or (interval(w.value)[2] if w.value and interval(w.value) else None)
    if g not in (Grain.DAY, Grain.TIME):
        return False
    if w.start and w.end:
        return (w.end - w.start).days <= 1
    return True


def published_dates(chron: Chronology) -> list[date]:
    """The publication dates of the documents, in order."""
    return sorted(d.published for d in chron.documents if d.published)


def briefing_date(chron: Chronology) -> date | None:
    """The date of the briefing: the latest publication date of its documents (no clock).

    Without any publication date, the end of the latest dated event, else ``None``.
    """
    dates = published_dates(chron)
    if dates:
        return dates[-1]
    ends = [e.when.end - timedelta(days=1) for e in chron.events if e.when.end]
    return max(ends) if ends else None


def _same_year_day(event: Event, published: date | None) -> bool:
    """A day in the publication year is shown without its year ("Fri 13 Oct")."""
    g = event.when.granularity
    return bool(published and event.when.start and g in (Grain.DAY, Grain.TIME, Grain.WEEK)
                and event.when.start.year == published.year)


@dataclass(frozen=True)
class Row:
    """One event as the writers show it."""

    event: Event
    date: str                              # its date as written ("early 2014", "Fri 13 Oct 2017")
    date_short: str                        # without the year where the briefing date gives it
    span: tuple[date, date] | None         # the days it covers itself (``None``: vague)
    extent: tuple[date, date] | None       # ... a "since" event run on to ``published``
    published: date | None                 # the latest publication date of the documents that mention it
    doc_ids: tuple[str, ...]               # the documents that mention it, in the order of the mentions
    sources: tuple[int, ...]               # their numbers in the list of sources (1-based, sorted)
    source_titles: tuple[str, ...]         # the titles of ``doc_ids`` (the id where there is none)
    point: bool                            # a single day: drawn as a point


@dataclass(frozen=True)
class Briefing:
    """What every writer reads of a chronology (see the module's docstring)."""

    chronology: Chronology
    language: lang.Language
    words: DisplayWords
    title: str                             # the title (the chronology's, the article's, or one made up)
    feed_title: str                        # the title of a calendar or story (else the first article's)
    date: date | None                      # the briefing date
    published: tuple[date, ...]            # the publication dates of the documents, in order
    rows: tuple[Row, ...]

    @classmethod
    def of(cls, source: "Chronology | Briefing") -> "Briefing":
        """The briefing of a chronology (kept for the last few, so the writers of one build share it)."""
        if isinstance(source, Briefing):
            return source
        try:
            return _briefing(source)
        except TypeError:                  # a chronology that cannot be hashed: not kept
            return _make(source)

    @property
    def documents(self):
        return self.chronology.documents

    @property
    def events(self):
        return self.chronology.events


def _title(chron: Chronology, words: DisplayWords) -> str:
    if chron.title:
        return chron.title
    titles = [d.title for d in chron.documents if d.title]
    if len(chron.documents) == 1 and titles:
        return titles[0]
    return words.untitled_many.format(n=len(chron.documents)) if chron.documents else words.untitled


def _rows(chron: Chronology, words: DisplayWords, briefing_day: date | None) -> tuple[Row, ...]:
    published = {d.id: d.published for d in chron.documents}
    number = {d.id: i for i, d in enumerate(chron.documents, start=1)}
    titles = {d.id: d.title or d.id for d in chron.documents}
    rows = []
    for e in chron.events:
        dates = [d for d in (published.get(m.doc) for m in e.mentions) if d]
        own_published = max(dates) if dates else briefing_day
        doc_ids = tuple(dict.fromkeys(m.doc for m in e.mentions))
        rows.append(Row(
            event=e, date=show_event(e, words=words.dates),
            date_short=show_event(e, year=not _same_year_day(e, briefing_day), words=words.dates),
            span=span(e, None), extent=span(e, own_published), published=own_published, doc_ids=doc_ids,
            sources=tuple(sorted({number[m.doc] for m in e.mentions if m.doc in number})),
            source_titles=tuple(titles.get(d, d) for d in doc_ids), point=is_point(e)))
    return tuple(rows)


def _make(chron: Chronology) -> Briefing:
    language = language_of(chron)
    words = words_of(language)
    day = briefing_date(chron)
    first_title = chron.documents[0].title if chron.documents else None
    return Briefing(chronology=chron, language=language, words=words, title=_title(chron, words),
                    feed_title=chron.title or first_title or words.untitled, date=day,
                    published=tuple(published_dates(chron)), rows=_rows(chron, words, day))


@lru_cache(maxsize=4)
def _briefing(chron: Chronology) -> Briefing:
    return _make(chron)


def key_points(source: "Chronology | Briefing") -> list[tuple[str, Row]]:
    """The bottom line: ``(key, row)`` pairs for the latest status (``"latest"``), what is expected
    next (``"expected"``) and the longest-running background (``"background"``), in that order."""
    b = Briefing.of(source)
    dated = [r for r in b.rows if r.event.modality is Modality.FACT and r.extent]
    points: list[tuple[str, Row]] = []
    if dated:
        latest_start = max(r.span[0] for r in dated)
        recent = [r for r in dated if r.span[0] == latest_start or r.event.when.relation is Relation.SINCE]
        points += [("latest", r) for r in recent[:MAX_LATEST]]
    expected = [r for r in b.rows if r.event.modality is Modality.FORECAST]
    points += [("expected", r) for r in expected[:MAX_EXPECTED]]
    shown = {id(r) for _, r in points}
    background = sorted((r for r in dated if id(r) not in shown), key=lambda r: r.span[0])
    points += [("background", r) for r in background[:MAX_BACKGROUND]]
    return points


__all__ = ["Briefing", "MAX_BACKGROUND", "MAX_EXPECTED", "MAX_LATEST", "Row", "briefing_date", "is_point",
           "key_points", "language_of", "published_dates", "span"]
