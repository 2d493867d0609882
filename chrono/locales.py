"""Dates for a locale (``--locale pt_BR``): CLDR's month and weekday names and date patterns, from babel.

A locale changes how dates are written, not what the briefing says: its headings and labels stay
those of the pack of the locale's language (``de_CH`` -> ``de``), or the default language's where
chrono has no pack for it (``pt_BR`` -> English words, Portuguese dates). Without a locale nothing
here runs and babel is never imported: the packs carry their CLDR names written out
(``tests/test_lang_events.py`` checks them against babel), which keeps ``import chrono`` and
``chrono tag`` free of babel's load time (about 0.1 s for a locale's data).

A CLDR pattern becomes a :class:`~chrono.lang.display.DateWords` template:

>>> template("E, d 'de' MMM 'de' y")
'{weekday}, {day} de {month} de {year}'
>>> template("E d MMM"), template("MMM d, y"), template("M月d日(E)"), template("d/M/yy") is None
('{weekday} {day} {month}', '{month} {day}, {year}', '{month_number}月{day}日({weekday})', True)
>>> from datetime import date
>>> from chrono.datetext import day_text
>>> w = date_words("pt_BR")
>>> day_text(date(2017, 10, 13), words=w), day_text(date(2017, 10, 13), year=False, words=w)
('sex., 13 de out. de 2017', 'sex., 13 de out.')
>>> day_text(date(2017, 10, 13), words=date_words("en_US"))
'Fri, Oct 13, 2017'
>>> parse("de-CH"), parse("pt_br")
('de_CH', 'pt_BR')
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from . import lang
from .errors import ChronoError
from .lang.display import DateWords, DisplayWords


class UnknownLocale(ChronoError):
    """A locale that CLDR (babel) does not know."""


#: CLDR pattern letters -> template fields (the months and weekdays by their abbreviated names).
_FIELDS = {"E": "{weekday}", "EE": "{weekday}", "EEE": "{weekday}", "EEEE": "{weekday}", "c": "{weekday}",
           "ccc": "{weekday}", "d": "{day}", "dd": "{day:02d}", "MMM": "{month}", "MMMM": "{month}",
           "LLL": "{month}", "LLLL": "{month}", "M": "{month_number}", "MM": "{month_number:02d}",
           "L": "{month_number}", "y": "{year}", "yyyy": "{year}"}
_TOKEN = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*|[^A-Za-z']+")


def template(pattern: str) -> str | None:
    """A CLDR date pattern as a :meth:`str.format` template, ``None`` for one with a field it has
    no name for (two-digit years, eras, ...)."""
    out = []
    for m in _TOKEN.finditer(pattern):
        token = m.group(0)
        if token.startswith("'"):
            literal = token[1:-1].replace("''", "'") if len(token) > 2 else "'"
            out.append(literal.replace("{", "{{").replace("}", "}}"))
        elif token[0].isascii() and token[0].isalpha():
            if token not in _FIELDS:
                return None
            out.append(_FIELDS[token])
        else:
            out.append(token.replace("{", "{{").replace("}", "}}"))
    return "".join(out)


def parse(name: str) -> str:
    """The canonical name of a locale (``pt-BR`` -> ``pt_BR``); :class:`UnknownLocale` if CLDR has none."""
    from babel.core import Locale, UnknownLocaleError
    text = (name or "").strip().replace("-", "_")
    try:
        return str(Locale.parse(text))
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise UnknownLocale(f"unknown locale {name!r}; give a CLDR locale such as en_GB, de_CH, "
                            f"fr, pt_BR") from exc


def language(name: str) -> str:
    """The code of the pack that speaks a locale's language (its own, else the default language)."""
    code = parse(name).split("_", 1)[0].lower()
    return code if code in lang.available() else lang.DEFAULT


def _pattern(skeletons, key: str, fallback: str) -> str:
    made = template(str(skeletons[key].pattern)) if key in skeletons else None
    return made if made is not None else fallback


def _pack(name: str) -> DisplayWords:
    return lang.get(language(name)).display or lang.get(lang.DEFAULT).display


@lru_cache(maxsize=16)
def date_words(name: str) -> DateWords:
    """How dates are written in a locale: CLDR's abbreviated month and weekday names and its patterns
    for a day, a day with its year and a month with its year; every other phrase is that of the pack
    of the locale's language (else the default language's)."""
    from babel.core import Locale
    loc = Locale.parse(parse(name))
    base = _pack(name).dates
    names, days = loc.months["format"]["abbreviated"], loc.days["format"]["abbreviated"]
    sk = loc.datetime_skeletons
    day = _pattern(sk, "MMMEd", base.day)
    return replace(base, months=tuple(str(names[i]) for i in range(1, 13)),
                   weekdays=tuple(str(days[i]) for i in range(7)), day=day,
                   day_year=_pattern(sk, "yMMMEd", base.with_year.format(text=day, year="{year}")),
                   month=_pattern(sk, "yMMM", base.month), examples=())


def display_words(name: str) -> DisplayWords:
    """Every word of the writers for a locale: its language's pack (else the default language's), with
    the locale's dates (:func:`date_words`)."""
    return replace(_pack(name), dates=date_words(name))


__all__ = ["UnknownLocale", "date_words", "display_words", "language", "parse", "template"]
