"""The Spanish rule table: one entry per kind of expression, with runnable examples.

Each rule is data (:class:`chrono.lang.timex.Rule`): a pattern with ``{MACRO}`` placeholders (the
language-neutral ones of :mod:`chrono.timex.patterns` and the pack's own, ``cues.MACROS``), the
TIMEX3 type, the builder of :mod:`chrono.timex.build` that turns a match into a value, modifiers
("principios de", "más de"), flags, and examples ``(text, reference date, extent, value, type)``
that ``tests/test_lang_es.py`` runs.

Extents follow the TempEval-3 Spanish annotation: the article or its contraction belongs to the
expression ("el 19 de mayo", "del pasado año", "la próxima semana"), as do "hace" ("hace tres días")
and "después" ("un día después"); a bare number after "de" is an age or a length ("de 72 años",
DURATION).
"""
from __future__ import annotations

from ...timex import Rule, YearBack

# an article or a contraction that the annotation keeps in the extent
_D = r"(?:(?:el|la|los|las|del|al)\s+)"
# "pasado" / "próximo" before a date: "el pasado 2 de marzo", "el próximo 25 de julio"
_DIR_BEFORE = r"(?:(?:(?P<dir>pasado|pr[óo]ximo)\s+)?(?:día\s+)?)"
_DIR_AFTER = r"(?:\s+(?P<dir2>pasado|pr[óo]ximo)s?)"

RULES: tuple[Rule, ...] = (
    # ------------------------------------------------------------------ absolute dates
    Rule("date_dmy", r"{B}" + _D + r"?(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?" + _DIR_BEFORE + r"?(?P<day>{DAY})\s+de\s+(?P<month>{MONTH})"
         r",?\s+(?:de|del)\s+(?:año\s+)?(?P<year>{YEAR}){E}",
         "DATE", "date", (
             ("La sentencia se dictó el 19 de mayo de 1999 en Madrid.", "2000-06-01", "el 19 de mayo de 1999", "1999-05-19", "DATE"),
             ("Nació el lunes 5 de junio de 1950.", "2000-06-01", "el lunes 5 de junio de 1950", "1950-06-05", "DATE"),
             ("Desde el 1º de enero del 2001 rige la ley.", "2000-06-01", "el 1º de enero del 2001", "2001-01-01", "DATE"),
         ), mods="both", triggers=("month",)),
    Rule("date_numeric", r"{B}(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?(?P<day>[12]\d|3[01]|0?[1-9])(?P<sep>[./-])(?P<nmon>1[0-2]|0?[1-9])(?P=sep)(?P<year>(?:19|20)\d\d)(?![\d./-]*\d)",
         "DATE", "date", (
             ("Publicado el 14/10/2017 a las 10.30.", "2017-10-20", "14/10/2017", "2017-10-14", "DATE"),
             ("Firmado en Bogotá, 2.5.2000.", "2000-06-01", "2.5.2000", "2000-05-02", "DATE"),
             ("Domingo 30/01/2011. Actualizado 09:30h.", "2011-01-30", "Domingo 30/01/2011", "2011-01-30", "DATE"),
         ), triggers=("num",)),
    Rule("date_abbr", r"{B}(?P<day>[12]\d|3[01]|0?[1-9])\s+(?P<month>{MONTH_ABBR})(?:\s+(?P<year>{YEAR}))?(?=\s*(?:\(|,|$|\d|\n))",
         "DATE", "date", (
             ("Madrid, 14 oct (EFE).- El Gobierno aprobó hoy la ley.", "2017-10-14", "14 oct", "2017-10-14", "DATE"),
             ("Lima, 3 ene. 2001 (EFE)", "2001-01-03", "3 ene. 2001", "2001-01-03", "DATE"),
         ), triggers=("abbr",), reach=24),
    Rule("date_dm_and", r"(?<![\w'/.,-])(?P<x>(?:(?:el|del|los|las)\s+(?:días?\s+)?)?(?P<day>{DAY}))\s*(?:y|o|al|a|-|–)\s*(?:el\s+)?(?:[12]\d|3[01]|0?[1-9])\s+de\s+(?P<month>{MONTH})(?![\w-])",
         "DATE", "date", (
             ("La cumbre será entre el 14 y el 16 de junio.", "2000-06-01", "el 14", "2000-06-14", "DATE"),
             ("Se celebrará del 5 al 9 de junio.", "2000-06-01", "del 5", "2000-06-05", "DATE"),
         ), triggers=("month",)),
    Rule("date_dm", r"{B}{NOT_STREET}" + _D + r"?(?:(?P<wd>{WEEKDAY_ANY}),?\s+)?" + _DIR_BEFORE + r"?(?P<day>{DAY})\s+de\s+(?P<month>{MONTH})" + _DIR_AFTER + r"?(?![\w-])",
         "DATE", "date", (
             ("La obra se estrenará el 6 de septiembre.", "2000-06-01", "el 6 de septiembre", "2000-09-06", "DATE"),
             ("Las elecciones del 24 de enero fueron anuladas.", "2000-06-01", "del 24 de enero", "2000-01-24", "DATE"),
             ("Fue liberado el pasado 2 de marzo.", "2000-06-01", "el pasado 2 de marzo", "2000-03-02", "DATE"),
             ("El 25 de abril pasado se reunieron.", "2000-06-01", "El 25 de abril pasado", "2000-04-25", "DATE"),
             ("La cumbre será entre el 14 y el 16 de junio.", "2000-06-01", "el 16 de junio", "2000-06-16", "DATE"),
         ), mods="both", triggers=("month",)),
    Rule("day_of_month", r"{B}(?=[edaEDA])(?:(?:el|del|al)\s+(?:pasado\s+|pr[óo]ximo\s+)?)?día\s+(?P<day>[12]\d|3[01]|0?[1-9])(?![\w-]|[.,]\d|\s+de\s+{MONTH})",
         "DATE", "day_of_month", (
             ("Se representará desde hoy hasta el día 13 en el Romea.", "1999-06-01", "el día 13", "1999-06-13", "DATE"),
             ("Llegó el 11 de septiembre de 2001. El día 12, los rollos debían enviarse.", "2002-01-03", "El día 12", "2001-09-12", "DATE"),
         ), triggers=("day",), reach=24),
    Rule("month_range", r"{B}(?P<x>(?P<month>{MONTH}))\s*(?:y|a|al|-|–)\s*{MONTH}\s+(?:de|del)\s+(?:año\s+)?(?P<year>{YEAR}){E}",
         "DATE", "date", (
             ("Ganó 2.000 millones entre enero y marzo de 1998.", "1999-05-01", "enero", "1998-01", "DATE"),
         ), mods="range", triggers=("month",)),
    Rule("month_year", r"{B}(?:" + _D + r"?(?:pasado\s+|pr[óo]ximo\s+)?mes\s+de\s+)?(?P<month>{MONTH})(?:\s+de|\s+del|,)?\s+(?:año\s+)?(?P<year>{YEAR}){E}",
         "DATE", "date", (
             ("Había sido elegido en mayo de 1999.", "2000-06-01", "mayo de 1999", "1999-05", "DATE"),
             ("a finales de septiembre de 1998", "2000-06-01", "finales de septiembre de 1998", "1998-09", "DATE"),
         ), mods="both", triggers=("month",)),
    Rule("month_relative", r"{B}" + _D + r"?(?P<dir>pasado|pr[óo]ximo)\s+(?:mes\s+de\s+)?(?P<month>{MONTH})(?![\w-])",
         "DATE", "month_relative", (
             ("Lo hizo el pasado septiembre.", "2000-10-01", "el pasado septiembre", "2000-09", "DATE"),
             ("Hasta finales del pasado mes de mayo no llovió.", "1999-06-01", "finales del pasado mes de mayo", "1999-05", "DATE"),
         ), mods="range", triggers=("month",)),
    Rule("month_relative_after", r"{B}(?:" + _D + r"?mes\s+de\s+)?(?P<month>{MONTH})\s+(?P<dir>pasado|pr[óo]ximo)(?![\w-])",
         "DATE", "month_relative", (
             ("El tratado firmado en junio pasado entra en vigor.", "2000-12-14", "junio pasado", "2000-06", "DATE"),
         ), mods="range", triggers=("month",)),
    Rule("month_of_this_year", r"{B}(?:" + _D + r"?mes\s+de\s+)?(?P<mon2>{MONTH})\s+de\s+(?P<ydir>este|ese|aquel)\s+año(?![\w-])",
         "DATE", "month_relative", (
             ("En junio de este año se firmará.", "2000-03-01", "junio de este año", "2000-06", "DATE"),
             ("El conflicto empezó en 1995. En marzo de ese año hubo elecciones.", "2000-03-01", "marzo de ese año", "1995-03", "DATE"),
         ), mods="range", triggers=("month",)),
    Rule("month_of_last_year", r"{B}(?:" + _D + r"?mes\s+de\s+)?(?P<mon2>{MONTH})\s+del\s+año\s+(?P<ydir>pasado|pr[óo]ximo|siguiente|anterior)(?![\w-])",
         "DATE", "month_relative", (
             ("Empezó en junio del año pasado.", "2000-03-01", "junio del año pasado", "1999-06", "DATE"),
         ), mods="range", triggers=("month",)),
    Rule("month", r"{B}(?:" + _D + r"?mes\s+de\s+)?(?P<month>{MONTH_FULL})(?![\w-])",
         "DATE", "date", (
             ("El Ibex cierra mayo con pérdidas.", "2000-05-31", "mayo", "2000-05", "DATE"),
             ("La propuesta que los sindicatos lanzaron en octubre fue rechazada.", "2000-02-01", "octubre", "1999-10", "DATE"),
             ("Se cerrarán antes de mayo.", "2000-03-01", "mayo", "2000-05", "DATE"),
             ("Las ventas del mes de agosto cayeron.", "2000-10-01", "del mes de agosto", "2000-08", "DATE"),
         ), mods="range", params={"bare": True}, triggers=("month",)),
    Rule("year", r"(?<![\w$#€£.,/:'])(?:" + _D + r"(?:año\s+)?|año\s+)?(?P<year>{YEAR})(?![\w%/'-]|[.,:]\d|\s*(?:%|por\s+ciento))",
         "DATE", "year", (
             ("La firma cotiza en bolsa desde 1989.", "2000-06-01", "1989", "1989", "DATE"),
             ("Las empresas que cotizan durante el 2000 ganaron.", "2001-01-01", "el 2000", "2000", "DATE"),
             ("Las eliminatorias al Mundial del 2002 empiezan.", "2001-01-01", "del 2002", "2002", "DATE"),
             ("Entre 1998 y 1999 creció.", "2000-06-01", "1999", "1999", "DATE"),
             ("El paro bajó a principios de 1999.", "2000-06-01", "principios de 1999", "1999", "DATE"),
         ), mods="range", triggers=("num",)),
    Rule("decade", r"{B}(?:(?:la|las)\s+décadas?\s+de\s+los\s+(?:años\s+)?|los\s+años\s+)(?:(?P<decade>(?:19)?[2-9]0)|(?P<decw>veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa))(?![\w-])",
         "DATE", "decade", (
             ("La crisis de los años ochenta dejó huella.", "2000-06-01", "los años ochenta", "198", "DATE"),
             ("En los años 60 se construyó.", "2000-06-01", "los años 60", "196", "DATE"),
             ("A lo largo de la década de los noventa se registró un descenso.", "2000-06-01", "la década de los noventa", "199", "DATE"),
         ), mods="range", triggers=("decade",)),
    Rule("decade_bare", r"{B}(?:la\s+década\s+de\s+)?los\s+(?P<decade>[2-9]0)(?=\s*[,.;:)](?!\d)|\s+(?:y|e|o|cuando|en|del)\b)",
         "DATE", "decade", (
             ("En los 80, grabó su primer disco.", "2000-06-01", "los 80", "198", "DATE"),
         ), mods="range", triggers=("num",), reach=24),
    Rule("century", r"{B}(?:(?:el|del)\s+)?siglo\s+(?P<ord>(?-i:[XVI]{1,5})|\d{1,2})(?![\w-])",
         "DATE", "century", (
             ("Fue el mayor desastre del siglo XX.", "2000-06-01", "del siglo XX", "19", "DATE"),
         ), mods="range", triggers=("century",)),
    Rule("quarter", r"{B}(?:(?:el|del)\s+)?(?P<ord>primer|primero|segundo|tercer|tercero|cuarto|último)\s+trimestre"
                    r"(?:\s+(?:de|del)\s+(?:(?:año\s+|ejercicio\s+)?(?P<year>{YEAR})|(?P<yeardir>este|pasado|presente|pr[óo]ximo)\s+año|año\s+(?P<yeardir0>pasado|pr[óo]ximo)))?(?![\w-])",
         "DATE", "quarter", (
             ("Ganó 751 millones en el primer trimestre de 1998.", "1999-06-01", "el primer trimestre de 1998", "1998-Q1", "DATE"),
             ("En el tercer trimestre las ventas subieron.", "1999-11-01", "el tercer trimestre", "1999-Q3", "DATE"),
         ), mods="range", triggers=("quarter",), reports_quarter=True),
    Rule("half", r"{B}(?:(?:el|del)\s+)?(?P<ord>primer|segundo)\s+semestre\s+(?:de|del)\s+(?:(?:año\s+)?(?P<year>{YEAR})|(?P<yeardir>este|pasado|pr[óo]ximo)\s+año)(?![\w-])",
         "DATE", "half", (
             ("Las ventas del primer semestre de 1999 cayeron.", "2000-06-01", "del primer semestre de 1999", "1999-H1", "DATE"),
         ), triggers=("quarter",)),
    Rule("season", r"{B}(?:(?P<dir>este|el|la|del|pr[óo]ximo|pasado)\s+)?(?P<season>{SEASON})(?:\s+(?:de|del)\s+(?:año\s+)?(?P<year>{YEAR}))?(?![\w-])",
         "DATE", "season", (
             ("Las obras terminarán este verano.", "2000-03-01", "este verano", "2000-SU", "DATE"),
             ("La huelga del otoño de 1999 fue larga.", "2000-03-01", "del otoño de 1999", "1999-FA", "DATE"),
         ), mods="range", triggers=("season",)),
    Rule("season_after", r"{B}(?:el\s+|del\s+)?(?P<season>{SEASON})\s+(?P<dir>pasado|pr[óo]ximo)(?![\w-])",
         "DATE", "season", (
             ("Ocurrió el verano pasado.", "2000-03-01", "el verano pasado", "1999-SU", "DATE"),
         ), mods="range", triggers=("season",)),
    Rule("holiday", r"{B}(?:(?:la|el|del|al)\s+)?(?P<h>{HOLIDAY})(?:\s+(?:de|del)\s+(?P<year>{YEAR}))?(?![\w-])",
         "DATE", "holiday", (
             ("El margen fijado hasta Navidad se agota.", "1998-12-01", "Navidad", "1998-12-25", "DATE"),
             ("Los sindicatos marcharán el Primero de Mayo.", "1999-04-20", "el Primero de Mayo", "1999-05-01", "DATE"),
         ), mods="range", triggers=("holiday",)),
    # ------------------------------------------------------------------ clock times
    Rule("clock_dot", r"{B}(?<![\d.,:])(?:las?\s+|(?<=\by\s)|(?=\d{1,2}[.:]\d\d\s*(?:horas?\b|h\b|hora\s|(?-i:GMT|gmt|UTC)\b|[ap]\.?\s?m\b|\)))"
                      r"|(?<=\()(?=\d{1,2}[.:]\d\d,))"
                      r"(?P<clock>(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s?[ap]\.?\s?m\b\.?)?)(?:\s+horas?\b|\s?h\b)?(?:\s+(?:hora|horas)?\s*locale?s?)?(?:\s*\(?(?P<tz>(?-i:GMT|gmt|UTC|utc))\b)?(?![\w-]|[.,]\d)",
         "TIME", "clock", (
             ("El tráfico estuvo interrumpido hasta las 11.45 horas.", "2001-01-02", "las 11.45 horas", "2001-01-02T11:45", "TIME"),
             ("Votarán a partir de las 12:00 horas locales.", "2000-05-15", "las 12:00 horas locales", "2000-05-15T12:00", "TIME"),
             ("Abrirán a las 8.15, a las 07.15 gmt.", "2000-06-01", "las 8.15", "2000-06-01T08:15", "TIME"),
             ("22 de junio de 2011 01:10 PM El frente", "2011-06-22", "01:10 PM", "2011-06-22T13:10", "TIME"),
             ("Domingo 30/01/2011. Actualizado 09:30h.", "2011-01-30", "09:30h", "2011-01-30T09:30", "TIME"),
             ("Entre las 19.00 y 21.30 votaron.", "1999-02-02", "21.30", "1999-02-02T21:30", "TIME"),
             ("Lo emite Ja hi som! (TV-3, 17.35), que presenta Arús.", "1999-01-03", "17.35", "1999-01-03T17:35", "TIME"),
             ("Abrirán a las 8.15, a las 07.15 gmt.", "2000-06-01", "las 07.15 gmt", "2000-06-01T07:15Z", "TIME"),
         ), mods="quant", triggers=("num",), reach=40),
    Rule("clock", r"{B}(?<![\d.,:])(?:las?\s+)?(?P<clock>(?:1[0-9]|2[0-4]|0?[1-9])(?::[0-5]\d)?)(?:\s+(?:horas?|h)\b|(?=\s+de\s+la\s+(?:mañana|tarde|noche|madrugada)))(?:\s+(?:hora|horas)?\s*locale?s?)?(?:\s+de\s+la\s+(?:mañana|madrugada))?(?![\w-])",
         "TIME", "clock", (
             ("La reunión empezó a las 9 horas.", "2000-05-15", "las 9 horas", "2000-05-15T09:00", "TIME"),
             ("Se abrieron a las 11 de la mañana.", "1999-05-01", "las 11 de la mañana", "1999-05-01T11:00", "TIME"),
         ), mods="quant", triggers=("num",), reach=48),
    # ------------------------------------------------------------------ relative dates
    Rule("deictic_day", r"{B}(?:(?:el|al)\s+día\s+de\s+|la\s+jornada\s+de\s+)?(?P<w>hoy|ayer|(?<!la\s)(?<!esta\s)(?<!cada\s)(?<!una\s)(?<!misma\s)(?<!toda\s)(?<!las\s)mañana|anteayer|antier|antes\s+de\s+ayer|pasado\s+mañana|anoche)(?:\s+mismo)?(?:,?\s+(?:{WEEKDAY_ANY})(?!\s+\d))?(?![\w-])",
         "DATE", "deictic_day", (
             ("El Gobierno argentino anunció hoy un plan.", "2000-01-03", "hoy", "2000-01-03", "DATE"),
             ("Los sindicatos advirtieron ayer de la huelga.", "2000-01-31", "ayer", "2000-01-30", "DATE"),
             ("Canales presentará mañana su libro.", "2002-01-02", "mañana", "2002-01-03", "DATE"),
             ("El pleno se reunirá hoy, jueves, en Madrid.", "2000-12-14", "hoy, jueves", "2000-12-14", "DATE"),
             ("El ex presidente falleció anoche a los 64 años.", "2000-06-01", "anoche", "2000-05-31TNI", "TIME"),
             ("Votarán pasado mañana.", "2000-06-01", "pasado mañana", "2000-06-03", "DATE"),
             ("Lo anunció el día de ayer.", "2000-04-01", "el día de ayer", "2000-03-31", "DATE"),
             ("La visita de mañana del Valencia preocupa.", "2000-04-01", "mañana", "2000-04-02", "DATE"),
         ), mods="range", triggers=("deictic",)),
    Rule("relative_unit", r"{B}" + _D + r"?(?P<dir>este|esta|pr[óo]ximo|pr[óo]xima|pasado|pasada|último|última|presente|actual|mismo|misma)\s+(?P<unit>{CALUNIT})(?![\w-])(?!\s+\d)",
         "DATE", "relative_unit", (
             ("El grupo superará este año las previsiones.", "1998-06-01", "este año", "1998", "DATE"),
             ("La huelga seguirá la próxima semana.", "2000-08-17", "la próxima semana", "2000-W34", "DATE"),
             ("Fue campeón del Mundo el pasado año.", "2000-03-01", "el pasado año", "1999", "DATE"),
             ("Se reunirán el próximo fin de semana.", "2000-06-01", "el próximo fin de semana", "2000-W23-WE", "DATE"),
             ("Llegó el 3 de mayo y se fue el mismo día.", "2000-06-01", "el mismo día", "2000-05-03", "DATE"),
         ), mods="range", triggers=("unit",), year_back=YearBack.DEICTIC),
    Rule("relative_unit_after", r"{B}" + _D + r"(?P<unit>{CALUNIT})\s+(?P<dir>pasado|pasada|pr[óo]ximo|pr[óo]xima|que\s+viene|siguiente|anterior|entrante|venidero|venidera|en\s+curso)(?![\w-])",
         "DATE", "relative_unit", (
             ("El paro subió el año pasado.", "2000-06-01", "el año pasado", "1999", "DATE"),
             ("La huelga puede alargarse hasta la semana próxima.", "2000-10-19", "la semana próxima", "2000-W43", "DATE"),
             ("Se clasificará para el Europeo del año que viene.", "2001-06-01", "del año que viene", "2002", "DATE"),
             ("Llegó el 3 de mayo y se fue al día siguiente.", "2000-06-01", "al día siguiente", "2000-05-04", "DATE"),
             ("Murió el 12 de marzo. El día anterior había hablado.", "2002-03-20", "El día anterior", "2002-03-11", "DATE"),
         ), mods="range", triggers=("after",), year_back=YearBack.DEICTIC),
    Rule("that_unit", r"{B}(?P<x>(?:ese|esa|aquel|aquella)(?:\s+mism[oa])?\s+(?P<unit>día|semana|mes|año|trimestre|mañana|noche))(?![\w-])",
         "DATE", "that_unit", (
             ("Llegó el 12 de septiembre de 2001. Ese día llovió.", "2001-10-01", "Ese día", "2001-09-12", "DATE"),
         ), mods="range", triggers=("that",)),
    Rule("year_end", r"{B}(?:(?:el|al|a)\s+)?(?:fin|finales|final)\s+(?:de|del)\s+año(?!\s+(?:pasado|pr[óo]ximo|que|\d))(?![\w-])",
         "DATE", "year_end", (
             ("Despedirá a 2.300 empleados antes de finales del año.", "2000-06-01", "finales del año", "2000", "DATE"),
         ), triggers=("part",)),
    Rule("weekend", r"{B}(?:el|del|al)\s+(?P<wk>fin\s+de\s+semana)(?!\s+(?:pasado|pr[óo]ximo|que|siguiente|anterior)\b)(?![\w-])",
         "DATE", "the_unit", (
             ("Los combates continuaron durante el fin de semana.", "2000-06-05", "el fin de semana", "2000-W22-WE", "DATE"),
         ), mods="range", triggers=("weekend",)),
    Rule("part_of_year", r"(?=año)(?:(?<=principios\sde\s)|(?<=mediados\sde\s)|(?<=comienzos\sde\s)|(?<=inicios\sde\s)|(?<=finales\sde\s))"
                         r"(?P<yr>año)(?!\s+(?:pasado|pr[óo]ximo|que|siguiente|anterior|\d)\b)(?![\w-])",
         "DATE", "the_unit", (
             ("La ley entrará en vigor a mediados de año.", "2000-03-01", "mediados de año", "2000", "DATE"),
         ), mods="range", triggers=("part",), reach=24),
    Rule("ago_vague", r"{B}(?:hace|hacía)\s+(?:ya\s+|sólo\s+|solo\s+)?(?:(?P<num>unos|unas|varios|varias|muchos|muchas|algunos|algunas|pocos|pocas|unos\s+pocos|unas\s+pocas)\s+)?(?P<unit>días|semanas|meses|años|horas|décadas|siglos)(?![\w-])",
         "DURATION", "duration", (
             ("El CNE fue acusado hace unos días de fraude.", "2000-06-01", "hace unos días", "PXD", "DURATION"),
             ("Lo practica desde hace meses.", "2000-06-01", "hace meses", "PXM", "DURATION"),
         ), triggers=("ago",)),
    Rule("ago", r"{B}(?P<dir>hace|hacía|dentro\s+de)\s+(?:(?:casi|escasamente|justo|unos|unas|poco\s+más\s+de|poco\s+menos\s+de|más\s+de|mas\s+de|menos\s+de|cerca\s+de|ya|sólo|solo|apenas|aproximadamente|alrededor\s+de|exactamente|al\s+menos)\s+)*"
                 r"(?P<num>{NUMWORD}|{DIGITS})\s+(?P<unit>{UNIT})(?P<half>\s+y\s+medio|\s+y\s+media)?(?![\w-])",
         "DATE", "ago", (
             ("Croacia evitará repetir el error de hace diez años.", "2000-06-01", "hace diez años", "1990", "DATE"),
             ("Atraviesa una crisis desde hace 14 días.", "2000-06-01", "hace 14 días", "2000-05-18", "DATE"),
             ("Desde hace más de 30 años lo impulsan.", "2000-06-01", "hace más de 30 años", "1970", "DATE"),
             ("Hace poco más de un año, la ONU adoptó una resolución.", "2000-06-01", "Hace poco más de un año", "1999",
              "DATE"),
             ("Las obras terminarán dentro de dos semanas.", "2000-06-01", "dentro de dos semanas", "2000-W24", "DATE"),
         ), mods="both", triggers=("ago",)),
    Rule("a_while", r"{B}(?:hace|hacía|un|algún|mucho|poco|demasiado|no\s+hace\s+mucho)\s+tiempo(?![\w-])|{B}no\s+hace\s+mucho(?![\w-])",
         "DURATION", "fixed", (
             ("Los mercados lo descuentan desde hace tiempo.", "2000-06-01", "hace tiempo", "PXM", "DURATION"),
         ), params={"value": "PXM"}, triggers=("while",), reach=24),
    Rule("weekday", r"{B}(?:(?:el|este|del|al)\s+)?(?:(?P<dir>pr[óo]ximo|pasado)\s+)?(?P<wd>{WEEKDAY})(?![\w-])",
         "DATE", "weekday", (
             ("Dos personas murieron el sábado en un accidente.", "2000-04-17", "el sábado", "2000-04-15", "DATE"),
             ("El Consejo se reunirá el próximo lunes en Bruselas.", "2000-11-16", "el próximo lunes", "2000-11-20", "DATE"),
             ("El vietnamita Nguyen dijo el pasado lunes que no.", "2000-06-01", "el pasado lunes", "2000-05-29", "DATE"),
             ("Han dado vacaciones para el jueves.", "2000-05-15", "el jueves", "2000-05-18", "DATE"),
             ("Se reunirá el pasado domingo, dijo.", "2000-06-01", "el pasado domingo", "2000-05-28", "DATE"),
         ), mods="range", triggers=("weekday",)),
    Rule("weekday_after", r"{B}(?:(?:el|este|del|al)\s+)?(?P<wd>{WEEKDAY})\s+(?P<dir>pasado|pr[óo]ximo|venidero|entrante|siguiente|anterior)(?![\w-])",
         "DATE", "weekday", (
             ("El martes pasado conversó por teléfono.", "2000-06-01", "El martes pasado", "2000-05-30", "DATE"),
             ("Las tropas saldrán el jueves venidero.", "2000-07-16", "el jueves venidero", "2000-07-20", "DATE"),
         ), mods="range", triggers=("weekday",)),
    Rule("weekday_part", r"{B}(?:la|el)\s+(?P<part>mañana|tarde|noche|madrugada)\s+(?:del|de\s+este)\s+(?:(?P<dir>pr[óo]ximo|pasado)\s+)?(?P<wd>{WEEKDAY_ANY})(?:\s+(?:pasado|pr[óo]ximo))?(?![\w-])",
         "TIME", "weekday", (
             ("Votarán en la mañana del miércoles.", "2000-05-15", "la mañana del miércoles", "2000-05-17TMO", "TIME"),
             ("Ocurrió la noche del viernes pasado.", "2000-08-19", "la noche del viernes pasado", "2000-08-18TNI", "TIME"),
         ), mods="range", triggers=("weekday",)),
    Rule("part_of_day", r"{B}(?P<dir>esta|este|la\s+pasada|la|el|esa|aquella)\s+(?P<part>mañana|tarde|noche|madrugada|mediodía|mediodia)(?![\w-])(?!\s+(?:de|del)\s+(?:hoy|ayer|{WEEKDAY_ANY}))",
         "TIME", "part_of_day", (
             ("Los delegados llegarán esta tarde a Madrid.", "2000-06-02", "esta tarde", "2000-06-02TAF", "TIME"),
             ("Tuvo carácter musical y se cerró, por la noche, con fuegos.", "2002-02-01", "la noche", "2002-02-01TNI", "TIME"),
             ("Murieron la pasada madrugada en Homs.", "2012-06-05", "la pasada madrugada", "2012-06-04TMO", "TIME"),
         ), mods="range", triggers=("deictic",)),
    Rule("part_of_day_of", r"{B}(?P<x>(?:la|el)\s+(?P<part2>mañana|tarde|noche|madrugada|mediodía)\s+(?:de|del)\s+(?P<dir2>hoy|ayer|mañana)(?:,?\s+{WEEKDAY_ANY})?)(?![\w-])",
         "TIME", "part_of_day", (
             ("Ocurrió en la madrugada de hoy sábado.", "2000-07-15", "la madrugada de hoy sábado", "2000-07-15TMO", "TIME"),
             ("Llegaron la noche de ayer.", "2000-07-15", "la noche de ayer", "2000-07-14TNI", "TIME"),
         ), mods="range", triggers=("deictic",)),
    Rule("part_of_day_after", r"{B}(?P<dir2>ayer|hoy|mañana)\s+(?:por|en|a|de)\s+la\s+(?P<part2>mañana|tarde|noche|madrugada)(?![\w-])",
         "TIME", "part_of_day", (
             ("Los detuvieron ayer por la tarde.", "2000-06-01", "ayer por la tarde", "2000-05-31TAF", "TIME"),
         ), mods="range", triggers=("deictic",)),
    Rule("part_of_day_next", r"{B}(?:la|el)\s+(?P<part2>mañana|tarde|noche|madrugada)\s+(?P<dir2>siguiente|anterior)(?![\w-])",
         "TIME", "part_of_day", (
             ("Llegó el 3 de mayo. La noche siguiente huyó.", "2000-06-01", "La noche siguiente", "2000-05-04TNI", "TIME"),
         ), mods="range", triggers=("deictic",)),
    # ------------------------------------------------------------------ durations
    Rule("duration", r"{B}(?:(?:los|las|el|la|un|una|sus|su|estos|estas)\s+)?(?:(?P<adj>últimos|últimas|próximos|próximas|primeros|primeras|pasados|pasadas|siguientes|cerca\s+de|casi)\s+)?"
                     r"(?P<num>{NUMWORD}|{DIGITS})(?:\s+(?:primeros|primeras|últimos|últimas|pasados|pasadas))?\s+(?P<unit>{UNIT})"
                     r"(?:\s+(?P<half>y\s+medio|y\s+media))?(?:\s+(?:más\s+tarde|más|mas|seguidos|seguidas))?(?![\w-])",
         "DURATION", "duration", (
             ("El asedio duró tres años.", "2000-06-01", "tres años", "P3Y", "DURATION"),
             ("Lleva más de un año en el cargo.", "2000-06-01", "más de un año", "P1Y", "DURATION"),
             ("Falleció a los 64 años.", "2000-06-01", "los 64 años", "P64Y", "DURATION"),
             ("Para los próximos tres meses no habrá pesca.", "2000-06-01", "los próximos tres meses", "P3M", "DURATION"),
             ("La película salió dos semanas y media después.", "2000-06-01", "dos semanas y media", "P2.5W", "DURATION"),
             ("Se recuperó dos meses más tarde.", "2000-06-01", "dos meses más tarde", "P2M", "DURATION"),
             ("La retirada no tardará dos años, sino unos meses.", "2000-06-01", "unos meses", "PXM", "DURATION"),
             ("Tiene un contrato por un año más.", "2000-06-01", "un año más", "P1Y", "DURATION"),
             ("Reclamó una tregua en los 100 primeros días.", "2000-06-01", "los 100 primeros días", "P100D", "DURATION"),
         ), mods="quant", triggers=("unit",), reach=44),
    Rule("duration_range", r"{B}(?P<x>(?P<num>{NUMWORD}|{DIGITS}))\s+(?:a|o|y)\s+(?:{NUMWORD}|{DIGITS})\s+(?P<unit>{UNIT})(?![\w-])",
         "DURATION", "duration", (
             ("Los turistas se quedan tres o cuatro semanas.", "2000-06-01", "tres", "P3W", "DURATION"),
             ("Familias con hijos de uno a dos años.", "2000-06-01", "uno", "P1Y", "DURATION"),
         ), triggers=("unit",), reach=40),
    Rule("vague_duration", r"{B}(?:(?:los|las|estos|estas)\s+(?P<adj>últimos|últimas|próximos|próximas|pasados|pasadas|siguientes|primeros|primeras)\s+)?(?P<unit>segundos|minutos|horas|días|semanas|meses|años|décadas|siglos|jornadas)(?![\w-])",
         "DURATION", "vague_duration", (
             ("Siguió la misma tónica de los últimos días.", "2000-06-01", "los últimos días", "PXD", "DURATION"),
             ("En las próximas horas habrá acuerdo.", "2000-06-01", "las próximas horas", "PTXH", "DURATION"),
             ("El Estado lo mantuvo durante años.", "2000-06-01", "años", "PXY", "DURATION"),
         ), mods="quant", triggers=("unit",)),
    Rule("vague_after", r"{B}(?=[dsmahDSMAH])(?<!\w\s)(?P<num>)(?P<unit>días|semanas|meses|años|horas|minutos)\s+(?:después|antes|más\s+tarde)(?![\w-])",
         "DURATION", "duration", (
             ("Días después, organizó una protesta.", "2000-06-01", "Días después", "PXD", "DURATION"),
         ), triggers=("after",)),
    Rule("whole_unit", r"{B}tod[oa]\s+(?:el|la)\s+(?P<unit>día|semana|mes|año|noche|mañana|tarde|jornada|temporada)(?![\w-])",
         "DURATION", "set_times", (
             ("La protesta durará toda la semana.", "2000-06-01", "toda la semana", "P1W", "DURATION"),
         ), triggers=("whole",)),
    # ------------------------------------------------------------------ sets
    Rule("set_word", r"{B}(?<!\bel\s)(?<!\bdel\s)(?<!\bun\s)(?<!\bal\s)(?<!\bsu\s)(?<!\beste\s)(?<!\bese\s)(?<!\blos\s)(?<!\bsus\s)(?<!\botro\s)(?<!\botros\s)(?<!\bdos\s)(?<!\bcada\s)(?P<w>{SETWORD})(?![\w-])", "SET", "set_word", (
        ("El crecimiento anual fue del 3%.", "2000-01-01", "anual", "P1Y", "SET"),
        ("La media diaria bajó.", "2000-01-01", "diaria", "P1D", "SET"),
    ), triggers=("set",)),
    Rule("set_every", r"{B}(?P<q>cada|todos\s+los|todas\s+las)\s+(?:(?P<num>{NUMWORD}|\d{1,3})\s+)?(?P<unit>{UNIT}|{WEEKDAY_ANY}|mañanas|tardes|noches)(?![\w-])",
         "SET", "set_every", (
             ("La cifra aumenta cada día.", "2000-01-01", "cada día", "P1D", "SET"),
             ("Se revisa cada seis meses.", "2000-01-01", "cada seis meses", "P6M", "SET"),
             ("Se reúnen todos los lunes.", "2000-01-01", "todos los lunes", "XXXX-WXX-1", "SET"),
         ), triggers=("set",)),
    Rule("set_weekends", r"{B}(?:los|todos\s+los)\s+fines\s+de\s+semana(?![\w-])", "SET", "fixed", (
        ("El déficit es grave los fines de semana.", "2000-01-01", "los fines de semana", "XXXX-WXX-WE", "SET"),
    ), params={"value": "XXXX-WXX-WE"}, triggers=("weekend",)),
    Rule("set_rate", r"{B}(?<!\d\s)(?:(?:{NUMWORD}|\d{1,3})\s+veces\s+|una\s+vez\s+)?(?:al|a\s+la|por)\s+(?P<unit>día|semana|mes|año|hora)(?!\s+(?:siguiente|anterior|pr[óo]ximo|pasado|que|de|del|en|\d)\b)(?![\w-])",
         "SET", "set_times", (
             ("Consumen 4,1 kilos por cabeza al año.", "2000-01-01", "al año", "P1Y", "SET"),
             ("Se reúnen dos veces al mes.", "2000-01-01", "dos veces al mes", "P1M", "SET"),
         ), triggers=("unit",), reach=24),
    # ------------------------------------------------------------------ vague references
    Rule("ref", r"{B}(?P<w>{REF})(?![\w-])", "DATE", "ref", (
        ("Ahora la situación es otra.", "2000-01-01", "Ahora", "PRESENT_REF", "DATE"),
        ("En la actualidad hay 30 centros.", "2000-01-01", "la actualidad", "PRESENT_REF", "DATE"),
        ("El sucesor del actual presidente será elegido.", "2000-01-01", "actual", "PRESENT_REF", "DATE"),
        ("Se ha visto agravada recientemente.", "2000-01-01", "recientemente", "PAST_REF", "DATE"),
        ("Tiene previsto ampliarlo en el futuro.", "2000-01-01", "el futuro", "FUTURE_REF", "DATE"),
    ), triggers=("ref",)),
    Rule("ref_then", r"{B}(?P<x>(?:(?<=desde\s)|(?<=hasta\s)|(?<=para\s)|(?<=de\s))entonces|aquel\s+entonces)(?![\w-])", "DATE", "fixed", (
        ("El logotipo luce desde entonces en la fachada.", "2000-01-01", "entonces", "PAST_REF", "DATE"),
        ("Budisa, en aquel entonces líder estudiantil, fue condenado.", "2000-01-01", "aquel entonces", "PAST_REF", "DATE"),
    ), params={"value": "PAST_REF"}, triggers=("ref",), reach=24),
    Rule("ref_present", r"(?=[pP])(?:(?<=\bla\s)|(?<=\bel\s)|(?<=\bdel\s))(?P<x>presente)(?=\s+[a-záéíóúñ]{3,}|\s*[,.;])(?![\w-])", "DATE", "fixed", (
        ("Marcó un gol en la presente Liga.", "2000-01-01", "presente", "PRESENT_REF", "DATE"),
    ), params={"value": "PRESENT_REF"}, triggers=("ref",), reach=16),
    Rule("ref_moment", r"{B}(?=[eE])(?:(?<=hasta\s)|(?<=por\s))(?P<x>el\s+momento)(?![\w-])|(?<=\bde\s)(?:momento)(?=\s*[,.;])", "DATE", "fixed", (
        ("Negó que hasta el momento hubiera acuerdo.", "2000-01-01", "el momento", "PRESENT_REF", "DATE"),
    ), params={"value": "PRESENT_REF"}, triggers=("ref",), reach=24),
    Rule("ref_adjective", r"(?=[pP])(?:(?<=\bla\s)|(?<=\bel\s)|(?<=\blos\s)|(?<=\blas\s)|(?<=\bdel\s)|(?<=\bal\s)|(?<=\ben\s))(?P<x>pasad[oa]s?)(?=\s+[a-záéíóúñ]{3,})(?![\w-])",
         "DATE", "fixed", (
             ("Lo prometió durante la pasada campaña.", "2000-01-01", "pasada", "PAST_REF", "DATE"),
         ), params={"value": "PAST_REF"}, triggers=("ref",), reach=16),
    Rule("ref_next", r"(?=[pP])(?:(?<=\bla\s)|(?<=\bel\s)|(?<=\blos\s)|(?<=\blas\s)|(?<=\bdel\s)|(?<=\bal\s)|(?<=\bsus\s)|(?<=\bmis\s)|(?<=\bsu\s))(?P<x>pr[óo]xim[oa]s?)(?=\s+[a-záéíóúñ]{3,})(?![\w-])",
         "DATE", "fixed", (
             ("Jugará la próxima temporada en Italia.", "2000-01-01", "próxima", "FUTURE_REF", "DATE"),
         ), params={"value": "FUTURE_REF"}, triggers=("ref",), reach=16),
    Rule("ref_past", r"{B}(?P<x>(?:el|del)\s+pasado)(?=\s*[,.;:)\"]|\s+(?:y|o|que|en|con|para|por|sin|a)\b)",
         "DATE", "fixed", (
             ("Hizo tabla rasa de la herencia del pasado, dijo.", "2000-01-01", "del pasado", "PAST_REF", "DATE"),
         ), params={"value": "PAST_REF"}, triggers=("ref",), reach=16),
)
