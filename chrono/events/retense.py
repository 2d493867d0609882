"""The direction of an underspecified date by the tense of the predicate it attaches to.

The tagger runs before the parse: it picks the year of "Oct. 31", the week of "Friday" or of "the
weekend" by the tense words nearest in the sentence, whichever clause they belong to ("told investors
on Oct. 31 that the merger would ..." looks ahead by "would"). Once the sentence is parsed, the tense
of the predicate the time expression attaches to (:func:`.tree.predicate_of`) is known from its
features and auxiliaries; when it contradicts the direction the tagger chose, the expression is
resolved again with that tense (:func:`chrono.timex.resolve.resolve`):

- ``past``: a finite past verb or auxiliary (``Tense=Past|VerbForm=Fin``: "told", "was sacked"; not
  a perfect, which takes no date of its own: "has invited the ministers to a ceremony on March 12");
- ``future``: a future auxiliary of the language (its timex tense words: "will"), or ``Tense=Fut``;
  or, for a weekday, a weekend or a day of a month, a simple present of a verb that reports nothing and tells
  no state (the pack's ``stative_verbs``: "what we know about the visit on Saturday"), with no auxiliary: a
  fixture ("The Gophers play Saturday against the Wildcats", read on a Tuesday: the coming Saturday; not
  "Portugal beat Norway", a past as likely, nor a form the language's tense words call past: the parser
  may call "retook" a present);
- ``relative``: a conditional ("would", ``Mood=Cnd``), the future of a past: it points neither way
  from the publication day, so only a date the tagger put months away
  (:data:`~chrono.timex.resolve.NEAREST_EVENT_DAYS`) is moved to its nearest occurrence ("vowed
  that Britain would leave the EU on Oct. 31", read in November), and only when that lies as near ("said
  the talks would resume in October", read in January, stays ahead).

A predicate with another modal ("could", "may"), a forecast cue in its core ("was scheduled for"),
or none of these has no clear tense: the tagger's value stands. So does a date that is no adverbial
of the predicate itself: one that is its object or hangs on a noun ("set Nov. 10 as the deadline"),
one after a preposition other than a point's or a period's ("extended to Nov. 16", "until 9 a.m.
Tuesday", "planned for early March"), one the tagger's own words placed ("payable Dec. 7", "said
Friday"). Only values resolved against the publication day by tense (not "next Friday", not a year
written out, not one counted from another date) are resolved again; a past date told of a point
("In September, it announced plans") is the last such one before the publication day, not a near
plan.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .. import lang
from ..model import AnchorKind, Modality, Relation, Timex
from ..timevalue import interval
from . import tree
from .predicate import words_text

#: Directions a predicate's tense gives.
PAST, FUTURE, RELATIVE = "past", "future", "relative"
_AUX = ("aux", "aux:pass", "cop")
#: Relations of an adverbial time expression besides the ``obl`` family.
_ADVERBIALS = frozenset({"advmod", "nmod:tmod", "nmod:unmarked"})


def _features(tok) -> str:
    return str(tok.morph)


def _number(tok) -> str | None:
    return next((f for f in _features(tok).split("|") if f.startswith("Number=")), None)


def predicate_tense(pred, future_words: frozenset[str], conditional=None, scheduling: frozenset[str] = frozenset()) -> str | None:
    """The direction the tense of a predicate gives: PAST, FUTURE, RELATIVE or None (unclear); ``scheduling``: the
    language's future phrases of two words ("set for"), of which a participle that starts one tells no past."""
    auxes = [c for c in pred.children if c.dep_ in _AUX]
    if any("Tense=Fut" in _features(t) for t in auxes + [pred]):
        return FUTURE
    for aux in auxes:
        low = aux.text.lower()
        if "Mood=Cnd" in _features(aux) or (conditional is not None and conditional.fullmatch(low)):
            return RELATIVE
        if low in future_words:
            return FUTURE
        morph = _features(aux)
        if aux.dep_ == "aux" and "VerbForm=Fin" in morph and "Tense=" not in morph:
            return None                     # another modal: "could", "may"
    if "Mood=Cnd" in _features(pred):
        return RELATIVE
    finite = [t for t in auxes + [pred] if "VerbForm=Fin" in _features(t)]
    if any("Tense=Past" in _features(t) for t in finite):
        return PAST
    morph = _features(pred)
    after = pred.doc[pred.i + 1] if pred.i + 1 < len(pred.doc) else None
    if after is not None and f"{pred.lower_} {after.lower_}" in scheduling:
        return None                         # "a summit set for Washington in April": scheduled, the tagger's word
    if not auxes and "VerbForm=Part" in morph and "Tense=Past" in morph and \
            (pred.dep_ == "acl" or any(c.dep_ in ("nsubj", "nsubj:pass") for c in pred.children)):
        return PAST                         # a subject and no auxiliary: a past the parser took for a participle;
                                            # a participle on a noun ("the tariff imposed in September"): done
    return None                             # (a perfect, "has invited ... on March 12", among them)


def _spec_of(timex: Timex, language):
    """The spec of a time expression read on its own (None unless one expression covers it)."""
    from ..timex.engine import recognise, select
    found = select(timex.text, recognise(timex.text, language), language)
    if len(found) != 1:
        return None
    c = found[0]
    if timex.text[:c.start].strip(" ,") and len(timex.text[:c.start].split()) > 1:
        return None
    return c.spec


def retensed(timex: Timex, tense: str | None, published: date | None, language=None) -> Timex:
    """``timex`` resolved again with the tense of its predicate, when that contradicts the
    direction the tagger chose (see the module); else ``timex`` itself."""
    from ..timex.resolve import NEAREST_EVENT_DAYS, resolve
    from ..timex.spec import SpecKind
    how = timex.anchor
    if tense is None or published is None or how is None or how.kind is not AnchorKind.DCT or how.by_words \
            or how.tense not in ("past", "future", "none"):
        return timex
    span = interval(timex.value.split("T")[0])
    if span is None:
        return timex
    start = span[0]
    if tense == PAST and start <= published or tense == FUTURE and start >= published:
        return timex                        # already on the side the tense says
    if tense == RELATIVE and abs((start - published).days) <= NEAREST_EVENT_DAYS:
        return timex
    spec = _spec_of(timex, language)
    if spec is None or spec.future is not None or spec.tense is not None or spec.anaphoric or \
            spec.kind not in (SpecKind.DATE, SpecKind.WEEKDAY, SpecKind.WEEKEND) or \
            (spec.kind is SpecKind.DATE and (spec.year is not None or spec.month is None)):
        return timex
    value, anchor = resolve(spec, published, None if tense == RELATIVE else tense)
    span = interval(value.split("T")[0])
    if span is None:
        return timex
    if tense == PAST and spec.kind is SpecKind.DATE and span[0] > published:
        value, anchor = resolve(spec, date(published.year - 1, 12, 31), PAST)   # strictly before: the last one
        span = interval(value.split("T")[0])
        if span is None or span[0] > published:
            return timex
    if value == timex.value or tense == RELATIVE and abs((span[0] - published).days) > NEAREST_EVENT_DAYS:
        return timex                        # (a conditional's date moves only to a near one: "would leave on
    return replace(timex, value=value, anchor=anchor)   # Oct. 31" read in November, not "would resume in October")


def _weekday(timex: Timex | None, language) -> bool:
    """Whether a time expression names a day a fixture is on: a weekday, a weekend, a day of a
    month ("Saturday", "July 22"), read on its own."""
    from ..timex.spec import SpecKind
    spec = _spec_of(timex, language) if timex is not None else None
    return spec is not None and (spec.kind in (SpecKind.WEEKDAY, SpecKind.WEEKEND) or
                                 spec.kind is SpecKind.DATE and spec.day is not None)


def habitual(timex: Timex, head, language=None) -> bool:
    """Whether a weekday names a kind, not a day: a bare weekday premodifying a noun with no
    determiner before it ("end Saturday publication", "Friday prayers"; but "the Saturday meeting",
    "Saturday's attack" are a day's)."""
    from ..timex.spec import SpecKind
    noun = head.head
    before = head.doc[head.i - 1] if head.i > 0 else None
    if head.dep_ != "compound" or noun.pos_ != "NOUN" or head.i > noun.i or \
            (before is not None and (before.pos_ in ("DET", "PRON", "ADP", "PART", "NUM") or
                                     before.dep_ in ("nmod:poss", "case"))):
        return False
    spec = _spec_of(timex, language)
    return spec is not None and spec.kind is SpecKind.WEEKDAY and not spec.time and not spec.part


class Retense:
    """The re-resolution of one language: its future auxiliaries and conditional marker."""

    def __init__(self, language: lang.Language) -> None:
        from .dating import Dating
        from .modality import Modalities
        from .words import stage, words_of
        self.language = language
        self.modalities = stage(Modalities, language)
        self.dating = stage(Dating, language)
        tense = getattr(getattr(language, "timex", None), "tense", None)
        self._placed = (getattr(tense, "deadline_before", None), getattr(tense, "reported_before", None))
        cond = words_of(language).modality.conditional
        self._conditional = cond.compiled if cond is not None else None
        words = frozenset(w for w in (tense.future if tense is not None else ()) if " " not in w)
        self._future = frozenset(w for w in words if not (self._conditional and self._conditional.fullmatch(w)))
        self._scheduling = frozenset(w.lower() for w in (tense.future if tense is not None else ()) if len(w.split()) == 2)
        self._bare_past = words_of(language).syntax.bare_past
        self._reports = frozenset(words_of(language).reporting.lemmas) | frozenset(words_of(language).reporting.verbs)
        self._past_words = frozenset(w for w in (tense.past if tense is not None else ()) if " " not in w)
        forms = tense.past_forms if tense is not None else ""
        self._past_forms = re.compile(forms) if forms else None
        self._not_past = tense.not_past if tense is not None else frozenset()
        self._stative = words_of(language).modality.stative_verbs

    def tense(self, pred) -> str | None:
        found = predicate_tense(pred, self._future, self._conditional, self._scheduling)
        if found is None and pred.text.lower() in self._bare_past and not any(c.dep_ in _AUX for c in pred.children):
            subjects = [c for c in pred.children if c.dep_ == "nsubj"]
            morph = _features(subjects[0]) if subjects else ""
            if "Number=Sing" in morph and "Person=1" not in morph and "Person=2" not in morph:
                return PAST                 # "the firm bid": a present would be "bids"
        return found

    def _scheduled(self, pred) -> bool:
        """A simple present of a verb that reports nothing, with no auxiliary: a schedule. A noun
        heading a clause with a subject and no copula is a verb the parser mistook ("The Gophers
        play Saturday"): in its bare form, a present."""
        morph = _features(pred)
        said = {pred.lemma_.lower(), pred.text.lower()}
        if any(c.dep_ in _AUX for c in pred.children) or said & (self._reports | self._stative) or \
                pred.text.lower() in self._bare_past:
            return False                    # "Portugal beat Norway": a past as likely as a present; "what we
                                            # know about the visit on Saturday": a state, no schedule
        if pred.pos_ == "NOUN":
            return pred.text.islower() and not pred.text.endswith(("ed", "ing")) and \
                any(c.dep_ == "nsubj" for c in pred.children)
        subjects = [c for c in pred.children if c.dep_ == "nsubj"]
        number = _number(subjects[0]) if subjects else None
        if number is not None and _number(pred) not in (None, number):
            return False                    # "Russia beat Croatia": no present agrees so, a past
        low = pred.text.lower()             # the parser may call "retook" a present: the pack's past words
        past = low in self._past_words or (self._past_forms is not None and self._past_forms.fullmatch(low)
                                           and low not in self._not_past)
        return pred.pos_ == "VERB" and "Tense=Pres" in morph and "VerbForm=Fin" in morph and not past

    def _forecast(self, pred) -> bool:
        cores = tree.core_tokens(tree.clause_top(pred), pred)
        return self.modalities.classify(words_text(cores)) is Modality.FORECAST

    def _adverbial(self, sentence: str, start: int, head, pred, timex: Timex | None = None) -> bool:
        """Whether a time expression at ``start`` is an adverbial of a point said of ``pred`` itself."""
        if pred is None:
            return False
        if head.dep_ == "nmod" and head.head.dep_ in ("obj", "obl") and head.head.head.i == pred.i and \
                any(c.dep_ == "case" for c in head.children):
            pass                            # "imposed on cars in August": a phrase the parser hung on the noun before
        elif head.head.i != pred.i:
            return False
        elif head.dep_ == "obj" and (pred.pos_ == "NOUN" or _weekday(timex, self.language)):
            pass                            # a noun has no object, a weekday is none: "The Lions play Saturday"
        elif not (head.dep_.startswith("obl") or head.dep_ in _ADVERBIALS):
            return False
        prep, _ = self.dating.preposition(sentence, start)
        if prep is not None and self.dating.relation(prep) not in (Relation.ON, Relation.DURING):
            return False                    # "extended to Nov. 16", "until Tuesday" (but "over the weekend")
        words = sentence[:start].split()
        if words and words[-1].lower() in self.dating.words.deadline_prepositions:
            return False                    # "extended to Nov. 16", "planned for early March"
        before = sentence[max(0, start - 14):start].lower()
        return not any(w is not None and w.search(before) for w in self._placed)

    def timexes(self, parsed, offset: int, timexes: list[Timex], published: date | None,
                sentence: str | None = None) -> list[Timex]:
        """The time expressions of a parsed sentence (its text ``sentence``, at ``offset``), each
        resolved again by the tense of the predicate it is an adverbial of."""
        if published is None:
            return timexes
        sentence = parsed.text if sentence is None else sentence
        out = []
        for t in timexes:
            head = tree.timex_head(parsed, t.start - offset, t.end - offset)
            pred = tree.predicate_of(head) if head is not None else None
            adverbial = self._adverbial(sentence, t.start - offset, head, pred, t)
            tense = self.tense(pred) if adverbial else None
            prep = self.dating.preposition(sentence, t.start - offset)[0] if adverbial else None
            if adverbial and tense is None and self._scheduled(pred) and _weekday(t, self.language) and \
                    prep in (None, *self.dating.words.point_prepositions):
                tense = FUTURE              # "The Gophers play Saturday against the Wildcats": a fixture
                                            # (not "remains a shareholder as of March 20": a state)
            if tense == PAST and self._forecast(pred):
                tense = None                # "was scheduled for Dec. 15": a plan told in the past
            out.append(retensed(t, tense, published, self.language) if tense else t)
        return out


__all__ = ["FUTURE", "PAST", "RELATIVE", "Retense", "habitual", "predicate_tense", "retensed"]
