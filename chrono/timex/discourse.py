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
#: A bare year more than this many years from the last year written is an aside (see :func:`_written`).
ASIDE_YEARS = 10
#: A bare clock time in a past sentence of news is on the last day told up to this many days before
#: the anchor, however far back it was told (see :func:`_day_told_near`).
RECENT_DAYS = 7
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_DATEISH = re.compile(r"^\d{4}(?:-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]|W\d\d|SP|SU|FA|WI))?(?:T.*)?$")
#: The rank of each grain (0: the coarsest), looked up rather than computed (:attr:`Grain.rank`).
RANK = {grain: i for i, grain in enumerate(Grain)}
_WRITTEN = re.compile(r"\d{4}(?![\dX])")
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
    written: str | None = None              # the last year written in full ("1917", "June 1917")
    aside: str | None = None                # a bare year far from it, not (yet) the story's ("since 1813")
    previous_at: int = -1                   # where the last mentioned date starts in the text


class Context:
    """What stays the same along one text: the text, its anchor and policy, sentences, paragraphs."""

    def __init__(self, text: str, anchor: date | None, policy: AnchorPolicy, g: Grammar):
        self.text, self.anchor, self.policy, self.grammar = text, anchor, policy, g
        self.sentences = Sentences(text, g.words.tense, g.language)
        self.paragraphs = [m.end() for m in _PARAGRAPH.finditer(text)]
        self._adverbial = g.words.modifiers.adverbial_before
        self._period_start = g.words.modifiers.period_start_before

    def paragraph(self, pos: int) -> int:
        return bisect.bisect_right(self.paragraphs, pos)

    def adverbial(self, pos: int) -> bool:
        """Whether a date at ``pos`` is said of its clause, after its preposition ("On 9 June 2014")."""
        return self._adverbial.search(self.text, max(0, pos - 12), pos) is not None

    def period_start(self, pos: int) -> bool:
        """Whether a date at ``pos`` starts a period that runs to the time of writing ("since March 2012")."""
        return self._period_start.search(self.text, max(0, pos - 12), pos) is not None


def _is_quarter(value: str | None) -> bool:
    return bool(value) and re.fullmatch(r"\d{4}-Q[1-4]", value) is not None


def _starts_by(value: str, anchor: date) -> bool:
    """Whether the period ``value`` is over by the anchor (a reported, not a planned, one); a year
    need only have begun."""
    iv = interval(value.split("T")[0])
    if iv is None:
        return False
    return iv[0] <= anchor if RANK[iv[2]] <= RANK[Grain.YEAR] else iv[1] <= anchor + timedelta(days=1)


def _same_period(state: Discourse, c: Candidate, ctx: Context) -> bool:
    """"A year earlier" after a reported date that is itself a year back: that same date."""
    follows = state.back is Back.COMPARED if c.rule.year_back is YearBack.COUNTED else state.back is not Back.NONE
    reported, anchor = state.reported, ctx.anchor
    return follows and reported is not None and anchor is not None and reported[:4].isdigit() \
        and int(reported[:4]) < anchor.year


def _resolve(spec: Spec, ctx: Context, tense: str | None, prev_here: str | None,
             told: str | None, written: str | None = None) -> tuple[str, Anchor]:
    if spec.kind is SpecKind.OFFSET and spec.unit == "month" and spec.day and not spec.month:
        # a day of the month spoken of ("el día 13", "am 5."): that month's day (a year spoken of
        # names no month: then the anchor's)
        month_here = prev_here if prev_here and re.match(r"\d{4}-\d\d(?!\d)", prev_here) else None
        value, how = resolve(replace(spec, day=None, anaphoric=month_here is not None), ctx.anchor, tense, month_here,
                             ctx.policy)
        return (f"{value}-{spec.day:02d}" if re.fullmatch(r"\d{4}-\d\d", value) else value), how
    if spec.kind is SpecKind.OFFSET and (spec.quarter or spec.half or spec.month):
        value, how = resolve(replace(spec, quarter=None, half=None, month=None), ctx.anchor, tense, prev_here,
                             ctx.policy)
        return value[:4] + (f"-Q{spec.quarter}" if spec.quarter else f"-H{spec.half}" if spec.half
                            else f"-{spec.month:02d}"), how
    value, how = resolve(spec, ctx.anchor, tense, prev_here, ctx.policy, told, written)
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
    previous_at = state.previous_at
    if typ == "DATE" and c.rule.reports_quarter and _is_quarter(value) and (
            anchor is None or int(value[:4]) >= anchor.year - (anchor.month <= 3)
            and (tense == "past" or _starts_by(value, anchor))):
        quarter = value                        # "the third quarter", not last year's
    dateish = typ in ("DATE", "TIME") and _DATEISH.match(value) is not None
    since_in_news = ctx.policy is AnchorPolicy.NEWS and ctx.period_start(c.start)
    if dateish and since_in_news:
        pass                                   # "since March 2012" in news: the story stays as it was
    elif dateish:
        fine = RANK[(interval(value.split("T")[0]) or (None, None, Grain.YEAR))[2]] >= RANK[Grain.MONTH]
        told_on = how.kind is AnchorKind.STORY or (how.kind is AnchorKind.PREVIOUS and how.value in told_by)
        if fine and ((spec.kind is SpecKind.DATE and spec.year is not None and spec.month is not None
                      and ctx.adverbial(c.start)) or how.kind is AnchorKind.STORY
                     or (story is not None and how.kind is AnchorKind.PREVIOUS and how.value in told_by)):
            told_by = (told_by if told_on else frozenset()) | {value}
            story, story_paragraph = value, para
        else:
            story = None                       # another time: the story is interrupted
    written, aside = _written(state, c, spec, ctx, value, typ)
    set_aside = aside is not None and aside != state.aside and ctx.policy is AnchorPolicy.NARRATIVE
    if since_in_news:
        written, aside = state.written, state.aside
    said_of = state.previous_at >= 0 and not ctx.adverbial(c.start) and ctx.adverbial(state.previous_at) and \
        re.match(r"\d{4}-\d\d-\d\d", state.previous or "") is not None and \
        state.previous_at >= ctx.sentences.bounds(c.start)[0]     # "In the morning, ... on Trump's July 25 call":
    if dateish and not spec.anaphoric and not set_aside and not since_in_news and not said_of:   # the morning stays
        previous, previous_at = value, c.start     # a history counts on from its story, not an aside
        if anchor is None or tense == "past" or _starts_by(value, anchor):
            reported = value
            if compared or c.rule.year_back is YearBack.PERIOD:
                back = Back.COMPARED
            elif c.rule.year_back is YearBack.DEICTIC and spec.is_year_back:
                back = Back.DEICTIC
            else:
                back = Back.NONE
    return Discourse(previous, reported, back, quarter, story, story_paragraph, told_by, TimexType(typ), written,
                     aside, previous_at)


def _written(state: Discourse, c: Candidate, spec: Spec, ctx: Context, value: str, typ: str) -> tuple[str | None, str | None]:
    """The last year written in the text after this expression, and a far bare year set aside.

    A bare year far from the story's ("the Estates arranged as in 1614", "documents found in 2004",
    "the largest battle since 1813") or in brackets ("the Civil Constitution (1790)") is an aside: it
    gives its year to nothing, unless the next bare year is near it (the story has moved on)."""
    written, aside = state.written, state.aside
    if typ not in ("DATE", "TIME") or not _WRITTEN.match(value):
        return written, aside
    if spec.kind is SpecKind.DATE and spec.year is not None:
        return value[:4], None
    if spec.kind is not SpecKind.FIXED:
        return written, aside
    year = int(value[:4])
    text = ctx.text
    bracketed = text[c.start - 1:c.start] == "(" or text[c.end:c.end + 1] == ")"
    if written is None or abs(year - int(written)) <= ASIDE_YEARS and not bracketed:
        return value[:4], None
    if aside is not None and abs(year - int(aside)) <= ASIDE_YEARS and not bracketed:
        return value[:4], None
    return written, value[:4]


_OPEN_DAY = re.compile(r"XXXX-XX-(\d\d)")
_MONTH_OF = re.compile(r"(\d{4})-(\d\d)(?:-\d\d)?(?:T.*)?")


def _day_of_month_spoken_of(spec: Spec, previous: str | None) -> Spec:
    """"On 2 October ... On the 5th": a day of no month named is of the month last spoken of."""
    if spec.kind is not SpecKind.FIXED or previous is None:
        return spec
    day, month = _OPEN_DAY.fullmatch(spec.value), _MONTH_OF.fullmatch(previous)
    if day is None or month is None:
        return spec
    return Spec(SpecKind.DATE, year=int(month.group(1)), month=int(month.group(2)), day=int(day.group(1)),
                mod=spec.mod)


def _day_told_near(state: Discourse, c: Candidate, ctx: Context) -> bool:
    """Whether the last mentioned day is the one a bare clock time in news is on: told in its
    sentence or in the one before it in the same paragraph, or, in a past sentence, the day of the
    week's news the story tells ("on Friday ... <paragraph> The blast occurred at 10:35 a.m.").
    Otherwise the time is on the publication day ("Lowe's reports Wednesday. <paragraph> The call
    is at 9 a.m."; "On May 2 ... <paragraphs> The plane landed at 6am")."""
    if state.previous_at < 0:
        return False
    told = _day_before(state.previous, ctx.anchor)
    if told is not None and 0 <= told <= RECENT_DAYS and ctx.sentences.tense(c.start, c.end) == "past":
        return True
    start = ctx.sentences.bounds(c.start)[0]
    if state.previous_at >= start:
        return True
    if start == 0 or ctx.paragraph(start - 1) != ctx.paragraph(start):
        return False
    return state.previous_at >= ctx.sentences.bounds(start - 1)[0]


def _day_before(value: str | None, anchor: date | None) -> int | None:
    """How many days the day ``value`` is before the anchor (None: not a day)."""
    iv = interval(value.split("T")[0]) if value else None
    if iv is None or anchor is None or iv[2] not in (Grain.DAY, Grain.TIME):
        return None
    return (anchor - iv[0]).days


def _year_of_sentence(state: Discourse, spec: Spec, c: Candidate, ctx: Context, tense: str | None) -> Spec:
    """An event named by its day, without a year, in a past sentence of news that has just written an
    earlier year ("in the 2016 campaign -- after she was seen faint at a September 11
    commemoration"): the event of that year (not "through Sept. 29" after "approved in 1987")."""
    prev, anchor = state.previous, ctx.anchor
    if spec.kind is not SpecKind.DATE or spec.year is not None or spec.tense != "nearest" or spec.future is not None \
            or tense != "past" or anchor is None or ctx.policy is not AnchorPolicy.NEWS \
            or prev is None or not re.fullmatch(r"\d{4}", prev) or int(prev) >= anchor.year \
            or state.previous_at < ctx.sentences.bounds(c.start)[0]:
        return spec
    return replace(spec, year=int(prev))


def step(state: Discourse, c: Candidate, ctx: Context) -> tuple[Discourse, Timex]:
    """Resolve one candidate against the discourse so far: the state after it, and its timex."""
    text, anchor = ctx.text, ctx.anchor
    para = ctx.paragraph(c.start)
    in_story = state.story is not None and para - state.story_paragraph <= STORY_PARAGRAPHS
    told = state.story if in_story and ctx.adverbial(c.start) else None
    spec = _day_of_month_spoken_of(c.spec, state.previous)
    prev_here = state.previous
    if spec.kind is SpecKind.OFFSET and spec.anaphoric and in_story and state.previous in state.told_by \
            and anchor is not None and state.story[:4] != f"{anchor.year:04d}":
        prev_here = state.story            # a story of an earlier year told on: "Five days later ... The following month"
    if spec.kind is SpecKind.OFFSET and spec.unit == "time" and spec.anaphoric and anchor is not None \
            and ctx.policy is AnchorPolicy.NEWS and not _day_told_near(state, c, ctx):
        prev_here = None                   # a bare clock time in news, no day told near it: the publication day
    tense = ctx.sentences.tense(c.start, c.end) if spec.kind in (SpecKind.DATE, SpecKind.WEEKDAY, SpecKind.HOLIDAY) else None
    spec = _year_of_sentence(state, spec, c, ctx, tense)
    compared = c.rule.year_back in _COMPARED and spec.is_year_back
    if compared and spec.anaphoric:
        # "a year earlier", "the year-ago quarter": compared with the period being reported on
        # (not a plan mentioned since); after "the 1988 period" or "a year ago", the same one
        prev_here = state.reported
        if spec.grain == "quarter" and state.quarter and not _is_quarter(prev_here):
            prev_here = state.quarter      # "the year-earlier period" after "last June": the quarter reported on
        if _same_period(state, c, ctx):
            typ = TimexType(spec.type or c.rule.type)
            return replace(state, last_type=typ), Timex(c.start, c.end, text[c.start:c.end], typ, state.reported,
                                                        spec.mod, rule=c.rule.name,
                                                        anchor=Anchor(AnchorKind.SAME, state.reported))
    if (c.rule.year_back is YearBack.COUNTED and spec.kind is SpecKind.OFFSET and spec.unit == "year"
            and not spec.anaphoric and state.previous and "-Q" in state.previous):
        spec = replace(spec, anaphoric=True)       # "a year ago" of a quarter: the same quarter
        prev_here = state.reported or state.previous
    if spec.kind is SpecKind.PREVIOUS and spec.unit == "quarter" and state.quarter and not _is_quarter(prev_here) \
            and state.last_type is not TimexType.DURATION:
        # "the quarter", "the 1988 period" after "the quarter ended Sept. 29": the quarter
        # reported on (after "the first nine months", the period is those months)
        prev_here = state.quarter
    value, how = _resolve(spec, ctx, tense, prev_here, told, state.written)
    typ = _type(spec, c, value)
    new = _after(state, c, spec, ctx, value, typ, how, tense, para, compared)
    if tense and how.tense is None and spec.kind in (SpecKind.DATE, SpecKind.WEEKDAY, SpecKind.HOLIDAY):
        how = replace(how, tense=tense)
    return new, Timex(c.start, c.end, text[c.start:c.end], TimexType(typ), value, spec.mod, rule=c.rule.name,
                      anchor=how)
