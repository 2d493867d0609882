"""What the actor of an undated lede also did that day: "Goody Products Inc. cut its quarterly dividend. ...
The company also adopted an anti-takeover plan."

A wire brief tells its news in its first sentence, with no date, and a reader dates it by the publication day
(:mod:`.lede`); a sentence right after it that adds to it ("also" before a past verb: the language's
``sequel`` pattern, group ``also``), with no date of its own, tells more of that day's news. The lede's events
are read after the story's other sentences, so such a sentence, read before them, found nothing to count from
(:meth:`.relative.RelativeDates.sequel` needs an earlier event). It is read here (:func:`additions`) when:

- it holds no date or time and the reading gave it no event; at most :data:`REACH` sentences after the lede,
  with no fact of a day told in between (a forecast, a quarter's figures may stand there: :func:`_aside`);
- its main predicate is the verb after "also", a finite past (not a report), and its subject is a pronoun,
  a description ("The company", "The Wilmington, Mass., garment service company") or a name the lede's
  headline holds.
"""
from __future__ import annotations

import re

from ..model import Event, Grain, Modality
from . import tree
from .follow_on import by_sentence, context_event
from .lede import RULE as LEDE_RULE
from .parse import parse_one
from .words import words_of

#: The rule name of such an event.
RULE = "lede-addition"
#: How many sentences after the lede such a sentence may stand.
REACH = 4
_DAYS = frozenset({Grain.DAY, Grain.TIME})
_NAME = re.compile(r"\b[A-Z][\w'’\-]{2,}")


def additions(x, doc, sentences, events: list[Event], timexes, kinds, attrs, sources, handed=None) -> list[Event]:
    """The events of the sentences that add to an undated lede's news (see the module), in document order.
    ``x``: the language's :class:`.extract.Extractor`; ``events``: the reading's, the ledes' included."""
    words = words_of(x.language)
    sequel = words.dating.sequel.compiled if words.dating.sequel is not None else None
    if sequel is None or "also" not in sequel.groupindex:
        return []
    told, dated = by_sentence(sentences, events, timexes)
    found: list[Event] = []
    lede: tuple[int, Event] | None = None
    for i, span in enumerate(sentences):
        if i in told:
            ledes = [e for e in told[i] if e.rule == LEDE_RULE and e.modality == Modality.FACT]
            lede = (i, ledes[0]) if ledes else lede if all(_aside(e, lede) for e in told[i]) else None
            continue
        if lede is None or i - lede[0] > REACH or i in dated or span.kind not in kinds:
            continue
        sentence = doc.text[span.start:span.end]
        m = sequel.search(sentence)
        if m is None or not m.group("also"):
            continue
        event = _event(x, doc, span, sentence, m.start("also"), lede[1], sources.resolve(attrs[i]), words, handed)
        if event is not None:
            found.append(event)
    return found


def _aside(e: Event, lede: tuple[int, Event] | None) -> bool:
    """Whether an event told between a lede and a sentence adding to it leaves the lede the news added to: a
    forecast (the dividend "is payable Jan. 2"), or a fact of another period than a day (the quarter's loss,
    the year-ago quarter's net)."""
    return lede is not None and (e.modality != Modality.FACT or e.when.granularity not in _DAYS)


def _event(x, doc, span, sentence: str, at: int, lede: Event, source, words, handed) -> Event | None:
    """The event of the verb at offset ``at`` of an undated sentence adding to ``lede``, or None."""
    if any(q in sentence for q in "\"“”?"):
        return None
    parsed = parse_one(sentence, x.language, handed)
    root = next((t for t in parsed if t.dep_ == "ROOT"), None) if parsed is not None else None
    if root is None or root.idx != at or root.pos_ != "VERB" or x.trees.is_report(root) or \
            "VerbForm=Fin" not in str(root.morph) or "Tense=Past" not in str(root.morph) or \
            any(c.dep_ in ("aux", "aux:pass", "cop") for c in root.children) or \
            any(True for _ in tree.anomalies(parsed)) or tree.two_objects(parsed):
        return None
    subj = tree.own_subject(root)
    if subj is None:
        return None
    subject = " ".join(t.text for t in subj.subtree)
    names = {w for w in _NAME.findall(subject) if w.lower() not in words.merge.stopwords}
    described = subj.pos_ == "PRON" or any(c.dep_ == "det" and c.lower_ in words.syntax.articles for c in subj.children)
    if not (described or names & set(_NAME.findall(lede.headline))):
        return None
    return context_event(x, doc, span, sentence, parsed, root, root, lede.when, source, RULE)

__all__ = ["REACH", "RULE", "additions"]
