"""French for the event layer and the merge: every word they read, as data with examples.

No French parser ships (its treebank's licence is unclear), so French events are read by the
regular-expression path alone: the future ("parviendra", "seront") and the conditional ("serait",
"accoucherait") are told by their endings (:data:`FUTURE_FORM`, :data:`CONDITIONAL_FORM`), the
compound past by its auxiliary ("a déclaré", "a-t-il ajouté"). ``CUE_EXAMPLES`` are decisions of
the whole layer, run by ``tests/test_lang_events.py``.
"""
from __future__ import annotations

from ..events import (DatingWords, EventWords, HeadlineWords, MergeWords, ModalityWords, NominalWords, Pattern,
                      ReportingWords, Stemming, SyntaxWords)

# --- reporting verbs --------------------------------------------------------------------------

#: Regular -er reporting verbs by stem: participle, present, past historic ("déclar" + é/e/ent/a/èrent).
_ER = ("déclar", "annonc", "affirm", "ajout", "indiqu", "précis", "expliqu", "assur", "estim", "soulign",
       "rapport", "racont", "confirm", "dénonc", "insist", "rappel", "avert", "not", "observ", "révél",
       "souhait", "jug", "martel", "lanc", "accus", "avou", "reconn", "ni", "dément", "prévien", "signal",
       "constat", "relev", "détaill")
_IRREGULAR = frozenset("""
dit dire disent dira déclara reconnu reconnaît admis admet écrit écrivent prévenu prévient démenti dément
promis promet affirma annonça ajouta précisa expliqua assura estima souligna raconta rapporta confirma
""".split())
REPORTING_VERBS: frozenset[str] = frozenset(
    {s + e for s in _ER if s not in ("reconn", "dément", "prévien", "avert") for e in ("é", "e", "ent", "és")}
    | _IRREGULAR)
REPORTING_LEMMAS: frozenset[str] = frozenset({s + "er" for s in _ER if s not in ("reconn", "dément", "prévien")}
                                             | {"dire", "reconnaître", "admettre", "écrire", "prévenir", "démentir"})

# --- syntax -----------------------------------------------------------------------------------

AUXILIARIES: frozenset[str] = frozenset("""
a ont avait avaient aura auront aurait auraient eu est sont était étaient sera seront serait seraient été va vont
allait peut peuvent pourra pourrait pourraient doit doivent devrait devraient
""".split())

SYNTAX = SyntaxWords(
    auxiliaries=AUXILIARIES,
    past_auxiliaries=frozenset("a ont avait avaient est sont était étaient eu été".split()),
    irregular_past=frozenset("fut furent fit firent prit prirent mit mirent vint vinrent mort morts pris fait".split()),
    past_suffixes=("é", "ée", "és", "ées", "èrent"),
    past_min_length=4,
    subject_pronouns=frozenset("il elle ils elles on nous je".split()),
    determiners=frozenset("le la les l' un une des ce cette ces son sa ses leur leurs".split()),
    articles=("le", "la", "les", "un", "une", "des"),
    coordinators=("et", "mais", "ou"),
    break_coordinators=("et", "mais"),
    contrastive=frozenset({"mais"}),
    additive=("et",),
    complementizers=("que", "qu'", "qu’"),
    subordinate_openers=frozenset("si quand lorsque alors puisque parce après avant depuis pendant bien".split()),
    relative_openers=("qui", "que", "dont", "où", "lequel", "laquelle"),
    clause_break=Pattern(r";\s+|,\s+et\s+|,\s+mais\s+|,\s+alors\s+que\s+|,\s+tandis\s+que\s+|:\s+",
                         examples=(("L'armée a repris la ville ; les rebelles ont fui.", "; "),
                                   ("Les pourparlers ont échoué, mais la trêve tient.", ", mais ")),
                         misses=("L'armée et la milice ont repris la ville.",), ignore_case=True),
    appositive_relative=Pattern(
        r",\s+(?:le|la|les|un|une)\s+(?:[\w'’\-]+\s+){0,4}?(?:qui|que|qu'|où|dont)\s*(?P<w1>[\w'’]+)"
        r"(?:\s+(?P<w2>[\w'’]+))?\b[^,;]*$",
        examples=(("Ils ont pris Raqqa, la ville que l'EI utilisait comme capitale depuis 2014",
                   ", la ville que l'EI utilisait comme capitale depuis 2014"),),
        misses=("Ils ont pris Raqqa, sa capitale depuis 2014",), ignore_case=True),
    possessive=Pattern(r"(?!x)x", examples=(), misses=("l'attaque de samedi",)),
    group_pronouns=("ils", "elles"),
    person_pronouns=("il", "elle"),
    subject_determiners=("le", "la", "les", "ce", "cette", "son", "sa", "ses", "leur"),
)

# --- reporting --------------------------------------------------------------------------------

_DAY_WORDS = (r"(?:ce\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\s+soir|\s+matin)?|"
              r"aujourd'hui|hier(?:\s+soir)?|ce\s+(?:matin|soir)")
PRONOUNS: frozenset[str] = frozenset({"il", "elle", "ils", "elles", "on", "nous", "je", "a-t-il", "a-t-elle",
                                      "ont-ils", "ont-elles", "t-il", "t-elle"})

REPORTING = ReportingWords(
    verbs=REPORTING_VERBS,
    zero_that_verbs=frozenset(),
    addressee_verbs=frozenset(),
    addressees=("la presse", "les journalistes"),
    adjunct=Pattern(r"\s*(?:(?:dans\s+un\s+communiqué|lors\s+d['’]une\s+conférence\s+de\s+presse|à\s+la\s+presse|"
                    r"aux\s+journalistes|" + _DAY_WORDS + r")\b[\s,]*)*",
                    examples=((" dans un communiqué samedi que", " dans un communiqué samedi "),
                              (" ce lundi.", " ce lundi")), ignore_case=True),
    tail_prepositions=("sur", "de", "à propos de", "en"),
    modality={**{f: "forecast" for f in ("prévient", "prévenu", "averti", "promis", "promet")},
              **{f: "negated" for f in ("nié", "nie", "nient", "démenti", "dément")}},
    discourse_markers=("mais", "et", "cependant", "toutefois", "pourtant", "par ailleurs", "en outre", "de plus",
                       "de son côté", "maintenant", "alors", "ensuite", "néanmoins", "or"),
    pronouns=PRONOUNS,
    source_pronouns=frozenset({"il", "elle", "ils", "elles"}),
    adding=Pattern(r",\s+(?:a-t-il|a-t-elle)\s+ajouté\s+que\s+|,\s+ajoutant\s+que\s+",
                   examples=(("La ville est tombée, ajoutant que les rebelles ont fui.", ", ajoutant que "),),
                   ignore_case=True),
    according=Pattern(r"\bselon\s+|\bd['’]après\s+",
                      examples=(("La ville est tombée, selon l'OSDH.", "selon "),), ignore_case=True),
    according_verb="selon",
    purpose_clause=Pattern(r"\s+pour\s+[a-zéèê]+(?:er|ir|re)\b.*$",
                           examples=(("des sources proches de l'opération pour reprendre la ville", " pour reprendre la ville"),),
                           misses=("des sources proches de l'opération",)),
    leading_adverbial=Pattern(r"^(?:en|dans|à|au|depuis|après|avant)\s+[^,]{1,40},\s+(?=\S)",
                              examples=(("En Irak, le Premier ministre", "En Irak, "),), ignore_case=True),
    source_relative=Pattern(r",\s+(?:qui|que|dont)\b[^\"“”«»]*?(?:,|$)",
                            examples=(("L'OSDH, qui surveille la guerre, a dit", ", qui surveille la guerre,"),),
                            ignore_case=True),
    perfect=Pattern(r"\s+(?:a|ont|avait|avaient)\s*$", examples=(("Le gouvernement a ", " a "),), ignore_case=True),
    content_opener=Pattern(r"\s*(?:il|elle|ils|elles|on)\b", examples=((" ils avaient conclu un accord", " ils"),),
                           misses=("Raqqa est tombée",), ignore_case=True),
    finite_verb=Pattern(r"\b(?:" + "|".join(sorted(AUXILIARIES)) + r")\b",
                        examples=(("la ville a été reprise", "a"), ("l'armée est partie", "est"))),
    main_clause_before=Pattern(r",\s+(?:quand|lorsque|après que|avant que|alors que|parce que|si)\s",
                               examples=(("L'offensive a commencé en juin, quand Abadi ", ", quand "),),
                               misses=("Le colonel Ryan Dillon ",)),
    trim_prepositions=("de", "du", "des", "en", "pour", "avec"),
    lemmas=REPORTING_LEMMAS,
)

# --- modality ---------------------------------------------------------------------------------

#: The simple future, lower case: "parviendra", "seront", "aura" (not "vrai", "opéra", "extra").
FUTURE_FORM = r"(?-i:(?!vrai\b)[a-zàâçéèêëîïôûù]*[aeiouydvlr]r(?:a|as|ai|ons|ez|ont))"
#: The conditional: "serait", "accoucherait", "pourraient" (not "retrait", "portrait").
CONDITIONAL_FORM = r"(?-i:[a-zàâçéèêëîïôûù]{2,}r(?:ait|aient))(?<!trait)(?<!traient)"


def cues(alternatives: tuple[str, ...], examples: tuple[tuple[str, str], ...], misses: tuple[str, ...] = ()) -> Pattern:
    """A pattern of cue alternatives, each a whole word."""
    return Pattern(r"(?<![\w'’])(?:" + "|".join(alternatives) + r")(?![\w'’])", examples, misses, ignore_case=True)


MODALITY = ModalityWords(
    forecast=cues((FUTURE_FORM, r"(?:va|vont|vais|allons|allait|allaient)\s+\w+(?:er|ir|re)", r"prévu(?:e|s|es)?",
                   r"prévoit", r"prévoient", r"doi(?:t|vent)\s+\w+(?:er|ir|re)", r"envisag(?:e|ent)",
                   r"menace(?:nt)?\s+de", r"dans\s+les\s+(?:prochains|prochaines)\s+\w+", r"à\s+venir"),
                  (("son armée parviendra à écraser la rébellion", "parviendra"),
                   ("il va remporter la guerre", "va remporter"), ("le sommet prévu", "prévu")),
                  ("c'est vrai", "l'opéra de Damas", "l'armée a repris la ville")),
    hypothetical=cues((r"si", r"s['’]il", r"s['’]ils", r"au\s+cas\s+où", r"à\s+condition\s+que", r"supposément"),
                      (("si les pourparlers échouent", "si"), ("s'il attaque", "s'il")),
                      ("l'armée a repris la ville",)),
    conditional=cues((CONDITIONAL_FORM,),
                     (("sa femme serait enceinte", "serait"), ("elle accoucherait en mars", "accoucherait")),
                     ("le retrait des troupes", "un portrait du président")),
    negation=Pattern(r"(?<![\w'’])(?:(?:ne|jamais|aucune?|ni|nié|nie|nient|démenti|dément|refusé\s+de)(?![\w'’])|n['’](?=\w))",
                     examples=(("l'armée n'est pas entrée", "n'"), ("il ne quittera pas", "ne"), ("il a nié", "nié")),
                     misses=("l'armée est entrée dans la ville", "une nouvelle"), ignore_case=True),
    indirect_questions=frozenset(),
)

# --- dating and nominal events ----------------------------------------------------------------

DATING = DatingWords(
    relations={"depuis": "since", "dès": "since", "à partir de": "since", "à partir du": "since",
               "jusqu'à": "until", "jusqu'au": "until", "jusqu’à": "until", "jusqu’au": "until",
               "avant": "before", "avant le": "before", "après": "after", "après le": "after",
               "pendant": "during", "durant": "during", "au cours de": "during", "en": "on", "le": "on", "au": "on",
               "à": "on", "dans la nuit de": "on"},
    point_prepositions=("en", "le", "au", "à"),
    duration_prepositions=frozenset({"dans", "d'ici", "d’ici", "dans les prochains", "dans les prochaines"}),
    deadline_prepositions=("jusqu'à", "jusqu'au", "avant", "d'ici"),
    genitives=("du",),
    coordination=Pattern(r"^[\s,]*(?:(?:ou|et|à|au|-|–|—)[\s,]*)?(?:début|mi|fin)?[\s,]*$",
                         examples=((" ou ", " ou "), (" et ", " et ")), misses=(" a dit l'armée le ",),
                         ignore_case=True),
    relative_start=Pattern(r"\s*(?:qui|que|qu['’]|lequel|laquelle)\s*",
                           examples=(("qui était aux mains de l'EI", "qui "),), ignore_case=True),
)

NOMINAL = NominalWords(
    premodifier_before=Pattern(r"(?!x)x", examples=(), misses=("l'attaque du ",)),
    list_openers=("dont", "notamment", "y compris", "parmi lesquels", "comme"),
    subordinators=("que", "qu'", "parce que", "quand", "lorsque", "si"),
)

# --- headline ---------------------------------------------------------------------------------

NAME = r"(?:(?:al|el|ad|as|ash|ben|bin|de|du|la|le)-)?[A-ZÀÂÇÉÈÊÎÔ](?:[\w'’\-]|\.(?=\w))*\.?"

HEADLINE = HeadlineWords(
    drop_words=frozenset({"déjà", "encore", "aussi", "également", "désormais", "maintenant", "apparemment",
                          "visiblement", "finalement", "même", "toujours", "à nouveau"}),
    leading_subordinators=(r"(?:dans|en|sur|au|aux|lors\s+d['’]|à)\s[^,]{1,120},",     # a fronted adverbial
                           "après que", "alors que", "lorsque", "quand", "parce que", "depuis que", "avant que",
                           "tandis que", "bien que"),
    dateline=Pattern(r"^[A-ZÀÂÇÉÈÊÎÔ][\w.'\-]+(?: [A-ZÀÂÇÉÈÊÎÔ(][\w.'\-()]*){0,3}\s*(?:\([^)]*\))?\s*[-–—]+\s+",
                     examples=(("BEYROUTH (AFP) - L'armée", "BEYROUTH (AFP) - "),), misses=("L'armée a repris",)),
    quotation_marks=Pattern(r"[\"“”«»]|(?<!\w)['‘]|['’](?!\w)",
                            examples=(("«Je ne quitterai pas», a-t-il dit", "«"),), misses=("l'armée",)),
    first_person=frozenset({"nous", "je"}),
    first_person_passive={},
    first_person_adverbs=frozenset(),
    object_words=frozenset({"le", "la", "les", "lui", "leur", "cela", "ça"}),
    infinitive=Pattern(r"\s+(?:à|de)\s+[a-zéèê]+(?:er|ir|re)\b", examples=(("les pourparlers à durer", " à durer"),)),
    trim_cues=("avec l'aide de", "dans le cadre de", "après", "malgré", "lors de", "pendant", "alors que", "avec",
               "parce que", "près de", "dans", "depuis"),
    name=Pattern(NAME, examples=(("al-Assad", "al-Assad"), ("Bachar el-Assad", "Bachar")), misses=("l'armée",)),
    place_noun=Pattern(r"\b(?:la|le)\s+(?:ville|localité|province|région|village|capitale|port|quartier)\s+(?:de|d['’])\s*(?="
                       + NAME + r")", examples=(("dans la ville de Homs", "la ville de "),), misses=("la ville est tombée",),
                       ignore_case=True),
    mid_appositive=Pattern(r",\s+(?:un|une|le|la|les|son|sa|ses)\s+[^,;]{3,80}?,\s+",
                           examples=(("Mohammed Zawi, un porte-parole des rebelles, a dit", ", un porte-parole des rebelles, "),)),
)

# --- merge ------------------------------------------------------------------------------------

STOPWORDS: frozenset[str] = frozenset("""
le la les l un une des de du d et ou mais à au aux en dans par pour sur avec sans sous entre après avant depuis
pendant que qu qui dont où ce cette ces son sa ses leur leurs il elle ils elles on se s a ont avait est sont été
était ne pas plus très déjà aussi dit selon comme quand tout tous un deux trois quatre cinq
""".split())
COMMON_NAMES: frozenset[str] = frozenset({
    "le", "la", "les", "en", "gouvernement", "président", "ministre", "armée", "forces", "syrie", "onu", "ue",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril",
    "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
})
EVENT_KINDS: dict[str, tuple[str, ...]] = {
    "capture": ("pris", "prise", "repris", "reprise", "conquis", "libéré", "libérée", "libération", "tombée", "tombé"),
    "attack": ("attaque", "attaques", "attaqué", "tué", "tués", "morts", "bombardement", "bombardements", "raids",
               "frappes", "combats", "affrontements", "attentat", "tiré", "explosions"),
    "protest": ("manifestation", "manifestations", "manifesté", "manifestants", "rassemblement"),
    "agreement": ("accord", "cessez-le-feu", "trêve", "signé"),
    "departure": ("fui", "évacuation", "retrait", "démission", "exil"),
    "vote": ("élection", "élections", "vote", "scrutin", "référendum"),
    "ruling": ("jugement", "condamné", "verdict", "acquitté", "tribunal"),
}
STEMMING = Stemming(clitics=(), suffixes=("ations", "ation", "ements", "ement", "es", "s", "e"),
                    min_rest=3, length=5, examples=(("Attaques", "attaq"), ("manifestation", "manif"), ("armées", "armé")))

MERGE = MergeWords(
    stopwords=STOPWORDS, common_names=COMMON_NAMES, kinds=EVENT_KINDS, stemming=STEMMING,
    kind_examples=(("L'armée a repris Homs", "Des bombardements sur Homs ont tué cinq civils", False),),
)

#: Runnable examples: (what is decided, input, expected). Checked by the tests.
CUE_EXAMPLES: tuple[tuple[str, str, str], ...] = (
    ("modality", "son armée parviendra à écraser la rébellion", "forecast"),
    ("modality", "il va remporter la guerre civile", "forecast"),
    ("modality", "sa femme serait enceinte", "hypothetical"),
    ("modality", "si les pourparlers échouent, l'armée attaquera", "hypothetical"),
    ("modality", "l'armée n'est pas entrée dans la ville", "negated"),
    ("modality", "des milliers de Syriens ont manifesté leur soutien", "fact"),
    ("modality", "le retrait des troupes a commencé", "fact"),
    ("modality", "c'est vrai, la répression a fait sept morts", "fact"),
    ("relation", "depuis", "since"),
    ("relation", "jusqu'à", "until"),
    ("relation", "après", "after"),
    ("relation", "en", "on"),
    ("verb", "déclaré", "yes"),
    ("verb", "Syrie", "no"),
)

EVENTS = EventWords(syntax=SYNTAX, reporting=REPORTING, modality=MODALITY, dating=DATING, nominal=NOMINAL,
                    headline=HEADLINE, merge=MERGE, examples=CUE_EXAMPLES)

__all__ = ["CUE_EXAMPLES", "EVENTS"]
