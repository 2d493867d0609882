"""German words of time as data: months, weekdays, numbers, units, parts of day, seasons, sets,
vague references, holidays.

Every table maps a lower-case surface form to its meaning. Inflected forms are listed as forms
("Jahr", "Jahre", "Jahren", "Jahres"; "einem", "einer"), and so are the Austrian and South Tyrolean
ones the Dolomiten prints ("Jänner", "Feber", "heuer"). German nouns are capitalised, so month and
weekday names match only capitalised or upper case: "die" (the article) is never a Tuesday ("Di.").
"""
from __future__ import annotations

MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "jaenner": 1, "februar": 2, "feber": 2, "märz": 3, "maerz": 3, "april": 4,
    "mai": 5, "juni": 6, "juno": 6, "juli": 7, "julei": 7, "august": 8, "september": 9, "oktober": 10,
    "november": 11, "dezember": 12,
    "jan": 1, "jän": 1, "feb": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dez": 12,
}
MONTH_ABBREVIATIONS = frozenset({"jan", "jän", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov",
                                 "dez"})

WEEKDAYS: dict[str, int] = {
    "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5, "samstag": 6, "sonnabend": 6,
    "sonntag": 7,
}
#: Weekdays in the plural or as adverbs: a set ("montags", "an Sonntagen").
WEEKDAY_SETS: dict[str, int] = {**{d + "s": i for d, i in WEEKDAYS.items()}, **{d + "en": i for d, i in WEEKDAYS.items()},
                                **{d + "e": i for d, i in WEEKDAYS.items()}}

_ONES = {"ein": 1, "eins": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9}
_TEENS = {"zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
          "siebzehn": 17, "achtzehn": 18, "neunzehn": 19}
_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70,
         "achtzig": 80, "neunzig": 90}


def _numbers() -> dict[str, int | None]:
    out: dict[str, int | None] = {**_ONES, **_TEENS, **_TENS}
    out.update({"eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1, "zweier": 2, "dreier": 3,
                "beiden": 2, "beide": 2, "hundert": 100, "einhundert": 100, "tausend": 1000, "anderthalb": None,
                "ein paar": None, "paar": None, "einige": None, "einigen": None, "mehrere": None, "mehreren": None,
                "viele": None, "vielen": None, "wenige": None, "wenigen": None, "lange": None, "langen": None,
                "etliche": None, "etlichen": None, "zahlreiche": None, "zahlreichen": None})
    for tens, n in _TENS.items():
        for one, d in _ONES.items():
            if one != "eins":
                out[f"{one}und{tens}"] = n + d
    return out


NUMBERS = _numbers()

ORDINALS: dict[str, int] = {
    "ersten": 1, "erste": 1, "erster": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3, "vierten": 4,
    "vierte": 4, "fünften": 5, "fünfte": 5, "letzten": 4, "letzte": 4,
    **{w + e: n for n, w in enumerate("sechs sieb acht neun zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn "
                                      "achtzehn neunzehn".split(), start=6) for e in ("ten", "te")},
    "zwanzigsten": 20, "zwanzigste": 20, "einundzwanzigsten": 21, "einundzwanzigste": 21,
}

#: Duration units in every inflected form: surface -> (ISO 8601 letter, is a time unit).
UNITS: dict[str, tuple[str, bool]] = {
    **{w: ("S", True) for w in ("sekunde", "sekunden")},
    **{w: ("M", True) for w in ("minute", "minuten")},
    **{w: ("H", True) for w in ("stunde", "stunden")},
    **{w: ("D", False) for w in ("tag", "tage", "tagen", "tages", "tags")},
    **{w: ("W", False) for w in ("woche", "wochen")},
    **{w: ("M", False) for w in ("monat", "monate", "monaten", "monats", "monates")},
    **{w: ("Q", False) for w in ("quartal", "quartale", "quartalen", "quartals")},
    **{w: ("M6", False) for w in ("halbjahr", "halbjahre", "halbjahren", "halbjahres")},
    **{w: ("Y", False) for w in ("jahr", "jahre", "jahren", "jahres", "jahrs")},
    **{w: ("E", False) for w in ("jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrzehnts", "dekade", "dekaden")},
    **{w: ("C", False) for w in ("jahrhundert", "jahrhunderte", "jahrhunderten", "jahrhunderts")},
    **{w: ("WE", False) for w in ("wochenende", "wochenenden")},
    # adjectives of length: "100-jährig", "zweitägig"
    "jährig": ("Y", False), "tägig": ("D", False), "wöchig": ("W", False), "monatig": ("M", False),
    "stündig": ("H", True),
}

#: Calendar units for "nächstes Jahr", "vorige Woche", "diesen Monat": surface -> grain.
CALENDAR_UNITS: dict[str, str] = {
    **{w: "day" for w in ("tag", "tages", "tage", "tagen")},
    **{w: "week" for w in ("woche", "wochen")},
    **{w: "weekend" for w in ("wochenende", "wochenendes")},
    **{w: "month" for w in ("monat", "monats", "monates", "monate", "monaten")},
    **{w: "quarter" for w in ("quartal", "quartals", "quartale")},
    **{w: "half" for w in ("halbjahr", "halbjahres", "halbjahrs")},
    **{w: "year" for w in ("jahr", "jahres", "jahrs", "jahre", "jahren")},
    **{w: "decade" for w in ("jahrzehnt", "jahrzehnts", "jahrzehnte", "jahrzehnten")},
    **{w: "century" for w in ("jahrhundert", "jahrhunderts", "jahrhunderte", "jahrhunderten")},
    "heuer": "year",        # South Tyrol, Austria, Bavaria: this year
}

PARTS_OF_DAY: dict[str, str] = {
    "morgen": "MO", "früh": "MO", "frühe": "MO", "vormittag": "MO", "mittag": "MI", "nachmittag": "AF",
    "abend": "EV", "nacht": "NI", "mitternacht": "T24:00", "morgens": "MO", "vormittags": "MO", "mittags": "MI",
    "nachmittags": "AF", "abends": "EV", "nachts": "NI", "morgenstunden": "MO", "abendstunden": "EV",
}

SEASONS: dict[str, str] = {"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI",
                           "frühjahrs": "SP", "sommers": "SU", "herbstes": "FA", "herbsts": "FA", "winters": "WI"}

#: Range modifiers before an expression: surface -> TIMEX3 mod ("Anfang Juni", "Ende 2016").
RANGE_MODS: dict[str, str | None] = {
    "anfang": "START", "beginn": "START", "zu beginn": "START", "mitte": "MID", "ende": "END",
    "spätestens ende": "END", "gegen ende": "END", "anfang des": "START", "ende des": "END",
    "mitte des": "MID", "anfang der": "START", "ende der": "END", "mitte der": "MID",
    "frühestens": None, "spätestens": None,
}

#: Quantifying modifiers: surface -> TIMEX3 mod.
QUANT_MODS: dict[str, str | None] = {
    "rund": "APPROX", "etwa": "APPROX", "ca.": "APPROX", "circa": "APPROX", "ungefähr": "APPROX",
    "gut": "MORE_THAN", "über": "MORE_THAN", "mehr als": "MORE_THAN", "knapp": "LESS_THAN", "fast": "LESS_THAN",
    "beinahe": "LESS_THAN", "weniger als": "LESS_THAN", "mindestens": "EQUAL_OR_MORE", "bis zu": "EQUAL_OR_LESS",
    "höchstens": "EQUAL_OR_LESS", "nur": None,
}

#: Set frequencies: surface -> value (every inflection of the adjective).
SETS: dict[str, str] = {
    **{"täglich" + e: "P1D" for e in ("", "e", "en", "er", "es", "em")},
    **{"wöchentlich" + e: "P1W" for e in ("", "e", "en", "er", "es", "em")},
    **{"monatlich" + e: "P1M" for e in ("", "e", "en", "er", "es", "em")},
    **{"jährlich" + e: "P1Y" for e in ("", "e", "en", "er", "es", "em")},
    **{"stündlich" + e: "PT1H" for e in ("", "e", "en", "er", "es", "em")},
    **{"alljährlich" + e: "P1Y" for e in ("", "e", "en", "er", "es", "em")},
    **{"vierteljährlich" + e: "P3M" for e in ("", "e", "en", "er", "es", "em")},
    **{"halbjährlich" + e: "P6M" for e in ("", "e", "en", "er", "es", "em")},
}

#: Vague references: surface -> value.
REFS: dict[str, str] = {
    "jetzt": "PRESENT_REF", "derzeit": "PRESENT_REF",
    "gegenwärtig": "PRESENT_REF", "momentan": "PRESENT_REF", "heutzutage": "PRESENT_REF", "aktuell": "PRESENT_REF",
    "gegenwart": "PRESENT_REF", "die gegenwart": "PRESENT_REF",
    "damals": "PAST_REF", "früher": "PAST_REF", "einst": "PAST_REF", "kürzlich": "PAST_REF", "neulich": "PAST_REF",
    "vor kurzem": "PAST_REF", "vor kurzer zeit": "PAST_REF", "jüngst": "PAST_REF", "unlängst": "PAST_REF",
    "ehemalige": "PAST_REF", "ehemaligen": "PAST_REF", "ehemaliger": "PAST_REF", "ehemaliges": "PAST_REF",
    "bald": "FUTURE_REF", "demnächst": "FUTURE_REF", "in zukunft": "FUTURE_REF", "in kürze": "FUTURE_REF",
}

#: Fixed holidays: surface -> MM-DD.
HOLIDAYS: dict[str, str] = {
    "weihnachten": "12-25", "heiligabend": "12-24", "heiliger abend": "12-24", "silvester": "12-31",
    "neujahr": "01-01", "neujahrstag": "01-01", "dreikönig": "01-06", "dreikönigstag": "01-06",
    "allerheiligen": "11-01", "allerseelen": "11-02", "tag der deutschen einheit": "10-03", "nikolaus": "12-06",
    "nikolaustag": "12-06", "mariä himmelfahrt": "08-15", "maria himmelfahrt": "08-15", "valentinstag": "02-14",
    "stephanstag": "12-26", "stefanitag": "12-26", "muttertag": "NTH",
}
NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {"muttertag": (5, 7, 2, 1)}

#: The decades in words: "die achtziger Jahre", "in den Neunzigern".
DECADE_WORDS: dict[str, int] = {"zwanziger": 2, "dreißiger": 3, "dreissiger": 3, "vierziger": 4, "fünfziger": 5,
                                "sechziger": 6, "siebziger": 7, "achtziger": 8, "neunziger": 9}
