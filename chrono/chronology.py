"""One chronology from one or more documents: tag, extract events, merge duplicates, order.

Merging (:func:`merge_events`). Two events are the same when they have the same time value and modifier, the same
modality, and similar content: the overlap coefficient of their content stems (shared / size of the smaller set)
reaches :data:`MERGE_MIN_OVERLAP` with at least :data:`MERGE_MIN_SHARED` shared stems, or they share a name (a
capitalised word that is not common in news) and overlap at least :data:`MERGE_NAME_OVERLAP` — when the name is all
they share, only if they tell a common kind of happening ("SDF captured Raqqa" / "Raqqa was liberated by US-backed
forces"). The stems, stopwords, common names and kinds of happening are the language's
(:class:`chrono.lang.events.MergeWords`). Two events that both hold names but share none never merge ("army shelled
Aleppo" / "army shelled Homs"), nor two that tell kinds with nothing in common ("retook the town" / "shelled the
town"), nor two whose stems hold numbers, none shared ("a loss of $35.2 million" / "a loss of $5.5 million": two
figures, :func:`chrono.clusters.figures_apart`). Events are bucketed by (value, mod, modality) and, inside a bucket,
an event is compared only with the clusters the rules above could accept — sharing a name, or enough of its less
common stems (:mod:`chrono.clusters`) — so a big bucket (a busy day, a year) costs about its size, not its square. A
merged event keeps every mention (each with its document id) and takes its headline, text and attribution from its
first mention that is a full clause (not a nominal event), in document order.

Across grains: mentions of one happening at compatible dates ("July 2017" / "10 July 2017") become one event dated
by the finer date, keeping every mention — when the coarser interval strictly holds the finer one (within one
calendar year, at most :data:`GRAIN_MAX_RATIO` times as long: a month holds a day, a year a month, a day its times
of day), the modality is the same, and the headlines are similar by the rules above with at least
``MERGE_MIN_SHARED`` shared stems that are not names — or, within one document, the two sentences tell a common kind
of happening and share a word besides ("Kicking off in June 2020, the 30-date run..." / "The band will kick off the
jaunt June 9, 2020"; "150 Indians returned home on Wednesday after being deported" / "The aircraft carrying the
deportees landed at 6am": :func:`chrono.clusters.told_once`). Different happenings on one day stay apart.

In other words: within one document, two events of the same date whose headlines share
``MERGE_MIN_SHARED`` stems that are not names, and whose sentences share
:data:`chrono.clusters.PARAPHRASE_MIN_SHARED` more (less time expressions, numbers and names), are one
happening told twice ("Dr. Jackson suggested the President change his diet" / "The President received
a diet and exercise plan after his annual physical"), unless their names or kinds of happening differ.
And the statements one document places at one dated occasion ("At last week's hearing, the witnesses
backed up that assessment" / "Babin referred to those comments at last week's hearing") are that
occasion, told once (:func:`chrono.occasions.merge_occasions`).

Last (:mod:`chrono.restated`): within one document, a happening told again at its date — the same word next to both
time expressions and a name shared ("Stadia launches tomorrow" / "the Stadia editions launch tomorrow"), the noun a
date premodifies found in the other sentence ("Trump's July 25 call" / "a call ... the July 25 transcript") or told
there in a word of its kind ("the Oct. 23 killing" / "was shot on Oct. 23"), or the lead's undated news and its
dated telling sharing names and words; a story's lead retold by a body sentence of its day (:mod:`chrono.retold`); a
restrictive when-clause and the predicate whose time it names ("in 1968 when Russian troops swept through Prague":
:mod:`chrono.simultaneous`); a dated noun and the clause telling it at a finer date, or one word next to two dates
of compatible grains (:mod:`chrono.dated_noun`); a happening and the report of it days later
(:mod:`chrono.announced`); two dates of one sentence offered as alternatives ("late 2020, and more likely 2021");
and a supposition and a forecast of one date with similar headlines, listed once as the forecast. A word that starts
a headline is not a name when the sentence writes it in lower case (and nowhere capitalised after its start):
"Buried among the opinions" from "However, buried among the opinions".

Order (:func:`order_events`): by the start of the interval the time value covers (grain and
modifier honoured: "early 2014" starts 2014-01-01 and ends 2014-05-01); on ties, coarser grain
first, then document order (document index, then offset). Events with no interval (FUTURE_REF
"the days ahead", PXD "within days") come right after every event that starts on or before the
latest publication date of the documents, in document order: they look ahead from then. Ids are ``e1``,
``e2``, ... in the final order: deterministic for the same input.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from . import lang
from .clusters import (GRAIN_MAX_RATIO, PARAPHRASE_MIN_SHARED, Bucket, Cluster, merge_across_grains,
                       merge_paraphrases)
from .errors import NoPublicationDate
from .events.extract import extract_events, in_blocks
from .events.words import stage
from .model import AnchorPolicy, Chronology, DocTimex, Document, Event, Modality, Relation, Timex
from .occasions import merge_occasions
from .restated import merge_alternatives, merge_expected, merge_restated, merge_time_relative
from .announced import merge_announced
from .dated_noun import merge_dated_nouns
from .retold import merge_lead_retold
from .simultaneous import merge_when_named
from .similarity import (MERGE_MIN_OVERLAP, MERGE_MIN_SHARED, MERGE_NAME_OVERLAP, Similarity, content_stems, kinds,
                         names, similar, stem)

log = logging.getLogger(__name__)

#: Block kinds whose time expressions the chronology keeps (what `chrono tag` gives, less navigation).
TIMEX_BLOCKS = frozenset({"title", "dateline", "caption", "heading", "body"})

def merge_events(events: Sequence[Event], doc_index: dict[str, int] | None = None,
                 language: lang.Language | str | None = None) -> list[Event]:
    """Events told more than once (in one document or several) as one event with every mention.

    ``events`` come in document order; the result keeps the order of first mentions.
    """
    doc_index = doc_index or {}
    sim = stage(Similarity, language)
    buckets: dict[tuple, Bucket] = defaultdict(lambda: Bucket(MERGE_MIN_OVERLAP, MERGE_MIN_SHARED))
    clusters: list[Cluster] = []
    for event in events:
        bucket = buckets[(event.when.value, event.when.mod, event.modality)]
        stems, nms = sim.content_stems(event.headline), sim.headline_names(event.headline, event.text)
        candidates = bucket.candidates(stems, nms)
        kind = sim.kinds(stems) if candidates else frozenset()
        target = next((i for i in candidates
                       if sim.similar(stems, nms, bucket.clusters[i].stems, bucket.clusters[i].names,
                                      kind, bucket.clusters[i].kinds(sim))), None)
        size = len(bucket.clusters)
        cluster = bucket.add(target, event, stems, nms)
        if len(bucket.clusters) > size:
            clusters.append(cluster)
    absorbed = merge_across_grains(clusters, sim, MERGE_MIN_SHARED)
    absorbed |= merge_paraphrases([c for c in clusters if id(c) not in absorbed], sim, MERGE_MIN_SHARED)
    absorbed |= merge_occasions([c for c in clusters if id(c) not in absorbed], sim)
    absorbed |= merge_alternatives([c for c in clusters if id(c) not in absorbed], sim)
    absorbed |= merge_time_relative([c for c in clusters if id(c) not in absorbed], sim)
    absorbed |= merge_when_named([c for c in clusters if id(c) not in absorbed], sim)
    absorbed |= merge_restated([c for c in clusters if id(c) not in absorbed], sim)
    absorbed |= merge_dated_nouns([c for c in clusters if id(c) not in absorbed], sim)
    absorbed |= merge_announced([c for c in clusters if id(c) not in absorbed], sim)
    absorbed |= merge_lead_retold([c for c in clusters if id(c) not in absorbed], sim)
    absorbed |= merge_expected([c for c in clusters if id(c) not in absorbed], sim)
    return [_combine(c.events, doc_index, c.dated_by, c.modality, c.lead) for c in clusters if id(c) not in absorbed]


def _combine(events: list[Event], doc_index: dict[str, int], dated_by: Event | None = None,
             modality: Modality | None = None, lead: Event | None = None) -> Event:
    """One event of a cluster's mentions, headlined by ``lead`` when given, else by its first dated
    predicate (of ``modality`` when given)."""
    if len(events) == 1:
        return events[0]
    told = [e for e in events if modality is None or e.modality is modality] or events
    best = lead or next((e for e in told if e.rule not in ("nominal", "lede-news")),    # (a dated predicate
                        next((e for e in told if e.rule != "nominal"), told[0]))        # before the lead's summary)
    mentions = sorted({m for e in events for m in e.mentions},
                      key=lambda m: (doc_index.get(m.doc, 0), m.start, m.end, m.timex_start or -1,
                                     m.timex_end or -1, m.doc))
    merged = replace(best, mentions=tuple(mentions))
    if dated_by is not None and dated_by.when != best.when:
        merged = replace(merged, when=dated_by.when, timex_text=dated_by.timex_text, anchor=dated_by.anchor)
    return merged


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
            return (e.when.start, -1 if e.when.relation == Relation.BEFORE else 0, rank, pos)   # (before it: first)
        return (horizon or date.max, 1, 99, pos)

    return sorted(events, key=key)


def _kept(doc: Document, timexes: list[Timex]) -> list[Timex]:
    blocks = doc.blocks
    if not blocks:
        return timexes
    kept_blocks = [b for b in blocks if b.kind in TIMEX_BLOCKS]
    return [t for t in timexes if in_blocks(t, kept_blocks)]


def _title(docs: Sequence[Document], title: str | None) -> str | None:
    if title:
        return title
    titles = list(dict.fromkeys(d.title for d in docs if d.title))
    if not titles:
        return None
    if len(titles) <= 3:
        return " / ".join(titles)
    return " / ".join(titles[:3]) + f" and {len(titles) - 3} more"


def analyse_document(doc: Document, *, policy: AnchorPolicy = AnchorPolicy.NEWS, language: lang.Language | str | None = None,
                     timexes: Sequence[Timex] | None = None) -> tuple[list[DocTimex], list[Event]]:
    """Tag one document and extract its events (before merging): the unit of work of a corpus.

    ``language`` gives the words of the tagger and the event layer (default: the document's own);
    ``timexes``, the document's time expressions when they are tagged already (:mod:`.events.ahead`)."""
    from .timex import tag

    if doc.published is None and policy is not AnchorPolicy.NARRATIVE:
        raise NoPublicationDate(f"no publication date found in {doc.path or doc.id}; "
                                "give it with --published YYYY-MM-DD")
    language = language or doc.language
    timexes = list(tag(doc.text, doc.published, policy=policy, language=language) if timexes is None else timexes)
    events = extract_events(doc, timexes, language)
    log.info("%s: %d time expressions, %d events", doc.id, len(timexes), len(events))
    return [DocTimex(doc.id, t) for t in _kept(doc, timexes)], events


def assemble(docs: Sequence[Document], timexes: Sequence[Sequence[DocTimex]],
             events: Sequence[Sequence[Event]], *, title: str | None = None,
             language: lang.Language | str | None = None) -> Chronology:
    """One chronology from analysed documents (each with its timexes and events): merge, order, number.

    Documents whose ids repeat (two ``article.txt`` in different folders) are renamed ``article-2``,
    ``article-3``, ... with their timexes and mentions, so no mention loses its document.
    """
    docs, timexes, events = _unique_ids(docs, timexes, events)
    doc_index = {doc.id: i for i, doc in enumerate(docs)}
    merged = _merge_by_language(docs, events, doc_index, language)
    horizon = max((d.published for d in docs if d.published), default=None)
    ordered = order_events(merged, doc_index, horizon)
    numbered = tuple(replace(e, id=f"e{n}") for n, e in enumerate(ordered, 1))
    return Chronology(documents=tuple(docs), timexes=tuple(t for ts in timexes for t in ts), events=numbered,
                      title=_title(docs, title))


def _merge_by_language(docs: Sequence[Document], events: Sequence[Sequence[Event]], doc_index: dict[str, int],
                       language: lang.Language | str | None) -> list[Event]:
    """Events merged within each language, with its stems and stopwords (``language`` forces one): events
    of different languages never merge."""
    if language is not None:
        return merge_events([e for evs in events for e in evs], doc_index, language)
    groups: dict[str, list[Event]] = {}
    for doc, evs in zip(docs, events):
        groups.setdefault(doc.language or lang.DEFAULT, []).extend(evs)
    return [e for code, evs in groups.items() for e in merge_events(evs, doc_index, code)]


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
                     title: str | None = None, language: lang.Language | str | None = None) -> Chronology:
    """Tag each document, extract its events, merge them across documents and order them."""
    parts = [analyse_document(doc, policy=policy, language=language) for doc in docs]
    return assemble(docs, [t for t, _ in parts], [e for _, e in parts], title=title, language=language)


__all__ = ["GRAIN_MAX_RATIO", "PARAPHRASE_MIN_SHARED", "MERGE_MIN_OVERLAP", "MERGE_MIN_SHARED", "MERGE_NAME_OVERLAP", "Similarity", "TIMEX_BLOCKS", "analyse_document",
           "assemble", "build_chronology", "content_stems", "kinds", "merge_events", "names", "order_events", "similar",
           "stem"]
