"""A time expression and the restrictive when-clause that names its moment, merged
(:func:`merge_when_named`): a pass of :func:`chrono.chronology.merge_events`, after :mod:`chrono.restated`.

A time expression followed directly (no comma) by one of the language's ``time_relatives`` ("in 1968
when Russian troops swept through Prague", "last October when Dr. Slepian was gunned down", "in April
next year when the alliance celebrates its anniversary") opens a restrictive clause: it says which
moment the time expression is, by the happening that marks it. The predicate before the time expression
and the predicate of that clause are told as one happening of that moment: the clause joins the main
predicate's event, which headlines them. A comma makes the clause an aside telling a happening of its own
at that time ("The painter moved to Paris in 2016, when his father died"): left apart (and see
:func:`chrono.restated.merge_time_relative` for a state since the time).
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from .clusters import Cluster

if TYPE_CHECKING:
    from .chronology import Similarity

_NEXT = re.compile(r"[ \t]+([^\W\d_]+)\b")


def _placed(cluster: Cluster) -> tuple[tuple, int, int] | None:
    """A one-event cluster whose evidence is its whole sentence: (document, sentence span, time
    expression span, modality, value, mod), where its predicate starts and where the expression ends
    (offsets in the sentence); None otherwise."""
    if len(cluster.events) != 1:
        return None
    e = cluster.events[0]
    m = e.mentions[0] if len(e.mentions) == 1 else None
    if m is None or e.trigger is None or m.timex_start is None or m.timex_end is None \
            or len(e.text) != m.end - m.start:
        return None
    key = (m.doc, m.start, m.end, m.timex_start, m.timex_end, e.modality, e.when.value, e.when.mod)
    return key, e.trigger[0] - m.start, m.timex_end - m.start


def merge_when_named(clusters: list[Cluster], sim: "Similarity") -> set[int]:
    """The event of a restrictive when-clause right after a time expression joins the event of the
    predicate before that expression, in the same sentence, date and modality (see the module doc); the
    ids of those that joined."""
    relatives = sim.words.time_relatives
    if not relatives:
        return set()
    sentences: dict[tuple, list[tuple[int, int, Cluster]]] = defaultdict(list)
    for c in clusters:
        found = _placed(c)
        if found is not None:
            sentences[found[0]].append((found[1], found[2], c))
    absorbed: set[int] = set()
    for told in (t for t in sentences.values() if len(t) > 1):
        end = told[0][1]
        text = told[0][2].events[0].text
        m = _NEXT.match(text, end)
        if m is None or m.group(1).lower() not in relatives:
            continue
        main = [c for at, _, c in told if at < end]
        clause = [c for at, _, c in told if at >= m.end()]
        if len(main) != 1 or not clause:
            continue
        for c in clause:
            main[0].join(c)
            absorbed.add(id(c))
        main[0].lead = main[0].events[0]
    return absorbed


__all__ = ["merge_when_named"]
