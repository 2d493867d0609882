"""German for the event layer and the merge: every word they read, as data with examples.

German puts the finite verb second and the rest of the predicate last ("hat ... gestern verurteilt",
"traten ... die Reise an"); the parser (``syntax/``) links them, and the regex path reads what it
can. Reported speech stands in the Konjunktiv I ("er habe", "sie sei"): it is attributed, not
supposed, so ``Mood=Sub`` makes nothing hypothetical; only "würde" (a conditional) does.
``CUE_EXAMPLES`` are decisions of the whole layer, run by ``tests/test_lang_events.py``.
"""
from __future__ import annotations

from ..events import (DatingWords, EventWords, HeadlineWords, MergeWords, ModalityWords, NominalWords, Pattern,
                      ReportingWords, Stemming, SyntaxWords)

# --- reporting verbs --------------------------------------------------------------------------

#: Weak reporting verbs by stem: "erklär" + te/ten/t/en ("erklärte", "erklärt").
_WEAK = ("sag", "erklär", "betont", "bestätig", "berichtet", "meint", "behaupt", "warnt", "kritisier", "fordert",
         "unterstrich", "ergänz", "versicher", "äußer", "schilder", "erläuter", "bekräftig", "teil", "kündig",
         "dementier", "bericht", "mein", "erzähl", "verrat")
_STRONG = frozenset("""
sprach sprachen spricht schrieb schrieben schreibt verwies verwiesen verweist hieß heißt stellte fest rief
gesagt erklärt betont bestätigt berichtet gemeint behauptet gewarnt angekündigt mitgeteilt geschrieben bestritt
bestritten bestreitet dementiert räumte ein
""".split())
REPORTING_VERBS: frozenset[str] = frozenset({s + e for s in _WEAK for e in ("te", "ten", "t", "en", "et", "ete")}
                                            | _STRONG) - {"teilt", "teilen", "teil", "meinen"}
REPORTING_LEMMAS: frozenset[str] = frozenset({"sagen", "erklären", "betonen", "bestätigen", "berichten", "meinen",
                                              "behaupten", "warnen", "mitteilen", "ankündigen", "sprechen",
                                              "schreiben", "verweisen", "bestreiten", "dementieren", "ergänzen"})

# --- syntax -----------------------------------------------------------------------------------

AUXILIARIES: frozenset[str] = frozenset("""
ist sind war waren hat haben hatte hatten wird werden wurde wurden würde würden sei seien habe wäre wären hätte
hätten kann können konnte konnten muss müssen musste soll sollen sollte sollten will wollen wollte darf dürfte
""".split())

SYNTAX = SyntaxWords(
    auxiliaries=AUXILIARIES,
    past_auxiliaries=frozenset("hat haben hatte hatten war waren wurde wurden ist sind".split()),
    irregular_past=frozenset("""
sagte sagten ging gingen kam kamen fand fanden nahm nahmen gab gaben fiel fielen starb starben floh flohen traf trafen
begann begannen stand standen blieb blieben zog zogen brach brachen schlug schlugen trat traten lag lagen
""".split()),
    past_suffixes=("ierte", "ierten", "erte", "erten", "elte", "elten", "ete", "eten"),   # not "nächsten", "letzte"
    past_min_length=6,
    subject_pronouns=frozenset("er sie es wir ich man".split()),
    determiners=frozenset("der die das den dem des ein eine einen einem einer dieser diese dieses sein seine ihr ihre".split()),
    articles=("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"),
    coordinators=("und", "aber", "oder", "doch"),
    break_coordinators=("und", "aber"),
    contrastive=frozenset({"aber", "doch"}),
    additive=("und",),
    complementizers=("dass", "daß"),
    subordinate_openers=frozenset("wenn als weil obwohl während nachdem bevor seit bis falls ob".split()),
    relative_openers=("der", "die", "das", "welche", "welcher", "wo"),
    clause_break=Pattern(r";\s+|,\s+und\s+|,\s+aber\s+|,\s+während\s+|,\s+obwohl\s+|:\s+",
                         examples=(("Die Armee eroberte die Stadt; die Rebellen flohen.", "; "),
                                   ("Die Gespräche scheiterten, aber die Waffenruhe hielt.", ", aber ")),
                         misses=("Die Armee und die Miliz eroberten die Stadt.",), ignore_case=True),
    appositive_relative=Pattern(
        r",\s+(?:der|die|das|ein|eine)\s+(?:[\w\-]+,?\s+){0,4}?(?:die|der|das|wo)\s+(?P<w1>\w+)(?:\s+(?P<w2>\w+))?\b[^,;]*$",
        examples=(("Sie nahmen Rakka ein, die Stadt, die der IS als Hauptstadt nutzte",
                   ", die Stadt, die der IS als Hauptstadt nutzte"),),
        misses=("Sie nahmen Rakka ein",), ignore_case=True),
    possessive=Pattern(r"(?!x)x", examples=(), misses=("der Angriff vom Samstag",)),
    group_pronouns=("sie",),
    person_pronouns=("er", "sie"),
    subject_determiners=("der", "die", "das", "dieser", "diese", "sein", "seine", "ihr", "ihre"),
)

# --- reporting --------------------------------------------------------------------------------

_DAY_WORDS = (r"(?:am\s+)?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)|gestern|heute|"
              r"vorgestern|am\s+(?:Vormittag|Nachmittag|Abend)")
REPORTING = ReportingWords(
    verbs=REPORTING_VERBS,
    zero_that_verbs=frozenset({"sagte", "sagten", "sagt", "erklärte", "erklärten", "erklärt", "betonte", "meinte",
                               "behauptete", "warnte", "berichtete"}),
    addressee_verbs=frozenset(),
    addressees=("der Presse", "Journalisten"),
    adjunct=Pattern(r"\s*(?:(?:in\s+einer\s+(?:Aussendung|Mitteilung|Erklärung|Pressekonferenz)|dazu|auch|"
                    r"gegenüber\s+(?:der\s+Presse|den\s+Medien)|" + _DAY_WORDS + r")\b[\s,]*)*",
                    examples=((" gestern dazu Pressesprecher", " gestern dazu "),), ignore_case=True),
    tail_prepositions=("über", "zu", "von", "nach", "vor"),
    modality={**{f: "forecast" for f in ("warnte", "warnten", "warnt", "kündigte", "angekündigt")},
              **{f: "negated" for f in ("bestritt", "bestritten", "bestreitet", "dementierte", "dementiert")}},
    discourse_markers=("aber", "und", "doch", "jedoch", "allerdings", "zudem", "außerdem", "inzwischen",
                       "nun", "dann", "damals", "auch", "nämlich", "hingegen"),
    pronouns=frozenset({"er", "sie", "es", "wir", "ich"}),
    source_pronouns=frozenset({"er", "sie"}),
    adding=Pattern(r",\s+(?:fügte\s+er\s+hinzu|ergänzte\s+er)[\s,]+",
                   examples=(("Die Stadt fiel, ergänzte er, die Rebellen flohen.", ", ergänzte er, "),),
                   ignore_case=True),
    according=Pattern(r"\b(?:laut|zufolge|nach\s+Angaben\s+(?:von|des|der))\s+|\bso\s+(?=der\s|die\s|das\s|[A-ZÄÖÜ])",
                      examples=(("Die Stadt fiel, laut Polizei.", "laut "), ("Die Stadt fiel, so der Sprecher.", "so ")),
                      misses=("Es war so kalt.",)),
    according_verb="laut",
    purpose_clause=Pattern(r",?\s+um\s+.*\s+zu\s+\w+.*$",
                           examples=(("Kreise nahe der Operation, um die Stadt zu erobern", ", um die Stadt zu erobern"),),
                           misses=("Kreise nahe der Operation",)),
    leading_adverbial=Pattern(r"^(?:in|im|am|an|auf|nach|vor|bei|aus)\s+[^,]{1,40},\s+(?=\S)",
                              examples=(("In Bozen, der Bürgermeister", "In Bozen, "),), ignore_case=True),
    source_relative=Pattern(r",\s+(?:der|die|das|welche|welcher)\s[^\"“”„«»]*?(?:,|$)",
                            examples=(("Die Beobachtungsstelle, die den Krieg verfolgt, sagte", ", die den Krieg verfolgt,"),)),
    perfect=Pattern(r"\s+(?:hat|haben|hatte|hatten)\s*$", examples=(("Die Regierung hat ", " hat "),), ignore_case=True),
    content_opener=Pattern(r"\s*(?:er|sie|es|man)\b", examples=((" sie hätten eine Einigung erzielt", " sie"),),
                           misses=("Rakka fiel",), ignore_case=True),
    finite_verb=Pattern(r"\b(?:" + "|".join(sorted(AUXILIARIES)) + r")\b",
                        examples=(("die Stadt wurde eingenommen", "wurde"),), misses=("Rakka in Syrien",)),
    main_clause_before=Pattern(r",\s+(?:als|wenn|nachdem|bevor|während|weil|obwohl|seit|bis)\s",
                               examples=(("Die Offensive begann im Juni, als Abadi ", ", als "),),
                               misses=("Oberst Ryan Dillon ",)),
    trim_prepositions=("von", "aus", "für", "in", "bei", "mit"),
    lemmas=REPORTING_LEMMAS,
)

# --- modality ---------------------------------------------------------------------------------


def cues(alternatives: tuple[str, ...], examples: tuple[tuple[str, str], ...], misses: tuple[str, ...] = ()) -> Pattern:
    """A pattern of cue alternatives, each a whole word."""
    return Pattern(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", examples, misses, ignore_case=True)


MODALITY = ModalityWords(
    forecast=cues((r"wird", r"werden", r"werde", r"wirst", r"soll", r"sollen", r"plant", r"planen", r"geplant",
                   r"voraussichtlich", r"erwartet", r"will", r"wollen", r"könnte", r"könnten", r"dürfte", r"dürften",
                   r"in\s+den\s+(?:kommenden|nächsten)\s+\w+", r"bevorstehende[nmrs]?"),
                  (("die Offensive wird beginnen", "wird"), ("die Wahl ist geplant", "geplant")),
                  ("die Armee eroberte die Stadt", "die Trikolore wurde gehisst")),
    hypothetical=cues((r"wenn", r"falls", r"sofern", r"angeblich", r"(?:hätte|hätten)\s+\w+\s+(?:können|müssen)"),
                      (("falls die Gespräche scheitern", "falls"), ("wenn es regnet", "wenn")),
                      ("die Armee eroberte die Stadt",)),
    conditional=cues((r"würde", r"würden",), (("die Koalition würde angreifen", "würde"),),
                     ("die Koalition wurde angegriffen",)),
    negation=cues((r"nicht", r"nie", r"niemals", r"kein", r"keine", r"keinen", r"keinem", r"keiner", r"weder",
                   r"bestritt", r"bestreitet", r"dementierte"),
                  (("die Armee drang nicht in die Stadt ein", "nicht"), ("es gab keinen Hinweis", "keinen")),
                  ("die Armee drang in die Stadt ein",)),
    indirect_questions=frozenset({"ob"}),
)

# --- dating and nominal events ----------------------------------------------------------------

DATING = DatingWords(
    relations={"seit": "since", "ab": "since", "von": "since", "bis": "until", "bis zum": "until", "bis zur": "until",
               "vor": "before", "nach": "after", "während": "during", "innerhalb": "during", "am": "on", "im": "on",
               "um": "on", "an": "on", "in": "on", "zum": "on", "am heutigen": "on", "am gestrigen": "on",
               "am morgigen": "on", "am kommenden": "on", "am vergangenen": "on"},
    point_prepositions=("am", "im", "um", "an", "in"),
    duration_prepositions=frozenset({"innerhalb", "innerhalb von", "binnen", "in den nächsten", "in den kommenden"}),
    deadline_prepositions=("bis", "bis zum", "bis zur", "vor"),
    genitives=("des",),
    coordination=Pattern(r"^[\s,]*(?:(?:oder|und|bis|-|–|—)[\s,]*)?(?:Anfang|Mitte|Ende)?[\s,]*$",
                         examples=((" oder ", " oder "), (" und ", " und ")), misses=(" sagte die Armee am ",),
                         ignore_case=True),
    relative_start=Pattern(r"\s*(?:der|die|das|welche|welcher)\s+",
                           examples=(("die vom IS gehalten wurde", "die "),), ignore_case=True),
)

NOMINAL = NominalWords(
    premodifier_before=Pattern(r"(?!x)x", examples=(), misses=("der Angriff vom ",)),
    list_openers=("darunter", "etwa", "wie", "einschließlich"),
    subordinators=("dass", "weil", "als", "wenn", "ob"),
)

# --- headline ---------------------------------------------------------------------------------

NAME = r"(?:(?:al|el|von|van|de)[\- ])?[A-ZÄÖÜ](?:[\w'’\-]|\.(?=\w))*\.?"

HEADLINE = HeadlineWords(
    drop_words=frozenset({"bereits", "schon", "noch", "auch", "angeblich", "nun", "jetzt", "inzwischen",
                          "allerdings", "jedoch", "nämlich", "dann", "wieder", "feierlich", "gleichzeitig"}),
    leading_subordinators=("nachdem", "als", "während", "weil", "obwohl", "seit", "bis", "bevor"),
    dateline=Pattern(r"^[A-ZÄÖÜ][A-ZÄÖÜ\-]+(?:\s+[A-ZÄÖÜ][A-ZÄÖÜ\-]+)*\s*(?:\([^)]*\))?\.\s+",
                     examples=(("BOZEN (lu). Christian Tommasini", "BOZEN (lu). "), ("BOZEN. Raiffeisen", "BOZEN. ")),
                     misses=("Bozen ist schön.", "Der Vorfall liegt")),
    quotation_marks=Pattern(r"[\"“”„«»]|(?<!\w)['‘‚]|['’](?!\w)",
                            examples=(("„Es ist wichtig“, sagte er", "„"),), misses=("die Stadt",)),
    first_person=frozenset({"wir", "ich"}),
    first_person_passive={},
    first_person_adverbs=frozenset(),
    object_words=frozenset({"es", "sie", "ihn", "das", "dies"}),
    infinitive=Pattern(r"\s+zu\s+[a-zäöü]+n\b", examples=(("die Gespräche zu dauern", " zu dauern"),)),
    trim_cues=("mit Hilfe von", "im Rahmen", "nach", "trotz", "wegen", "während", "mit", "weil", "bei", "in", "aus"),
    name=Pattern(NAME, examples=(("Luigi Spagnolli", "Luigi"),), misses=("die armee",)),
    place_noun=Pattern(r"\b(?:die|der)\s+(?:Stadt|Gemeinde|Provinz|Region|Ortschaft|Hauptstadt)\s+(?=" + NAME + r")",
                       examples=(("in der Stadt Bozen", "der Stadt "),), misses=("die Stadt fiel",)),
    mid_appositive=Pattern(r",\s+(?:ein|eine|der|die|das|sein|seine|ihr|ihre)\s+[^,;]{3,80}?,\s+",
                           examples=(("Luigi Gastrini, ein 55-jähriger Mann, hat", ", ein 55-jähriger Mann, "),)),
)

# --- merge ------------------------------------------------------------------------------------

STOPWORDS: frozenset[str] = frozenset("""
der die das den dem des ein eine einen einem einer und oder aber in im am an auf aus bei mit nach von vor zu zum zur
für über unter seit bis dass ist sind war waren hat haben hatte wird werden wurde sich er sie es wir nicht auch
noch schon so wie als sagte laut ein zwei drei vier fünf
""".split())
COMMON_NAMES: frozenset[str] = frozenset({
    "der", "die", "das", "regierung", "präsident", "minister", "armee", "polizei", "italien", "bozen",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "jänner", "februar",
    "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember",
})
EVENT_KINDS: dict[str, tuple[str, ...]] = {
    "capture": ("eroberte", "erobert", "eingenommen", "befreit", "befreiung", "fiel"),
    "attack": ("angriff", "angriffe", "anschlag", "getötet", "tote", "bombardiert", "kämpfe", "gefechte"),
    "protest": ("demonstration", "demonstrierten", "protest", "proteste", "kundgebung"),
    "agreement": ("abkommen", "einigung", "waffenruhe", "unterzeichnet", "vertrag"),
    "departure": ("flucht", "rückzug", "rücktritt", "abreise", "reise"),
    "vote": ("wahl", "wahlen", "abstimmung", "referendum"),
    "ruling": ("urteil", "verurteilt", "freigesprochen", "haftstrafe", "berufung", "gericht"),
}
STEMMING = Stemming(clitics=(), suffixes=("ungen", "ung", "en", "er", "es", "e", "n", "s"), min_rest=3, length=5,
                    examples=(("Angriffe", "angri"), ("Ermittlungen", "ermit"), ("Wahlen", "wahl")))

MERGE = MergeWords(
    stopwords=STOPWORDS, common_names=COMMON_NAMES, kinds=EVENT_KINDS, stemming=STEMMING,
    kind_examples=(("Die Armee eroberte Rakka", "Angriffe auf Rakka töteten fünf Zivilisten", False),),
)

#: Runnable examples: (what is decided, input, expected). Checked by the tests.
CUE_EXAMPLES: tuple[tuple[str, str, str], ...] = (
    ("modality", "die Seligsprechung wird stattfinden", "forecast"),
    ("modality", "falls die Gespräche scheitern, greift die Armee an", "hypothetical"),
    ("modality", "die Koalition würde angreifen", "hypothetical"),
    ("modality", "es gab keinen konkreten Hinweis", "negated"),
    ("modality", "er habe neue Informationen", "fact"),
    ("modality", "die Trikolore wurde gehisst", "fact"),
    ("relation", "seit", "since"),
    ("relation", "bis", "until"),
    ("relation", "nach", "after"),
    ("relation", "am", "on"),
    ("verb", "sagte", "yes"),
    ("verb", "eroberte", "yes"),
    ("verb", "nächsten", "no"),
    ("verb", "hat", "yes"),
)

EVENTS = EventWords(syntax=SYNTAX, reporting=REPORTING, modality=MODALITY, dating=DATING, nominal=NOMINAL,
                    headline=HEADLINE, merge=MERGE, examples=CUE_EXAMPLES)

__all__ = ["CUE_EXAMPLES", "EVENTS"]
