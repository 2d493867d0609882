"""German for the reader: page markers, agency lines, date lines, sentence ends (data, with examples).

South Tyrolean and Austrian papers open an article with its place in capitals ("BOZEN.", "MARLING.")
and credit the author in brackets ("Meran (ki)."); German sites print dates as "14.10.2017" or
"14. Oktober 2017".
"""
from __future__ import annotations

from datetime import date

from ..reading import AgencyWords, DatelineWords, Marker, ReadingWords, SentenceWords
from .timex.lexicon import MONTHS as _MONTHS, WEEKDAYS as _WEEKDAYS

MARKERS: tuple[Marker, ...] = (
    Marker("navigation", r"(?:mehr|weitere|andere|aktuelle|top|meistgelesene)\s+(?:nachrichten|artikel|themen|meldungen"
                         r"|beiträge|videos)\b",
           ("Weitere Artikel", "Meistgelesene Artikel"), max_words=8, anywhere=True,
           ends_article=True),
    Marker("navigation", r"(?:mehr zum thema|das könnte sie auch interessieren|auch interessant)\b",
           ("Mehr zum Thema", "Das könnte Sie auch interessieren"), max_words=8, anywhere=True, ends_article=True),
    Marker("navigation", r"(?:zum inhalt|zur navigation|nach oben|menü|startseite|suche|anmelden|einloggen|abonnieren"
                         r"|newsletter|schließen)\b",
           ("Zum Inhalt springen", "Menü", "Startseite"), max_words=4),
    Marker("readmore", r"(?:lesen sie auch|lesen sie mehr|siehe auch|mehr dazu|auch lesen)\s*[:|»>–—]?",
           ("Lesen Sie auch: Die Offensive in Rakka", "Mehr dazu"), max_words=14),
    Marker("credit", r"(?:foto|fotos|bild|bilder|grafik|video|quelle)\s*:", ("Foto: dpa/Michael Kappeler", "Bild: Reuters"),
           max_words=12),
    Marker("boilerplate", r"(?:alle rechte vorbehalten|datenschutz|impressum|wir verwenden cookies|anzeige\b|werbung\b)",
           ("© dpa 2017. Alle Rechte vorbehalten.", "Anzeige"), max_words=40, anywhere=True),
    Marker("boilerplate", r"(?:teilen|drucken|versenden|kommentare?|e-mail)(?:\s+(?:auf|per|facebook|twitter|whatsapp|\d+))*\s*$",
           ("Teilen", "Teilen auf Facebook", "Kommentare 12"), max_words=10),
)

CREDIT_TAIL = (r"(?:[(\[]\s*(?:foto|bild|video)\s*:[^()\[\]]{1,80}[)\]]"
               r"|\s(?:foto|bild)\s*:\s*[^.:]{1,80}"
               r"|\((?:dpa|AFP|Reuters|AP|APA|KNA|epd)(?:/[^()]{1,60})?\))\s*$")
CREDIT_MARK = r"(?:foto|fotos|bild|bilder|grafik|video|karte)\s*:\s*"

AGENCIES = ("dpa", "AFP", "Reuters", "AP", "APA", "KNA", "epd", "ANSA", "SID", "dapd", "ddp", "DW", "Xinhua")
AGENCY_EXAMPLES = (("(dpa, AFP)", ("dpa", "AFP")), ("Quelle: dpa und Reuters", ("dpa", "Reuters")),
                   ("mit Material von AFP", ("AFP",)))
AGENCY_FILLERS = frozenset({"agenturen", "nachrichtenagenturen", "redaktion"})

DATE_MONTHS = dict(_MONTHS)
DATE_WEEKDAYS = frozenset(_WEEKDAYS) | frozenset("mo di mi do fr sa so".split())
DATE_FILLERS = frozenset("den am um uhr h mez mesz utc gmt stand aktualisiert veröffentlicht erstellt bozen".split())
DATE_PREFIXES = (
    (r"(?:veröffentlicht|erschienen|datum|erstellt|publiziert)\b(?:\s+am\b)?", 0),
    (r"(?:aktualisiert|zuletzt aktualisiert|stand|geändert)\b(?:\s+am\b)?", 2),
)
DATELINE_EXAMPLES = (
    ("14. Oktober 2017", date(2017, 10, 14)),
    ("Samstag, 14. Oktober 2017", date(2017, 10, 14)),
    ("14.10.2017", date(2017, 10, 14)),
    ("Veröffentlicht am 14.10.2017", date(2017, 10, 14)),
    ("2017-10-14", date(2017, 10, 14)),
    ("Oktober 2017", None),
)

#: Abbreviations whose full stop never ends a sentence when capitalised ("Dr.", "Str.").
ABBREVIATIONS: frozenset[str] = frozenset("""
dr prof hr fr frl str nr abs art bzw ca evtl ggf inkl usw vgl zb dt jh jhd mio mrd tsd st hl gebr
jan jän feb mär apr jun jul aug sep sept okt nov dez mo di mi do fr sa so
""".split())
LOWER_ABBREVIATIONS: frozenset[str] = frozenset("z.b u.a d.h bzw ca usw vgl ggf evtl inkl s.o u.ä o.ä a.d.r".split())
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset("nr art abs s bd kap".split())
#: May end a sentence, when a sentence opener follows: the ordinal days ("am 3. Oktober" goes on,
#: "es war der 3. Dann ..." ends).
FINAL_ABBREVIATIONS: frozenset[str] = frozenset("usw etc u.a".split()) | frozenset(str(d) for d in range(1, 32))
SENTENCE_OPENERS: frozenset[str] = frozenset("""
der die das ein eine er sie es wir ihr man dies diese dieser dann doch aber und auch so im in am bei nach seit
""".split())
SENTENCE_EXAMPLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Dr. Müller kam am 3. Oktober. Er blieb.", ("Dr. Müller kam am 3. Oktober.", "Er blieb.")),
    ("Prof. Dr. Huber sprach am 1. Mai in Bozen. Dann ging er.", ("Prof. Dr. Huber sprach am 1. Mai in Bozen.", "Dann ging er.")),
)

FUNCTION_WORDS: frozenset[str] = frozenset("""
der die das den dem des ein eine einer einem einen eines und oder aber doch sondern denn weil dass ob wenn als
wie so auch nur noch schon sehr mehr nicht kein keine in im an am auf aus bei mit nach seit von vom vor zu zum
zur über unter um durch für gegen ohne bis ich du er sie es wir ihr man sich mein sein ihr unser dieser diese
dieses jener ist sind war waren hat haben hatte hatten wird werden wurde wurden kann können soll sollen muss
""".split())

READING = ReadingWords(
    markers=MARKERS, credit_tail=CREDIT_TAIL, credit_mark=CREDIT_MARK,
    sentences=SentenceWords(ABBREVIATIONS, LOWER_ABBREVIATIONS, NUMBER_ABBREVIATIONS, FINAL_ABBREVIATIONS,
                            SENTENCE_OPENERS, SENTENCE_EXAMPLES),
    datelines=DatelineWords(DATE_MONTHS, DATE_WEEKDAYS, DATE_FILLERS, DATE_PREFIXES, byline="Von ",
                            examples=DATELINE_EXAMPLES),
    agencies=AgencyWords(
        AGENCIES, AGENCY_FILLERS,
        source_line=r"(?:quellen?|agenturen|mit material von|mit)\s*:?\s*(.{1,120})$",
        separators=r"\s*(?:,|/|;|&|\bund\b|\bmit\b)\s*",
        examples=AGENCY_EXAMPLES),
    function_words=FUNCTION_WORDS,
)
