"""The day's news of an undated lede: "Jose Mourinho has agreed a deal to replace Pochettino."

A news story's first body sentence often tells the day's happening without a date, in the present
perfect or the present progressive ("has agreed", "is being investigated", "are dropping"): a
careful reader dates it by the publication day. Only that first sentence, only with no time
expression of its own, only in those tenses (the language's ``DatingWords.lede_news``), and only
outside a quotation and a photo caption (a line followed by its credit in brackets): a past lede ("Nadal kept Spain's hopes alive") may tell yesterday's news, and
a plan ("is set to raise") is no happening yet.
"""
from __future__ import annotations

from ..model import Document, Span, Timex, TimexType
from .dating import clause_text, when_of
from .reference import QUOTE_OPEN

#: The rule name of a lede's event and of the publication-day date it is given.
RULE = "lede-news"


def lede_timex(doc: Document, span: Span, sentence: str, pattern) -> tuple[Timex, int] | None:
    """The publication day as an (empty) time expression at the lede's start, and where in the
    sentence its tense stands; None when the sentence is not an undated lede of the day's news."""
    if pattern is None or doc.published is None or sentence.lstrip()[:1] in QUOTE_OPEN or "?" in sentence:
        return None
    if doc.text[span.end:span.end + 200].lstrip()[:1] == "(":
        return None                 # a photo caption over its credit: "... (Jacquelyn Martin / AP)"
    m = pattern.search(sentence)
    if m is None:
        return None
    day = doc.published.isoformat()
    return Timex(span.start, span.start, "", TimexType.DATE, day, rule=RULE), m.start()


def lede_clause_text(sentence: str, clauses, at: int) -> str:
    """The text of the clause holding offset ``at`` (the whole sentence if none does)."""
    for clause in clauses:
        if clause.start <= at < clause.end:
            return clause_text(sentence, clause)
    return sentence


__all__ = ["RULE", "lede_clause_text", "lede_timex", "when_of"]
