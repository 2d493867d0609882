"""German cues of the tagger: modifiers, the words around a match that builders weigh, macros,
trigger words.

Each cue is read by one builder of :mod:`chrono.timex.build` (named in the comment) or by the engine
(the modifiers); the rule examples in ``rules.py`` exercise them.
"""
from __future__ import annotations

import re

from ...timex import BuildCues, ModifierWords, names, trigger_words
from . import lexicon as lx

_ENDINGS = ("e", "en", "er", "es", "em")


def _inflected(stems: dict[str, int]) -> dict[str, int]:
    """Every inflection of adjectives of direction: "nächst" -> "nächste", "nächsten", ..."""
    return {stem + e: n for stem, n in stems.items() for e in _ENDINGS}


_DIRECTION_STEMS = {"nächst": 1, "kommend": 1, "vergangen": -1, "letzt": -1, "vorig": -1, "dies": 0,
                    "laufend": 0, "heurig": 0, "jetzig": 0, "aktuell": 0, "gestrig": 0}
_ANAPHORIC_STEMS = {"folgend": 1, "darauffolgend": 1, "nächst": 1}

DIRECTION_WORDS = _inflected(_DIRECTION_STEMS)
ANAPHORIC_WORDS = _inflected(_ANAPHORIC_STEMS)

MODIFIERS = ModifierWords(
    range=lx.RANGE_MODS,
    quant=lx.QUANT_MODS,
    # KRAUTS leaves "rund", "etwa" out of the extent ("rund [drei Wochen]")
    outside=frozenset({"rund", "etwa", "ca.", "circa", "ungefähr", "nur", "frühestens", "spätestens"}),
    need_number=frozenset({"über", "gut", "knapp", "nur"}),
    number_start=re.compile(r"\s*(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|\d)",
                            re.IGNORECASE),
    adverbial_before=re.compile(r"(?<![\w-])(?:am|im|seit|bis|ab|vom|nach|vor|während|in)\s+\Z", re.IGNORECASE),
)

CUES = BuildCues(
    # date, month_ok: "August Bebel" (a capitalised word after a bare month makes a name), unless a
    # sentence follows or the word is a noun the month stands before
    name_titles=re.compile(r"(?:Herr|Frau|Dr|Prof|St|Sankt)\.?$"),
    sentence_after_name=re.compile(r"\s+(?:Der|Die|Das|Im|In|Am|Ein|Eine|Es|Er|Sie|Wir|Bei|Auch|Doch|Aber|Nach|Mit|Von|"
                                   r"Auf|Für|Zum|Zur|Seit|Bis|Dann|So|Und)\b"),
    # year: "2000 Menschen", "Horazstr. 18"
    not_before_year=frozenset({"rund", "etwa", "ca", "über", "fast", "knapp", "mehr", "nr", "nr.", "nummer", "seite",
                               "straße", "str", "str.", "gasse", "platz", "weg", "€", "$",
                               # trains, buses, lines: "der Schnellzug D 1273"
                               "d", "ic", "ice", "ec", "re", "rb", "linie", "bus", "zug", "flug", "gleis"}),
    year_prepositions=frozenset({"seit", "bis", "im", "in", "ab", "vor", "nach", "zwischen", "um", "jahr", "jahres",
                                 "jahre", "anfang", "ende", "mitte", "herbst", "sommer", "winter", "frühjahr"}),
    before_year_in_name=frozenset({"jahr", "jahres", "anfang", "ende", "mitte", "herbst", "sommer", "winter",
                                   "frühjahr", "frühling", "januar", "jänner", "februar", "märz", "april", "mai",
                                   "juni", "juli", "august", "september", "oktober", "november", "dezember",
                                   "seit", "bis", "im", "wm", "em", "olympia", "expo", "saison"}),
    clock_after_year=re.compile(r"\s*(?:Uhr\b|h\b|GMT|UTC|MEZ|MESZ)"),
    measure_after=re.compile(r"\s*(?:Meter|Kilometer|km|Kilo|kg|Tonnen|Euro|Prozent|%|Punkte|Stimmen)"),
    # an amount: a capitalised noun after the number ("2000 Flüchtlinge", "1700 im Jahr")
    noun_after_year=re.compile(r"\s*(?:(?-i:[A-ZÄÖÜ][a-zäöüß]+)(?<!Jahr)(?<!Uhr)\b|Prozent|%|Euro|im\s+(?:Jahr|vergangenen|letzten|laufenden))"),
    year_nouns=re.compile(r"\s*(?-i:Jahr|Jahres|Bis|Seit|In|Im|Die|Der|Das|Und)\b"),
    decade_words=lx.DECADE_WORDS,
    quarter_ordinals={"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3, "vierten": 4,
                      "vierte": 4, "letzten": 4, "letzte": 4},
    before_season=frozenset({"im", "in", "seit", "bis", "ab", "über", "den", "dem", "der", "diesen", "diesem",
                             "vergangenen", "kommenden", "nächsten", "letzten"}),
    articles=frozenset({"der", "die", "das", "den", "dem", "des"}),
    directions=DIRECTION_WORDS | {"übernächste": 2, "übernächsten": 2, "vorvergangene": -2, "vorvergangenen": -2,
                                  "selben": 0, "gleichen": 0, "desselben": 0, "demselben": 0,
                                  "vor": -1, "folge": 1},      # "Vortag", "Folgetag"
    # "am", "in der", "über" + a bare part of day (rule part_of_day_bare): the day last told
    anaphoric_directions=ANAPHORIC_WORDS | {"vorherigen": -1, "vorhergehenden": -1, "selben": 0,
                                            "am": 0, "in der": 0, "über": 0},
    anaphoric_units=frozenset(ANAPHORIC_WORDS) | {"vorherigen", "vorhergehenden", "vor", "folge"},
    same_words=frozenset({"selben", "gleichen", "desselben", "demselben"}),
    # deictic_day: "heute", "gestern", "morgen" (lower case: "Morgen" is the morning)
    deictic_days={"heute": (0, None), "gestern": (-1, None), "morgen": (1, None), "vorgestern": (-2, None),
                  "übermorgen": (2, None), "heute nacht": (0, "TNI"), "heute abend": (0, "TEV")},
    # ago: "vor drei Tagen" is tagged as a duration in KRAUTS; "in drei Tagen" as the date
    ago_directions={"in": (1, False), "binnen": (1, False)},
    part_of_day_directions={"heute": 0, "gestern": -1, "morgen": 1, "vorgestern": -2, "übermorgen": 2,
                            "am": 0, "diesen": 0, "diesem": 0, "dieser": 0},
    weekday_name_before=frozenset({"Schwarzer", "Schwarzen", "Guter", "Weißer", "Weißen", "Aschermittwoch"}),
    indefinite=frozenset({"ein", "eine", "einem", "einen", "einer", "eines"}),
    rate_before=re.compile(r"(?:\d|Euro|Prozent|Mal|mal)\s*\Z"),
    before_vague_duration=frozenset({"seit", "vor", "nach", "in", "für", "über", "binnen", "innerhalb", "jahrelang",
                                     "während", "lange", "noch", "erst", "schon", "bereits", "vielen", "den"}),
    topic_refs=frozenset({"die zukunft", "zukunft"}),
    of_after=re.compile(r"\s+(?:der|des|von|vom)\b"),
)



_FULL_MONTHS = [m for m in lx.MONTHS if m not in lx.MONTH_ABBREVIATIONS]

#: Building blocks of German patterns.
MACROS = {
    # a day of the month with its full stop: "25. Februar"
    "DAY": r"(?:[12]\d|3[01]|0?[1-9])\.",
    "DAYN": r"(?:[12]\d|3[01]|0?[1-9])",
    "DIGITS": r"(?:\d{1,4})",
    "MONTH": "(?:" + names(_FULL_MONTHS, lower=False) + "|" + names(sorted(lx.MONTH_ABBREVIATIONS), lower=False) + r"\.)",
    "MONTH_FULL": names(_FULL_MONTHS, lower=False),
    "WEEKDAY": names(lx.WEEKDAYS, lower=False),
    "WEEKDAY_ANY": names(lx.WEEKDAYS, lower=False),
    "ART": r"(?:der|die|das|den|dem|des)",
    # a calendar unit in the singular: "nächstes Jahr", "dieses Jahres" (the plural is a duration)
    "CALUNIT1": r"(?-i:Tag|Tages|Woche|Wochenende|Wochenendes|Monat|Monats|Monates|Quartal|Quartals|Halbjahr|Halbjahres"
                r"|Jahr|Jahres|Jahrzehnt|Jahrzehnts|Jahrhundert|Jahrhunderts|heuer)",
    "NEXT": r"(?:nächst|kommend|folgend)(?:e|en|er|es|em)",
    "LAST": r"(?:vergangen|letzt|vorig)(?:e|en|er|es|em)",
    "THIS": r"(?:dies|laufend|heurig|jetzig|aktuell)(?:e|en|er|es|em)",
    "PART": r"(?-i:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|Früh|früh)",
}


def _triggers() -> dict[str, frozenset[str]]:
    """Word classes that trigger rules: lower-case words (letters only) per class."""
    weekdays = trigger_words(lx.WEEKDAYS)
    return {
        "month": trigger_words(lx.MONTHS),
        "weekday": weekdays | {d + p for d in weekdays for p in ("vormittag", "nachmittag", "abend", "morgen", "mittag",
                                                                  "nacht", "früh", "s", "en", "e", "abends",
                                                                  "morgens", "nachmittags", "vormittags")},
        "unit": trigger_words(lx.UNITS, lx.CALENDAR_UNITS) | {"vortag", "vortages", "folgetag", "folgetages",
                                                                "vorjahr", "vorjahres", "vormonat", "vorwoche"},
        "quarter": frozenset({"quartal", "quartals", "halbjahr", "halbjahres"}),
        "lang": frozenset(u + "lang" + e for u in ("stunden", "tage", "wochen", "monate", "jahre", "jahrzehnte")
                          for e in ("", "e", "en", "er", "es", "em")),
        "century": frozenset({"jahrhundert", "jahrhunderts"}),
        "season": trigger_words(lx.SEASONS),
        "holiday": trigger_words(lx.HOLIDAYS) - {"der", "tag", "deutschen", "abend", "heiliger"},
        "decade": frozenset(lx.DECADE_WORDS) | {"jahre", "jahren", "jahrzehnt", "neunzigern", "achtzigern",
                                                "siebzigern", "sechzigern"},
        "deictic": frozenset({"heute", "gestern", "morgen", "vorgestern", "übermorgen", "heuer", "vormittag",
                              "nachmittag", "abend", "nacht", "mittag", "früh", "uhr", "morgenstunden"}),
        "set": trigger_words(lx.SETS, extra=("jeden", "jede", "jedes", "jeder", "pro", "mal", "einmal", "zweimal",
                                             "täglich")),
        "ref": trigger_words(lx.REFS) - {"in", "vor", "die", "zur", "zeit"} | {"ex"},
    }


TRIGGERS = _triggers()
