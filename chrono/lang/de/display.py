"""German for the writers: how dates are shown, the briefing's and the timeline's words (data).

Month and weekday abbreviations are CLDR's (``de``), as babel gives them
(``babel.dates.get_month_names("abbreviated", locale="de")``); they are written out here so that
nothing is imported at run time, and ``tests/test_lang_events.py`` checks them against babel.
The date examples run as tests: ``(TIMEX3 value, mod, relation, words as written, shown)``.
"""
from __future__ import annotations

from ..display import BriefingWords, DateWords, DisplayWords, FeedWords, Ordinals, Plural, TimelineWords

#: CLDR ``de`` abbreviated month and weekday names (format context).
MONTHS = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.")
WEEKDAYS = ("Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So.")

DATES = DateWords(
    months=MONTHS,
    weekdays=WEEKDAYS,
    day="{weekday} {day}. {month}",
    with_year="{text} {year}",
    month="{month} {year}",
    day_run="{weekday} {day}.\u2013{last}",
    run="{first}\u2013{last}",
    tick_day="{weekday}\n{day}.",
    clock="{text}, {clock}",
    parts_of_day={"MO": "{text} morgens", "AF": "{text} nachmittags", "EV": "{text} abends", "NI": "{text} nachts"},
    week="Woche ab {day}",
    weekend="Wochenende ab {day}",
    quarter="Q{quarter} {year}",
    halves=("erstes Halbjahr {year}", "zweites Halbjahr {year}"),
    seasons={"SP": "Frühjahr", "SU": "Sommer", "FA": "Herbst", "WI": "Winter"},
    unknown_season="Jahreszeit",
    season="{season} {year}",
    decade="{decade}er-Jahre",
    century="{ordinal} Jahrhundert",
    ordinals=Ordinals(by_last_digit={}, other=".", plain=(0, 0)),
    mods={"START": "Anfang {text}", "MID": "Mitte {text}", "END": "Ende {text}", "APPROX": "etwa {text}",
          "BEFORE": "vor {text}", "AFTER": "nach {text}", "ON_OR_BEFORE": "spätestens {text}",
          "ON_OR_AFTER": "ab {text}", "LESS_THAN": "weniger als {text}", "MORE_THAN": "mehr als {text}"},
    mid_day="{text} mittags",
    relations={"on": "{text}", "since": "seit {text}", "until": "bis {text}", "before": "vor {text}",
               "after": "nach {text}", "during": "während {text}"},
    vague={"FUTURE_REF": "künftig", "PAST_REF": "früher", "PRESENT_REF": "jetzt"},
    undated="ohne Datum",
    introductions=("in ", "im ", "am ", "an ", "um ", "seit ", "bis ", "nach ", "vor ", "während ", "innerhalb ",
                   "bald", "kürzlich", "jetzt", "heute", "morgen", "gestern", "demnächst", "nächste", "kommende",
                   "diese", "letzte"),
    introduce="in {words}",
    introduce_duration="innerhalb von {words}",
    interval="{first} bis {last}",
    no_interval="kein fester Zeitraum",
    examples=(
        ("2014", "START", "on", "", "Anfang 2014"),
        ("2015-11", None, "on", "", "Nov. 2015"),
        ("2017-10-13", None, "since", "", "seit Fr. 13. Okt. 2017"),
        ("FUTURE_REF", None, "on", "in den nächsten Tagen", "in den nächsten Tagen"),
        ("FUTURE_REF", None, "on", "", "künftig"),
        ("P3D", None, "on", "drei Tagen", "innerhalb von drei Tagen"),
        ("2017-W41", None, "on", "", "Woche ab Mo. 9. Okt. 2017"),
        ("2017-H1", None, "on", "", "erstes Halbjahr 2017"),
        ("2017-WI", None, "on", "", "Winter 2017"),
        ("201", None, "on", "", "2010er-Jahre"),
        ("19", "MID", "on", "", "Mitte 20. Jahrhundert"),
        ("2017-10-14TMO", None, "on", "", "Sa. 14. Okt. 2017 morgens"),
        ("", None, "on", "", "ohne Datum"),
    ),
)

BRIEFING = BriefingWords(
    kind="Chronologie-Briefing",
    kind_of_many="Chronologie-Briefing aus {n} Artikeln",
    meta={"article": "Artikel", "source": "Quelle", "published": "Veröffentlicht", "sources": "Quellen",
          "briefing_date": "Stand"},
    meta_line="{label}: ",
    unknown="unbekannt",
    sources_listed="{n} Artikel, am Ende aufgeführt",
    headings={"key_points": "Das Wichtigste", "timeline": "Zeitleiste", "chronology": "Chronologie",
              "resolution": "Wie jedes Datum bestimmt wurde", "sources": "Quellen"},
    points={"latest": "Zuletzt", "expected": "Erwartet", "background": "Hintergrund"},
    point="{label}, {date}: ",
    no_points="Keine datierten Ereignisse gefunden.",
    sentence_ends=(".", "!", "?"),
    full_stop=".",
    caption="Abbildung 1. Die Ereignisse auf einer unterbrochenen Zeitachse: ein Tag ist ein Punkt, ein Monat oder "
            "ein Jahr ein Balken; Prognosen sind hohl und gestrichelt; ein Pfeil führt von \u201eseit\u201c bis "
            "zur Veröffentlichung; undatierte Erwartungen stehen danach.",
    columns=("Datum", "Ereignis", "Quelle und Zuschreibung", "Status"),
    by_default="der Artikel",
    source_refs=Plural("Quelle [{refs}]", "Quellen [{refs}]"),
    status={"fact": "Tatsache", "forecast": "Prognose", "hypothetical": "Annahme", "negated": "Bestritten"},
    resolution_intro="Jedes Datum der Chronologie, wie der Artikel es schreibt, der TimeML-Wert, zu dem es "
                     "bestimmt wurde, die Tage, die es umfasst, und wovon aus es bestimmt wurde.",
    resolution_columns=("Wie geschrieben", "Bestimmt als", "Bezug", "Regel"),
    value_mod="{value} ({mod})",
    source_published="veröffentlicht am {day}",
    source_unpublished="Veröffentlichungsdatum unbekannt",
    source_agencies="Agenturen: {agencies}",
    source_file="Datei: {path}",
    header_dated="{kind}, {day}",
    footer=Plural("Erstellt mit chrono aus {n} Quelle", "Erstellt mit chrono aus {n} Quellen"),
    page="Seite {page} von {pages}",
    keywords="Chronologie; Zeitleiste; Briefing",
    category="Briefing",
    comments="Quellen: {titles}",
    against={"dct": "das Veröffentlichungsdatum", "dct_day": "das Veröffentlichungsdatum, {day}",
             "previous": "das zuvor genannte Datum", "previous_day": "das zuvor genannte Datum, {day}",
             "tense": "Tempus: {tense}", "none": "nichts: das Datum ist vollständig"},
)

TIMELINE = TimelineWords(
    as_of="Stand {day}",
    events=Plural("{n} Ereignis", "{n} Ereignisse"),
    events_from="{events} aus {n} Artikeln",
    source="Quelle: {what}",
    sources="Quellen: {what}",
    credit="Zeitleiste: chrono",
    columns=("DATUM", "EREIGNIS"),
    ahead="DEMNÄCHST",
    no_events="keine datierten Ereignisse",
    legend={"day": "Tatsache, an einem Tag", "period": "Tatsache, über einen Zeitraum",
            "forecast": "Prognose (hohl, gestrichelt)", "ongoing": "andauernd seit", "published": "veröffentlicht am {day}",
            "post_publication": "nach der Veröffentlichung"},
    selected="{shown} wichtige Ereignisse: die meistgenannten, Tatsachen und genaue Daten zuerst",
    overview=Plural("{n:,} Ereignis nach Datum", "alle {n:,} Ereignisse nach Datum"),
    alt="Zeitleiste: {title}. {events}{span}. {key}",
    alt_span=", {first} bis {last}",
    alt_key="{date}: {headline}",
    corpus_sources="{n:,} Artikel, veröffentlicht {span}",
    overview_part="{shown:,} von {n:,} Ereignissen nach Datum",
)

FEEDS = FeedWords(
    date="Datum: {date}",
    as_written=" (wie geschrieben: \u201e{text}\u201c)",
    status="Status: {status}",
    according="Laut: {who}",
    according_story="Laut {who}",
    source="Quelle: {titles}",
)

DISPLAY = DisplayWords(
    dates=DATES,
    briefing=BRIEFING,
    timeline=TIMELINE,
    feeds=FEEDS,
    untitled="Chronologie",
    untitled_many="Chronologie aus {n} Artikeln",
    published="Veröffentlicht am {day}",
    no_headline="(ohne Überschrift)",
    quote="\u201e{text}\u201c",
    aside=" ({text})",
    corpus_title="{subject}, {span}",
    list_sep="; ",
)

__all__ = ["BRIEFING", "DATES", "DISPLAY", "FEEDS", "MONTHS", "TIMELINE", "WEEKDAYS"]
