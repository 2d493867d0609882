"""Whether a time expression is what a superlative or an ordinal ranks within (:func:`ranks_within`).

Language-neutral: it reads UD relations and morphological features; the genitive markers come from
the pack through the caller. Re-exported by :mod:`.tree`.
"""
from __future__ import annotations

from typing import Any

Token = Any


def ranks_within(head: Token, genitives: frozenset[str]) -> bool:
    """Whether a time expression is what a superlative or an ordinal ranks within ("one of the best
    matches of the year", "the first quarter of the year's largest deal"): it bounds a comparison
    and dates no happening."""
    t, seen = head, 0
    if not (head.dep_ == "nmod" and any(c.dep_ == "case" and c.text.lower() in genitives for c in head.children)):
        return False
    while t.dep_ == "nmod" and seen < 2:
        t, seen = t.head, seen + 1
        if any(c.dep_ == "amod" and ("Degree=Sup" in str(c.morph) or "NumType=Ord" in str(c.morph))
               for c in t.children):
            return True
    return False


__all__ = ["ranks_within"]
