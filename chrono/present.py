"""What every writer shows of a chronology, computed once: :class:`Briefing`.

A :class:`Briefing` holds the title, the briefing date (the latest publication date, never the
clock), the words of the chronology's language, and one :class:`Row` per event: its date as
written at its precision, the calendar span it occupies on a timeline, the publication date a
"since" event runs to, and its sources. The DOCX briefing, the timeline picture, the calendar, the
TimelineJS story and the CSV all read it; none recomputes it.

A picture of more events than fit at a readable size draws the key events (:func:`select`: by the
sources and mentions that report them, facts before forecasts, explicit dates before vague ones, with
the first and the last of the story, never by position); the briefing's key points are chosen among
them (:func:`key_points`). A corpus with no title of its own is titled by its subject and span
(:func:`subject`: "Raqqa, Sat 14–Tue 17 Oct 2017"), not by a list of its articles' titles.

>>> from datetime import date
>>> from chrono.model import Chronology, Document, Event, Grain, Relation, When
>>> doc = Document("d", "text", title="Raqqa", published=date(2017, 10, 14))
>>> since = When("2017-10-13", None, date(2017, 10, 13), date(2017, 10, 14), Grain.DAY, Relation.SINCE)
>>> b = Briefing.of(Chronology((doc,), events=(Event("e1", "Fighting", "", since),)))
>>> b.title, b.date, b.rows[0].date, b.rows[0].extent
('Raqqa', datetime.date(2017, 10, 14), 'since Fri 13 Oct 2017', (datetime.date(2017, 10, 13), datetime.date(2017, 10, 15)))
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from . import lang
from .datetext import day_text, month_text, show_event, words_of
from .lang.display import DisplayWords
from .model import Chronology, Event, Grain, Modality, Relation
from .timevalue import interval

#: Key points of a briefing: the latest status, what is expected next, the longest-running background.
MAX_LATEST, MAX_EXPECTED, MAX_BACKGROUND = 3, 3, 1

_NAME = re.compile(r"[^\W\d_][\w\-\u2019']*")
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def language_of(chron: Chronology) -> lang.Language:
    """The language a chronology is shown in: the most common of its documents' (on a tie, the first
    document's of them), else the default. A ``chron.locale`` chooses the words instead (:func:`_make`)."""
    codes = Counter(getattr(d, "language", None) or lang.DEFAULT for d in chron.documents)
    return lang.get(codes.most_common(1)[0][0] if codes else lang.DEFAULT)


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


def vague_span(event: Event, published: date | None) -> tuple[date, date] | None:
    """Where a vague past or present sits on a timeline: "now" (PRESENT_REF) on the publication day,
    "recently" (PAST_REF) on the day before it, so neither is drawn ahead; None for the rest (a
    vague future stays in the zone after the publication day)."""
    if published is None:
        return None
    if event.when.value == "PRESENT_REF":
        return published, published + timedelta(days=1)
    if event.when.value == "PAST_REF":
        return published - timedelta(days=1), published
    return None


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


def _made_up(chron: Chronology) -> bool:
    """True when the chronology's title is none or the one the build made by joining its documents'
    titles (``A / B / C and 4 more``): a corpus is then titled by its subject and span instead."""
    if not chron.title:
        return True
    from .chronology import _title as joined
    return len(chron.documents) > 1 and chron.title == joined(chron.documents, None)


def _name_counts(texts: list[str], language: lang.Language, skip_first: bool,
                 weights: list[int] | None = None) -> Counter:
    """How many of ``texts`` name each name (a capitalised word, not a stopword nor a common name; a
    run of two names counts as one name too; a word in capitals as a name: "HAVANA" is "Havana"),
    each text counted ``weights[i]`` times (the sources of an event's headline)."""
    from .errors import InputError
    from .events.words import words_of as event_words
    try:
        merge = event_words(language).merge
    except InputError:                     # a pack with no words for events: every capitalised word
        merge = None
    stopwords, common = (merge.stopwords, merge.common_names) if merge else (frozenset(), frozenset())
    counts: Counter = Counter()
    for i, text in enumerate(texts):
        tokens = [t.capitalize() if len(t) > 3 and t.isupper() else t
                  for t in _NAME.findall(text or "")[1 if skip_first else 0:]]
        names = [t if len(t) > 1 and t[0].isupper() and t.lower() not in stopwords and t.lower() not in common
                 else None for t in (_POSSESSIVE.sub("", t) for t in tokens)]
        found = {n for n in names if n}
        found |= {f"{a} {b}" for a, b in zip(names, names[1:]) if a and b}
        for name in found:
            counts[name] += weights[i] if weights else 1
    return counts


def subject(chron: Chronology, language: lang.Language | None = None) -> str | None:
    """What a corpus is about: the name most of its titles give (when most documents have one; else
    the name most headlines give, each counted once per source that reports it; ties go
    to the name the headlines give most), as a run of two names where most of the texts naming the
    one name the two ("Saddam Hussein"); ``None`` when no name is given by at least two texts."""
    language = language or language_of(chron)
    titles = [d.title for d in chron.documents if d.title]
    agencies = {a for d in chron.documents for a in d.agencies}          # who reports is not the subject
    reading = getattr(language, "reading", None)
    agencies |= {w for name in getattr(getattr(reading, "agencies", None), "names", ()) for w in name.split(" ")}
    in_headlines = _name_counts([e.headline for e in chron.events], language, True,
                                [max(len({m.doc for m in e.mentions}), 1) for e in chron.events])
    by_titles = _name_counts(titles, language, False) if 2 * len(titles) >= len(chron.documents) else Counter()
    for counts in (by_titles, in_headlines):
        counts = Counter({n: c for n, c in counts.items() if not set(n.split(" ")) & agencies})
        singles = sorted(((n, c) for n, c in counts.items() if " " not in n),
                         key=lambda x: (-x[1], -in_headlines.get(x[0], 0), x[0]))
        if not singles or singles[0][1] < 2:
            continue
        top, top_n = singles[0]
        pairs = [(n, c) for n, c in counts.items() if " " in n and top in n.split(" ") and c >= 0.6 * top_n]
        return max(pairs, key=lambda x: (x[1], x[0]))[0] if pairs else top
    return None


def span_text(first: date, last: date, w) -> str:
    """The span of a corpus's publication dates as written: "Sat 14–Tue 17 Oct 2017", "Jun–Oct 2017"."""
    if first == last:
        return day_text(first, words=w)
    if (first.year, first.month) == (last.year, last.month):
        return w.day_run.format(weekday=w.weekdays[first.weekday()], day=first.day, last=day_text(last, words=w))
    if first.year == last.year:
        return w.run.format(first=w.months[first.month - 1], last=month_text(last, words=w))
    return w.run.format(first=first.year, last=last.year)


def _title(chron: Chronology, words: DisplayWords, language: lang.Language | None = None) -> str:
    titles = [d.title for d in chron.documents if d.title]
    if not _made_up(chron):
        return chron.title
    if len(chron.documents) == 1 and titles:
        return titles[0]
    if not chron.documents:
        return words.untitled
    about = subject(chron, language)
    dates = published_dates(chron)
    if about and dates:
        return words.corpus_title.format(subject=about, span=span_text(dates[0], dates[-1], words.dates))
    if len(chron.documents) == 1:
        return about or words.untitled            # not "Chronology of 1 articles"
    return about or words.untitled_many.format(n=len(chron.documents))


def _rows(chron: Chronology, words: DisplayWords, briefing_day: date | None) -> tuple[Row, ...]:
    published = {d.id: d.published for d in chron.documents}
    number = {d.id: i for i, d in enumerate(chron.documents, start=1)}
    titles = {d.id: d.title or d.id for d in chron.documents}
    # A day's year goes without saying only when every document was published in the briefing's year.
    one_year = briefing_day is not None and all(d.year == briefing_day.year for d in published.values() if d)
    rows = []
    for e in chron.events:
        dates = [d for d in (published.get(m.doc) for m in e.mentions) if d]
        own_published = max(dates) if dates else briefing_day
        doc_ids = tuple(dict.fromkeys(m.doc for m in e.mentions))
        rows.append(Row(
            event=e, date=show_event(e, words=words.dates),
            date_short=show_event(e, year=not (one_year and _same_year_day(e, briefing_day)), words=words.dates),
            span=span(e, None) or vague_span(e, own_published),
            extent=span(e, own_published) or vague_span(e, own_published), published=own_published, doc_ids=doc_ids,
            sources=tuple(sorted({number[m.doc] for m in e.mentions if m.doc in number})),
            source_titles=tuple(titles.get(d, d) for d in doc_ids), point=is_point(e)))
    return tuple(rows)


def _make(chron: Chronology) -> Briefing:
    language = language_of(chron)
    words = words_of(language, getattr(chron, "locale", None))
    day = briefing_date(chron)
    first_title = chron.documents[0].title if chron.documents else None
    title = _title(chron, words, language)
    feed_title = title if len(chron.documents) > 1 and _made_up(chron) else chron.title or first_title
    return Briefing(chronology=chron, language=language, words=words, title=title,
                    feed_title=feed_title or words.untitled, date=day,
                    published=tuple(published_dates(chron)), rows=_rows(chron, words, day))


@lru_cache(maxsize=4)
def _briefing(chron: Chronology) -> Briefing:
    return _make(chron)


@dataclass(frozen=True)
class Selection:
    """The events a picture draws, in chronological order, out of ``total``: every event when they
    fit, else the key events (:func:`select`)."""

    rows: tuple[Row, ...]
    total: int

    @property
    def complete(self) -> bool:
        return len(self.rows) == self.total


_MODALITY_RANK = {Modality.FACT: 0, Modality.FORECAST: 1, Modality.HYPOTHETICAL: 2, Modality.NEGATED: 3}


def weight(row: Row) -> tuple:
    """How much an event matters, as a sort key (smaller first): the sources that report it, then its
    mentions, then facts before forecasts (before suppositions and denials), then explicit dates
    before vague ones and finer dates before coarser ones. Never its position in the chronology."""
    grain = row.event.when.granularity
    return (-len(row.doc_ids), -len(row.event.mentions), _MODALITY_RANK.get(row.event.modality, 4),
            row.span is None, -(grain.rank if grain else -1))


#: The share of dated events at either end that lie outside the span of a story (background and stray
#: mentions: "the 11th century", the 1950s, 2050 in a corpus of 1998's news).
STORY_TAIL = 0.1
#: Chronologies up to this many dated events keep every one in the span of their story.
STORY_WHOLE = 50


def story_span(source: "Chronology | Briefing") -> tuple[date, date] | None:
    """The days a story covers: from the start of its earliest dated event to the end of its latest,
    less the :data:`STORY_TAIL` of events at either end (none of :data:`STORY_WHOLE` or fewer)."""
    rows = [r for r in Briefing.of(source).rows if r.span is not None]
    if not rows:
        return None
    starts, ends = sorted(r.span[0] for r in rows), sorted(r.span[1] for r in rows)
    tail = int(STORY_TAIL * (len(rows) - 1)) if len(rows) > STORY_WHOLE else 0
    return starts[tail], ends[len(rows) - 1 - tail]


def select(source: "Chronology | Briefing", limit: int) -> Selection:
    """The ``limit`` events that matter most (:func:`weight`; ties keep the order of the chronology),
    with the first and the last dated event of the story (:func:`story_span`) among them so the
    picture spans it; shown in chronological order. Every event when there are no more than ``limit``."""
    b = Briefing.of(source)
    rows = b.rows
    if limit >= len(rows):
        return Selection(rows, len(rows))
    limit = max(limit, 0)
    ranked = sorted(range(len(rows)), key=lambda i: (weight(rows[i]), i))
    place = {i: k for k, i in enumerate(ranked)}
    chosen = ranked[:limit]
    story = story_span(b)
    dated = [i for i in range(len(rows)) if rows[i].span is not None and story
             and rows[i].span[0] >= story[0] and rows[i].span[1] <= story[1]]
    if limit >= 4 and dated:
        ends = list(dict.fromkeys([min(dated, key=lambda i: (rows[i].span[0], place[i])),
                                   max(dated, key=lambda i: (rows[i].span[1], -place[i]))]))
        if any(end not in chosen for end in ends):
            chosen = [i for i in chosen if i not in ends][:limit - len(ends)] + ends
    return Selection(tuple(rows[i] for i in sorted(chosen)), len(rows))


#: Characters of a picture's alt text (screen readers read it whole; the table has every event).
MAX_ALT = 1500


def alt_text(source: "Chronology | Briefing", selection: Selection | None = None) -> str:
    """What the timeline picture shows, for a screen reader: its title, how many events over what
    span, and the events it draws (the key events of ``selection``) with their dates."""
    b = Briefing.of(source)
    w = b.words.timeline
    rows = selection.rows if selection is not None else b.rows
    dated = [r for r in b.rows if r.span]
    span_words = w.alt_span.format(first=dated[0].date, last=dated[-1].date) if len(dated) > 1 else ""
    key = b.words.list_sep.join(w.alt_key.format(date=r.date, headline=" ".join(r.event.headline.split()))
                                for r in rows)
    text = w.alt.format(title=" ".join(b.title.split()), events=w.events(len(b.rows)), span=span_words, key=key)
    return text if len(text) <= MAX_ALT else text[:MAX_ALT - 1].rsplit(" ", 1)[0] + "\u2026"


def key_points(source: "Chronology | Briefing", selection: Selection | None = None) -> list[tuple[str, Row]]:
    """The bottom line: ``(key, row)`` pairs for the latest status (``"latest"``), what is expected
    next (``"expected"``) and the longest-running background (``"background"``), in that order;
    chosen among the events of ``selection`` when given (the key events the timeline draws)."""
    b = Briefing.of(source)
    rows = selection.rows if selection is not None else b.rows
    dated = [r for r in rows if r.event.modality is Modality.FACT and r.extent]
    points: list[tuple[str, Row]] = []
    if dated:
        latest_start = max(r.span[0] for r in dated)
        recent = [r for r in dated if r.span[0] == latest_start or r.event.when.relation is Relation.SINCE]
        points += [("latest", r) for r in recent[:MAX_LATEST]]
    expected = [r for r in rows if r.event.modality is Modality.FORECAST]
    points += [("expected", r) for r in expected[:MAX_EXPECTED]]
    shown = {id(r) for _, r in points}
    background = sorted((r for r in dated if id(r) not in shown), key=lambda r: r.span[0])
    points += [("background", r) for r in background[:MAX_BACKGROUND]]
    return points


__all__ = ["Briefing", "MAX_ALT", "alt_text", "MAX_BACKGROUND", "MAX_EXPECTED", "MAX_LATEST", "Row", "Selection", "briefing_date",
           "is_point", "key_points", "language_of", "published_dates", "select", "span", "span_text", "story_span", "subject", "weight"]
