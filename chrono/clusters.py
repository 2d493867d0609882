"""The clusters of the merge (:func:`chrono.chronology.merge_events`) and the index of one bucket.

An event is compared only with the clusters of its bucket that :meth:`chrono.chronology.Similarity.similar`
could accept, found by what that needs of them:

- a cluster with names, for an event with names, shares one of them (an index by name);
- otherwise, with ``m`` the smaller of the two numbers of stems, they share at least
  ``r = max(ceil(m * min_overlap), min(min_shared, m))`` stems — so the cluster holds one of the
  event's ``k - r + 1`` least common stems (prefix filtering). Clusters are indexed by their number
  of stems (one to :data:`SIZE_CLASSES`, and more), so that ``r`` is known for each class; and the
  clusters a stem finds are kept only when they share ``r`` stems with the event (their exact size
  known), counted on the two sets, before any comparison.

The candidates are tried in the order of the clusters and the first similar one is taken: the same
choice as comparing the event with every cluster sharing a stem, in far fewer comparisons when a bucket
is big (a busy day, a year, PRESENT_REF) and its headlines share common words: on 8,000 one-day events
of 6 stems each (``benchmarks/bench_scale.py merge``, "plain"), 816 comparisons, not 46,449.
The kinds of happening of a cluster are computed once for each set of its stems.
"""
from __future__ import annotations

import math
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Set
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .model import Event, Grain, Modality

if TYPE_CHECKING:
    from .chronology import Similarity

#: Clusters are indexed by their number of stems up to this; larger ones together.
SIZE_CLASSES = 8
#: Within one document, two events of the same date whose headlines share ``MERGE_MIN_SHARED`` stems
#: that are not names merge when their sentences (less the time expressions) share this many such
#: stems: one happening told twice in other words ("Dr. Jackson suggested the President change his
#: diet" / "The President received a diet and exercise plan after his annual physical").
PARAPHRASE_MIN_SHARED = 4
#: Across grains, the coarser interval is at most this many times the finer one: a month holds a
#: day, a year a month, a day its times of day, not a year a day.
GRAIN_MAX_RATIO = 31


def figures_apart(sa: Set[str], sb: Set[str]) -> bool:
    """Whether both sets of stems hold numbers and share none: "a loss of $35.2 million" and "a loss of
    $5.5 million" are two figures, not one told twice."""
    da = [s for s in sa if s.isdigit()]
    if not da:
        return False
    db = [s for s in sb if s.isdigit()]
    return bool(db) and not set(da) & set(db)


class Cluster:
    """Mentions of one happening: its events, and the stems and names of their headlines."""

    __slots__ = ("events", "stems", "names", "dated_by", "modality", "lead", "_kinds")

    def __init__(self, event: Event, stems: frozenset[str], nms: frozenset[str]) -> None:
        self.events = [event]
        self.stems: Set[str] = stems            # the event's own sets until the cluster grows
        self.names: Set[str] = nms
        self.dated_by: Event | None = None      # the finer-grained mention that dates it all
        self.modality: Modality | None = None   # the modality it is told with, when its mentions differ
        self.lead: Event | None = None          # the mention that headlines it, when a merge chose one
        self._kinds: frozenset[str] | None = None

    def kinds(self, sim: "Similarity") -> frozenset[str]:
        """The kinds of happening its stems tell, computed once for each set of stems."""
        if self._kinds is None:
            self._kinds = sim.kinds(self.stems)
        return self._kinds

    def _grow(self, other_events: list[Event], stems, nms) -> None:
        self.events.extend(other_events)
        if not stems <= self.stems:
            if isinstance(self.stems, frozenset):
                self.stems = set(self.stems)
            self.stems |= stems
            self._kinds = None
        if not nms <= self.names:
            if isinstance(self.names, frozenset):
                self.names = set(self.names)
            self.names |= nms

    def add(self, event: Event, stems: frozenset[str], nms: frozenset[str]) -> None:
        self._grow([event], stems, nms)

    def join(self, other: "Cluster") -> None:
        """Take the mentions of a cluster of the same happening told at the same date in other words."""
        self._grow(other.events, other.stems, other.names)

    def absorb(self, coarser: "Cluster") -> None:
        """Take the mentions of a cluster of the same happening told at a coarser date."""
        self.dated_by = self.dated_by or self.events[0]
        self._grow(coarser.events, coarser.stems, coarser.names)


class Bucket:
    """The clusters of one (value, mod, modality) and their indexes (see the module doc)."""

    def __init__(self, min_overlap: float, min_shared: int) -> None:
        self.clusters: list[Cluster] = []
        self._min_overlap, self._min_shared = min_overlap, min_shared
        # (has names, size class) -> stem -> clusters: each cluster under its state; an event without
        # names reads every state, one with names those without (the others: through the names).
        self._stems: dict[tuple[bool, int], dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
        self._names: dict[str, set[int]] = defaultdict(set)
        self._df: dict[str, int] = defaultdict(int)     # stem -> clusters holding it (an order of rarity)

    def _needed(self, k: int, size_class: int) -> int:
        """How many stems an event of ``k`` must share with a cluster of this class to be similar."""
        m = min(k, size_class)
        return max(math.ceil(m * self._min_overlap - 1e-9), min(self._min_shared, m), 1)

    def candidates(self, stems: frozenset[str], nms: frozenset[str]) -> list[int]:
        """The clusters that may be similar to an event of these stems and names, in order."""
        by_name: set[int] = set()
        for n in nms:
            by_name |= self._names.get(n, set())
        k, df = len(stems), self._df
        rare: list[str] | None = None
        found: set[int] = set()
        for (named, c), postings in self._stems.items():
            if named and nms:
                continue                        # clusters with names: through the names
            rare = rare or sorted(stems, key=lambda st: (df.get(st, 0), st))
            singles = [postings[st] for st in rare[:k - self._needed(k, c) + 1] if st in postings]
            if singles:
                found.update(*singles)
        found -= by_name
        clusters, needed = self.clusters, self._needed
        found = {i for i in found if len(stems & clusters[i].stems) >= needed(k, len(clusters[i].stems))}
        return sorted(found | by_name)

    @staticmethod
    def _state(cluster: Cluster) -> tuple[bool, int]:
        return bool(cluster.names), min(len(cluster.stems), SIZE_CLASSES)

    @staticmethod
    def _state_after(cluster: Cluster, new: frozenset[str], nms: frozenset[str]) -> tuple[bool, int]:
        return bool(cluster.names or nms), min(len(cluster.stems) + len(new), SIZE_CLASSES)

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
            new = cluster.stems
        else:
            cluster = self.clusters[target]
            before, new = self._state(cluster), stems - cluster.stems
            if self._state_after(cluster, new, nms) != before:
                self._index(target, cluster.stems, before, False)
                cluster.add(event, stems, nms)
                self._index(target, cluster.stems, self._state(cluster), True)
            else:                               # the same state: only the new stems to index
                cluster.add(event, stems, nms)
                self._index(target, new, before, True)
        for st in new:
            self._df[st] += 1
        for n in nms:
            self._names[n].add(target)
        return cluster


def _one_doc(cluster: Cluster) -> str | None:
    docs = {m.doc for e in cluster.events for m in e.mentions}
    return next(iter(docs)) if len(docs) == 1 else None


def same_telling_groups(clusters: list[Cluster]) -> dict[tuple, list[Cluster]]:
    """Clusters told in one document at one date, mod and modality, by that key (clusters of several
    documents, or without a sentence, in none)."""
    groups: dict[tuple, list[Cluster]] = defaultdict(list)
    for c in clusters:
        doc, e = _one_doc(c), c.events[0]
        if doc is not None and e.text:
            groups[(doc, e.when.value, e.when.mod, e.modality)].append(c)
    return groups


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
    groups = same_telling_groups(clusters)
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


def told_once(a: Cluster, b: Cluster, sim: "Similarity", cache: dict[int, tuple]) -> bool:
    """One happening told at two grains in one document in other words ("Kicking off in June 2020, the
    30-date run will mark the first time..." / "The band will kick off the jaunt June 9, 2020 in West
    Palm Beach"): both clusters from that one document, in other sentences, no names apart; the words
    that date them (the predicate a time expression attaches to, and :data:`DATED_WORDS` words before
    and after it) tell a common kind of happening, and their sentences (less time expressions, numbers
    and names) share a content stem besides the words of that kind. ``cache`` keeps what each cluster
    gives."""
    doc = _one_doc(a)
    if doc is None or doc != _one_doc(b) or _names_apart(a, b, sim):
        return False
    (sa, ka, spans_a), (sb, kb, spans_b) = (cache[id(c)] if id(c) in cache else
                                            cache.setdefault(id(c), _told(c, sim)) for c in (a, b))
    common = ka & kb                    # (a reaction only with a reaction: "deplored the blasts which killed ..." is
    return bool(common) and not spans_a & spans_b and not sim.kinds_apart(ka, kb) and \
        bool((sa & sb) - sim.kind_stems(common))    # not "four people were killed in an explosion")


def _names_apart(a: Cluster, b: Cluster, sim: "Similarity") -> bool:
    """Whether two clusters' headlines hold names, none shared and none told in the other's sentences ("150 Indians
    returned home" from "NEW DELHI: ... 150 Indians returned home" is not apart from "The aircraft landed at the
    Delhi airport")."""
    if not (a.names and b.names) or a.names & b.names:
        return False
    told_a, told_b = (frozenset().union(*(sim.names(e.text) for e in c.events)) for c in (a, b))
    return not (a.names & told_b or b.names & told_a)


#: Words on each side of a time expression that, with its predicate, tell what it dates.
DATED_WORDS = (4, 2)


def _dated_stems(cluster: Cluster, sim: "Similarity") -> frozenset[str]:
    """The stems of the words that date a cluster's mentions: each predicate a time expression attaches
    to, and :data:`DATED_WORDS` words before and after the time expression."""
    dated: set[str] = set()
    before, after = DATED_WORDS
    for e in cluster.events:
        at = e.text.find(e.timex_text) if e.timex_text else -1
        if at >= 0:
            words = (e.text[:at].split()[-before:] if before else []) + e.text[at + len(e.timex_text):].split()[:after]
            dated |= sim.content_stems(" ".join(words))
        if e.trigger:
            dated |= sim.content_stems(e.trigger[2])
    return frozenset(dated)


def _told(cluster: Cluster, sim: "Similarity") -> tuple[frozenset[str], frozenset[str], frozenset[tuple]]:
    """The stems of a cluster's sentences (less time expressions, numbers, names), the kinds of
    happening of the words that date its mentions, and the spans of its sentences."""
    spans = frozenset((m.start, m.end) for e in cluster.events for m in e.mentions)
    return _sentence_stems(cluster, sim), sim.kinds(_dated_stems(cluster, sim)), spans


def _paraphrase(a: Cluster, ta: frozenset[str], b: Cluster, tb: frozenset[str], sim: "Similarity",
                min_shared: int) -> bool:
    if len(ta & tb) < PARAPHRASE_MIN_SHARED or (a.names and b.names and not a.names & b.names):
        return False
    named = {sim.stem(n) for n in a.names | b.names}
    if len((a.stems & b.stems) - named) < min_shared:
        return False
    ka, kb = a.kinds(sim), b.kinds(sim)
    return not sim.kinds_apart(ka, kb)


def _span(event: Event) -> tuple[date, date] | None:
    w = event.when
    return (w.start, w.end) if w.start is not None and w.end is not None and w.end > w.start else None


def _width(event: Event) -> int:
    """How long the interval of an event's date is, in hours: a time of day counts one."""
    start, end = _span(event)
    return 1 if event.when.granularity is Grain.TIME else (end - start).days * 24


def merge_across_grains(clusters: list[Cluster], sim: "Similarity", min_shared: int) -> set[int]:
    """Mentions of one happening at compatible dates of different grains ("July 2017" / "10 July
    2017", "Wednesday" / "at 6am"): a cluster whose interval strictly holds another's (a day holds its
    times), of the same modality, joins the finest such cluster, which dates it, when their headlines
    are similar (``min_shared`` stems that are not names) or one document tells it twice in other
    words (:func:`told_once`).
    Compared within one calendar year, through the stems they share and the document they come from.
    The ids of the clusters that joined another."""
    by_year: dict[tuple, list[Cluster]] = defaultdict(list)
    for c in clusters:
        span = _span(c.events[0])
        if span and span[0].year == (span[1] - timedelta(days=1)).year:
            by_year[(c.events[0].modality, span[0].year)].append(c)
    absorbed: set[int] = set()
    sentences: dict[int, tuple] = {}
    for group in by_year.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda c: _width(c.events[0]))                                   # finest first
        widths = [_width(c.events[0]) for c in group]
        postings: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(group):
            for st in c.stems:
                postings[st].append(i)                  # in increasing order: sliced by bisection
            doc = _one_doc(c)
            if doc is not None:
                postings["\0" + doc].append(i)         # one document's clusters (a key no stem is)
        for i in range(len(group) - 1, -1, -1):                                        # coarsest first
            lo = bisect_left(widths, -(-widths[i] // GRAIN_MAX_RATIO))           # only finer, not too fine
            hi = bisect_left(widths, widths[i])
            if lo < hi:
                _absorb_finer(group, i, (lo, hi), postings, absorbed, sim, sentences, min_shared)
    return absorbed


def _absorb_finer(group: list[Cluster], i: int, finer: tuple[int, int], postings: dict[str, list[int]],
                  absorbed: set[int], sim: "Similarity", sentences: dict[int, tuple], min_shared: int) -> None:
    """Cluster ``group[i]`` joins the finest of ``group[lo:hi]`` (``finer``) that tells its happening, if any."""
    coarse, (lo, hi) = group[i], finer
    outer, wide = _span(coarse.events[0]), _width(coarse.events[0])
    doc = _one_doc(coarse)
    keys = set(coarse.stems) | ({"\0" + doc} if doc is not None else set())
    for j in sorted({j for key in keys for j in _between(postings[key], lo, hi)}):
        fine = group[j]
        inner, narrow = _span(fine.events[0]), _width(fine.events[0])
        if id(fine) in absorbed or not (outer[0] <= inner[0] and inner[1] <= outer[1]) or \
                not narrow < wide <= GRAIN_MAX_RATIO * narrow:
            continue
        own = (coarse.stems & fine.stems) - {sim.stem(n) for n in coarse.names | fine.names}
        if (len(own) >= min_shared and sim.similar(coarse.stems, coarse.names, fine.stems, fine.names)
                and not predicates_apart(coarse, fine, sim)) or told_once(coarse, fine, sim, sentences):
            fine.absorb(coarse)
            absorbed.add(id(coarse))
            return


def _predicates(cluster: Cluster, sim: "Similarity") -> frozenset[str]:
    return frozenset(st for e in cluster.events if e.trigger for st in sim.content_stems(e.trigger[2]))


def predicates_apart(a: Cluster, b: Cluster, sim: "Similarity") -> bool:
    """Two clusters of one document, one of whose time expressions attaches to a predicate that the
    other's sentences do not tell, nor the other's predicate (if any) the first's, nor of a common kind,
    tell two happenings whatever words their sentences share besides ("A rumor was circulated in
    November 2019 to discredit the former ambassador to Ukraine" / "On Nov. 15, 2019, the former
    ambassador to Ukraine testified")."""
    doc = _one_doc(a)
    if doc is None or doc != _one_doc(b):
        return False
    pa, pb = _predicates(a, sim), _predicates(b, sim)
    if not (pa or pb) or pa & pb or sim.kinds(pa) & sim.kinds(pb):
        return False
    return not (pa & _sentence_stems(b, sim) or pb & _sentence_stems(a, sim))


def _between(sorted_ids: list[int], lo: int, hi: int) -> list[int]:
    return sorted_ids[bisect_left(sorted_ids, lo):bisect_left(sorted_ids, hi)]


__all__ = ["Bucket", "Cluster", "DATED_WORDS", "GRAIN_MAX_RATIO", "figures_apart", "PARAPHRASE_MIN_SHARED", "SIZE_CLASSES", "merge_across_grains", "same_telling_groups",
           "merge_paraphrases", "told_once"]
