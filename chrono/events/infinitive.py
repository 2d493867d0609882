"""Infinitives that only tell a time, over a Universal Dependencies tree ("The stock added 2% to
begin the week"): the time dates the predicate the infinitive hangs on. Language-neutral: UD
relations and features only.
"""
from __future__ import annotations

from typing import Any

Token = Any


def dating_infinitive(head: Token) -> bool:
    """Whether a time expression (its head ``head``) is the only complement of a marked infinitive
    adverbial or open complement ("to begin the week", "to end the year"), which then tells no more
    than the time. The time must be a determined object ("the week", "its year"): a bare one
    ("declined to comment Monday") is the sentence's adverbial, which the parser took for an object."""
    t = head.head
    return head.dep_ == "obj" and any(c.dep_ in ("det", "nmod:poss") for c in head.children) and \
        t.pos_ == "VERB" and t.dep_ in ("advcl", "xcomp") and t.head.i != t.i and \
        "VerbForm=Inf" in str(t.morph) and any(c.dep_ == "mark" for c in t.children) and \
        all(c.i == head.i or c.dep_ in ("mark", "advcl") or c.is_punct for c in t.children)


def set_off(pred: Token) -> bool:
    """Whether a clause opens after a comma that follows its head ("its bid, due to expire Thursday, to
    Nov. 6"): an infinitive so set off is an adverbial, not the head's open complement."""
    first = min(t.i for t in pred.subtree if not t.is_punct)
    return pred.head.i < first and first > 0 and pred.doc[first - 1].text == ","


__all__ = ["dating_infinitive", "set_off"]
