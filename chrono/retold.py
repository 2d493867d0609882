"""A story's lead retold in its body, merged (:func:`merge_lead_retold`): a pass of
:func:`chrono.chronology.merge_events`, after :mod:`chrono.restated`.

A news story opens with its news and tells it again, in more words, further down (the inverted
pyramid): "Top Israeli officials sent strong new signals Sunday that Israel wants to withdraw from
southern Lebanon" / "Prime Minister Benjamin Netanyahu told his Cabinet on Sunday that Israel was
willing to withdraw from southern Lebanon". The lead is the cluster holding the document's first
sentence; a later cluster of the same document, date, modifier and modality, in another sentence,
retells it when their sentences share :data:`LEAD_NAMES` names and :data:`LEAD_WORDS` other content
words (less time expressions, numbers and names; a kind of happening both headlines tell counts as one
such word: "meeting with Kenya's trade minister" / "met again"), with no names apart in their headlines
and no kinds of happening apart. Only the first such retelling joins the lead: other sentences of the lead's day
tell its other happenings ("Two top aides left for Europe on Sunday"). The lead headlines the
happening, credited to the source its retelling gives when it gives none ("Netanyahu told his Cabinet").
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .clusters import Cluster, _one_doc, _sentence_stems, same_telling_groups
from .model import Event

if TYPE_CHECKING:
    from .chronology import Similarity

#: The lead and its retelling share this many names of their sentences...
LEAD_NAMES = 2
#: ...and this many other content stems (less time expressions, numbers and names).
LEAD_WORDS = 2


def _names(cluster: Cluster, sim: "Similarity") -> frozenset[str]:
    out: set[str] = set()
    for e in cluster.events:
        out |= sim.names(e.text.replace(e.timex_text, " ") if e.timex_text else e.text)
    return frozenset(out)


def _spans(cluster: Cluster) -> frozenset[tuple[int, int]]:
    return frozenset((m.start, m.end) for e in cluster.events for m in e.mentions)


def _first_sentences(clusters: list[Cluster]) -> dict[str, int]:
    """Each document's first sentence: where it starts."""
    first: dict[str, int] = {}
    for c in clusters:
        for e in c.events:
            for m in e.mentions:
                if m.doc not in first or m.start < first[m.doc]:
                    first[m.doc] = m.start
    return first


def _retells(lead: Cluster, other: Cluster, sim: "Similarity") -> bool:
    if lead.names and other.names and not lead.names & other.names:
        return False
    ka, kb = lead.kinds(sim), other.kinds(sim)
    if sim.kinds_apart(ka, kb) or _spans(lead) & _spans(other):
        return False
    common = ka & kb                        # a kind both tell is a word they share: "meeting with" / "met"
    shared = (_sentence_stems(lead, sim) & _sentence_stems(other, sim)) - sim.kind_stems(common)
    return len(_names(lead, sim) & _names(other, sim)) >= LEAD_NAMES and \
        len(shared) + bool(common) >= LEAD_WORDS


def _sourced(lead: Event, retold: Cluster) -> Event:
    """The lead, credited to the source its retelling names when it names none itself (the body says
    who told the news)."""
    source = next((e.attribution for e in retold.events if e.attribution), None)
    return lead if lead.attribution or source is None else replace(lead, attribution=source)


def merge_lead_retold(clusters: list[Cluster], sim: "Similarity") -> set[int]:
    """The first later cluster that retells a document's lead at its date joins it (see the module
    doc); the ids of those that joined."""
    first = _first_sentences(clusters)
    absorbed: set[int] = set()
    for group in (g for g in same_telling_groups(clusters).values() if len(g) > 1):
        doc = _one_doc(group[0])
        lead = next((c for c in group if any(m.start == first.get(doc) for e in c.events for m in e.mentions)), None)
        if lead is None or not any(e.timex_text for e in lead.events):
            continue
        retold = next((c for c in group if c is not lead and _retells(lead, c, sim)), None)
        if retold is not None:
            lead.join(retold)
            lead.lead = _sourced(lead.lead or lead.events[0], retold)
            absorbed.add(id(retold))
    return absorbed





__all__ = ["LEAD_NAMES", "LEAD_WORDS", "merge_lead_retold"]
