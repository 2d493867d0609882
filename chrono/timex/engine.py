"""The engine: run a language's rule table over a text, keep the best non-overlapping matches,
extend them with their modifiers, and resolve them in reading order.

Recognition and resolution are two phases. Recognition (:func:`recognise`) finds candidates with
an underspecified :class:`~chrono.timex.spec.Spec`; resolution (:func:`chrono.timex.discourse.step`)
turns each into a value against the publication date, the discourse so far and the tense of its
sentence. Nothing here knows a word of any language: the words come from the
:class:`~chrono.timex.grammar.Grammar` of the language.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date
from itertools import accumulate, compress
from operator import itemgetter

from ..lang import Language
from ..lang.timex import NEVER, Rule
from ..model import AnchorPolicy, Timex
from .build import BUILDERS
from .discourse import Context, Discourse, step
from .grammar import Grammar, grammar
from .spec import Spec, SpecKind

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    rule: Rule
    spec: Spec
    order: int


def _extend_left(g: Grammar, text: str, c: Candidate) -> Candidate:
    """Take in a modifier just before the expression ("early 2014", "about two years")."""
    if not c.rule.mods:
        return c
    window = text[max(0, c.start - 32):c.start]
    if not window or window[-1] not in " \t\n-":
        return c
    mods = g.words.modifiers
    tables = []
    if c.rule.mods in ("range", "both"):
        tables.append((g.left_range, mods.range))
    if c.rule.mods in ("quant", "both"):
        tables.append((g.left_quant, mods.quant))
    for regex, table in tables:
        m = regex.search(window)
        if m:
            key = " ".join(m.group("mod").lower().split())
            if key in mods.need_number and not mods.number_start.match(text[c.start:c.start + 8]):
                continue
            spec = c.spec if c.spec.mod else c.spec.with_mod(table.get(key))
            if key in mods.outside or (key in mods.detached and not mods.attaches.match(text, c.start)):
                return replace(c, spec=spec)        # the modifier is kept, the extent is not widened
            start = c.start - (len(window) - m.start())
            if mods.article and key.startswith(mods.article + " ") and window.endswith("-"):
                start += len(m.group("mod")) - len(m.group("mod").split(None, 1)[1])   # "the late-November trip"
            return replace(c, start=start, spec=spec, order=c.order + 1000)   # own rules win ties
    return c


_TOKEN = re.compile(r"([^\W\d_]+|\d+)")


def trigger_positions(g: Grammar, text: str) -> dict[str, list[int]]:
    """Start offsets of trigger words in ``text``, per class ("num": every run of digits).

    A token is a run of letters or a run of digits. The text is cut into tokens and the blanks
    between them in one pass; the offsets, the lower-case forms and the look-ups run over the
    whole list at once (C loops), so Python only loops over the tokens that are trigger words.
    """
    found: dict[str, list[int]] = {name: [] for name in (*g.trigger_classes, "num")}
    parts = _TOKEN.split(text)              # blanks, token, blanks, token, ..., blanks
    tokens = parts[1::2]
    starts = list(accumulate(map(len, parts)))[0::2]       # where each token starts
    digit_first = list(map(str.isdigit, map(itemgetter(0), tokens)))
    found["num"].extend(compress(starts, digit_first))
    classes = list(map(g.word_class.get, map(str.lower, tokens)))
    single = g.single_letter_triggers
    for i in compress(range(len(tokens)), classes):
        if digit_first[i] or (len(tokens[i]) == 1 and not single):
            continue
        for name in classes[i]:
            found[name].append(starts[i])
    return found


def windows(text: str, positions: list[int], reach: int) -> list[tuple[int, int]]:
    """Merged ``[start, end)`` stretches within ``reach`` characters of the (sorted) positions."""
    if not positions:
        return []
    spans: list[tuple[int, int]] = []
    start = max(0, positions[0] - reach)
    end = positions[0] + reach
    for p in positions:
        if p - reach > end:                 # a gap: the stretch so far is done
            spans.append((start, end))
            start = p - reach
        end = p + reach
    spans.append((start, min(len(text), end)))
    return spans


def _spans(triggers: dict[str, list[int]], text: str, rule: Rule) -> list[tuple[int, int]]:
    """Where a rule runs: around its trigger words (a class the language lacks: everywhere)."""
    if not rule.triggers or any(name not in triggers for name in rule.triggers):
        return [(0, len(text))]
    if len(rule.triggers) == 1:
        positions = triggers[rule.triggers[0]]          # already in text order
    else:
        positions = sorted(p for name in rule.triggers for p in triggers[name])
    return windows(text, positions, rule.reach)


def recognise(text: str, language: Language | str | None = None, *, narrative: bool = True) -> list[Candidate]:
    """Every candidate match of every rule (overlapping), with its underspecified value; the
    rules of narratives only where ``narrative``.

    Each rule runs only over the windows around its trigger words (one tokenising pass finds
    them all), so most of the text is never scanned by most rules.
    """
    g = grammar(language)
    found: list[Candidate] = []
    triggers = trigger_positions(g, text)
    shared: dict[tuple, list[tuple[int, int]]] = {}        # rules with the same triggers share windows
    for order, rule in enumerate(g.words.rules):
        if rule.narrative and not narrative:
            continue
        key = (rule.triggers, rule.reach)
        spans = shared.get(key)
        if spans is None:
            spans = shared[key] = _spans(triggers, text, rule)
        if not spans:
            continue
        build = BUILDERS[rule.build]
        regex = g.regex(rule)       # compiled at its first use, once per process
        for m in (m for s, e in spans for m in regex.finditer(text, s, e)):
            if m.end() == m.start():
                continue
            try:
                spec = build(m, rule.params, g)
            except (ValueError, KeyError, TypeError, OverflowError, AttributeError) as exc:   # a rule bug must not stop tagging
                log.debug("rule %s failed on %r: %s", rule.name, m.group(), exc)
                spec = None
            if spec is None:
                continue
            s, e = (m.span("x") if "x" in regex.groupindex and m.group("x") else m.span())
            found.append(Candidate(s + spec.skip, e, rule, spec, order))
    return found


def select(text: str, candidates: list[Candidate], language: Language | str | None = None) -> list[Candidate]:
    """The longest non-overlapping candidates (earlier rules win ties), in text order.

    A candidate just after a hyphen joined to a word is dropped ("pre-war"), unless its rule may
    stand there or another candidate ends at the hyphen: the second end of a range ("1775-1780").
    """
    g = grammar(language)
    ends = {c.end for c in candidates}
    candidates = [c for c in (_extend_left(g, text, c) for c in candidates)
                  if not (c.start >= 2 and text[c.start - 1] == "-" and text[c.start - 2].isalnum()
                          and not c.rule.after_hyphen and c.start - 1 not in ends)]
    candidates.sort(key=lambda c: (-(c.end - c.start), c.order, c.start))
    taken = bytearray(len(text) + 1)
    kept: list[Candidate] = []
    for c in candidates:
        if taken.find(1, c.start, c.end) != -1 or not _within_paragraph(text, c):
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return kept


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _within_paragraph(text: str, c: Candidate) -> bool:
    """Whether an extent stays inside one paragraph ("May\n\n2010" is two)."""
    return text.find("\n", c.start, c.end) == -1 or not _PARAGRAPH_BREAK.search(text, c.start, c.end)


def parts_of_dates(text: str, kept: list[Candidate], g: Grammar, narrative: bool = False) -> list[Candidate]:
    """"the night of 20 June 1791": the day with its part of day (a TIME), in one extent (where
    the language takes it in, or only in narratives)."""
    before = g.cues.part_of_date_before
    if narrative and before is NEVER:
        before = g.cues.part_of_date_before_narrative
    if before is NEVER:
        return kept
    out = []
    for c in kept:
        if c.spec.kind is SpecKind.DATE and c.spec.day is not None and c.spec.time is None:
            m = before.search(text, max(0, c.start - 24), c.start)
            if m and (not out or out[-1].end <= m.start()):
                part = g.words.parts_of_day.get(m.group("part").lower(), "")
                c = replace(c, start=m.start(), spec=replace(c.spec, time=part if part.startswith("T") else "T" + part))
        out.append(c)
    return out


def durations_of_dates(text: str, kept: list[Candidate], g: Grammar) -> list[Candidate]:
    """In a narrative, "the first ten months of 1915": the duration and the date it lies in are one
    extent, of the duration's value (the date is left out)."""
    between = g.cues.duration_of_date_narrative
    out: list[Candidate] = []
    for c in kept:
        a = out[-1] if out else None
        dated = (c.spec.kind is SpecKind.DATE and c.spec.year is not None) or \
            (c.spec.kind is SpecKind.FIXED and c.spec.value[:1].isdigit())          # "1915", not "P2Y"
        if a is not None and a.rule.type == "DURATION" and a.spec.type is None and dated \
                and between.fullmatch(text, a.end, c.start):
            out[-1] = replace(a, end=c.end)
            continue
        out.append(c)
    return out


_OPEN_DAY = re.compile(r"XXXX-XX-(\d\d)")


def ranges(text: str, kept: list[Candidate], g: Grammar) -> list[Candidate]:
    """The first end of a range takes the fields it leaves open from the second: "6-7 January
    1916" (6 January 1916), "August-September 1950", "the 13th to the 19th of October 1950"."""
    between = g.cues.range_between
    out = list(kept)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        sa, sb = a.spec, b.spec
        if sb.kind is not SpecKind.DATE or sb.year is None or not between.fullmatch(text, a.end, b.start):
            continue
        if sa.kind is SpecKind.FIXED and sb.month is not None and sb.day is not None:
            day = _OPEN_DAY.fullmatch(sa.value)
            if day:
                sa = Spec(SpecKind.DATE, day=int(day.group(1)), mod=sa.mod)
        if sa.kind is not SpecKind.DATE or sa.year is not None or sa.future is not None:
            continue
        if sa.day is not None and sa.month is None:
            sa = replace(sa, month=sb.month)
        if sa.month is not None and (sa.month, sa.day or 0) > (sb.month or 13, sb.day or 32):
            continue                              # "November 15 to February 15, 1989": another year
        out[i] = replace(a, spec=replace(sa, year=sb.year))
    return out


def tag(text: str, anchor: date | None, *, policy: AnchorPolicy = AnchorPolicy.NEWS,
        language: Language | str | None = None) -> list[Timex]:
    """Every temporal expression of ``text``, resolved against ``anchor`` (see :mod:`chrono.timex`)."""
    if not text:
        return []
    g = grammar(language)
    ctx = Context(text, anchor, policy, g)
    state = Discourse()
    out: list[Timex] = []
    narrative = policy is AnchorPolicy.NARRATIVE
    kept = select(text, recognise(text, g.language, narrative=narrative), g.language)
    if narrative:
        kept = durations_of_dates(text, kept, g)
    for c in ranges(text, parts_of_dates(text, kept, g, narrative), g):
        state, timex = step(state, c, ctx)
        out.append(timex)
    return out
