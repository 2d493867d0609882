"""Spanish for the event layer and the merge: every word they read, as data with examples.

Spanish tells much of its modality by morphology: the future ("atacará", "serán") and the
conditional ("podría", "conllevaría") are endings, not auxiliaries. The parser gives them as UD
features (``Tense=Fut``, ``Mood=Cnd``: :attr:`ModalityWords.forecast_features`), which the tree path
reads; the regex path reads the endings (:data:`FUTURE_FORM`, :data:`CONDITIONAL_FORM`).
``CUE_EXAMPLES`` are decisions of the whole layer, run by ``tests/test_lang_events.py``.
"""
from __future__ import annotations

import re

from ..events import (DatingWords, EventWords, HeadlineWords, MergeWords, ModalityWords, NominalWords, Pattern,
                      ReportingWords, Stemming, SyntaxWords)

#: Reporting verbs by lemma, with their stem for regular forms: -ar verbs ("afirm" + ó/aron/a/an/ado).
_AR = ("afirm", "asegur", "señal", "indic", "inform", "explic", "declar", "anunci", "agreg", "precis", "destac",
       "confirm", "denunci", "reiter", "manifest", "insist", "alert", "apunt", "coment", "aclar", "record", "expres",
       "estim", "cont", "relat", "revel", "avis", "subray", "advert", "calcul", "admit", "reconoc", "neg")
_IRREGULAR_FORMS = frozenset("""
dijo dijeron dice dicen dicho decía sostuvo sostuvieron sostiene sostienen sostenido advirtió advirtieron advierte
advierten advertido añadió añadieron añade añaden añadido reconoció reconocieron reconoce reconocen reconocido
negó negaron niega niegan negado admitió admitieron admite admiten admitido prometió prometieron promete prometido
escribió escribieron escribe escrito cuenta cuentan contó contaron prevé prevén previó previeron
""".split())
REPORTING_VERBS: frozenset[str] = frozenset(
    {s + e for s in _AR if s not in ("advert", "admit", "reconoc", "neg", "cont") for e in ("ó", "aron", "a", "an", "ado")}
    | _IRREGULAR_FORMS)
REPORTING_LEMMAS: frozenset[str] = frozenset(
    {s + "ar" for s in _AR if s not in ("advert", "admit", "reconoc")}
    | {"decir", "sostener", "advertir", "añadir", "reconocer", "admitir", "prometer", "escribir", "prever"})
# --- syntax -----------------------------------------------------------------------------------

AUXILIARIES: frozenset[str] = frozenset("""
ha han he has hemos había habían habría habrían hubo habrá habrán es son era eran fue fueron será serán sería
serían está están estaba estaban estuvo estará va van iba iban puede pueden podrá podrán podría podrían pudo
debe deben debería deberían tiene tienen
""".split())
PAST_AUXILIARIES: frozenset[str] = frozenset("ha han había habían hubo fue fueron estuvo estaba estaban".split())
IRREGULAR_PAST: frozenset[str] = frozenset("""
fue fueron hizo hicieron dijo dijeron tuvo tuvieron puso pusieron pudo pudieron murió murieron huyó huyeron
vino vinieron dio dieron estuvo estuvieron quiso quisieron trajo trajeron condujo sostuvo obtuvo mantuvo
""".split())
SUBJECT_PRONOUNS: frozenset[str] = frozenset("él ella ellos ellas nosotros yo usted ustedes".split())
DETERMINERS: frozenset[str] = frozenset("el la los las un una unos unas este esta estos estas su sus".split())
SUBORDINATE_OPENERS: frozenset[str] = frozenset("si cuando mientras aunque porque tras después antes desde hasta".split())
RELATIVES: tuple[str, ...] = ("que", "quien", "quienes", "donde", "cuyo", "cuya", "el cual", "la cual")

SYNTAX = SyntaxWords(
    auxiliaries=AUXILIARIES,
    past_auxiliaries=PAST_AUXILIARIES,
    irregular_past=IRREGULAR_PAST,
    past_suffixes=("ó", "aron", "ieron", "ado", "ido"),
    past_min_length=4,
    subject_pronouns=SUBJECT_PRONOUNS,
    determiners=DETERMINERS,
    articles=("el", "la", "los", "las", "un", "una"),
    coordinators=("y", "e", "pero", "o", "u"),
    break_coordinators=("y", "pero"),
    contrastive=frozenset({"pero", "aunque"}),
    additive=("y", "e"),
    complementizers=("que",),
    subordinate_openers=SUBORDINATE_OPENERS,
    relative_openers=RELATIVES,
    clause_break=Pattern(r"\s+y\s+(?=(?:" + "|".join(sorted(REPORTING_VERBS)) + r")\s)"      # "... y sostuvo que"
                         r"|;\s+|,\s+y\s+|,\s+pero\s+|,\s+mientras\s+(?:que\s+)?|,\s+aunque\s+|,\s+agregando\s+que\s+|:\s+",
                         examples=(("El ejército tomó la ciudad; los rebeldes huyeron.", "; "),
                                   ("identificó preparativos y sostuvo que pagarán", " y "),
                                   ("Las conversaciones fracasaron, pero la tregua se mantuvo.", ", pero ")),
                         misses=("El ejército y la milicia tomaron la ciudad.",), ignore_case=True),
    appositive_relative=Pattern(
        r",\s+(?:el|la|los|las|un|una)\s+(?:[\w\-]+\s+){0,4}?(?:que|donde|quien)\s+(?P<w1>[\w]+)(?:\s+(?P<w2>[\w]+))?\b[^,;]*$",
        examples=(("Tomaron Raqa, la ciudad que el EI usaba como capital desde 2014",
                   ", la ciudad que el EI usaba como capital desde 2014"),),
        misses=("Tomaron Raqa, su capital desde 2014",), ignore_case=True),
    possessive=Pattern(r"(?!x)x", examples=(), misses=("el ataque del viernes",)),
    group_pronouns=("ellos", "ellas"),
    person_pronouns=("él", "ella"),
    subject_determiners=("el", "la", "los", "las", "este", "esta", "su", "sus"),
)

# --- reporting --------------------------------------------------------------------------------

REPORTING_MODALITY: dict[str, str] = {
    **{f: "forecast" for f in ("advirtió", "advirtieron", "advierte", "prometió", "prevé", "prevén")},
    **{f: "negated" for f in ("negó", "negaron", "niega", "niegan", "desmintió")},
}
PRONOUNS: frozenset[str] = frozenset({"él", "ella", "ellos", "ellas", "nosotros", "yo"})
_DAY_WORDS = (r"(?:(?:el|este)\s+(?:pasado\s+)?)?(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|hoy|ayer|anoche|"
              r"esta\s+(?:mañana|tarde|noche|semana)")

REPORTING = ReportingWords(
    verbs=REPORTING_VERBS,
    zero_that_verbs=frozenset(),
    addressee_verbs=frozenset(),
    addressees=("la prensa", "los periodistas"),
    adjunct=Pattern(r"\s*(?:(?:en\s+(?:un|una)\s+(?:comunicado|rueda de prensa|entrevista|declaración)|a\s+la\s+prensa|"
                    r"a\s+los\s+periodistas|" + _DAY_WORDS + r")\b[\s,]*)*",
                    examples=((" en un comunicado el sábado que", " en un comunicado el sábado "),
                              (" hoy que", " hoy ")), ignore_case=True),
    tail_prepositions=("sobre", "de", "en", "tras"),
    modality=REPORTING_MODALITY,
    discourse_markers=("pero", "y", "sin embargo", "además", "asimismo", "por otra parte", "mientras tanto",
                       "de hecho", "en cambio", "no obstante", "por su parte", "ahora", "luego"),
    pronouns=PRONOUNS,
    source_pronouns=frozenset({"él", "ella", "ellos", "ellas"}),
    adding=Pattern(r",\s+(?:y\s+)?(?:agregó|añadió)\s+que\s+",
                   examples=(("La ciudad cayó, dijo, y añadió que ardía.", ", y añadió que "),), ignore_case=True),
    according=Pattern(r"\bsegún\s+", examples=(("La ciudad cayó, según fuentes oficiales.", "según "),),
                      ignore_case=True),
    according_verb="según",
    purpose_clause=Pattern(r"\s+para\s+[a-záéíóúñ]+r\b.*$",
                           examples=(("fuentes cercanas a la operación para retomar la ciudad", " para retomar la ciudad"),),
                           misses=("fuentes cercanas a la operación",)),
    leading_adverbial=Pattern(r"^(?:(?:en|desde|tras|durante|ante)\s+[^,]{1,40},\s+(?=\S)"
                              r"|(?:ha|han|había|habían)\s+(?:podido\s+)?[a-záéíóú]+(?:ar|er|ir)\s+)",
                              examples=(("En Irak, el primer ministro", "En Irak, "),
                                        ("ha podido constatar la agencia Afp", "ha podido constatar ")),
                              ignore_case=True),
    source_relative=Pattern(r",\s+(?:que|quien|quienes|cuyo|cuya)\b[^\"“”«»]*?(?:,|$)",
                            examples=(("El Observatorio, que vigila la guerra, dijo", ", que vigila la guerra,"),),
                            ignore_case=True),
    perfect=Pattern(r"\s+(?:ha|han|había|habían)\s*$", examples=(("El Gobierno ha ", " ha "),), ignore_case=True),
    content_opener=Pattern(r"\s*(?:él|ella|ellos|ellas)\b", examples=((" ellos habían pactado", " ellos"),),
                           misses=("Raqa cayó",), ignore_case=True),
    finite_verb=Pattern(r"\b(?:" + "|".join(sorted(AUXILIARIES)) + r"|\w+(?:ó|aron|ieron))\b",
                        examples=(("la ciudad fue retomada", "fue"), ("el ejército se retiró", "retiró"))),
    main_clause_before=Pattern(r",\s+(?:cuando|después de que|antes de que|mientras|porque|aunque|si)\s",
                               examples=(("La campaña empezó en junio, cuando Abadi ", ", cuando "),),
                               misses=("El coronel Ryan Dillon ",)),
    trim_prepositions=("de", "del", "en", "para", "con"),
    lemmas=REPORTING_LEMMAS,
)

# --- modality ---------------------------------------------------------------------------------

#: The synthetic future, lower case only ("Irán" is a country): "atacará", "serán", "habrá".
FUTURE_FORM = r"(?-i:[a-záéíóúñ]{2,}r(?:á|án|ás|é|emos))"
#: The conditional ("podría", "conllevaría"), without the nouns that end alike ("mayoría", "artillería").
CONDITIONAL_FORM = (r"(?-i:(?!(?:mayor|categor|teor|secretar|artiller|infanter|canciller|bater|galer|ingenier|panader|"
                    r"librer|alcald|tesorer|porter|cervecer|joyer|carnicer|consejer)ía)[a-záéíóúñ]{2,}ría(?:n|mos)?)")


def cues(alternatives: tuple[str, ...], examples: tuple[tuple[str, str], ...], misses: tuple[str, ...] = ()) -> Pattern:
    """A pattern of cue alternatives, each a whole word."""
    return Pattern(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", examples, misses, ignore_case=True)


MODALITY = ModalityWords(
    forecast=cues((FUTURE_FORM, r"(?:va|van|vamos|iba|iban) a \w+(?:ar|er|ir)", r"prev(?:é|én|ista|isto|istas|istos)",
                   r"se espera", r"esperan? que", r"planea", r"pretenden?", r"amenaza(?:n|ron)? con",
                   r"prometi(?:ó|eron) que", r"en los próximos (?:días|meses|años)", r"pued(?:e|en) \w+(?:ar|er|ir)"),
                  (("el ejército atacará la ciudad", "atacará"), ("Trump y Putin prevén tener", "prevén"),
                   ("la ofensiva va a empezar", "va a empezar")),
                  ("el ejército tomó la ciudad", "Irán tomó la ciudad")),
    hypothetical=cues((r"si", r"a menos que", r"en caso de que", r"supuestamente",
                       r"(?:habría|habrían|hubiera|hubieran|hubiese)\s+\w+(?:ado|ido|to|cho)"),
                      (("si eso ocurre, pagarán", "si"), ("el ataque se habría evitado", "habría evitado")),
                      ("el ejército tomó la ciudad",)),
    conditional=cues((CONDITIONAL_FORM,), (("probablemente conllevaría el asesinato", "conllevaría"),
                                           ("la tregua podría romperse", "podría")),
                     ("la mayoría de los civiles", "la artillería disparó", "en Siria")),
    negation=cues((r"no(?! obstante| sólo| solo)", r"nunca", r"jamás", r"ni", r"neg(?:ó|aron|ado)", r"niegan?",
                   r"se neg(?:ó|aron) a", r"desmintió"),
                  (("el ejército no entró en la ciudad", "no"), ("Asad negó que", "negó")),
                  ("no obstante, la tregua se mantuvo", "no sólo soldados sino civiles")),
    indirect_questions=frozenset(),
    forecast_features=frozenset({"Tense=Fut"}),
    conditional_features=frozenset({"Mood=Cnd"}),
)

# --- dating and nominal events ----------------------------------------------------------------

DATING = DatingWords(
    relations={"desde": "since", "desde hace": "since", "a partir de": "since", "hasta": "until",
               "antes de": "before", "antes del": "before", "después de": "after", "después del": "after",
               "tras": "after", "durante": "during", "en": "on", "el": "on", "a": "on", "de": "on", "del": "on"},
    point_prepositions=("en", "el", "a"),
    duration_prepositions=frozenset({"dentro de", "en los próximos", "en las próximas", "en el plazo de"}),
    deadline_prepositions=("hasta", "para", "antes de"),
    genitives=("del",),
    coordination=Pattern(r"^[\s,]*(?:(?:o|y|a|al|hasta|-|–|—)[\s,]*)?(?:principios|mediados|finales)?[\s,]*$",
                         examples=((" o ", " o "), (" y ", " y ")), misses=(" dijo el ejército el ",),
                         ignore_case=True),
    relative_start=Pattern(r"\s*(?:que|quien|quienes|el cual|la cual)\s+",
                           examples=(("que estaba en manos del EI", "que "),), ignore_case=True),
)

NOMINAL = NominalWords(
    premodifier_before=Pattern(r"(?!x)x", examples=(), misses=("el ataque del ",)),
    list_openers=("incluido", "incluida", "incluidos", "incluidas", "como", "entre ellos", "entre ellas"),
    subordinators=("que", "porque", "cuando", "mientras", "si"),
)

# --- headline ---------------------------------------------------------------------------------

NAME = r"(?:(?:al|el|ad|as|ash|bin|de|del|la)[\- ])?[A-ZÁÉÍÓÚÑ](?:[\w'’\-]|\.(?=\w))*\.?"

HEADLINE = HeadlineWords(
    drop_words=frozenset({"ya", "todavía", "aún", "también", "supuestamente", "presuntamente", "asimismo",
                          "ahora", "finalmente", "incluso", "aparentemente"}),
    leading_subordinators=(r"(?:en|durante|desde|ante|a\s+pesar\s+de)\s[^,]{1,120},",    # a fronted adverbial
                           "tras", "después de que", "cuando", "mientras", "porque", "aunque", "desde que",
                           "hasta que", "antes de que"),
    dateline=Pattern(r"^[A-ZÁÉÍÓÚÑ][\w.'\-]+(?: [A-ZÁÉÍÓÚÑ(][\w.'\-()]*){0,3},?\s*(?:\d{1,2}\s+\w{3,10}\s*)?(?:\([^)]*\))?"
                     r"\s*\.?[-–—]+\s+",
                     examples=(("Beirut, 23 mar (EFE).- Cinco hermanos", "Beirut, 23 mar (EFE).- "),
                               ("Beirut,.- Cinco hermanos", "Beirut,.- "),
                               ("Trípoli (Redacción/Agencias).- Cinco", "Trípoli (Redacción/Agencias).- ")),
                     misses=("Cinco hermanos murieron - según", "El ejército - dijo")),
    quotation_marks=Pattern(r"[\"“”«»]|(?<!\w)['‘]|['’](?!\w)",
                            examples=(("«pagarán un alto precio», indicó", "«"),), misses=("el ataque",)),
    first_person=frozenset({"nosotros", "yo"}),
    first_person_passive={},
    first_person_adverbs=frozenset(),
    object_words=frozenset({"lo", "la", "los", "las", "le", "les", "eso", "esto"}),
    infinitive=Pattern(r"\s+(?:a|de)\s+[a-záéíóú]+r\b", examples=(("las conversaciones a durar", " a durar"),)),
    trim_cues=("con la ayuda de", "en el marco de", "tras", "después de", "pese a", "a pesar de", "durante",
               "mientras", "con", "porque", "cerca de", "en", "desde"),
    name=Pattern(NAME, examples=(("al-Asad", "al-Asad"), ("EE.UU. alertó", "EE.UU.")), misses=("el ejército",)),
    place_noun=Pattern(r"\b(?:la|el)\s+(?:ciudad|localidad|provincia|región|pueblo|aldea|capital|zona)\s+de\s+(?=" + NAME + r")",
                       examples=(("contra el pueblo de Tefás", "el pueblo de "),), misses=("la ciudad cayó",),
                       ignore_case=True),
    mid_appositive=Pattern(r",\s+(?:un|una|el|la|los|las|su|sus)\s+[^,;]{3,80}?,\s+",
                           examples=(("Sean Spicer, el portavoz de la Casa Blanca, precisó",
                                      ", el portavoz de la Casa Blanca, "),)),
)

# --- merge ------------------------------------------------------------------------------------

STOPWORDS: frozenset[str] = frozenset("""
el la los las un una unos unas y e o u pero de del a al en con por para sin sobre entre tras desde hasta durante
que quien cual cuyo este esta estos estas ese esa eso su sus se lo le les ha han había es son fue fueron ser
será no sí más muy ya también dijo según como cuando donde todo todos otra otro otros uno dos tres cuatro cinco
""".split())
COMMON_NAMES: frozenset[str] = frozenset({
    "el", "la", "los", "las", "en", "gobierno", "presidente", "ministro", "ejército", "fuerzas", "siria", "ee.uu.",
    "onu", "ue", "estado", "islámico", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
    "noviembre", "diciembre",
})
EVENT_KINDS: dict[str, tuple[str, ...]] = {
    "capture": ("tomó", "tomaron", "toma", "conquistó", "capturó", "liberó", "liberada", "liberación", "retomó",
                "recuperó", "cayó"),
    "attack": ("ataque", "ataques", "atacó", "atacaron", "bombardeo", "bombardeos", "bombardeó", "murieron",
               "muertos", "mató", "mataron", "atentado", "enfrentamientos", "combates"),
    "protest": ("manifestación", "manifestaciones", "manifestado", "protesta", "protestas", "protestan", "marcha"),
    "agreement": ("acuerdo", "alto el fuego", "tregua", "firmó", "firmaron", "pacto"),
    "departure": ("huyó", "huyeron", "evacuación", "retirada", "retiró", "dimisión", "renunció", "exilio"),
    "vote": ("elecciones", "elección", "votación", "referéndum", "votaron", "comicios"),
    "ruling": ("sentencia", "condenó", "condenado", "absuelto", "juicio", "tribunal"),
}
STEMMING = Stemming(clitics=(), suffixes=("aciones", "ación", "es", "s", "os", "as", "o", "a"), min_rest=3, length=5,
                    examples=(("Ataques", "ataqu"), ("bombardeos", "bomba"), ("manifestación", "manif")))

MERGE = MergeWords(
    stopwords=STOPWORDS, common_names=COMMON_NAMES, kinds=EVENT_KINDS, stemming=STEMMING,
    kind_examples=(("El ejército tomó Raqa", "Bombardeos en Raqa mataron a cinco civiles", False),),
)

#: Runnable examples: (what is decided, input, expected). Checked by the tests.
CUE_EXAMPLES: tuple[tuple[str, str, str], ...] = (
    ("modality", "el ejército atacará la ciudad", "forecast"),
    ("modality", "Trump y Putin prevén tener su primer encuentro", "forecast"),
    ("modality", "si Asad lleva a cabo otro ataque", "hypothetical"),
    ("modality", "el ataque conllevaría el asesinato de civiles", "hypothetical"),
    ("modality", "el ejército no entró en la ciudad", "negated"),
    ("modality", "la mayoría de los civiles murieron", "fact"),
    ("modality", "cinco hermanos murieron en un bombardeo", "fact"),
    ("modality", "Irán envió tropas", "fact"),
    ("relation", "desde", "since"),
    ("relation", "hasta", "until"),
    ("relation", "tras", "after"),
    ("relation", "en", "on"),
    ("verb", "atacó", "yes"),
    ("verb", "murieron", "yes"),
    ("verb", "Siria", "no"),
)

EVENTS = EventWords(syntax=SYNTAX, reporting=REPORTING, modality=MODALITY, dating=DATING, nominal=NOMINAL,
                    headline=HEADLINE, merge=MERGE, examples=CUE_EXAMPLES)

__all__ = ["CUE_EXAMPLES", "EVENTS"]
