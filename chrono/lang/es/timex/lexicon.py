"""Spanish words of time as data: months, weekdays, numbers, units, parts of day, seasons, sets,
vague references, holidays.

Every table maps a lower-case surface form to its meaning; accented and unaccented spellings are both
listed ("sábado", "sabado"), since news text drops accents on capitals and in headlines. Month and
weekday names are matched in lower case or capitalised (see ``cues.MACROS``); the abbreviations
("oct", "sept") only stand in dates with a day ("14 oct"), never alone: "mar" is the sea.
"""
from __future__ import annotations

_MONTH_NAMES = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                "octubre", "noviembre", "diciembre")

MONTHS: dict[str, int] = {name: i for i, name in enumerate(_MONTH_NAMES, start=1)}
MONTHS["setiembre"] = 9
#: Abbreviations: only in a date with its day ("14 oct", "3 ene."): alone they are words ("mar").
MONTH_ABBREVIATIONS = frozenset({"ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "sept", "set",
                                 "oct", "nov", "dic"})
MONTHS.update({a: MONTHS[next(n for n in MONTHS if n.startswith(a[:3]) and n != "setiembre")]
               for a in MONTH_ABBREVIATIONS if a != "set"})
MONTHS["set"] = 9

WEEKDAYS: dict[str, int] = {
    "lunes": 1, "martes": 2, "miércoles": 3, "miercoles": 3, "jueves": 4, "viernes": 5, "sábado": 6,
    "sabado": 6, "domingo": 7,
}

_UNITS_1_29 = ("uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis "
               "diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés veinticuatro veinticinco "
               "veintiséis veintisiete veintiocho veintinueve").split()
_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
         "noventa": 90}
_DIGITS = {w: i for i, w in enumerate(_UNITS_1_29[:9], start=1)}


def _numbers() -> dict[str, int | None]:
    out: dict[str, int | None] = {w: i for i, w in enumerate(_UNITS_1_29, start=1)}
    out.update({"un": 1, "una": 1, "veintiún": 21, "veintiuna": 21, "dieciseis": 16, "veintidos": 22,
                "veintitres": 23, "veintiseis": 26})
    for tens, n in _TENS.items():
        out[tens] = n
        for unit, d in _DIGITS.items():
            out[f"{tens} y {unit}"] = n + d
        out[f"{tens} y un"] = out[f"{tens} y una"] = n + 1
    out.update({"cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300, "quinientos": 500,
                "mil": 1000, "un par de": 2, "media docena de": 6, "una docena de": 12, "docena": 12})
    # vague quantities: an unknown number ("varios días": PXD)
    out.update({w: None for w in ("varios", "varias", "muchos", "muchas", "pocos", "pocas", "algunos", "algunas",
                                  "unos", "unas", "unos cuantos", "unas cuantas", "unos pocos", "unas pocas", "decenas de",
                                  "cientos de", "miles de", "bastantes", "numerosos", "numerosas")})
    return out


NUMBERS = _numbers()

ORDINALS: dict[str, int] = {
    "primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3, "tercero": 3,
    "tercera": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5, "sexto": 6, "sexta": 6,
    "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8, "noveno": 9, "novena": 9, "décimo": 10,
    "décima": 10, "último": 4, "última": 4,
}

#: Roman numerals of centuries ("el siglo XX").
ROMAN_CENTURIES: dict[str, int] = {r: i for i, r in enumerate(
    "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx xxi xxii".split(), start=1)}

#: Duration units, singular and plural: surface -> (ISO 8601 letter, is a time unit).
UNITS: dict[str, tuple[str, bool]] = {
    "segundo": ("S", True), "segundos": ("S", True), "minuto": ("M", True), "minutos": ("M", True),
    "hora": ("H", True), "horas": ("H", True),
    "día": ("D", False), "días": ("D", False), "dia": ("D", False), "dias": ("D", False),
    "noche": ("D", False), "noches": ("D", False),
    "semana": ("W", False), "semanas": ("W", False), "quincena": ("W2", False), "quincenas": ("W2", False),
    "mes": ("M", False), "meses": ("M", False), "trimestre": ("Q", False), "trimestres": ("Q", False),
    "semestre": ("M6", False), "semestres": ("M6", False),
    "año": ("Y", False), "años": ("Y", False), "década": ("E", False), "décadas": ("E", False),
    "decenio": ("E", False), "decenios": ("E", False), "siglo": ("C", False), "siglos": ("C", False),
    "milenio": ("L", False), "milenios": ("L", False),
    "fin de semana": ("WE", False), "fines de semana": ("WE", False),
}

#: Calendar units for "la semana pasada", "el próximo año", "este mes": surface -> grain.
CALENDAR_UNITS: dict[str, str] = {
    "día": "day", "dia": "day", "jornada": "day", "semana": "week", "fin de semana": "weekend", "mes": "month",
    "trimestre": "quarter", "semestre": "half", "año": "year", "ejercicio": "year", "década": "decade",
    "decenio": "decade", "siglo": "century",
}
#: the plural forms, for counted offsets ("hace tres años")
CALENDAR_UNITS.update({"días": "day", "dias": "day", "semanas": "week", "fines de semana": "weekend",
                       "meses": "month", "trimestres": "quarter", "semestres": "half", "años": "year",
                       "décadas": "decade", "decenios": "decade", "siglos": "century"})

PARTS_OF_DAY: dict[str, str] = {
    "mañana": "MO", "madrugada": "MO", "tarde": "AF", "noche": "NI", "mañanas": "MO", "tardes": "AF",
    "noches": "NI", "mediodía": "MI", "mediodia": "MI", "medianoche": "T24:00",
}

SEASONS: dict[str, str] = {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"}

#: Range modifiers before an expression: surface -> TIMEX3 mod.
RANGE_MODS: dict[str, str | None] = {
    "principios de": "START", "los primeros días de": "START", "los últimos días de": "END",
    "mitad de": "MID", "la mitad de": "MID", "mitad": "MID", "principios": "START", "comienzos de": "START", "comienzos": "START",
    "inicios de": "START", "inicios": "START", "primeros de": "START", "el principio de": "START",
    "el comienzo de": "START", "el inicio de": "START", "mediados de": "MID", "mediados": "MID",
    "finales de": "END", "finales": "END", "fines de": "END", "fines": "END", "final de": "END",
    "el final de": "END", "al final de": "END", "el fin de": "END", "fin de": "END", "final": "END",
    "al final": "END", "el final": "END", "fin": "END",
}

#: Quantifying modifiers of durations and dates: surface -> TIMEX3 mod.
QUANT_MODS: dict[str, str | None] = {
    "más de": "MORE_THAN", "mas de": "MORE_THAN", "menos de": "LESS_THAN", "casi": "LESS_THAN",
    "unos": "APPROX", "unas": "APPROX", "alrededor de": "APPROX", "cerca de": "APPROX",
    "aproximadamente": "APPROX", "al menos": "EQUAL_OR_MORE", "por lo menos": "EQUAL_OR_MORE",
    "como mínimo": "EQUAL_OR_MORE", "como máximo": "EQUAL_OR_LESS", "apenas": None, "sólo": None, "solo": None,
}

#: Set frequencies: surface -> value.
SETS: dict[str, str] = {
    "anual": "P1Y", "anuales": "P1Y", "anualmente": "P1Y", "mensual": "P1M", "mensuales": "P1M",
    "mensualmente": "P1M", "semanal": "P1W", "semanales": "P1W", "semanalmente": "P1W", "diario": "P1D",
    "diaria": "P1D", "diarios": "P1D", "diarias": "P1D", "diariamente": "P1D", "trimestral": "P3M",
    "trimestrales": "P3M", "semestral": "P6M", "semestrales": "P6M", "bimensual": "P2M", "bimensuales": "P2M",
    "quincenal": "P2W", "quincenales": "P2W", "cotidianamente": "P1D",
}

#: Vague references: surface -> value.
REFS: dict[str, str] = {
    "ahora": "PRESENT_REF", "ahora mismo": "PRESENT_REF", "actualmente": "PRESENT_REF",
    "la actualidad": "PRESENT_REF", "actual": "PRESENT_REF", "actuales": "PRESENT_REF",
    "hoy en día": "PRESENT_REF", "hoy día": "PRESENT_REF", "hoy por hoy": "PRESENT_REF",
    "estos días": "PRESENT_REF", "estos momentos": "PRESENT_REF", "este momento": "PRESENT_REF",
    "el presente": "PRESENT_REF", "nuestros días": "PRESENT_REF",
    "recientemente": "PAST_REF", "recién": "PAST_REF", "reciente": "PAST_REF", "recientes": "PAST_REF",
    "últimamente": "PAST_REF", "ultimamente": "PAST_REF", "antaño": "PAST_REF",
    "el futuro": "FUTURE_REF", "futuro": "FUTURE_REF", "futura": "FUTURE_REF", "futuros": "FUTURE_REF",
    "futuras": "FUTURE_REF", "próximamente": "FUTURE_REF", "cualquier momento": "FUTURE_REF",
    "un futuro próximo": "FUTURE_REF", "un futuro cercano": "FUTURE_REF", "el futuro próximo": "FUTURE_REF",
    "corto plazo": "FUTURE_REF", "medio plazo": "FUTURE_REF", "largo plazo": "FUTURE_REF",
}

#: Fixed holidays: surface -> MM-DD.
HOLIDAYS: dict[str, str] = {
    "navidad": "12-25", "navidades": "12-25", "nochebuena": "12-24", "nochevieja": "12-31",
    "año nuevo": "01-01", "día de año nuevo": "01-01", "día de reyes": "01-06",
    "primero de mayo": "05-01", "día del trabajo": "05-01", "día de la hispanidad": "10-12",
    "día de todos los santos": "11-01", "todos los santos": "11-01", "san valentín": "02-14",
    "día de san valentín": "02-14", "noche de san juan": "06-24", "día de san juan": "06-24",
    "día de la constitución": "12-06", "día de la madre": "NTH", "diada": "09-11",
}
NTH_WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int, int]] = {"día de la madre": (5, 7, 1, 1)}

#: The words of a decade ("los años ochenta").
DECADE_WORDS: dict[str, int] = {"veinte": 2, "treinta": 3, "cuarenta": 4, "cincuenta": 5, "sesenta": 6,
                                "setenta": 7, "ochenta": 8, "noventa": 9}
