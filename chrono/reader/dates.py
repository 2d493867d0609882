"""The publication date of an article: one finder for every way chrono reads one.

``chrono tag``, ``chrono build`` and the API all read through :func:`chrono.reader.document.read_document`,
which asks :func:`find_published` once per article, so they agree on a page's date. The evidence, best
first:

1. for a web page, htmldate's date (run by trafilatura: metadata, JSON-LD, ``<time>``, the page's own
   URL in ``og:url`` or ``<link rel=canonical>``, and dates in the page's text);
2. the page's date metadata as chrono reads it (:func:`meta_date`: the whole value, ISO or not —
   "Fri, 13 Oct 2017 10:32:00 GMT" — the local day of a time with an offset);
3. for a text dump with its link list, the date in the path of the page's own links (its ``<head>``
   links: canonical, alternate, feeds — the URL the site filed the story under, as htmldate reads
   ``og:url``), :func:`chrono.reader.lynx.own_url_date`; else the article's URL as its share and
   mail links carry it, known by the headline's words in its path; never another story's link;
4. the article's date lines ("Published 16/06/11", "* July 2, 2018", "Updated 3:57 PM ET, March 18"
   with the year from the page), :func:`chrono.reader.dateline.published_of`.

A date is refused when it is a placeholder (before :data:`MIN_YEAR` on a web page, as ``0001-01-01``;
before :data:`TEXT_MIN_YEAR` in a plain text) or later than
the page's own "modified"/"updated" evidence. Pure, but for dateparser's import in the last step.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

from .. import lang
from ..model import Span
from .dateline import parse_dateline, published_of
from .lynx import own_url_date, shared_url_date

#: Dates before this year are placeholders ("0001-01-01", "1970-01-01"), not publication dates of a web
#: page (its metadata, its links) ...
MIN_YEAR = 1990
#: ... while the date line of a plain text may be of any year since this one (a 1989 wire story).
TEXT_MIN_YEAR = 1800
#: A publication date may be this many days after the page's latest "modified" evidence (time zones).
AFTER_MODIFIED_DAYS = 1
#: How far into the text a year for year-less date lines is looked for (characters).
YEAR_WINDOW = 4000

_ISO = re.compile(r"\s*(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,]\d+)?)?\s*"
                  r"(Z|[+-]\d\d:?\d\d)?)?")
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/.-])")


def _offset(raw: str | None) -> timezone | None:
    if not raw:
        return None
    if raw == "Z":
        return timezone.utc
    sign = -1 if raw[0] == "-" else 1
    digits = raw[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:4])))


def parse_datetime(value: str, language: lang.Language | str | None = None) -> tuple[date, timezone | None] | None:
    """The day of a metadata date value and its UTC offset, if it gives one. The day is the one
    written (the local day where the value carries an offset). ISO 8601, RFC 2822 ("Fri, 13 Oct 2017
    10:32:00 GMT") or a date line chrono reads ("November 20, 2019 13:42")."""
    value = (value or "").strip()
    if not value:
        return None
    m = _ISO.match(value)
    if m:
        try:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        return day, _offset(m.group(7)) if m.group(4) else None
    try:
        stamp = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        stamp = None
    if isinstance(stamp, datetime):
        return stamp.date(), stamp.tzinfo if isinstance(stamp.tzinfo, timezone) else None
    found = parse_dateline(value, language)
    return (found[0], None) if found else None


def plausible(day: date | None, modified: date | None = None, min_year: int = MIN_YEAR) -> bool:
    """Not a placeholder, and not after the page's latest modification (if known)."""
    if day is None or day.year < min_year:
        return False
    return modified is None or day <= modified + timedelta(days=AFTER_MODIFIED_DAYS)


def meta_date(values: list[str], modified: list[str] = (), language: lang.Language | str | None = None) -> date | None:
    """The first plausible date of the page's date metadata (best first). A time given in UTC
    counts on the page's own day when another of its times carries a local offset."""
    pairs = [(v, p) for v in values if (p := parse_datetime(v, language))]
    latest = _latest(modified, language)
    local = next((tz for _, (_, tz) in pairs if tz is not None and tz.utcoffset(None)), None)
    for value, (day, tz) in pairs:
        if local is not None and tz is not None and not tz.utcoffset(None):
            day = _shift(value, local) or day
        if plausible(day, latest):
            return day
    return None


def _shift(value: str, tz: timezone) -> date | None:
    m = _ISO.match(value)
    if not m or not m.group(4):
        return None
    try:
        stamp = datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)), int(m.group(4)), int(m.group(5)),
                         tzinfo=timezone.utc)
        return stamp.astimezone(tz).date()
    except (ValueError, OverflowError):     # "0001-01-01T00:00Z" one hour west is out of range
        return None


def _latest(values, language) -> date | None:
    days = [p[0] for p in (parse_datetime(v, language) for v in values) if p and p[0].year >= MIN_YEAR]
    return max(days) if days else None


def page_year(text: str) -> int | None:
    """The year the top of a text gives most often (for date lines printed without one)."""
    years = [int(y) for y in _YEAR.findall(text[:YEAR_WINDOW])]
    return max(set(years), key=lambda y: (years.count(y), y)) if years else None


def find_published(text: str, blocks: tuple[Span, ...], language: lang.Language | str | None = None, *,
                   extracted: str | None = None, meta: list[str] = (), modified: list[str] = (),
                   own: tuple[str, ...] = (), links: tuple[str, ...] = (), title: str | None = None,
                   web: bool = False) -> date | None:
    """The publication date of an article: htmldate's (``extracted``), else the metadata's
    (``meta``, best first), else the date in the path of the page's own links (``own``: a text
    dump's ``<head>`` links, :func:`chrono.reader.lynx.own_url_date`), else of the article's URL
    among its share links (``links``, known by the headline ``title``:
    :func:`chrono.reader.lynx.shared_url_date`), else the text's date lines;
    never a placeholder nor a date after the page's ``modified`` evidence. A plain text's date line
    (``web`` False and no page evidence) may be of any year since :data:`TEXT_MIN_YEAR`."""
    latest = _latest(modified, language)
    if extracted:
        found = parse_datetime(extracted, language)
        if found and plausible(found[0], latest):
            return found[0]
    day = meta_date(list(meta), list(modified), language) if meta else None
    if day:
        return day
    for day in (own_url_date(own), shared_url_date(links, title)):
        if plausible(day, latest):
            return day
    day = published_of(text, blocks, language, year=page_year(text))
    web = web or bool(extracted or meta or modified or own or links)
    return day if plausible(day, latest, MIN_YEAR if web else TEXT_MIN_YEAR) else None


__all__ = ["MIN_YEAR", "find_published", "meta_date", "page_year", "parse_datetime", "plausible"]
