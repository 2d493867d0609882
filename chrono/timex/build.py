"""Builders: a rule's match becomes a :class:`Spec` (or None to reject the match).

Each builder reads the named groups of a match; some look at the words around it to
reject a reading ("May" the verb, "Saturday Night Live"). Builders are named in the rule
table (``rules.py``), so the table stays data.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from . import lexicon as lx
from .patterns import lookup
from .spec import Spec

Builder = Callable[[re.Match, dict], "Spec | None"]
BUILDERS: dict[str, Builder] = {}


def builder(fn: Builder) -> Builder:
    BUILDERS[fn.__name__] = fn
    return fn


def _g(m: re.Match, name: str) -> str | None:
    """A named group, or None if the pattern has no such group or it did not take part."""
    return m.groupdict().get(name)


def _day(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _month(s: str) -> int | None:
    return lookup(lx.MONTHS, s)


def number(s: str | None) -> int | float | None:
    """A number from digits or words ("three", "twenty-five", "5 1/2", "1,000"); None if vague."""
    if s is None:
        return None
    t = " ".join(s.lower().split())
    if re.fullmatch(r"[\d,]+(?:\.\d+)?(?: 1/2)?", t):
        half = t.endswith(" 1/2")
        t = t.replace(" 1/2", "").replace(",", "")
        v = float(t) if "." in t else int(t)
        return v + 0.5 if half else v
    if t in lx.NUMBERS:
        return lx.NUMBERS[t]
    parts = re.split(r"[\s-]+", t)
    if len(parts) == 2 and parts[0] in lx.TENS and parts[1] in lx.UNITS_WORDS:
        return lx.TENS[parts[0]] + lx.UNITS_WORDS[parts[1]]
    return None


def _prev_word(m: re.Match, start: int | None = None) -> str:
    s = m.start() if start is None else start
    left = m.string[max(0, s - 30):s]
    w = re.findall(r"[\w'.-]+", left)
    return w[-1] if w else ""


def _next_text(m: re.Match, n: int = 30) -> str:
    return m.string[m.end():m.end() + n]


_BEFORE_MONTH = {"in", "of", "since", "until", "till", "by", "from", "to", "through", "last", "next",
                 "this", "early", "late", "mid", "mid-", "during", "before", "after", "between", "and",
                 "or", "that", "each", "every", "on", "for", "around", "about", "past", "coming", "end",
                 "beginning", "start", "middle", "late-", "early-", "earlier", "later", "in-", "as"}
_NAME_TITLES = re.compile(r"(?:Mrs?|Ms|Dr|Miss|Prime|Minister|Theresa|Brian|Rep|Sen|Gov)\.?$")


def month_ok(m: re.Match, word: str) -> bool:
    """Reject month names that are verbs or names ("May I", "March on", "Theresa May")."""
    prev = _prev_word(m)
    if _NAME_TITLES.search(prev):
        return False
    if word.lower() in ("may", "march") or word in ("MAY", "MARCH"):
        if prev.lower() not in _BEFORE_MONTH:
            return False
    nxt = _next_text(m)
    if re.match(r"\s+[A-Z][a-z]", nxt) and not re.match(r"\s+(?:[A-Z][a-z]+day|The|A|In|On|At|But|And|He|She|It|They|We)\b", nxt):
        # "May Day", "March Madness", "August Wilson": a name, unless a sentence follows
        if not re.match(r"[.,;:]", nxt):
            return False
    return True


# ----------------------------------------------------------------------------- dates

_NAMED_BY_DATE = re.compile(r"\b(?:the|its|their|his|her)\s+\Z", re.IGNORECASE)


def _year_words(s: str | None) -> int | None:
    """"nineteen ninety-four" -> 1994 (None if absent or not a year)."""
    if not s:
        return None
    cent, rest = re.split(r"[\s-]+", s.strip(), maxsplit=1)
    c = lx.CENTURY_WORDS.get(cent.lower())
    r = number(rest) if not rest.lower() in ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                              "seventeen", "eighteen", "nineteen") else lx.NUMBERS.get(rest.lower())
    return c * 100 + r if c and isinstance(r, int) and 10 <= r <= 99 else None


@builder
def date(m: re.Match, p: dict) -> Spec | None:
    """Calendar fields from groups mon, day, year (each optional), wd ignored."""
    mon = _g(m, "mon")
    month = _month(mon) if mon else p.get("month")
    day = _day(_g(m, "day")) if _g(m, "day") else None
    year = _g(m, "year")
    y = _year_words(_g(m, "yearw"))
    if year:
        y = int(year.lstrip("'"))
        if len(year.lstrip("'")) == 2:
            y += 1900 if y > 30 else 2000
    if _g(m, "nmon"):
        month = int(_g(m, "nmon"))
    if day is not None and not 1 <= day <= 31:
        return None
    if mon and day is None and y is None and not month_ok(m, mon.strip()):
        return None
    if mon and (mon.strip() in ("May", "March", "MAY", "MARCH")) and day is not None and y is None:
        if re.match(r"\s*(?:%|percent|points?)", _next_text(m)):
            return None
    tense = None
    if day is not None and y is None and _NAMED_BY_DATE.search(m.string, max(0, m.start() - 5), m.start()) \
            and re.match(r"\s+(?:[a-z][\w-]*\s+)*?[a-z]{3,}", _next_text(m, 40)):
        tense = "nearest"        # "the Sept. 25 referendum", "the Aug. 7 blasts": an event named by its day
    return Spec("date", year=y, month=month, day=day, tense=tense)


@builder
def month_relative(m: re.Match, p: dict) -> Spec | None:
    """"last April", "this September", "June last year"."""
    mon = _g(m, "mon") or _g(m, "mon2")
    month = _month(mon)
    if _g(m, "ydir"):
        yd = " ".join(m.group("ydir").lower().split())
        if yd in ("that", "the same", "the following", "the previous", "the next"):
            # "July of that year": the month of the year last mentioned
            return Spec("offset", unit="year", n={"the following": 1, "the next": 1, "the previous": -1}.get(yd, 0),
                        anaphoric=True, month=month)
        return Spec("offset", unit="year", n=_DIR[yd], month=month)
    d = m.group("dir").lower()
    if d == "this":
        return Spec("offset", unit="year", n=0, month=month)
    return Spec("date", month=month, future=d in ("next", "coming"), n=1)


_NAME_BEFORE = re.compile(r"(?:^|[a-z0-9,;]\s+)(?P<w>[A-Z][A-Za-z]+)\s+$")
_DATE_WORDS = {w for table in (lx.MONTHS, lx.WEEKDAYS, lx.SEASONS, lx.HOLIDAYS) for k in table for w in k.split()}


def _in_name(m: re.Match) -> bool:
    """A number just after a capitalised word inside a sentence is part of a name ("Orion 1980")."""
    left = m.string[max(0, m.start() - 40):m.start()]
    n = _NAME_BEFORE.search(left)
    if not n or n.start("w") == 0 and m.start() > 40:
        return False
    word = n.group("w")
    if word.lower().rstrip(".") in _DATE_WORDS or word.lower() in ("fiscal", "fy", "calendar", "year", "class", "spring",
                                                                   "summer", "autumn", "fall", "winter", "mid"):
        return False
    return bool(re.search(r"[a-z0-9,;]\s+$", left[:n.start("w")]))


def _capitalised_name(m: re.Match, group: str) -> bool:
    """A time word written with a capital and followed by a capitalised word is part of a name."""
    w = m.group(group)
    return w[:1].isupper() and not w.isupper() and bool(re.match(r"\s+[A-Z][a-z]", m.string[m.end(group):m.end(group) + 3]))


@builder
def year(m: re.Match, p: dict) -> Spec | None:
    """A bare four-digit year, unless it is an amount ("about 1500 people")."""
    y = int(m.group("year"))
    prev = _prev_word(m).lower()
    if prev in ("about", "some", "than", "nearly", "almost", "approximately", "roughly", "around", "only",
                "just", "no.", "number", "flight", "route", "page", "room", "at", "ft", "over", "under", "top",
                "with", "highway", "model", "boeing", "airbus", "windows", "version", "$"):
        return None
    nxt = _next_text(m, 25)
    if _in_name(m):
        return None              # a name: "Orion 1980", "Windows 2000", "Euro 2012"
    if re.match(r"\s*(?:GMT|UTC|Z\b|hrs\b|local\s+time)", nxt):
        return None              # a 24-hour clock time: "(0735 GMT)"
    after_preposition = bool(_g(m, "prepost")) or prev in ("since", "in", "by", "until", "till", "before", "after", "during", "through",
                                 "throughout", "from") and not re.match(r"\s*(?:[-–]\s*)?(?:feet|ft|meters|metres|miles|km|kg|pounds|tons|points|percent|per\b|m\b|mph)", nxt)
    if not after_preposition and re.match(r"\s*(?:[-–]\s*)?(?:[a-z]+s\b(?<!'s)|feet|ft|meters|metres|miles|km|kg|pounds|tons|points|"
                r"percent|per\b|hours|m\b|mph)", nxt) and not re.match(r"\s*(?:levels|lows|highs|has|was|is|sales|"
                                                                    r"results|figures|earnings|elections|games|"
                                                                    r"olympics|budgets|numbers|levels|plans|as|"
                                                                    r"this|its|his|hers|theirs|ours)\b", nxt):
        return None
    if re.match(r"\s*[-–]\s*\d", nxt) and not re.match(r"\s*[-–]\s*(?:\d\d|\d{4})\b", nxt):
        return None
    if not 1000 <= y <= 2099:
        return None
    open_end = (_g(m, "open") or "").lower()
    mod = {"pre": "BEFORE", "post": "AFTER"}.get((_g(m, "prepost") or "").lower())    # "post-1959"
    if open_end:             # "1994 or later", "1990 and beyond"
        mod = "ON_OR_BEFORE" if re.search(r"earlier|before", open_end) else "ON_OR_AFTER"
    return Spec("fixed", value=f"{y:04d}", mod=mod)


@builder
def fiscal_year(m: re.Match, p: dict) -> Spec | None:
    s = m.group("year").lstrip("'")
    y = int(s)
    if len(s) == 2:
        y += 1900 if y > 30 else 2000
    if re.search(r"(?:period|quarter)$", m.group(0), re.IGNORECASE):
        # "the 1988 period" of an earnings report: the quarter under discussion, in that year
        return Spec("previous", unit="quarter", year=y)
    return Spec("fixed", value=f"{y:04d}")


@builder
def decade(m: re.Match, p: dict) -> Spec | None:
    if _g(m, "decw"):
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}[m.group("decw").lower()]
        return Spec("fixed", value=f"19{tens}")
    d = m.group("dec")
    if len(d) == 2 and _prev_word(m).lower() in ("his", "her", "their", "my", "your", "our", "early", "mid", "late"):
        if re.search(r"(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[\s-]+)?$", m.string[max(0, m.start() - 20):m.start("dec")], re.I):
            return None          # an age: "in his 30s", "in their early 20s"
    if d.startswith("'"):
        v = "19" + d[1]
    elif len(d) == 2:
        v = "19" + d[0]
    else:
        v = d[:3]
    return Spec("fixed", value=v)


@builder
def century(m: re.Match, p: dict) -> Spec | None:
    o = m.group("ord").lower()
    n = lx.ORDINALS.get(o)
    if n is None:
        n = int(re.sub(r"\D", "", o) or 0)
    if not 1 <= n <= 30:
        return None
    return Spec("fixed", value=f"{n - 1:02d}")


@builder
def quarter(m: re.Match, p: dict) -> Spec | None:
    o = m.group("ord").lower()
    q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
         "final": 4, "last": 4}.get(o)
    if q is None:
        return None
    year = _g(m, "year") or _g(m, "year0")
    rel = (_g(m, "this") or _g(m, "this0") or "").lower()
    if year:
        return Spec("date", year=int(year), quarter=q)
    if rel:
        return Spec("offset", unit="year", n={"this": 0, "last": -1, "next": 1}[rel], quarter=q)
    return Spec("date", quarter=q)


@builder
def month_quarter(m: re.Match, p: dict) -> Spec | None:
    """"the April-June quarter": a calendar quarter named by its first and last months."""
    m1, m2 = _month(m.group("m1")), _month(m.group("m2"))
    if m1 is None or m2 is None or (m2 - m1) % 12 != 2 or m1 % 3 != 1:
        return None
    return Spec("date", quarter=(m2 - 1) // 3 + 1)


@builder
def half(m: re.Match, p: dict) -> Spec | None:
    h = 1 if (_g(m, "ord") or _g(m, "ord2")).lower() == "first" else 2
    year = _g(m, "year")
    if year:
        return Spec("date", year=int(year), half=h)
    rel = (_g(m, "this") or "").lower()
    if rel:
        return Spec("offset", unit="year", n={"this": 0, "last": -1, "next": 1}[rel], half=h)
    return None


@builder
def season(m: re.Match, p: dict) -> Spec | None:
    s = lx.SEASONS[m.group("season").lower()]
    year = _g(m, "year") or _year_words(_g(m, "yearw"))
    if not year and _capitalised_name(m, "season"):
        return None              # "the Summer Olympics", "the Spring Festival"
    d = (_g(m, "dir") or "").lower()
    if year:
        return Spec("date", year=int(year), season=s)
    d = "last" if d.startswith("this past") else d
    if d == "this":
        return Spec("offset", unit="year", n=0, season=s)      # "this summer": this year's, any tense
    if d in ("last", "next", "past", "coming"):
        return Spec("date", season=s, future={"last": False, "past": False, "next": True, "coming": True}.get(d))
    prev = _prev_word(m, m.start("season") if d else None).lower()
    if d == "the" or prev in ("in", "during", "since", "until", "by", "through", "early", "late", "mid", "this"):
        if m.group("season").lower() == "fall" and not d and prev not in ("in", "the", "this", "during", "since"):
            return None
        return Spec("date", season=s)
    return None


@builder
def holiday(m: re.Match, p: dict) -> Spec | None:
    md = lookup(lx.HOLIDAYS, m.group("h"))
    if md is None:
        return None
    y = _g(m, "year")
    d = (_g(m, "dir") or "").lower()
    future = {"last": False, "next": True, "this": None, "": None}.get(d)
    if md == "NTH":
        return Spec("holiday", value=" ".join(m.group("h").lower().split()), year=int(y) if y else None,
                    future=future, n=1 if d else 0)
    mo, da = map(int, md.split("-"))
    return Spec("date", year=int(y) if y else None, month=mo, day=da, future=future, n=1 if future is not None else 0)


@builder
def year_words(m: re.Match, p: dict) -> Spec | None:
    """"nineteen ninety-six", "the year two thousand"."""
    if _g(m, "millennium"):
        return Spec("fixed", value="2000")
    c = lx.CENTURY_WORDS[m.group("cent").lower()]
    rest = number(m.group("rest"))
    if rest is None or not 10 <= rest <= 99:
        return None
    return Spec("fixed", value=f"{c * 100 + rest:04d}")


@builder
def the_unit(m: re.Match, p: dict) -> Spec | None:
    """"the weekend", "the week", "the fiscal year": the one of the last mentioned date or the anchor."""
    unit = (_g(m, "fy") or _g(m, "wk") or _g(m, "yr")).lower()
    if _g(m, "mon"):             # "the week of March 6": the week that day falls in
        return Spec("date", year=int(m.group("year")) if _g(m, "year") else None, month=_month(m.group("mon")),
                    day=_day(m.group("day")), unit="week")
    if unit in ("year", "month") and re.match(r"\s+(?:ended|ending|to\s+(?:the\s+end|[A-Z]|\d)|through\s+[A-Z])", _next_text(m)):
        return Spec("fixed", value=f"P1{unit[0].upper()}", type="DURATION")   # "the year ended Sept. 30"
    if unit == "weekend":
        return Spec("weekend")
    if unit == "year":
        return Spec("offset", unit="year", n=0)     # "the full year", "the fiscal year": the report's year
    return Spec("previous", unit=unit)


# ----------------------------------------------------------------------------- relative

_DIR = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "preceding": -1, "next": 1,
        "coming": 1, "following": 1, "same": 0, "latest": 0, "prior": -1}


_GENERIC_NOUNS = re.compile(r"['’]s\s+(?:\w+\s+)?(?:world|society|youth|young|generations?|kids|children|teenagers|"
                            r"parents|families|culture|standards|technology|computers|economy|consumers|"
                            r"workers|workplace|students|women|men|people|leaders|America|Americans|Europe)\b")


@builder
def deictic_day(m: re.Match, p: dict) -> Spec | None:
    w = " ".join(m.group("w").lower().split())
    if w in ("today", "tomorrow"):
        # generic uses: "today's youth", "the leaders of tomorrow", "Today show", "USA Today"
        if _GENERIC_NOUNS.match(_next_text(m, 40)) or re.search(r"\b(?:of|for)\s*$", m.string[max(0, m.start() - 4):m.start()]) \
                and re.search(r"\b(?:the|our|their)\s+\w+\s+(?:of|for)\s*$", m.string[max(0, m.start() - 40):m.start()]):
            return None
        if m.group("w")[0] == "T" and re.search(r"[A-Z][\w.]*\s+$", m.string[max(0, m.start() - 20):m.start()]) \
                and not re.search(r"[.!?\"'`:]\s*[A-Z][\w.]*\s+$|^\s*[A-Z][\w.]*\s+$", m.string[max(0, m.start() - 20):m.start()]):
            return None          # a name: "USA Today", "VOA Today"
    if w == "tonight":
        return Spec("offset", unit="day", n=0, time="TNI")
    n = {"today": 0, "tomorrow": 1, "yesterday": -1, "the day before yesterday": -2,
         "the day after tomorrow": 2}[w]
    return Spec("offset", unit="day", n=n)


@builder
def relative_unit(m: re.Match, p: dict) -> Spec | None:
    u = m.group("unit")
    if u[:1].isupper() and not u.isupper() and m.group("dir")[:1].isupper():
        return None              # a title: ABC's "This Week", "Next Year in Jerusalem"
    d = " ".join(m.group("dir").lower().split())
    unit = lookup(lx.CALENDAR_UNITS, m.group("unit"))
    if unit is None:
        return None
    anaphoric = d in ("following", "previous", "preceding", "same", "prior")
    n = _DIR.get(d, 0)
    if d == "same":
        return Spec("previous", unit=unit)
    return Spec("offset", unit=unit, n=n, anaphoric=anaphoric, mod="APPROX" if _g(m, "orso") else None)


@builder
def that_unit(m: re.Match, p: dict) -> Spec | None:
    unit = lookup(lx.CALENDAR_UNITS, m.group("unit"))
    return Spec("previous", unit=unit)


@builder
def ago(m: re.Match, p: dict) -> Spec | None:
    num = number(m.group("num"))
    unit_word = m.group("unit").lower()
    unit = {"second": "day", "minute": "day", "hour": "day"}.get(unit_word, lookup(lx.CALENDAR_UNITS, unit_word))
    d = " ".join(m.group("dir").lower().split())
    if unit_word in ("second", "minute", "hour") and d in ("later", "earlier", "on"):
        return None              # "an hour later": the duration alone (TimeBank), the day would say nothing
    if unit is None:
        return None
    sign = -1 if d in ("ago", "earlier") else 1
    if unit in ("decade", "century") and isinstance(num, int):
        num, unit = num * (10 if unit == "decade" else 100), "year"
    if unit_word in ("second", "minute", "hour") and isinstance(num, (int, float)):
        # "2 hours ago": the day it falls on (whole days back only)
        num = int(num // 24) if unit_word == "hour" else 0
    if _g(m, "half") and isinstance(num, int) and unit == "year":
        num, unit = num * 12 + 6, "month"      # "a year and a half later"
    if num is None or not isinstance(num, int):
        if d != "ago":
            return None                      # "a few days later": the duration alone
        return Spec("fixed", value="PAST_REF")
    anaphoric = d in ("earlier", "later", "before", "after", "previously", "on")
    return Spec("offset", unit=unit, n=sign * num, anaphoric=anaphoric, mod="APPROX" if _g(m, "orso") else None)


@builder
def weekday(m: re.Match, p: dict) -> Spec | None:
    wd = lookup(lx.WEEKDAYS, m.group("wd"))
    nxt = _next_text(m, 20)
    prev = _prev_word(m, m.start("wd"))
    if re.match(r"\s+(?:Night|Morning|Evening|Afternoon)\s+[A-Z]", m.string[m.start("wd") + len(m.group("wd")):][:40]):
        return None          # "Saturday Night Live"
    if not _g(m, "part") and re.match(r"\s+(?!The\b|A\b|In\b|On\b|At\b)[A-Z][a-z]", nxt) and not re.match(r"[.,;:]", nxt):
        if not re.match(r"\s+[A-Z][a-z]+\s*\.?\s*\d", nxt) and not re.match(r"\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b", nxt):
            return None      # "Friday Night Lights", "Tuesday Morning Corp"
    if prev in ("Good", "Black", "Super", "Cyber", "Bloody", "Ash", "Holy", "Palm", "Easter", "Maundy"):
        return None
    d = (_g(m, "dir") or "").lower()
    d = " ".join(d.split())
    future = {"next": True, "coming": True, "last": False, "past": False, "the previous": False,
              "the following": True, "the next": True}.get(d)
    part = _g(m, "part")
    time = None
    if part:
        time = lx.PARTS_OF_DAY.get(part.lower())
        time = time if time.startswith("T") else "T" + time
    # a possessive names a day whose event is reported: "Friday's ruling", "Thursday's close"
    tense = "past" if re.match(r"['\u2019]s\b", m.string[m.end():m.end() + 3]) else None
    # "Friday night": the day with its part, typed DATE as the TimeBank/AQUAINT annotators do
    # "the previous Friday", "the following Monday": from the day last spoken of
    anaphoric = d in ("the previous", "the following", "the next")
    return Spec("weekday", weekday=wd, future=future, part=time, tense=tense, anaphoric=anaphoric)


@builder
def part_of_day(m: re.Match, p: dict) -> Spec | None:
    d = " ".join((_g(m, "dir") or _g(m, "dir2") or "").lower().split())
    part = lx.PARTS_OF_DAY[(_g(m, "part") or _g(m, "part2") or _g(m, "part3")).lower()]
    n = {"this": 0, "yesterday": -1, "tomorrow": 1, "last": -1, "early this": 0, "late this": 0,
         "later this": 0, "earlier this": 0, "the": 0, "today": 0, "the next": 1, "the following": 1,
         "the previous": -1}.get(d, 0)
    if d == "last" and part != "NI":
        return None
    time = part if part.startswith("T") else "T" + part
    if d in ("the next", "the following", "the previous"):
        return Spec("offset", unit="day", n=n, anaphoric=True, time=time)     # "the next morning"
    return Spec("offset", unit="day", n=n, time=time)


@builder
def clock(m: re.Match, p: dict) -> Spec | None:
    c = m.group("clock").lower().replace(" ", "")
    mm = re.match(r"(\d{1,2})(?::(\d\d))?", c)
    if not mm:
        return None
    h = int(mm.group(1))
    mi = int(mm.group(2) or 0)
    if "p" in c and h < 12:
        h += 12
    elif "a" in c and h == 12:
        h = 0
    if h > 24 or mi > 59:
        return None
    t = f"T{h:02d}:{mi:02d}"
    return _time_day(m, t)


@builder
def day_ordinal(m: re.Match, p: dict) -> Spec | None:
    """"on the 20th": a day of an unnamed month (the month is left open)."""
    return Spec("fixed", value=f"XXXX-XX-{_day(m.group('day')):02d}")


@builder
def clock_hhmm(m: re.Match, p: dict) -> Spec | None:
    """"0930 GMT": a 24-hour clock time with its zone (not a parenthesised conversion)."""
    return Spec("offset", unit="day", n=0, time=f"T{m.group('hh')}:{m.group('mm')}")


def _time_day(m: re.Match, t: str) -> Spec:
    wd = _g(m, "wd")
    rel = (_g(m, "rel") or "").lower()
    if wd:
        return Spec("weekday", weekday=lookup(lx.WEEKDAYS, wd), time=t)
    if _g(m, "mon"):
        return Spec("date", month=_month(m.group("mon")), day=_day(m.group("day")), time=t)
    n = {"today": 0, "tomorrow": 1, "yesterday": -1, "tonight": 0, "": 0}[rel]
    if not rel:
        # a bare clock time is on the day last spoken of ("shot at 10 p.m."), else the anchor's
        return Spec("offset", unit="time", n=0, time=t, anaphoric=True)
    return Spec("offset", unit="day", n=n, time=t)


@builder
def noon(m: re.Match, p: dict) -> Spec | None:
    if _prev_word(m).lower() == "high":
        return None              # "high noon": a showdown, not a time
    return _time_day(m, lx.PARTS_OF_DAY[m.group("noon").lower()])


@builder
def quarter_relative(m: re.Match, p: dict) -> Spec | None:
    d = " ".join((_g(m, "dir") or "").lower().replace("-", " ").split())
    if _g(m, "sfx"):
        return Spec("offset", unit="year", n=-1, anaphoric=True)   # "the quarter a year ago"
    if d in ("corresponding", "comparable"):
        return Spec("previous", unit="quarter")
    if d in ("year earlier", "year ago", "prior year", "year before", "previous year", "last year's",
             "same"):
        return Spec("offset", unit="year", n=-1 if d != "same" else 0, anaphoric=True)
    word = m.group(0).split()[-1].lower()
    if not d and (not _g(m, "the") or word == "period"):
        return None                    # "quarter" alone is a fraction; "the period" is vague
    if d == "":
        return Spec("previous", unit="quarter", n=-1)
    if d in ("latest", "recent", "most recent"):
        return Spec("offset", unit="quarter", n=-1)
    if d in ("this", "current"):
        return Spec("offset", unit="quarter", n=0)
    if d in ("last", "previous", "past", "preceding", "prior"):
        return Spec("offset", unit="quarter", n=-1)
    if d in ("next", "coming", "following"):
        return Spec("offset", unit="quarter", n=1)
    return None


@builder
def year_earlier(m: re.Match, p: dict) -> Spec | None:
    # "the year-ago results": an adjective before a noun that is not a period, "the" stays out
    skip = m.end("the") - m.start() + 1 if _g(m, "the") and not _g(m, "sfx") else 0
    return Spec("offset", unit="year", n=-1, anaphoric=True, skip=skip)


@builder
def year_end(m: re.Match, p: dict) -> Spec | None:
    return Spec("offset", unit="year", n=0, mod="END")


# ----------------------------------------------------------------------------- durations and sets

def _unit_code(word: str) -> tuple[str, bool] | None:
    return lookup(lx.UNITS, word.rstrip("s") if word.lower() not in ("centuries", "millennia") else word)


def duration_value(n: int | float | None, unit_word: str) -> str | None:
    """The ISO 8601 duration of ``n`` units ("P3Y", "PT48H", "PXD" for an unknown number)."""
    w = unit_word.lower()
    if w == "centuries":
        w = "century"
    w = re.sub(r"\s+", " ", w)
    code = lx.UNITS.get(w) or lx.UNITS.get(w[:-1] if w.endswith("s") else w)
    if code is None:
        return None
    letter, is_time = code
    if letter == "WE":
        return f"P{'X' if n is None else _fmt(n * 2)}D" if n != 1 else "P2D"
    if letter == "W2":
        letter, n = "W", (None if n is None else n * 2)
    if letter == "M6":
        letter, n = "M", (None if n is None else n * 6)
    if letter == "E" and n != 1:
        letter, n = "Y", (None if n is None else n * 10)     # "two decades": P20Y; "decades": PXY
    if n is None:
        return f"PT X{letter}".replace(" ", "") if is_time else f"PX{letter}"
    if isinstance(n, float) and not n.is_integer():
        # "5 1/2 hours" -> PT5H30M; "1.5 years" -> P1Y6M
        if is_time and letter == "H":
            return f"PT{int(n)}H{int(round((n % 1) * 60))}M"
        if letter == "Y":                 # "2 1/2 years" -> P2Y6M, as the annotators write it
            months = int(round(n * 12))
            return f"P{months // 12}Y{months % 12}M" if months >= 12 else f"P{months}M"
        if letter == "D":
            return f"PT{int(round(n * 24))}H"
        return f"P{n:g}{letter}"
    return f"PT{int(n)}{letter}" if is_time else f"P{int(n)}{letter}"


def _fmt(x) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


#: What makes "a year" a rate (SET): an amount before it ("$5 a year", "$33 million a year",
#: "twice a day", "50,000 barrels a day").
_RATE_BEFORE = re.compile(r"(?:\d|times|once|twice|per|\$\S*|million|billion|trillion|thousand|hundred|dozens?|"
                          r"dollars|cents|barrels|tons|shares|percent)\s*\Z", re.IGNORECASE)


@builder
def duration(m: re.Match, p: dict) -> Spec | None:
    num_s = m.group("num")
    n = number(num_s)
    nxt = _next_text(m, 12)
    if re.match(r"[\s-]+old\b", nxt):
        return None              # ages: "a 6-year-old", "the 30 year old"
    unit = m.group("unit")
    if unit.lower().startswith("quarter") and (re.match(r"\s+of\b", nxt) or "-" in m.group(0)
                                               or (n is not None and n < 4 and unit.lower().endswith("s"))):
        return None              # fractions: "three-quarters of", "a quarter of the market"
    if unit.lower().startswith("second") and num_s.strip().lower() in ("a", "an"):
        return None              # "a second group"
    if num_s and num_s.strip().lower() in ("a", "an") and _RATE_BEFORE.search(m.string, max(0, m.start() - 24), m.start()):
        v = duration_value(1, unit)
        return Spec("fixed", value=v, type="SET") if v else None     # "$5 a year", "twice a day"
    adj = (_g(m, "adj") or "").lower()
    if isinstance(n, (int, float)) and n is not None and n > 10000:
        return None
    plural = m.string[m.end("unit"):m.end()].lower().startswith("s") or unit.lower().endswith("s")
    if isinstance(n, int) and 1000 <= n <= 2099 and not plural and "-" not in m.group(0):
        return None              # a year before a noun: "the 1988 quarter", "the 1990 season"
    if _g(m, "half") and n is not None:
        n += 0.5                 # "a minute and a half"
        if unit.lower().startswith("minute"):
            return Spec("fixed", value=f"PT{int(n)}M30S")
    v = duration_value(n, unit)
    if v is None:
        return None
    skip = 0
    det = re.match(r"(?:the|a|an)\s+", m.group(0), re.IGNORECASE)
    adjectival = not plural and (n is None or n != 1 or "-" in m.group(0)[m.start("num") - m.start():])
    if det and adjectival and not adj and num_s.lower() not in ("a", "an", "few"):
        skip = det.end()                  # "a 16-hour flight" tags "16-hour"
    mod = "APPROX" if _g(m, "orso") or _g(m, "num2") else None          # "two years or so", "two to three weeks"
    return Spec("fixed", value=v, skip=skip, mod=mod)


@builder
def long_duration(m: re.Match, p: dict) -> Spec | None:
    """"decades-long" (PXY, decades counted in years as the annotators do), "day-long" (P1D), "two-week-long" (P2W): adjectival durations."""
    n = number(_g(m, "num")) if _g(m, "num") else (None if _g(m, "pl") else 1)
    v = duration_value(n, m.group("unit"))
    return Spec("fixed", value=v) if v else None


@builder
def the_plural(m: re.Match, p: dict) -> Spec | None:
    """"in the weeks before the shooting": the bare plural unit (TimeML leaves "the" out), a date
    around the event (the month of the last mentioned date); "the years that followed": a duration."""
    if re.match(r"\s+(?:just\s+|immediately\s+)?(?:before|after|leading|preceding)", _next_text(m)) \
            and m.group("unit").lower() in ("days", "weeks"):
        return Spec("previous", unit="month", type="DATE")
    v = duration_value(None, m.group("unit"))
    return Spec("fixed", value=v) if v else None


@builder
def ordinal_day(m: re.Match, p: dict) -> Spec | None:
    """"the second day of the offensive", "his first day in office": a day counted from an event,
    taken as the day of the reference (the anchor in news)."""
    unit = m.group("unit").lower()
    if unit == "week":
        return Spec("offset", unit="week", n=0)
    return Spec("offset", unit="day", n=0, time="TNI" if unit == "night" else None)


@builder
def vague_duration(m: re.Match, p: dict) -> Spec | None:
    """Bare plural units: "within days" (PXD), "for years" (PXY)."""
    unit = m.group("unit")
    adj = (_g(m, "adj") or "").lower()
    prev = _prev_word(m).lower()
    if not adj and prev not in ("for", "within", "in", "over", "after", "lasted", "last", "lasting", "took",
                                "take", "takes", "spent", "spend", "than", "of"):
        return None
    if adj == "recent" and unit.lower().startswith("year"):
        return Spec("fixed", value="PAST_REF")      # "recent years"; "recent weeks" is PXW (annotators' use)
    if adj in ("coming", "next") and m.group(0).lower().startswith("the"):
        return Spec("fixed", value="FUTURE_REF")
    v = duration_value(None, unit)
    return Spec("fixed", value=v) if v else None


@builder
def set_word(m: re.Match, p: dict) -> Spec | None:
    if _capitalised_name(m, "w"):
        return None              # "the Daily Mail", "New York Daily News"
    return Spec("fixed", value=lx.SETS[" ".join(m.group("w").lower().split())])


@builder
def set_every(m: re.Match, p: dict) -> Spec | None:
    unit = m.group("unit")
    wd = lookup(lx.WEEKDAYS, unit)
    if wd:
        return Spec("fixed", value=f"XXXX-WXX-{wd}")
    mo = _month(unit)
    if mo and unit[:1].isupper():
        return Spec("fixed", value=f"XXXX-{mo:02d}")
    part = lx.PARTS_OF_DAY.get(unit.lower())
    if part:
        return Spec("fixed", value="P1D")
    n = number(_g(m, "num")) if _g(m, "num") else 1
    v = duration_value(n, unit)
    return Spec("fixed", value=v) if v else None


@builder
def set_times(m: re.Match, p: dict) -> Spec | None:
    v = duration_value(1, m.group("unit"))
    return Spec("fixed", value=v) if v else None


@builder
def weekday_plural(m: re.Match, p: dict) -> Spec | None:
    wd = lookup(lx.WEEKDAYS, m.group("wd"))
    part = _g(m, "part") or _g(m, "part2")
    t = ""
    if part:
        t = lx.PARTS_OF_DAY.get(part.lower().rstrip("s"), "")
        t = t if t.startswith("T") else "T" + t
    return Spec("fixed", value=f"XXXX-WXX-{wd}{t}")


@builder
def ref(m: re.Match, p: dict) -> Spec | None:
    w = " ".join(m.group("w").lower().split())
    v = lx.REFS.get(w)
    if v is None:
        return None
    if w in ("current", "recent", "future", "present") :
        nxt = _next_text(m, 25)
        # adjectives count only before a noun of time or state ("current account" is not a time)
        if w == "present" and not re.match(r"\s+(?:day|time|moment|era|period|level)", nxt):
            return None
    if w in ("the future", "the past") and re.match(r"\s+of\b", _next_text(m, 6)):
        return None              # "the future of our peoples": a topic, not a time
    return Spec("fixed", value=v)


@builder
def ref_units(m: re.Match, p: dict) -> Spec | None:
    """"recent years" PAST_REF, "coming months" FUTURE_REF."""
    d = m.group("dir").lower()
    unit = m.group(0).split()[-1].lower()
    if d == "recent" and not unit.startswith("year"):
        v = duration_value(None, unit)              # "recent weeks" PXW, as TimeBank annotates it
        if v:
            return Spec("fixed", value=v)
    return Spec("fixed", value="PAST_REF" if d in ("recent", "past", "last", "previous") else "FUTURE_REF")


@builder
def fixed(m: re.Match, p: dict) -> Spec | None:
    return Spec("fixed", value=p["value"])
