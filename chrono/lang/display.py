"""What the writers need of a language: how dates are shown, and the words of the briefing and timeline.

The types here are language-neutral; each pack fills a :class:`DisplayWords` with its words
(``chrono/lang/<code>/display.py``). Every phrase is a :meth:`str.format` template whose fields are
named in its comment; the code that fills them (:mod:`chrono.datetext`, :mod:`chrono.present`, the
writers in :mod:`chrono.render` and :mod:`chrono.export`) holds no word of any language. The date
examples of a pack run as tests (``tests/test_present.py``).

>>> Plural("{n} event", "{n} events")(1), Plural("{n} event", "{n} events")(3)
('1 event', '3 events')
>>> Ordinals({1: "st", 2: "nd", 3: "rd"}, "th", (10, 20))(21), Ordinals({}, ".", (0, 0))(21)
('21st', '21.')
"""
from __future__ import annotations

from dataclasses import dataclass, field
from string import Formatter


@dataclass(frozen=True)
class Plural:
    """A phrase about a number ``{n}``: ``one`` for exactly one, ``other`` for any other number."""

    one: str
    other: str

    def __call__(self, n: int, **fields: object) -> str:
        return (self.one if n == 1 else self.other).format(n=n, **fields)


@dataclass(frozen=True)
class Ordinals:
    """Ordinal numbers: ``n`` and a suffix chosen by its last digit, else ``other``; the numbers whose
    last two digits fall in ``plain`` (inclusive) always take ``other``."""

    by_last_digit: dict[int, str]
    other: str
    plain: tuple[int, int]
    template: str = "{n}{suffix}"

    def __call__(self, n: int) -> str:
        lo, hi = self.plain
        suffix = self.other if lo <= n % 100 <= hi else self.by_last_digit.get(n % 10, self.other)
        return self.template.format(n=n, suffix=suffix)


def pieces(template: str) -> list[tuple[str, str | None]]:
    """A template cut into ``(literal text, field name or None)`` pairs, for output that puts
    something other than text where a field stands (a page-number field of a Word footer).

    >>> pieces("Page {page} of {pages}")
    [('Page ', 'page'), (' of ', 'pages')]
    """
    return [(text, name) for text, name, _, _ in Formatter().parse(template)]


@dataclass(frozen=True)
class DateWords:
    """How a date is written at its precision (fields in braces are what the template is given)."""

    months: tuple[str, ...]                # twelve month names as shown, January first
    weekdays: tuple[str, ...]              # seven weekday names as shown, Monday first
    day: str                               # {weekday} {day} {month} ({month_number} too)
    with_year: str                         # {text} {year}: a day or month with its year
    month: str                             # {month} {year} ({month_number} too)
    day_run: str                           # {weekday} {day} {last}: days in one month, {last} a day
    run: str                               # {first} {last}: a run of days, months or years
    tick_day: str                          # {weekday} {day}: a day on the time axis (two lines)
    clock: str                             # {text} {clock}: a day and a time ("14:30")
    parts_of_day: dict[str, str]           # TIMEX3 code ("MO") -> {text}: a day and a part of it
    week: str                              # {day}: the week that starts on a day
    weekend: str                           # {day}
    quarter: str                           # {quarter} {year}
    halves: tuple[str, str]                # {year}: the first and the second half
    seasons: dict[str, str]                # TIMEX3 code ("SP") -> name
    unknown_season: str                    # a season without a known code
    season: str                            # {season} {year}
    decade: str                            # {decade}: its first year
    century: str                           # {ordinal}
    ordinals: Ordinals
    mods: dict[str, str]                   # TIMEX3 mod ("START") -> {text}
    mid_day: str                           # {text}: MID on a day (midday, not the middle of it)
    relations: dict[str, str]              # relation value ("since") -> {text}; none given: the text
    vague: dict[str, str]                  # vague TIMEX3 value ("FUTURE_REF") -> words
    undated: str                           # no value at all
    introductions: tuple[str, ...]         # how a written phrase may start that needs nothing before it
    introduce: str                         # {words}: a written phrase for a vague point
    introduce_duration: str                # {words}: a written phrase for a vague duration
    interval: str                          # {first} {last}: a span of days, both written
    no_interval: str                       # an event that has no interval
    #: (TIMEX3 value, mod, relation value, words as written, how it is shown): run as tests
    examples: tuple[tuple[str, str | None, str, str, str], ...] = ()
    #: {weekday} {day} {month} {year}: a day with its year where the year stands inside (a locale's
    #: CLDR pattern, "Fri, Oct 13, 2017"); empty: ``with_year`` around ``day``
    day_year: str = ""


@dataclass(frozen=True)
class BriefingWords:
    """The words of the Word briefing."""

    kind: str                              # what the document is (subtitle, header, core subject)
    kind_of_many: str                      # {n}: the subtitle of a briefing from n articles
    meta: dict[str, str]                   # label key -> label of the title block's lines
    meta_line: str                         # {label}: the bold start of such a line
    unknown: str                           # a date not known
    sources_listed: str                    # {n}
    headings: dict[str, str]               # section key -> heading
    points: dict[str, str]                 # key point key -> label ("latest": "Latest")
    point: str                             # {label} {date}: the bold start of a key point
    no_points: str
    sentence_ends: tuple[str, ...]         # what may end a sentence
    full_stop: str                         # what ends one that ends with none of them
    caption: str                           # the figure's caption
    columns: tuple[str, ...]               # the chronology table's header
    by_default: str                        # the source of an event with no attribution
    source_refs: Plural                    # {n} {refs}: the numbers of the sources in the list
    status: dict[str, str]                 # modality value -> status shown
    resolution_intro: str
    resolution_columns: tuple[str, ...]
    value_mod: str                         # {value} {mod}: a TIMEX3 value and its mod
    source_published: str                  # {day}
    source_unpublished: str
    source_agencies: str                   # {agencies}
    source_file: str                       # {path}
    header_dated: str                      # {kind} {day}: the page header's right-hand side
    footer: Plural                         # {n}: how many sources
    page: str                              # {page} {pages}: where the page fields stand
    keywords: str
    category: str
    comments: str                          # {titles}
    #: what a date was resolved against (for the resolution table): key -> words, {day} or {tense}
    against: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class TimelineWords:
    """The words of the timeline picture."""

    as_of: str                             # {day}: the date of a picture of several articles
    events: Plural                         # {n}
    events_from: str                       # {events} {n}: and how many articles they come from
    source: str                            # {what}: one article
    sources: str                           # {what}: several
    credit: str
    columns: tuple[str, str]               # the headers of the date and the event column
    ahead: str                             # the header of the zone after publication
    no_events: str
    legend: dict[str, str]                 # mark (day, period, forecast, ongoing, published {day},
                                           # post_publication) -> legend text
    selected: str                          # {shown} {total}: the key events drawn of all, and how chosen
    overview: Plural                       # {n}: the strip that counts every event by date
    alt: str                               # {title} {events} {span} {key}: the picture's alt text
    alt_span: str                          # {first} {last}: the span of the events in the alt text
    alt_key: str                           # {date} {headline}: one key event in the alt text
    corpus_sources: str                    # {n} {span}: the sources of a corpus on the source line
    overview_part: str                     # {shown} {n}: the strip counts the events on the axis


@dataclass(frozen=True)
class FeedWords:
    """The words of the calendar (ICS) and the TimelineJS story."""

    date: str                              # {date}
    as_written: str                        # {text}: the date as the article wrote it
    status: str                            # {status}
    according: str                         # {who}: in the calendar
    according_story: str                   # {who}: in the story
    source: str                            # {titles}


@dataclass(frozen=True)
class DisplayWords:
    """Everything the writers know of a language."""

    dates: DateWords
    briefing: BriefingWords
    timeline: TimelineWords
    feeds: FeedWords
    untitled: str                          # the title of a chronology with no title and no article
    untitled_many: str                     # {n}: ... of n articles
    published: str                         # {day}: when an article was published
    no_headline: str
    quote: str                             # {text}: words quoted from an article
    aside: str                             # {text}: words in parentheses after others
    corpus_title: str                      # {subject} {span}: the title of a corpus with no title
    list_sep: str                          # between the items of a list in running text


__all__ = ["BriefingWords", "DateWords", "DisplayWords", "FeedWords", "Ordinals", "Plural", "TimelineWords",
           "pieces"]
