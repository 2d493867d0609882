"""The French rule table: one entry per kind of expression, with runnable examples.

Each rule is data (:class:`chrono.lang.timex.Rule`): a pattern with ``{MACRO}`` placeholders (the
language-neutral ones of :mod:`chrono.timex.patterns` and the pack's own, ``cues.MACROS``), the
TIMEX3 type, the builder of :mod:`chrono.timex.build` that turns a match into a value, modifiers
("début", "fin", "mi-", "plus de", "environ"), flags, and examples ``(text, reference date, extent,
value, type)`` that ``tests/test_lang_fr.py`` runs.

Extents follow TimeML: the article or the demonstrative belongs to the expression ("le 23 août",
"la semaine dernière", "ce mardi"), a preposition does not ("depuis avril", "en mars 2012"), nor a
contraction of one ("du 22 novembre", "au 2 juin": "22 novembre", "2 juin"); "il y a" belongs to the
expression ("il y a deux semaines"), as "plus tard" does ("48 heures plus tard").
"""
from __future__ import annotations

from ...timex import Rule, YearBack

_A = r"['’]"
# an article or a demonstrative that the annotation keeps in the extent
_D = r"(?:(?:le|ce)\s+)"
_DIR_AFTER = r"(?:\s+(?P<dir>dernier|prochain))"

RULES: tuple[Rule, ...] = (
    # ------------------------------------------------------------------ absolute dates
    Rule("date_dmy", r"{B}" + _D + r"?(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?P<day>{DAY})\s+(?P<month>{MONTH}|{MONTH_ABBR})"
         r"\s+(?P<year>{YEAR}){E}",
         "DATE", "date", (
             ("Manifestation de soutien, le 7 avril 2012 à Damas.", "2012-04-08", "le 7 avril 2012", "2012-04-07", "DATE"),
             ("Né le mardi 1er mars 1960 à Alep.", "2012-04-08", "le mardi 1er mars 1960", "1960-03-01", "DATE"),
             ("Eric Le Boucher — 21 février 2011 à 0h00", "2011-02-21", "21 février 2011", "2011-02-21", "DATE"),
             ("Mis à jour le 3 janv. 2011", "2011-01-03", "le 3 janv. 2011", "2011-01-03", "DATE"),
         ), mods="both", triggers=("month", "abbr")),
    Rule("date_numeric", r"{B}(?:le\s+)?(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?P<day>[12]\d|3[01]|0?[1-9])(?P<sep>[./-])(?P<nmon>1[0-2]|0?[1-9])(?P=sep)(?P<year>(?:19|20)\d\d|\d\d)(?![\d./-]*\d)",
         "DATE", "date", (
             ("Publié le 14/10/2017 à 10h32", "2017-10-20", "le 14/10/2017", "2017-10-14", "DATE"),
             ("Publié le 16/06/11 à 00h00", "2011-06-16", "le 16/06/11", "2011-06-16", "DATE"),
         ), triggers=("num",)),
    Rule("date_abbr", r"{B}" + _D + r"?(?P<day>{DAY})\s+(?P<month>{MONTH_ABBR})(?=\s*(?:\(|,|-|–|$|\d|\n))",
         "DATE", "date", (
             ("PARIS, 14 oct. (AFP) - Le gouvernement a annoncé", "2017-10-14", "14 oct.", "2017-10-14", "DATE"),
         ), triggers=("abbr",), reach=24),
    Rule("date_dm_and", r"(?<![\w'/.,-])(?P<x>(?:le\s+)?(?P<day>{DAY}))\s*(?:et|ou|au|-|–)\s*(?:le\s+)?(?:{DAY})\s+(?P<month>{MONTH})(?![\w-])",
         "DATE", "date", (
             ("Le sommet aura lieu entre le 14 et le 16 juin.", "2012-06-01", "le 14", "2012-06-14", "DATE"),
             ("Il se tiendra du 5 au 9 juin.", "2012-06-01", "5", "2012-06-05", "DATE"),
         ), triggers=("month",)),
    Rule("date_dm", r"{B}(?<!Place\s)(?<!place\s)(?<!Rue\s)(?<!rue\s)" + _D + r"?(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?P<day>{DAY})\s+(?P<month>{MONTH})" + _DIR_AFTER + r"?(?![\w-])(?!\s+{YEAR})",
         "DATE", "date", (
             ("Après avoir pris Tripoli le 23 août, la rébellion avançait.", "2011-08-30", "le 23 août", "2011-08-23", "DATE"),
             ("Il a assisté au discours mercredi 3 juillet.", "2013-07-04", "mercredi 3 juillet", "2013-07-03", "DATE"),
             ("Le référendum aura lieu le 15 décembre.", "2012-12-06", "le 15 décembre", "2012-12-15", "DATE"),
             ("Il s'attaque au pouvoir avec son décret du 22 novembre.", "2012-12-06", "22 novembre", "2012-11-22", "DATE"),
             ("Le vote du 1er mars dernier a été annulé.", "2012-06-06", "1er mars dernier", "2012-03-01", "DATE"),
         ), mods="both", triggers=("month",)),
    Rule("month_year", r"{B}(?:(?:le\s+)?mois\s+d(?:e\s+|" + _A + r"))?(?P<month>{MONTH})\s+(?:de\s+l" + _A + r"année\s+)?(?P<year>{YEAR}){E}",
         "DATE", "date", (
             ("Asma el-Assad en septembre 2010.", "2013-01-29", "septembre 2010", "2010-09", "DATE"),
             ("Le conflit dure depuis mars 2011.", "2013-06-27", "mars 2011", "2011-03", "DATE"),
             ("C'était fin août 2011.", "2013-06-27", "fin août 2011", "2011-08", "DATE"),
             ("Le vote aura lieu courant mars 2013.", "2012-06-06", "courant mars 2013", "2013-03", "DATE"),
         ), mods="both", triggers=("month",)),
    Rule("month_relative_after", r"{B}(?:(?:le\s+)?mois\s+d(?:e\s+|" + _A + r"))?(?P<month>{MONTH})\s+(?P<dir>dernier|prochain)(?![\w-])",
         "DATE", "month_relative", (
             ("Il a pris la tête du Front en novembre dernier.", "2013-07-04", "novembre dernier", "2012-11", "DATE"),
             ("Les élections auront lieu en mars prochain.", "2013-07-04", "mars prochain", "2014-03", "DATE"),
         ), mods="range", triggers=("month",)),
    Rule("month_of_this_year", r"{B}(?P<mon2>{MONTH})\s+de\s+(?P<ydir>cette)\s+année(?![\w-])",
         "DATE", "month_relative", (
             ("Il sera jugé en juin de cette année.", "2012-03-01", "juin de cette année", "2012-06", "DATE"),
         ), mods="range", triggers=("month",)),
    Rule("month_of_last_year", r"{B}(?P<mon2>{MONTH})\s+de\s+l" + _A + r"(?:année|an)\s+(?P<ydir>dernière|dernier|prochaine|prochain|passée|précédente|suivante)(?![\w-])",
         "DATE", "month_relative", (
             ("Il a commencé en juin de l'année dernière.", "2012-03-01", "juin de l'année dernière", "2011-06", "DATE"),
         ), mods="range", triggers=("month",)),
    Rule("month", r"{B}(?:(?:le\s+)?mois\s+d(?:e\s+|" + _A + r"))?(?P<month>{MONTH_FULL})(?![\w-])",
         "DATE", "date", (
             ("Environ 3.000 soldats contrôlent depuis avril ce port.", "2011-07-16", "avril", "2011-04", "DATE"),
             ("Elle accoucherait en mars.", "2013-01-29", "mars", "2013-03", "DATE"),
             ("Une conférence est prévue en juillet.", "2013-06-27", "juillet", "2013-07", "DATE"),
             ("Il a été élu mi-juin.", "2013-07-04", "mi-juin", "2013-06", "DATE"),
             ("Le CNS est né fin août à Istanbul.", "2011-10-07", "fin août", "2011-08", "DATE"),
             ("Les pèlerins enlevés en mai sont libres.", "2012-08-17", "mai", "2012-05", "DATE"),
         ), mods="range", params={"bare": True}, triggers=("month",)),
    Rule("year", r"(?<![\w$#€£.,/:'’-])(?:l" + _A + r"(?:année|an)\s+)?(?P<year>{YEAR})(?![\w%/'’-]|[.,:]\d|\s*%|\s+pour\s+cent|\s\d{3}\b)",
         "DATE", "year", (
             ("Amesys, rachetée par Bull en 2010, a équipé le centre.", "2011-08-30", "2010", "2010", "DATE"),
             ("Début 2011, des dirigeants ont approché Amesys.", "2011-08-30", "Début 2011", "2011", "DATE"),
             ("Le régime a changé en l'an 2000.", "2011-08-30", "l'an 2000", "2000", "DATE"),
         ), mods="range", triggers=("num",)),
    Rule("year_range", r"(?<![\w$#€£.,/:'’-])(?P<x>(?P<year>{YEAR}))\s*[-–]\s*(?:{YEAR}|\d\d)(?![\w%/'’-]|[.,:]\d)",
         "DATE", "year", (
             ("En 2011-2012, le pays a connu une crise.", "2013-01-01", "2011", "2011", "DATE"),
         ), mods="range", triggers=("num",)),
    Rule("year_range_second", r"(?<=\d{4}[-–])(?<!opyright\s\d{4}-)(?<!©\s\d{4}-)(?P<year>{YEAR})(?![\w%/'’-]|[.,:]\d)",
         "DATE", "year", (
             ("En 2011-2012, le pays a connu une crise.", "2013-01-01", "2012", "2012", "DATE"),
         ), triggers=("num",), after_hyphen=True),
    Rule("year_range_end", r"(?<![\w$#€£.,/:'’])(?P<year>{YEAR})\s*[-–]\s*(?P<x>(?P<end>\d\d))(?![\w%/'’-]|[.,:]\d)",
         "DATE", "year_range_end", (
             ("La saison 2011-12 a été difficile.", "2013-01-01", "12", "2012", "DATE"),
         ), triggers=("num",), after_hyphen=True),
    Rule("decade", r"{B}(?:les|des)\s+années\s+(?:(?P<decade>19[0-9]0|20[0-2]0|[2-9]0)|(?P<decw>vingt|trente|quarante|cinquante|soixante-dix|soixante|quatre-vingt-dix|quatre-vingts?))(?![\w-])",
         "DATE", "decade", (
             ("Il adhère aux Frères musulmans dans les années 1970.", "2012-12-06", "les années 1970", "197", "DATE"),
             ("Dans les années 80, il enseignait.", "2012-12-06", "les années 80", "198", "DATE"),
             ("Depuis les années 2000, le pays s'ouvre.", "2012-12-06", "les années 2000", "200", "DATE"),
         ), mods="range", triggers=("decade",)),
    Rule("century", r"{B}(?:le\s+)?(?P<ord>(?-i:[XVI]{1,5}))(?:e|ème|è)\s+siècle(?![\w-])",
         "DATE", "century", (
             ("Le pire massacre du XXe siècle.", "2012-06-01", "XXe siècle", "19", "DATE"),
         ), mods="range", triggers=("century",)),
    Rule("quarter", r"{B}(?:le\s+)?(?P<ord>premier|deuxième|second|troisième|quatrième|dernier)\s+trimestre"
                    r"(?:\s+(?:de\s+)?(?:(?P<year>{YEAR})|(?P<yeardir>cette)\s+année))?(?![\w-])",
         "DATE", "quarter", (
             ("Le PIB a reculé au premier trimestre 2011.", "2011-06-01", "premier trimestre 2011", "2011-Q1", "DATE"),
         ), mods="range", triggers=("quarter",), reports_quarter=True),
    Rule("season", r"{B}(?P<dir>cet|ce|l" + _A + r"|le\s)\s*(?P<season>{SEASON})(?:\s+(?P<year>{YEAR}))?(?![\w-])(?!\s+(?:arabe|dernier|prochain)\b|\s+de\s+(?-i:[A-Z]))",
         "DATE", "season", (
             ("Les tentatives se sont multipliées cet été.", "2012-08-17", "cet été", "2012-SU", "DATE"),
             ("Il reviendra à l'automne 2012.", "2012-06-01", "l'automne 2012", "2012-FA", "DATE"),
         ), mods="range", triggers=("season",)),
    Rule("season_in", r"(?:(?<=\bau\s)(?=printemps)|(?<=\ben\s)(?=été|automne|hiver))(?P<season>{SEASON})(?:\s+(?P<year>{YEAR}))?(?![\w-])(?!\s+(?:arabe|de\s+(?-i:[A-Z])))",
         "DATE", "season", (
             ("Le régime est tombé au printemps 2011.", "2012-06-01", "printemps 2011", "2011-SP", "DATE"),
             ("Il viendra en été.", "2012-06-01", "été", "2012-SU", "DATE"),
         ), mods="range", triggers=("season",), reach=24),
    Rule("season_after", r"{B}(?:l" + _A + r"|le\s+)?(?P<season>{SEASON})\s+(?P<dir>dernier|prochain)(?![\w-])",
         "DATE", "season", (
             ("Des manifs ont eu lieu l'été dernier.", "2011-02-21", "l'été dernier", "2010-SU", "DATE"),
         ), mods="range", triggers=("season",)),
    Rule("holiday", r"{B}(?P<h>{HOLIDAY})(?:\s+(?P<year>{YEAR}))?(?![\w-])",
         "DATE", "holiday", (
             ("La trêve durera jusqu'à Noël.", "2012-12-01", "Noël", "2012-12-25", "DATE"),
         ), mods="range", triggers=("holiday",)),
    # ------------------------------------------------------------------ clock times
    Rule("clock", r"{B}(?<![\d.,:])(?P<clock>(?:[01]?\d|2[0-3])(?:h(?:[0-5]\d)?|:[0-5]\d|\s+h\s+[0-5]\d))(?:\s*(?P<tz>(?-i:GMT|UTC))\b|\s+\(?heure\s+(?:locale|de\s+Paris|française)\)?)?(?![\w-]|[.,:]\d)",
         "TIME", "clock", (
             ("Publié le 01/11/11 à 14h58", "2011-11-01", "14h58", "2011-11-01T14:58", "TIME"),
             ("le 6 décembre 2012 à 19:30", "2012-12-06", "19:30", "2012-12-06T19:30", "TIME"),
             ("Le couvre-feu commence à 20h.", "2012-12-06", "20h", "2012-12-06T20:00", "TIME"),
             ("L'attaque a eu lieu vers 10h30 GMT.", "2012-12-06", "vers 10h30 GMT", "2012-12-06T10:30Z", "TIME"),
             ("Manifestation à 15H00 GMT.", "2012-06-05", "15H00 GMT", "2012-06-05T15:00Z", "TIME"),
             ("Le vote s'achève à 20 h 30 (heure locale).", "2012-06-05", "20 h 30 (heure locale)", "2012-06-05T20:30", "TIME"),
         ), mods="quant", triggers=("num",), reach=24),
    Rule("clock_hours", r"(?:(?<=\bà\s)|(?<=\bvers\s)|(?<=\bdès\s)|(?<=\bavant\s)|(?<=\baprès\s)|(?<=\bjusqu'à\s))"
                        r"(?P<clock>(?:[01]?\d|2[0-4]))\s+heures?(?:\s+(?:locales?|du\s+matin))?(?:\s*\(?(?P<tz>(?-i:GMT|UTC))\b\)?)?(?![\w-])",
         "TIME", "clock", (
             ("Le discours commencera à 20 heures.", "2012-12-06", "20 heures", "2012-12-06T20:00", "TIME"),
             ("Il est arrivé mardi vers 15 heures.", "2012-12-06", "vers 15 heures", "2012-12-04T15:00", "TIME"),
         ), mods="quant", triggers=("num",), reach=24),
    Rule("midnight", r"{B}(?P<hourword>minuit|midi)(?![\w-])(?!\s+(?:et\s+demie?|moins)\b)",
         "TIME", "noon", (
             ("Vers minuit, des explosions ont retenti.", "2011-07-16", "Vers minuit", "2011-07-16T24:00", "TIME"),
         ), mods="quant", triggers=("deictic",), reach=16),
    # ------------------------------------------------------------------ relative dates
    Rule("deictic_day", r"(?<!\w)(?P<w>aujourd" + _A + r"hui|avant-hier|après-demain|hier|demain)(?:,?\s+(?:{WEEKDAY_ANY})(?!\s+\d))?(?![\w-])",
         "DATE", "deictic_day", (
             ("Berlusconi a déclaré aujourd'hui que la rébellion n'était pas populaire.", "2011-09-09", "aujourd'hui", "2011-09-09", "DATE"),
             ("Hier, la Syrie a été mise au ban.", "2012-08-17", "Hier", "2012-08-16", "DATE"),
             ("France 24 a condamné hier, samedi, cette agression.", "2012-10-21", "hier, samedi", "2012-10-20", "DATE"),
             ("Le Conseil se réunira demain.", "2012-10-21", "demain", "2012-10-22", "DATE"),
             ("Il est arrivé avant-hier.", "2012-10-21", "avant-hier", "2012-10-19", "DATE"),
         ), mods="range", triggers=("deictic",)),
    Rule("next_day", r"{B}(?<!\bau\s)(?<!\bAu\s)(?P<x>(?:le|la)\s+(?P<unit>(?P<dir>lendemain|veille)))(?![\w-])(?!\s*(?:de|du|des|d['’]|,?\s+au\s+soir)\b)",
         "DATE", "relative_unit", (
             ("Il est arrivé le 3 mai et il est reparti le lendemain.", "2012-06-01", "le lendemain", "2012-05-04", "DATE"),
             ("Il est mort le 12 mars. La veille, il avait parlé.", "2012-06-01", "La veille", "2012-03-11", "DATE"),
         ), triggers=("deictic",), reach=24),
    Rule("relative_unit", r"{B}(?P<dir>cette|cet|ce)\s+(?P<unit>(?!jour\b){CALUNIT})(?:-ci)?(?![\w-])(?!\s*-?\s*l[àa]\b)",
         "DATE", "relative_unit", (
             ("Le chômage baissera cette année.", "2012-06-01", "cette année", "2012", "DATE"),
             ("Il se rendra à Paris cette semaine.", "2012-06-01", "cette semaine", "2012-W22", "DATE"),
             ("Le vote aura lieu ce mois-ci.", "2012-06-01", "ce mois-ci", "2012-06", "DATE"),
             ("Des combats ont eu lieu ce week-end.", "2012-06-01", "ce week-end", "2012-W22-WE", "DATE"),
         ), mods="range", triggers=("unit",), year_back=YearBack.DEICTIC),
    Rule("relative_unit_after", r"{B}(?:(?:la|le|l" + _A + r")\s*)?(?P<unit>{CALUNIT})\s+(?P<dir>dernière|dernier|prochaine|prochain|passée|passé|précédente|précédent|suivante|suivant|en\s+cours)(?![\w-])",
         "DATE", "relative_unit", (
             ("Le CNT déménagera à Tripoli la semaine prochaine.", "2011-08-30", "la semaine prochaine", "2011-W36", "DATE"),
             ("Il a rencontré des députés la semaine dernière.", "2011-10-03", "la semaine dernière", "2011-W39", "DATE"),
             ("Le PIB a crû l'an dernier.", "2011-10-03", "l'an dernier", "2010", "DATE"),
             ("Il a été élu l'année précédente.", "2011-10-03", "l'année précédente", "2010", "DATE"),
             ("Ils sont morts en milieu de semaine dernière.", "2013-09-02", "milieu de semaine dernière", "2013-W35", "DATE"),
         ), mods="range", triggers=("unit",), year_back=YearBack.DEICTIC),
    Rule("that_unit", r"{B}(?P<x>(?:ce|cet|cette)\s+(?P<unit>jour|semaine|mois|année|an|matin|soir|nuit)\s*-?\s*l[àa])(?![\w-])",
         "DATE", "that_unit", (
             ("Il est arrivé le 12 septembre 2001. Ce jour-là, il pleuvait.", "2001-10-01", "Ce jour-là", "2001-09-12", "DATE"),
         ), mods="range", triggers=("unit",)),
    Rule("part_of_year", r"(?:(?<=début\sde\s)|(?<=fin\sde\s)|(?<=milieu\sde\s))(?P<x>l" + _A + r"(?P<yr>année))(?![\w-])(?!\s+(?:dernière|prochaine|précédente|suivante|en|\d))",
         "DATE", "the_unit", (
             ("Jusqu'au soulèvement au début de l'année, il entretenait des rapports.", "2011-09-09", "début de l'année", "2011", "DATE"),
             ("La loi sera votée à la fin de l'année.", "2012-04-08", "la fin de l'année", "2012", "DATE"),
         ), mods="range", triggers=("unit",), reach=24),
    Rule("part_of_year_d", r"(?:(?<=début\s)|(?<=fin\s)|(?<=milieu\s))(?P<x>d" + _A + r"(?P<yr>année))(?![\w-])",
         "DATE", "the_unit", (
             ("La Ligue avait déployé en début d'année des observateurs.", "2012-04-08", "début d'année", "2012", "DATE"),
         ), mods="range", triggers=("unit",), reach=24),
    Rule("part_of_unit", r"(?:(?<=début\s)|(?<=fin\s)|(?<=milieu\s))(?P<x>(?:du\s+(?P<yr>mois)|de\s+la\s+(?P<wk>semaine)))(?![\w-])(?!\s+(?:dernier|dernière|prochain|prochaine|précédent|précédente|suivant|suivante|de|d['’])\b)",
         "DATE", "the_unit", (
             ("Les prix ont monté depuis le début du mois.", "2012-06-06", "le début du mois", "2012-06", "DATE"),
             ("Il rentrera à la fin de la semaine.", "2012-06-06", "la fin de la semaine", "2012-W23", "DATE"),
         ), mods="range", triggers=("unit",), reach=24),
    Rule("part_of_unit_bare", r"(?:(?<=début\s)|(?<=fin\s)|(?<=milieu\s))(?P<x>de\s+(?:(?P<wk>semaine)|(?P<yr>mois)))(?![\w-])(?!\s+(?:dernier|dernière|prochain|prochaine|précédent|précédente|suivant|suivante|de|d['’])\b)",
         "DATE", "the_unit", (
             ("Il rendra sa décision en fin de semaine.", "2012-06-06", "fin de semaine", "2012-W23", "DATE"),
         ), mods="range", triggers=("unit",), reach=24),
    Rule("era_year", r"{B}(?P<year>\d{1,4})\s+av(?:\.|ant)\s+J\.?-?C\.?",
         "DATE", "era_year", (
             ("La ville fut fondée en 300 av. J.-C. par les Grecs.", "2012-06-06", "300 av. J.-C.", "BC0300", "DATE"),
         ), params={"era": "BC"}, triggers=("num",), reach=16),
    Rule("ago", r"{B}(?P<dir>il\s+y\s+a|d" + _A + r"ici|dans)\s+(?:(?:près\s+de|plus\s+de|moins\s+de|environ|quelque|seulement|déjà|presque|à\s+peine)\s+)*"
                 r"(?P<num>{NUMWORD}|{DIGITS})\s+(?P<unit>{UNIT})(?P<half>\s+et\s+demie?)?(?![\w-])",
         "DATE", "ago", (
             ("Les heurts ont débuté il y a une semaine.", "2012-11-27", "il y a une semaine", "2012-W47", "DATE"),
             ("Il est arrivé il y a deux ans.", "2012-11-27", "il y a deux ans", "2010", "DATE"),
             ("Il est mort il y a 14 jours.", "2012-11-27", "il y a 14 jours", "2012-11-13", "DATE"),
             ("La loi sera votée d'ici deux semaines.", "2012-11-27", "d'ici deux semaines", "2012-W50", "DATE"),
             ("Il a été arrêté il y a quelques jours.", "2012-11-27", "il y a quelques jours", "PAST_REF", "DATE"),
         ), mods="both", triggers=("unit",)),
    Rule("a_while", r"{B}(?<!\bplus\s)(?P<x>longtemps)(?![\w-])",
         "DURATION", "fixed", (
             ("La ligne rouge a été dépassée depuis longtemps.", "2013-06-27", "longtemps", "PXY", "DURATION"),
         ), params={"value": "PXY"}, triggers=("while",), reach=24),
    Rule("weekday", r"{B}(?:(?:ce|le)\s+)?(?P<wd>{WEEKDAY})(?:\s+(?P<dir>dernier|prochain|précédent|suivant))?(?![\w-])(?!\s+(?:{DAY})\b)",
         "DATE", "weekday", (
             ("Des milliers de Syriens ont manifesté ce mardi.", "2011-11-01", "ce mardi", "2011-11-01", "DATE"),
             ("Lundi, la répression a fait sept morts.", "2011-11-01", "Lundi", "2011-10-31", "DATE"),
             ("Un village de tentes est installé depuis vendredi.", "2012-11-27", "vendredi", "2012-11-23", "DATE"),
             ("Houda Ben Amer a été arrêtée vendredi dernier.", "2011-09-08", "vendredi dernier", "2011-09-02", "DATE"),
             ("Le plan prévoit le retrait de l'armée des villes mardi.", "2012-04-08", "mardi", "2012-04-10", "DATE"),
             ("Le sommet se tiendra lundi prochain.", "2012-04-08", "lundi prochain", "2012-04-09", "DATE"),
             ("L'Union européenne va adopter vendredi de nouvelles sanctions.", "2012-03-21", "vendredi", "2012-03-23", "DATE"),
         ), mods="range", triggers=("weekday",)),
    Rule("weekday_part", r"{B}(?:(?:ce|le)\s+)?(?P<wd>{WEEKDAY})\s+(?P<part>matin|après-midi|soir|midi)(?:\s+(?P<dir>dernier|prochain))?(?![\w-])",
         "TIME", "weekday", (
             ("Elle a été agressée dimanche soir place Tahrir.", "2012-06-29", "dimanche soir", "2012-06-24TEV", "TIME"),
             ("Les experts ont quitté leur hôtel samedi matin.", "2013-09-02", "samedi matin", "2013-08-31TMO", "TIME"),
         ), mods="range", triggers=("weekday",)),
    Rule("night_of_weekday", r"{B}(?P<x>la\s+(?P<part>nuit|soirée|matinée)\s+(?:de|du)\s+(?P<wd>{WEEKDAY_ANY})(?:\s+(?:à|au)\s+{WEEKDAY_ANY})?)(?![\w-])(?!\s+\d)",
         "TIME", "weekday", (
             ("Des tirs ont été entendus dans la nuit de samedi à dimanche.", "2012-06-04", "la nuit de samedi à dimanche", "2012-06-02TNI", "TIME"),
         ), mods="range", triggers=("weekday",)),
    Rule("part_of_day", r"{B}(?P<dir>cette|cet|ce|la|l" + _A + r")\s*(?P<part>matinée|après-midi|soirée|nuit|matin|soir)(?![\w-])(?!\s+(?:de|du|d['’]|suivante|précédente|même)\b)",
         "TIME", "part_of_day", (
             ("Les heurts ont repris dans la matinée.", "2012-11-27", "la matinée", "2012-11-27TMO", "TIME"),
             ("Il parlera ce soir à la télévision.", "2012-11-27", "ce soir", "2012-11-27TEV", "TIME"),
             ("Le gros des manifestations est attendu dans l'après-midi.", "2012-11-27", "l'après-midi", "2012-11-27TAF", "TIME"),
         ), mods="range", triggers=("deictic",)),
    Rule("part_of_day_evening", r"(?:(?<=\ben\s)|(?<=\bdans\sla\s))(?P<x>(?P<part>soirée|matinée))(?![\w-])(?!\s+(?:de|du|d['’])\b)",
         "TIME", "part_of_day", (
             ("Le gros des manifestations est attendu en soirée.", "2012-11-27", "soirée", "2012-11-27TEV", "TIME"),
         ), mods="range", triggers=("deictic",), reach=16),
    Rule("part_of_day_last", r"{B}(?:la|cette)\s+(?P<part>nuit|soirée|matinée)\s+(?P<dir>dernière)(?![\w-])",
         "TIME", "part_of_day", (
             ("La nuit dernière, des tirs ont retenti.", "2012-06-06", "La nuit dernière", "2012-06-05TNI", "TIME"),
         ), mods="range", triggers=("deictic",)),
    Rule("part_of_day_range", r"(?<!\w)(?P<x>(?:fin|début)\s+(?:de\s+|d['’])(?P<part>après-midi|matinée|soirée|nuit))(?![\w-])",
         "TIME", "part_of_day", (
             ("Les enquêteurs sont arrivés en fin d'après-midi aux Pays-Bas.", "2013-08-31", "fin d'après-midi", "2013-08-31TAF", "TIME"),
         ), triggers=("deictic",), reach=24),
    Rule("part_of_day_after", r"{B}(?P<dir2>hier|aujourd" + _A + r"hui|demain)\s+(?:dans\s+la\s+|en\s+)?(?P<part2>matinée|après-midi|soirée|matin|soir|nuit)(?![\w-])",
         "TIME", "part_of_day", (
             ("Ils ont été arrêtés hier soir.", "2012-06-01", "hier soir", "2012-05-31TEV", "TIME"),
             ("Il partira demain matin.", "2012-06-01", "demain matin", "2012-06-02TMO", "TIME"),
         ), mods="range", triggers=("deictic",)),
    Rule("part_of_day_next", r"{B}(?:le|la)\s+(?P<part2>matin|soir|nuit|soirée|matinée)\s+(?P<dir2>suivante?|précédente?|même)(?![\w-])",
         "TIME", "part_of_day", (
             ("Il est arrivé le 3 mai. Le soir même, il a parlé.", "2012-06-01", "Le soir même", "2012-05-03TEV", "TIME"),
         ), mods="range", triggers=("deictic",)),
    # ------------------------------------------------------------------ durations
    Rule("duration", r"{B}(?:(?:les|des|ces|ses|leurs|nos)\s+)?(?:(?P<adj>derniers|dernières|prochains|prochaines|premiers|premières)\s+)?"
                     r"(?:(?<=pendant\s)|(?<=durant\s)|(?<=depuis\s)|(?<=\ben\s)|(?<=pour\s)|(?<=dans\s)|(?!un\s+jour\b(?!\s+(?:plus|après|avant|supplémentaire)\b)))"
                     r"(?:(?:plus|moins)\s+d['’]|près\s+d['’])?(?P<num>{NUMWORD}|{DIGITS})\s+(?:(?:derniers|dernières|prochains|prochaines|premiers|premières)\s+)?(?!(?-i:[A-Z][a-z]))(?P<unit>{UNIT})"
                     r"(?:\s+(?P<half>et\s+demie?))?(?:\s+(?:plus\s+tard|plus\s+tôt|auparavant|supplémentaires?))?(?![\w-])",
         "DURATION", "duration", (
             ("Kadhafi est traqué depuis cinq mois.", "2011-07-16", "cinq mois", "P5M", "DURATION"),
             ("Les explosions ont duré plus d'une heure.", "2011-07-16", "plus d'une heure", "PT1H", "DURATION"),
             ("La guerre a fait 60 000 morts en un an.", "2013-01-29", "un an", "P1Y", "DURATION"),
             ("Mohamed Morsi, 60 ans, adhère au mouvement.", "2012-12-06", "60 ans", "P60Y", "DURATION"),
             ("Le président Saleh règne depuis trente-deux ans.", "2011-02-21", "trente-deux ans", "P32Y", "DURATION"),
             ("Il a purgé une peine de trois ans et demi.", "2011-10-07", "trois ans et demi", "P3Y6M", "DURATION"),
             ("La fin des combats 48 heures plus tard.", "2012-04-08", "48 heures plus tard", "PT48H", "DURATION"),
             ("Plus de deux ans après le début des affrontements.", "2013-06-27", "Plus de deux ans", "P2Y", "DURATION"),
             ("Temps de lecture : 13 min", "2020-07-23", "13 min", "PT13M", "DURATION"),
             ("Smith filmait quelques minutes après l'annonce.", "2012-06-29", "quelques minutes", "PTXM", "DURATION"),
             ("Les objets sont exposés des années après.", "2011-08-26", "des années", "PXY", "DURATION"),
             ("Un rôle assumé depuis un an et demi.", "2013-07-04", "un an et demi", "P1Y6M", "DURATION"),
             ("Il est utilisé depuis au moins 1 an.", "2013-07-04", "au moins 1 an", "P1Y", "DURATION"),
             ("Le PIB a doublé au cours des dix dernières années.", "2013-07-04", "des dix dernières années", "P10Y", "DURATION"),
             ("Les combats ont duré environ trois heures.", "2013-07-04", "environ trois heures", "PT3H", "DURATION"),
             ("Il est resté en prison pendant un jour.", "2013-07-04", "un jour", "P1D", "DURATION"),
         ), mods="quant", triggers=("unit",), reach=48),
    Rule("duration_range", r"{B}(?P<x>(?P<num>{NUMWORD}|{DIGITS}))\s*(?:à|ou|,|-)\s*(?:{NUMWORD}|{DIGITS})\s+(?P<unit>{UNIT})(?![\w-])",
         "DURATION", "duration", (
             ("Nous sommes visés par des sanctions depuis 30, 35 ans.", "2011-12-07", "30", "P30Y", "DURATION"),
             ("Ils resteront deux ou trois semaines.", "2011-12-07", "deux", "P2W", "DURATION"),
         ), triggers=("unit",), reach=40),
    Rule("vague_duration", r"{B}(?:(?P<adj2>(?:ces|les|des)\s+(?P<adj>derniers|dernières|prochains|prochaines|premiers|premières))\s+)?(?P<unit>secondes|minutes|heures|jours|semaines|mois|années|ans|décennies|siècles)(?:\s+à\s+venir)?(?![\w-])",
         "DURATION", "vague_duration", (
             ("Les trois pays ont appuyé l'opposition ces derniers mois.", "2012-04-08", "ces derniers mois", "PXM", "DURATION"),
             ("Une hypothèse envisagée ces dernières semaines.", "2012-07-20", "ces dernières semaines", "PXW", "DURATION"),
         ), mods="quant", triggers=("unit",), reach=36),
    Rule("coming_units", r"{B}(?P<x>(?:les|des)\s+(?P<unit>jours|semaines|mois|années|heures))(?:\s+et\s+(?:les|des)\s+(?:jours|semaines|mois|années))?\s+(?:à\s+venir|qui\s+viennent)(?![\w-])",
         "DURATION", "the_plural", (
             ("Une réponse dans les semaines à venir.", "2013-07-04", "les semaines", "PXW", "DURATION"),
             ("Une réponse dans les semaines et les mois à venir.", "2013-07-04", "les semaines", "PXW", "DURATION"),
         ), triggers=("unit",)),
    Rule("coming_units_after", r"(?<=\bet\s)(?P<x>(?:les|des)\s+(?P<unit>jours|semaines|mois|années|heures)\s+(?:à\s+venir|qui\s+viennent))(?![\w-])",
         "DURATION", "the_plural", (
             ("Une réponse dans les semaines et les mois à venir.", "2013-07-04", "les mois à venir", "PXM", "DURATION"),
         ), triggers=("unit",)),
    Rule("whole_unit", r"{B}(?:toute\s+la|tout\s+le)\s+(?P<unit>journée|semaine|mois|année|nuit|matinée|soirée)(?![\w-])",
         "DURATION", "set_times", (
             ("Les combats ont duré toute la journée.", "2012-06-01", "toute la journée", "P1D", "DURATION"),
         ), triggers=("unit", "deictic")),
    # ------------------------------------------------------------------ sets
    Rule("set_word", r"{B}(?<!\ble\s)(?<!\bla\s)(?<!\bLe\s)(?<!\bLa\s)(?<!\bau\s)(?<!\bdu\s)(?<!\bun\s)(?<!\bune\s)(?<!\bce\s)(?<!\bnotre\s)(?<!\bvotre\s)(?P<w>{SETWORD})(?![\w-])", "SET", "set_word", (
        ("Les villes sont bombardées quotidiennement.", "2013-01-29", "quotidiennement", "P1D", "SET"),
        ("Il a participé à la prière hebdomadaire.", "2011-09-16", "hebdomadaire", "P1W", "SET"),
    ), triggers=("set",)),
    Rule("set_every", r"{B}(?P<q>chaque|tous\s+les|toutes\s+les)\s+(?:(?P<num>{NUMWORD}|\d{1,3})\s+)?(?P<unit>{UNIT}|{WEEKDAY_ANY}|matins?|soirs?|nuits?)(?:\s+à\s+(?:[01]?\d|2[0-3])(?:\s+heures|h(?:[0-5]\d)?))?(?![\w-])",
         "SET", "set_every", (
             ("Chaque matin, recevez l'essentiel.", "2013-01-29", "Chaque matin", "XXXX-XX-XXTMO", "SET"),
             ("Chaque matin à 8 heures, recevez l'essentiel.", "2013-01-29", "Chaque matin à 8 heures", "XXXX-XX-XXTMO", "SET"),
             ("Des gens meurent tous les jours.", "2013-06-27", "tous les jours", "P1D", "SET"),
             ("Le conseil se réunit tous les six mois.", "2013-06-27", "tous les six mois", "P6M", "SET"),
         ), triggers=("set",)),
    Rule("set_weekdays", r"{B}(?:tous\s+les|les)\s+(?P<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)s(?:\s+(?P<part>matins?|soirs?))?(?![\w-])",
         "SET", "weekday_plural", (
             ("Tous les vendredis matin, l'humeur de Titiou.", "2020-07-23", "Tous les vendredis matin", "XXXX-WXX-5TMO", "SET"),
             ("Ils manifestent tous les vendredis.", "2012-07-23", "tous les vendredis", "XXXX-WXX-5", "SET"),
         ), triggers=("weekday",), reach=24),
    Rule("set_every_other", r"{B}un\s+(?P<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+sur\s+deux(?![\w-])",
         "SET", "weekday_plural", (
             ("Un mercredi sur deux, elles recommandent des séries.", "2020-07-23", "Un mercredi sur deux", "XXXX-WXX-3", "SET"),
         ), triggers=("weekday",), reach=24),
    Rule("set_rate", r"{B}(?<!\d\s)(?:(?:{NUMWORD}|\d{1,3})\s+fois\s+|une\s+fois\s+)?par\s+(?P<unit>jour|semaine|mois|an|année|heure)(?![\w-])",
         "SET", "set_times", (
             ("Ils se réunissent deux fois par mois.", "2012-01-01", "deux fois par mois", "P1M", "SET"),
         ), triggers=("unit",), reach=24),
    # ------------------------------------------------------------------ vague references
    Rule("ref_present", r"(?:(?<=\bà\s)|(?<=\bÀ\s))(?P<x>présent)(?![\w-])", "DATE", "fixed", (
        ("Jusqu'à présent, Hollywood s'était plié aux exigences.", "2020-07-23", "présent", "PRESENT_REF", "DATE"),
    ), params={"value": "PRESENT_REF"}, triggers=("ref",), reach=16),
    Rule("ref", r"(?<!\w)(?P<w>{REF})(?![\w-])", "DATE", "ref", (
        ("Maintenant on sait: du shopping.", "2013-01-29", "Maintenant", "PRESENT_REF", "DATE"),
        ("Mechaal Tamo avait récemment été libéré.", "2011-10-07", "récemment", "PAST_REF", "DATE"),
        ("De nouvelles défections se produiront prochainement.", "2012-08-17", "prochainement", "FUTURE_REF", "DATE"),
        ("Ils ne sont pas, à ce jour, identifiés.", "2012-10-21", "ce jour", "PRESENT_REF", "DATE"),
        ("Qui plus est dans le contexte actuel.", "2013-07-04", "actuel", "PRESENT_REF", "DATE"),
        ("À l'avenir, les États-Unis agiront seuls.", "2013-07-04", "l'avenir", "FUTURE_REF", "DATE"),
        ("Alors qu'il y a peu, des jeunes manifestaient.", "2012-06-29", "il y a peu", "PAST_REF", "DATE"),
    ), triggers=("ref",)),
)
