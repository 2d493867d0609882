"""A text dump with its link list, as ``lynx -dump`` prints a page: link marks out, the list kept.

By default ``lynx -dump`` numbers every link in the text (``[12]Trump said``) and ends the dump with
the list of those links: a one-word heading ("References"), then ``   1. https://…`` lines, in
groups that may carry a heading of their own ("Visible links:", "Hidden links:"). The links the
page's ``<head>`` declares (alternate, canonical, feeds, oEmbed) come first, on the dump's first
line, which starts with ``#``.

:func:`read_links` finds that list by its shape (no word of it is read, so the list is found in any
language lynx speaks). What it returns:

* the text without the link marks (a line that held only marks is dropped), so a dump reads like one
  made with ``-nolist``, and the place where the link list starts, which is never article text;
* the page's own links: the ``<head>`` links of the first line. They name the page itself, and a
  date in their path (``/2019/11/18/``) is the date the site filed the story under — a date a
  person finds in the dump. :func:`own_url_date` reads it, the date most of them agree on, the
  first of them on a tie (a ``rel=prev``/``next`` link to another story is outvoted);
* the article's own URL as its share and mail links carry it, found by its headline words:
  :func:`shared_url_date`;
* the texts those links carry (:func:`carried_texts`): the headline, as the share buttons put it in
  ``mailto:?subject=…`` or ``tweet?text=…``, which the title picker prefers
  (:func:`chrono.reader.body.pick_title`).

A text without such a list is returned as it is. Pure.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote_plus

_ITEM = re.compile(r"[ \t]*(\d+)\.[ \t]+(\S+)")
_GROUP = re.compile(r"[ \t]*\w[\w ]{0,30}:[ \t]*")
_HEADING = re.compile(r"\w{3,30}")
_MARK = re.compile(r"\[(\d+)\]")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d?)/(\d\d?)(?=/|$)"            # /2019/11/18/
                       r"|[/_-]((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)"          # /2019-11-18 , _2019-11-18
                       r"|[/-]((?:19|20)\d\d)(\d\d)(\d\d)(?=[/.]|$)")        # -20191118/
_INNER = re.compile(r"(?:(?:https?|file):|(?<![\w:/]))(?://|%2F%2F)[\w-]+\.[^\s&?#]+", re.I)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
#: The share of a link list's items that are links with a scheme (``https:``, ``mailto:``, ``file:``).
SCHEMED_SHARE = 0.5
_WORDS = re.compile(r"[^\W\d_]+")
#: A shared URL is the article's when its path ends in at least this many words, and this share of
#: them are words of the headline.
SLUG_MIN_WORDS = 3
SLUG_SHARE = 0.7
_KEY_WORDS = re.compile(r"[^\W_]+")
_QUERY_PART = re.compile(r"&(?=[\w.-]+=)")
_ANY_URL = re.compile(r"(?:[A-Za-z][\w+.-]*:)?//\S+")
#: A text carried by a link has at least this many words; a line is the carried text when it
#: holds this share of its words (the mail's "Read more on <headline> at …" holds more).
CARRIED_MIN_WORDS = 3
CARRIED_SHARE = 0.6
#: A pop-up card on a linked name (:func:`drop_cards`) holds this many links at least, at most the other.
CARD_MIN_LINKS = 3
CARD_MAX_LINKS = 12
#: The most head links read (the first line of a dump is short; a page with hundreds is not usual).
MAX_HEAD_LINKS = 40


@dataclass(frozen=True)
class LinkedDump:
    """A dump read with its link list. ``text`` has no link marks; ``list_start`` is where the link
    list starts in it (``len(text)`` when there is none); ``own`` are the page's own links."""

    text: str
    list_start: int
    links: tuple[str, ...] = ()
    own: tuple[str, ...] = ()


def _list_start(lines: list[str]) -> tuple[int, dict[int, str]] | None:
    """The index of the list's heading line and the numbered links, or None if the text does not end
    with a link list: a one-word line, a blank line, maybe a group's heading, then ``   1. <link>``;
    after it, numbered links (a link may hold spaces or run over lines) and group headings. At least
    half of them are links with a scheme, so the last numbered list of an article is never taken."""
    for i in range(len(lines) - 3, -1, -1):
        if not _HEADING.fullmatch(lines[i]) or lines[i + 1].strip():
            continue
        k = i + 2 + bool(_GROUP.fullmatch(lines[i + 2]))
        m = _ITEM.match(lines[k]) if k < len(lines) else None
        if not m or m.group(1) != "1":
            continue
        links: dict[int, str] = {}
        for line in lines[k:]:
            m = _ITEM.match(line)
            if m and int(m.group(1)) > max(links, default=0):
                links[int(m.group(1))] = m.group(2) + line[m.end():].rstrip()
            elif links and line.strip() and not _GROUP.fullmatch(line):
                last = max(links)              # a link that runs over lines (a mailto: body)
                links[last] += " " + line.strip()
        if sum(map(bool, map(_SCHEME.match, links.values()))) >= SCHEMED_SHARE * len(links):
            return i, links
        return None                 # a numbered list of the article's own ("Steps", "1. Wash …")
    return None


def drop_cards(line: str, links: dict[int, str]) -> str:
    """``line`` without the pop-up cards a site hangs on a linked name, as lynx prints them: the
    name's link ``[n]Name``, then ``[n+1]Name`` to the same address again, links to that person's
    stories, and a last one-word link to that address ("MORE"): ``[139]Ilhan Omar [140]Ilhan
    Omar[141]Hillicon Valley: …[144]MORE (D-Minn.)`` -> ``[139]Ilhan Omar (D-Minn.)``. The links
    are numbered one after another, at least :data:`CARD_MIN_LINKS` of them in the card."""
    marks = list(_MARK.finditer(line))
    cut: list[tuple[int, int]] = []
    for k in range(1, len(marks)):
        a, b = marks[k - 1], marks[k]
        n = int(b.group(1))
        if int(a.group(1)) != n - 1 or links.get(n) is None or links.get(n) != links.get(n - 1) \
                or (cut and a.start() < cut[-1][1]):
            continue
        name = line[a.end():b.start()].strip()
        if not name or not line[b.end():].startswith(name):
            continue
        for j in range(k + 1, min(len(marks), k + CARD_MAX_LINKS)):
            m = int(marks[j].group(1))
            if m != n + j - k:
                break
            if links.get(m) == links[n] and j - k + 1 >= CARD_MIN_LINKS:
                end = re.match(r"\S*", line[marks[j].end():]).end() + marks[j].end()
                cut.append((b.start(), end))
                break
    for start, end in reversed(cut):
        line = line[:start].rstrip() + line[end:]
    return line


def read_links(text: str) -> LinkedDump:
    """The text without lynx's link marks, where its link list starts, and the page's own links."""
    lines = text.split("\n")
    found = _list_start(lines)
    if found is None:
        return LinkedDump(text, len(text))
    head_index, links = found
    top = max(links)
    first = next((ln for ln in lines[:head_index] if ln.strip()), "")
    own_numbers = [int(n) for n in _MARK.findall(first)] if first.lstrip().startswith("#") else []
    own = tuple(links[n] for n in own_numbers[:MAX_HEAD_LINKS] if n in links)

    def unmark(m: re.Match) -> str:
        return "" if int(m.group(1)) <= top else m.group(0)

    out: list[str] = []
    for line in lines[:head_index]:
        clean = _MARK.sub(unmark, drop_cards(line, links) if "[" in line else line)
        if clean != line:
            if not clean.strip():
                continue                      # a line of marks only (links without text)
            clean = clean.rstrip()
        out.append(clean)
    body = "\n".join(out)
    rest = "\n".join(lines[head_index:])
    joined = body + "\n" + rest if out else rest
    return LinkedDump(joined, len(body) + 1 if out else 0, tuple(links[n] for n in sorted(links)), own)


def url_date(url: str) -> date | None:
    """The date in a link's path (``/2019/11/18/``, ``/2019-11-18``, ``-20191118/``), if a real one."""
    m = _URL_DATE.search(re.split(r"[?#&]", url, maxsplit=1)[0])
    if not m:
        return None
    year, month, day = (int(g) for g in m.groups() if g)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _dates_of(link: str) -> list[date]:
    """The dates of a link and of the links it carries (an oEmbed link's ``?url=https://…``)."""
    parts = [link, *(m.group(0) for m in _INNER.finditer(link) if m.start() > 0)]
    return [d for d in map(url_date, parts) if d is not None]


def own_url_date(own: tuple[str, ...]) -> date | None:
    """The date the page's own links carry in their paths: the one most of them give, the first
    given on a tie (a ``rel=prev`` link to the story before is outvoted)."""
    found = [d for link in own for d in _dates_of(link)]
    if not found:
        return None
    counts = Counter(found)
    top = max(counts.values())
    return next(d for d in found if counts[d] == top)


def _slug_words(url: str) -> list[str]:
    """The words of a link's last path part that has words (``…/2019/11/19/scientists-use-hawaii/``)."""
    path = re.split(r"[?#&]", url, maxsplit=1)[0].rstrip("/")
    part = next((p for p in reversed(path.split("/")) if len(_WORDS.findall(p)) >= 2), "")
    return [w.lower() for w in _WORDS.findall(re.sub(r"\.\w{2,5}$", "", part))]


def shared_url_date(links: tuple[str, ...], title: str | None) -> date | None:
    """The date in the path of the article's own URL as the page's share and mail links carry it
    (``mailto:?subject=…&body=… https://site/2019/11/19/the-headline/``, ``sharer.php?u=…``,
    an oEmbed ``?url=…``): a URL inside another link, whose last path words are the headline's
    (:data:`SLUG_MIN_WORDS`, :data:`SLUG_SHARE`). Links to other stories are plain links, and
    their words are not the headline's. The date most such URLs give; None without a headline."""
    words = set(_WORDS.findall(re.sub(r"['’]", "", (title or "").lower())))
    found: list[date] = []
    for link in links if words else ():
        for inner in (m.group(0) for m in _INNER.finditer(link) if m.start() > 0):
            day, slug = url_date(inner), _slug_words(inner)
            if day and len(slug) >= SLUG_MIN_WORDS and sum(w in words for w in slug) >= SLUG_SHARE * len(slug):
                found.append(day)
    if not found:
        return None
    counts = Counter(found)
    return next(d for d in found if counts[d] == max(counts.values()))


def words_key(text: str) -> str:
    """A text as its lower-case words, one space between (what a headline and a link's copy of it
    have in common, whatever their quotes, dashes and accents' forms)."""
    return " ".join(_KEY_WORDS.findall(unicodedata.normalize("NFKC", text).lower()))


def carried_texts(links: tuple[str, ...]) -> frozenset[str]:
    """The texts the links carry in their queries (:func:`words_key` of each): what share and mail
    buttons put there is the page's headline (``mailto:?subject=<headline>``, ``tweet?text=…``,
    ``shareArticle?title=…``). Values of fewer than :data:`CARRIED_MIN_WORDS` words are left out."""
    out: set[str] = set()
    for link in links:
        query = link.split("?", 1)[1] if "?" in link else ""
        for part in _QUERY_PART.split(query):
            value = _ANY_URL.sub(" ", unquote_plus(part.split("=", 1)[1])) if "=" in part else ""
            key = words_key(value)
            if len(key.split()) >= CARRIED_MIN_WORDS:
                out.add(key)
    return frozenset(out)


def is_carried(line: str, carried: frozenset[str]) -> bool:
    """``line`` is most of a text the page's links carry (:data:`CARRIED_SHARE` of its words)."""
    key = words_key(line)
    n = len(key.split())
    return n >= CARRIED_MIN_WORDS and any(key in c and n >= CARRIED_SHARE * len(c.split()) for c in carried)


__all__ = ["LinkedDump", "carried_texts", "drop_cards", "is_carried", "own_url_date", "read_links", "shared_url_date",
           "url_date", "words_key"]
