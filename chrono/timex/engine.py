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

from ..lang import Language
from ..lang.timex import Rule
from ..model import AnchorPolicy, Timex
from .build import BUILDERS
from .discourse import Context, Discourse, step
from .grammar import Grammar, grammar
from .spec import Spec

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


_TOKEN = re.compile(r"[^\W\d_]+|\d+")


def trigger_positions(g: Grammar, text: str) -> dict[str, list[int]]:
    """Start offsets of trigger words in ``text``, per class ("num": every run of digits)."""
    found: dict[str, list[int]] = {name: [] for name in (*g.trigger_classes, "num")}
    num = found["num"]
    get = g.word_class.get
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


def _spans(triggers: dict[str, list[int]], text: str, rule: Rule) -> list[tuple[int, int]]:
    """Where a rule runs: around its trigger words (a class the language lacks: everywhere)."""
    if not rule.triggers or any(name not in triggers for name in rule.triggers):
        return [(0, len(text))]
    positions = sorted(p for name in rule.triggers for p in triggers[name])
    return windows(text, positions, rule.reach) if positions else []


def recognise(text: str, language: Language | str | None = None) -> list[Candidate]:
    """Every candidate match of every rule (overlapping), with its underspecified value.

    Each rule runs only over the windows around its trigger words (one tokenising pass finds
    them all), so most of the text is never scanned by most rules.
    """
    g = grammar(language)
    found: list[Candidate] = []
    triggers = trigger_positions(g, text)
    for order, rule in enumerate(g.words.rules):
        spans = _spans(triggers, text, rule)
        if not spans:
            continue
        build = BUILDERS[rule.build]
        regex = g.regex(rule)       # compiled at its first use, once per process
        for m in (m for s, e in spans for m in regex.finditer(text, s, e)):
            if m.end() == m.start():
                continue
            try:
                spec = build(m, rule.params, g)
            except (ValueError, KeyError, TypeError, OverflowError) as exc:   # a rule bug must not stop tagging
                log.debug("rule %s failed on %r: %s", rule.name, m.group(), exc)
                spec = None
            if spec is None:
                continue
            s, e = (m.span("x") if "x" in regex.groupindex and m.group("x") else m.span())
            found.append(Candidate(s + spec.skip, e, rule, spec, order))
    return found


def select(text: str, candidates: list[Candidate], language: Language | str | None = None) -> list[Candidate]:
    """The longest non-overlapping candidates (earlier rules win ties), in text order."""
    g = grammar(language)
    candidates = [c for c in (_extend_left(g, text, c) for c in candidates)
                  if not (c.start >= 2 and text[c.start - 1] == "-" and text[c.start - 2].isalnum()
                          and not c.rule.after_hyphen)]
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


def tag(text: str, anchor: date | None, *, policy: AnchorPolicy = AnchorPolicy.NEWS,
        language: Language | str | None = None) -> list[Timex]:
    """Every temporal expression of ``text``, resolved against ``anchor`` (see :mod:`chrono.timex`)."""
    if not text:
        return []
    g = grammar(language)
    ctx = Context(text, anchor, policy, g)
    state = Discourse()
    out: list[Timex] = []
    for c in select(text, recognise(text, g.language), g.language):
        state, timex = step(state, c, ctx)
        out.append(timex)
    return out
