"""French for the writers: how dates are shown, the briefing's and the timeline's words (data).

Month and weekday abbreviations are CLDR's (``fr``), as babel gives them
(``babel.dates.get_month_names("abbreviated", locale="fr")``); they are written out here so that
nothing is imported at run time, and ``tests/test_lang_events.py`` checks them against babel.
The date examples run as tests: ``(TIMEX3 value, mod, relation, words as written, shown)``.
"""
from __future__ import annotations

from ..display import BriefingWords, DateWords, DisplayWords, FeedWords, Ordinals, Plural, TimelineWords

#: CLDR ``fr`` abbreviated month and weekday names (format context).
MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.")
WEEKDAYS = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim.")

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
    parts_of_day={"MO": "{text} matin", "AF": "{text} après-midi", "EV": "{text} soir", "NI": "{text} nuit"},
    week="semaine du {day}",
    weekend="week-end du {day}",
    quarter="T{quarter} {year}",
    halves=("premier semestre {year}", "second semestre {year}"),
    seasons={"SP": "printemps", "SU": "été", "FA": "automne", "WI": "hiver"},
    unknown_season="saison",
    season="{season} {year}",
    decade="années {decade}",
    century="{ordinal} siècle",
    ordinals=Ordinals(by_last_digit={}, other="e", plain=(0, 0)),
    mods={"START": "début {text}", "MID": "mi-{text}", "END": "fin {text}", "APPROX": "vers {text}",
          "BEFORE": "avant {text}", "AFTER": "après {text}", "ON_OR_BEFORE": "au plus tard {text}",
          "ON_OR_AFTER": "à partir de {text}", "LESS_THAN": "moins de {text}", "MORE_THAN": "plus de {text}"},
    mid_day="{text} à midi",
    relations={"on": "{text}", "since": "depuis {text}", "until": "jusqu'au {text}", "before": "avant {text}",
               "after": "après {text}", "during": "pendant {text}"},
    vague={"FUTURE_REF": "à l'avenir", "PAST_REF": "dans le passé", "PRESENT_REF": "maintenant"},
    undated="sans date",
    introductions=("en ", "dans ", "le ", "à ", "au ", "depuis ", "jusqu", "après ", "avant ", "pendant ", "bientôt",
                   "récemment", "maintenant", "aujourd'hui", "demain", "hier", "prochainement", "la semaine ",
                   "les prochains ", "les prochaines ", "ce ", "cette "),
    introduce="dans {words}",
    introduce_duration="d'ici {words}",
    interval="du {first} au {last}",
    no_interval="sans intervalle fixe",
    examples=(
        ("2014", "START", "on", "", "début 2014"),
        ("2015-11", None, "on", "", "nov. 2015"),
        ("2017-10-13", None, "since", "", "depuis ven. 13 oct. 2017"),
        ("FUTURE_REF", None, "on", "les prochains jours", "les prochains jours"),
        ("FUTURE_REF", None, "on", "", "à l'avenir"),
        ("P3D", None, "on", "trois jours", "d'ici trois jours"),
        ("2017-W41", None, "on", "", "semaine du lun. 9 oct. 2017"),
        ("2017-H1", None, "on", "", "premier semestre 2017"),
        ("2017-WI", None, "on", "", "hiver 2017"),
        ("201", None, "on", "", "années 2010"),
        ("19", "MID", "on", "", "mi-20e siècle"),
        ("2017-10-14TMO", None, "on", "", "sam. 14 oct. 2017 matin"),
        ("", None, "on", "", "sans date"),
    ),
)

BRIEFING = BriefingWords(
    kind="Note chronologique",
    kind_of_many="Note chronologique de {n} articles",
    meta={"article": "Article", "source": "Source", "published": "Publié", "sources": "Sources",
          "briefing_date": "Date de la note"},
    meta_line="{label} : ",
    unknown="inconnue",
    sources_listed="{n} articles, listés à la fin",
    headings={"key_points": "Points clés", "timeline": "Frise chronologique", "chronology": "Chronologie",
              "resolution": "Comment chaque date a été résolue", "sources": "Sources"},
    points={"latest": "Dernier fait", "expected": "Attendu", "background": "Contexte"},
    point="{label}, {date} : ",
    no_points="Aucun fait daté n'a été trouvé.",
    sentence_ends=(".", "!", "?"),
    full_stop=".",
    caption="Figure 1. Les faits sur un axe du temps brisé : un jour est un point, un mois ou une année une barre ; "
            "les prévisions sont creuses et en tirets ; une flèche va de \u00ab depuis \u00bb à la publication ; "
            "les attentes non datées sont placées après.",
    columns=("Date", "Fait", "Source et attribution", "Statut"),
    by_default="l'article",
    source_refs=Plural("Source [{refs}]", "Sources [{refs}]"),
    status={"fact": "Fait", "forecast": "Prévision", "hypothetical": "Hypothèse", "negated": "Démenti"},
    resolution_intro="Chaque date de la chronologie telle que l'article l'écrit, la valeur TimeML retenue, les jours "
                     "qu'elle couvre et ce par rapport à quoi elle a été résolue.",
    resolution_columns=("Tel qu'écrit", "Résolu en", "Par rapport à", "Règle"),
    value_mod="{value} ({mod})",
    source_published="publié le {day}",
    source_unpublished="date de publication inconnue",
    source_agencies="agences : {agencies}",
    source_file="fichier : {path}",
    header_dated="{kind}, {day}",
    footer=Plural("Préparé avec chrono à partir de {n} source", "Préparé avec chrono à partir de {n} sources"),
    page="Page {page} sur {pages}",
    keywords="chronologie; frise; note",
    category="Note",
    comments="Sources : {titles}",
    against={"dct": "la date de publication", "dct_day": "la date de publication, {day}",
             "previous": "la date citée avant", "previous_day": "la date citée avant, {day}",
             "tense": "temps verbal : {tense}", "none": "rien : la date est complète"},
)

TIMELINE = TimelineWords(
    as_of="Au {day}",
    events=Plural("{n} fait", "{n} faits"),
    events_from="{events} de {n} articles",
    source="Source : {what}",
    sources="Sources : {what}",
    credit="frise : chrono",
    columns=("DATE", "FAIT"),
    ahead="À VENIR",
    no_events="aucun fait daté",
    legend={"day": "fait, un jour", "period": "fait, sur une période", "forecast": "prévision (creuse, en tirets)",
            "ongoing": "en cours depuis", "published": "publié le {day}", "post_publication": "après la publication"},
    selected="{shown} faits clés : les plus cités, faits et dates exactes d'abord",
    overview=Plural("{n:,} fait par date", "les {n:,} faits par date"),
    alt="Frise : {title}. {events}{span}. {key}",
    alt_span=", du {first} au {last}",
    alt_key="{date} : {headline}",
    corpus_sources="{n:,} articles publiés {span}",
    overview_part="{shown:,} des {n:,} faits par date",
)

FEEDS = FeedWords(
    date="Date : {date}",
    as_written=" (tel qu'écrit : \u00ab {text} \u00bb)",
    status="Statut : {status}",
    according="Selon : {who}",
    according_story="Selon {who}",
    source="Source : {titles}",
)

DISPLAY = DisplayWords(
    dates=DATES,
    briefing=BRIEFING,
    timeline=TIMELINE,
    feeds=FEEDS,
    untitled="Chronologie",
    untitled_many="Chronologie de {n} articles",
    published="Publié le {day}",
    no_headline="(sans titre)",
    quote="\u00ab {text} \u00bb",
    aside=" ({text})",
    corpus_title="{subject}, {span}",
    list_sep="; ",
)

__all__ = ["BRIEFING", "DATES", "DISPLAY", "FEEDS", "MONTHS", "TIMELINE", "WEEKDAYS"]
