"""The sentences of several documents parsed together.

The parser reads a batch of many sentences for much less than each alone (its steps and layers cost
about as much for one sentence as for a batch of them), and a document gives few. A corpus build reads
its articles a few at a time: the sentences each one's event reading parses first
(:meth:`.bound.Parses.first`) are parsed in one batch (:func:`.parse.parse_ahead`), then each document
is read with them. A parse is the same whatever batch it is made in, so the events are too.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from .. import lang
from ..errors import ChronoError
from ..model import AnchorPolicy, Document, Timex
from .bound import bounded_sentences
from .extract import Extractor, _sentences
from .parse import forget_ahead, parse_ahead
from .words import stage

#: The most sentences parsed ahead at once: the memory of their parses is bounded.
AHEAD_MAX = 256


def sentences_ahead(doc: Document, timexes: Iterable[Timex], language: lang.Language | str | None = None) -> list[str]:
    """The sentences the event reading of ``doc`` (with ``timexes``) parses first."""
    ordered = sorted(timexes, key=lambda t: (t.start, t.end))
    sentences = bounded_sentences(doc.text, _sentences(doc), ordered)
    extractor = stage(Extractor, lang.of(language or doc.language))
    return extractor._parsed(doc, sentences, [t.start for t in ordered], ordered).first()


@contextmanager
def parsed_together(documents: Iterable[tuple[Document, list[Timex]]]) -> Iterator[None]:
    """Within the block, the first sentences of each document's event reading (``documents``: each with
    its time expressions) are parsed already, in one batch a language; forgotten after it."""
    by_language: dict[str, list[str]] = {}
    held = 0
    for doc, timexes in documents:      # (the documents past AHEAD_MAX sentences parse theirs as they read)
        code = lang.of(doc.language).code
        found = sentences_ahead(doc, timexes, code)
        if held + len(found) <= AHEAD_MAX:
            by_language.setdefault(code, []).extend(found)
            held += len(found)
    try:
        for code, texts in by_language.items():
            parse_ahead(texts, code)
        yield
    finally:
        forget_ahead()


def analyse_documents(items: Sequence[tuple[Document, AnchorPolicy]]) -> list[tuple[list, list] | ChronoError]:
    """:func:`chrono.chronology.analyse_document` of each document with its policy (or the error it
    raised), their sentences parsed together (:func:`parsed_together`): the same result, for less."""
    from ..chronology import analyse_document
    from ..timex import tag

    tagged: list = []
    for doc, policy in items:
        try:
            if doc.published is None and policy is not AnchorPolicy.NARRATIVE:
                analyse_document(doc, policy=policy)            # (raises its error)
            tagged.append(list(tag(doc.text, doc.published, policy=policy, language=doc.language)))
        except ChronoError as exc:
            tagged.append(exc)
    out: list = []
    with parsed_together((doc, t) for (doc, _), t in zip(items, tagged) if not isinstance(t, ChronoError)):
        for (doc, policy), t in zip(items, tagged):
            try:
                out.append(t if isinstance(t, ChronoError) else analyse_document(doc, policy=policy, timexes=t))
            except ChronoError as exc:
                out.append(exc)
    return out


__all__ = ["analyse_documents", "parsed_together", "sentences_ahead"]
