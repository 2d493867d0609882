"""The words a dating phrase brings with it beyond its preposition: a degree that only frames the date."""
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
