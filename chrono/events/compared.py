"""Dates of figures compared with: "profit is likely to be 4.7 billion francs, up from 633.8 million francs
last year"; "capital spending will rise in 1990 from an estimated $470 million this year"; "It has 13
facilities, up from seven a year earlier"; "a loss of $158,666, compared with a year-earlier loss of $26,956"
(the date premodifies the figure: the language's ``compared_lead`` before it, ``compared_after`` after it).

A time expression right after a figure a comparison introduces (the language's ``compared``: "from",
"up 15% from", "compared with" and a number) dates that figure, not the clause it stands in: the clause
keeps its own date, or none. When the clause's predicate tells a value of its subject (the language's
``value_verbs``: "be", "rise", "grow") the figure is stated of that subject as its own event, a fact of its
date unless the date lies ahead: "Navigation Mixte's profit was 633.8 million francs" (the language's
``compared_copula``; a figure "of seven" with no unit states nothing alone and is no event). When the
predicate's object is a figure of its subject (``stating_verbs``: "earned", "posted", "reported"), the
figure is stated with the same verb: "X earned $45.2 million, compared with $84.9 million a year earlier"
gives "X earned $84.9 million"; the comparison's own participle ("compared") leads to that predicate.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from .. import lang
from ..model import Event, Modality, Relation, TimexType
from .dating import DatingGroup, is_future, when_of
from .record import event_of, whole
from . import phrase
from . import tree
from .tree import content_of, own_subject, subject_of
from .words import words_of

#: Dependents of a subject left out of the stated figure: its dates, clauses, appositions and adverbs.
_DROPPED = frozenset({"acl:relcl", "acl", "appos", "punct", "advmod"})


class Comparisons:
    """Figures compared with and their dates, in one language."""

    def __init__(self, language: lang.Language) -> None:
        dating = words_of(language).dating
        self._pattern = dating.compared.compiled if dating.compared is not None else None
        self._base = dating.compared_base.compiled if dating.compared_base is not None else None
        self._lead = dating.compared_lead.compiled if dating.compared_lead is not None else None
        self._after = dating.compared_after.compiled if dating.compared_after is not None else None
        self._copula = dating.compared_copula
        self._verbs = dating.value_verbs
        self._stating = dating.stating_verbs

    def figure(self, sentence: str, group: DatingGroup) -> str | None:
        """The figure a date dates ("633.8 million francs" before "last year"); empty when the date is
        itself what a change is measured from ("grew 19% from [a year ago]": it dates nothing); or None."""
        before = sentence[:group.start]
        m = self._pattern.search(before) if self._pattern is not None else None
        if m is None and self._base is not None and self._base.search(before):
            return ""
        if m is None and self._lead is not None and self._after is not None and \
                (lead := self._lead.search(before)) is not None and \
                (after := self._after.search(sentence[group.end:])) is not None:   # "compared with a [year-ago] loss of $2 million"
            return (lead.group("article") or "") + after.group("figure").strip().rstrip(",.")
        return m.group("figure").strip() if m is not None else None

    def events(self, ctx, group: DatingGroup, figure: str, pred, timexes, is_report, source_of=None) -> list[Event]:
        """The figure's event (:meth:`event`), if any; a reporting verb's figure is its content's ("X will
        rise, Y said, from Z this year"). ``timexes``: the sentence's, whose words the stated subject leaves out;
        ``source_of``: who says so by a reporting verb, told by the one that governs the figure's predicate."""
        while pred is not None and pred.dep_ in ("advcl", "acl") and "VerbForm=Part" in str(pred.morph) and \
                own_subject(pred) is None:  # "X earned $45.2 million, compared with $84.9 million ...": the earning's
            pred = next((a for a in pred.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if pred is not None and is_report(pred) and (content_of(pred) is not None or pred.text.lower() not in self._stating):
            pred = content_of(pred)     # (a report of a figure states it: "X reported a loss of $175.5 million")
        off = ctx.span.start
        spans = [(t.start - off, t.end - off) for t in timexes]
        dated = {t.i for t in ctx.parsed if any(a < t.idx + len(t.text) and t.idx < b for a, b in spans)}
        taken = dated | {c.i for k in dated for c in ctx.parsed[k].children if c.dep_ == "case"}
        reporter = pred.head if pred is not None and pred.dep_ == "ccomp" and is_report(pred.head) else None
        found = self.event(ctx, group, figure, pred, taken, reporter,
                           source_of(reporter) if reporter is not None and source_of is not None else None) \
            if pred is not None else None
        return [found] if found is not None else []

    def event(self, ctx, group: DatingGroup, figure: str, pred, taken: set[int], reporter=None,
              source: str | None = None) -> Event | None:
        """The figure stated of the subject of a value predicate, an event of the date's own; None when the
        predicate tells no value of its subject, the figure has no unit, or the date lies ahead. ``reporter``:
        the reporting verb the predicate is the content of ("RMS said it had a loss ...": a pronoun subject is
        its subject's, and ``source`` says so)."""
        published: date | None = ctx.doc.published
        if len(figure.split()) < 2 and figure[-1:] != "%" or is_future(group.main, published):
            return None
        stated = None                   # "X earned $45.2 million, compared with $84.9 million": "X earned $84.9 million"
        if pred.text.lower() not in self._verbs and pred.lemma_.lower() not in self._verbs \
                and not any(c.dep_ == "cop" for c in pred.children):
            if pred.text.lower() not in self._stating or "Tense=Past" not in str(pred.morph) or \
                    not any(c.dep_ == "obj" for c in pred.children):
                return None
            stated = pred.text
        subj = _measured(pred)
        if subj is not None and subj.pos_ == "PRON" and reporter is not None:
            subj = subject_of(reporter)[0]      # "RMS said it had a loss ...": RMS's
        if subj is None or subj.pos_ == "PRON":
            return None
        words = phrase.text_of(ctx.parsed, _subject_ids(subj, taken))
        span = when_of(group.main)
        present = published is not None and span.start is not None and span.start <= published < (span.end or published)
        key = ("present" if present else "past") + ("-plural" if "Plur" in subj.morph.get("Number") else "")
        copula = stated or self._copula.get(key)
        if not words or copula is None:
            return None
        text = f"{words} {copula} {figure}"
        headline = text[:1].upper() + text[1:]
        return event_of(ctx.doc, ctx.span, ctx.sentence, group.main, headline, when_of(group.main, Relation.ON),
                        Modality.FACT, source or ctx.source, "compared", timex_text=ctx.sentence[group.start:group.end])


def _measured(pred):
    """What a value predicate measures: its subject; the object its infinitive tells of ("expects its
    sales to grow to 25% from 20%": the sales)."""
    if pred.dep_ == "xcomp" and own_subject(pred) is None:
        obj = next((c for c in pred.head.children if c.dep_ == "obj"), None)
        if obj is not None:
            return obj
    return subject_of(pred)[0]


def nominal_event(trees, ctx, group: DatingGroup, text: str) -> Event:
    """The event of a dated noun phrase ("the Sept. 25 referendum"), headlined by it (``trees``: the
    :class:`.structure.TreeEvents` of the language)."""
    headline = trees.headlines.compress(text)
    modality = trees.modalities.classify(text, future=is_future(group.main, ctx.doc.published))
    noun, expecter = _object_of(ctx.parsed, group), None
    if modality == Modality.FACT and noun is not None and \
            trees._core_modality(top := tree.clause_top(noun.head), noun.head) == Modality.FORECAST:
        modality = Modality.FORECAST    # "Hadson said it expects to report a third-quarter net loss of $17 million":
        report = tree.report_over(top, trees.is_report)     # expected, by Hadson
        expecter = trees._source(ctx, report, top)[0] if report is not None else None
    prep, _cut = trees.dating.phrase(ctx.sentence, whole(ctx.sentence), group)
    relation = Relation.DURING if group.main.type == TimexType.DURATION else trees.dating.relation(prep)
    event = event_of(ctx.doc, ctx.span, ctx.sentence, group.main, headline, when_of(group.main, relation), modality,
                     ctx.source, "nominal", timex_text=ctx.sentence[group.start:group.end])
    return replace(event, attribution=expecter) if expecter else event


def _object_of(parsed, group: DatingGroup):
    """The noun a time expression's head premodifies when that noun is a predicate's object, or None."""
    head = tree.timex_head(parsed, group.start, group.end) if parsed is not None else None
    noun = head.head if head is not None else None
    while noun is not None and noun.dep_ in ("compound", "amod", "nmod:poss") and noun.head.i != noun.i:
        noun = noun.head
    return noun if noun is not None and noun.dep_ == "obj" and noun.pos_ in ("NOUN", "PROPN") else None


def _subject_ids(subj, taken: set[int]) -> set[int]:
    """The tokens of a subject's phrase, without its dates (``taken``), clauses and appositions."""
    out: set[int] = set()

    def walk(tok) -> None:
        out.add(tok.i)
        for c in tok.children:
            if c.dep_ not in _DROPPED and c.i not in taken:
                walk(c)
    walk(subj)
    toks = sorted(out)
    while toks and subj.doc[toks[-1]].pos_ in ("ADP", "CCONJ", "PUNCT", "DET"):
        toks.pop()
    return set(toks)


__all__ = ["Comparisons", "nominal_event"]
