"""The clusters of the merge (:func:`chrono.chronology.merge_events`) and the index of one bucket.

An event is compared only with the clusters of its bucket that :meth:`chrono.chronology.Similarity.similar`
could accept, found by what that needs of them:

- a cluster with names, for an event with names, shares one of them (an index by name);
- otherwise, with ``m`` the smaller of the two numbers of stems, they share at least
  ``r = max(ceil(m * min_overlap), min(min_shared, m))`` stems — so the cluster holds one of the
  event's ``k - r + 1`` least common stems (prefix filtering). Clusters are indexed by their number
  of stems (one to :data:`SIZE_CLASSES`, and more), so that ``r`` is known for each class.

The candidates are tried in the order of the clusters and the first similar one is taken: the same
choice as comparing the event with every cluster sharing a stem, in far fewer comparisons when a bucket
is big (a busy day, a year, PRESENT_REF) and its headlines share common words.
"""
from __future__ import annotations

import math
from collections import defaultdict
from typing import TYPE_CHECKING

from .model import Event

if TYPE_CHECKING:
    from .chronology import Similarity

#: Clusters are indexed by their number of stems up to this; larger ones together.
SIZE_CLASSES = 8
#: Within one document, two events of the same date whose headlines share ``MERGE_MIN_SHARED`` stems
#: that are not names merge when their sentences (less the time expressions) share this many such
#: stems: one happening told twice in other words ("Dr. Jackson suggested the President change his
#: diet" / "The President received a diet and exercise plan after his annual physical").
PARAPHRASE_MIN_SHARED = 4


class Cluster:
    """Mentions of one happening: its events, and the stems and names of their headlines."""

    def __init__(self, event: Event, stems: frozenset[str], nms: frozenset[str]) -> None:
        self.events = [event]
        self.stems = set(stems)
        self.names = set(nms)
        self.dated_by: Event | None = None      # the finer-grained mention that dates it all

    def add(self, event: Event, stems: frozenset[str], nms: frozenset[str]) -> None:
        self.events.append(event)
        self.stems |= stems
        self.names |= nms

    def join(self, other: "Cluster") -> None:
        """Take the mentions of a cluster of the same happening told at the same date in other words."""
        self.events.extend(other.events)
        self.stems |= other.stems
        self.names |= other.names

    def absorb(self, coarser: "Cluster") -> None:
        """Take the mentions of a cluster of the same happening told at a coarser date."""
        self.dated_by = self.dated_by or self.events[0]
        self.events.extend(coarser.events)
        self.stems |= coarser.stems
        self.names |= coarser.names


class Bucket:
    """The clusters of one (value, mod, modality) and their indexes (see the module doc)."""

    def __init__(self, min_overlap: float, min_shared: int) -> None:
        self.clusters: list[Cluster] = []
        self._min_overlap, self._min_shared = min_overlap, min_shared
        # (has names, size class) -> stem -> clusters: each cluster under its state; an event without
        # names reads every state, one with names those without (the others: through the names).
        self._stems: dict[tuple[bool, int], dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        self._names: dict[str, set[int]] = defaultdict(set)

    def _needed(self, k: int, size_class: int) -> int:
        """How many stems an event of ``k`` must share with a cluster of this class to be similar."""
        m = min(k, size_class)
        return max(math.ceil(m * self._min_overlap - 1e-9), min(self._min_shared, m), 1)

    def candidates(self, stems: frozenset[str], nms: frozenset[str]) -> list[int]:
        """The clusters that may be similar to an event of these stems and names, in order."""
        found: set[int] = set()
        for n in nms:
            found |= self._names.get(n, set())
        k = len(stems)
        for (named, c), postings in self._stems.items():
            if named and nms:
                continue                        # clusters with names: through the names
            rare = sorted(stems, key=lambda st: (len(postings.get(st, ())), st))
            for st in rare[:k - self._needed(k, c) + 1]:
                found |= postings.get(st, set())
        return sorted(found)

    @staticmethod
    def _state(cluster: Cluster) -> tuple[bool, int]:
        return bool(cluster.names), min(len(cluster.stems), SIZE_CLASSES)

    def _index(self, i: int, stems, state: tuple[bool, int], add: bool) -> None:
        postings = self._stems[state]
        for st in stems:
            if add:
                postings[st].add(i)
            else:
                postings[st].discard(i)

    def add(self, target: int | None, event: Event, stems: frozenset[str], nms: frozenset[str]) -> Cluster:
        """Put an event in cluster ``target`` (None: a new cluster); the cluster."""
        if target is None:
            target = len(self.clusters)
            cluster = Cluster(event, stems, nms)
            self.clusters.append(cluster)
            self._index(target, cluster.stems, self._state(cluster), True)
        else:
            cluster = self.clusters[target]
            before, old = self._state(cluster), set(cluster.stems)
            cluster.add(event, stems, nms)
            after = self._state(cluster)
            if after != before:
                self._index(target, old, before, False)
                self._index(target, cluster.stems, after, True)
            else:
                self._index(target, stems, after, True)
        for n in nms:
            self._names[n].add(target)
        return cluster


def _one_doc(cluster: Cluster) -> str | None:
    docs = {m.doc for e in cluster.events for m in e.mentions}
    return next(iter(docs)) if len(docs) == 1 else None


def _sentence_stems(cluster: Cluster, sim: "Similarity") -> frozenset[str]:
    """The content stems of the sentences of a cluster, less their time expressions, numbers and names."""
    out: set[str] = set()
    for e in cluster.events:
        text = e.text.replace(e.timex_text, " ") if e.timex_text else e.text
        out |= {st for st in sim.content_stems(text) if not st.isdigit()} - {sim.stem(n) for n in sim.names(text)}
    return frozenset(out)


def merge_paraphrases(clusters: list[Cluster], sim: "Similarity", min_shared: int) -> set[int]:
    """One happening told twice in one document at the same date in other words: headlines sharing
    ``min_shared`` stems that are not names, sentences :data:`PARAPHRASE_MIN_SHARED` (less time
    expressions, numbers and names), no names or kinds of happening apart. The later cluster joins the
    earlier; the ids of those that joined."""
    groups: dict[tuple, list[Cluster]] = defaultdict(list)
    for c in clusters:
        doc, e = _one_doc(c), c.events[0]
        if doc is not None and e.text:
            groups[(doc, e.when.value, e.when.mod, e.modality)].append(c)
    absorbed: set[int] = set()
    for group in groups.values():
        kept: list[tuple[Cluster, frozenset[str]]] = []
        postings: dict[str, list[int]] = defaultdict(list)     # sentence stem -> kept clusters holding it
        for c in group:
            text = _sentence_stems(c, sim)
            counts: dict[int, int] = defaultdict(int)
            for st in text:
                for k in postings.get(st, ()):
                    counts[k] += 1
            target = next((k for k in sorted(counts) if counts[k] >= PARAPHRASE_MIN_SHARED
                           and _paraphrase(*kept[k], c, text, sim, min_shared)), None)
            if target is None:
                for st in text:
                    postings[st].append(len(kept))
                kept.append((c, text))
            else:
                kept[target][0].join(c)
                absorbed.add(id(c))
    return absorbed


def _paraphrase(a: Cluster, ta: frozenset[str], b: Cluster, tb: frozenset[str], sim: "Similarity",
                min_shared: int) -> bool:
    if len(ta & tb) < PARAPHRASE_MIN_SHARED or (a.names and b.names and not a.names & b.names):
        return False
    named = {sim.stem(n) for n in a.names | b.names}
    if len((a.stems & b.stems) - named) < min_shared:
        return False
    ka, kb = sim.kinds(a.stems), sim.kinds(b.stems)
    return not (ka and kb and not ka & kb)


__all__ = ["Bucket", "Cluster", "PARAPHRASE_MIN_SHARED", "SIZE_CLASSES", "merge_paraphrases"]
