"""Times around another happening: "in the weeks before the shooting" (:meth:`.relative.RelativeDates.resolve`).

The tagger dates a bare plural unit before "before"/"after" by the month of the last date it saw (a DATE
counted from the previous date). When the noun after it names an earlier event of the article, dated to a
day (by its trigger, or by a date that premodifies a noun of its kind: "since shortly after the Oct. 23
slaying") or to a month or a season, the phrase is that happening's month (or its month or season); a
year says nothing of which weeks came before it.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from ..model import AnchorKind, Event, Timex, TimexType

_WORD = re.compile(r"[\w'’\-]+")
_DAY = timedelta(days=1)
#: The shortest noun that may name an earlier event by its stem (as :data:`.relative.MIN_STEM`).
MIN_STEM = 4
#: Grains no coarser than a season date the time around a happening.
_AROUND = frozenset({"time", "day", "week", "month", "quarter", "season"})
_FINE = frozenset({"time", "day"})


def same_stem(noun: str, word: str) -> bool:
    """Whether a noun and a word share their stem ("shooting" / "shot" do not; "slaying" / "slay" do)."""
    a, b = noun.lower(), word.lower()
    short, long_ = sorted((a, b), key=len)
    return len(short) >= MIN_STEM and long_.startswith(short[:max(MIN_STEM, len(short) - 1)])


def dated_noun(noun: str, earlier: Sequence[Event], stems: Sequence[str] = ()) -> date | None:
    """The day of the latest earlier event dated to a day by a time expression that premodifies a noun
    naming the happening ("searching for Kopp since shortly after the Oct. 23 slaying" names the day of
    "the shooting"): the noun shares the stem or starts with one of ``stems``."""
    for e in reversed(earlier):
        w = e.when
        if not (e.timex_text and w.start and w.end and w.end - w.start <= _DAY):
            continue
        at = e.text.find(e.timex_text)
        after = _WORD.findall(e.text[at + len(e.timex_text):at + len(e.timex_text) + 30]) if at >= 0 else []
        if after and (same_stem(noun, after[0]) or after[0].lower().startswith(tuple(stems) or ("\0",))):
            return w.start
    return None


def around_event(rest_text: str, t: Timex, earlier: Sequence[Event], directions: dict[str, str],
                 nouns: dict[str, Sequence[str]], anchor_when: Callable) -> Timex | None:
    """``t`` dated by the happening its "before"/"after" names (``rest_text``: the text after it), or None.
    ``directions``: the language's one-word relations; ``nouns``: the stems of the words of a noun's kind
    ("shooting" -> "kill", "shot", ...); ``anchor_when``: finds the latest earlier event a noun names."""
    if t.type != TimexType.DATE or t.anchor is None or t.anchor.kind is not AnchorKind.PREVIOUS \
            or any(c.isdigit() for c in t.text) or len(_WORD.findall(t.text)) != 1:
        return None
    rest = _WORD.findall(rest_text)
    if len(rest) < 2 or rest[0].lower() not in directions:
        return None
    noun = next((w for w in rest[1:4] if len(w) >= MIN_STEM), None)
    if noun is None:
        return None
    stems = nouns.get(noun.lower(), ())
    when = anchor_when(noun, earlier, stems)
    grain = when.granularity.value if when is not None and when.granularity else None
    if grain not in _AROUND:
        when = None
    day = when.start if when is not None and grain in _FINE else (dated_noun(noun, earlier, stems) if when is None else None)
    value = f"{day.year:04d}-{day.month:02d}" if day else (when.value if when is not None else None)
    return replace(t, value=value, rule="relative-event") if value and value != t.value else None
