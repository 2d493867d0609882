"""One chronology from one or more documents: tag, extract events, merge duplicates, order.

Merging (:func:`merge_events`). Two events are the same when they have the same time value and
modifier, the same modality, and similar content: the overlap coefficient of their content stems
(shared / size of the smaller set) reaches ``cues.MERGE_MIN_OVERLAP`` with at least
``cues.MERGE_MIN_SHARED`` shared stems, or they share a name (a capitalised word that is not
common in news) and overlap at least ``cues.MERGE_NAME_OVERLAP`` — when the name is all they share,
only if they tell a common kind of happening (``cues.EVENT_KINDS``: "SDF captured Raqqa" / "Raqqa was
liberated by US-backed forces"). Two events that both hold names but share none never merge ("army
shelled Aleppo" / "army shelled Homs"), nor two that tell kinds with nothing in common ("retook the
town" / "shelled the town"). Events are bucketed by
(value, mod, modality) and, inside a bucket, only events sharing a stem are compared (an inverted
index), so the work grows with the size of the buckets, not with the square of the corpus. A
merged event keeps every mention (each with its document id) and takes its headline, text and
attribution from its first mention that is a full clause (not a nominal event), in document order.

Order (:func:`order_events`): by the start of the interval the time value covers (grain and
modifier honoured: "early 2014" starts 2014-01-01 and ends 2014-05-01); on ties, coarser grain
first, then document order (document index, then offset). Events with no interval (FUTURE_REF
"the days ahead", PXD "within days") come right after every event that starts on or before the
latest publication date of the documents, in document order: they look ahead from then.

Ids are ``e1``, ``e2``, ... in the final order: deterministic for the same input.
"""
from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Sequence, Set
from dataclasses import replace
from datetime import date

from .events.cues import (COMMON_NAMES, EVENT_KINDS, MERGE_MIN_OVERLAP, MERGE_MIN_SHARED, MERGE_NAME_OVERLAP, STOPWORDS)
from .errors import NoPublicationDate
from .model import AnchorPolicy, Chronology, DocTimex, Document, Event, Timex

log = logging.getLogger(__name__)

#: Block kinds whose time expressions the chronology keeps (what `chrono tag` gives, less navigation).
TIMEX_BLOCKS = frozenset({"title", "dateline", "caption", "heading", "body"})

_TOKEN = re.compile(r"[\w][\w\-]*")
_SUFFIXES = ("ing", "ed", "es", "s")


def stem(word: str) -> str:
    """A crude stem: lowercase, no possessive, no common suffix, at most five letters.

    >>> stem("Attacks"), stem("surrendered"), stem("surrender")
    ('attac', 'surre', 'surre')
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in _SUFFIXES:
        if len(w) > len(suffix) + 3 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    return w[:5]


def content_stems(text: str) -> frozenset[str]:
    """The stems of the content words of a text."""
    return frozenset(stem(w) for w in _TOKEN.findall(text) if w.lower() not in STOPWORDS)


def names(text: str) -> frozenset[str]:
    """Capitalised words that may identify an event ("Paris", "Mosul"), lowercased."""
    return frozenset(w.lower() for w in _TOKEN.findall(text)
                     if w[0].isupper() and w.lower() not in STOPWORDS and w.lower() not in COMMON_NAMES)


def similar(a: str, b: str) -> bool:
    """Whether two headlines tell the same event (see the module doc for the thresholds)."""
    return _similar(content_stems(a), names(a), content_stems(b), names(b))


_KIND_STEMS: dict[str, frozenset[str]] = {kind: frozenset(stem(w) for w in words) for kind, words in EVENT_KINDS.items()}


def kinds(stems: Set[str]) -> frozenset[str]:
    """The kinds of happening (``cues.EVENT_KINDS``) that content stems tell."""
    return frozenset(kind for kind, members in _KIND_STEMS.items() if members & stems)


def _similar(sa: Set[str], na: Set[str], sb: Set[str], nb: Set[str]) -> bool:
    if not sa or not sb:
        return False
    if na and nb and not na & nb:
        return False                    # different names: "shelled Aleppo" is not "shelled Homs"
    ka, kb = kinds(sa), kinds(sb)
    if ka and kb and not ka & kb:
        return False                    # "retook the town" is not "shelled the town"
    shared = len(sa & sb)
    overlap = shared / min(len(sa), len(sb))
    if overlap >= MERGE_MIN_OVERLAP and shared >= min(MERGE_MIN_SHARED, len(sa), len(sb)):
        return True
    if not (na & nb) or overlap < MERGE_NAME_OVERLAP:
        return False
    only_names = not (sa & sb) - {stem(n) for n in na & nb}
    return not only_names or bool(ka & kb)      # a shared place alone: only with a common kind


class _Cluster:
    def __init__(self, event: Event, stems: frozenset[str], nms: frozenset[str]) -> None:
        self.events = [event]
        self.stems = set(stems)
        self.names = set(nms)

    def add(self, event: Event, stems: frozenset[str], nms: frozenset[str]) -> None:
        self.events.append(event)
        self.stems |= stems
        self.names |= nms


def merge_events(events: Sequence[Event], doc_index: dict[str, int] | None = None) -> list[Event]:
    """Events told more than once (in one document or several) as one event with every mention.

    ``events`` come in document order; the result keeps the order of first mentions.
    """
    doc_index = doc_index or {}
    buckets: dict[tuple, list[_Cluster]] = defaultdict(list)
    index: dict[tuple, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    clusters: list[_Cluster] = []
    for event in events:
        key = (event.when.value, event.when.mod, event.modality)
        stems, nms = content_stems(event.headline), names(event.headline)
        bucket, postings = buckets[key], index[key]
        candidates = sorted({i for s in stems for i in postings.get(s, ())})
        target = next((i for i in candidates
                       if _similar(stems, nms, bucket[i].stems, bucket[i].names)), None)
        if target is None:
            target = len(bucket)
            cluster = _Cluster(event, stems, nms)
            bucket.append(cluster)
            clusters.append(cluster)
        else:
            bucket[target].add(event, stems, nms)
        for s in stems:
            postings[s].add(target)
    return [_combine(c.events, doc_index) for c in clusters]


def _combine(events: list[Event], doc_index: dict[str, int]) -> Event:
    if len(events) == 1:
        return events[0]
    best = next((e for e in events if e.rule != "nominal"), events[0])
    mentions = sorted({m for e in events for m in e.mentions},
                      key=lambda m: (doc_index.get(m.doc, 0), m.start, m.end, m.timex_start or -1,
                                     m.timex_end or -1, m.doc))
    return replace(best, mentions=tuple(mentions))


def _first_position(event: Event, doc_index: dict[str, int]) -> tuple[int, int]:
    if not event.mentions:
        return (0, 0)
    return min((doc_index.get(m.doc, 0), m.start) for m in event.mentions)


def order_events(events: Sequence[Event], doc_index: dict[str, int] | None = None,
                 horizon: date | None = None) -> list[Event]:
    """Events in chronological order (see the module doc); ``horizon`` is the latest
    publication date, after which undated look-ahead events are placed."""
    doc_index = doc_index or {}

    def key(e: Event) -> tuple:
        pos = _first_position(e, doc_index)
        if e.when.start is not None:
            rank = e.when.granularity.rank if e.when.granularity else 99
            return (e.when.start, 0, rank, pos)
        return (horizon or date.max, 1, 99, pos)

    return sorted(events, key=key)


def _kept(doc: Document, timexes: list[Timex]) -> list[Timex]:
    blocks = doc.blocks
    if not blocks:
        return timexes
    from .events.extract import within
    kept_blocks = [b for b in blocks if b.kind in TIMEX_BLOCKS]
    return [t for t in timexes if within(t, kept_blocks)]


def _title(docs: Sequence[Document], title: str | None) -> str | None:
    if title:
        return title
    titles = list(dict.fromkeys(d.title for d in docs if d.title))
    if not titles:
        return None
    if len(titles) <= 3:
        return " / ".join(titles)
    return " / ".join(titles[:3]) + f" and {len(titles) - 3} more"


def analyse_document(doc: Document, *, policy: AnchorPolicy = AnchorPolicy.NEWS
                     ) -> tuple[list[DocTimex], list[Event]]:
    """Tag one document and extract its events (before merging): the unit of work of a corpus."""
    from .events.extract import extract_events
    from .timex import tag

    if doc.published is None:
        raise NoPublicationDate(f"no publication date found in {doc.path or doc.id}; "
                                "give it with --published YYYY-MM-DD")
    timexes = list(tag(doc.text, doc.published, policy=policy))
    events = extract_events(doc, timexes)
    log.info("%s: %d time expressions, %d events", doc.id, len(timexes), len(events))
    return [DocTimex(doc.id, t) for t in _kept(doc, timexes)], events


def assemble(docs: Sequence[Document], timexes: Sequence[Sequence[DocTimex]],
             events: Sequence[Sequence[Event]], *, title: str | None = None) -> Chronology:
    """One chronology from analysed documents (each with its timexes and events): merge, order, number.

    Documents whose ids repeat (two ``article.txt`` in different folders) are renamed ``article-2``,
    ``article-3``, ... with their timexes and mentions, so no mention loses its document.
    """
    docs, timexes, events = _unique_ids(docs, timexes, events)
    doc_index = {doc.id: i for i, doc in enumerate(docs)}
    merged = merge_events([e for evs in events for e in evs], doc_index)
    horizon = max((d.published for d in docs if d.published), default=None)
    ordered = order_events(merged, doc_index, horizon)
    numbered = tuple(replace(e, id=f"e{n}") for n, e in enumerate(ordered, 1))
    return Chronology(documents=tuple(docs), timexes=tuple(t for ts in timexes for t in ts), events=numbered,
                      title=_title(docs, title))


def _unique_ids(docs: Sequence[Document], timexes: Sequence[Sequence[DocTimex]],
                events: Sequence[Sequence[Event]]):
    seen: dict[str, int] = {}
    taken = {d.id for d in docs}
    out_docs, out_timexes, out_events = list(docs), list(timexes), list(events)
    for i, doc in enumerate(docs):
        seen[doc.id] = seen.get(doc.id, 0) + 1
        if seen[doc.id] == 1:
            continue
        n = seen[doc.id]
        while f"{doc.id}-{n}" in taken:
            n += 1
        new = f"{doc.id}-{n}"
        taken.add(new)
        out_docs[i] = replace(doc, id=new)
        out_timexes[i] = [replace(t, doc=new) for t in timexes[i]]
        out_events[i] = [replace(e, mentions=tuple(replace(m, doc=new) if m.doc == doc.id else m
                                                    for m in e.mentions)) for e in events[i]]
    return out_docs, out_timexes, out_events


def build_chronology(docs: Sequence[Document], *, policy: AnchorPolicy = AnchorPolicy.NEWS,
                     title: str | None = None) -> Chronology:
    """Tag each document, extract its events, merge them across documents and order them."""
    parts = [analyse_document(doc, policy=policy) for doc in docs]
    return assemble(docs, [t for t, _ in parts], [e for _, e in parts], title=title)


__all__ = ["build_chronology", "analyse_document", "assemble", "merge_events", "order_events", "similar", "content_stems", "names", "stem",
           "TIMEX_BLOCKS"]
