"""Spanish for the writers: how dates are shown, the briefing's and the timeline's words (data).

Month and weekday abbreviations are CLDR's (``es``), as babel gives them
(``babel.dates.get_month_names("abbreviated", locale="es")``); they are written out here so that
nothing is imported at run time, and ``tests/test_lang_events.py`` checks them against babel.
The date examples run as tests: ``(TIMEX3 value, mod, relation, words as written, shown)``.
"""
from __future__ import annotations

from ..display import BriefingWords, DateWords, DisplayWords, FeedWords, Ordinals, Plural, TimelineWords

#: CLDR ``es`` abbreviated month and weekday names (format context).
MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic")
WEEKDAYS = ("lun", "mar", "mié", "jue", "vie", "sáb", "dom")

DATES = DateWords(
    months=MONTHS,
    weekdays=WEEKDAYS,
    day="{weekday} {day} {month}",
    with_year="{text} {year}",
    month="{month} {year}",
    day_run="{weekday} {day}\u2013{last}",
    run="{first}\u2013{last}",
    tick_day="{weekday}\n{day}",
    clock="{text}, {clock}",
    parts_of_day={"MO": "{text} por la mañana", "AF": "{text} por la tarde", "EV": "{text} por la tarde",
                  "NI": "{text} por la noche"},
    week="semana del {day}",
    weekend="fin de semana del {day}",
    quarter="T{quarter} {year}",
    halves=("primer semestre de {year}", "segundo semestre de {year}"),
    seasons={"SP": "primavera", "SU": "verano", "FA": "otoño", "WI": "invierno"},
    unknown_season="estación",
    season="{season} de {year}",
    decade="años {decade}",
    century="siglo {ordinal}",
    ordinals=Ordinals(by_last_digit={}, other="", plain=(0, 0)),
    mods={"START": "principios de {text}", "MID": "mediados de {text}", "END": "finales de {text}",
          "APPROX": "hacia {text}", "BEFORE": "antes de {text}", "AFTER": "después de {text}",
          "ON_OR_BEFORE": "a más tardar {text}", "ON_OR_AFTER": "desde {text}", "LESS_THAN": "menos de {text}",
          "MORE_THAN": "más de {text}"},
    mid_day="mediodía del {text}",
    relations={"on": "{text}", "since": "desde {text}", "until": "hasta {text}", "before": "antes de {text}",
               "after": "después de {text}", "during": "durante {text}"},
    vague={"FUTURE_REF": "en el futuro", "PAST_REF": "en el pasado", "PRESENT_REF": "ahora"},
    undated="sin fecha",
    introductions=("en ", "dentro de ", "el ", "a ", "desde ", "hasta ", "tras ", "después ", "antes ", "durante ",
                   "pronto", "recientemente", "ahora", "hoy", "mañana", "ayer", "próximamente", "la próxima ",
                   "el próximo ", "los próximos ", "las próximas "),
    introduce="en {words}",
    introduce_duration="en {words}",
    interval="del {first} al {last}",
    no_interval="sin intervalo fijo",
    examples=(
        ("2014", "START", "on", "", "principios de 2014"),
        ("2015-11", None, "on", "", "nov 2015"),
        ("2017-10-13", None, "since", "", "desde vie 13 oct 2017"),
        ("FUTURE_REF", None, "on", "los próximos días", "los próximos días"),
        ("FUTURE_REF", None, "on", "", "en el futuro"),
        ("P3D", None, "on", "tres días", "en tres días"),
        ("2017-W41", None, "on", "", "semana del lun 9 oct 2017"),
        ("2017-H1", None, "on", "", "primer semestre de 2017"),
        ("2017-WI", None, "on", "", "invierno de 2017"),
        ("201", None, "on", "", "años 2010"),
        ("19", "MID", "on", "", "mediados de siglo 20"),
        ("2017-10-14TMO", None, "on", "", "sáb 14 oct 2017 por la mañana"),
        ("", None, "on", "", "sin fecha"),
    ),
)

BRIEFING = BriefingWords(
    kind="Informe cronológico",
    kind_of_many="Informe cronológico de {n} artículos",
    meta={"article": "Artículo", "source": "Fuente", "published": "Publicado", "sources": "Fuentes",
          "briefing_date": "Fecha del informe"},
    meta_line="{label}: ",
    unknown="desconocida",
    sources_listed="{n} artículos, enumerados al final",
    headings={"key_points": "Puntos clave", "timeline": "Línea de tiempo", "chronology": "Cronología",
              "resolution": "Cómo se resolvió cada fecha", "sources": "Fuentes"},
    points={"latest": "Lo último", "expected": "Previsto", "background": "Antecedentes"},
    point="{label}, {date}: ",
    no_points="No se encontraron hechos fechados.",
    sentence_ends=(".", "!", "?"),
    full_stop=".",
    caption="Figura 1. Los hechos en un eje temporal partido: un día es un punto, un mes o un año una barra; "
            "las previsiones van huecas y discontinuas; una flecha va de \u00abdesde\u00bb a la publicación; "
            "las previsiones sin fecha quedan después.",
    columns=("Fecha", "Hecho", "Fuente y atribución", "Estado"),
    by_default="el artículo",
    source_refs=Plural("Fuente [{refs}]", "Fuentes [{refs}]"),
    status={"fact": "Hecho", "forecast": "Previsión", "hypothetical": "Hipótesis", "negated": "Desmentido"},
    resolution_intro="Cada fecha de la cronología tal como la escribe el artículo, el valor TimeML al que se "
                     "resolvió, los días que abarca y respecto de qué se resolvió.",
    resolution_columns=("Tal como se escribe", "Resuelta como", "Respecto de", "Regla"),
    value_mod="{value} ({mod})",
    source_published="publicado el {day}",
    source_unpublished="fecha de publicación desconocida",
    source_agencies="agencias: {agencies}",
    source_file="archivo: {path}",
    header_dated="{kind}, {day}",
    footer=Plural("Preparado con chrono a partir de {n} fuente", "Preparado con chrono a partir de {n} fuentes"),
    page="Página {page} de {pages}",
    keywords="cronología; línea de tiempo; informe",
    category="Informe",
    comments="Fuentes: {titles}",
    against={"dct": "la fecha de publicación", "dct_day": "la fecha de publicación, {day}",
             "previous": "la fecha mencionada antes", "previous_day": "la fecha mencionada antes, {day}",
             "tense": "tiempo verbal: {tense}", "none": "ninguna: la fecha está completa"},
)

TIMELINE = TimelineWords(
    as_of="A {day}",
    events=Plural("{n} hecho", "{n} hechos"),
    events_from="{events} de {n} artículos",
    source="Fuente: {what}",
    sources="Fuentes: {what}",
    credit="línea de tiempo: chrono",
    columns=("FECHA", "HECHO"),
    ahead="PRÓXIMO",
    no_events="ningún hecho fechado",
    legend={"day": "hecho, en un día", "period": "hecho, en un periodo", "forecast": "previsión (hueca, discontinua)",
            "ongoing": "en curso desde", "published": "publicado el {day}", "post_publication": "tras la publicación"},
    selected="{shown} hechos clave: los más citados, hechos y fechas exactas primero",
    overview=Plural("{n:,} hecho por fecha", "los {n:,} hechos por fecha"),
    alt="Línea de tiempo: {title}. {events}{span}. {key}",
    alt_span=", del {first} al {last}",
    alt_key="{date}: {headline}",
    corpus_sources="{n:,} artículos publicados {span}",
    overview_part="{shown:,} de los {n:,} hechos por fecha",
)

FEEDS = FeedWords(
    date="Fecha: {date}",
    as_written=" (tal como se escribe: \u00ab{text}\u00bb)",
    status="Estado: {status}",
    according="Según: {who}",
    according_story="Según {who}",
    source="Fuente: {titles}",
)

DISPLAY = DisplayWords(
    dates=DATES,
    briefing=BRIEFING,
    timeline=TIMELINE,
    feeds=FEEDS,
    untitled="Cronología",
    untitled_many="Cronología de {n} artículos",
    published="Publicado el {day}",
    no_headline="(sin titular)",
    quote="\u00ab{text}\u00bb",
    aside=" ({text})",
    corpus_title="{subject}, {span}",
    list_sep="; ",
)

__all__ = ["BRIEFING", "DATES", "DISPLAY", "FEEDS", "MONTHS", "TIMELINE", "WEEKDAYS"]
