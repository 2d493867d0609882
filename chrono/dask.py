"""Build chronologies on Dask, for archives that outgrow one machine (``pip install 'chrono[dask]'``).

The same code runs on a laptop (Dask's local scheduler) or a cluster (a ``distributed.Client``):

>>> import dask.bag as db                                               # doctest: +SKIP
>>> from chrono.dask import build_bag
>>> paths = db.from_sequence(sorted(glob.glob("archive/**/*.txt")), npartitions=64)  # doctest: +SKIP
>>> per_article, merged = build_bag(paths)                                # doctest: +SKIP
>>> chron = merged.compute()         # one merged Chronology             # doctest: +SKIP
>>> chrono.write(chron, "out", ["json", "csv"])                          # doctest: +SKIP

Each article is read and analysed on a worker (:func:`chrono.pipeline.analyse`, as ``chrono build`` does).
The merge is a tree reduction (``split_every`` partitions a task): each partition is reduced on its worker
to a slim record an article — its document's metadata without its text, blocks or sentences, its time
expressions and its events, with equal small values shared — and the records are gathered ``split_every``
at a time, in the bag's order, up to the one task that merges them (:func:`chrono.chronology.assemble`).
That task holds what the chronology itself holds (every event with its mentions, every time expression,
the documents' metadata), never an article's text: about what the JSON chronology weighs, not the archive.

The gathering is a concatenation, not a merge of partial chronologies: the merge is greedy (an event joins
the first similar cluster of its bucket, whose words grow as it takes events), so merging partitions apart
and then their results would not always give the chronology of one merge in order. The merged
chronology is the one ``chrono build`` gives for the same articles (the same JSON, CSV, ICS, ...); its
documents carry no text unless ``texts=True`` (the TimeML writer needs it). Articles that fail are logged
and left out.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from functools import partial
from datetime import date
from typing import Any

from .errors import ChronoError
from .model import AnchorPolicy, Chronology, Document
from .settings import Settings

log = logging.getLogger(__name__)

#: Partitions (or groups of records) gathered by one task of the reduction.
SPLIT_EVERY = 8


def _analyse_item(item: Any, settings: Settings, kind: str):
    """:func:`chrono.pipeline.analyse` of one item of the bag; ``None`` (logged) when it fails."""
    from .pipeline import analyse, read
    from .reader.document import parse_text
    try:
        if isinstance(item, Document):
            doc = item
        elif kind == "text":
            doc = parse_text(str(item), published=settings.published, language=settings.language)
        else:
            doc = read(item, published=settings.published, language=settings.language)
        return analyse(doc, settings)
    except ChronoError as exc:
        log.warning("skipped %s: %s", item if kind == "path" else "a text", exc)
        return None


def _assemble(analyses: list, title: str | None = None) -> Chronology:
    from .chronology import assemble
    return assemble([a.document for a in analyses], [list(a.timexes) for a in analyses],
                    [list(a.events) for a in analyses], title=title)


def _article(analysis) -> Chronology | None:
    return None if analysis is None else _assemble([analysis])


def _slim(analysis, texts: bool = False):
    """What the merge needs of an analysis: its document without the spans of its blocks and sentences
    (and without its text unless ``texts``), its time expressions and events."""
    doc = analysis.document
    return replace(analysis, document=replace(doc, text=doc.text if texts else "", blocks=(), sentences=()))


def _records(parts: list, texts: bool = False) -> list:
    """One partition reduced to its slim records, equal small values shared."""
    from .pipeline import _shared
    pool: dict = {}
    return [_shared(_slim(p, texts), pool) for p in parts if p is not None]


def _gather(groups: list[list]) -> list:
    """The records of consecutive partitions (or groups), in their order."""
    return [record for group in groups for record in group]


def _merge(records: list, title: str | None = None) -> Chronology:
    if not records:
        raise ChronoError("no article in the bag could be built")
    return _assemble(records, title)


def build_bag(bag, *, published: date | None = None, policy: AnchorPolicy = AnchorPolicy.NEWS,
              kind: str = "path", title: str | None = None, split_every: int = SPLIT_EVERY,
              texts: bool = False):
    """Per-article chronologies and one merged chronology from a Dask bag of articles.

    ``bag`` holds paths (``kind="path"``, the default), article texts (``kind="text"``) or
    :class:`~chrono.model.Document` objects. Returns ``(per_article, merged)``: a bag of
    :class:`~chrono.model.Chronology` (``None`` for an article that failed) and a Dask item whose
    ``.compute()`` is the merged :class:`~chrono.model.Chronology`, reduced ``split_every`` partitions
    a task (see the module doc); ``texts`` keeps each document's text in it (for TimeML).
    """
    if kind not in ("path", "text"):
        raise ValueError(f"kind must be 'path' or 'text', not {kind!r}")
    if split_every < 2:
        raise ValueError(f"split_every must be at least 2, not {split_every!r}")
    settings = Settings(published=published, policy=policy, title=title)
    parts = bag.map(_analyse_item, settings, kind)
    per_article = parts.map(_article)
    records = parts.reduction(partial(_records, texts=texts), _gather, split_every=split_every,
                              name="chrono-records")
    merged = records.apply(partial(_merge, title=title))
    return per_article, merged


__all__ = ["SPLIT_EVERY", "build_bag"]
