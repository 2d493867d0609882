"""Facts about one predicate of a parsed sentence that the tree reading (:mod:`.structure`) asks."""
from __future__ import annotations

from datetime import date

from ..model import Timex, TimexType
from ..timevalue import interval
from . import phrase, tree


def touches(bad, top) -> bool:
    """Whether an ill-formed attachment (:func:`.tree.anomalies`) bears on the clause of ``top``: it
    lies inside it, or it is the predicate above that lends the clause its subject."""
    if bad.i in tree.span_ids(top):
        return True
    if tree.own_subject(top) is not None:
        return False
    t, seen = top, 0
    while t.head.i != t.i and seen < 40:
        t, seen = t.head, seen + 1
        if t.i == bad.i:
            return True
    return False


def scheduled_present(pred, timex: Timex, published: date | None) -> bool:
    """A simple present dated on or after the publication day: a schedule ("The commission holds a
    hearing Wednesday", "management hosts a call at 9 a.m."), a forecast even on the day itself."""
    morph = str(pred.morph)
    if pred.pos_ != "VERB" or "Tense=Pres" not in morph or "VerbForm=Fin" not in morph or published is None:
        return False
    if any(c.dep_ in ("aux", "aux:pass") for c in pred.children):
        return False
    span = interval(timex.value, timex.mod) if timex.type in (TimexType.DATE, TimexType.TIME) else None
    return span is not None and span[0] >= published and (span[1] - span[0]).days <= 1


def governing(pred):
    """For a participle with no subject to be found (a parser's noun-like "conducted" in "In his physical
    conducted in 2018, Trump had been diagnosed"), the predicate it hangs on; else ``pred`` itself."""
    if pred.dep_ in ("obl", "advcl", "acl") and "VerbForm=Part" in str(pred.morph) and \
            tree.subject_of(pred)[0] is None and tree.predicate_of(pred) is not None:
        return tree.predicate_of(pred)
    return pred


def content_dated(report, dated_tops) -> bool:
    """Whether the clause a report reports holds one of the dated predicates ``dated_tops`` (token ids)."""
    content = tree.content_of(report)
    own = phrase.clause_tokens(content, set(), False) if content is not None else set()
    return any(k in own for k in dated_tops)


def agree(pronoun, noun) -> bool:
    """Whether a personal pronoun may stand for a noun: a noun, of the pronoun's number."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    number = next((f for f in str(pronoun.morph).split("|") if f.startswith("Number=")), None)
    return number is None or number in str(noun.morph) or (noun.pos_ == "PROPN" and "Number=" not in str(noun.morph))


def _ranked(t) -> bool:
    return any(c.dep_ == "amod" and ("Degree=Sup" in str(c.morph) or "NumType=Ord" in str(c.morph)) for c in t.children)


def ranks_since(head, timex: Timex) -> bool:
    """Whether a duration is the span a superlative or an ordinal ranks over ("the first time the
    foursome will tour together in nearly a quarter century", "the highest level in a decade"): it
    looks back, and dates no happening."""
    if timex.type != TimexType.DURATION:
        return False
    t = head.head
    for _ in range(3):
        if _ranked(t):
            return True
        if t.dep_ == "acl:relcl":
            return _ranked(t.head)          # "the first time (that) the foursome will tour ..."
        if tree.is_predicate(t) or t.head.i == t.i:
            return False
        t = t.head
    return False


def name_of(tok) -> str | None:
    """The name a proper noun heads, without its titles ("Former ... official Timothy Morrison" ->
    "Timothy Morrison"), to stand for a pronoun ("X announced they had ...")."""
    if tok.pos_ != "PROPN":
        return None
    ids = {tok.i} | {c.i for c in tok.children if c.dep_ == "flat"}
    return phrase.text_of(tok.doc, ids)


def named_subject(parsed, limit: int) -> str | None:
    """The named subject of the sentence's root (at most ``limit`` words), for a pronoun in its other clauses."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    subj = tree.own_subject(root) if root is not None else None
    if subj is not None and subj.pos_ == "PROPN":
        found = phrase.noun_phrase(subj)
        if len(found) <= limit:
            return phrase.text_of(parsed, {t.i for t in found})
    return None


__all__ = ["agree", "content_dated", "governing", "name_of", "named_subject", "ranks_since", "scheduled_present", "touches"]
