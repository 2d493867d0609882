"""French cues of the tagger: modifiers, the words around a match that builders weigh, macros,
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
    outside=frozenset({"seulement", "à peine"}),
    need_number=frozenset({"quelque", "presque", "seulement", "à peine"}),
    number_start=re.compile(r"\s*(?:un|une|\d|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt"
                            r"|trente|quarante|cinquante|soixante|cent|mille|demi)", re.IGNORECASE),
    # only a date said of the clause, after its preposition ("En mai 2011, ..."), tells a story
    adverbial_before=re.compile(r"(?<![\w-])(?:en|depuis|jusqu'en|jusqu'au|pendant|durant|après|avant|dès)\s+\Z",
                                re.IGNORECASE),
)

_DIRECTIONS = {"ce": 0, "cet": 0, "cette": 0, "en cours": 0, "courant": 0, "présent": 0, "présente": 0,
               "prochain": 1, "prochaine": 1, "dernier": -1, "dernière": -1, "passé": -1, "passée": -1,
               "précédent": -1, "précédente": -1, "suivant": 1, "suivante": 1, "même": 0,
               "lendemain": 1, "veille": -1}

CUES = BuildCues(
    # date, month_ok: "la place du 7 Novembre" (a capitalised word after a bare month makes a name)
    name_titles=re.compile(r"(?:Place|Avenue|Rue|Boulevard|Pont|M|Mme|Dr)\.?$"),
    sentence_after_name=re.compile(r"\s+(?:Le|La|Les|L'|Un|Une|En|Dans|Mais|Et|A|À|Selon|Pour|Depuis|Il|Elle|Ils)\b"),
    # year: "quelque 1500 soldats", "1500 personnes"
    not_before_year=frozenset({"quelque", "environ", "près", "numéro", "n°", "no", "page", "km", "route", "vol",
                               "modèle", "windows", "$", "€", "article", "résolution",
                               "copyright", "©"}),
    year_prepositions=frozenset({"en", "depuis", "de", "d'", "pendant", "avant", "après", "dès", "l'an", "l'année"}),
    before_year_in_name=frozenset({"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                   "septembre", "octobre", "novembre", "décembre", "année", "an", "exercice",
                                   "mondial", "coupe", "jeux", "euro", "sommet", "élections", "budget",
                                   "campagne", "saison", "été", "hiver", "awards", "présidentielle"}),
    clock_after_year=re.compile(r"\s*(?:GMT|UTC|heures?\b|h\b)", re.IGNORECASE),
    measure_after=re.compile(r"\s*(?:mètres|kilomètres|km|kilos|kg|tonnes|euros|dollars|points|pour\s+cent|%)",
                             re.IGNORECASE),
    noun_after_year=re.compile(r"\s*(?:personnes|habitants|millions|milliards|euros|dollars|mètres|kilomètres|kilos|"
                               r"tonnes|morts|blessés|soldats|enfants|employés|salariés|cas|voix|points|"
                               r"hectares|logements|réfugiés|victimes|civils|rebelles|manifestants|km|kg|"
                               r"m\b|pour\s+cent|%)", re.IGNORECASE),
    decade_words=lx.DECADE_WORDS,
    quarter_ordinals={"premier": 1, "deuxième": 2, "second": 2, "troisième": 3, "quatrième": 4, "dernier": 4},
    before_season=frozenset({"en", "au", "pendant", "durant", "depuis", "cet", "ce", "l'", "le", "tout"}),
    articles=frozenset({"le", "la", "l'", "l’", "les", "du", "au"}),
    directions=_DIRECTIONS,
    anaphoric_directions={"suivant": 1, "suivante": 1, "précédent": -1, "précédente": -1, "lendemain": 1,
                          "veille": -1, "même": 0},
    anaphoric_units=frozenset({"suivant", "suivante", "précédent", "précédente", "lendemain", "veille"}),
    same_words=frozenset({"même"}),
    deictic_days={"aujourd'hui": (0, None), "aujourd’hui": (0, None), "hier": (-1, None), "demain": (1, None),
                  "avant-hier": (-2, None), "après-demain": (2, None)},
    generic_deictic=frozenset({"aujourd'hui", "aujourd’hui", "demain"}),
    # "le journal de demain", "la Libye d'aujourd'hui" are no dates
    generic_of_before=re.compile(r"(?:\bde|\bd['’])\s*\Z", re.IGNORECASE),
    generic_noun_of_before=re.compile(r"\b(?:journal|monde|société|hommes|femmes|dirigeants|génération|jeunes|"
                                      r"citoyens|enfants|défis|école|Libye|Syrie|Egypte|Égypte|France|Europe|"
                                      r"Afrique|leaders|élites|armée|économie|presse)\s+(?:de|d['’])\s*\Z"),
    ago_directions={"il y a": (-1, False), "dans": (1, False), "d'ici": (1, False), "plus tard": (1, True),
                    "plus tôt": (-1, True), "après": (1, True), "avant": (-1, True)},
    part_of_day_directions={"ce": 0, "cet": 0, "cette": 0, "la": 0, "le": 0, "l'": 0, "hier": -1, "aujourd'hui": 0,
                            "demain": 1, "suivant": 1, "suivante": 1, "précédent": -1, "précédente": -1,
                            "dans la": 0, "en": 0, "dernière": -1},
    date_parts=frozenset(),
    utc_zones=frozenset({"GMT", "UTC"}),
    weekday_name_before=frozenset({"Saint", "Mardi"}),
    weekday_in_title=re.compile(r"\s+(?-i:Gras|Saint|Noir|Sanglant)\b"),
    topic_refs=frozenset({"l'avenir", "le futur", "le passé"}),
    of_after=re.compile(r"\s+(?:de|du|des|d['’])\b"),
    indefinite=frozenset({"un", "une"}),
    rate_before=re.compile(r"(?:\d|fois|euros|dollars|millions|kilos|tonnes|barils)\s*\Z", re.IGNORECASE),
    before_vague_duration=frozenset({"pendant", "durant", "depuis", "en", "pour", "après", "dans", "des", "de",
                                     "d'", "avant", "plus", "moins", "quelques"}),
    # "la nuit du 14 au 15 juillet": the part of day of a date, in its extent
    part_of_date_before=re.compile(r"(?:la|le|l['’])\s*(?P<part>nuit|matinée|soirée|matin|soir|après-midi)\s+du\s+\Z",
                                   re.IGNORECASE),
    # "en avril et mai 2011", "janvier/février 2011", "du 5 au 9 juin 2012": the first end takes the year
    range_between=re.compile(r"\s*(?:et|ou|à|au|-|–|/)\s*(?:en\s+|le\s+)?", re.IGNORECASE),
    # policy: a wire story's dateline, "PARIS, 14 octobre (AFP) -", "LE CAIRE (Reuters) -"
    dateline=re.compile(r"\s*[A-ZÉÈÀÂÎÔÛÇ][A-ZÉÈÀÂÎÔÛÇ'’.\- ]{2,40}(?:,\s+\d{1,2}(?:er)?\s+[a-zéû]+\.?(?:\s+\d{4})?)?"
                        r"\s*(?:\([A-Za-z\- ]+\))?\s*(?:-|–|—|:)\s"),
)






_FULL_MONTHS = [m for m in lx.MONTHS if m not in lx.MONTH_ABBREVIATIONS]

#: Building blocks of French patterns. French writes month and weekday names in lower case, so the
#: names match in lower case as well as capitalised; a bare capitalised month stands only where a date
#: may ("En mars", "depuis Mai"): "la planète Mars", "Mai Lan" are names.
MACROS = {
    "DAY": r"(?:1er|1ᵉʳ|[12]\d|3[01]|0?[1-9])",
    "DIGITS": r"(?:\d{1,4}(?:[.,]5)?)",
    "NUMWORD": trie(lx.NUMBERS),
    "UNIT": trie(lx.UNITS),
    "MONTH": names(_FULL_MONTHS),
    "MONTH_FULL": r"(?:" + names(_FULL_MONTHS, capital=False, upper=False) + r"|(?:(?<=^)|(?<=\n)|(?<=[.!?:;]\s)|(?<=\ben\s)|(?<=\bEn\s)"
                  r"|(?<=\bdepuis\s)|(?<=\bjusqu'en\s)|(?<=\bfin\s)|(?<=\bdébut\s)|(?<=\bmi-)|(?<=\bmois\sde\s))"
                  + names(_FULL_MONTHS, lower=False) + ")",
    "MONTH_ABBR": names(sorted(lx.MONTH_ABBREVIATIONS)) + r"\.?",
    "WEEKDAY": r"(?:" + names(lx.WEEKDAYS, capital=False, upper=False) + "|" + names(lx.WEEKDAYS, lower=False) + r"(?!\s+(?-i:Gras|Saint)\b))",
    "WEEKDAY_ANY": names(lx.WEEKDAYS),
    "APOS": r"['’]",
    "NEXT_ADJ": r"(?:prochaine?s?|suivante?s?)",
    "PAST_ADJ": r"(?:dernière?s?|derniers|passée?s?|précédente?s?)",
}


def _triggers() -> dict[str, frozenset[str]]:
    """Word classes that trigger rules: lower-case words (letters only) per class."""
    units = trigger_words(lx.UNITS, lx.CALENDAR_UNITS, extra=("temps", "longtemps", "lendemain", "veille"))
    return {
        "month": trigger_words(lx.MONTHS) | {"mois"},
        "abbr": trigger_words({m: 0 for m in lx.MONTH_ABBREVIATIONS}),
        "weekday": trigger_words(lx.WEEKDAYS) | {w + "s" for w in lx.WEEKDAYS},
        "unit": units,
        "quarter": frozenset({"trimestre", "semestre", "trimestres", "semestres"}),
        "century": frozenset({"siècle", "siècles"}),
        "season": trigger_words(lx.SEASONS),
        "holiday": frozenset({"noël", "noel", "sylvestre", "toussaint", "valentin", "armistice", "fête", "nouvel"}),
        "decade": frozenset({"années", "décennie"}),
        "while": frozenset({"longtemps", "temps"}),
        "deictic": frozenset({"aujourd", "hui", "hier", "demain", "avant", "après", "matin", "matinée", "soir",
                              "soirée", "nuit", "midi", "minuit", "lendemain", "veille"}),
        "set": trigger_words(lx.SETS, extra=("chaque", "tous", "toutes")),
        "ref": trigger_words(lx.REFS) - {"le", "la", "l", "de", "à", "ce", "nos", "jours", "il", "y", "a", "peu"}
        | {"peu", "moment", "instant", "avenir", "passé", "présent", "jour"},
    }


TRIGGERS = _triggers()
