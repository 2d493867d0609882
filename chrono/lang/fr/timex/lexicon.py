"""French words of time as data: months, weekdays, numbers, units, parts of day, seasons, sets,
vague references, holidays.

Every table maps a lower-case surface form to its meaning; accented and unaccented spellings are both
listed ("février", "fevrier"), since news text drops accents on capitals and in headlines. Month and
weekday names are matched in lower case or capitalised (see ``cues.MACROS``); the abbreviations
("janv.", "oct.") only stand in dates with a day ("14 oct."), never alone.
"""
from __future__ import annotations

_MONTH_NAMES = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                "octobre", "novembre", "décembre")

MONTHS: dict[str, int] = {name: i for i, name in enumerate(_MONTH_NAMES, start=1)}
MONTHS.update({"fevrier": 2, "aout": 8, "decembre": 12})
#: Abbreviations: only in a date with its day ("14 oct.", "3 janv. 2011").
_ABBR = {"janv": 1, "jan": 1, "févr": 2, "fév": 2, "fevr": 2, "fev": 2, "avr": 4, "juil": 7, "sept": 9,
         "sep": 9, "oct": 10, "nov": 11, "déc": 12, "dec": 12}
MONTH_ABBREVIATIONS = frozenset(_ABBR)
MONTHS.update(_ABBR)

WEEKDAYS: dict[str, int] = {"lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6,
                            "dimanche": 7}

_UNITS_1_19 = ("un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
               "dix-sept dix-huit dix-neuf").split()
_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60}


def _numbers() -> dict[str, int | None]:
    out: dict[str, int | None] = {w: i for i, w in enumerate(_UNITS_1_19, start=1)}
    out["une"] = 1
    for tens, n in _TENS.items():
        out[tens] = n
        out[f"{tens} et un"] = out[f"{tens} et une"] = out[f"{tens}-et-un"] = out[f"{tens}-et-une"] = n + 1
        for d in range(2, 10):
            out[f"{tens}-{_UNITS_1_19[d - 1]}"] = n + d
    out.update({"soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90,
                "cent": 100, "deux cents": 200, "trois cents": 300, "mille": 1000, "une dizaine de": 10,
                "une douzaine de": 12, "une quinzaine de": 15, "une vingtaine de": 20, "une trentaine de": 30,
                "une centaine de": 100, "demi": 0.5, "une demi": 0.5, "un demi": 0.5})
    for d in range(1, 10):
        out[f"soixante-{_UNITS_1_19[9 + d]}" if d < 10 else ""] = 70 + d
        out[f"quatre-vingt-{_UNITS_1_19[d - 1]}"] = 80 + d
        out[f"quatre-vingt-{_UNITS_1_19[9 + d]}"] = 90 + d
    out["soixante et onze"] = 71
    out.pop("", None)
    # vague quantities: an unknown number ("plusieurs jours": PXD)
    out.update({w: None for w in ("plusieurs", "quelques", "certains", "certaines", "de nombreux", "de nombreuses",
                                  "nombreux", "nombreuses", "des", "dizaines de", "des dizaines de", "centaines de",
                                  "des centaines de", "milliers de")})
    return out


NUMBERS = _numbers()

ORDINALS: dict[str, int] = {
    "premier": 1, "première": 1, "1er": 1, "1re": 1, "deuxième": 2, "second": 2, "seconde": 2, "2e": 2,
    "troisième": 3, "3e": 3, "quatrième": 4, "4e": 4, "cinquième": 5, "sixième": 6, "septième": 7,
    "huitième": 8, "neuvième": 9, "dixième": 10, "dernier": 4, "dernière": 4,
}

#: Roman numerals of centuries ("le XXe siècle").
ROMAN_CENTURIES: dict[str, int] = {r: i for i, r in enumerate(
    "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii".split(), start=1)}

#: Duration units, singular and plural: surface -> (ISO 8601 letter, is a time unit).
UNITS: dict[str, tuple[str, bool]] = {
    "seconde": ("S", True), "secondes": ("S", True), "minute": ("M", True), "minutes": ("M", True),
    "min": ("M", True), "heure": ("H", True), "heures": ("H", True),
    "jour": ("D", False), "jours": ("D", False), "journée": ("D", False), "journées": ("D", False),
    "nuit": ("D", False), "nuits": ("D", False),
    "semaine": ("W", False), "semaines": ("W", False), "quinzaine": ("W2", False),
    "mois": ("M", False), "trimestre": ("Q", False), "trimestres": ("Q", False),
    "semestre": ("M6", False), "semestres": ("M6", False),
    "an": ("Y", False), "ans": ("Y", False), "année": ("Y", False), "années": ("Y", False),
    "décennie": ("E", False), "décennies": ("E", False), "siècle": ("C", False), "siècles": ("C", False),
    "millénaire": ("L", False), "millénaires": ("L", False),
    "week-end": ("WE", False), "week-ends": ("WE", False), "weekend": ("WE", False),
}

#: Calendar units for "la semaine dernière", "l'année prochaine", "ce mois": surface -> grain.
CALENDAR_UNITS: dict[str, str] = {
    "jour": "day", "journée": "day", "semaine": "week", "week-end": "weekend", "weekend": "weekend",
    "mois": "month", "trimestre": "quarter", "semestre": "half", "an": "year", "année": "year",
    "décennie": "decade", "siècle": "century",
}
CALENDAR_UNITS.update({"jours": "day", "semaines": "week", "week-ends": "weekend", "trimestres": "quarter",
                       "semestres": "half", "ans": "year", "années": "year", "décennies": "decade",
                       "siècles": "century"})

PARTS_OF_DAY: dict[str, str] = {
    "matin": "MO", "matinée": "MO", "après-midi": "AF", "soir": "EV", "soirée": "EV", "nuit": "NI",
    "midi": "T12:00", "minuit": "T24:00", "matins": "MO", "soirs": "EV", "nuits": "NI",
}

SEASONS: dict[str, str] = {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"}

#: Range modifiers before an expression: surface -> TIMEX3 mod.
RANGE_MODS: dict[str, str | None] = {
    "début": "START", "le début": "START", "début de": "START", "le début de": "START",
    "courant": None, "dans le courant de": None, "le courant de": None,
    "mi": "MID", "mi-": "MID", "la mi": "MID", "la mi-": "MID", "milieu de": "MID", "le milieu de": "MID",
    "fin": "END", "la fin": "END", "fin de": "END", "la fin de": "END",
    "début du": "START", "le début du": "START", "début des": "START", "fin du": "END", "la fin du": "END",
    "fin des": "END", "milieu du": "MID", "le milieu du": "MID",
}

#: Quantifying modifiers of durations and dates: surface -> TIMEX3 mod.
QUANT_MODS: dict[str, str | None] = {
    "plus de": "MORE_THAN", "plus d'": "MORE_THAN", "moins de": "LESS_THAN", "moins d'": "LESS_THAN",
    "près de": "APPROX", "presque": "LESS_THAN", "environ": "APPROX", "quelque": "APPROX", "vers": "APPROX",
    "aux alentours de": "APPROX", "autour de": "APPROX", "au moins": "EQUAL_OR_MORE", "au plus": "EQUAL_OR_LESS",
    "au minimum": "EQUAL_OR_MORE", "au maximum": "EQUAL_OR_LESS", "seulement": None, "à peine": None,
}

#: Set frequencies: surface -> value.
SETS: dict[str, str] = {
    "annuel": "P1Y", "annuelle": "P1Y", "annuels": "P1Y", "annuelles": "P1Y", "annuellement": "P1Y",
    "mensuel": "P1M", "mensuelle": "P1M", "mensuels": "P1M", "mensuelles": "P1M", "mensuellement": "P1M",
    "hebdomadaire": "P1W", "hebdomadaires": "P1W", "quotidien": "P1D", "quotidienne": "P1D",
    "quotidiens": "P1D", "quotidiennes": "P1D", "quotidiennement": "P1D", "journalier": "P1D",
    "journalière": "P1D", "trimestriel": "P3M", "trimestrielle": "P3M", "semestriel": "P6M",
    "semestrielle": "P6M", "bimensuel": "P2W", "bimestriel": "P2M",
}

#: Vague references: surface -> value.
REFS: dict[str, str] = {
    "maintenant": "PRESENT_REF", "actuellement": "PRESENT_REF",  "actuel": "PRESENT_REF", "actuelle": "PRESENT_REF", "actuels": "PRESENT_REF",
    "actuelles": "PRESENT_REF", "de nos jours": "PRESENT_REF", "nos jours": "PRESENT_REF",
    "ce moment": "PRESENT_REF", "le moment": "PRESENT_REF", "l'instant": "PRESENT_REF", "ce jour": "PRESENT_REF",
    "récemment": "PAST_REF", "recemment": "PAST_REF", "naguère": "PAST_REF", "autrefois": "PAST_REF",
    "jadis": "PAST_REF", "le passé": "PAST_REF", "il y a peu": "PAST_REF", "dernièrement": "PAST_REF",
    "l'avenir": "FUTURE_REF", "le futur": "FUTURE_REF", "prochainement": "FUTURE_REF",
    "bientôt": "FUTURE_REF", "bientot": "FUTURE_REF", "sous peu": "FUTURE_REF",
    "court terme": "FUTURE_REF", "moyen terme": "FUTURE_REF", "long terme": "FUTURE_REF",
}

#: Fixed holidays: surface -> MM-DD.
HOLIDAYS: dict[str, str] = {
    "noël": "12-25", "noel": "12-25", "la saint-sylvestre": "12-31", "saint-sylvestre": "12-31",
    "jour de l'an": "01-01", "nouvel an": "01-01", "premier mai": "05-01", "fête du travail": "05-01",
    "toussaint": "11-01", "la toussaint": "11-01", "saint-valentin": "02-14", "14 juillet": "07-14",
    "fête nationale": "07-14", "armistice": "11-11", "fête des mères": "NTH",
}
#: the last Sunday of May
NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {"fête des mères": (5, 7, -1, 1)}

#: The words of a decade ("les années quatre-vingt").
DECADE_WORDS: dict[str, int] = {"vingt": 2, "trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6,
                                "soixante-dix": 7, "quatre-vingt": 8, "quatre-vingts": 8, "quatre-vingt-dix": 9}
