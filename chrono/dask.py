"""Build chronologies on Dask, for archives that outgrow one machine (``pip install 'chrono[dask]'``).

The same code runs on a laptop (Dask's local scheduler) or a cluster (a ``distributed.Client``):

>>> import dask.bag as db                                               # doctest: +SKIP
>>> from chrono.dask import build_bag
>>> paths = db.from_sequence(sorted(glob.glob("archive/**/*.txt")), npartitions=64)  # doctest: +SKIP
>>> per_article, merged = build_bag(paths)                                # doctest: +SKIP
>>> chron = merged.compute()         # one merged Chronology             # doctest: +SKIP
>>> chrono.write(chron, "out", ["json", "csv"])                          # doctest: +SKIP

Each article is read and analysed on a worker (:func:`chrono.pipeline.analyse`, as ``chrono build`` does);
the merge runs once over the per-partition results, in the bag's order, so the merged chronology is the
one ``chrono build`` gives for the same articles. Articles that fail are logged and left out.
"""
from __future__ import annotations

import logging
from datetime import date
from typing import Any

from .errors import ChronoError
from .model import AnchorPolicy, Chronology, Document
from .settings import Settings

log = logging.getLogger(__name__)


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


def _collect(parts: list) -> list:
    return [p for p in parts if p is not None]


def _merge(partitions: list[list], title: str | None = None) -> Chronology:
    parts = [p for partition in partitions for p in partition]
    if not parts:
        raise ChronoError("no article in the bag could be built")
    return _assemble(parts, title)


def build_bag(bag, *, published: date | None = None, policy: AnchorPolicy = AnchorPolicy.NEWS,
              kind: str = "path", title: str | None = None):
    """Per-article chronologies and one merged chronology from a Dask bag of articles.

    ``bag`` holds paths (``kind="path"``, the default), article texts (``kind="text"``) or
    :class:`~chrono.model.Document` objects. Returns ``(per_article, merged)``: a bag of
    :class:`~chrono.model.Chronology` (``None`` for an article that failed) and a Dask item whose
    ``.compute()`` is the merged :class:`~chrono.model.Chronology`.
    """
    if kind not in ("path", "text"):
        raise ValueError(f"kind must be 'path' or 'text', not {kind!r}")
    settings = Settings(published=published, policy=policy, title=title)
    parts = bag.map(_analyse_item, settings, kind)
    per_article = parts.map(_article)
    merged = parts.reduction(_collect, lambda partitions: _merge(partitions, title), split_every=False)
    return per_article, merged


__all__ = ["build_bag"]
