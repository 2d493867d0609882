"""Date lines: the line of an article that gives its publication date.

``parse_dateline("Published: Sat 14 Oct 2017 10.32 BST")`` -> ``(date(2017, 10, 14), 0)``. The words a
date line may hold (month and weekday names, fillers, prefixes) are the language's
(:class:`chrono.lang.reading.DatelineWords`); a line our parser leaves — another language, an odd
format — is read by dateparser (:func:`foreign_dateline`). Pure, but for dateparser's import.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .. import lang
from ..model import Span

_SEGMENT_SPLIT = re.compile(r"\s+[|\u2022\u00b7\u2013\u2014/-]\s+|\s*[|;]\s*|\s+\u2022\s*"
                            r"|(?<=\d{4})/(?=\S)|(?<=[^\W\d])/(?=[^\W\d])|\s/(?=\S)")   # "October 15, 2018/0 Comments/in News"
#: A list bullet before a line ("* July 2, 2018", text dumps' "+", "o", "#").
_BULLET = re.compile(r"^(?:[-*+#o\u2022\u00b7\u25aa\u25cf\u2013\u2014]\s+)+")
#: A year glued to the time that follows it ("Nov 19 20197:05 AM", a text dump's).
_GLUED_TIME = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d{1,2}:\d\d)(?!\d)")
#: A name after the date ("November 20, 2019 Emiliano Bellini"): at most this many capitalised words.
NAME_AFTER_DATE_WORDS = 3
#: Short fields after a date on its line ("0 Comments", "in News"): at most this many words each.
TRAILING_FIELD_WORDS = 4
_TOKEN = re.compile(r"\d+|[^\W\d_]+|\S")
MAX_DATE_LINE = 120


@lru_cache(maxsize=None)
def _prefixes(code: str) -> tuple[tuple[re.Pattern[str], int], ...]:
    words = lang.get(code).reading.datelines
    return tuple((re.compile(p + r"\s*[:.\-]?\s*", re.I), rank) for p, rank in words.prefixes)


@lru_cache(maxsize=None)
def _glued_prefix(code: str) -> re.Pattern[str]:
    """A capitalised prefix glued to the field before it ("... 7:05 AM ESTUpdated Tue, ...")."""
    words = lang.get(code).reading.datelines
    return re.compile(r"(?<=[A-Za-z])(?=[A-Z])(?=(?i:" + "|".join(p for p, _ in words.prefixes) + "))")


@lru_cache(maxsize=None)
def _trailing_byline(code: str) -> re.Pattern[str]:
    """A byline after the date ("5:45 AM PST 11/19/2019 by Patrick Shanley"): the pack's byline word
    and one to five capitalised names at the end of the line."""
    by = re.escape(lang.get(code).reading.datelines.byline.strip())
    return re.compile(rf"\s+(?=(?i:{by})\s+(?:[A-ZÀ-Þ][\w.'’-]*\s*){{1,5}}$)")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)



def _core_at(sig: list[tuple[int, str]], toks: list[str], i: int, months: dict[str, int]) -> tuple[date, int] | None:
    """A (day, month, year) date from significant tokens i, i+1, i+2; returns (date, tokens used)."""
    def kind(k):
        t = toks[sig[k][0]]
        if t.isdigit():
            return "y" if len(t) == 4 else ("n" if len(t) <= 2 else "x")
        return "m" if t.lower() in months else "w"

    if i + 2 >= len(sig):
        return None
    a, b, c = (toks[sig[i + k][0]] for k in range(3))
    shape = kind(i) + kind(i + 1) + kind(i + 2)
    seps = "".join(toks[sig[i][0] + 1:sig[i + 1][0]]) + "|" + "".join(toks[sig[i + 1][0] + 1:sig[i + 2][0]])
    try:
        if shape == "mny":
            return date(int(c), months[a.lower()], int(b)), 3
        if shape == "nmy":
            return date(int(c), months[b.lower()], int(a)), 3
        if shape == "ynn" and seps in ("-|-", "/|/", ".|."):
            return date(int(a), int(b), int(c)), 3
        if shape == "nny" and seps in (".|.", "-|-"):
            d, m = int(a), int(b)
            return (date(int(c), d, m) if m > 12 >= d else date(int(c), m, d)), 3   # "11.14.2019": US
        if shape == "nny" and seps == "/|/":
            d, m = int(a), int(b)
            if d > 12 >= m:
                return date(int(c), m, d), 3
            if m > 12 >= d:
                return date(int(c), d, m), 3
    except ValueError:
        return None
    return None


def _is_time_token(tok: str, prev: str, words) -> bool:
    if tok.isdigit():
        return len(tok) <= 2 or (len(tok) == 4 and not 1900 <= int(tok) <= 2100) or prev in "+-"
    if tok.isalpha():
        return tok.lower() in words.fillers or tok.lower() in words.weekdays or (tok.isupper() and len(tok) <= 5)
    return tok in ",.:;-+/()[]\u2013\u2014|\u2022"


def parse_date(text: str, language: lang.Language | str | None = None) -> date | None:
    """The date of a string that is (nearly) only a date, with optional weekday and time. Pure."""
    if len(text) > MAX_DATE_LINE:
        return None
    words = lang.of(language).reading.datelines
    months = words.months
    toks = _tokens(text)
    sig = [(k, t) for k, t in enumerate(toks)
           if t.isdigit() and len(t) in (1, 2, 4) or t.lower() in months]
    for i in range(len(sig)):
        found = _core_at(sig, toks, i, months)
        if not found:
            continue
        day, used = found
        core = {sig[i + k][0] for k in range(used)}
        lo, hi = sig[i][0], sig[i + used - 1][0]
        ok = all(k in core
                 or (lo < k < hi and (not toks[k].isalnum() or toks[k].lower() in words.fillers))
                 or (not lo < k < hi and _is_time_token(toks[k], toks[k - 1] if k else "", words))
                 for k in range(len(toks)))
        return day if ok else None
    return None


def _byline_date(seg: str, language: lang.Language) -> date | None:
    """The date in a byline segment: "By Tom Perry, October 14, 2017"."""
    words = language.reading.datelines
    toks = _tokens(seg)
    for k, t in enumerate(toks):
        if t.isdigit() or t.lower() in words.months or t.lower() in words.weekdays:
            day = parse_date(seg[_nth_token_offset(seg, toks, k):], language)
            if day:
                return day
    return None


def _date_then_name(seg: str, language: lang.Language) -> date | None:
    """ "November 20, 2019 Emiliano Bellini": a date, then a name of a few capitalised words."""
    toks = seg.split()
    for cut in range(len(toks) - 1, max(len(toks) - 1 - NAME_AFTER_DATE_WORDS, 0), -1):
        tail = toks[cut:]
        if not all(t[:1].isupper() and t.isalpha() for t in tail):
            break
        day = parse_date(" ".join(toks[:cut]), language)
        if day:
            return day
    return None


_SHORT_NUMERIC = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d\d)(?!\d)")


def _short_date(seg: str, year: int | None, language: lang.Language) -> date | None:
    """After a prefix ("Published", "Updated"): "16/06/11" (day first, two-digit year), or a date
    without its year ("3:57 PM ET, March 18") when the page gives the year."""
    words = language.reading.datelines
    m = _SHORT_NUMERIC.match(seg)
    if m and all(_is_time_token(t, "", words) for t in _tokens(seg[m.end():])):
        d, mo, y = int(m.group(1)), int(m.group(3)), 2000 + int(m.group(4))
        d, mo = (mo, d) if mo > 12 >= d else (d, mo)
        try:
            return date(y, mo, d)
        except ValueError:
            return None
    if year and not _YEAR.search(seg):
        m = _month_day(language.code).search(seg)
        if m:
            return parse_date(f"{seg[:m.end()]} {year}{seg[m.end():]}", language)
    return None


@lru_cache(maxsize=None)
def _month_day(code: str) -> re.Pattern[str]:
    """A month and its day without a year ("March 18", "18 March")."""
    names = "|".join(sorted(map(re.escape, lang.get(code).reading.datelines.months), key=len, reverse=True))
    return re.compile(rf"\b(?:(?:{names})\.?\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{names})\b\.?)", re.I)


_LED = re.compile(r"\s*(?::|\s(?:--?|[\u2013\u2014])|\s*[\u2013\u2014])\s+")
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")
#: A date-led line has at least this many words after its date.
DATE_LED_MIN_WORDS = 2


def date_led(line: str, language: lang.Language | str | None = None) -> bool:
    """``line`` is a date, a separator, and what happened: "March 3, 2019: Globex makes its first
    offer", "June 12 - Shareholders vote", "2020 – The deal closes", "June 9 -- Coral Sky Amphitheatre,
    Tampa" (a timeline's entry, a tour's date, not a heading)."""
    parts = _LED.split(_BULLET.sub("", line.strip()), maxsplit=1)
    if len(parts) != 2 or len(_WORDISH.findall(parts[1])) < DATE_LED_MIN_WORDS:
        return False
    head = parts[0].strip()
    language = lang.of(language)
    if not head or not head[-1:].isdigit() and head.split()[-1].rstrip(".").lower() not in language.reading.datelines.months:
        return False                         # "February 1, 2019 | BY: ..." is a date line with a byline
    return bool(_BARE_YEAR.fullmatch(head) or _month_day(language.code).fullmatch(head)
                or _month_year(language.code).fullmatch(head) or parse_date(head, language))


@lru_cache(maxsize=None)
def _month_year(code: str) -> re.Pattern[str]:
    """A month and its year ("April 2019", "Apr. 2019")."""
    names = "|".join(sorted(map(re.escape, lang.get(code).reading.datelines.months), key=len, reverse=True))
    return re.compile(rf"(?:{names})\.?,?\s+(?:19|20)\d\d", re.I)


def parse_dateline(line: str, language: lang.Language | str | None = None,
                   year: int | None = None) -> tuple[date, int] | None:
    """``(date, rank)`` when ``line`` is a date line; rank 0 published, 1 bare date, 2 updated. Pure.

    ``year`` is the page's year, for a prefixed date line that has none ("Updated 3:57 PM ET, March 18").
    """
    text = _GLUED_TIME.sub(r"\1 \2", _BULLET.sub("", line.strip()))
    if not text or len(text) > MAX_DATE_LINE or not any(c.isdigit() for c in text):
        return None
    language = lang.of(language)
    words = language.reading.datelines
    prefixes = _prefixes(language.code)
    byline = words.byline.lower()
    text = _glued_prefix(language.code).sub(" | ", text)
    text = _trailing_byline(language.code).sub(" | ", text, count=1)
    rank, prefixed = 1, False
    for regex, r in prefixes:
        m = regex.match(text)
        if m:
            rank, text, prefixed = r, text[m.end():], True
            break
    segments = [s for s in _SEGMENT_SPLIT.split(text) if s.strip()]
    found: date | None = None
    for n, seg in enumerate(segments):
        seg = seg.strip()
        if seg.lower().startswith(byline) and len(seg.split()) <= 10:
            day = _byline_date(seg, language)
            if day and found is None:
                found = day
            continue                         # a byline segment
        seg_rank = None
        for regex, r in prefixes:            # "... | Updated 10:32"
            m = regex.match(seg)
            if m:
                seg, seg_rank, prefixed = seg[m.end():], r, True
                rank = min(rank, r) if found is None else rank
                break
        day = parse_date(seg, language) or (_date_then_name(seg, language) if n == 0 else None)
        if day is None and prefixed:
            day = _short_date(seg, year, language)
        if day is not None:
            if found is None:
                found = day
            elif seg_rank is not None and seg_rank < rank:
                found, rank = day, seg_rank  # "Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM"
            continue
        if all(_is_time_token(t, "", words) for t in _tokens(seg)):
            continue                         # a time or time zone segment
        if found is not None and n > 0 and len(seg.split()) <= TRAILING_FIELD_WORDS:
            continue                         # "October 15, 2018/0 Comments/in News"
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


def published_of(text: str, blocks: tuple[Span, ...], language: lang.Language | str | None = None,
                 year: int | None = None) -> date | None:
    """The publication date the date lines of a document give (the best-ranked, first), else a
    prefixed date line without a year near the top, dated in ``year`` (the page's), else a foreign
    date line near the top."""
    best: tuple[int, int, date] | None = None
    for k, b in enumerate(blocks):
        if b.kind != "dateline":
            continue
        found = parse_dateline(text[b.start:b.end], language)
        if found and (best is None or (found[1], k) < best[:2]):
            best = (found[1], k, found[0])
    if best is None and year:
        top = next((k for k, b in enumerate(blocks) if b.kind == "title"), 0)
        for k, b in enumerate(blocks[max(0, top - 3):top + FOREIGN_DATELINE_BLOCKS], start=max(0, top - 3)):
            found = parse_dateline(text[b.start:b.end], language, year=year) if b.end - b.start <= MAX_DATE_LINE else None
            if found and (best is None or (found[1], k) < best[:2]):
                best = (found[1], k, found[0])
    return best[2] if best else foreign_dateline(text, blocks, language)


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


def foreign_dateline(text: str, blocks: tuple[Span, ...], language: lang.Language | str | None = None) -> date | None:
    """A dateline our own parser does not read — another language or an odd format — read by
    dateparser, when no dateline was found: the first short line near the top, then near the
    title, that is wholly a full date (day, month and year), or is one after a prefix and before a
    byline ("Posted on Oktober 27, 2015 by Admin"). dateparser is imported only here."""
    top = next((k for k, b in enumerate(blocks) if b.kind == "title"), 0)
    near = range(max(0, top - 3), min(len(blocks), top + FOREIGN_DATELINE_BLOCKS))
    for k in [*range(min(len(blocks), FOREIGN_DATELINE_BLOCKS)), *(k for k in near if k >= FOREIGN_DATELINE_BLOCKS)]:
        b = blocks[k]
        line = text[b.start:b.end].strip()
        if b.kind == "navigation" or len(line) > MAX_DATE_LINE or not _YEAR.search(line):
            continue
        if not _WORDISH.search(line):
            continue                    # all digits ("10/11/2017"): day and month order unknown
        day = _dateparser_date(line) or (_dateparser_date(_bare(line, language)) if k >= top else None)
        if day:
            return day
    return None


def _bare(line: str, language: lang.Language | str | None) -> str:
    """A date line without its prefix and the byline after it."""
    language = lang.of(language)
    for regex, _ in _prefixes(language.code):
        m = regex.match(line)
        if m:
            line = line[m.end():]
            break
    byline = " " + language.reading.datelines.byline.strip().lower() + " "
    cut = line.lower().find(byline)
    return line[:cut] if cut > 0 else line


def _dateparser_date(line: str) -> date | None:
    import dateparser
    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True,
                "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        found = dateparser.parse(line, settings=settings)
    except Exception:  # noqa: BLE001 - dateparser on odd text: no date rather than a crash
        return None
    return found.date() if found else None


__all__ = ["FOREIGN_DATELINE_EXAMPLES", "MAX_DATE_LINE", "date_led", "foreign_dateline", "parse_date", "parse_dateline",
           "published_of"]
