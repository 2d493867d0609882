"""A dated noun and the clause telling its happening at a finer date, merged (:func:`merge_dated_nouns`):
a pass of :func:`chrono.chronology.merge_events`, after :mod:`chrono.restated`.

"The authorities have gathered enough evidence in the October slaying of Dr. Slepian" / "Slepian was the
mainstay of the clinic before he was shot to death last Oct. 23": a time expression premodifying a noun
(after a determiner or a possessive, or a nominal event) names a happening by that noun; a sentence of the
same document, of the same modality, dated inside that time (a day of the month; within one calendar
year, the coarser at most :data:`chrono.clusters.GRAIN_MAX_RATIO` times as long), that tells it (the noun
is a word of that sentence, or a word of its kind of happening is: "slaying" / "shot") and sharing a
name with it (the noun's headline may be its sentence's other clause), is the same happening told at its
finer date. So is a sentence dated inside another's time whose time expression has the same content word
next to it, on the same side, when the two share a name or another content word besides and tell no
names or kinds of happening apart (":func:`chrono.
restated.merge_restated`'s same dating word, across grains): "486-based machines are expected to reach the
market early next year" / "most computers using the chip appear on the market sometime next year". The
coarse mention joins the fine one, which dates and headlines them (credited to the coarse mention's source
when it names none).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from typing import TYPE_CHECKING

from .announced import _words
from .clusters import GRAIN_MAX_RATIO, Cluster, _one_doc, _span, _width
from .restated import NOMINAL, _heads, _Told
from .retold import _sourced

if TYPE_CHECKING:
    from .chronology import Similarity


def _names_noun(noun: _Told, clause: _Told, sim: "Similarity") -> bool:
    """Whether ``clause`` tells the happening ``noun``'s dated noun names."""
    if not noun.heads or not noun.names & clause.names or noun.spans & clause.spans:
        return False
    return bool(noun.heads & clause.words or sim.kinds(noun.heads) & sim.kinds(clause.words))


def _dated_alike(a: _Told, b: _Told, sim: "Similarity") -> bool:
    """Whether the same content word stands next to both time expressions, on the same side ("reach the
    market early next year" / "appear on the market sometime next year"), and their sentences share a name
    or another content word besides, with no names of their headlines nor kinds of happening apart."""
    same = a.dating & b.dating
    ca, cb = a.cluster, b.cluster
    if not same or a.spans & b.spans or (ca.names and cb.names and not ca.names & cb.names):
        return False
    ka, kb = ca.kinds(sim), cb.kinds(sim)
    if sim.kinds_apart(ka, kb):
        return False                        # "shelled the town" / "retook the town": two happenings
    return bool((_words(a.cluster, sim) & _words(b.cluster, sim)) - {st for _, st in same})


def _holds(coarse: Cluster, fine: Cluster) -> bool:
    (o0, o1), (i0, i1) = _span(coarse.events[0]), _span(fine.events[0])
    wide, narrow = _width(coarse.events[0]), _width(fine.events[0])
    return o0 <= i0 and i1 <= o1 and narrow < wide <= GRAIN_MAX_RATIO * narrow


def merge_dated_nouns(clusters: list[Cluster], sim: "Similarity") -> set[int]:
    """A cluster whose time expression premodifies a noun joins the cluster of a finer date inside it
    that tells that noun's happening (see the module doc); the ids of those that joined."""
    groups: dict[tuple, list[Cluster]] = defaultdict(list)
    for c in clusters:
        doc, span = _one_doc(c), _span(c.events[0])
        if doc is not None and span and c.events[0].text and span[0].year == (span[1] - timedelta(days=1)).year:
            groups[(doc, c.events[0].modality, span[0].year)].append(c)
    absorbed: set[int] = set()
    for group in (g for g in groups.values() if len(g) > 1):
        told = {id(c): _Told(c, sim) for c in group}
        for c in group:
            told[id(c)].heads = _heads(c, sim, premodified=True)
        for coarse in group:
            a = told[id(coarse)]
            fine = next((c for c in sorted(group, key=lambda c: _width(c.events[0]))
                         if c is not coarse and id(c) not in absorbed and _holds(coarse, c)
                         and (_names_noun(a, told[id(c)], sim) or _dated_alike(a, told[id(c)], sim))), None)
            if fine is not None and id(coarse) not in absorbed:
                fine.absorb(coarse)
                lead = fine.lead or next((e for e in fine.events if e.rule != NOMINAL), fine.events[0])
                fine.lead = _sourced(lead, coarse)
                absorbed.add(id(coarse))
    return absorbed


__all__ = ["merge_dated_nouns"]
