"""Spanish cues of the tagger: modifiers, the words around a match that builders weigh, macros,
trigger words.

Each cue is read by one builder of :mod:`chrono.timex.build` (named in the comment) or by the engine
(the modifiers); the rule examples in ``rules.py`` exercise them.
"""
from __future__ import annotations

import re

from ...timex import BuildCues, ModifierWords, names, trie, trigger_words
from . import lexicon as lx

MODIFIERS = ModifierWords(
    range=lx.RANGE_MODS,
    quant=lx.QUANT_MODS,
    # TempEval-3 Spanish keeps "más de", "unos", "casi" in the extent ("más de un año"); these stay out
    outside=frozenset({"apenas", "sólo", "solo"}),
    need_number=frozenset({"unos", "unas", "casi", "apenas", "sólo", "solo"}),
    number_start=re.compile(r"\s*(?:un|una|\d|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veint"
                            r"|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien|mil|media|medio)",
                            re.IGNORECASE),
    # only a date said of the clause, after its preposition ("En mayo de 2014, ..."), tells a story
    adverbial_before=re.compile(r"(?<![\w-])(?:en|desde|hasta|durante|tras|antes\s+de|después\s+de|a\s+partir\s+de)\s+\Z",
                                re.IGNORECASE),
)

_DIRECTIONS = {"este": 0, "esta": 0, "estos": 0, "presente": 0, "actual": 0, "en curso": 0, "corriente": 0,
               "próximo": 1, "proximo": 1, "próxima": 1, "proxima": 1, "que viene": 1, "entrante": 1,
               "venidero": 1, "venidera": 1, "pasado": -1, "pasada": -1, "último": 0, "última": 0,
               "anterior": -1, "siguiente": 1, "mismo": 0, "misma": 0}

CUES = BuildCues(
    # date, month_ok: "Plaza de Mayo" (a capitalised word after a bare month makes a name)
    name_titles=re.compile(r"(?:Plaza|Avenida|Calle|Paseo|Sr|Sra|Dr)\.?$"),
    sentence_after_name=re.compile(r"\s+(?:El|La|Los|Las|En|Un|Una|Pero|Y|A|Con|Por|Para|Según|Desde)\b"),
    # year: "unos 1500 soldados", "1.500 millones"
    not_before_year=frozenset({"unos", "unas", "casi", "aproximadamente", "alrededor", "cerca", "número", "núm",
                               "nº", "n", "página", "km", "kilómetro", "ruta", "vuelo", "modelo", "windows", "$"}),
    year_prepositions=frozenset({"en", "desde", "hasta", "de", "del", "durante", "antes", "después", "tras", "el"}),
    before_year_in_name=frozenset({"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                   "septiembre", "octubre", "noviembre", "diciembre", "año", "ejercicio",
                                   # events named by their year: "el Mundial del 2002", "los Juegos de 1992"
                                   "mundial", "juegos", "copa", "eurocopa", "liga", "olimpiadas", "expo", "cumbre",
                                   "elecciones", "presupuestos", "campaña", "temporada", "verano", "invierno"}),
    clock_after_year=re.compile(r"\s*(?:GMT|UTC|horas\b|h\b|hora\s+local)", re.IGNORECASE),
    measure_after=re.compile(r"\s*(?:metros|kilómetros|km|kilos|kg|toneladas|euros|pesetas|dólares|puntos|por\s+ciento|%)",
                             re.IGNORECASE),
    noun_after_year=re.compile(r"\s*(?:personas|habitantes|millones|euros|pesetas|dólares|metros|kilómetros|kilos|"
                               r"toneladas|muertos|heridos|soldados|niños|empleados|trabajadores|casos|votos|puntos|"
                               r"hectáreas|viviendas|plazas|km|kg|m\b|por\s+ciento|%)", re.IGNORECASE),
    # decade: "los años ochenta"
    decade_words=lx.DECADE_WORDS,
    # quarter
    quarter_ordinals={"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4, "último": 4},
    # season
    before_season=frozenset({"en", "durante", "desde", "hasta", "este", "próximo", "pasado", "todo", "el"}),
    articles=frozenset({"el", "la", "los", "las", "del", "al"}),
    # month_relative, relative_unit, season, weekday, part_of_day
    directions=_DIRECTIONS,
    anaphoric_directions={"siguiente": 1, "anterior": -1, "ese": 0, "esa": 0, "aquel": 0, "aquella": 0},
    anaphoric_units=frozenset({"siguiente", "anterior"}),
    same_words=frozenset({"mismo", "misma"}),
    # deictic_day, clock
    deictic_days={"hoy": (0, None), "ayer": (-1, None), "mañana": (1, None), "anteayer": (-2, None),
                  "antier": (-2, None), "antes de ayer": (-2, None), "antes de anoche": (-2, "TNI"),
                  "pasado mañana": (2, None), "anoche": (-1, "TNI")},
    generic_deictic=frozenset({"hoy", "mañana"}),
    # ago: "hace tres días", "dentro de dos semanas"
    ago_directions={"hace": (-1, False), "dentro de": (1, False)},
    clock_pm="p",
    clock_am="a",
    part_of_day_directions={"la pasada": -1, "esta": 0, "este": 0, "la": 0, "el": 0, "ayer": -1, "hoy": 0, "mañana": 1,
                            "siguiente": 1, "anterior": -1, "esa": 0, "aquella": 0},
    # weekday: "Plácido Domingo", "Domingo Cavallo", "Viernes Santo"
    weekday_name_before=frozenset({"Plácido", "Santo", "San", "Santo", "Viernes", "Jueves", "Placido"}),
    weekday_in_title=re.compile(r"\s+(?-i:Santo|Negro|Sangriento)\b"),
    utc_zones=frozenset({"GMT", "UTC"}),
    # ref: "el futuro de las pensiones" is a topic
    topic_refs=frozenset({"el futuro", "futuro"}),
    of_after=re.compile(r"\s+(?:de|del)\b"),
    # duration, vague_duration
    indefinite=frozenset({"un", "una"}),
    rate_before=re.compile(r"(?:\d|veces|vez|euros|pesetas|dólares|millones|kilos|toneladas|barriles)\s*\Z",
                           re.IGNORECASE),
    before_vague_duration=frozenset({"durante", "hace", "desde", "en", "por", "tras", "lleva", "llevan", "llevaba",
                                     "llevaban", "hasta", "dentro", "con", "después", "antes", "menos", "más",
                                     "años", "y"}),
)






_FULL_MONTHS = [m for m in lx.MONTHS if m not in lx.MONTH_ABBREVIATIONS]

#: Building blocks of Spanish patterns. Spanish writes month and weekday names in lower case, so the
#: names match in lower case as well as capitalised; a capitalised weekday followed by a capitalised
#: word is a name ("Domingo Cavallo").
MACROS = {
    "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:º|°)?",
    "DIGITS": r"(?:\d{1,4})",
    # long tables as tries: the duration rules try them at every position of their windows
    "NUMWORD": trie(lx.NUMBERS),
    "UNIT": trie(lx.UNITS),
    "MONTH": names(_FULL_MONTHS),
    # a month alone: capitalised only where a date may stand ("En Febrero", "desde Marzo"); "la Plaza de
    # Mayo", "la Revolución de Mayo" are names
    "MONTH_FULL": r"(?:" + names(_FULL_MONTHS, capital=False, upper=False) + r"|(?:(?<=^)|(?<=\n)|(?<=[.!?:;,]\s)|(?<=\ben\s)|(?<=\bdesde\s)"
                  r"|(?<=\bhasta\s)|(?<=\bentre\s)|(?<=\by\s)|(?<=\bpara\s)|(?<=\bmes\sde\s))" + names(_FULL_MONTHS, lower=False) + ")",
    "MONTH_ABBR": names(sorted(lx.MONTH_ABBREVIATIONS)) + r"\.?",
    "WEEKDAY": r"(?:" + names(lx.WEEKDAYS, capital=False, upper=False) + "|" + names(lx.WEEKDAYS, lower=False) + r"(?!\s+(?-i:[A-ZÁÉÍÓÚ][a-záéíóúñ]+)))",
    "WEEKDAY_ANY": names(lx.WEEKDAYS),
    "DET": r"(?:el|la|los|las|del|al)",
    # a date that names a street: "la Avenida 17 de Junio"
    "NOT_STREET": r"(?<!Avenida\s)(?<!Calle\s)(?<!Plaza\s)(?<!Paseo\s)(?<!Avda\.\s)",
    "PAST_ADJ": r"(?:pasad[oa]s?)",
    "NEXT_ADJ": r"(?:pr[óo]xim[oa]s?|venider[oa]s?|entrantes?)",
}


def _triggers() -> dict[str, frozenset[str]]:
    """Word classes that trigger rules: lower-case words (letters only) per class."""
    units = trigger_words(lx.UNITS, lx.CALENDAR_UNITS, extra=("tiempo", "plazo"))
    return {
        "month": trigger_words(lx.MONTHS) - {"mar", "set"} | {"mes"},
        "abbr": trigger_words({m: 0 for m in lx.MONTH_ABBREVIATIONS}),
        "weekday": trigger_words(lx.WEEKDAYS),
        "unit": units,
        "quarter": frozenset({"trimestre", "semestre", "trimestres", "semestres", "periodo", "período"}),
        "century": frozenset({"siglo", "siglos"}),
        "season": trigger_words(lx.SEASONS),
        "holiday": trigger_words(lx.HOLIDAYS) - {"de", "del", "la", "los", "día", "año", "todos", "noche"},
        "decade": frozenset({"años", "década", "decada", "décadas"}),
        "while": frozenset({"tiempo", "mucho"}),
        # narrower classes for rules whose every match holds one of these words
        "after": frozenset({"pasado", "pasada", "próximo", "proximo", "próxima", "proxima", "viene", "siguiente",
                            "anterior", "entrante", "venidero", "venidera", "curso", "después", "antes", "tarde"}),
        "that": frozenset({"ese", "esa", "aquel", "aquella"}),
        "day": frozenset({"día", "dia"}),
        "part": frozenset({"principios", "mediados", "comienzos", "inicios", "finales", "fin", "final"}),
        "weekend": frozenset({"fin", "fines"}),
        "whole": frozenset({"todo", "toda"}),
        "ago": frozenset({"hace", "hacía", "dentro"}),
        "deictic": frozenset({"hoy", "ayer", "mañana", "anteayer", "antier", "anoche", "tarde", "noche", "madrugada",
                              "mediodía", "mediodia", "medianoche"}),
        "set": trigger_words(lx.SETS, extra=("cada", "todos", "todas", "veces", "vez")),
        "ref": trigger_words(lx.REFS) - {"el", "la", "un", "hoy", "este", "estos", "nuestros"}
        | {"pasado", "pasada", "pasados", "pasadas", "próximo", "próxima", "próximos", "próximas", "momento",
           "entonces", "presente"},
    }


TRIGGERS = _triggers()
