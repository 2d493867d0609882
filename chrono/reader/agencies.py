"""Agency credit lines: which news agencies an article names ("cw/amp/jm (Reuters, AP, dpa)").

The agency names and the words of credit lines are the language's
(:class:`chrono.lang.reading.AgencyWords`); the shapes of the lines here are not. Pure.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import lang
from ..model import Span

_INITIALS_PARENS = re.compile(r"(?:[a-z]{1,5}(?:\s*/\s*[a-z]{1,5}){0,8}\s*)?\(([^()]{1,160})\)\s*\.?\s*$")
_DASH_AGENCY = re.compile(r"[-\u2013\u2014]{1,3}\s*([^-\u2013\u2014].{0,80})$")
_LEAD_AGENCY = re.compile(r"[A-Z][\w.,'/ \u00a0-]{0,60}?\(([\w .,/&-]{2,60})\)\s*[-\u2013\u2014:]")
_BYLINE_END = re.compile(r"\s*(?:[|,\u2022\u2013\u2014]|\s-\s|\d)")


class _Compiled:
    """A language's agency words, compiled once."""

    def __init__(self, code: str) -> None:
        words = lang.get(code).reading.agencies
        self.keys = {a.lower(): a for a in words.names}
        self.fillers = words.fillers
        self.source = re.compile(words.source_line, re.I)
        self.split = re.compile(words.separators, re.I)


@lru_cache(maxsize=None)
def _compiled(code: str) -> _Compiled:
    return _Compiled(code)


def known_agency(word: str, language: lang.Language | str | None = None) -> bool:
    """Whether ``word`` names a news agency ("Reuters", "afp")."""
    return word.lower() in _compiled(lang.of(language).code).keys


def agency_names(content: str, strict: bool, language: lang.Language | str | None = None) -> tuple[str, ...] | None:
    """The agencies a list of names gives ("Reuters, AP, dpa"); with ``strict``, only known agencies."""
    c = _compiled(lang.of(language).code)
    names = [n.strip(" .") for n in c.split.split(content) if n.strip(" .")]
    names = [n for n in names if n.lower() not in c.fillers]
    if not names or len(names) > 8:
        return None
    known = [c.keys.get(n.lower()) for n in names]
    if all(known):
        return tuple(k if n.isupper() and len(n) > 5 else n for n, k in zip(names, known))   # "AL JAZEERA"
    if strict or not any(known):
        return None
    if all(len(n.split()) <= 3 and n[:1].isupper() for n in names):
        return tuple(names)
    return None


def parse_agency_line(line: str, language: lang.Language | str | None = None) -> tuple[str, ...] | None:
    """The agencies an agency credit line names, in order, as written; None if it is not one. Pure."""
    text = line.strip()
    if not text or len(text) > 200:
        return None
    m = _INITIALS_PARENS.match(text)
    if m:
        has_initials = not text.startswith("(")
        return agency_names(m.group(1), strict=not has_initials, language=language)
    m = _DASH_AGENCY.match(text)
    if m:
        return agency_names(m.group(1), strict=True, language=language)
    m = _compiled(lang.of(language).code).source.match(text)
    if m:
        return agency_names(m.group(1), strict=True, language=language)
    return None


def lead_agencies(line: str, language: lang.Language | str | None = None) -> tuple[str, ...]:
    """Agencies of a wire dateline at the start of a paragraph: "BEIRUT (Reuters) - ..." -> ("Reuters",)."""
    m = _LEAD_AGENCY.match(line[:200])
    if not m:
        return ()
    return agency_names(m.group(1), strict=True, language=language) or ()


def agencies_of(text: str, blocks: tuple[Span, ...], language: lang.Language | str | None = None) -> tuple[str, ...]:
    """The agencies a document names: its agency lines, else its byline ("By AFP | 14 Oct 2017"),
    else a wire dateline opening its first paragraphs."""
    language = lang.of(language)
    byline = language.reading.datelines.byline
    names: list[str] = []
    for b in blocks:
        if b.kind == "agencies":
            names += parse_agency_line(text[b.start:b.end], language) or ()
    if not names:
        for b in blocks:
            if b.kind in ("byline", "dateline") and text.startswith(byline, b.start):
                first = _BYLINE_END.split(text[b.start + len(byline):b.end], maxsplit=1)[0]
                names += agency_names(first, strict=True, language=language) or ()
    if not names:
        for b in [b for b in blocks if b.kind == "body"][:3]:
            names += lead_agencies(text[b.start:b.end], language)
    return tuple(dict.fromkeys(names))


__all__ = ["agencies_of", "agency_names", "known_agency", "lead_agencies", "parse_agency_line"]
