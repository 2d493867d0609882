"""What the reader needs of a language: page markers, agency lines, date lines, sentence ends.

The types here are language-neutral; each pack fills a :class:`ReadingWords` with its words
(``chrono/lang/<code>/reading.py``). Every pattern carries examples that run as tests.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Marker:
    """A kind of non-body line, recognised by a pattern, with examples that must match.

    The pattern is tried at the start of a line (after list numbering such as "1." or "-"),
    case-insensitively; ``anywhere`` markers are searched in short lines. ``ends_article``
    markers start the list of other stories at the end of a page.
    """

    kind: str
    pattern: str
    examples: tuple[str, ...]
    max_words: int = 0            # 0: any length
    anywhere: bool = False        # search the pattern anywhere in the line, not only at its start
    ends_article: bool = False    # what follows is not the article any more


@dataclass(frozen=True)
class SentenceWords:
    """Where a full stop does not end a sentence (lower case, without the final period)."""

    abbreviations: frozenset[str]         # never end a sentence when capitalised ("Col.", "Jan.")
    lower_abbreviations: frozenset[str]   # never end one in any case ("e.g.", "approx.")
    number_abbreviations: frozenset[str]  # before a number ("No. 10")
    final_abbreviations: frozenset[str]   # may end one: when a sentence opener follows ("the U.S. The ...")
    openers: frozenset[str]               # words that open sentences
    examples: tuple[tuple[str, tuple[str, ...]], ...] = ()   # text -> its sentences


@dataclass(frozen=True)
class DatelineWords:
    """The words of a line that gives the publication date ("Published: Sat 14 Oct 2017 10.32 BST")."""

    months: dict[str, int]                # surface (lower case) -> month number
    weekdays: frozenset[str]
    fillers: frozenset[str]               # words a date line may hold besides the date
    prefixes: tuple[tuple[str, int], ...]  # regex -> rank (0 published, 2 updated)
    byline: str                            # how a byline starts ("by ")
    examples: tuple[tuple[str, date | None], ...] = ()


@dataclass(frozen=True)
class AgencyWords:
    """How credit lines name news agencies ("cw/amp/jm (Reuters, AP, dpa)", "Sources: Reuters and AFP")."""

    names: tuple[str, ...]
    fillers: frozenset[str]               # words of credit lines that name no agency
    source_line: str                       # regex; group 1 holds the names
    separators: str                        # regex between two names
    examples: tuple[tuple[str, tuple[str, ...]], ...] = ()


@dataclass(frozen=True)
class ReadingWords:
    """Everything the reader knows of a language."""

    markers: tuple[Marker, ...]
    credit_tail: str                       # regex: a photo credit at the end of a caption
    credit_mark: str                       # regex: "Photo: ", "Image: " at the start of a line
    sentences: SentenceWords
    datelines: DatelineWords
    agencies: AgencyWords
    #: The language's function words (articles, pronouns, prepositions, auxiliaries, conjunctions),
    #: lower case: their density tells running prose from menus and lists (as jusText's stoplists).
    function_words: frozenset[str] = frozenset()
    #: Notes that close a page after its article (read only there): ``author_note`` a regex of a
    #: line on the author ("Jane Roe is a staff writer at ..."), ``site_note`` of what follows the
    #: site's own name in a line about the site ("WIRED is where ..."); "" when the pack has none.
    author_note: str = ""
    site_note: str = ""
    #: Runnable examples: (line, is a closing note), the site named "Example" (``example.com``).
    note_examples: tuple[tuple[str, bool], ...] = ()


__all__ = ["AgencyWords", "DatelineWords", "Marker", "ReadingWords", "SentenceWords"]
