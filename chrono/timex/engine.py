"""The engine: run the rule table over a text, keep the best non-overlapping matches,
extend them with their modifiers, and resolve them in reading order.

Recognition and resolution are two phases. Recognition (:func:`recognise`) finds
candidates with an underspecified :class:`~chrono.timex.spec.Spec`; resolution
(:func:`~chrono.timex.resolve.resolve`) turns each into a value against the publication
date, the last mentioned date and the tense of its sentence.
"""
from __future__ import annotations

import bisect
import logging
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from ..model import AnchorPolicy, Grain, Timex, TimexType
from ..timevalue import interval
from . import lexicon as lx
from .build import BUILDERS
from .patterns import compile_rule, lookup
from .resolve import resolve
from .rules import RULES, Rule
from .spec import Spec
from .tense import Sentences

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    spec: Spec
    order: int


_RANGE_MODS = {"early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
               "the beginning of": "START", "the start of": "START", "beginning of": "START",
               "the middle of": "MID", "middle of": "MID", "the end of": "END", "end of": "END",
               "the close of": "END", "the latter part of": "END", "the first half of": "START",
               "the second half of": "END", "the turn of": "START", "the dawn of": "START",
               "the early part of": "START", "the late part of": "END", "very early": "START", "very late": "END",
               "earlier in": "START", "early in": "START", "later in": "END", "late in": "END",
               "the early": "START", "the late": "END", "the mid": "MID", "sometime": None}
_QUANT_MODS = {k: v for k, v in lx.QUANT_MODS.items()}

_LEFT_RANGE = re.compile(
    r"(?<![\w-])(?P<mod>" + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _RANGE_MODS), key=len, reverse=True))
    + r")(?:\s+the)?(?:\s+|-)\Z", re.IGNORECASE)
_LEFT_QUANT = re.compile(
    r"(?<![\w-])(?P<mod>" + "|".join(sorted((re.escape(k).replace(r"\ ", r"\s+") for k in _QUANT_MODS), key=len, reverse=True))
    + r")\s+\Z", re.IGNORECASE)


#: Modifiers TimeML leaves outside the extent ("about five hours" tags "five hours").
_MOD_OUTSIDE = frozenset({"about", "around", "approximately", "roughly", "some", "only", "just", "barely",
                          "an estimated", "close to"})
_EARLIER_ATTACHES = re.compile(r"(?:(?:this|next|last)\s+(?:year|month|quarter)|that\s+(?:day|week|month|year)|the\s+(?:year|month)"
                               r"|yesterday)\b", re.IGNORECASE)


def _extend_left(text: str, c: Candidate) -> Candidate:
    """Take in a modifier just before the expression ("early 2014", "about two years")."""
    if not c.rule.mods:
        return c
    window = text[max(0, c.start - 32):c.start]
    if not window or window[-1] not in " \t\n-":
        return c
    tables = []
    if c.rule.mods in ("range", "both"):
        tables.append((_LEFT_RANGE, _RANGE_MODS))
    if c.rule.mods in ("quant", "both"):
        tables.append((_LEFT_QUANT, _QUANT_MODS))
    for regex, table in tables:
        m = regex.search(window)
        if m:
            key = " ".join(m.group("mod").lower().split())
            mod = table.get(key)
            if key in ("some", "over", "under", "only", "just", "barely") and not re.match(r"\s*(?:a|an|\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\b", text[c.start:c.start + 8], re.I):
                continue
            spec = c.spec if c.spec.mod else c.spec.with_mod(mod)
            if key in _MOD_OUTSIDE or (key in ("earlier", "later") and not _EARLIER_ATTACHES.match(text, c.start)):
                return replace(c, spec=spec)        # the modifier is kept, the extent is not widened
            start = c.start - (len(window) - m.start())
            if key.startswith("the ") and window.endswith("-"):
                start += len(m.group("mod")) - len(m.group("mod").split(None, 1)[1])   # "the late-November trip"
            return replace(c, start=start, spec=spec, order=c.order + 1000)   # own rules win ties
    return c


def _words(*tables, extra=()) -> frozenset[str]:
    out: set[str] = set(extra)
    for table in tables:
        for key in table:
            out.update(w.strip(".'") for w in re.split(r"[\s-]+", key.lower()))
    return frozenset(w for w in out if w)


@lru_cache(maxsize=1)
def trigger_classes() -> dict[str, frozenset[str]]:
    """Word classes that trigger rules: lower-case words (letters only) per class."""
    units = _words(lx.UNITS, lx.CALENDAR_UNITS, extra=("centuries", "millennia", "weekend", "year", "week"))
    units = units | {u + "s" for u in units} | {u + "long" for u in ("hour", "day", "week", "month", "year")}
    return {
        "month": _words(lx.MONTHS),
        "weekday": _words(lx.WEEKDAYS) | {d + "s" for d in _words(lx.WEEKDAYS)},
        "unit": units,
        "quarter": frozenset({"quarter", "quarters", "period", "half", "fiscal"}),
        "century": frozenset({"century", "centuries"}),
        "season": _words(lx.SEASONS),
        "holiday": _words(lx.HOLIDAYS) - {"day", "s", "new", "year", "eve"},
        "yearword": frozenset(lx.CENTURY_WORDS) | {"thousand", "twenties", "thirties", "forties", "fifties", "sixties",
                                                     "seventies", "eighties", "nineties"},
        "deictic": frozenset({"today", "tomorrow", "yesterday", "tonight", "morning", "afternoon", "evening",
                              "night", "noon", "midnight", "midday", "overnight", "day", "week", "month",
                              "year"}),
        "set": _words(lx.SETS, extra=("every", "each", "once", "twice", "thrice", "times")),
        "ref": _words(lx.REFS) - {"the", "at", "as", "a", "in", "this", "these", "right"},
        "vague": frozenset({"time", "while", "period"}),
    }


_TOKEN = re.compile(r"[^\W\d_]+|\d+")


def trigger_positions(text: str) -> dict[str, list[int]]:
    """Start offsets of trigger words in ``text``, per class ("num": every run of digits)."""
    word_class: dict[str, list[str]] = {}
    for name, words in trigger_classes().items():
        for w in words:
            word_class.setdefault(w, []).append(name)
    found: dict[str, list[int]] = {name: [] for name in (*trigger_classes(), "num")}
    num = found["num"]
    get = word_class.get
    for m in _TOKEN.finditer(text):
        w = m.group()
        if w[0].isdigit():
            num.append(m.start())
            continue
        names = get(w.lower()) if len(w) > 1 else None
        if names:
            for name in names:
                found[name].append(m.start())
    return found


def windows(text: str, positions: list[int], reach: int) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` stretches within ``reach`` characters of the positions."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    for p in positions:
        s, e = max(0, p - reach), min(n, p + reach)
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def recognise(text: str) -> list[Candidate]:
    """Every candidate match of every rule (overlapping), with its underspecified value.

    Each rule runs only over the windows around its trigger words (one tokenising pass finds
    them all), so most of the text is never scanned by most rules.
    """
    found: list[Candidate] = []
    triggers = trigger_positions(text)
    for order, rule in enumerate(RULES):
        build = BUILDERS[rule.build]
        if rule.triggers:
            positions = sorted(p for name in rule.triggers for p in triggers[name])
            if not positions:
                continue
            spans = windows(text, positions, rule.reach)
        else:
            spans = [(0, len(text))]
        regex = compile_rule(rule.pattern)       # compiled at its first use, once per process
        for m in (m for s, e in spans for m in regex.finditer(text, s, e)):
            if m.end() == m.start():
                continue
            try:
                spec = build(m, rule.params)
            except (ValueError, KeyError, TypeError, OverflowError) as exc:   # a rule bug must not stop tagging
                log.debug("rule %s failed on %r: %s", rule.name, m.group(), exc)
                spec = None
            if spec is None:
                continue
            s, e = (m.span("x") if "x" in regex.groupindex and m.group("x") else m.span())
            s += spec.skip
            found.append(Candidate(s, e, rule, spec, order))
    return found


def select(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The longest non-overlapping candidates (earlier rules win ties), in text order."""
    candidates = [c for c in map(lambda c: _extend_left(text, c), candidates)
                  if not (c.start >= 2 and text[c.start - 1] == "-" and text[c.start - 2].isalnum()
                          and c.rule.name not in ("date_md_and", "date_dm"))]
    candidates.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    taken = bytearray(len(text) + 1)
    kept: list[Candidate] = []
    for c in candidates:
        if taken.find(1, c.start, c.end) != -1:
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


#: rules whose "a year back" compares with the period reported on
_YEAR_BACK = frozenset({"ago", "year_earlier", "quarter_relative", "year_period"})


def _is_quarter(value: str | None) -> bool:
    return bool(value) and re.fullmatch(r"\d{4}-Q[1-4]", value) is not None


def _starts_by(value: str, anchor: date) -> bool:
    """Whether the period ``value`` is over by the anchor (a reported, not a planned, one); a year
    need only have begun."""
    iv = interval(value.split("T")[0])
    if iv is None:
        return False
    return iv[0] <= anchor if iv[2].rank <= Grain.YEAR.rank else iv[1] <= anchor + timedelta(days=1)


#: A story telling an earlier year lends it to the months and days without one for this many
#: paragraphs after its last dated sentence ("On 9 June 2014 ... On 29 June ...").
STORY_PARAGRAPHS = 1
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
#: Only a date said of the clause, after its preposition ("On 9 June 2014, ...", "in June 2014"),
#: tells the story or takes its year; one that names a thing ("the Dec. 21, 1988, bombing",
#: "the late-November trip") is background.
_ADVERBIAL_BEFORE = re.compile(r"(?<![\w-])(?:on|in|during|since|from|until|till|through|after|before)\s+\Z",
                               re.IGNORECASE)

_QUARTER_WORDS = re.compile(r"\b(?:quarter|quarterly|period)\b", re.IGNORECASE)
_DATEISH = re.compile(r"^\d{4}(?:-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]|W\d\d|SP|SU|FA|WI))?(?:T.*)?$")


def tag(text: str, anchor: date | None, *, policy: AnchorPolicy = AnchorPolicy.NEWS) -> list[Timex]:
    """Every temporal expression of ``text``, resolved against ``anchor`` (see :mod:`chrono.timex`)."""
    if not text:
        return []
    chosen = select(text, recognise(text))
    sentences = Sentences(text)
    previous: str | None = None
    reported: str | None = None        # the last mentioned date not after the anchor
    back = ""                          # the rule, if the last reported date is itself "a year back"
    quarter: str | None = None         # the last quarter mentioned: the one a report is about
    story: tuple[str, int] | None = None   # a date with an explicit year (or counted from one), its paragraph
    told_by: set[str] = set()              # the anchors of the dates of that story ("previous:2014-06-09")
    paragraphs = [m.end() for m in _PARAGRAPH.finditer(text)]
    out: list[Timex] = []
    for c in chosen:
        para = bisect.bisect_right(paragraphs, c.start)
        adverbial = _ADVERBIAL_BEFORE.search(text, max(0, c.start - 12), c.start) is not None
        told = story[0] if story is not None and para - story[1] <= STORY_PARAGRAPHS and adverbial else None
        spec = c.spec
        prev_here = previous
        if spec.kind == "offset" and spec.anaphoric and story is not None and para - story[1] <= STORY_PARAGRAPHS \
                and f"previous:{previous}" in told_by and anchor is not None and story[0][:4] != f"{anchor.year:04d}":
            prev_here = story[0]           # a story of an earlier year told on: "Five days later ... The following month"
        year_back = spec.kind == "offset" and spec.unit == "year" and spec.n == -1 and c.rule.name in _YEAR_BACK
        if year_back and spec.anaphoric:
            # "a year earlier", "the year-ago quarter": compared with the period being reported on
            # (not a plan mentioned since); after "the 1988 period" or "a year ago", the same one
            prev_here = reported
            if (back if c.rule.name != "ago" else back in _YEAR_BACK) and reported is not None and anchor is not None and reported[:4].isdigit() \
                    and int(reported[:4]) < anchor.year:
                out.append(Timex(c.start, c.end, text[c.start:c.end], TimexType(spec.type or c.rule.type),
                                 reported, spec.mod, rule=c.rule.name, anchor=f"same:{reported}"))
                continue
        tense = sentences.tense(c.start, c.end) if spec.kind in ("date", "weekday") else None
        if (spec.kind == "offset" and spec.unit == "year" and not spec.anaphoric and c.rule.name == "ago"
                and previous and "-Q" in previous):
            spec = replace(spec, anaphoric=True)       # "a year ago" of a quarter: the same quarter
            prev_here = reported or previous
        if spec.kind == "previous" and spec.unit == "quarter" and quarter and not _is_quarter(prev_here) \
                and not (out and out[-1].type == TimexType.DURATION):
            # "the quarter", "the 1988 period" after "the quarter ended Sept. 29": the quarter
            # reported on (after "the first nine months", the period is those months)
            prev_here = quarter
        if spec.kind == "offset" and (spec.quarter or spec.half or spec.month):
            value, how = resolve(replace(spec, quarter=None, half=None, month=None), anchor, tense, prev_here, policy)
            value = value[:4] + (f"-Q{spec.quarter}" if spec.quarter else f"-H{spec.half}" if spec.half
                                 else f"-{spec.month:02d}")
        else:
            value, how = resolve(spec, anchor, tense, prev_here, policy, told)
        if spec.kind == "date" and spec.unit == "week" and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            y, w, _ = date.fromisoformat(value).isocalendar()       # "the week of March 6"
            value = f"{y:04d}-W{w:02d}"
        typ = spec.type or c.rule.type
        if spec.time and typ == "DATE":
            typ = "TIME"
        if typ == "DATE" and value.startswith("P") and not value.endswith("_REF"):
            typ = "DURATION"
        if typ == "DURATION" and value.endswith("_REF"):
            typ = "DATE"
        if typ == "DATE" and c.rule.name == "quarter" and _is_quarter(value) and (
                anchor is None or int(value[:4]) >= anchor.year - (anchor.month <= 3)
                and (tense == "past" or _starts_by(value, anchor))):
            quarter = value                        # "the third quarter", not last year's
        if typ in ("DATE", "TIME") and _DATEISH.match(value):
            fine = (interval(value.split("T")[0]) or (None, None, Grain.YEAR))[2].rank >= Grain.MONTH.rank
            if fine and ((spec.kind == "date" and spec.year is not None and spec.month is not None and adverbial)
                         or how.startswith("story:") or (story is not None and how.split()[0] in told_by)):
                story = (value, para)
                told_by = (told_by if how.split()[0] in told_by or how.startswith("story:") else set()) | {f"previous:{value}"}
            else:
                story = None                       # another time: the story is interrupted
        if typ in ("DATE", "TIME") and _DATEISH.match(value) and not spec.anaphoric:
            previous = value
            if anchor is None or tense == "past" or _starts_by(value, anchor):
                reported = value
                back = c.rule.name if year_back or c.rule.name == "year_period" or (
                    c.rule.name == "relative_unit" and spec.unit == "year" and spec.n == -1) else ""
        if tense and "tense:" not in how and spec.kind in ("date", "weekday"):
            how += f" tense:{tense}"
        out.append(Timex(c.start, c.end, text[c.start:c.end], TimexType(typ), value, spec.mod,
                         rule=c.rule.name, anchor=how))
    return out
