"""Blocks: the lines of a text with what each one is — title, section, dateline, byline, body,
heading, caption, credit, navigation, boilerplate.

Blocks are the non-blank lines of the text (consecutive lines of a hard-wrapped paragraph are one
block), each with one of :data:`BLOCK_KINDS`. The cues are general: line length, final punctuation,
position relative to the title and to credit lines, and the language's page markers
(:class:`chrono.lang.reading.Marker`, data with examples that run as tests). Pure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import lang
from ..lang.reading import Marker
from ..model import Span
from .agencies import known_agency, parse_agency_line
from . import furniture
from .body import BULLET, TITLE_WINDOW, judge, pick_title
from .dateline import date_led, parse_dateline
from .marks import INVISIBLE

#: Every kind a block can have.
BLOCK_KINDS = ("navigation", "section", "title", "dateline", "byline", "lead", "body", "heading",
               "caption", "credit", "readmore", "agencies", "boilerplate", "embed")

_LIST_NUMBER = re.compile(r"\s*(?:\d{1,3}[.)]|[-*\u2022\u00b7>\u203a\u00bb])\s+")
_TERMINAL = ".!?\u2026\u3002\uff01\uff1f"
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_NON_SPACE = re.compile(r"\S+")
#: A line with this many CJK characters is not a heading (CJK text has no spaces to count words by).
HEADING_MAX_CJK = 30
_CLOSING = "\"'\u201d\u2019\u00bb)]"


class _Compiled:
    """A language's page markers and credit patterns, compiled once."""

    def __init__(self, code: str) -> None:
        words = lang.get(code).reading
        self.markers = tuple((mk, re.compile(mk.pattern, re.I)) for mk in words.markers)
        self.credit_tail = re.compile(words.credit_tail, re.I)
        self.credit_mark = re.compile(words.credit_mark, re.I)
        self.byline = words.datelines.byline


@lru_cache(maxsize=None)
def _compiled(code: str) -> _Compiled:
    return _Compiled(code)


def _word_count(text: str, cap: int = 64) -> int:
    n = 0
    for _ in _NON_SPACE.finditer(text[: cap * 40]):
        n += 1
        if n >= cap:
            break
    return n


def _last_char(text: str) -> str:
    t = text.rstrip().rstrip(_CLOSING).rstrip()
    return t[-1] if t else ""


def _ends_with_punctuation(text: str) -> bool:
    return _last_char(text) in _TERMINAL + ":;,"


def marker_of(line: str, language: lang.Language | str | None = None) -> Marker | None:
    """The first marker matching ``line``, if any."""
    text = line.strip()
    m = _LIST_NUMBER.match(text)
    if m:
        text = text[m.end():]
    words = _word_count(text)
    head = text[:2000]
    for mk, regex in _compiled(lang.of(language).code).markers:
        if mk.max_words and (words > mk.max_words or len(text) > 60 * mk.max_words + 60):
            continue
        if (regex.search(head) if mk.anywhere else regex.match(head)):
            return mk
    return None


def _credit_is_caption(line: str, c: _Compiled, language: lang.Language) -> bool:
    """ "Photo: Kurdish fighters rest near Raqqa" is a caption; "Photo: Reuters/R. Said" a credit."""
    m = c.credit_mark.match(line.strip())
    if not m:
        return False
    rest = line.strip()[m.end():]
    if "/" in rest or any(known_agency(w.strip(".,"), language) for w in rest.split()[:3]):
        return False
    return _word_count(rest) >= 6


def line_kind(line: str, language: lang.Language | str | None = None) -> str | None:
    """The kind of a line recognised without context (dateline, agencies, a marker); else None."""
    language = lang.of(language)
    c = _compiled(language.code)
    if parse_dateline(line, language):
        return "dateline"
    if parse_agency_line(line, language):
        return "agencies"
    mk = marker_of(line, language)
    if mk:
        if mk.kind == "credit" and (_credit_is_caption(line, c, language) or (
                not c.credit_mark.match(line.strip()) and c.credit_tail.search(line.strip()[-120:]))):
            return "caption"            # "Fighters rest in Raqqa. Photograph: D. Souleiman/AFP/Getty Images"
        return mk.kind
    text = line.strip()
    if c.credit_tail.search(text[-120:]) and _word_count(text, CAPTION_TAIL_MAX_WORDS + 1) <= CAPTION_TAIL_MAX_WORDS:
        return "caption"              # AP's captions run long: "FILE - In this ... file photo, ... (AP Photo/...)"
    if text.startswith(c.byline) and 2 <= _word_count(text) <= 8 and not _ends_with_punctuation(text):
        return "byline"
    return None


@dataclass(frozen=True)
class _Unit:
    start: int
    end: int
    group: int          # paragraphs (blank-line separated) number their lines alike
    kind: str | None
    hint: str = ""
    ends_article: bool = False


_LINE = re.compile(r"[^\r\n]+")
#: A date line this many lines above the title, or nearer, or inside the article, dates it.
DATELINE_ABOVE_TITLE = 25
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 30
HEADING_MAX_WORDS = 12
HEADING_MAX_CHARS = 100
#: A heading-like line is a heading when body text follows within this many lines (menus and
#: boilerplate not counted).
HEADING_REACH = 11
CAPTION_MAX_WORDS = 40
#: A line ending in a photo credit is a caption up to this many words.
CAPTION_TAIL_MAX_WORDS = 80
SECTION_MAX_WORDS = 4
_BREADCRUMB = re.compile(r"\s*(?:>|/|\||\u203a|\u00bb)\s*")
_CRUMB = re.compile(r"\s*[>\u203a\u00bb]\s*")


def _units(text: str, hints: tuple[Span, ...], language: lang.Language) -> list[_Unit]:
    units: list[_Unit] = []
    group = 0
    last_end = 0
    h = 0
    for m in _LINE.finditer(text):
        a, b = m.start(), m.end()
        while a < b and (text[a].isspace() or text[a] in INVISIBLE):
            a += 1
        while b > a and (text[b - 1].isspace() or text[b - 1] in INVISIBLE):
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
        kind = line_kind(line, language)
        mk = marker_of(line, language) if kind == "navigation" else None
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
            and len(_CJK.findall(line[:HEADING_MAX_CHARS])) < HEADING_MAX_CJK
            and not _ends_with_punctuation(line) and not line[:1].islower())



def _find_title(units: list[_Unit], kinds: list[str | None], line: list[str], title: str | None) -> int | None:
    """The title line: the markup's <h1>, the given title, or the first title-like unknown line."""
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
    return t_idx


def _mark_top(kinds: list[str | None], line: list[str], t_idx: int) -> int | None:
    """Mark the title, the section name over it and the navigation before it; the section's index."""
    s_idx = None
    kinds[t_idx] = "title"
    before = [i for i in range(t_idx) if kinds[i] is None]
    if before and before[-1] == t_idx - 1 and _is_section_like(line[t_idx - 1]):
        s_idx = t_idx - 1
    elif before and _is_section_like(line[before[-1]]) and all(
            kinds[k] in ("dateline", "byline") for k in range(before[-1] + 1, t_idx)):
        s_idx = before[-1]
    for i in before:
        kinds[i] = "section" if i == s_idx else "navigation"
    return s_idx


def _mark_captions(units: list[_Unit], kinds: list[str | None], line: list[str]) -> None:
    """Captions: a short line right before an image credit (a paragraph apart: one sentence); markup captions."""
    for i in range(len(units)):
        if kinds[i] is None and units[i].hint == "caption":
            kinds[i] = "caption"
        if kinds[i] is None and i + 1 < len(units) and kinds[i + 1] == "credit":
            same = units[i + 1].group == units[i].group
            if _word_count(line[i]) <= CAPTION_MAX_WORDS and (same or _last_char(line[i]) != "." or ". " not in line[i]):
                kinds[i] = "caption"


def _mark_end(units: list[_Unit], kinds: list[str | None], line: list[str], start: int,
              verdicts: list[str] = ()) -> None:
    """The end of the article: an agency credit line or "more stories" lists after some body text.
    A "more stories" box inside the story ends where article text (the body detector's "good")
    resumes."""
    seen_body = False
    end_zone = resumable = False
    for i in range(start, len(units)):
        if end_zone and resumable and verdicts and verdicts[i] == "good" and kinds[i] is None \
                and not BULLET.match(line[i]):           # a teaser in the list is not the text again
            end_zone = False
        if end_zone:
            if kinds[i] is None:
                kinds[i] = "navigation"
            continue
        if kinds[i] is None and not _is_heading_like(line[i]):
            seen_body = True
        if seen_body and (kinds[i] == "agencies" or units[i].ends_article):
            end_zone, resumable = True, kinds[i] != "agencies"


def _next_lines(kinds: list[str | None], i: int, n: int) -> list[int]:
    """The ``n`` lines after line ``i`` that are not menus or boilerplate (a share panel under a
    standfirst does not part it from the text)."""
    out: list[int] = []
    k = i + 1
    while k < len(kinds) and len(out) < n:
        if kinds[k] not in ("navigation", "boilerplate"):
            out.append(k)
        k += 1
    return out


def _mark_rest(units: list[_Unit], kinds: list[str | None], line: list[str], language: lang.Language) -> None:
    """What is left: headings (short, unpunctuated, before more text) and body."""
    for i in range(len(units)):
        if kinds[i] is not None:
            continue
        wrapped = (i + 1 < len(units) and units[i + 1].group == units[i].group and kinds[i + 1] is None
                   and line[i + 1][:1].islower())   # the first line of a hard-wrapped paragraph
        if units[i].hint == "heading" or (_is_heading_like(line[i]) and not wrapped and not date_led(line[i], language)):
            later = any(kinds[k] in (None, "body") for k in _next_lines(kinds, i, HEADING_REACH))
            if later or units[i].hint == "heading":
                kinds[i] = "heading"
                continue
            if not _ends_with_punctuation(line[i]) and _word_count(line[i]) <= 4:
                kinds[i] = "navigation"
                continue
        kinds[i] = "body"


def _join(units: list[_Unit], kinds: list[str | None], line: list[str],
          language: lang.Language) -> tuple[list[Span], dict[int, int]]:
    """Join the lines of a hard-wrapped paragraph (a date-led line starts a block of its own: a
    timeline's entry); the blocks, and each unit's block index."""
    blocks: list[Span] = []
    index_map: dict[int, int] = {}
    for i, u in enumerate(units):
        kind = kinds[i] or "body"
        if (blocks and kind == "body" and blocks[-1].kind == "body" and units[i - 1].group == u.group
                and kinds[i - 1] == "body"
                and (_last_char(line[i - 1]) not in _TERMINAL or line[i][:1].islower())
                and not date_led(line[i], language)):
            blocks[-1] = Span(blocks[-1].start, u.end, "body")
        else:
            blocks.append(Span(u.start, u.end, kind))
        index_map[i] = len(blocks) - 1
    return blocks, index_map


def _indent(text: str, start: int) -> int:
    """How many spaces or tabs stand before ``start`` on its line."""
    k = start
    while k > 0 and text[k - 1] in " \t\u00a0":
        k -= 1
    return start - k


def _judge(text: str, units: list[_Unit], kinds: list[str | None], line: list[str], title: str | None,
           language: lang.Language, carried: frozenset[str] = frozenset()) -> tuple[list[str], int | None]:
    """The body detector's verdict on each line of a plain text (:mod:`.body`), furniture marked
    navigation, and the headline it picks (None: the first title-like line rule decides)."""
    indents = [_indent(text, u.start) for u in units]
    found = judge(line, indents, language, [k in ("navigation", "boilerplate") for k in kinds],
                  [date_led(s, language) for s in line], [k in ("caption", "credit") for k in kinds])
    verdicts, first_pass = found.verdicts, found.first_pass
    t_idx = None if title else pick_title(line, indents, found, kinds, language, carried)
    start = next((i for i, v in enumerate(verdicts) if v == "good"), len(units))
    top = t_idx if t_idx is not None else found.start
    for i, v in enumerate(verdicts):
        # Between the headline and the text, what the block rules can name (a subheading, a byline
        # or date line, a caption over its credit) is kept; a sentence the detector judged not
        # article text there (a standfirst, a photo's caption, "Created with Sketch.", a share
        # button's "Share ... for: <headline>") is not the text's first paragraph.
        between = (max(top, start - TITLE_WINDOW) <= i < start and first_pass[i] in ("short", "near")
                   and _is_heading_like(line[i]))
        if kinds[i] == "dateline" and not top - DATELINE_ABOVE_TITLE <= i <= found.end:
            kinds[i] = "navigation"                           # the dates of other stories
        elif t_idx is not None and i < t_idx:
            continue                                          # navigation or section: _mark_top
        elif v == "bad" and kinds[i] is None and not between and not (
                i + 1 < len(kinds) and kinds[i + 1] == "credit"):   # a caption: _mark_captions
            kinds[i] = "navigation"
    return verdicts, t_idx


def classify(text: str, hints: tuple[Span, ...] = (), title: str | None = None,
             language: lang.Language | str | None = None,
             carried: frozenset[str] = frozenset(),
             sites: frozenset[str] = frozenset()) -> tuple[tuple[Span, ...], int | None, int | None]:
    """Blocks of ``text`` with their kinds, and the indices of the title and section blocks. Pure.

    A plain text (no ``hints`` from markup) goes through the body detector first (:mod:`.body`);
    ``carried`` are the texts a dump's share links carry (:func:`chrono.reader.lynx.carried_texts`),
    ``sites`` the names of the page's site (:func:`chrono.reader.furniture.site_keys`)."""
    language = lang.of(language)
    units = _units(text, hints, language)
    kinds: list[str | None] = [u.kind for u in units]
    line = [text[u.start:u.end] for u in units]
    verdicts, t_idx = _judge(text, units, kinds, line, title, language, carried) if not hints else ([], None)
    if t_idx is None:
        t_idx = _find_title(units, kinds, line, title)
    s_idx = _mark_top(kinds, line, t_idx) if t_idx is not None else None
    _mark_captions(units, kinds, line)
    _mark_end(units, kinds, line, (t_idx + 1) if t_idx is not None else 0, verdicts)
    _mark_rest(units, kinds, line, language)
    furniture.mark(line, kinds, sites, language, [u.group for u in units])
    blocks, index_map = _join(units, kinds, line, language)
    title_block = index_map.get(t_idx) if t_idx is not None else None
    section_block = index_map.get(s_idx) if s_idx is not None else None
    return tuple(blocks), title_block, section_block


def section_name(line: str) -> str:
    """The last part of a breadcrumb line ("Home > World > Middle East" -> "Middle East")."""
    return _BREADCRUMB.split(line.strip())[-1].strip()


__all__ = ["BLOCK_KINDS", "Marker", "classify", "line_kind", "marker_of", "section_name"]
