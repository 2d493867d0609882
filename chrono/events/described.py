"""A present description dated by a premodifier of its noun is no happening: "She is a 20th century democrat", "A key
reason for the rally is the improved September quarter earnings" say what someone or something is; the time only
says which kind (language-neutral: UD relations and features)."""
from __future__ import annotations

#: The relations of a time expression that premodifies a noun.
PREMODIFIERS = frozenset({"compound", "amod", "nmod:unmarked", "nummod", "nmod:poss"})


def described(pred, head) -> bool:
    """Whether ``pred`` is a noun with a copula in the simple present and ``head`` (a time expression's head) one of
    its premodifiers."""
    cop = next((c for c in pred.children if c.dep_ == "cop"), None)
    morph = str(cop.morph) if cop is not None else ""
    t = head
    while t.head.i != pred.i and t.dep_ in PREMODIFIERS and t.i < t.head.i < pred.i:
        t = t.head                      # "September [quarter] earnings": the month premodifies the quarter
    return cop is not None and "Tense=Pres" in morph and "VerbForm=Fin" in morph and pred.pos_ in ("NOUN", "PROPN") \
        and t.head.i == pred.i and t.i < pred.i and t.dep_ in PREMODIFIERS


__all__ = ["PREMODIFIERS", "described"]
