"""The headline of an undated lede read over its parse (:mod:`.lede`): cut at phrase boundaries, not at a count of words.

The lede readers choose *what* a first sentence tells as text (its clause, the reported clause, its undated main
clause: :func:`.lede.lede_what`). When that text fits a headline it is the headline. When it is too long, cutting
the text at a word count leaves a phrase cut in two ("Authorities say a stabbing that killed a passenger on a San
Francisco Bay Area commuter"); the parse of the sentence cuts whole phrases instead, keeping the predicate and its
core complements ("Authorities say a stabbing may have occurred after the attacker tried to steal another rider's
shoes"), as the dated sentences' headlines are made (:meth:`.structure.TreeEvents.clause_at`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..model import Modality
from . import afterward, slips, tree
from .adjoined import adjoined_clause, frames_only
from .dating import when_of
from .lede import RULE, lede_timex, lede_what, mood_text
from .parse import parse_one
from .predicate import words_text
from .record import Memory, event_of


def region_of(sentence: str, what: str) -> tuple[int, int] | None:
    """Where in ``sentence`` the chosen text ``what`` lies: from its first words to its last (the text may
    have lost a phrase set off inside it); None when it cannot be found."""
    words = what.split()
    if not words:
        return None
    head = re.search(r"\s+".join(map(re.escape, words[:3])), sentence)
    tails = list(re.finditer(r"\s+".join(map(re.escape, words[-3:])), sentence))
    if head is None or not tails or tails[-1].end() <= head.start():
        return None
    return head.start(), tails[-1].end()


def _predicate_at(parsed, at: int):
    """The predicate of the word at offset ``at`` of a parse (:func:`.tree.predicate_of`), or None."""
    tok = next((t for t in parsed if t.idx >= at and not t.is_punct), None)
    return tree.predicate_of(tok) if tok is not None else None


def _subject_outside(parsed, at: int, outside: frozenset) -> bool:
    """Whether the subject of the predicate at offset ``at`` lies outside the chosen text ("its chairman,
    [Frank Stronach, is stepping in ...]"): the clause read within the text would have none."""
    pred = _predicate_at(parsed, at)
    subj = tree.subject_of(tree.clause_top(pred))[0] if pred is not None else None
    return subj is not None and subj.i in outside


def lede_headline(headlines, trees, context: Callable[[], object], what: str, at: int) -> str:
    """The headline of a lede's chosen text ``what`` (its tense at offset ``at`` of the sentence): the text
    compressed when it needs no cut; else the clause of the predicate at ``at`` read over the parse
    (``context``: gives the sentence's :class:`.record.Context`), within the chosen text, when the tree
    can tell it, is well formed there (:func:`.tree.anomalies`) and finds the subject in it; else the text cut as before. ``headlines``: the language's :class:`.headline.Headlines`,
    ``trees``: its :class:`.structure.TreeEvents`."""
    headline = headlines.compress(what)
    if len(headline.split()) >= len(headlines.clean(what).split()):
        return headline                 # nothing was cut
    ctx = context()
    region = region_of(ctx.sentence, what) if ctx.parsed is not None else None
    if region is None:
        return headline
    outside = frozenset(t.i for t in ctx.parsed if not region[0] <= t.idx < region[1])
    if any(t.i not in outside for t in tree.anomalies(ctx.parsed)) or _subject_outside(ctx.parsed, at, outside) or \
            tree.two_objects(ctx.parsed, outside):
        return headline                 # a tree no well-formed parse has (or two objects of a verb: "cut its
                                        # dividend to five cents [a share] from 11.5 cents [a share]"): no guide
    text, _who = trees.clause_at(ctx, at, outside)
    if not text or len(text.split()) < 3:
        return headline
    return headlines.compress(text, clause=True)


def lede_mood(parsed, at: int, mood: str, what: str) -> str:
    """The words whose mood is a lede's: a report's (``mood`` when it is not the chosen text ``what``:
    :func:`.lede_clause.mood_text`), else the core of the predicate at offset ``at`` (its auxiliaries,
    negation, markers: :func:`.tree.core_tokens`), not another clause's ("Libya hailed the ruling and said
    it would press for a trial": a fact); ``what`` itself without a parse."""
    if mood != what or parsed is None:
        return mood
    pred = _predicate_at(parsed, at)
    return words_text(tree.core_tokens(tree.clause_top(pred), pred)) if pred is not None else mood


def lede_event(x, ctx, pattern, held=None, handed=None) -> list:
    """The day's news of an undated sentence (``ctx``: its :class:`.record.Context`, with no parse yet) told in
    the tenses of ``pattern``: its chosen text (:func:`.lede.lede_what`) headlined (:func:`lede_headline`), its
    mood its main predicate's (:func:`lede_mood`); nothing when it tells none. ``x``: the language's
    :class:`.extract.Extractor`; ``held``: :func:`.lede.held_dates`; ``handed``: the reading's parses."""
    doc, span, sentence = ctx.doc, ctx.span, ctx.sentence
    found = lede_timex(doc, span, sentence, pattern)
    if found is None or (x._vague is not None and x._vague.search(sentence)):
        return []
    what = lede_what(sentence, found[1], x.syntax, x.modalities.words, x.language, held, handed)
    parsed = lambda: replace(ctx, parsed=parse_one(sentence, x.language, handed))     # noqa: E731 - parsed when needed
    headline = lede_headline(x.headlines, x.trees, parsed, what, found[1])
    if len(headline.split()) < 2:
        return []
    mood = mood_text(sentence, found[1], what, x.language)     # a report's own mood: "X told ... it would"
    mood = lede_mood(parse_one(sentence, x.language, handed) if mood == what else None, found[1], mood, what)
    modality = x.modalities.classify(mood, future=False)
    told = adjoined_happening(x.trees, parsed, found[1], modality)
    if told is not None:                # "a stabbing may have occurred after the attacker tried to steal shoes"
        headline, modality = told
    event = event_of(doc, span, sentence, found[0], headline, when_of(found[0]), modality, ctx.source, RULE, timex_text="")
    return [event] + (_before(x.trees, parsed, found, event) if told is None else [])


def _before(trees, context: Callable[[], object], found, event) -> list:
    """The event of the "after" clause of the lede's main predicate (at ``found[1]``), what came before the day's
    news ``event`` (:mod:`.afterward`), if the lede tells one: "Shares are dropping after the company cut ..."."""
    if event.modality != Modality.FACT:
        return []
    ctx = context()
    if ctx.parsed is not None:
        slips.mend_subject_marker(ctx.parsed)   # ("after the company cut ...": "after" read as the subject's preposition)
    pred = _predicate_at(ctx.parsed, found[1]) if ctx.parsed is not None else None
    if pred is not None and trees.is_report(pred):
        pred = next((c for c in pred.children if c.dep_ == "ccomp"), None)
    before = afterward.preceding_event(trees, ctx, found[0], pred, event, set(), Memory())
    return [before] if before is not None else []


def adjoined_happening(trees, context: Callable[[], object], at: int, modality) -> tuple[str, object] | None:
    """The headline and modality of the happening told in the adverbial clause of a lede's predicate (at offset
    ``at``) that only frames it (:func:`.adjoined.frames_only`: "Authorities say a stabbing may have occurred after
    the attacker tried to steal another rider's shoes"), or None; ``context`` gives the parsed sentence."""
    ctx = context()
    pred = _predicate_at(ctx.parsed, at) if ctx.parsed is not None else None
    if pred is not None and trees.is_report(pred):  # ("Authorities say ...": what they say, in its own mood)
        pred = next((c for c in pred.children if c.dep_ == "ccomp"), None)
        modality = trees.modalities.classify(words_text(tree.core_tokens(pred, pred))) if pred is not None else modality
    if pred is None or not frames_only(pred, modality):
        return None
    framed = adjoined_clause(pred, trees.dating.words.adjoined_marks, set())
    start = ctx.parsed[framed[1].i + 1].idx if framed is not None else None    # (the clause's first word after its mark)
    text = trees.clause_at(ctx, start, frozenset({framed[1].i}))[0] if framed is not None else None
    if not text or len(text.split()) < 3:
        return None
    return trees.headlines.compress(text, clause=True), trees.modalities.classify(words_text(tree.core_tokens(framed[0], framed[0])))


__all__ = ["lede_event", "lede_headline", "lede_mood", "region_of"]
