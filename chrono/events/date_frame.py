"""What a dating phrase brings with it, and where it lends its date.

- :func:`framing_degree`: a degree that only frames the date goes with it ("as early as Wednesday");
- :func:`background_progressive`: a date told in a progressive relative clause of a subject dates its
  main clause. "A man who was waiting for a bus on Tuesday night was struck by a car": the waiting is the
  background of the striking, which happened within it. The clause is known by the morphology alone (a
  present participle with a finite auxiliary), so the rule serves every language whose treebank marks
  participles so. An eventive relative clause keeps its own date ("A teacher who retired in 1985 was
  honoured").
"""
from __future__ import annotations


def framing_degree(head) -> set[int]:
    """The degree adverb a date hangs on when it says nothing but how early or late ("as early as
    Wednesday", "as soon as next week", "no later than May"): the adverb and its function words, none
    of which reads without the date."""
    frame = head.head
    if frame.i == head.i or frame.dep_ != "advmod" or frame.pos_ not in ("ADV", "ADJ") or head.dep_ not in ("obl", "nmod"):
        return set()
    others = [c for c in frame.children if c.i != head.i]
    if any(c.dep_ not in ("advmod", "case", "fixed") or list(c.children) or c.pos_ not in ("ADV", "ADP", "PART", "SCONJ")
           for c in others):
        return set()
    return {frame.i} | {c.i for c in others}

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def background_progressive(t) -> bool:
    """Whether ``t`` heads a progressive relative clause on the subject of a predicate."""
    morph = str(t.morph)
    progressive = "VerbForm=Ger" in morph or "VerbForm=Part" in morph and "Tense=Pres" in morph
    return t.dep_ == "acl:relcl" and progressive and t.head.dep_ in _SUBJECTS and t.head.head.i != t.head.i and \
        any(c.dep_ == "aux" and "VerbForm=Fin" in str(c.morph) for c in t.children)
