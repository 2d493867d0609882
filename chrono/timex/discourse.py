"""The discourse of a text, read in order: what each time expression resolves against.

:class:`Discourse` is the frozen state after a time expression: the last mentioned date, the last
one reported (not after the anchor), the quarter a report is about, the story being told. The pure
:func:`step` resolves one candidate against it and gives the state after it. :class:`Context` holds
what does not change along a text: the text, the anchor, the policy, its sentences and paragraphs.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from ..lang.timex import YearBack
from ..model import Anchor, AnchorKind, AnchorPolicy, Grain, Timex, TimexType
from ..timevalue import interval
from .grammar import Grammar
from .resolve import resolve
from .spec import Spec, SpecKind
from .tense import Sentences

if TYPE_CHECKING:
    from .engine import Candidate

#: A story telling an earlier year lends it to the months and days without one for this many
#: paragraphs after its last dated sentence ("On 9 June 2014 ... On 29 June ...").
STORY_PARAGRAPHS = 1
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_DATEISH = re.compile(r"^\d{4}(?:-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]|W\d\d|SP|SU|FA|WI))?(?:T.*)?$")
_COMPARED = (YearBack.COMPARED, YearBack.COUNTED, YearBack.PERIOD)


class Back(Enum):
    """Whether the last reported date is itself a year back, and how."""

    NONE = 0
    COMPARED = 1        # found by a rule that compares ("a year earlier", "the 1988 period")
    DEICTIC = 2         # "last year"


@dataclass(frozen=True)
class Discourse:
    """The state of the discourse after a time expression (see the module docstring)."""

    previous: str | None = None        # the last mentioned date
    reported: str | None = None        # the last mentioned date not after the anchor
    back: Back = Back.NONE             # whether that reported date is itself "a year back"
    quarter: str | None = None         # the last quarter mentioned: the one a report is about
    story: str | None = None           # a date with an explicit year (or counted from one) ...
    story_paragraph: int = 0           # ... and its paragraph
    told_by: frozenset[str] = frozenset()   # the dates of that story: what counts as telling it on
    last_type: TimexType | None = None      # the type of the last time expression


class Context:
    """What stays the same along one text: the text, its anchor and policy, sentences, paragraphs."""

    def __init__(self, text: str, anchor: date | None, policy: AnchorPolicy, g: Grammar):
        self.text, self.anchor, self.policy, self.grammar = text, anchor, policy, g
        self.sentences = Sentences(text, g.words.tense)
        self.paragraphs = [m.end() for m in _PARAGRAPH.finditer(text)]
        self._adverbial = g.words.modifiers.adverbial_before

    def paragraph(self, pos: int) -> int:
        return bisect.bisect_right(self.paragraphs, pos)

    def adverbial(self, pos: int) -> bool:
        """Whether a date at ``pos`` is said of its clause, after its preposition ("On 9 June 2014")."""
        return self._adverbial.search(self.text, max(0, pos - 12), pos) is not None


def _is_quarter(value: str | None) -> bool:
    return bool(value) and re.fullmatch(r"\d{4}-Q[1-4]", value) is not None


def _starts_by(value: str, anchor: date) -> bool:
    """Whether the period ``value`` is over by the anchor (a reported, not a planned, one); a year
    need only have begun."""
    iv = interval(value.split("T")[0])
    if iv is None:
        return False
    return iv[0] <= anchor if iv[2].rank <= Grain.YEAR.rank else iv[1] <= anchor + timedelta(days=1)


def _same_period(state: Discourse, c: Candidate, ctx: Context) -> bool:
    """"A year earlier" after a reported date that is itself a year back: that same date."""
    follows = state.back is Back.COMPARED if c.rule.year_back is YearBack.COUNTED else state.back is not Back.NONE
    reported, anchor = state.reported, ctx.anchor
    return follows and reported is not None and anchor is not None and reported[:4].isdigit() \
        and int(reported[:4]) < anchor.year


def _resolve(spec: Spec, ctx: Context, tense: str | None, prev_here: str | None,
             told: str | None) -> tuple[str, Anchor]:
    if spec.kind is SpecKind.OFFSET and (spec.quarter or spec.half or spec.month):
        value, how = resolve(replace(spec, quarter=None, half=None, month=None), ctx.anchor, tense, prev_here,
                             ctx.policy)
        return value[:4] + (f"-Q{spec.quarter}" if spec.quarter else f"-H{spec.half}" if spec.half
                            else f"-{spec.month:02d}"), how
    value, how = resolve(spec, ctx.anchor, tense, prev_here, ctx.policy, told)
    if spec.kind is SpecKind.DATE and spec.unit == "week" and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        y, w, _ = date.fromisoformat(value).isocalendar()       # "the week of March 6"
        value = f"{y:04d}-W{w:02d}"
    return value, how


def _type(spec: Spec, c: Candidate, value: str) -> str:
    typ = spec.type or c.rule.type
    if spec.time and typ == "DATE":
        typ = "TIME"
    if typ == "DATE" and value.startswith("P") and not value.endswith("_REF"):
        typ = "DURATION"
    if typ == "DURATION" and value.endswith("_REF"):
        typ = "DATE"
    return typ


def _after(state: Discourse, c: Candidate, spec: Spec, ctx: Context, value: str, typ: str, how: Anchor,
           tense: str | None, para: int, compared: bool) -> Discourse:
    """The state after a resolved time expression."""
    anchor = ctx.anchor
    quarter, story, told_by = state.quarter, state.story, state.told_by
    story_paragraph, previous, reported, back = state.story_paragraph, state.previous, state.reported, state.back
    if typ == "DATE" and c.rule.reports_quarter and _is_quarter(value) and (
            anchor is None or int(value[:4]) >= anchor.year - (anchor.month <= 3)
            and (tense == "past" or _starts_by(value, anchor))):
        quarter = value                        # "the third quarter", not last year's
    dateish = typ in ("DATE", "TIME") and _DATEISH.match(value) is not None
    if dateish:
        fine = (interval(value.split("T")[0]) or (None, None, Grain.YEAR))[2].rank >= Grain.MONTH.rank
        told_on = how.kind is AnchorKind.STORY or (how.kind is AnchorKind.PREVIOUS and how.value in told_by)
        if fine and ((spec.kind is SpecKind.DATE and spec.year is not None and spec.month is not None
                      and ctx.adverbial(c.start)) or how.kind is AnchorKind.STORY
                     or (story is not None and how.kind is AnchorKind.PREVIOUS and how.value in told_by)):
            told_by = (told_by if told_on else frozenset()) | {value}
            story, story_paragraph = value, para
        else:
            story = None                       # another time: the story is interrupted
    if dateish and not spec.anaphoric:
        previous = value
        if anchor is None or tense == "past" or _starts_by(value, anchor):
            reported = value
            if compared or c.rule.year_back is YearBack.PERIOD:
                back = Back.COMPARED
            elif c.rule.year_back is YearBack.DEICTIC and spec.is_year_back:
                back = Back.DEICTIC
            else:
                back = Back.NONE
    return Discourse(previous, reported, back, quarter, story, story_paragraph, told_by, TimexType(typ))


def step(state: Discourse, c: Candidate, ctx: Context) -> tuple[Discourse, Timex]:
    """Resolve one candidate against the discourse so far: the state after it, and its timex."""
    text, anchor = ctx.text, ctx.anchor
    para = ctx.paragraph(c.start)
    in_story = state.story is not None and para - state.story_paragraph <= STORY_PARAGRAPHS
    told = state.story if in_story and ctx.adverbial(c.start) else None
    spec = c.spec
    prev_here = state.previous
    if spec.kind is SpecKind.OFFSET and spec.anaphoric and in_story and state.previous in state.told_by \
            and anchor is not None and state.story[:4] != f"{anchor.year:04d}":
        prev_here = state.story            # a story of an earlier year told on: "Five days later ... The following month"
    compared = c.rule.year_back in _COMPARED and spec.is_year_back
    if compared and spec.anaphoric:
        # "a year earlier", "the year-ago quarter": compared with the period being reported on
        # (not a plan mentioned since); after "the 1988 period" or "a year ago", the same one
        prev_here = state.reported
        if _same_period(state, c, ctx):
            typ = TimexType(spec.type or c.rule.type)
            return replace(state, last_type=typ), Timex(c.start, c.end, text[c.start:c.end], typ, state.reported,
                                                        spec.mod, rule=c.rule.name,
                                                        anchor=Anchor(AnchorKind.SAME, state.reported))
    tense = ctx.sentences.tense(c.start, c.end) if spec.kind in (SpecKind.DATE, SpecKind.WEEKDAY) else None
    if (c.rule.year_back is YearBack.COUNTED and spec.kind is SpecKind.OFFSET and spec.unit == "year"
            and not spec.anaphoric and state.previous and "-Q" in state.previous):
        spec = replace(spec, anaphoric=True)       # "a year ago" of a quarter: the same quarter
        prev_here = state.reported or state.previous
    if spec.kind is SpecKind.PREVIOUS and spec.unit == "quarter" and state.quarter and not _is_quarter(prev_here) \
            and state.last_type is not TimexType.DURATION:
        # "the quarter", "the 1988 period" after "the quarter ended Sept. 29": the quarter
        # reported on (after "the first nine months", the period is those months)
        prev_here = state.quarter
    value, how = _resolve(spec, ctx, tense, prev_here, told)
    typ = _type(spec, c, value)
    new = _after(state, c, spec, ctx, value, typ, how, tense, para, compared)
    if tense and how.tense is None and spec.kind in (SpecKind.DATE, SpecKind.WEEKDAY):
        how = replace(how, tense=tense)
    return new, Timex(c.start, c.end, text[c.start:c.end], TimexType(typ), value, spec.mod, rule=c.rule.name,
                      anchor=how)
