"""Furniture inside the article that no line shows alone: pull quotes, embedded posts, closing notes.

A page sets inside its article text that is not the article's prose, and a line rule cannot tell
it, because it reads like prose; these rules look at the lines around it:

* a **pull quote** (a sentence of the text shown again, large, beside it): a body line most of
  whose word triples stand in one other, longer body line of the page;
* an **embedded post** (a tweet): the line signing it, ``— Name (@handle) November 18, 2019``, with
  the lines of its paragraph above it, and a line ending in the post's picture or short link
  (``pic.twitter.com/…``, ``https://t.co/…``);
* a **picture's caption** between the headline and the byline (a caption or credit line there too);
* **reader comments** after the article: a thread of posts, each signed with a date and a clock
  time on a line of its own ("November 19, 2019 at 6:34 am"), :data:`THREAD_MIN_POSTS` or more
  of them after the article's text; the thread begins at the short lines over its first stamp
  (the poster's name, the post's number, the thread's heading); so do **cards of other
  stories** after it, each signed by its byline ("By Jane Roe") as many times;
* a **site's name leading the first paragraph** ("Example.Net - Verified footage shows ..."), the
  way a wire dateline does: the lead is the paragraph's credit, not its first words;
* **closing notes** after the article's last paragraph: a note on the author ("Jane Roe is a
  staff writer at ...", the language's :attr:`chrono.lang.reading.ReadingWords.author_note`) or on
  the site, a line opening with the site's own name ("WIRED is where tomorrow is realized", the
  site named by its address or its name: :func:`site_keys`). Only the last body lines of the
  page are read so: a line on a journalist inside an article stays the article's.

Each function takes the lines and their kinds (``"body"`` for article text) and gives the indices
it finds; :func:`mark` applies them (the site's lead is set apart on the blocks: :func:`site_leads`). Pure.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Iterable, Sequence
from urllib.parse import urlparse

from .. import lang
from ..model import Span

#: The kind a pull quote or an embedded post takes.
EMBED = "embed"
#: A post's signature line: a dash, the author's name, the handle in brackets, its date.
POST_SIGNATURE = re.compile(r"^\s*[\u2014\u2013-]{1,2}\s*[^()\n]{1,80}\(@\w{1,15}\)(?:\s.{0,40})?$")
#: A line ending in a post's picture or short link.
POST_LINK = re.compile(r"(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)\s*$")
#: A pull quote has at least this many words, and this share of its word triples in the other line.
PULL_MIN_WORDS = 12
PULL_SHARE = 0.5
#: A reader's post is signed by a date line with a clock time; this many make a thread.
THREAD_MIN_POSTS = 3
CLOCK = re.compile(r"(?<![\d:])\d{1,2}[:.]\d{2}(?![\d:])")
#: The lines over a thread's first stamp (name, number, heading) have at most this many words.
THREAD_HEAD_WORDS = 12
THREAD_HEAD_LINES = 4
#: A site's name leading a paragraph: at most this many tokens, then a dash or a colon.
LEAD_MAX_TOKENS = 3
_LEAD = re.compile(r"^\s*\(?((?:\S+\s+){0,%d}?\S+?)\)?\s*[-\u2013\u2014:]{1,2}\s+(?=[\"\u201c\u2018'(\w])" % (LEAD_MAX_TOKENS - 1))
#: Second-level labels of a country's domains ("co.uk"): the site's name is the label before.
_SECOND_LEVEL = frozenset(("co", "com", "org", "net", "ac", "gov", "edu", "ne", "go"))
_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\S+")
_NOT_ALNUM = re.compile(r"[\W_]+")
TEXT = "body"
#: A byline is looked for this many lines under the headline; it has at most this many words.
BYLINE_REACH = 12
BYLINE_MAX_WORDS = 15


def _grams(text: str) -> tuple[int, set[tuple[str, ...]]]:
    words = _WORD.findall(text.casefold())
    return len(words), {tuple(words[k:k + 3]) for k in range(len(words) - 2)}


def pull_quotes(texts: Sequence[str], kinds: Sequence[str | None]) -> list[int]:
    """Body lines that copy most of another, longer body line (a copy word for word is left to the
    reader's rules of repeated lines: a text may say a thing twice)."""
    sizes, grams = zip(*(_grams(t) if k == TEXT else (0, set()) for t, k in zip(texts, kinds))) if texts else ((), ())
    index: dict[tuple[str, ...], list[int]] = {}
    for i, gs in enumerate(grams):
        for g in gs:
            index.setdefault(g, []).append(i)
    out = []
    repeated = {g for g, lines in index.items() if len(lines) > 1}     # (only those are shared with a line)
    for i, gs in enumerate(grams):
        if sizes[i] < PULL_MIN_WORDS:
            continue
        shared = Counter(j for g in gs & repeated for j in index[g] if j != i)
        if any(n >= PULL_SHARE * len(gs) and sizes[j] > sizes[i] for j, n in shared.items()):
            out.append(i)
    return out


def posts(texts: Sequence[str], kinds: Sequence[str | None], groups: Sequence[int] = ()) -> list[int]:
    """Lines of embedded posts: a signature line and the lines of its paragraph above it (``groups``:
    the paragraph of each line; without them, the line above when it ends in a post's link), and
    body lines ending in a post's link."""
    out: set[int] = set()
    for i, text in enumerate(texts):
        if kinds[i] == "title":
            continue
        if POST_SIGNATURE.match(text):
            out.add(i)
            j = i - 1
            while j >= 0 and groups and groups[j] == groups[i] and kinds[j] != "title":
                out.add(j)
                j -= 1
            if j == i - 1 and j >= 0 and kinds[j] == TEXT and POST_LINK.search(texts[j]):
                out.add(j)
        elif kinds[i] == TEXT and POST_LINK.search(text):
            out.add(i)
    return sorted(out)


def comment_thread(texts: Sequence[str], kinds: Sequence[str | None]) -> list[int]:
    """The lines of a thread of reader comments after the article, or of a list of other stories'
    cards each signed by its byline (see the module's notes): from the short lines over the first
    signature to the end of the page, what is not already furniture; a thread's stamps stay date
    lines (with no other date, the first post's dates the page)."""
    first_text = next((i for i, k in enumerate(kinds) if k == TEXT), None)
    if first_text is None:
        return []
    stamps = [i for i, k in enumerate(kinds) if k == "dateline" and i > first_text and CLOCK.search(texts[i])]
    cards = [i for i, k in enumerate(kinds) if k == "byline" and i > first_text]
    starts = [run[0] for run in (stamps, cards) if len(run) >= THREAD_MIN_POSTS]
    if not starts:
        return []
    start = top = min(starts)
    while (start - 1 > first_text and top - start < THREAD_HEAD_LINES
           and kinds[start - 1] in (TEXT, "heading", "boilerplate", "navigation")
           and len(texts[start - 1].split()) <= THREAD_HEAD_WORDS):
        start -= 1
    return [i for i in range(start, len(texts)) if kinds[i] in (TEXT, "heading", "byline", EMBED)]


def site_lead(text: str, sites: frozenset[str]) -> tuple[int, int] | None:
    """Where a site's name leading a paragraph ends and the paragraph's text begins, or None:
    ``"Example.Net - Verified footage ..."`` -> the end of ``Example.Net`` and the start of
    ``Verified`` (``sites``: :func:`site_keys` of the page)."""
    m = _LEAD.match(text) if sites else None
    if not m or not (site_keys([m.group(1)]) & sites or _NOT_ALNUM.sub("", m.group(1).casefold()) in sites):
        return None
    return m.end(1), m.end()


def site_leads(text: str, blocks: Sequence[Span], sites: frozenset[str]) -> tuple[Span, ...]:
    """``blocks`` with the site's name leading the article's first paragraph set apart as a
    ``byline`` block (:func:`site_lead`)."""
    first = next((k for k, b in enumerate(blocks) if b.kind == TEXT), None)
    cut = site_lead(text[blocks[first].start:blocks[first].end], sites) if first is not None else None
    if cut is None:
        return tuple(blocks)
    b = blocks[first]
    return (*blocks[:first], Span(b.start, b.start + cut[0], "byline"), Span(b.start + cut[1], b.end, TEXT),
            *blocks[first + 1:])


def site_keys(names: Iterable[str | None]) -> frozenset[str]:
    """What names a site, letters and digits only, lower case: of a web address its name
    (``https://www.thespacereview.com/a/1`` -> ``thespacereview``, ``bbc.co.uk`` -> ``bbc``), of a
    name its letters ("The Space Review" -> ``thespacereview``)."""
    out = set()
    for name in names:
        if not name or not name.strip():
            continue
        name = name.strip()
        host = urlparse(name).hostname if "://" in name else (name if re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", name) else None)
        if host:
            labels = [x for x in host.lower().split(".") if x and x != "www"][:-1]
            if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
                labels = labels[:-1]
            name = labels[-1] if labels else ""
        key = _NOT_ALNUM.sub("", name.casefold())
        if len(key) >= 2:
            out.add(key)
    return frozenset(out)


def main_site(links: Iterable[str]) -> str | None:
    """The host most links of a page point to (its own site), or None."""
    hosts = Counter(h for h in (urlparse(u).hostname for u in links if "://" in u) if h)
    return hosts.most_common(1)[0][0] if hosts else None


@lru_cache(maxsize=None)
def _notes(code: str) -> tuple[re.Pattern | None, re.Pattern | None]:
    words = lang.get(code).reading
    return (re.compile(words.author_note, re.I) if words.author_note else None,
            re.compile(words.site_note, re.I) if words.site_note else None)


def is_note(text: str, sites: frozenset[str], language: lang.Language | str | None = None) -> bool:
    """Whether a line is a note on the author or on the site (one of ``sites``, :func:`site_keys`)."""
    author, site = _notes(lang.of(language).code)
    if author is not None and author.match(text.strip()):
        return True
    if site is None or not sites:
        return False
    tokens = list(_TOKEN.finditer(text[:200]))
    for n in range(1, min(4, len(tokens)) + 1):
        key = _NOT_ALNUM.sub("", "".join(m.group() for m in tokens[:n]).casefold())
        if key in sites and site.match(text[tokens[n - 1].end():]):
            return True
    return False


def closing_notes(texts: Sequence[str], kinds: Sequence[str | None], sites: frozenset[str] = frozenset(),
                  language: lang.Language | str | None = None) -> list[int]:
    """The body lines after the article's last paragraph that are notes on its author or its site."""
    out = []
    for i in range(len(texts) - 1, -1, -1):
        if kinds[i] != TEXT:
            continue
        if not is_note(texts[i], sites, language):
            break
        out.append(i)
    return out[::-1]


def picture_captions(texts: Sequence[str], kinds: Sequence[str | None],
                     language: lang.Language | str | None = None) -> list[int]:
    """Body lines between the headline and the byline when a picture stands there (a caption or a
    credit line between them), the article's text after the byline: the picture's caption."""
    if "title" not in kinds:
        return []
    top = list(kinds).index("title")
    byline = lang.of(language).reading.datelines.byline
    for b in range(top + 1, min(len(texts), top + 1 + BYLINE_REACH)):
        text = texts[b].strip()
        if byline and text.startswith(byline) and len(text.split()) <= BYLINE_MAX_WORDS:
            zone = range(top + 1, b)
            if any(kinds[k] in ("caption", "credit") for k in zone) and TEXT in kinds[b + 1:]:
                return [k for k in zone if kinds[k] == TEXT]
            break
    return []


def mark(texts: Sequence[str], kinds: list[str | None], sites: frozenset[str] = frozenset(),
         language: lang.Language | str | None = None, groups: Sequence[int] = ()) -> None:
    """Give pull quotes and posts the kind ``embed``, a picture's caption over the byline ``caption``,
    reader comments and closing notes ``boilerplate`` (in place)."""
    for i in comment_thread(texts, kinds):
        kinds[i] = "boilerplate"
    for i in posts(texts, kinds, groups):
        kinds[i] = EMBED
    for i in picture_captions(texts, kinds, language):
        kinds[i] = "caption"
    for i in pull_quotes(texts, kinds):
        kinds[i] = EMBED
    for i in closing_notes(texts, kinds, sites, language):
        kinds[i] = "boilerplate"


__all__ = ["EMBED", "POST_LINK", "POST_SIGNATURE", "closing_notes", "comment_thread", "site_lead", "site_leads", "is_note", "main_site", "mark",
           "picture_captions", "posts", "pull_quotes", "site_keys"]
