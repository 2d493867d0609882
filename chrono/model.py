"""The domain of chrono as frozen dataclasses and enums.

Everything here is pure data: no I/O, no clock. Offsets are half-open Python ``str``
indices into the original text of a document; intervals are half-open ``[start, end)``.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import Enum


class Grain(str, Enum):
    """How precise a time value is. Coarse to fine."""

    CENTURY = "century"
    DECADE = "decade"
    YEAR = "year"
    HALF = "half"
    SEASON = "season"
    QUARTER = "quarter"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    TIME = "time"

    @property
    def rank(self) -> int:
        """0 for the coarsest grain; larger is finer."""
        return list(Grain).index(self)


class TimexType(str, Enum):
    """The four TIMEX3 types of TimeML."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Modality(str, Enum):
    """Whether an event happened, is expected, is supposed, or is denied."""

    FACT = "fact"
    FORECAST = "forecast"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


class Relation(str, Enum):
    """How an event relates to the time that dates it."""

    ON = "on"
    SINCE = "since"
    UNTIL = "until"
    BEFORE = "before"
    AFTER = "after"
    DURING = "during"


class AnchorPolicy(str, Enum):
    """What deictic expressions ("yesterday", "Friday") resolve against.

    NEWS: the publication date (document creation time); anaphoric expressions
    ("two days later") use the last mentioned date.
    NARRATIVE: every relative expression uses the last mentioned date, falling back
    to the publication date.
    """

    NEWS = "news"
    NARRATIVE = "narrative"


class AnchorKind(str, Enum):
    """What a time expression was resolved against."""

    NONE = "none"            # nothing: the value is written in full (or stays underspecified)
    DCT = "dct"              # the publication date (document creation time)
    PREVIOUS = "previous"    # the last mentioned date
    SAME = "same"            # the period being reported on, itself ("a year earlier" of a year-ago date)
    STORY = "story"          # the date of a story being told, for its year ("On 29 June" after "9 June 2014")


@dataclass(frozen=True)
class Anchor:
    """How a time expression was resolved: against what (``kind``, ``value``), and by which tense.

    ``tense`` is the tense that chose the direction ("past", "future", "nearest", or "none": the
    sentence has none), None when no tense was asked. ``by_words``: the direction was fixed by the
    words ("next July", "last April"), not by the tense. ``str()`` gives the wire form of the JSON
    and the logs ("dct:2017-10-14 tense:past", "previous:2014-06-09", "none"), which
    :meth:`parse` reads back.

    >>> str(Anchor(AnchorKind.DCT, "2017-10-14", tense="past"))
    'dct:2017-10-14 tense:past'
    >>> Anchor.parse("previous:1998-10-03") == Anchor(AnchorKind.PREVIOUS, "1998-10-03")
    True
    """

    kind: AnchorKind
    value: str | None = None
    tense: str | None = None
    by_words: bool = False

    def __str__(self) -> str:
        ref = self.kind.value if self.value is None else f"{self.kind.value}:{self.value}"
        parts = [ref, ref] if self.by_words else [ref]
        if self.tense is not None:
            parts.append(f"tense:{self.tense}")
        return " ".join(parts)

    @classmethod
    def parse(cls, text: str) -> "Anchor":
        """The anchor of a wire form (``ValueError`` if it is not one)."""
        tokens = text.split()
        if not tokens:
            raise ValueError(f"not an anchor: {text!r}")
        tense = None
        if len(tokens) > 1 and tokens[-1].startswith("tense:"):
            tense = tokens.pop().partition(":")[2]
        by_words = len(tokens) == 2 and tokens[0] == tokens[1]
        if len(tokens) != (2 if by_words else 1):
            raise ValueError(f"not an anchor: {text!r}")
        kind, colon, value = tokens[0].partition(":")
        return cls(AnchorKind(kind), value if colon else None, tense, by_words)

    @classmethod
    def of(cls, anchor: "Anchor | str | None") -> "Anchor | None":
        """An anchor as given, or read from its wire form (None for none or a text that is not one)."""
        if anchor is None or isinstance(anchor, Anchor):
            return anchor
        try:
            return cls.parse(anchor)
        except ValueError:
            return None


@dataclass(frozen=True)
class Span:
    """A half-open character range of a text, with what kind of text it holds."""

    start: int
    end: int
    kind: str = "body"


@dataclass(frozen=True)
class Timex:
    """A temporal expression found in a text, resolved to a TIMEX3 value.

    ``rule`` names the rule that recognised it; ``anchor`` says what it was resolved
    against (an :class:`Anchor`: ``str()`` gives "dct:2017-10-14", "previous:2017-10-13", "none", ...).
    """

    start: int
    end: int
    text: str
    type: TimexType
    value: str
    mod: str | None = None
    rule: str = ""
    anchor: Anchor | None = None
    freq: str | None = None
    quant: str | None = None

    def to_dict(self) -> dict:
        """The ``chrono tag`` contract: start, end, text, type, value, mod."""
        return {"start": self.start, "end": self.end, "text": self.text,
                "type": self.type.value, "value": self.value, "mod": self.mod}


@dataclass(frozen=True)
class Document:
    """One article: its original text, and what the reader found in it."""

    id: str
    text: str
    path: str | None = None
    title: str | None = None
    published: date | None = None
    section: str | None = None
    agencies: tuple[str, ...] = ()
    blocks: tuple[Span, ...] = ()          # every block of the text with its kind
    sentences: tuple[Span, ...] = ()       # body sentences only
    encoding: str = "utf-8"
    language: str = "en"                   # ISO 639-1 code of the language pack that read it
    policy: str | None = None              # how its relative dates were anchored: "news" or "narrative"

    def body_spans(self) -> tuple[Span, ...]:
        return tuple(b for b in self.blocks if b.kind == "body")


@dataclass(frozen=True)
class When:
    """When an event happened: a TIMEX3 value and the interval it covers."""

    value: str
    mod: str | None
    start: date | None
    end: date | None
    granularity: Grain | None
    relation: Relation = Relation.ON


@dataclass(frozen=True)
class Mention:
    """Where an event is mentioned: a document id and the half-open span of its evidence."""

    doc: str
    start: int
    end: int
    timex_start: int | None = None
    timex_end: int | None = None


@dataclass(frozen=True)
class Event:
    """What happened when, who said so, and whether it is fact or forecast."""

    id: str
    headline: str
    text: str
    when: When
    modality: Modality = Modality.FACT
    attribution: str | None = None
    mentions: tuple[Mention, ...] = ()
    timex_text: str = ""
    anchor: Anchor | None = None        # the anchor of the timex that dates it
    rule: str = ""
    trigger: tuple[int, int, str] | None = None   # the predicate's head: (start, end, text) in the first mention's document


@dataclass(frozen=True)
class DocTimex:
    """A timex together with the document it was found in."""

    doc: str
    timex: Timex


@dataclass(frozen=True)
class Chronology:
    """The result of a build: documents, every time expression, and the ordered events."""

    documents: tuple[Document, ...]
    timexes: tuple[DocTimex, ...] = ()
    events: tuple[Event, ...] = ()
    title: str | None = None
    locale: str | None = None              # how the outputs write dates (``--locale``); None: the language's

    def __iter__(self):
        return iter(self.events)

    def __len__(self) -> int:
        return len(self.events)

    def replace(self, **changes) -> "Chronology":
        return replace(self, **changes)


__all__ = ["Grain", "TimexType", "Modality", "Relation", "AnchorPolicy", "AnchorKind", "Anchor", "Span", "Timex",
           "Document", "When", "Mention", "Event", "DocTimex", "Chronology"]
