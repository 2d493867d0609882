"""Spanish tense markers: the tense of a date without a year is the tense of the nearest marker.

Future and conditional forms of common verbs ("celebrará", "podría"), periphrases ("va a", "tiene
previsto") and "mañana", "próximo" mark the future; preterite and imperfect endings ("anunció",
"dijeron", "estaba"), auxiliaries of the perfect ("ha", "había") and "ayer", "pasado" mark the past.
Word lists and regexes, read by :mod:`chrono.timex.tense`; verb morphology from a parser
(``Tense=Fut``, ``Mood=Cnd``) will replace the lists.
"""
from __future__ import annotations

import re

from ...timex import TenseWords

FUTURE_WORDS = (
    "va a", "van a", "vamos a", "voy a", "iba a", "iban a", "mañana", "próximo", "próxima", "próximos",
    "próximas", "previsto", "prevista", "previstos", "previstas", "prevé", "prevén", "tiene previsto",
    "está previsto", "se espera", "espera", "esperan", "pretende", "pretenden", "planea", "planean",
    "convocado", "convocada", "deberá", "deberán", "debería", "deberían", "próximamente",
    "pendiente", "dentro de", "entrante", "venidero", "venidera", "que viene",
)
REPORTING = frozenset({"dijo", "afirmó", "señaló", "anunció", "informó", "declaró", "explicó", "aseguró", "indicó",
                       "manifestó", "destacó", "añadió", "reconoció", "subrayó", "agregó", "precisó", "advirtió",
                       "comentó", "confirmó", "dijeron", "afirmaron", "señalaron", "anunciaron", "informaron",
                       "declaró", "denunció", "recordó", "insistió", "sostuvo", "apuntó", "expresó"})
PAST_WORDS = ("fue", "fueron", "era", "eran", "ha", "han", "había", "habían", "hubo", "dijo", "dijeron", "hizo",
              "hicieron", "tuvo", "tuvieron", "estuvo", "estuvieron", "pudo", "pudieron", "puso", "pusieron",
              "vino", "vinieron", "quiso", "dio", "dieron", "fui", "ayer", "anoche", "anteayer", "hace", "pasado",
              "pasada", "desde", "estaba", "estaban") + tuple(sorted(REPORTING))

TENSE = TenseWords(
    future=FUTURE_WORDS,
    past=PAST_WORDS,
    # the future and the conditional of any verb end in "-rá(n)", "-remos", "-ría(n)" ("celebrará",
    # "podrían"); nouns in "-ría" are left out ("mayoría", "galería", "secretaría")
    future_forms=r"(?!(?:mayor|categor|secretar|consejer|galer|loter|librer|bater|ingenier|cafeter|tesorer|porter"
                 r"|carnicer|panader|joyer|peluquer|ganader|zapater|armer|artiller|caballer|infanter|cervecer|conserjer"
                 r"|mensajer|grader|alegr|histor|memor|glor|teor|sabidur|soberan)ías?\b)"
                 r"[a-záéíóúñ]{2,}(?:rá|rán|remos|ré|ría|rían)",
    # preterite and imperfect endings: "anunció", "celebraron", "dijeron", "estaba", "tenían" (not "-rían")
    past_forms=r"[a-záéíóúñ]{2,}(?:ó|aron|ieron|yeron|aba|aban|[a-zñ](?<!r)ía|[a-zñ](?<!r)ían)",
    not_past=frozenset({"dominó", "según"}),
    reporting=REPORTING,
    # "dijo el lunes", "anunció hoy": the reported day is past
    reported_before=re.compile(r"\b(?:" + "|".join(sorted(REPORTING)) + r")(?:\s+que)?\s+\Z"),
    # "previsto para el jueves", "aplazado hasta el lunes": looks ahead ("hasta" alone does not:
    # "los beneficios aumentaron hasta marzo")
    deadline_before=re.compile(r"\b(?:previst[oa]s?\s+para|para|aplazad[oa]\s+(?:hasta|para))\s+\Z"),
    pluperfect=re.compile(r"\bhabía\b", re.IGNORECASE),
    verb_first=True,
)
