"""Read an article: decode it, tell body text from page furniture, find title, dateline and agencies.

``read_document`` does the I/O (path, ``"-"`` for stdin, or bytes); ``parse_text`` is pure and does
the rest. Every offset refers to :attr:`Document.text`:

* for plain text, the decoded file exactly (a UTF-8/UTF-16 byte-order mark is not part of it; CRLF,
  NBSP and trailing spaces are kept);
* for HTML, the extracted main text (see :mod:`chrono.html_text`).

Blocks are the non-blank lines of the text (consecutive lines of a hard-wrapped paragraph are one
block), each with one of :data:`BLOCK_KINDS`. The cues are general: line length, final punctuation,
position relative to the title and to credit lines, and the marker lexicons below (data, with
examples that run as tests).
"""
from __future__ import annotations

import hashlib
import logging
import os
import re
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from .decode import decode_bytes, load_bytes
from ..errors import InputError
from .textsafe import encodable
from ..model import Document, Span
from .sentences import split_sentences

log = logging.getLogger(__name__)

#: Every kind a block can have.
BLOCK_KINDS = ("navigation", "section", "title", "dateline", "byline", "lead", "body", "heading",
               "caption", "credit", "readmore", "agencies", "boilerplate")

# ---------------------------------------------------------------------------------------------
# Lexicons (data). Each marker is a regular expression tried at the start of a line (after list
# numbering such as "1." or "-"), case-insensitively; ``anywhere`` markers are searched in short
# lines. ``ends_article`` markers start the list of other stories at the end of a page.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Marker:
    """A kind of non-body line, recognised by a pattern, with examples that must match."""

    kind: str
    pattern: str
    examples: tuple[str, ...]
    max_words: int = 0            # 0: any length
    anywhere: bool = False        # search the pattern anywhere in the line, not only at its start
    ends_article: bool = False    # what follows is not the article any more


MARKERS: tuple[Marker, ...] = (
    Marker("navigation", r"(?:more|other|related|latest|top|recommended|popular|trending|further|editor'?s)"
                         r"\s+(?:stories|story|articles|news|content|topics|reads?|picks?|videos?)\b",
           ("More stories from DW", "Skip next section DW's Top Story", "Related topics", "Top stories"),
           max_words=8, anywhere=True, ends_article=True),
    Marker("navigation", r"(?:explore more|you (?:may|might) (?:also )?(?:like|enjoy|be interested)"
                         r"|most (?:read|popular|viewed|shared|watched)|more from\b|also in the news|in case you missed"
                         r"|(?:audios?|videos?|more)(?: and videos?)? on (?:the|this) topic)",
           ("Skip next section Explore more", "You may also like", "Most read", "More from Reuters",
            "Audios and videos on the topic"),
           max_words=8, anywhere=True, ends_article=True),
    Marker("navigation", r"skip\b|(?:jump|go|back|return) to (?:the )?(?:content|main|top|navigation|menu|home)\b",
           ("Skip to content", "1. Skip to main menu", "  3. Skip to more DW sites", "Back to top")),
    Marker("navigation", r"(?:home|homepage|menu|main menu|search|sign in|log in|login|register|subscribe"
                         r"|newsletters?|close|open menu|toggle navigation|navigation|sections|all topics"
                         r"|watch video|watch live|listen to audio|audios? and videos?|play video)\b",
           ("Home", "Menu", "Watch video 02:30", "Sign in"), max_words=4),
    Marker("navigation", r"(?:keywords|tags|topics|related subjects|filed under)\s*:?\s",
           ("Keywords Syria, Raqqa, Islamic State", "Tags: Iraq, Kurds"), max_words=30),
    Marker("caption", r"image caption\s*[,:]", ("Image caption, Kurdish fighters in Raqqa",)),
    Marker("credit", r"image source\s*[,:]", ("Image source, Getty Images",)),
    Marker("readmore", r"(?:read|see|watch|listen|also read|read also|related|more on (?:this|that|the topic)"
                       r"|more about|recommended)(?:\s+(?:more|also|here|now|too))?\s*[:|\u00bb>\u2013\u2014]",
           ("Read more: Syrian Christians advance", "READ MORE | Iraq retakes Mosul", "See also: the map",
            "Related: Kurds vote")),
    Marker("readmore", r"read (?:more|the full|our)\b", ("Read more about the offensive here",), max_words=14),
    Marker("credit", r"(?:image|images|photo|photos|picture|pictures|photograph|foto|fotos|bild|graphic|graphics"
                     r"|illustration|map|credit|credits|photo credit|image credit|image source|video)\s*(?:credit)?"
                     r"\s*:",
           ("Image: picture alliance/dpa/Le Pictorium/MAXPPP/C. Huby", "Photo: Reuters/R. Said",
            "Credit: Getty Images")),
    Marker("credit", r"(?:getty images|via getty|reuters/|ap photo|afp photo|picture[- ]alliance|imago|epa[-/ ]"
                     r"|shutterstock|\bafp/|\bdpa/|/reuters\b|/afp\b|/ap\b|istock|wikimedia)",
           ("REUTERS/Goran Tomasevic", "AFP via Getty Images", "picture-alliance/AP Photo/H. Ammar"),
           max_words=10, anywhere=True),
    Marker("boilerplate", r"(?:all rights reserved|reporting by|additional reporting|editing by|writing by"
                          r"|compiled by|this (?:article|story) (?:was|is|has)|we use cookies|terms of (?:use|service)"
                          r"|privacy (?:policy|settings)|click here|sign up (?:for|to)|follow us|download (?:the|our) app"
                          r"|advertisement|sponsored content|permalink|copy link|send us your feedback|contributed to this report"
                          r"|follow \w+(?: \w+)? on (?:twitter|x|facebook)|reuse this content|our standards:"
                          r"|\d+ min(?:ute)?s? read)",
           ("Reporting by Tom Perry; Editing by Alison Williams", "Advertisement", "(c) 2017 Reuters. All rights reserved.",
            "Associated Press writer Zeina Karam in Beirut contributed to this report.",
            "Permalink https://p.dw.com/p/2lquC", "3 min read"),
           max_words=40, anywhere=True),
    Marker("boilerplate", r"copyright\b", ("Copyright 2017 The Associated Press",), max_words=12),
    Marker("credit", r"(?:\u00a9|\(c\))", ("\u00a9 picture-alliance/dpa", "(c) Reuters"), max_words=6),
    Marker("boilerplate", r"(?:\u00a9|\(c\))", ("\u00a9 2017 Deutsche Welle, all contents protected",),
           max_words=12),
    Marker("boilerplate", r"(?:share|shares|tweet|e-?mail|print|comments?|post a comment|send|facebook|twitter"
                          r"|whatsapp|reddit|linkedin|telegram|bookmark|save|feedback|x)"
                          r"(?:\s+(?:this|article|story|page|on|via|with|facebook|twitter|whatsapp|reddit|e-?mail"
                          r"|linkedin|telegram|print|link|x|comments?|\d+))*\s*$",
           ("Share", "Send Facebook Twitter reddit Whatsapp Email", "Print this page", "Comments 12"),
           max_words=10),
)

#: News agencies, as written in credit lines (matched case-insensitively, reported as written).
AGENCIES = ("Reuters", "AP", "AFP", "dpa", "EFE", "KNA", "epd", "ANSA", "Xinhua", "TASS", "Anadolu", "UPI",
            "PA", "Bloomberg", "Kyodo", "Yonhap", "Interfax", "SID", "AAP", "APA", "ANP", "Belga", "Lusa",
            "PTI", "IANS", "Sputnik", "RIA Novosti", "IRNA", "SANA", "CNA", "Bernama", "Antara", "NTB",
            "Associated Press", "Agence France-Presse", "Deutsche Presse-Agentur", "Press Association",
            "Canadian Press", "DW", "AFP-JIJI", "Jiji", "Notimex", "TT", "Ritzau", "STT", "CTK", "PAP", "MTI",
            "ANA", "BTA", "HINA", "Tanjug", "Ukrinform", "UNIAN", "Al Jazeera", "ANI", "KUNA", "WAM", "SPA", "MENA")
_AGENCY_KEYS = {a.lower(): a for a in AGENCIES}

#: Examples of agency credit lines and the agencies they name (run as tests).
AGENCY_EXAMPLES = (
    ("cw/amp/jm (Reuters, AP, dpa)", ("Reuters", "AP", "dpa")),
    ("(AFP, Reuters)", ("AFP", "Reuters")),
    ("-- Reuters", ("Reuters",)),
    ("\u2014 AP", ("AP",)),
    ("ls/rt (AFP, dpa, epd)", ("AFP", "dpa", "epd")),
    ("Sources: Reuters and AFP", ("Reuters", "AFP")),
    ("with material from AP", ("AP",)),
    ("Source: Al Jazeera and news agencies", ("Al Jazeera",)),
    ("SOURCE: AL JAZEERA AND NEWS AGENCIES", ("Al Jazeera",)),
)

# ---------------------------------------------------------------------------------------------
# Date lines
# ---------------------------------------------------------------------------------------------

MONTHS = {name: i for i, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}
WEEKDAYS = frozenset("monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri "
                     "saturday sat sunday sun".split())
#: Words a date line may hold besides the date: time of day, time zones, ordinal suffixes.
DATE_FILLERS = frozenset("on at the of am pm a p m h hrs hours t z gmt utc bst cet cest eet eest et est edt "
                         "ct cst cdt mt mst mdt pt pst pdt ist jst aest aedt msk local time st nd rd th "
                         "and noon midnight ago min mins minute minutes hour hours sec secs second seconds".split())
#: Prefixes of a date line and how good a publication date they give (lower is better).
DATE_PREFIXES = (
    (r"(?:first published|published|posted|publication date|date published|created|issued|released"
     r"|dated|date|datum|stand)", 0),
    (r"(?:last updated|last modified|last update|updated|modified|changed)", 2),
)
_PREFIX_RE = tuple((re.compile(p + r"\b(?:\s+on\b)?\s*[:.\-]?\s*", re.I), rank) for p, rank in DATE_PREFIXES)
_SEGMENT_SPLIT = re.compile(r"\s+[|\u2022\u00b7\u2013\u2014/-]\s+|\s*\|\s*|\s+\u2022\s*")
_TOKEN = re.compile(r"\d+|[^\W\d_]+|\S")
_MAX_DATE_LINE = 120

#: Runnable examples: date line -> publication date (None: not a date line).
DATELINE_EXAMPLES = (
    ("October 14, 2017", date(2017, 10, 14)),
    ("14 October 2017", date(2017, 10, 14)),
    ("Oct. 14, 2017 10:32 AM", date(2017, 10, 14)),
    ("Saturday, October 14, 2017", date(2017, 10, 14)),
    ("2017-10-14", date(2017, 10, 14)),
    ("2017-10-14T10:32:00+02:00", date(2017, 10, 14)),
    ("14.10.2017", date(2017, 10, 14)),
    ("Date 14.10.2017", date(2017, 10, 14)),
    ("Published: Sat 14 Oct 2017 10.32 BST", date(2017, 10, 14)),
    ("By Tom Perry | October 14, 2017", date(2017, 10, 14)),
    ("October 14, 2017 \u2022 By Tom Perry", date(2017, 10, 14)),
    ("Updated 1032 GMT (1832 HKT) October 14, 2017", date(2017, 10, 14)),
    ("10/14/2017", date(2017, 10, 14)),
    ("October 14, 2017 / 11:32 AM / Updated 2 hours ago", date(2017, 10, 14)),
    ("October 2017", None),
    ("10/11/2017", None),
    ("2017", None),
    ("In October 14, 2017 fighting resumed", None),
    ("Raqqa fell on October 17, 2017.", None),
)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _core_at(sig: list[tuple[int, str]], toks: list[str], i: int) -> tuple[date, int] | None:
    """A (day, month, year) date from significant tokens i, i+1, i+2; returns (date, tokens used)."""
    def kind(k):
        t = toks[sig[k][0]]
        if t.isdigit():
            return "y" if len(t) == 4 else ("n" if len(t) <= 2 else "x")
        return "m" if t.lower() in MONTHS else "w"

    if i + 2 >= len(sig):
        return None
    a, b, c = (toks[sig[i + k][0]] for k in range(3))
    shape = kind(i) + kind(i + 1) + kind(i + 2)
    seps = "".join(toks[sig[i][0] + 1:sig[i + 1][0]]) + "|" + "".join(toks[sig[i + 1][0] + 1:sig[i + 2][0]])
    try:
        if shape == "mny":
            return date(int(c), MONTHS[a.lower()], int(b)), 3
        if shape == "nmy":
            return date(int(c), MONTHS[b.lower()], int(a)), 3
        if shape == "ynn" and seps in ("-|-", "/|/", ".|."):
            return date(int(a), int(b), int(c)), 3
        if shape == "nny" and seps in (".|.", "-|-"):
            return date(int(c), int(b), int(a)), 3
        if shape == "nny" and seps == "/|/":
            d, m = int(a), int(b)
            if d > 12 >= m:
                return date(int(c), m, d), 3
            if m > 12 >= d:
                return date(int(c), d, m), 3
    except ValueError:
        return None
    return None


def _is_time_token(tok: str, prev: str) -> bool:
    if tok.isdigit():
        return len(tok) <= 2 or (len(tok) == 4 and not 1900 <= int(tok) <= 2100) or prev in "+-"
    if tok.isalpha():
        return tok.lower() in DATE_FILLERS or tok.lower() in WEEKDAYS or (tok.isupper() and len(tok) <= 5)
    return tok in ",.:;-+/()[]\u2013\u2014|\u2022"


def parse_date(text: str) -> date | None:
    """The date of a string that is (nearly) only a date, with optional weekday and time. Pure."""
    if len(text) > _MAX_DATE_LINE:
        return None
    toks = _tokens(text)
    sig = [(k, t) for k, t in enumerate(toks)
           if t.isdigit() and len(t) in (1, 2, 4) or t.lower() in MONTHS]
    for i in range(len(sig)):
        found = _core_at(sig, toks, i)
        if not found:
            continue
        day, used = found
        core = {sig[i + k][0] for k in range(used)}
        lo, hi = sig[i][0], sig[i + used - 1][0]
        ok = all(k in core
                 or (lo < k < hi and (not toks[k].isalnum() or toks[k].lower() in DATE_FILLERS))
                 or (not lo < k < hi and _is_time_token(toks[k], toks[k - 1] if k else ""))
                 for k in range(len(toks)))
        return day if ok else None
    return None


def parse_dateline(line: str) -> tuple[date, int] | None:
    """``(date, rank)`` when ``line`` is a date line; rank 0 published, 1 bare date, 2 updated. Pure."""
    text = line.strip()
    if not text or len(text) > _MAX_DATE_LINE or not any(c.isdigit() for c in text):
        return None
    rank = 1
    for regex, r in _PREFIX_RE:
        m = regex.match(text)
        if m:
            rank, text = r, text[m.end():]
            break
    segments = [s for s in _SEGMENT_SPLIT.split(text) if s.strip()]
    found: date | None = None
    for seg in segments:
        seg = seg.strip()
        low = seg.lower()
        if low.startswith("by ") and len(seg.split()) <= 10:
            toks = _tokens(seg)
            day = None
            for k, t in enumerate(toks):     # "By Tom Perry, October 14, 2017"
                if t.isdigit() or t.lower() in MONTHS or t.lower() in WEEKDAYS:
                    day = parse_date(seg[_nth_token_offset(seg, toks, k):])
                    if day:
                        break
            if day and found is None:
                found = day
            continue                         # a byline segment
        for regex, r in _PREFIX_RE:          # "... | Updated 10:32"
            m = regex.match(seg)
            if m:
                seg = seg[m.end():]
                rank = min(rank, r) if found is None else rank
                break
        day = parse_date(seg)
        if day is not None:
            if found is None:
                found = day
            continue
        if all(_is_time_token(t, "") for t in _tokens(seg)):
            continue                         # a time or time zone segment
        return None
    return (found, rank) if found else None


def _nth_token_offset(text: str, toks: list[str], n: int) -> int:
    pos = 0
    for k, tok in enumerate(toks):
        pos = text.index(tok, pos)
        if k == n:
            return pos
        pos += len(tok)
    return len(text)


# ---------------------------------------------------------------------------------------------
# Agency lines
# ---------------------------------------------------------------------------------------------

_INITIALS_PARENS = re.compile(r"(?:[a-z]{1,5}(?:\s*/\s*[a-z]{1,5}){0,8}\s*)?\(([^()]{1,160})\)\s*\.?\s*$")
_DASH_AGENCY = re.compile(r"[-\u2013\u2014]{1,3}\s*([^-\u2013\u2014].{0,80})$")
_SOURCE_AGENCY = re.compile(r"(?:sources?|agencies|with (?:material|reporting|information) from|with|from)\s*:?\s*"
                            r"(.{1,120})$", re.I)
_NAME_SPLIT = re.compile(r"\s*(?:,|/|;|&|\band\b|\bwith\b)\s*", re.I)
_LEAD_AGENCY = re.compile(r"[A-Z][\w.,'/ \u00a0-]{0,60}?\(([\w .,/&-]{2,60})\)\s*[-\u2013\u2014:]")


#: Words of agency credit lines that name no agency ("Al Jazeera and news agencies").
AGENCY_FILLERS = frozenset({"news agencies", "agencies", "wires", "wire services", "wire reports", "others"})


def _agency_names(content: str, strict: bool) -> tuple[str, ...] | None:
    names = [n.strip(" .") for n in _NAME_SPLIT.split(content) if n.strip(" .")]
    names = [n for n in names if n.lower() not in AGENCY_FILLERS]
    if not names or len(names) > 8:
        return None
    known = [_AGENCY_KEYS.get(n.lower()) for n in names]
    if all(known):
        return tuple(k if n.isupper() and len(n) > 5 else n for n, k in zip(names, known))   # "AL JAZEERA"
    if strict or not any(known):
        return None
    if all(len(n.split()) <= 3 and n[:1].isupper() for n in names):
        return tuple(names)
    return None


def parse_agency_line(line: str) -> tuple[str, ...] | None:
    """The agencies an agency credit line names, in order, as written; None if it is not one. Pure."""
    text = line.strip()
    if not text or len(text) > 200:
        return None
    m = _INITIALS_PARENS.match(text)
    if m:
        has_initials = not text.startswith("(")
        return _agency_names(m.group(1), strict=not has_initials)
    m = _DASH_AGENCY.match(text)
    if m:
        return _agency_names(m.group(1), strict=True)
    m = _SOURCE_AGENCY.match(text)
    if m:
        return _agency_names(m.group(1), strict=True)
    return None


def lead_agencies(line: str) -> tuple[str, ...]:
    """Agencies of a wire dateline at the start of a paragraph: "BEIRUT (Reuters) - ..." -> ("Reuters",)."""
    m = _LEAD_AGENCY.match(line[:200])
    if not m:
        return ()
    return _agency_names(m.group(1), strict=True) or ()


# ---------------------------------------------------------------------------------------------
# Line markers
# ---------------------------------------------------------------------------------------------

_COMPILED = tuple((mk, re.compile(mk.pattern, re.I)) for mk in MARKERS)
_LIST_NUMBER = re.compile(r"\s*(?:\d{1,3}[.)]|[-*\u2022\u00b7>\u203a\u00bb])\s+")
_TERMINAL = ".!?\u2026"
_CLOSING = "\"'\u201d\u2019\u00bb)]"
_CREDIT_TAIL = re.compile(r"(?:[(\[]\s*(?:image|photo|picture|foto|video|credit)\s*:[^()\[\]]{1,80}[)\]]"
                          r"|\[[^\[\]/]{2,60}/[^\[\]]{2,60}\]"             # Al Jazeera: "[Erik De Castro/Reuters]"
                          r"|\((?:AP|AFP|Reuters|EPA)\s+Photo[^()]{0,60}\)"   # AP: "(AP Photo/Hussein Malla)"
                          r"|\s(?:photograph|photo|image|picture)\s*:\s*[^.:]{1,80})\s*$", re.I)
_CREDIT_MARK = re.compile(r"(?:image|images|photo|photos|picture|pictures|photograph|foto|fotos|bild|graphic"
                          r"|graphics|illustration|map|video)\s*:\s*", re.I)


def _word_count(text: str, cap: int = 64) -> int:
    n = 0
    for _ in re.finditer(r"\S+", text[: cap * 40]):
        n += 1
        if n >= cap:
            break
    return n


def _last_char(text: str) -> str:
    t = text.rstrip().rstrip(_CLOSING).rstrip()
    return t[-1] if t else ""


def _ends_with_punctuation(text: str) -> bool:
    return _last_char(text) in _TERMINAL + ":;,"


def marker_of(line: str) -> Marker | None:
    """The first marker matching ``line``, if any."""
    text = line.strip()
    m = _LIST_NUMBER.match(text)
    if m:
        text = text[m.end():]
    words = _word_count(text)
    head = text[:2000]
    for mk, regex in _COMPILED:
        if mk.max_words and (words > mk.max_words or len(text) > 60 * mk.max_words + 60):
            continue
        if (regex.search(head) if mk.anywhere else regex.match(head)):
            return mk
    return None


def _credit_is_caption(line: str) -> bool:
    """ "Photo: Kurdish fighters rest near Raqqa" is a caption; "Photo: Reuters/R. Said" a credit."""
    m = _CREDIT_MARK.match(line.strip())
    if not m:
        return False
    rest = line.strip()[m.end():]
    if "/" in rest or any(w.lower().strip(".,") in _AGENCY_KEYS for w in rest.split()[:3]):
        return False
    return _word_count(rest) >= 6


def line_kind(line: str) -> str | None:
    """The kind of a line recognised without context (dateline, agencies, a marker); else None."""
    if parse_dateline(line):
        return "dateline"
    if parse_agency_line(line):
        return "agencies"
    mk = marker_of(line)
    if mk:
        if mk.kind == "credit" and (_credit_is_caption(line) or (
                not _CREDIT_MARK.match(line.strip()) and _CREDIT_TAIL.search(line.strip()[-120:]))):
            return "caption"            # "Fighters rest in Raqqa. Photograph: D. Souleiman/AFP/Getty Images"
        return mk.kind
    text = line.strip()
    if _CREDIT_TAIL.search(text[-120:]) and _word_count(text) <= 40:
        return "caption"
    if text.startswith("By ") and 2 <= _word_count(text) <= 8 and not _ends_with_punctuation(text):
        return "byline"
    return None


# ---------------------------------------------------------------------------------------------
# Blocks
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    group: int          # paragraphs (blank-line separated) number their lines alike
    kind: str | None
    hint: str = ""
    ends_article: bool = False


_LINE = re.compile(r"[^\r\n]+")
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 30
HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 100
CAPTION_MAX_WORDS = 40
SECTION_MAX_WORDS = 4
_BREADCRUMB = re.compile(r"\s*(?:>|/|\||\u203a|\u00bb)\s*")
_CRUMB = re.compile(r"\s*[>\u203a\u00bb]\s*")


def _units(text: str, hints: tuple[Span, ...]) -> list[_Unit]:
    units: list[_Unit] = []
    group = 0
    last_end = 0
    h = 0
    for m in _LINE.finditer(text):
        a, b = m.start(), m.end()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a == b:
            continue
        gap = text[last_end:a]
        if units and (gap.count("\n") + gap.count("\r") - gap.count("\r\n")) >= 2:
            group += 1
        last_end = b
        while h < len(hints) and hints[h].end <= a:
            h += 1
        hint = hints[h].kind if h < len(hints) and hints[h].start <= a else ""
        line = text[a:b]
        kind = line_kind(line)
        mk = marker_of(line) if kind == "navigation" else None
        units.append(_Unit(a, b, group, kind, hint, bool(mk and mk.ends_article)))
    return units


def _is_breadcrumb(line: str) -> bool:
    """ "Home > World > Middle East"; "News | ISIL/ISIS" (pipes only between one- or two-word parts)."""
    parts = _CRUMB.split(line)
    if len(parts) > 1 and all(0 < _word_count(p) <= SECTION_MAX_WORDS for p in parts):
        return True
    parts = re.split(r"\s+\|\s+", line.strip())
    return len(parts) > 1 and all(0 < _word_count(p) <= 2 for p in parts)


def _is_title_like(line: str) -> bool:
    if _is_breadcrumb(line):
        return False
    words = _word_count(line)
    return (TITLE_MIN_WORDS <= words <= TITLE_MAX_WORDS and len(line) <= 250
            and _last_char(line) != "." and not line[:1].islower())


def _is_section_like(line: str) -> bool:
    last = _BREADCRUMB.split(line)[-1]
    return (0 < _word_count(last) <= SECTION_MAX_WORDS and len(last) <= 40 and not _ends_with_punctuation(last)
            and any(c.isalpha() for c in last) and not last[:1].islower())


def _is_kicker(line: list[str], kinds: list[str | None], i: int) -> bool:
    """A short label over the title (a section or series name, "The long read"): at most
    ``SECTION_MAX_WORDS`` words, no end punctuation, and right after it a longer title-like line."""
    if i + 1 >= len(line) or kinds[i + 1] is not None:
        return False
    here, after = line[i], line[i + 1]
    return (_word_count(here) <= SECTION_MAX_WORDS and not _ends_with_punctuation(here)
            and _is_title_like(after) and not _ends_with_punctuation(after)
            and _word_count(after) > _word_count(here) + 2)


def _is_heading_like(line: str) -> bool:
    return (_word_count(line) <= HEADING_MAX_WORDS and len(line) <= HEADING_MAX_CHARS
            and not _ends_with_punctuation(line) and not line[:1].islower())


def classify(text: str, hints: tuple[Span, ...] = (), title: str | None = None) -> tuple[tuple[Span, ...], int | None,
                                                                                       int | None]:
    """Blocks of ``text`` with their kinds, and the indices of the title and section blocks. Pure."""
    units = _units(text, hints)
    kinds: list[str | None] = [u.kind for u in units]
    line = [text[u.start:u.end] for u in units]

    # title: the markup's <h1>, the given title, or the first title-like unknown line
    t_idx = next((i for i, u in enumerate(units) if u.hint == "title" and kinds[i] is None), None)
    if t_idx is None and title:
        t_idx = next((i for i, s in enumerate(line) if kinds[i] is None and s.strip() == title.strip()), None)
    if t_idx is None:
        for i, s in enumerate(line):
            if kinds[i] is not None:
                continue
            if (_word_count(s) < TITLE_MIN_WORDS and not _ends_with_punctuation(s)) or _is_breadcrumb(s):
                continue                     # menu entries, a section name, breadcrumbs
            if _is_kicker(line, kinds, i) and units[i].hint == "":
                continue                     # "The long read" above "How Mosul fell – and how ..."
            if _is_title_like(s) and units[i].hint in ("", "title", "heading"):
                t_idx = i
            break
    s_idx = None
    if t_idx is not None:
        kinds[t_idx] = "title"
        before = [i for i in range(t_idx) if kinds[i] is None]
        if before and before[-1] == t_idx - 1 and _is_section_like(line[t_idx - 1]):
            s_idx = t_idx - 1
        elif before and _is_section_like(line[before[-1]]) and all(
                kinds[k] in ("dateline", "byline") for k in range(before[-1] + 1, t_idx)):
            s_idx = before[-1]
        for i in before:
            kinds[i] = "section" if i == s_idx else "navigation"

    # captions: a short line right before an image credit; markup captions
    for i in range(len(units)):
        if kinds[i] is None and units[i].hint == "caption":
            kinds[i] = "caption"
        if kinds[i] is None and i + 1 < len(units) and kinds[i + 1] == "credit":
            same = units[i + 1].group == units[i].group
            if _word_count(line[i]) <= CAPTION_MAX_WORDS and (same or _last_char(line[i]) != "."):
                kinds[i] = "caption"

    # the end of the article: agency credit line or "more stories" lists after some body text
    seen_body = False
    end_zone = False
    start = (t_idx + 1) if t_idx is not None else 0
    for i in range(start, len(units)):
        if end_zone:
            if kinds[i] is None:
                kinds[i] = "navigation"
            continue
        if kinds[i] is None and not _is_heading_like(line[i]):
            seen_body = True
        if seen_body and (kinds[i] == "agencies" or units[i].ends_article):
            end_zone = True

    # what is left: headings (short, unpunctuated, before more text) and body
    for i in range(len(units)):
        if kinds[i] is not None:
            continue
        wrapped = (i + 1 < len(units) and units[i + 1].group == units[i].group and kinds[i + 1] is None
                   and line[i + 1][:1].islower())   # the first line of a hard-wrapped paragraph
        if units[i].hint == "heading" or (_is_heading_like(line[i]) and not wrapped):
            later = any(kinds[k] in (None, "body") for k in range(i + 1, min(len(units), i + 12)))
            if later or units[i].hint == "heading":
                kinds[i] = "heading"
                continue
            if not _ends_with_punctuation(line[i]) and _word_count(line[i]) <= 4:
                kinds[i] = "navigation"
                continue
        kinds[i] = "body"

    # join the lines of a hard-wrapped paragraph
    blocks: list[Span] = []
    index_map: dict[int, int] = {}
    for i, u in enumerate(units):
        kind = kinds[i] or "body"
        if (blocks and kind == "body" and blocks[-1].kind == "body" and units[i - 1].group == u.group
                and kinds[i - 1] == "body"
                and (_last_char(line[i - 1]) not in _TERMINAL or line[i][:1].islower())):
            blocks[-1] = Span(blocks[-1].start, u.end, "body")
        else:
            blocks.append(Span(u.start, u.end, kind))
        index_map[i] = len(blocks) - 1
    title_block = index_map.get(t_idx) if t_idx is not None else None
    section_block = index_map.get(s_idx) if s_idx is not None else None
    return tuple(blocks), title_block, section_block


# ---------------------------------------------------------------------------------------------
# Documents
# ---------------------------------------------------------------------------------------------

def _section_name(line: str) -> str:
    return _BREADCRUMB.split(line.strip())[-1].strip()


def _published(text: str, blocks: tuple[Span, ...]) -> date | None:
    best: tuple[int, int, date] | None = None
    for k, b in enumerate(blocks):
        if b.kind != "dateline":
            continue
        found = parse_dateline(text[b.start:b.end])
        if found and (best is None or (found[1], k) < best[:2]):
            best = (found[1], k, found[0])
    return best[2] if best else foreign_dateline(text, blocks)


#: How many blocks from the top of an article may hold a dateline in another language or format.
FOREIGN_DATELINE_BLOCKS = 12
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_WORDISH = re.compile(r"[^\W\d_]{3,}|[\u3040-\u30ff\u4e00-\u9fff]")

#: Lines our own parser leaves and dateparser reads (the examples run as tests).
FOREIGN_DATELINE_EXAMPLES = [
    ("14. Oktober 2017", date(2017, 10, 14)),
    ("14 de octubre de 2017", date(2017, 10, 14)),
    ("Samedi 14 octobre 2017", date(2017, 10, 14)),
    ("2017年10月14日", date(2017, 10, 14)),
    ("10/11/2017", None),                       # day and month ambiguous: ask for --published
    ("Rebels took 2017 villages", None),
]


def foreign_dateline(text: str, blocks: tuple[Span, ...]) -> date | None:
    """A dateline our own parser does not read — another language or an odd format — read by
    dateparser, when no dateline was found: the first short line near the top that is wholly a
    full date (day, month and year). dateparser is imported only here."""
    for b in blocks[:FOREIGN_DATELINE_BLOCKS]:
        line = text[b.start:b.end].strip()
        if b.kind == "navigation" or len(line) > _MAX_DATE_LINE or not _YEAR.search(line):
            continue
        if not _WORDISH.search(line):
            continue                    # all digits ("10/11/2017"): day and month order unknown
        day = _dateparser_date(line)
        if day:
            return day
    return None


def _dateparser_date(line: str) -> date | None:
    import dateparser
    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True,
                "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        found = dateparser.parse(line, settings=settings)
    except Exception:  # noqa: BLE001 - dateparser on odd text: no date rather than a crash
        return None
    return found.date() if found else None


def _agencies(text: str, blocks: tuple[Span, ...]) -> tuple[str, ...]:
    names: list[str] = []
    for b in blocks:
        if b.kind == "agencies":
            names += parse_agency_line(text[b.start:b.end]) or ()
    if not names:
        for b in blocks:
            if b.kind in ("byline", "dateline") and text.startswith("By ", b.start):   # "By AFP | 14 Oct 2017"
                first = re.split(r"\s*(?:[|,\u2022\u2013\u2014]|\s-\s|\d)", text[b.start + 3:b.end], maxsplit=1)[0]
                names += _agency_names(first, strict=True) or ()
    if not names:
        for b in [b for b in blocks if b.kind == "body"][:3]:
            names += lead_agencies(text[b.start:b.end])
    return tuple(dict.fromkeys(names))


def _sentences(text: str, blocks: tuple[Span, ...]) -> tuple[Span, ...]:
    out: list[Span] = []
    for b in blocks:
        if b.kind in ("body", "lead"):
            out += split_sentences(text, b.start, b.end, "body")
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
               hints: tuple[Span, ...] = (), meta_published: date | None = None) -> Document:
    """A :class:`Document` of ``text``: blocks, title, section, dateline, agencies, sentences. Pure.

    ``published`` and ``title`` override what is found. ``hints`` (from HTML markup) and
    ``meta_published`` (from HTML metadata) are used by :func:`read_document` for web pages.
    A lone surrogate (possible only in a Python string, never in decoded bytes) becomes U+FFFD,
    one character for one, so offsets hold and every writer can encode the text.
    """
    text = encodable(text)
    blocks, t_block, s_block = classify(text, hints, title)
    found_title = text[blocks[t_block].start:blocks[t_block].end].strip() if t_block is not None else None
    section = _section_name(text[blocks[s_block].start:blocks[s_block].end]) if s_block is not None else None
    return Document(
        id=doc_id or _default_id(path, text), text=text, path=path,
        title=title or found_title, published=published or meta_published or _published(text, blocks),
        section=section or None, agencies=_agencies(text, blocks), blocks=blocks,
        sentences=_sentences(text, blocks), encoding=encoding)


def read_document(source: str | os.PathLike | bytes, *, published: date | None = None, title: str | None = None,
                  doc_id: str | None = None, max_bytes: int | None = None) -> Document:
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
    if not is_html:
        return parse_text(text, path=path, published=published, title=title, doc_id=doc_id, encoding=encoding)
    try:
        page = html_text.extract_html(text)
    except Exception as exc:  # noqa: BLE001 - html.parser on hostile markup: fall back to plain text
        log.warning("%s: cannot parse the HTML (%s); reading it as plain text", label, exc)
        return parse_text(text, path=path, published=published, title=title, doc_id=doc_id, encoding=encoding)
    if not page.text.strip():
        raise InputError(f"{label} is a web page without article text; save the article's text as .txt")
    meta_date = parse_date(page.published[:10]) if page.published else None
    doc = parse_text(page.text, path=path, published=published, title=title, doc_id=doc_id, encoding=encoding,
                     hints=page.hints, meta_published=meta_date)
    if doc.title is None and page.title:
        doc = replace(doc, title=page.title)
    return doc


__all__ = ["BLOCK_KINDS", "MARKERS", "Marker", "AGENCIES", "AGENCY_EXAMPLES", "DATELINE_EXAMPLES", "MONTHS",
           "parse_date", "parse_dateline", "parse_agency_line", "lead_agencies", "marker_of", "line_kind",
           "classify", "parse_text", "read_document", "foreign_dateline", "FOREIGN_DATELINE_EXAMPLES"]
