"""The record of a sentence being read from its tree, and the event it gives (:mod:`.structure`)."""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Document, Event, Mention, Modality, Span, Timex, When
from .attribution import Attribution
from .background import told_as_background
from .syntax import Clause


@dataclass
class Memory:
    """What the reading of a document keeps from sentence to sentence: the named subject of the
    sentence being read (for a pronoun in its other clauses)."""

    sentence_actor: str | None = None


@dataclass(frozen=True)
class Context:
    """One sentence being read: where it stands, its attribution and who its pronouns stand for."""

    doc: Document
    span: Span
    sentence: str
    parsed: object
    attr: Attribution | None
    source: str | None
    actor: str | None
    speaker: str | None


def event_of(doc: Document, span: Span, sentence: str, timex: Timex, headline: str, when: When,
             modality: Modality, source: str | None, rule: str, *, timex_text: str,
             trigger: tuple[int, int, str] | None = None) -> Event:
    """An event of one mention: the sentence ``span`` of ``doc`` is its evidence."""
    if source is not None and rule not in ("reporting-day", "compared") and \
            told_as_background(sentence, span.start, timex, doc.language, modality == Modality.FACT):
        source = None                       # "X said ... the August 7 bombings": the bombings are the writer's
                                            # (not a figure compared with: "X said ..., compared with a year-ago loss")
    lead = len(sentence) - len(sentence.lstrip())
    trail = len(sentence.rstrip())
    mention = Mention(doc.id, span.start + lead, span.start + trail, timex.start, timex.end)
    return Event(id=f"{doc.id}:{timex.start}", headline=headline, text=_evidence(sentence), when=when,
                 modality=modality, attribution=source, mentions=(mention,), timex_text=timex_text,
                 anchor=timex.anchor, rule=rule, trigger=trigger)


_last: list[str] = ["", ""]


def _evidence(sentence: str) -> str:
    """The sentence as an event's text, white space made single: one string for all the events of
    a sentence (they come one after another), not a copy each."""
    if sentence is not _last[0]:
        _last[:] = [sentence, " ".join(sentence.split())]
    return _last[1]


class Unreadable(Exception):
    """A sentence whose tree cannot tell its events: it is read with the regex path."""


def whole(sentence: str) -> Clause:
    """The whole sentence as one clause."""
    return Clause(((0, len(sentence)),))


__all__ = ["Context", "Memory", "Unreadable", "event_of", "whole"]
