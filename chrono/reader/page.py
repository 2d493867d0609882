"""A web page read by trafilatura, mapped to chrono's blocks.

trafilatura (with htmldate) finds the article of a page: its paragraphs, subheadings, lists, tables
and quotes, without menus, teasers, captions or comments. :func:`read_page` lays that out as one
text, a block per paragraph, list item or table row, blank lines between blocks, and gives every
block a kind (title, section, heading, body, dateline, byline, agencies, ...).

**Offsets contract.** For a web page, :attr:`chrono.model.Document.text` is this extracted text,
not the HTML source: every offset chrono reports (blocks, sentences, time expressions, event
evidence) is a Python ``str`` index into it. The same page always gives the same text.

trafilatura and lxml are imported only inside :func:`read_page`, so ``import chrono`` and reading
a ``.txt`` file do not load them.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

from .. import lang
from ..model import Span
from . import furniture
from .continued import continuation
from .blocks import HEADING_MAX_WORDS, SECTION_MAX_WORDS, line_kind, marker_of, section_name
from .dates import find_published
from .html import join_blocks
from .markup import break_empty_blocks, drop_credit_elements, drop_link_cards

log = logging.getLogger(__name__)

_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u200b]+")
_WORD = re.compile(r"\w+")
#: trafilatura's elements that hold text blocks of their own.
_CONTAINERS = frozenset("quote div list table row".split())
#: trafilatura's elements that are blocks: a table row whose cells hold them lays out a page, not data.
_BLOCK_TAGS = frozenset("p head list quote table".split())
#: Line kinds found by :func:`chrono.reader.blocks.line_kind` that a trafilatura paragraph may take.
KEPT_LINE_KINDS = frozenset("dateline byline agencies boilerplate readmore credit caption".split())
#: At most this many words: a paragraph that may be a dateline, byline or agency line.
SHORT_LINE_WORDS = 30
#: A subheading ending so is a line of the text (a Q&A question, a sentence set in bold).
HEADING_NOT_ENDS = ".?!\u2026:;\"\u201d"
#: ``<meta>`` keys of the page's last modification (a publication date may not be later).
MODIFIED_META = frozenset({"article:modified_time", "og:updated_time", "datemodified", "last-modified",
                           "dcterms.modified"})
#: Fewer words than this in trafilatura's result: the page is read by our own extractor instead.
MIN_BODY_WORDS = 10
#: An ``<h1>`` is the headline when at least this share of its words is in a page title.
TITLE_SHARED_WORDS = 0.3
#: Titles and headlines are no longer than this (words).
TITLE_MAX_WORDS = 40
#: A link to another article, in a list after "You may also like": at most this many words.
LINK_TITLE_MAX_WORDS = 20
#: Teasers after "Top stories" are navigation once the article has told this many paragraphs ...
TEASER_AFTER_PARAGRAPHS = 3
#: ... and have at most this many words.
TEASER_MAX_WORDS = 40
#: A link's headline ending in a bracketed tag in capitals ("[VIDEO]"); this many in a row are a box.
_TAGGED = re.compile(r"\[[A-Z]{3,12}\]\s*\|?\s*$")
TAGGED_MIN_LINES = 2
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZÀ-Þ]")
#: A paragraph that is one web address and nothing else.
_BARE_URL = re.compile(r"\s*(?:https?://|www\.)\S+\s*$", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+[|\u2013\u2014\u00b7\u2022:-]\s+|\s+[|\u00bb]\s*")


@dataclass(frozen=True)
class PageReading:
    """What the reader found in a web page; offsets refer to ``text``."""

    text: str
    blocks: tuple[Span, ...]
    title: str | None = None
    section: str | None = None
    published: date | None = None
    author: str | None = None
    sitename: str | None = None


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _text_of(el) -> list[str]:
    """The lines of one trafilatura element (``<lb/>`` breaks a line)."""
    lines: list[str] = [el.text or ""]
    for child in el:
        if child.tag == "lb":
            lines.append(child.tail or "")
            continue
        if child.tag in ("graphic",):
            lines[-1] += child.tail or ""
            continue
        inner = _text_of(child)
        lines[-1] += inner[0]
        lines.extend(inner[1:])
        lines[-1] += child.tail or ""
    return lines


def _row_text(row) -> str:
    cells = [_clean(" ".join(_text_of(c))) for c in row if c.tag == "cell"]
    return " | ".join(c for c in cells if c)


def _walk(el, out: list[tuple[str, str]]) -> None:
    """(text, element kind) of every text block under ``el``, in order."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in ("graphic", "lb"):
            pass
        elif tag == "row" and any(g.tag in _BLOCK_TAGS for cell in child for g in cell):
            for cell in child:           # a layout table: its cells hold paragraphs, each a block
                if (cell.text or "").strip():
                    out.append((_clean(cell.text), "p"))
                _walk(cell, out)
        elif tag == "row":
            text = _row_text(child)
            if text:
                out.append((text, "row"))
        elif tag in _CONTAINERS or (tag == "item" and any(g.tag == "list" for g in child)):
            if (child.text or "").strip():
                out.append((_clean(child.text), "item" if tag == "item" else tag))
            _walk(child, out)
        else:
            kind = "head" if tag == "head" else ("item" if tag == "item" else "p")
            out.extend((line, kind) for line in map(_clean, _text_of(child)) if line)
        if (child.tail or "").strip():
            out.append((_clean(child.tail), "p"))


def _norm(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def _overlap(a: str, b: str) -> float:
    """Share of the words of ``a`` found in ``b``."""
    wa, wb = _WORD.findall(a.casefold()), set(_WORD.findall(b.casefold()))
    return sum(w in wb for w in wa) / len(wa) if wa else 0.0


def _page_title(raw: str | None) -> str | None:
    """A ``<title>`` or ``og:title`` without the site name: "Headline | Section | Site" -> "Headline"."""
    if not raw:
        return None
    title = _clean(raw)
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) > 1:
        title = max(parts, key=lambda p: len(_WORD.findall(p)))
    return title or None


def _site_parts(metas: list[str], sitename: str | None) -> set[str]:
    """What names the site: ``og:site_name`` and the parts of a title beside its headline."""
    names = {_norm(sitename)} if sitename else set()
    for m in metas:
        parts = [p for p in _TITLE_SEPARATORS.split(m) if p.strip()]
        if len(parts) > 1:
            best = max(parts, key=lambda p: len(_WORD.findall(p)))
            names.update(_norm(p) for p in parts if p is not best)
    return names - {""}


def choose_title(headlines: list[str], meta_titles: list[str], sitename: str | None = None,
                 extracted: str | None = None) -> str | None:
    """The page's headline: the first ``<h1>`` that is not the site's name and shares words with the
    page's own titles (``og:title``, ``<title>``), else the best of those titles without the site
    name, else trafilatura's title."""
    metas = [t for t in (_clean(m) for m in meta_titles if m) if t]
    site = _site_parts(metas, sitename)
    for h in (_clean(h) for h in headlines):
        if not h or len(h.split()) > TITLE_MAX_WORDS or _norm(h) in site:
            continue
        if not metas or any(_overlap(h, m) >= TITLE_SHARED_WORDS for m in metas):
            return h
    for m in metas:
        cleaned = _page_title(m)
        if cleaned:
            return cleaned
    return _page_title(extracted)


def _page_facts(tree) -> tuple[list[str], list[str], list[str]]:
    """The ``<h1>`` texts, the meta titles (``og:title``, ``twitter:title``, ``<title>``) and the
    page's "modified" dates."""
    heads = [" ".join(h.itertext()) for h in tree.iter("h1")][:8]
    metas: list[str] = []
    modified: list[str] = []
    for m in tree.iter("meta"):
        key = (m.get("property") or m.get("name") or m.get("itemprop") or "").lower()
        if key in ("og:title", "twitter:title") and m.get("content"):
            metas.append(m.get("content"))
        elif key in MODIFIED_META and m.get("content"):
            modified.append(m.get("content"))
    for t in tree.iter("title"):
        metas.append(" ".join(t.itertext()))
        break
    return heads, metas, modified


def _kind_of(line: str, elem: str, language: lang.Language) -> str:
    if elem == "head":
        words = len(line.split())
        return "heading" if words <= HEADING_MAX_WORDS and line.rstrip()[-1:] not in HEADING_NOT_ENDS else "body"
    if elem in ("p", "quote", "div") and len(line.split()) <= SHORT_LINE_WORDS:
        kind = line_kind(line, language)
        if kind in KEPT_LINE_KINDS:
            return kind
    elif elem == "p" and getattr(marker_of(line, language), "kind", None) == "boilerplate":
        return "boilerplate"            # a long notice: "Correction added Nov. 18, 2019: The caption ..."
    return "body"


def _layout(pieces: list[tuple[str, str]], title: str | None, language: lang.Language,
            sites: frozenset[str] = frozenset()) -> tuple[str, list[Span], str | None]:
    """The text, its blocks, and the section name (a short kicker right above the headline)."""
    t_norm = _norm(title) if title else ""
    t_idx = next((i for i, (s, _) in enumerate(pieces) if t_norm and _norm(s) == t_norm), None)
    if t_idx is None and title:
        pieces = [(title, "title")] + pieces
        t_idx = 0
    kinds = [_kind_of(s, e, language) for s, e in pieces]
    section = None
    if t_idx is not None:
        kinds[t_idx] = "title"
        for i in range(t_idx):
            if len(pieces[i][0].split()) <= SECTION_MAX_WORDS and kinds[i] == "body":
                kinds[i] = "section" if i == t_idx - 1 and section is None else "navigation"
                if kinds[i] == "section":
                    section = section_name(pieces[i][0])
    _mark_toolbar(pieces, kinds, t_idx)
    _mark_link_lists(pieces, kinds, language)
    _mark_tagged_teasers(pieces, kinds)
    furniture.mark([s for s, _ in pieces], kinds, sites, language)
    text, blocks = join_blocks((s, kind) for (s, _), kind in zip(pieces, kinds))
    return text, blocks, section


def _mark_link_lists(pieces: list[tuple[str, str]], kinds: list[str], language: lang.Language) -> None:
    """A "You may also like" / "More stories" line that trafilatura kept in the article (a marker of
    the language that ends an article), and the run of headline-like lines after it (a few words,
    not a sentence of prose), are the page's links to other articles: navigation. Once the article
    has told :data:`TEASER_AFTER_PARAGRAPHS` paragraphs, the teasers after such a line (a sentence or
    two of at most :data:`TEASER_MAX_WORDS` words, "Top stories" of other articles) are navigation too."""
    told = 0
    for i, (line, _) in enumerate(pieces):
        told += kinds[i] == "body" and len(line.split()) > SHORT_LINE_WORDS // 2
        if kinds[i] not in ("body", "navigation") or len(line.split()) > SHORT_LINE_WORDS:
            continue
        mk = marker_of(line, language)
        if not (mk and mk.ends_article and mk.kind == "navigation"):
            continue
        kinds[i] = "navigation"
        teasers = told >= TEASER_AFTER_PARAGRAPHS
        k = i + 1
        while k < len(pieces) and kinds[k] == "body" and (
                _is_link_title(pieces[k][0]) or teasers and _is_teaser(pieces[k][0])):
            kinds[k] = "navigation"
            k += 1


def _mark_tagged_teasers(pieces: list[tuple[str, str]], kinds: list[str]) -> None:
    """Two or more short lines one after the other, each a headline ending in a bracketed tag in
    capitals ("... for protest jibe [INSIGHT]", "... amid turmoil [VIDEO]"), are a box of links to
    other articles set inside the text, and so is the short label over them: navigation."""
    i = 0
    while i < len(pieces):
        k = i
        while k < len(pieces) and kinds[k] == "body" and len(pieces[k][0].split()) <= SHORT_LINE_WORDS \
                and _TAGGED.search(pieces[k][0]):
            k += 1
        if k - i >= TAGGED_MIN_LINES:
            kinds[i:k] = ["navigation"] * (k - i)
            if i > 0 and kinds[i - 1] in ("body", "heading") and len(pieces[i - 1][0].split()) <= SECTION_MAX_WORDS:
                kinds[i - 1] = "navigation"
        i = max(k, i + 1)


def _is_teaser(line: str) -> bool:
    """A teaser of another article: at most ``TEASER_MAX_WORDS`` words and two sentences."""
    return len(line.split()) <= TEASER_MAX_WORDS and len(_SENTENCE_BREAK.findall(line)) <= 1


def _is_link_title(line: str) -> bool:
    """A headline of a link: at most ``LINK_TITLE_MAX_WORDS`` words, one sentence, no final full stop."""
    text = line.strip()
    return 0 < len(text.split()) <= LINK_TITLE_MAX_WORDS and not text.endswith(".") and not _SENTENCE_BREAK.search(text)


def _mark_toolbar(pieces: list[tuple[str, str]], kinds: list[str], t_idx: int | None) -> None:
    """A list under the headline, before any paragraph of the text, whose items are all a few
    unpunctuated words ("Order Reprints", "Print Article"), is the page's tool bar: navigation. A
    web address alone on its line before the first paragraph is boilerplate (addresses the
    article cites, further down, stay)."""
    i = (t_idx + 1) if t_idx is not None else 0
    while i < len(pieces) and kinds[i] != "body":
        i += 1
    k = i
    while k < len(pieces) and pieces[k][1] == "item" and kinds[k] in ("body", "boilerplate") \
            and len(pieces[k][0].split()) <= SECTION_MAX_WORDS and pieces[k][0].rstrip()[-1:] not in HEADING_NOT_ENDS:
        k += 1
    if k > i and (k == len(pieces) or pieces[k][1] != "item"):
        for j in range(i, k):
            kinds[j] = "navigation"
    while k < len(pieces) and (kinds[k] != "body" or _BARE_URL.match(pieces[k][0])):
        if _BARE_URL.match(pieces[k][0]):
            kinds[k] = "boilerplate"        # the page's address printed over the text
        k += 1


def _quiet(*names: str) -> None:
    for name in names:
        logger = logging.getLogger(name)
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.ERROR)


def read_page(html: str, language: lang.Language | str | None = None) -> PageReading | None:
    """The article of a web page, laid out as chrono's blocks; None when trafilatura finds no text
    (the caller then falls back to :func:`chrono.reader.html.extract_html`)."""
    import trafilatura
    from trafilatura.utils import load_html

    _quiet("trafilatura", "htmldate")
    language = lang.of(language)
    tree = load_html(html)
    if tree is None:
        return None
    headlines, meta_titles, modified = _page_facts(tree)
    drop_link_cards(tree)
    drop_credit_elements(tree)
    break_empty_blocks(tree)
    doc = trafilatura.bare_extraction(tree, fast=True, include_comments=False, include_tables=True,
                                      with_metadata=True, output_format="python")
    if doc is None or doc.body is None:
        return None
    pieces: list[tuple[str, str]] = []
    _walk(doc.body, pieces)
    kept = list(doc.body.iter("p"))
    if kept:                             # an article split into containers: the parts after the first
        pieces += continuation(tree, " ".join(kept[-1].itertext()), {s for s, _ in pieces})
    if sum(len(t.split()) for t, e in pieces if e != "head") < MIN_BODY_WORDS:
        return None                      # a menu or a stub: our own extractor judges it
    title = choose_title(headlines + [s for s, e in pieces[:3] if e == "head"], meta_titles, doc.sitename, doc.title)
    sites = furniture.site_keys([doc.sitename, doc.hostname, doc.url])
    text, blocks, section = _layout(pieces, title, language, sites)
    blocks = list(furniture.site_leads(text, blocks, sites))
    published = find_published(text, tuple(blocks), language, extracted=doc.date, modified=modified, web=True)
    return PageReading(text=text, blocks=tuple(blocks), title=title, section=section, published=published,
                       author=doc.author or None, sitename=doc.sitename or None)


__all__ = ["KEPT_LINE_KINDS", "PageReading", "break_empty_blocks", "choose_title", "drop_credit_elements", "drop_link_cards", "read_page"]
