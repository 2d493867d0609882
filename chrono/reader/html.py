"""The main text of a web page, with the stdlib ``html.parser`` (no extra dependency). Pure.

Web pages are read by trafilatura (:mod:`chrono.reader.page`); this extractor reads those it finds
no article text in (a stub, a menu), and gives :func:`declared_charset` and :func:`looks_like_html`
to the reader. Measured alone on the 90 development pages (``bench_reader.py --fallback``): body F1
0.896 micro, 0.850 macro, against 0.967 / 0.963 through trafilatura.

What is kept: the headline (``<h1>``, else ``og:title``, else ``<title>``) and the text blocks of
the article (``<article>`` or ``<main>`` when the page has one, else the whole ``<body>``), one block
per paragraph, list item, heading or caption, separated by blank lines. What is dropped: scripts,
styles, navigation, page header and footer, asides, forms, hidden elements.

Metadata: the publication date from ``article:published_time`` and similar ``<meta>`` tags,
``itemprop="datePublished"``, JSON-LD ``datePublished`` or the first ``<time datetime>``.
Offsets of the result refer to the extracted text (:attr:`HtmlArticle.text`).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from ..model import Span

#: Elements whose whole content is dropped.
SKIP_TAGS = frozenset("script style noscript template svg math nav footer aside form button select "
                      "textarea iframe object canvas dialog menu".split())
#: ARIA roles whose content is dropped.
SKIP_ROLES = frozenset("navigation banner contentinfo complementary search menu menubar dialog alert".split())
#: Elements that start and end a block of text.
BLOCK_TAGS = frozenset("p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd figcaption figure blockquote pre table "
                       "tr td th caption section article main header address hr".split())
#: What a block's element says about it (the reader uses these as hints).
TAG_HINTS = {"h1": "title", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
             "h6": "heading", "figcaption": "caption", "caption": "caption"}
#: ``<meta>`` names and properties that carry the publication date, best first.
DATE_META = ("article:published_time", "og:article:published_time", "article:published", "datepublished",
             "date", "pubdate", "pdate",
             "publishdate", "publish-date", "publish_date", "dc.date.issued", "dc.date", "dcterms.created",
             "sailthru.date", "parsely-pub-date", "article.published", "original-publish-date")
TITLE_META = ("og:title", "twitter:title", "headline", "dc.title")

_MAX_DEPTH = 32
#: Longest tag (in characters) kept as markup; longer ones are read as text.
MAX_TAG_CHARS = 8192
_SELF_CLOSING = frozenset("p li dt dd td th tr option".split())
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I)
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{4,64})"')
_TITLE_SEPARATORS = re.compile(r"\s+[|\u2013\u2014\u00b7\u2022-]\s+")


@dataclass(frozen=True)
class HtmlArticle:
    """The extracted text of a page with what its markup says."""

    text: str
    title: str | None = None
    published: str | None = None          # the raw date string of the metadata, if any
    hints: tuple[Span, ...] = ()          # one span per block; kind is a hint or "" (no hint)
    dates: tuple[str, ...] = ()           # every raw date of the metadata, best first


def looks_like_html(text: str) -> bool:
    """Whether decoded text is an HTML page rather than plain text."""
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:4096].lower():
        return True
    if head.startswith(("<!doctype html", "<html")):
        return True
    return head.startswith("<") and any(tag in head for tag in ("<head", "<body", "<meta ", "<title"))


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag (first 4 KB), if any."""
    m = _CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str, bool]] = []   # (text, hint, inside article/main)
        self.buffer: list[str] = []
        self.hint_stack: list[str] = []
        self.skip: list[str] = []          # the outermost skipped element's tag ...
        self.skip_depth = 0                # ... and how deep it nests in itself
        self.article_depth = 0
        self.in_title = False
        self.in_head = False
        self.title_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.times: list[tuple[str, bool]] = []
        self.script_type = ""
        self.ld_parts: list[str] = []
        self.in_ld = False
        self.in_header_kept = 0

    # -- helpers -------------------------------------------------------------------------
    def flush(self) -> None:
        text = "".join(self.buffer)
        self.buffer = []
        lines = [_SPACES.sub(" ", line).strip(" ") for line in text.split("\n")]
        text = "\n".join(line for line in lines if line.strip())
        if text.strip():
            hint = next((TAG_HINTS[t] for t in reversed(self.hint_stack[-_MAX_DEPTH:]) if t in TAG_HINTS), "")
            self.blocks.append((text, hint, self.article_depth > 0))

    # -- parser callbacks ----------------------------------------------------------------
    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if self.skip:
            if tag == self.skip[-1] and tag not in _VOID:
                self.skip_depth += 1
            return
        if tag == "head":
            self.in_head = True
        if tag == "meta":
            keys = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower().split()
            for key in keys:                     # itemprop="datePublished dateCreated"
                if a.get("content") and key not in self.meta:
                    self.meta[key] = a["content"]
            return
        if tag == "title":
            self.in_title = True
            return
        if tag == "script":
            self.in_ld = "ld+json" in a.get("type", "").lower()
            if not self.in_ld:
                self._start_skip(tag)
            return
        if "datepublished" in a.get("itemprop", "").lower().split() and (a.get("datetime") or a.get("content")):
            self.meta.setdefault("datepublished", a.get("datetime") or a.get("content"))
        hidden = ("hidden" in a or a.get("aria-hidden", "").lower() == "true"
                  or a.get("role", "").lower() in SKIP_ROLES
                  or "display:none" in a.get("style", "").replace(" ", "").lower())
        if tag in SKIP_TAGS or hidden or (tag == "header" and self.article_depth == 0):
            self.flush()
            self._start_skip(tag)
            return
        if tag == "time" and a.get("datetime"):
            self.times.append((a["datetime"], self.article_depth > 0))
        if tag in ("article", "main"):
            self.article_depth += 1
        if tag == "br":
            self.buffer.append("\n")
        elif tag in BLOCK_TAGS:
            self.flush()
            if tag not in _VOID:
                if self.hint_stack and self.hint_stack[-1] == tag and tag in _SELF_CLOSING:
                    self.hint_stack.pop()          # <p>a<p>b: the second <p> ends the first
                self.hint_stack.append(tag)
                if len(self.hint_stack) > 4 * _MAX_DEPTH:
                    del self.hint_stack[:_MAX_DEPTH]

    def _start_skip(self, tag: str) -> None:
        if tag in _VOID:
            return
        self.skip.append(tag)
        self.skip_depth = 1

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self.skip:
            if tag == self.skip[-1]:
                self.skip_depth -= 1
                if self.skip_depth <= 0:
                    self.skip.pop()
                    self.skip_depth = 0
            return
        if tag == "head":
            self.in_head = False
        if tag == "title":
            self.in_title = False
            return
        if tag == "script":
            self.in_ld = False
            return
        if tag in ("article", "main") and self.article_depth:
            self.flush()
            self.article_depth -= 1
        if tag in BLOCK_TAGS:
            self.flush()
            recent = self.hint_stack[-_MAX_DEPTH:]
            if tag in recent:
                while self.hint_stack:
                    if self.hint_stack.pop() == tag:
                        break

    def handle_data(self, data):
        if self.in_ld:
            self.ld_parts.append(data)
        elif self.skip:
            return
        elif self.in_title:
            self.title_parts.append(data)
        elif not self.in_head:
            self.buffer.append(_SPACES.sub(" ", data))   # source line breaks are spaces; <br> is not


def _clean_title(raw: str | None) -> str | None:
    if not raw:
        return None
    title = _SPACES.sub(" ", raw).strip()
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) > 1:                     # "Headline | Section | Site": keep the longest part
        title = max(parts, key=len)
    return title or None


def _ld_date(parts: list[str]) -> str | None:
    raw = "".join(parts)
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        m = _LD_DATE.search(raw)
        return m.group(1) if m else None
    stack = [data]
    seen = 0
    while stack and seen < 10000:
        seen += 1
        item = stack.pop()
        if isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str):
                return value
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(reversed(item))
    return None


def sanitize_markup(html: str) -> str:
    """Markup ``html.parser`` can read in linear time: comments removed (an unclosed comment hides
    the rest, as in a browser), and every ``<`` that does not open a tag closed before the next ``<``
    (or within :data:`MAX_TAG_CHARS`) escaped as text."""
    out: list[str] = []
    n = len(html)
    i = 0
    next_gt = -2                         # cached position of the next ">" (-1: none left)
    while i < n:
        lt = html.find("<", i)
        if lt < 0:
            out.append(html[i:])
            break
        out.append(html[i:lt])
        if html.startswith("<!--", lt):
            end = html.find("-->", lt + 4)
            if end < 0:
                break
            i = end + 3
            continue
        if next_gt != -1 and next_gt <= lt:
            next_gt = html.find(">", lt + 1)
        following = html.find("<", lt + 1, next_gt if next_gt > 0 else n)
        opener = html[lt + 1:lt + 2]
        if (next_gt == -1 or following != -1 or next_gt - lt > MAX_TAG_CHARS
                or not (opener.isalpha() or opener in "/!?")):
            out.append("&lt;")
            i = lt + 1
        else:
            out.append(html[lt:next_gt + 1])
            i = next_gt + 1
    return "".join(out)


def extract_html(html: str) -> HtmlArticle:
    """The article text of an HTML page, its title, raw publication date and block hints."""
    parser = _Extractor()
    parser.feed(sanitize_markup(html))
    parser.close()
    parser.flush()
    blocks = parser.blocks
    if any(inside for _, _, inside in blocks):
        main = [b for b in blocks if b[2]]
        if not any(h == "title" for _, h, _ in main):   # a headline above <article>
            main = [b for b in blocks if b[1] == "title"][:1] + main
        blocks = main
    meta = parser.meta
    title_text = next((t for t, h, _ in blocks if h == "title"), None)
    page_title = _clean_title(next((meta[k] for k in TITLE_META if meta.get(k)), None)
                              or "".join(parser.title_parts))
    chosen = [(t, h) for t, h, _ in blocks]
    if title_text is None and page_title:
        chosen.insert(0, (page_title, "title"))
    candidates = [meta[k] for k in DATE_META if meta.get(k)] + [_ld_date(parser.ld_parts) or ""] + [
        d for d, inside in parser.times if inside] + [d for d, _ in parser.times]
    candidates = [c for c in dict.fromkeys(candidates) if c]
    published = candidates[0] if candidates else None
    text, hints = join_blocks(chosen)
    title = _SPACES.sub(" ", title_text).strip() if title_text else page_title
    return HtmlArticle(text=text, title=title, published=published, hints=tuple(hints), dates=tuple(candidates))


def join_blocks(pieces) -> tuple[str, list[Span]]:
    """One text of ``(text, kind)`` pieces, a blank line between two, and the span of each piece.

    >>> join_blocks([("Title", "title"), ("Body.", "body")])
    ('Title\\n\\nBody.', [Span(start=0, end=5, kind='title'), Span(start=7, end=12, kind='body')])
    """
    parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    for text, kind in pieces:
        if parts:
            parts.append("\n\n")
            pos += 2
        parts.append(text)
        spans.append(Span(pos, pos + len(text), kind))
        pos += len(text)
    return "".join(parts), spans


__all__ = ["HtmlArticle", "SKIP_TAGS", "SKIP_ROLES", "BLOCK_TAGS", "TAG_HINTS", "DATE_META", "TITLE_META",
           "MAX_TAG_CHARS", "looks_like_html", "declared_charset", "sanitize_markup", "extract_html"]
