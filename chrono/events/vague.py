"""Happenings dated only by a vague time: "recently", "in the past", "now", "in the future".

Such a time says little of when, and most of the clauses it stands in tell a state, a habit or a
background ("is now available", "has been popular in recent years", "the billionaire who recently
tangled with ..."). It dates a happening only where the tree shows one (language-neutral: UD
relations and morphology; the words come from the pack's :class:`~chrono.lang.events.DatingWords`,
``vague_dating`` and ``inceptive_verbs``):

- the time is an adverbial of the predicate itself (``advmod``, ``obl``), with no preposition but a
  point one ("in the past"; not "until recently", "for now"), not inside a noun phrase ("the
  recently announced venture", "a flurry of work in recent years"); a prepositional time the parser
  hung on the verb's object is the verb's ("will be recommending acquisitions in the future");
- the predicate is a verb of a happening: not a copula, not a verb of a state, not an auxiliary
  standing alone ("than they have in the past"); its clause is finite and
  no relative clause or reduced relative ("a friend who recently switched");
- the tense fits the time: a past (simple past, past progressive or passive, present perfect; not
  a past perfect, whose "recently" counts from a past moment) for PAST_REF; a present of a verb of
  beginning for PRESENT_REF ("are now beginning to report": a change now, where "is now operating"
  tells how things stand); the predicate's own modal for "the future" ("will be recommending ... in
  the future"; not "to avoid them in the future");
- no other time expression of the sentence dates the same predicate.

A vague future that other times already date (FUTURE_REF "the short term") gives no happening on a
verb of a state in the simple present ("In the short term, that seems plausible").
"""
from __future__ import annotations

import re

from dataclasses import replace

from .. import lang
from ..model import Timex, TimexType
from . import tree
from .words import words_of

PAST, PRESENT, FUTURE = "PAST_REF", "PRESENT_REF", "FUTURE_REF"
#: Relations of an adverbial of the predicate itself.
_ADVERBIALS = frozenset({"advmod", "obl", "obl:tmod", "obl:npmod", "obl:unmarked", "nmod:tmod", "npadvmod"})
#: Relations of a predicate that describes a noun: a relative clause, a participle.
_DESCRIBING = frozenset({"acl", "acl:relcl", "amod", "nmod", "compound", "appos", "advcl:relcl"})
_AUX = ("aux", "aux:pass")
_COMPLEMENTS = frozenset({"obj", "xcomp", "ccomp", "iobj"})


def _morph(tok) -> str:
    return str(tok.morph)


def _modal(tok) -> bool:
    """A finite auxiliary with no tense: a modal ("will", "could")."""
    morph = _morph(tok)
    return "VerbForm=Fin" in morph and "Tense=" not in morph


def _bare_participle(pred) -> bool:
    """A past participle with a subject of its own and no auxiliary: a simple past the parser read as
    a participle ("as the yen soared")."""
    morph = _morph(pred)
    return "VerbForm=Part" in morph and "Tense=Past" in morph and \
        any(c.dep_ == "nsubj" for c in pred.children) and not any(c.dep_ in _AUX for c in pred.children)


def _verbals(pred) -> list:
    """The predicate's auxiliaries, in order, then the predicate."""
    return sorted((c for c in pred.children if c.dep_ in _AUX), key=lambda t: t.i) + [pred]


def _perfect_after(verbals: list, k: int) -> bool:
    """Whether the verb form after the ``k``-th is a past participle: the ``k``-th is a perfect's auxiliary."""
    if k + 1 >= len(verbals) or verbals[k].dep_ != "aux":
        return False
    morph = _morph(verbals[k + 1])
    return "VerbForm=Part" in morph and "Tense=Past" in morph


def past_tense(pred, past_forms: frozenset[str] = frozenset()) -> bool:
    """A simple past, past progressive or passive, or present perfect ("fended", "was slowing", "has
    moved"); not a past perfect ("had recently acquired"), a present, or a modal. A verb with no
    auxiliary in one of ``past_forms`` (the language's irregular pasts) is a past whatever its features
    say ("retook", read as a present)."""
    verbals = _verbals(pred)
    if any(_modal(t) for t in verbals[:-1]):
        return False
    if _bare_participle(pred) or (len(verbals) == 1 and pred.text.lower() in past_forms):
        return True
    k = next((k for k, t in enumerate(verbals) if "VerbForm=Fin" in _morph(t)), None)
    if k is None:
        return False
    morph = _morph(verbals[k])
    if "Tense=Past" in morph:
        return not _perfect_after(verbals, k)
    return "Tense=Pres" in morph and _perfect_after(verbals, k)


def present_tense(pred) -> bool:
    """A present, simple, progressive or perfect, with no modal ("begin", "are beginning", "have begun")."""
    verbals = _verbals(pred)
    if any(_modal(t) for t in verbals):
        return False
    finite = next((t for t in verbals if "VerbForm=Fin" in _morph(t)), None)
    return finite is not None and "Tense=Pres" in _morph(finite)


def own_modal(pred) -> bool:
    """Whether the predicate has a modal of its own ("will be recommending", "could arrive")."""
    return any(_modal(t) for t in _verbals(pred)[:-1])


def finite(pred) -> bool:
    return any("VerbForm=Fin" in _morph(t) for t in _verbals(pred)) or _bare_participle(pred)


class VagueDates:
    """Which vague times date a happening, in one language."""

    def __init__(self, language: lang.Language) -> None:
        words = words_of(language)
        w = words.dating
        self._pattern = w.vague_dating.compiled if w.vague_dating is not None else None
        self._lookback = w.lookback.compiled if w.lookback is not None else None
        self._inceptive = w.inceptive_verbs
        self._points = frozenset(w.point_prepositions)
        self._stative = words.modality.stative_verbs
        self._auxiliaries = words.syntax.auxiliaries
        self._past_forms = words.syntax.irregular_past

    def kind(self, timex: Timex) -> str | None:
        """PAST_REF, PRESENT_REF or FUTURE_REF for a vague time the tree may let date a happening, else
        None. A look-back with no number ("in recent weeks", a DURATION) is a vague past."""
        if self._pattern is None or not self._pattern.fullmatch(timex.text.strip()):
            return None
        if timex.type == TimexType.DURATION:
            lookback = self._lookback is not None and self._lookback.search(timex.text)
            return PAST if lookback and not any(ch.isdigit() for ch in timex.text) else None
        return timex.value if timex.type == TimexType.DATE and timex.value in (PAST, PRESENT, FUTURE) else None

    def candidates(self, timexes: list[Timex], sentence: str | None = None) -> list[Timex]:
        """The time expressions of a sentence that may date a happening if its tree shows one. Given
        the ``sentence``, a "now" counts only beside a verb of beginning (the only present it dates),
        so that a sentence with a mere "now" is not parsed for nothing."""
        found = [t for t in timexes if self.kind(t) is not None]
        if sentence is not None and any(self.kind(t) == PRESENT for t in found) and \
                not any(w.lower() in self._inceptive for w in re.findall(r"[^\W\d_]+", sentence)):
            found = [t for t in found if self.kind(t) != PRESENT]
        return found

    def admitted(self, parsed, offset: int, timexes: list[Timex], dating: list[Timex]) -> list[Timex]:
        """``dating`` (the time expressions that date events, :meth:`.Dating.dating_timexes`) with the
        vague ones of ``timexes`` that date a happening in the tree ``parsed``, in order, less the vague
        futures on a present state; a look-back is given as a vague past."""
        dated = {p.i for p in (self._predicate(parsed, offset, t) for t in dating) if p is not None}
        kept = [t for t in dating if t.value != FUTURE or not self._on_state(parsed, offset, t)]
        ids = {t.start for t in dating}
        for t in self.candidates(timexes):
            if t.start in ids:
                continue
            pred = self._predicate(parsed, offset, t)
            if pred is not None and pred.i not in dated and self._dates(pred, self.kind(t)):
                kept.append(t if t.type == TimexType.DATE else replace(t, type=TimexType.DATE, value=PAST))
                dated.add(pred.i)
        return sorted(kept, key=lambda t: (t.start, t.end))

    def _predicate(self, parsed, offset: int, timex: Timex):
        """The predicate a time expression is an adverbial of, or None: a time inside a noun phrase, or
        after a preposition other than a point's ("until recently", "for now")."""
        head = tree.timex_head(parsed, timex.start - offset, timex.end - offset)
        if head is None or head.head.i == head.i:
            return None
        if any(c.dep_ == "case" and c.text.lower() not in self._points for c in head.children):
            return None
        if head.dep_ == "nmod" and head.head.dep_ == "obj" and head.i > head.head.i and \
                any(c.dep_ == "case" for c in head.children):
            return head.head.head       # "will be recommending acquisitions in the future": the verb's
        return head.head if head.dep_ in _ADVERBIALS else None

    def _eventive(self, pred) -> bool:
        """A verb of a happening heading a finite clause that describes no noun."""
        word = pred.text.lower()
        if pred.pos_ != "VERB" or any(c.dep_ == "cop" for c in pred.children) or pred.dep_ in _DESCRIBING:
            return False
        if word in self._stative or word in self._auxiliaries:
            return False                # "now feels", "than they have in the past"
        return finite(pred)

    def _dates(self, pred, kind: str | None) -> bool:
        if not self._eventive(pred):
            return False
        if kind == PAST:
            return past_tense(pred, self._past_forms)
        if kind == PRESENT:
            return pred.text.lower() in self._inceptive and present_tense(pred)
        return kind == FUTURE and own_modal(pred)

    def _on_state(self, parsed, offset: int, timex: Timex) -> bool:
        """A vague future on a verb of a state in the simple present ("that seems plausible")."""
        pred = self._predicate(parsed, offset, timex)
        return pred is not None and pred.pos_ == "VERB" and pred.text.lower() in self._stative and \
            not any(c.dep_ in _AUX for c in pred.children) and present_tense(pred)


__all__ = ["VagueDates", "finite", "own_modal", "past_tense", "present_tense"]
