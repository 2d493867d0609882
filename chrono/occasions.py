"""Statements told at one dated occasion in one document, merged (:func:`merge_occasions`): the last
pass of :func:`chrono.chronology.merge_events`, after :mod:`chrono.clusters`."""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from .clusters import Cluster, _one_doc

if TYPE_CHECKING:
    from .chronology import Similarity


def merge_occasions(clusters: list[Cluster], sim: "Similarity") -> set[int]:
    """Statements told at one dated occasion in one document ("At last week's hearing, the two witnesses
    backed up that assessment" / "Babin referred to those comments at last week's hearing"): clusters of
    one document and one date, of any modality, whose words near the time expression place them at an
    occasion of one kind (:func:`_at_occasion`; the language's ``occasions``: a hearing, a meeting) are the
    one happening of that occasion. The later clusters join the earliest, headlined by the fullest headline
    naming it; the ids of those that joined."""
    occasions, markers = sim.words.occasions, sim.words.occasion_markers
    if not occasions:
        return set()
    stems = sim.kind_stems(occasions)
    groups: dict[tuple, list[Cluster]] = defaultdict(list)
    for c in clusters:
        doc, e = _one_doc(c), c.events[0]
        if doc is not None and e.text:
            groups[(doc, e.when.value, e.when.mod)].append(c)
    absorbed: set[int] = set()
    for group in (g for g in groups.values() if len(g) > 1):
        first: dict[str, Cluster] = {}
        for c in group:
            told = sorted(sim.kinds(_at_occasion(c, sim, stems, markers)) & occasions)
            target = next((first[k] for k in told if k in first), None)
            if target is None:
                for k in told:
                    first[k] = c
            else:
                target.join(c)
                absorbed.add(id(c))
                _lead_with_occasion(target, sim, stems)
    return absorbed


#: Words before and after a time expression where the occasion it dates is named.
OCCASION_WORDS = (4, 3)


def _at_occasion(cluster: Cluster, sim: "Similarity", stems: frozenset[str], markers: frozenset[str]) -> frozenset[str]:
    """The occasion stems of a cluster's mentions placed at the occasion: a word of ``stems`` near the
    time expression (:data:`OCCASION_WORDS`) with a marker before it there ("at last week's hearing")."""
    found: set[str] = set()
    before, after = OCCASION_WORDS
    for e in cluster.events:
        at = e.text.find(e.timex_text) if e.timex_text else -1
        if at < 0:
            continue
        words = e.text[:at].split()[-before:] + e.text[at + len(e.timex_text):].split()[:after]
        marked = False
        for w in words:
            bare = w.strip("“”\"(),.;:").lower()
            if marked and sim.stem(bare) in stems:
                found.add(sim.stem(bare))
            marked = marked or bare in markers or any(bare.startswith(m) for m in markers if not m.isalpha())
    return frozenset(found)


def _lead_with_occasion(cluster: Cluster, sim: "Similarity", stems: frozenset[str]) -> None:
    """The cluster's first mention, the one it is headlined by, is the fullest headline (the most content
    words; the earliest of those) naming the occasion, of the first mention's modality, if any names it."""
    lead = cluster.events[0]
    sizes = [(len(sim.content_stems(e.headline)), -i) for i, e in enumerate(cluster.events)
             if e.modality is lead.modality and e.rule != "nominal" and stems & sim.content_stems(e.headline)]
    if sizes:
        i = -max(sizes)[1]
        cluster.events.insert(0, cluster.events.pop(i))


__all__ = ["OCCASION_WORDS", "merge_occasions"]
