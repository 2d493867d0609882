"""German tense markers: the tense of a date without a year is the tense of the nearest marker.

"wird", "werden", "soll", "will", "plant", "morgen", "nächste" mark the future; the preterite and
the perfect's auxiliaries and participles ("war", "hatte", "hat ... gewonnen", "sagte") and
"gestern", "vergangene" mark the past. Word lists and regexes, read by :mod:`chrono.timex.tense`;
verb morphology from a parser (``Tense=Past``) will replace them.
"""
from __future__ import annotations

import re

from ...timex import TenseWords

FUTURE_WORDS = ("wird", "werden", "werde", "wirst", "soll", "sollen", "sollte", "sollten", "will", "wollen", "plant",
                "planen", "geplant", "vorgesehen", "morgen", "übermorgen", "nächste", "nächsten", "nächstes",
                "nächster", "kommende", "kommenden", "kommendes", "künftig", "bald", "demnächst", "laden",
                "lädt", "findet", "beginnt", "startet", "erwartet", "voraussichtlich", "bevorstehende",
                "bevorstehenden", "morgigen", "morgige")
REPORTING = frozenset({"sagte", "sagten", "erklärte", "erklärten", "betonte", "betonten", "teilte", "meinte",
                       "berichtete", "kündigte", "hieß", "gab", "bestätigte", "mitteilte"})
PAST_WORDS = ("war", "waren", "hatte", "hatten", "wurde", "wurden", "gab", "kam", "kamen", "ging", "gingen",
              "stand", "standen", "fand", "fanden", "hieß", "gestern", "vorgestern", "vergangene", "vergangenen",
              "vergangenes", "letzte", "letzten", "voriges", "vorigen", "vorige", "damals", "hat", "haben",
              "gestrigen", "gestrige", "seit") + tuple(sorted(REPORTING))

TENSE = TenseWords(
    future=FUTURE_WORDS,
    past=PAST_WORDS,
    # the preterite of weak verbs in lower case ("sagte", "forderten"); a participle says nothing by
    # itself ("wird gepflanzt werden"), its auxiliary does ("hat", "war", "wurde")
    past_forms=r"(?-i:[a-zäöüß]{3,}(?<!ch)(?<![aeiou]s)(?:te|ten)(?<!ersten)(?<!letzten)(?<!nächsten)(?<!meisten)(?<!guten)(?<!besten)(?<!weiten)(?<!zweiten)(?<!dritten)(?<!vierten)(?<!fünften)(?<!mitten)(?<!hatten)(?<!unten)(?<!konnten))",
    not_past=frozenset({"gegen", "geben", "gehen", "gestern", "gesamt", "genug", "gerade", "gelten", "geraten",
                        "gemeinsam", "gesehen", "gelegen", "genießen", "gewinnen", "gestalten", "gefallen",
                        "gelingen", "geschehen", "gehört"}),
    reporting=REPORTING,
    reported_before=re.compile(r"\b(?:" + "|".join(sorted(REPORTING)) + r")(?:\s+am)?\s+\Z"),
    deadline_before=re.compile(r"\b(?:bis|bis\s+zum|bis\s+spätestens)\s+\Z"),
    pluperfect=re.compile(r"\bhatten?\b"),
    verb_first=False,
)
