"""A sentence that asks what it would tell: a direct question opened by an interrogative word ("What commercial
launch vehicles exist today that can launch the HLS by 2024?") tells no happening, whatever its dates; a yes-no
question ("Was it a misjudgement to hold the opening ceremony at 2:30pm on a Monday?") still tells what it asks
about, but not a clause that asks by inverting its auxiliary (:func:`inverted_question`: "so can you give me
until tomorrow?"). Nor does an invitation, a bare imperative (:func:`imperative`: "Listen to Newsbeat live at 12:45"). Language-neutral: the question mark and the ``PronType=Int`` feature of the sentence's first word.
"""
from __future__ import annotations

from typing import Any

from .tree import own_subject

Token = Any
_CLOSING = "\"'”’»)] \n\t"


def wh_question(doc) -> bool:
    """Whether a parsed sentence is a direct question whose first word is interrogative ("What ...?", "When ...?")."""
    words = [t for t in doc if not t.is_punct]
    if not words or not doc.text.rstrip(_CLOSING).endswith("?"):
        return False
    first = words[0]
    return "PronType=Int" in str(first.morph) or "PronType=Int" in str(first.head.morph) and first.dep_ == "det"


def inverted_question(pred) -> bool:
    """Whether a predicate's clause asks a question by inversion, closed by a question mark ("..., so can you give
    me until tomorrow?'"): an auxiliary of its verb before its subject; it tells nothing that happened (a copula's
    question, "Was it a misjudgement to hold the ceremony on a Monday?", still tells what it is about)."""
    subj = own_subject(pred)
    if subj is None or not any(c.dep_ == "aux" and c.i < subj.i for c in pred.children):
        return False
    doc = pred.doc
    after = next((t for t in doc[pred.right_edge.i + 1:] if not t.is_quote), None)
    return after is not None and after.text == "?"


def imperative(doc) -> bool:
    """Whether a sentence is a bare imperative ("Listen to Newsbeat live at 12:45"): its root an infinitive or
    imperative verb with no subject, opening the sentence (after punctuation or an adverb: "Now consider")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or own_subject(root) is not None:
        return False
    morph = str(root.morph)
    first = next((t for t in doc if not t.is_punct and not _opening_adverb(t, root)), None)
    return ("Mood=Imp" in morph or "VerbForm=Inf" in morph) and first is not None and first.i == root.i


def _opening_adverb(tok: Token, root: Token) -> bool:
    """An adverb or interjection of the root before it, as an imperative may open with ("Now consider")."""
    return tok.i < root.i and tok.head.i == root.i and tok.dep_ in ("advmod", "discourse") and \
        tok.pos_ in ("ADV", "INTJ") and not list(tok.children)


__all__ = ["inverted_question", "imperative", "wh_question"]
