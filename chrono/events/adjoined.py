"""A dated clause that only frames the happening told in its adverbial clause: "That's the optimistic view of
Michael Reed on Nov. 14 after the deal was approved by shareholders"; "The major Asian market indexes were mixed in
early trading Tuesday after CNBC reported that the mood in Beijing was pessimistic"; "Authorities say a stabbing may
have occurred after the attacker tried to steal another rider's shoes".

When the dated predicate says only what something is (a copula, an adjective) or what may have been (a
hypothetical), and an adverbial clause hung on it tells a happening of its own — opened by one of the language's
``adjoined_marks`` ("after", "as", "while": what came just before, or at the same time), with a subject and a past
finite verb, no time expression and no modal of its own — the event is that happening, of the predicate's date:
what a reader lists. A clause with a date of its own, a present ("after the committee approves it"), a participle
("after being deported") or a clause without a subject tells none; nor does a predicate that tells a happening
itself ("Trump tweeted soon after ...", "was withdrawing its filing, shortly after ...").
"""
from __future__ import annotations

from ..model import Modality
from . import tree
from .attachment import close_mark, perfect


def _modal(verb) -> bool:
    """Whether a verb has a modal auxiliary, by its features."""
    return any(c.dep_ == "aux" and "VerbType=Mod" in str(c.morph) or c.tag_ == "MD" for c in verb.children)


def _past(verb) -> bool:
    """Whether a clause's verb, or an auxiliary of it, is a past finite form, or the clause a perfect ("scientists
    have confirmed"), with no modal."""
    forms = [verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:pass")]
    return (any("Tense=Past" in str(t.morph) and "VerbForm=Fin" in str(t.morph) for t in forms) or perfect(verb)) and \
        not _modal(verb)


def frames_only(pred, modality: Modality) -> bool:
    """Whether a dated predicate only frames what happened: a copula or an adjective, or a supposition."""
    return modality == Modality.HYPOTHETICAL or pred.pos_ == "ADJ" or any(c.dep_ == "cop" for c in pred.children)


def adjoined_clause(pred, marks: frozenset[str], dated: set[int]):
    """The adverbial clause of ``pred`` that tells a happening of its own (see the module docstring), with its
    marker, or None; ``dated``: the tokens of the sentence's time expressions."""
    for sub in pred.children:
        if sub.dep_ not in ("advcl", "acl") or sub.pos_ not in ("VERB", "AUX") or sub.i < pred.i:   # (a marked clause
            continue                    # the parser hung on a copula's noun: "the view ... after the deal was approved")
        mark = [c for c in sub.children if c.dep_ == "mark"]
        if len(mark) != 1 or mark[0].text.lower() not in marks or tree.own_subject(sub) is None:
            continue
        if _past(sub) and not any(i in dated for i in tree.span_ids(sub)):
            return sub, mark[0]
    return None


def close_dated_clause(pred, marks: frozenset[str], close: frozenset[str], dated: set[int]):
    """The adverbial clause of ``pred`` that holds its date right after an adverb of ``close`` and a mark of
    ``marks`` ("tweeted soon after the committee concluded its hearings on Tuesday"), with a subject and a past
    finite verb, with its marker, or None."""
    for sub in pred.children:
        mark = close_mark(sub, marks, close) if sub.i > pred.i else None
        if mark is not None and tree.own_subject(sub) is not None and _past(sub) and \
                any(i in dated for i in tree.span_ids(sub)):
            return sub, mark
    return None


__all__ = ["adjoined_clause", "close_dated_clause", "frames_only"]
