"""The day's news of an undated lede: "Jose Mourinho has agreed a deal to replace Pochettino."

A news story's first body sentence often tells the day's happening without a date, in the present
perfect or the present progressive ("has agreed", "is being investigated", "are dropping"): a
careful reader dates it by the publication day. Only that first sentence (the first of a story's
lines, :func:`lede_index`) or a later one dated by "now" alone ("Now they've put out another
statement"), only in those tenses (the language's ``DatingWords.lede_news``), and only outside a
quotation and a photo caption (a line followed by its credit in brackets): a past lede ("Nadal kept
Spain's hopes alive") may tell yesterday's news, and a plan ("is set to raise") is no happening yet.
"""
from __future__ import annotations

import re

from ..model import Document, Span, Timex, TimexType
from .dating import clause_text, when_of
from .reference import QUOTE_OPEN

#: The rule name of a lede's event and of the publication-day date it is given.
RULE = "lede-news"
#: The value of "now": a later sentence opened by it, with no other date, and told in those tenses is
#: the day's news too ("Now they've put out another statement"; not "... and currently lie 14th").
PRESENT = "PRESENT_REF"


#: The fewest words of a lede: a shorter body line ("Created with Sketch.") is page furniture.
LEDE_MIN_WORDS = 4
_CUT = ("...", "…")


def lede_index(doc: Document, sentences, kinds) -> int:
    """Which of ``sentences`` is the story's first sentence: the first of a body block (``kinds``) with
    at least :data:`LEDE_MIN_WORDS` words that does not repeat the page's title ("Share All sharing
    options for: <title>") and is not cut short; -1 if none."""
    title = " ".join((doc.title or "").split())
    for i, span in enumerate(sentences):
        if span.kind not in kinds:
            continue
        text = " ".join(doc.text[span.start:span.end].split())
        if text.endswith(_CUT):
            continue                # a teaser cut short: "Two people have been diagnosed with the plague,..."
        if len(text.split()) >= LEDE_MIN_WORDS and not (len(title.split()) >= LEDE_MIN_WORDS and title in text):
            return i
    return -1


def present_news(timexes, start: int) -> bool:
    """Whether a sentence's only time expression is a "now" (:data:`PRESENT`) opening it at ``start``."""
    return len(timexes) == 1 and timexes[0].value == PRESENT and timexes[0].start == start


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


#: A name, then a phrase set off by commas, then the rest: "Noah Hawley, best known for Fargo, is ...".
_SET_OFF = re.compile(r"^((?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*),\s+[^,]+,\s+(?=([\w'’]+))")


def without_apposition(text: str, auxiliaries) -> str:
    """A clause without the phrase set off after its subject's name when an auxiliary follows it
    ("Noah Hawley, best known for creating Fargo, is in final talks" -> "Noah Hawley is in final talks")."""
    m = _SET_OFF.match(text)
    return f"{m.group(1)} {text[m.end():]}" if m and m.group(2).lower() in auxiliaries else text


def lede_clause_text(sentence: str, clauses, at: int, has_verb=None) -> str:
    """The text of the clause holding offset ``at`` (the whole sentence if none does); when that clause
    only announces what a colon opens ("there has been news on the fourth film: Noah Hawley is in final
    talks to direct it"), the clause after the colon, if it has a verb (``has_verb``)."""
    for k, clause in enumerate(clauses):
        if clause.start <= at < clause.end:
            after = clauses[k + 1] if k + 1 < len(clauses) else None
            if after is not None and has_verb is not None and sentence[clause.end:after.start].strip() == ":" \
                    and has_verb(clause_text(sentence, after)):
                return clause_text(sentence, after)
            return clause_text(sentence, clause)
    return sentence


__all__ = ["LEDE_MIN_WORDS", "PRESENT", "RULE", "lede_clause_text", "lede_index", "lede_timex", "present_news", "when_of", "without_apposition"]
