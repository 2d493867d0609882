"""Read an article: decode it, tell body text from page furniture, find title, dateline and agencies.

``read_document`` does the I/O (path, ``"-"`` for stdin, or bytes); ``parse_text`` is pure and does
the rest, with the reader's parts: :mod:`.decode` (bytes to text), :mod:`.page` (web pages, through
trafilatura; :mod:`.html`, our own extractor, when trafilatura finds no text), :mod:`.blocks` (what
each line is) with :mod:`.body` (where the article is in a text dump), :mod:`.dates` (the one
publication-date finder) with :mod:`.dateline`, :mod:`.agencies` and :mod:`.sentences`.

Every offset refers to :attr:`Document.text`:

* for plain text, the decoded file exactly (a UTF-8/UTF-16 byte-order mark is not part of it; CRLF,
  NBSP and trailing spaces are kept) — but for a ``lynx -dump`` that ends with its numbered list of
  links, whose link marks (``[12]``) are taken out of the text, a line of marks only with them
  (:mod:`.lynx`); the list itself stays, as one ``navigation`` block;
* for HTML, the article text extracted from the page — its title, paragraphs, subheadings, list
  items and table rows, one block each, separated by blank lines (see :mod:`chrono.reader.page`) —
  not the HTML source.
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from .. import lang
from ..lang.detect import detect
from ..errors import InputError
from ..model import Document, Span
from . import dates, furniture
from .agencies import agencies_of
from .blocks import classify, section_name
from .dates import find_published
from .lynx import carried_texts, read_links
from .decode import decode_bytes, load_bytes
from .sentences import split_sentences
from .textsafe import encodable

log = logging.getLogger(__name__)

#: A list bullet at the start of a line (lynx's ``* + o #``): layout, not a word of the language
#: (lynx's "o" would be read as Spanish "o" by the language detector).
_LAYOUT_BULLET = re.compile(r"(?m)^[ \t]*(?:[*+#\u2022\u00b7-]|o)(?=[ \t])")


def _sentences(text: str, blocks: tuple[Span, ...], language: lang.Language) -> tuple[Span, ...]:
    out: list[Span] = []
    for b in blocks:
        if b.kind in ("body", "lead"):
            out += split_sentences(text, b.start, b.end, "body", language)
        elif b.kind == "heading":
            out.append(Span(b.start, b.end, "heading"))
    return tuple(out)


def _default_id(path: str | None, text: str) -> str:
    if path and path != "-":
        return Path(path).stem or "article"
    if path == "-":
        return "stdin"
    return "doc-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]



def parse_text(text: str, *, path: str | None = None, published: date | None = None, title: str | None = None,
               doc_id: str | None = None, encoding: str = "utf-8",
               hints: tuple[Span, ...] = (), meta_published: date | None = None,
               language: str | None = None) -> Document:
    """A :class:`Document` of ``text``: blocks, title, section, dateline, agencies, sentences. Pure.

    ``published`` and ``title`` override what is found. ``hints`` (from HTML markup) and
    ``meta_published`` (from HTML metadata) are used by :func:`read_document` for web pages.
    ``language`` is the code of the article's language (default: the complete pack whose function
    words the text uses most, see :mod:`chrono.lang.detect`; English when the evidence is unclear).
    A lone surrogate (possible only in a Python string, never in decoded bytes) becomes U+FFFD,
    one character for one, so offsets hold and every writer can encode the text.
    """
    dump = read_links(encodable(text))
    text, end = dump.text, dump.list_start
    pack = lang.of(language or detect(_LAYOUT_BULLET.sub("", text[:end])))
    sites = furniture.site_keys([furniture.main_site(dump.links)])
    blocks, t_block, s_block = classify(text[:end], hints, title, pack, carried_texts(dump.links), sites)
    split = furniture.site_leads(text, blocks, sites)
    if len(split) > len(blocks):            # the first paragraph's lead set apart: one block more
        first = next(k for k, b in enumerate(blocks) if b.kind == "body")
        t_block, s_block = (k + 1 if k is not None and k > first else k for k in (t_block, s_block))
    blocks = split
    if text[end:].strip():
        blocks += (Span(end, len(text.rstrip()), "navigation"),)       # lynx's list of the links
    found_title = text[blocks[t_block].start:blocks[t_block].end].strip() if t_block is not None else None
    section = section_name(text[blocks[s_block].start:blocks[s_block].end]) if s_block is not None else None
    return Document(
        id=doc_id or _default_id(path, text), text=text, path=path,
        title=title or found_title, published=published or meta_published or find_published(text, blocks, pack, own=dump.own,
                                                                     links=dump.links, title=title or found_title),
        section=section or None, agencies=agencies_of(text, blocks, pack), blocks=blocks,
        sentences=_sentences(text, blocks, pack), encoding=encoding, language=pack.code)


def _read_page(text: str, label: str, plain: dict) -> Document | None:
    """A web page read by trafilatura (:mod:`.page`), or None to fall back to our own extractor."""
    from .page import read_page

    try:
        page = read_page(text, plain["language"])
    except Exception as exc:  # noqa: BLE001 - lxml/trafilatura on hostile markup: our own extractor
        log.debug("%s: trafilatura cannot read the page (%s)", label, exc)
        return None
    if page is None or not page.text.strip():
        return None
    text = encodable(page.text)
    pack = lang.of(plain["language"] or detect(text))
    blocks = page.blocks
    found = page.published            # one finder for every page: chrono.reader.dates
    return Document(
        id=plain["doc_id"] or _default_id(plain["path"], text), text=text, path=plain["path"],
        title=plain["title"] or page.title, published=plain["published"] or found,
        section=page.section, agencies=agencies_of(text, blocks, pack), blocks=blocks,
        sentences=_sentences(text, blocks, pack), encoding=plain["encoding"], language=pack.code)


def read_document(source: str | os.PathLike | bytes, *, published: date | None = None, title: str | None = None,
                  doc_id: str | None = None, max_bytes: int | None = None, language: str | None = None) -> Document:
    """Read an article from a path, ``"-"`` (standard input) or bytes.

    Raises :class:`InputError` (one line: what is wrong, what to do) for a missing file, a folder,
    empty, whitespace-only, binary or undecodable data, or input over the size limit
    (``max_bytes``, else ``$CHRONO_MAX_BYTES``, else 20 MB).
    """
    from . import html as html_text

    data, path = load_bytes(source, max_bytes=max_bytes)
    label = "standard input" if path == "-" else (path or "the input")
    declared = html_text.declared_charset(data) if data.lstrip()[:1] == b"<" else None
    text, encoding = decode_bytes(data, label=label, declared=declared)
    is_html = (path is not None and Path(path).suffix.lower() in (".html", ".htm", ".xhtml")) \
        or html_text.looks_like_html(text)
    plain = dict(path=path, published=published, title=title, doc_id=doc_id, encoding=encoding, language=language)
    if not is_html:
        return parse_text(text, **plain)
    doc = _read_page(text, label, plain)
    if doc is not None:
        return doc
    try:
        page = html_text.extract_html(text)
    except Exception as exc:  # noqa: BLE001 - html.parser on hostile markup: fall back to plain text
        log.warning("%s: cannot parse the HTML (%s); reading it as plain text", label, exc)
        return parse_text(text, **plain)
    if not page.text.strip():
        raise InputError(f"{label} is a web page without article text; save the article's text as .txt")
    meta_date = dates.meta_date(list(page.dates), language=language)
    doc = parse_text(page.text, hints=page.hints, meta_published=meta_date, **plain)
    if doc.title is None and page.title:
        doc = replace(doc, title=page.title)
    return doc


__all__ = ["parse_text", "read_document"]
