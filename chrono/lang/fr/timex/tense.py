"""French tense markers: the tense of a date without a year is the tense of the nearest marker.

The future and the conditional of any verb ("sera", "devrait", "se rendra"), periphrases ("va",
"doit") and "demain", "prochain" mark the future; the auxiliaries of the passé composé and the
plus-que-parfait ("a annoncé", "avait"), the passé simple and imperfect endings ("annonça",
"était") and "hier", "dernier" mark the past. Word lists and regexes, read by
:mod:`chrono.timex.tense`; verb morphology from a parser (``Tense=Fut``, ``Mood=Cnd``) will
replace the lists.
"""
from __future__ import annotations

import re

from ...timex import TenseWords

FUTURE_WORDS = (
    "va", "vont", "allons", "allez", "vais", "demain", "prochain", "prochaine", "prochains", "prochaines",
    "prévu", "prévue", "prévus", "prévues", "prévoit", "prévoient", "doit", "doivent", "devra", "devront",
    "devrait", "devraient", "envisage", "envisagent", "attendu", "attendue", "attendus", "attendues",
    "programmé", "programmée", "d'ici", "à venir", "convoqué", "convoquée",
)
#: reporting verbs in the present and the passé simple: the report is past, or today's
REPORTING = frozenset({"annonce", "affirme", "indique", "précise", "déclare", "assure", "rapporte", "estime", "raconte",
                       "écrit", "révèle", "explique", "souligne", "ajoute", "confirme", "dément", "annonça", "déclara",
                       "affirma", "selon"})
PAST_WORDS = ("a", "ont", "avait", "avaient", "était", "étaient", "fut", "furent", "eut", "été", "hier",
              "avant-hier", "dernier", "dernière", "derniers", "dernières", "passé", "passée", "depuis",
              "il y a") + tuple(sorted(REPORTING))

TENSE = TenseWords(
    future=FUTURE_WORDS,
    past=PAST_WORDS,
    # the future and the conditional of any verb: "sera", "aura", "devrait", "se rendra", "pourraient"
    # (nouns and adjectives in "-rai(s)", "-ras" are left out by the length and the list)
    future_forms=r"(?!(?:vrai|vraie|vraies|vrais|mirage|parage|carrière|verrait|entiers?)\b)"
                 r"[a-zàâçéèêëîïôûùüÿœ]{2,}(?:rai|ras|ra|rons|rez|ront|rais|rait|rions|riez|raient)",
    # passé simple and imperfect endings: "annonça", "déclarèrent", "était", "manifestaient"
    past_forms=r"[a-zàâçéèêëîïôûùüÿœ]{2,}(?:èrent|irent|aient|ait|ais)",
    not_past=frozenset({"la", "sa", "ça", "cela", "déjà", "voilà", "delà", "là", "fait", "mais", "jamais", "frais",
                        "palais", "anglais", "français", "libanais", "japonais", "marocain", "contrat", "état",
                        "mandat", "attentat", "soldat", "débat", "résultat", "climat", "plat", "chat", "syndicat",
                        "avocat", "candidat", "sénat", "consulat", "califat", "émirat", "magistrat", "assassinat",
                        "qatar", "sera", "aura", "fera", "ira", "viendra", "pourra", "devra", "saura", "voudra",
                        "faudra", "tiendra", "prendra", "mettra", "dira", "vera", "ultra", "extra", "opéra",
                        "caméra", "sahara", "kurdistan", "algérie", "djihada", "oumma", "hamas", "ankara", "asma",
                        "jakarta", "kinshasa", "riyad", "gaza", "alqaïda", "qaïda", "rabat", "moustafa", "souhait",
                        "trait", "lait", "portrait", "retrait", "extrait", "bienfait", "méfait", "souhaits",
                        "retraits", "succès", "après", "près", "très", "dès", "auprès", "exprès", "biais",
                        "relais", "délais", "délai", "essai", "mai", "vrai", "balai", "quai", "brai"}),
    # the marker of a reported past is the auxiliary ("a annoncé"): no past marker is skipped before a future
    reporting=frozenset(),
    # "aller" is a future only before an infinitive ("va remporter"): "les spéculations vont bon train" is present
    not_future=re.compile(r"(?:va|vont|vais|allons|allez)\s+(?!(?:se\s+|s['’]|le\s+|la\s+|les\s+|l['’]|lui\s+|leur\s+|y\s+|en\s+|pas\s+|peut-être\s+|bientôt\s+|ensuite\s+|encore\s+|enfin\s+)*"
                          r"[a-zàâçéèêëîïôûùüÿœ]+(?:er|ir|re|oir)\b)", re.IGNORECASE),
    # "a annoncé vendredi", "affirmait lundi": the reported day is past
    reported_before=re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:annoncé|déclaré|affirmé|indiqué|précisé|ajouté"
                               r"|expliqué|assuré|souligné|estimé|dit|confirmé|rapporté|rappelé|démenti|répondu)"
                               r"(?:\s+que)?\s+\Z"),
    # "prévu pour jeudi", "reporté à lundi", "d'ici vendredi", "jusqu'à mardi": looks ahead
    deadline_before=re.compile(r"\b(?:prévue?s?\s+(?:pour|le)|pour|d'ici(?:\s+à)?|reportée?s?\s+(?:à|au)|repoussée?s?\s+(?:à|au)"
                               r"|avant)\s+\Z"),
    pluperfect=re.compile(r"\bavai(?:t|ent)\b", re.IGNORECASE),
    verb_first=True,
)
