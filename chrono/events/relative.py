"""Times given relative to another event: "a day after the swap", "two weeks before the vote".

A duration the tagger found ("a day", ``P1D``) that is followed by an *after*/*before* preposition
of the language (:class:`chrono.lang.events.DatingWords` ``relations``) and a noun names a time
relative to a happening. When an earlier event of the article is that happening — its trigger and
the noun share their stem: "swap" / "swapped", "attack" / "attacked" — and is dated to a day, the
phrase is a date: that day plus or minus the duration. It then dates its clause like any other date.
Durations in days, weeks and hours are resolved; "hours after" keeps the day.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from .. import lang
from ..model import Event, Relation, Timex, TimexType
from .words import stage, words_of

_DURATION = re.compile(r"^P(?:(\d+|X)([DW])|T(\d+|X)H)$")
_WORD = re.compile(r"[\w'’\-]+")
#: The shortest noun that may name an earlier event by its stem.
MIN_STEM = 4
_DAY = timedelta(days=1)


def shift(value: str) -> timedelta | None:
    """The length of a duration value in days, hours within a day counting none; None if unknown."""
    m = _DURATION.match(value)
    if m is None:
        return None
    if m.group(3) is not None:
        return timedelta(0) if m.group(3) == "X" or int(m.group(3)) < 24 else None
    if m.group(1) == "X":
        return None
    n = int(m.group(1))
    return timedelta(days=n * (7 if m.group(2) == "W" else 1))


def _same_stem(noun: str, trigger: str) -> bool:
    a, b = noun.lower(), trigger.lower()
    short, long_ = sorted((a, b), key=len)
    return len(short) >= MIN_STEM and long_.startswith(short[:max(MIN_STEM, len(short) - 1)])


class RelativeDates:
    """Times relative to earlier events, in one language."""

    def __init__(self, language: lang.Language) -> None:
        relations = words_of(language).dating.relations
        wanted = (Relation.AFTER.value, Relation.BEFORE.value)
        self._directions = {p: r for p, r in relations.items() if r in wanted and " " not in p}
        soon = words_of(language).dating.soon_relative
        self._soon = soon.compiled if soon is not None else None

    def soon(self, sentence: str, off: int, earlier: Sequence[Event], text: str) -> list[Timex]:
        """Dates named by "shortly after the arrest": the date of the latest earlier event whose
        trigger shares the noun's stem, whatever its grain (the sentence needs no time expression)."""
        out = []
        for m in self._soon.finditer(sentence) if self._soon is not None else ():
            when = self._anchor_when(m.group("noun"), earlier)
            if when is not None:
                start, end = off + m.start(), off + m.end()
                out.append(Timex(start, end, text[start:end], TimexType.DATE, when.value, rule="relative-event"))
        return out

    def resolve(self, sentence: str, off: int, timexes: Sequence[Timex], earlier: Sequence[Event],
                text: str) -> list[Timex]:
        """Dates for the durations of a sentence that count from an earlier event; ``text`` is the
        document's, ``off`` where the sentence starts in it."""
        out = []
        for t in timexes:
            if t.type != TimexType.DURATION:
                continue
            delta = shift(t.value)
            rest = _WORD.findall(sentence[t.end - off:t.end - off + 60])
            if delta is None or len(rest) < 2 or rest[0].lower() not in self._directions:
                continue
            direction = self._directions[rest[0].lower()]
            noun = next((w for w in rest[1:4] if len(w) >= MIN_STEM), None)
            anchor = self._anchor(noun, earlier) if noun else None
            if anchor is None:
                continue
            day = anchor + delta if direction == Relation.AFTER.value else anchor - delta
            end = t.end + sentence[t.end - off:].index(noun) + len(noun)
            out.append(replace(t, end=end, text=text[t.start:end], type=TimexType.DATE, value=day.isoformat(),
                               mod=None, rule="relative-event"))
        return out

    @staticmethod
    def _anchor_when(noun: str, earlier: Sequence[Event]):
        """The :class:`When` of the latest earlier dated event whose trigger shares the noun's stem."""
        for e in reversed(earlier):
            if e.trigger and _same_stem(noun, e.trigger[2]) and e.when.start and not e.when.mod:
                return e.when
        return None

    @staticmethod
    def _anchor(noun: str, earlier: Sequence[Event]) -> date | None:
        """The day of the latest earlier event whose trigger shares the noun's stem."""
        for e in reversed(earlier):
            w = e.when
            names = [e.trigger[2]] if e.trigger else _WORD.findall(e.headline)
            if any(_same_stem(noun, n) for n in names) and w.start and w.end and w.end - w.start == _DAY:
                return w.start
        return None


def relative_dates(sentence: str, off: int, timexes: Sequence[Timex], earlier: Sequence[Event], text: str,
                   language: lang.Language | str | None = None) -> list[Timex]:
    """Dates for the durations of a sentence that count from an earlier event (:class:`RelativeDates`)."""
    return stage(RelativeDates, language).resolve(sentence, off, timexes, earlier, text)


__all__ = ["MIN_STEM", "RelativeDates", "relative_dates", "shift"]
