"""English words of time as data: months, weekdays, numbers, units, parts of day, seasons.

Every table maps a lower-case surface form to its meaning. Patterns are built from the keys
(longest first, by :mod:`chrono.timex.patterns`), so adding a word here is enough to make every
rule recognise it.
"""
from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

#: The abbreviated forms (they may take a full stop: "Sept."); the others are full names.
MONTH_ABBREVIATIONS = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov",
                                 "dec"})

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7, "mon": 1, "tues": 2, "tue": 2, "wed": 3, "thurs": 4, "thu": 4, "fri": 5,
    "sat": 6, "sun": 7,
}

WEEKDAY_ABBREVIATIONS = frozenset({"mon", "tues", "tue", "wed", "thurs", "thu", "fri", "sat", "sun"})
#: Abbreviations that are words too: a weekday only with their full stop ("Sun.").
WEEKDAY_ABBREVIATIONS_WITH_STOP = frozenset({"sun"})
#: Words not capitalised inside names ("Fourth of July").
NAME_SMALL_WORDS = frozenset({"of", "the"})

#: Number words; "a"/"an" are one; vague quantities are None (an unknown number, "X").
NUMBERS: dict[str, int | None] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "one hundred": 100, "a dozen": 12, "dozen": 12, "a half": None, "half a": None,
    "a couple of": 2, "a couple": 2, "couple of": 2, "several": None, "a few": None, "few": None,
    "many": None, "some": None, "a number of": None, "numerous": None, "dozens of": None,
    "hundreds of": None, "thousands of": None, "two thousand": 2000, "a thousand": 1000,
    "one thousand": 1000,
}

#: Tens that combine with units ("twenty-five").
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
UNITS_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
               "eight": 8, "nine": 9}

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3,
    "4th": 4, "last": 4,
}

#: Duration units: surface -> (ISO 8601 letter, is a time unit (PT...)).
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False), "month": ("M", False),
    "quarter": ("Q", False), "year": ("Y", False), "decade": ("E", False),
    "century": ("CE", False), "centurie": ("CE", False), "millennium": ("ML", False),
    "millennia": ("ML", False), "weekend": ("WE", False), "fortnight": ("W2", False),
    "trading day": ("D", False), "business day": ("D", False), "working day": ("D", False),
    "semester": ("M6", False), "season": ("M3", False),
}

#: Calendar units for "last week", "next month", "this year": surface -> grain.
CALENDAR_UNITS: dict[str, str] = {
    "day": "day", "week": "week", "weekend": "weekend", "month": "month", "quarter": "quarter",
    "year": "year", "decade": "decade", "century": "century",
}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
    "noon": "T12:00", "midday": "T12:00", "midnight": "T24:00",
}

SEASONS: dict[str, str] = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

#: Range modifiers before an expression: surface -> TIMEX3 mod ("sometime": none, kept in the extent).
RANGE_MODS: dict[str, str | None] = {
    "early": "START", "earlier": "START", "late": "END", "later": "END", "mid": "MID",
    "the beginning of": "START", "the start of": "START", "beginning of": "START",
    "the middle of": "MID", "middle of": "MID", "the end of": "END", "end of": "END",
    "the close of": "END", "the latter part of": "END", "the first half of": "START",
    "the second half of": "END", "the turn of": "START", "the dawn of": "START",
    "the early part of": "START", "the late part of": "END", "very early": "START", "very late": "END",
    "earlier in": "START", "early in": "START", "later in": "END", "late in": "END",
    "the early": "START", "the late": "END", "the mid": "MID", "sometime": None,
}

#: Quantifying modifiers of durations and dates: surface -> TIMEX3 mod.
QUANT_MODS: dict[str, str] = {
    "about": "APPROX", "around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
    "some": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN",
    "fewer than": "LESS_THAN", "under": "LESS_THAN", "more than": "MORE_THAN",
    "over": "MORE_THAN", "just over": "MORE_THAN", "well over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS", "no more than": "EQUAL_OR_LESS",
    "at most": "EQUAL_OR_LESS", "only": None, "just": None, "barely": None, "nearly a": "LESS_THAN",
    "just under": "LESS_THAN", "close to": "APPROX", "an estimated": "APPROX",
}

#: Set frequencies: surface -> (value, type).
SETS: dict[str, str] = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
    "hourly": "PT1H", "nightly": "P1D", "biweekly": "P2W",
    "bimonthly": "P2M", "semiannually": "P6M", "semi-annually": "P6M", "biannually": "P6M",
}

#: Vague references: surface -> value.
REFS: dict[str, str] = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "the present": "PRESENT_REF", "at present": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF", "present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF",
    "more recently": "PAST_REF", "most recently": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the near term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the days ahead": "FUTURE_REF", "the weeks ahead": "FUTURE_REF",
    "the months ahead": "FUTURE_REF", "the years ahead": "FUTURE_REF",
    "the coming days": "FUTURE_REF", "the coming weeks": "FUTURE_REF",
    "the coming months": "FUTURE_REF", "the coming years": "FUTURE_REF",
    "coming days": "FUTURE_REF", "coming weeks": "FUTURE_REF", "coming months": "FUTURE_REF",
    "coming years": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "the next few days": "FUTURE_REF", "a later date": "FUTURE_REF",
    "the near-term": "FUTURE_REF",
    # a sports or a show season counted from now: "helped his team to a title last season"
    "last season": "PAST_REF", "this season": "PRESENT_REF", "next season": "FUTURE_REF",
}

#: Fixed holidays: surface -> MM-DD.
HOLIDAYS: dict[str, str] = {
    "christmas": "12-25", "christmas day": "12-25", "christmas eve": "12-24",
    "new year's day": "01-01", "new year's eve": "12-31", "new year's": "01-01",
    "independence day": "07-04", "valentine's day": "02-14", "halloween": "10-31",
    "boxing day": "12-26", "bastille day": "07-14", "fourth of july": "07-04",
    "thanksgiving": "NTH", "thanksgiving day": "NTH", "labor day": "NTH", "memorial day": "NTH",
    "martin luther king day": "NTH", "presidents' day": "NTH", "election day": "NTH",
    "columbus day": "NTH", "mother's day": "NTH", "father's day": "NTH",
}

#: Holidays on the n-th weekday of a month: surface -> (month, ISO weekday, n; -1 = last,
#: the day of the month counting starts on).
NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {
    "thanksgiving": (11, 4, 4, 1), "thanksgiving day": (11, 4, 4, 1), "labor day": (9, 1, 1, 1),
    "memorial day": (5, 1, -1, 1), "martin luther king day": (1, 1, 3, 1), "presidents' day": (2, 1, 3, 1),
    "election day": (11, 2, 1, 2),      # the Tuesday after the first Monday: the first from the 2nd
    "columbus day": (10, 1, 2, 1), "mother's day": (5, 7, 2, 1), "father's day": (6, 7, 3, 1),
}

#: Year numbers said in words: "nineteen ninety-six".
CENTURY_WORDS: dict[str, int] = {"nineteen": 19, "eighteen": 18, "twenty": 20, "seventeen": 17}
