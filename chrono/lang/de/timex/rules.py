"""The German rule table: one entry per kind of expression, with runnable examples.

Each rule is data (:class:`chrono.lang.timex.Rule`): a pattern with ``{MACRO}`` placeholders (the
language-neutral ones of :mod:`chrono.timex.patterns` and the pack's own, ``cues.MACROS``), the
TIMEX3 type, the builder of :mod:`chrono.timex.build`, modifiers ("Anfang", "Ende", "rund"), flags,
and examples ``(text, reference date, extent, value, type)`` that ``tests/test_lang_de.py`` runs.

Extents follow KRAUTS (TimeML adapted to German): the preposition, fused or not, stays out
("am [Montag]", "im [Jahr 2011]", "vor [drei Wochen]", "seit [zehn Jahren]": a duration), an article
before an adjective of direction stays in ("in [der kommenden Woche]"), "Anfang", "Mitte", "Ende"
are modifiers inside the extent ("[Ende Dezember]").
"""
from __future__ import annotations

from ...timex import Rule, YearBack

RULES: tuple[Rule, ...] = (
    # ------------------------------------------------------------------ absolute dates
    Rule("date_dmy", r"{B}(?:(?P<wd>{WEEKDAY}),?\s+(?:(?:den|dem)\s+)?)?(?P<day>{DAY})\s*(?P<month>{MONTH})\s*,?\s*(?P<year>{YEAR}){E}",
         "DATE", "date", (
             ("Der Vertrag wurde am 3. Oktober 1990 unterzeichnet.", "2017-10-14", "3. Oktober 1990", "1990-10-03", "DATE"),
             ("Bozen, 14. Oktober 2017", "2017-10-14", "14. Oktober 2017", "2017-10-14", "DATE"),
             ("Er starb am Montag, den 5. Juni 1950.", "2000-06-01", "Montag, den 5. Juni 1950", "1950-06-05", "DATE"),
         ), mods="both", triggers=("month",)),
    Rule("date_numeric", r"{B}(?P<day>[12]\d|3[01]|0?[1-9])\.\s?(?P<nmon>1[0-2]|0?[1-9])\.\s?(?P<year>(?:19|20)\d\d|\d\d)(?![\d.]*\d)",
         "DATE", "date", (
             ("Konzert im Waltherhaus, 30.11.2013, 17.00 Uhr", "2013-11-30", "30.11.2013", "2013-11-30", "DATE"),
             ("Das Gesetz vom 23. 3. 1976 gilt.", "2013-10-29", "23. 3. 1976", "1976-03-23", "DATE"),
         ), triggers=("num",)),
    Rule("date_numeric_dm", r"{B}(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<day>[12]\d|3[01]|0?[1-9])\.(?P<nmon>1[0-2]|0?[1-9])\.(?![\d]|\s?(?:19|20)\d\d)",
         "DATE", "date", (
             ("Die Ausstellung ist bis 30.11. geöffnet.", "2013-11-20", "30.11.", "2013-11-30", "DATE"),
         ), triggers=("num",), reach=24),
    Rule("date_dm_range", r"(?<![\w.])(?P<x>(?P<day>{DAY}))\s*(?:bis|und|-|–|/)\s*(?:zum\s+)?(?:[12]\d|3[01]|0?[1-9])\.\s*(?P<month>{MONTH})(?![\w-])",
         "DATE", "date", (
             ("Die Gruppe gastiert vom 5. bis 22. November in Südtirol.", "2013-10-11", "5.", "2013-11-05", "DATE"),
         ), triggers=("month",)),
    Rule("date_dm", r"{B}(?:(?P<wd>{WEEKDAY}),?\s+(?:(?:den|dem)\s+)?)?(?P<day>{DAY})\s*(?P<month>{MONTH})(?![\w-])",
         "DATE", "date", (
             ("Die Verbände laden am Donnerstag, 25. Februar um 20.30 Uhr ein.", "2010-02-20", "Donnerstag, 25. Februar", "2010-02-25", "DATE"),
             ("Start war am 1. Juli.", "2013-09-13", "1. Juli", "2013-07-01", "DATE"),
             ("Bei der Abstimmung am 21. Dezember fehlten sie.", "2016-01-14", "21. Dezember", "2015-12-21", "DATE"),
         ), mods="both", triggers=("month",)),
    Rule("month_range", r"{B}(?P<x>(?P<month>{MONTH_FULL}))\s*(?:und|bis|-|–)\s*{MONTH_FULL}\s+(?P<year>{YEAR}){E}",
         "DATE", "date", (
             ("Zwischen Januar und März 2013 stieg die Zahl.", "2013-11-14", "Januar", "2013-01", "DATE"),
         ), mods="range", triggers=("month",)),
    Rule("month_year", r"{B}(?P<month>{MONTH})\s*,?\s+(?P<year>{YEAR}){E}",
         "DATE", "date", (
             ("Der Verband wurde im November 1970 gegründet.", "2010-05-08", "November 1970", "1970-11", "DATE"),
         ), mods="both", triggers=("month",)),
    Rule("month_of_year", r"{B}(?P<mon2>{MONTH_FULL})\s+(?P<ydir>{THIS}|{LAST}|{NEXT})\s+Jahres(?![\w-])",
         "DATE", "month_relative", (
             ("Der Bau beginnt ab Juli dieses Jahres.", "2011-03-18", "Juli dieses Jahres", "2011-07", "DATE"),
             ("Im März vergangenen Jahres stieg die Zahl.", "2011-03-18", "März vergangenen Jahres", "2010-03", "DATE"),
         ), mods="range", triggers=("month",)),
    Rule("month_relative", r"{B}(?:{ART}\s+)?(?P<dir>{NEXT}|{LAST}|{THIS})\s+(?P<month>{MONTH_FULL})(?![\w-])",
         "DATE", "month_relative", (
             ("Im vergangenen April schloss das Werk.", "2011-10-01", "vergangenen April", "2011-04", "DATE"),
         ), mods="range", triggers=("month",)),
    Rule("month", r"{B}(?P<month>{MONTH_FULL})(?![\w-])",
         "DATE", "date", (
             ("Im September waren 26 Millionen ohne Job.", "2013-11-14", "September", "2013-09", "DATE"),
             ("Das Gesetz soll Anfang Dezember abgestimmt werden.", "2013-10-05", "Anfang Dezember", "2013-12", "DATE"),
             ("Meran. Ende Dezember war die Lage anders.", "2016-01-14", "Ende Dezember", "2015-12", "DATE"),
         ), mods="range", params={"bare": True}, triggers=("month",)),
    Rule("year", r"(?<![\w$#€£.,/:'])(?:(?-i:Jahr|Jahres|Jahre)\s+)?(?P<year>{YEAR})(?:er(?=\s+Jahre))?(?![\w%/'-]|[.,:]\d|\s*(?:%|Prozent))",
         "DATE", "year", (
             ("Das Problem begann mit der Nachfolgerin, die 1928 gegründet wurde.", "2010-04-21", "1928", "1928", "DATE"),
             ("Davon starben 2000 im Jahr 2011.", "2013-10-05", "Jahr 2011", "2011", "DATE"),
             ("Die Arbeitslosigkeit stieg seit 2008.", "2013-11-14", "2008", "2008", "DATE"),
             ("Der Tunnel soll Ende 2016 fertig sein.", "2013-11-14", "Ende 2016", "2016", "DATE"),
             ("Die Krim, die Russland 2014 annektierte, bleibt umstritten.", "2018-05-16", "2014", "2014", "DATE"),
             ("Bei der Unterhauswahl 2010 verlor Labour.", "2018-05-16", "2010", "2010", "DATE"),
         ), mods="range", params={"capitalised_nouns": True}, triggers=("num",)),
    Rule("year_range", r"(?<![\w$#€£.,/:'])(?P<x>(?P<year>{YEAR}))\s*[-–/]\s*(?:{YEAR}|\d\d)(?![\w%/'-]|[.,:]\d)",
         "DATE", "year", (
             ("Der letzte Eintrag ist von 2013-2014 und damit alt.", "2018-05-16", "2013", "2013", "DATE"),
         ), params={"capitalised_nouns": True}, triggers=("num",), reach=16),
    Rule("decade", r"{B}(?:(?P<decade>(?:19|20)?[0-9]0)er|(?P<decw>zwanziger|dreißiger|dreissiger|vierziger|fünfziger|sechziger|siebziger|achtziger|neunziger))(?:[\s-]+Jahren?|[\s-]+Jahre)(?![\w-])",
         "DATE", "decade", (
             ("In den 1990er Jahren wuchs die Stadt.", "2013-11-14", "1990er Jahren", "199", "DATE"),
             ("Der Film der achtziger Jahre lief.", "2013-11-14", "achtziger Jahre", "198", "DATE"),
             ("Er spielte in den 70er Jahren bei Decca.", "2018-05-16", "70er Jahren", "197", "DATE"),
             ("Sie starb Mitte der 80er-Jahre.", "2018-05-16", "Mitte der 80er-Jahre", "198", "DATE"),
         ), mods="range", triggers=("decade", "num")),
    Rule("century", r"{B}(?P<ord>\d{1,2}(?=\.)|{ORDINAL})\.?\s+Jahrhunderts?(?![\w-])",
         "DATE", "century", (
             ("Die Kirche stammt aus dem 19. Jahrhundert.", "2013-11-14", "19. Jahrhundert", "18", "DATE"),
             ("Bis zum dritten Jahrhundert blieb es so.", "2013-11-14", "dritten Jahrhundert", "02", "DATE"),
         ), mods="range", triggers=("century",)),
    Rule("quarter", r"{B}(?:{ART}\s+)?(?P<ord>ersten|zweiten|dritten|vierten|letzten)\s+Quartals?(?:\s+(?:(?P<year>{YEAR})|(?P<yeardir>{THIS}|{LAST}|{NEXT})\s+Jahres))?(?![\w-])",
         "DATE", "quarter", (
             ("Im dritten Quartal 2013 stieg der Umsatz.", "2013-11-14", "dritten Quartal 2013", "2013-Q3", "DATE"),
         ), mods="range", triggers=("quarter",), reports_quarter=True),
    Rule("season", r"{B}(?:(?P<dir>{THIS}|{LAST}|{NEXT}|{ART})\s+)?(?P<season>{SEASON})(?:\s+(?P<year>{YEAR}))?(?![\w-])",
         "DATE", "season", (
             ("Gastrini war im Herbst 2011 in Rom.", "2013-11-08", "Herbst 2011", "2011-FA", "DATE"),
             ("Der Bau beginnt im kommenden Sommer.", "2013-11-08", "kommenden Sommer", "2014-SU", "DATE"),
         ), mods="range", triggers=("season",)),
    Rule("holiday", r"{B}(?<!St\.\s)(?<!Sankt\s)(?P<h>{HOLIDAY})(?:\s+(?P<year>{YEAR}))?(?![\w-])",
         "DATE", "holiday", (
             ("Der Markt ist bis Weihnachten geöffnet.", "2013-11-30", "Weihnachten", "2013-12-25", "DATE"),
         ), mods="range", triggers=("holiday",)),
    # ------------------------------------------------------------------ clock times
    Rule("clock_after_day", r"{B}(?:(?P<rel>heute|gestern|morgen|vorgestern|übermorgen)|(?P<wd>{WEEKDAY})|(?P<day>{DAY})\s*(?P<month>{MONTH}))(?:\s+(?:{PART}|morgen|abend|früh|vormittag|nachmittag))?,?\s+(?:um|ab|gegen|von|bis)\s+"
                               r"(?P<x>(?P<clock>(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?)\s*Uhr\b)",
         "TIME", "clock", (
             ("Er war gestern morgen um 8.30 Uhr in Rom.", "2011-03-18", "8.30 Uhr", "2011-03-17T08:30", "TIME"),
             ("Die Verbände laden am Donnerstag, 25. Februar um 20.30 Uhr ein.", "2010-02-20", "20.30 Uhr", "2010-02-25T20:30", "TIME"),
         ), triggers=("deictic",), reach=60),
    Rule("clock", r"{B}(?<![\d.,:])(?P<clock>(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?)\s*(?:Uhr\b|h\b)(?:\s+(?:morgens|früh|abends|nachts))?",
         "TIME", "clock", (
             ("Die Verbände laden um 20.30 Uhr in die Aula.", "2010-02-20", "20.30 Uhr", "2010-02-20T20:30", "TIME"),
             ("Heute und morgen ist offen. Beginn ist um 20 Uhr im Forum.", "2013-11-30", "20 Uhr", "2013-11-30T20:00", "TIME"),
         ), mods="quant", params={"anchored": True}, triggers=("deictic",), reach=20),
    Rule("clock_range", r"{B}(?<![\d.,:])(?P<x>(?P<clock>(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?))\s*(?:-|–|bis)\s*(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*Uhr\b",
         "TIME", "clock", (
             ("Geöffnet ist von 14.30-18 Uhr im Pfarrsaal.", "2013-11-30", "14.30", "2013-11-30T14:30", "TIME"),
         ), params={"anchored": True}, triggers=("deictic",), reach=28),
    # ------------------------------------------------------------------ relative dates
    Rule("deictic_day", r"{B}(?P<w>heute|gestern|vorgestern|übermorgen|(?-i:morgen)|(?<![\w,;]\s)(?-i:Morgen)(?=\s+(?-i:[a-zäöü])))(?![\w-])(?!\s+(?:{PART}|früh)\b)",
         "DATE", "deictic_day", (
             ("Das erklärte der Minister gestern in Rom.", "2013-11-08", "gestern", "2013-11-07", "DATE"),
             ("Heute um 19.30 Uhr beginnt das Fest.", "2013-09-23", "Heute", "2013-09-23", "DATE"),
             ("Geöffnet ist heute und morgen.", "2013-11-30", "morgen", "2013-12-01", "DATE"),
         ), mods="range", triggers=("deictic",)),
    Rule("this_year", r"{B}(?P<yr>heuer)(?![\w-])", "DATE", "the_unit", (
        ("Die Saison war heuer lang.", "2013-09-13", "heuer", "2013", "DATE"),
    ), triggers=("deictic",)),
    Rule("part_of_day", r"{B}(?P<dir2>heute|gestern|morgen|vorgestern|übermorgen)\s+(?P<part2>{PART}|morgen|abend|nachmittag|vormittag|nacht|früh)(?![\w-])",
         "TIME", "part_of_day", (
             ("Das Ergebnis stand gestern Abend fest.", "2016-01-14", "gestern Abend", "2016-01-13TEV", "TIME"),
             ("Er war gestern morgen in Rom.", "2011-03-18", "gestern morgen", "2011-03-17TMO", "TIME"),
         ), mods="range", triggers=("deictic",)),
    # a bare part of day is of the day last told (KRAUTS: "gestern morgen ... am Nachmittag" is yesterday
    # afternoon, "am nächsten Tag ... über Nacht" that night), else of the publication day
    Rule("part_of_day_bare", r"(?<![\w-])(?P<dir>am|in\sder|über)\s(?P<x>(?P<part>Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht))(?![\w-])",
         "TIME", "part_of_day", (
             ("Beide traten dann am Nachmittag auf.", "2011-03-18", "Nachmittag", "2011-03-18TAF", "TIME"),
             ("Er war gestern morgen in Rom. Beide traten dann am Nachmittag die Reise an.", "2011-03-18", "Nachmittag", "2011-03-17TAF", "TIME"),
         ), mods="range", triggers=("deictic",), reach=20),
    Rule("part_of_day_this", r"{B}(?P<dir>diesem|diesen|dieser)\s+(?P<part>(?-i:Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht))(?![\w-])",
         "TIME", "part_of_day", (
             ("An diesem Morgen traf sich der Papst mit Gläubigen.", "2018-05-16", "diesem Morgen", "2018-05-16TMO", "TIME"),
         ), mods="range", triggers=("deictic",)),
    Rule("weekday_part", r"{B}(?P<wd>{WEEKDAY})(?P<part>(?-i:vormittag|nachmittag|abend|morgen|mittag|nacht|früh))(?![\w-])",
         "TIME", "weekday", (
             ("Am Montagvormittag trafen sie sich.", "2010-04-21", "Montagvormittag", "2010-04-19TMO", "TIME"),
             ("Der Gemeinderat sprach sich am Dienstagabend dafür aus.", "2016-01-14", "Dienstagabend", "2016-01-12TEV", "TIME"),
         ), mods="range", triggers=("weekday",)),
    Rule("weekday_part_spaced", r"{B}(?P<wd>{WEEKDAY})\s+(?P<part>(?-i:[Vv]ormittag|[Nn]achmittag|[Aa]bend|[Nn]acht|früh|morgen))(?![\w-])",
         "TIME", "weekday", (
             ("Die Sendung am Samstag abend war ein Erfolg.", "1994-05-16", "Samstag abend", "1994-05-14TEV", "TIME"),
         ), mods="range", triggers=("weekday",)),
    Rule("relative_unit", r"{B}(?:{ART}\s+)?(?P<dir>{NEXT}|{LAST}|{THIS}|darauffolgenden|darauffolgende|übernächsten|übernächste|vorvergangenen|selben|gleichen)\s+(?P<unit>{CALUNIT1})(?![\w-])",
         "DATE", "relative_unit", (
             ("Die Reise wird nächstes Jahr vorgestellt.", "2010-02-20", "nächstes Jahr", "2011", "DATE"),
             ("Sie treffen sich in der kommenden Woche.", "2013-10-05", "der kommenden Woche", "2013-W41", "DATE"),
             ("Im vergangenen Jahr kamen 1700.", "2013-10-05", "vergangenen Jahr", "2012", "DATE"),
             ("Noch innerhalb dieses Jahres wird es enden.", "2010-04-21", "dieses Jahres", "2010", "DATE"),
             ("Am nächsten Tag wurde gezählt.", "2010-08-14", "nächsten Tag", "2010-08-15", "DATE"),
             ("Dieses Jahr hat er den Kurs gemacht.", "2018-05-16", "Dieses Jahr", "2018", "DATE"),
         ), mods="range", params={"capitalised_nouns": True}, triggers=("unit",), year_back=YearBack.DEICTIC),
    Rule("that_unit", r"{B}(?P<x>(?:jene[mnrs]?|de[mnrs]selben|derselben)\s+(?P<unit>(?-i:Tag|Tages|Woche|Monat|Monats|Jahr|Jahres)))(?![\w-])",
         "DATE", "that_unit", (
             ("Er kam am 3. Mai 2011. An jenem Tag regnete es.", "2013-11-14", "jenem Tag", "2011-05-03", "DATE"),
         ), mods="range", triggers=("unit",)),
    Rule("the_year", r"(?:(?<=\bEnde\sdes\s)|(?<=\bAnfang\sdes\s)|(?<=\bMitte\sdes\s)|(?<=\bBeginn\sdes\s)|(?<=\bLaufe\sdes\s))(?P<yr>(?-i:Jahres))(?![\w-])",
         "DATE", "the_unit", (
             ("Bis Ende des Jahres soll alles fertig sein.", "2018-05-16", "Ende des Jahres", "2018", "DATE"),
         ), mods="range", triggers=("unit",), reach=24),
    Rule("the_day_before", r"{B}(?P<dir>(?-i:Vor|Folge))(?P<unit>(?-i:tag|jahr|monat|woche))(?:es|s)?(?![\w-])",
         "DATE", "relative_unit", (
             ("Am Vortag hatte es geregnet.", "2013-11-08", "Vortag", "2013-11-07", "DATE"),
         ), params={"capitalised_nouns": True}, triggers=("unit",)),
    Rule("weekend", r"(?:(?<=\bam\s)|(?<=\bübers\s))(?P<wk>Wochenende)(?![\w-])",
         "DATE", "the_unit", (
             ("Die Athleten starten am Wochenende.", "2014-01-10", "Wochenende", "2014-W02-WE", "DATE"),
         ), mods="range", triggers=("unit",)),
    Rule("in_time", r"{B}(?P<dir>in|binnen)\s+(?P<num>{NUMWORD}|{DIGITS})\s+(?P<unit>{UNIT})(?=\s+(?:wird|werden|soll|will|ist|kommt|beginnt|startet|endet|folgt)\b)",
         "DATE", "ago", (
             ("In zwei Wochen wird gewählt.", "2013-10-05", "In zwei Wochen", "2013-W42", "DATE"),
         ), triggers=("unit",)),
    Rule("weekday", r"{B}(?:(?P<dir>{NEXT}|{LAST}|{THIS})\s+)?(?P<wd>{WEEKDAY})(?![\w-])",
         "DATE", "weekday", (
             ("Die Sportler der Genossenschaft sind am Samstag angetreten.", "2010-05-10", "Samstag", "2010-05-08", "DATE"),
             ("Eurosur steht am Mittwoch zur Abstimmung.", "2013-10-05", "Mittwoch", "2013-10-02", "DATE"),
             ("Am heutigen Samstag beginnt um 11 Uhr die Feier.", "2011-04-30", "Samstag", "2011-04-30", "DATE"),
             ("Das Treffen ist am kommenden Montag.", "2011-04-30", "kommenden Montag", "2011-05-02", "DATE"),
         ), mods="range", triggers=("weekday",)),
    # ------------------------------------------------------------------ durations
    Rule("duration", r"{B}(?<!\bab\s)(?<!\bunter\s)(?:(?:{ART}\s+)?(?P<adj>vergangenen|letzten|nächsten|kommenden|ersten|ganzen|folgenden|weiteren)\s+)?"
                     r"(?P<num>{NUMWORD}|{DIGITS})(?:\s+(?:weitere|weiteren|ganze|ganzen|volle|vollen|lange|langen))?(?:\s+|-)(?P<unit>{UNIT})"
                     r"(?P<half>\s+und\s+einhalb)?(?!\w|(?-i:-[a-zäöü\d]))",
         "DURATION", "duration", (
             ("Der Vorfall liegt rund drei Wochen zurück.", "2010-08-14", "drei Wochen", "P3W", "DURATION"),
             ("Vor 90 Jahren wurde es verboten.", "2013-08-29", "90 Jahren", "P90Y", "DURATION"),
             ("Innerhalb von sechs Monaten wird gebaut.", "2010-05-10", "sechs Monaten", "P6M", "DURATION"),
             ("In den vergangenen beiden Jahren kamen viele.", "2013-10-05", "den vergangenen beiden Jahren", "P2Y", "DURATION"),
             ("Es vergeht kaum ein Tag ohne Streit.", "2010-07-14", "ein Tag", "P1D", "DURATION"),
             ("Die 14-Tage-Frist läuft.", "2010-10-12", "14-Tage", "P14D", "DURATION"),
             ("Vor einigen Tagen hielten Beamte ein Auto an.", "2013-12-17", "einigen Tagen", "PXD", "DURATION"),
         ), mods="quant", triggers=("unit",)),
    Rule("vague_duration", r"{B}(?:(?:den|die|der)\s+(?P<adj>vergangenen|letzten|kommenden|nächsten|ersten|folgenden)\s+)?(?P<unit>Sekunden|Minuten|Stunden|Tagen|Tage|Wochen|Monaten|Monate|Jahren|Jahre|Jahrzehnten|Jahrzehnte|Jahrhunderten|Jahrhunderte)(?![\w-])",
         "DURATION", "vague_duration", (
             ("In den vergangenen Jahren kamen viele.", "2013-10-05", "den vergangenen Jahren", "PXY", "DURATION"),
             ("Mugnano arbeitet seit Jahren mit.", "2013-12-06", "Jahren", "PXY", "DURATION"),
         ), mods="quant", triggers=("unit",)),
    Rule("long_adverb", r"{B}(?P<num>)(?P<unit>(?-i:[Ss]tunden|[Tt]age|[Ww]ochen|[Mm]onate|[Jj]ahre|[Jj]ahrzehnte))lang(?:e|en|er|es|em)?(?![\w-])",
         "DURATION", "duration", (
             ("Die Verhandlungen dauerten wochenlang.", "2013-11-14", "wochenlang", "PXW", "DURATION"),
             ("Nach jahrelangem Streit gab es eine Lösung.", "2013-11-14", "jahrelangem", "PXY", "DURATION"),
         ), triggers=("lang",)),
    Rule("age_adjective", r"{B}(?P<num>\d{1,3}|{NUMWORD})-?(?P<unit>tägig|wöchig|monatig|stündig)(?:e|en|er|es|em)?(?![\w-])",
         "DURATION", "long_duration", (
             ("Nach der 3-tägigen Tagung ging es heim.", "2010-04-21", "3-tägigen", "P3D", "DURATION"),
         ), mods="quant", triggers=("num",)),
    # ------------------------------------------------------------------ sets
    Rule("set_word", r"{B}(?P<w>{SETWORD})(?![\w-])", "SET", "set_word", (
        ("Die Steuerzahler zahlen jährlich drei Millionen.", "2016-01-05", "jährlich", "P1Y", "SET"),
        ("Die Eltern zahlen die monatlichen Beiträge.", "2010-02-20", "monatlichen", "P1M", "SET"),
    ), triggers=("set",)),
    Rule("set_every", r"{B}(?P<q>jede[nrs]?)\s+(?:(?P<num>{NUMWORD}|\d{1,3})\s+)?(?P<unit>(?-i:Sekunde|Minute|Stunde|Tag|Woche|Wochenende|Monat|Quartal|Jahr|Jahrzehnt)|{WEEKDAY}|(?-i:Morgen|Abend|Nacht))(?![\w-])",
         "SET", "set_every", (
             ("Der Markt ist jeden Samstag offen.", "2013-11-30", "jeden Samstag", "XXXX-WXX-6", "SET"),
             ("Sie trainieren jede Woche.", "2013-11-30", "jede Woche", "P1W", "SET"),
         ), triggers=("set",)),
    Rule("set_rate", r"{B}(?:(?:ein|zwei|drei|vier|\d+)mal|(?:{NUMWORD}|\d{1,3})\s+Mal)\s+(?:pro|im|in\s+der|am|die|den)\s+(?P<unit>Tag|Woche|Monat|Jahr|Stunde)(?![\w-])",
         "SET", "set_times", (
             ("Er kommt zweimal pro Woche.", "2013-11-30", "zweimal pro Woche", "P1W", "SET"),
         ), triggers=("set",)),
    Rule("set_per", r"{B}(?:pro|je)\s+(?P<unit>(?-i:Tag|Woche|Monat|Jahr|Stunde|Quartal))(?![\w-])",
         "SET", "set_times", (
             ("Er rechnet mit 125 Euro pro Jahr.", "2013-11-30", "pro Jahr", "P1Y", "SET"),
         ), triggers=("unit",), reach=12),
    Rule("weekday_set", r"{B}(?P<wd>(?-i:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag))s(?![\w-])",
         "SET", "weekday_plural", (
             ("Das Museum ist sonntags geschlossen.", "2013-11-30", "sonntags", "XXXX-WXX-7", "SET"),
         ), triggers=("weekday",)),
    # ------------------------------------------------------------------ vague references
    Rule("ref", r"{B}(?P<w>{REF})(?![\w-])", "DATE", "ref", (
        ("Jetzt gelang es dem Zentrum.", "2015-11-26", "Jetzt", "PRESENT_REF", "DATE"),
        ("Damals hatte er nichts gesagt.", "2016-01-14", "Damals", "PAST_REF", "DATE"),
        ("Für zehn Bauernhöfe wird es bald ein Ende haben.", "2010-04-21", "bald", "FUTURE_REF", "DATE"),
    ), triggers=("ref",)),
    Rule("ref_ex", r"{B}(?P<x>(?-i:Ex))(?=-\w)", "DATE", "fixed", (
        ("Er hatte erklärt, Ex-Carabiniere zu sein.", "2013-11-08", "Ex", "PAST_REF", "DATE"),
    ), params={"value": "PAST_REF"}, triggers=("ref",), reach=8),
)
