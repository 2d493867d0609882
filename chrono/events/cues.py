"""Lexicons and thresholds of event extraction, as data.

Every list here is used by one small module (attribution, clauses, modality, headline,
chronology); ``CUE_EXAMPLES`` holds runnable examples that ``tests/test_events_cues.py``
checks, so a change to a list shows at once what it does.
"""
from __future__ import annotations

# --- attribution -------------------------------------------------------------------------------

#: Verbs that report speech. Past and present forms; "told" takes an addressee ("told Reuters").
REPORTING_VERBS: frozenset[str] = frozenset({
    "said", "says", "say", "told", "tells", "announced", "announces", "stated", "states",
    "added", "adds", "reported", "reports", "confirmed", "confirms", "warned", "warns",
    "insisted", "insists", "claimed", "claims", "claim", "explained", "noted", "notes", "stressed",
    "acknowledged", "argued", "declared", "estimated", "predicted", "predicts", "wrote",
    "tweeted", "denied", "denies", "admitted", "revealed", "disclosed", "indicated", "suggested",
    "believes", "believed", "expects", "expected", "estimates", "forecast", "forecasts",
})

#: Reporting verbs that introduce a clause without "that" ("X said the city fell").
ZERO_THAT_VERBS: frozenset[str] = frozenset({
    "said", "says", "say", "told", "tells", "announced", "announces", "stated", "added", "warned",
    "claimed", "claims", "claim", "insisted", "confirmed", "predicted", "believes", "expects",
})

#: Verbs whose addressee comes before the content ("told Reuters that ...").
ADDRESSEE_VERBS: frozenset[str] = frozenset({"told", "tells", "informed", "assured", "reminded"})

#: Adjuncts that may follow a reporting verb and belong to the attribution, not the content.
REPORTING_ADJUNCTS: tuple[str, ...] = (
    "in a statement", "in a press release", "in an interview", "in a televised address",
    "in a speech", "on twitter", "on television", "at a press conference", "at a news conference",
    "to reporters", "to journalists", "to the press", "late", "early", "on", "in", "at",
)

#: Prepositions that may open a phrase after a trailing reporting verb and still leave it the
#: attribution of a quotation before it: '"...," the spokesman said of the remaining strongholds.'
REPORTING_TAIL_PREPOSITIONS: tuple[str, ...] = ("of", "about", "in", "at", "on", "after", "during", "from", "referring to")

#: Reporting verbs that make the reported content a forecast or a denial.
REPORTING_MODALITY: dict[str, str] = {
    "predicted": "forecast", "predicts": "forecast", "expects": "forecast", "expected": "forecast",
    "forecast": "forecast", "forecasts": "forecast", "warned": "forecast", "warns": "forecast",
    "denied": "negated", "denies": "negated",
}

#: Words that open a sentence or clause as discourse glue; dropped from headlines and attributions.
DISCOURSE_MARKERS: tuple[str, ...] = (
    "but", "and", "separately", "however", "meanwhile", "also", "still", "so", "yet", "moreover",
    "furthermore", "in addition", "in a statement", "earlier", "later", "now", "then",
)

#: Personal pronouns that can stand for the source of a report ("he said").
PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "it", "we", "i"})

#: Pronouns that, opening reported content, refer back to the reporter ("X announced they had ...").
SOURCE_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "it"})

# --- clauses ----------------------------------------------------------------------------------

#: Auxiliaries and modals: a coordinated clause starts with one ("..., and will not set ...").
AUXILIARIES: frozenset[str] = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "shall", "should", "must", "did", "does", "do", "'s",
})

#: Irregular past forms of verbs common in news: "began", "took", "fled" are verbs as much as
#: "seized" (a word ending in -ed) is; they end subjects and start coordinated predicates.
IRREGULAR_PAST: frozenset[str] = frozenset("""
began begun became become broke broken brought built came caught chose drove driven drew fell fallen
fled flew fought found froze gave given got grew held hit hid kept knew laid led left lent lost made
meant met overran overrun overtook paid put quit ran retook retaken rose risen sank saw seen sent set
shot shook shut slew sold sought spent spoke spread stood stole struck swept swore taken took told
threw thrown tore undertook won withdrew withdrawn woke wrote written said
""".split())

#: Subject pronouns: "and he ...", "but they ..." start a new clause.
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"we", "he", "she", "they", "i", "it", "you"})

#: Determiners that may open a coordinated clause's subject ("and the city has ...").
DETERMINERS: frozenset[str] = frozenset({"the", "a", "an", "this", "that", "these", "those", "its",
                                          "their", "his", "her", "our", "some", "many", "most"})

#: Separators that always end a clause (regex alternatives, matched case-insensitively).
CLAUSE_BREAKS: tuple[str, ...] = (
    r";\s+", r",\s+and\s+", r",\s+but\s+", r",\s+while\s+", r",\s+whereas\s+", r",\s+although\s+",
    r",\s+adding\s+that\s+", r",\s+adding\s+", r",\s+saying\s+that\s+", r":\s+",
)

#: Openers of a relative clause set off by commas (", which ...,").
RELATIVE_OPENERS: tuple[str, ...] = ("which", "who", "where", "whose")

# --- relation of the event to its time ---------------------------------------------------------

#: Preposition (lowercase, as it stands before the time expression) -> relation.
RELATION_PREPOSITIONS: dict[str, str] = {
    "since": "since", "ever since": "since",
    "until": "until", "till": "until", "up to": "until", "up until": "until", "through": "until",
    "before": "before", "prior to": "before", "by": "before", "ahead of": "before", "earlier than": "before",
    "after": "after", "following": "after", "later than": "after", "from": "since",
    "during": "during", "throughout": "during", "within": "during", "over": "during", "in the course of": "during",
    "in": "on", "on": "on", "at": "on", "of": "on", "as of": "on",
}

# --- modality ----------------------------------------------------------------------------------

#: Cues that make a clause a forecast (regexes on lowercase text, word-bounded).
FORECAST_CUES: tuple[str, ...] = (
    r"will", r"won't", r"shall", r"'ll", r"going to", r"expects?", r"expected", r"expecting",
    r"is set to", r"are set to", r"plans? to", r"planning to", r"intends? to", r"aims? to",
    r"is due to", r"are due to", r"about to", r"likely to", r"unlikely to", r"poised to",
    r"(?:may|might)\s+(?!have\b)(?:not\s+)?\w+", r"could\s+(?!not\b)(?!have\s+(?:been|\w+ed|\w+en)\b)\w+",
    r"forecasts?", r"predicts?", r"upcoming",
    r"in the (?:days|weeks|months|years) ahead", r"within (?:days|weeks|months|hours)",
    r"scheduled", r"hopes? to", r"vow(?:s|ed)? to", r"threaten(?:s|ed)? to",
)

#: Cues of a hypothetical or counterfactual clause.
HYPOTHETICAL_CUES: tuple[str, ...] = (
    r"if", r"unless", r"in case", r"whether",
    r"(?:would|could|might|should|may|must)\s+(?:not\s+)?have\s+(?:been|\w+ed|\w+en|done|gone|made|had|come|become|seen|taken|left|lost|won|fought|struck|sent|held|run|begun)\b",
    r"would", r"supposedly", r"hypothetically",
)

#: Cues of a negated clause.
NEGATION_CUES: tuple[str, ...] = (
    r"not(?! only)", r"n't", r"never", r"no longer", r"denied", r"denies", r"deny", r"refused to",
    r"refuses to", r"failed to", r"fails to", r"neither", r"nor", r"no(?= \w)",
)

# --- headlines ---------------------------------------------------------------------------------

#: The longest headline, in words.
HEADLINE_MAX_WORDS = 15

#: Adverbs dropped from headlines (they hedge or glue, they do not tell what happened).
HEADLINE_DROP_WORDS: frozenset[str] = frozenset({
    "already", "still", "also", "reportedly", "allegedly", "now", "just", "even", "apparently",
    "purportedly", "finally", "then",
})

#: Openers of an example list after a comma: a time expression inside the list dates the listed
#: noun phrase, not the clause ("planned attacks abroad, including the attacks in Paris in
#: November 2015 that killed 130 people" -> "The attacks in Paris that killed 130 people").
LIST_OPENERS: tuple[str, ...] = ("including", "such as", "among them", "notably", "especially")

#: Subordinators dropped from the start of a headline ("after forces retook Palmyra" -> "Forces retook Palmyra").
HEADLINE_LEADING_SUBORDINATORS: tuple[str, ...] = (
    "after", "before", "when", "as", "because", "while", "since", "once", "until", "although", "though",
)

#: A dateline that opens a wire story: "BEIRUT (Reuters) - ", "DAMASCUS, Syria (AP) — ", and in
#: title case only with the agency in brackets: "Beirut (AFP) - ".
DATELINE_PREFIX = (r"^(?:[A-Z][A-Z .'\-]+(?:,\s*[A-Z][\w .'\-]+)?\s*(?:\([^)]*\))?"
                   r"|[A-Z][\w.'\-]+(?:[ ,]+[A-Z][\w.'\-]+){0,3}\s*\([A-Z][\w.\-]*(?:[ /][A-Z][\w.\-]*){0,2}\))\s*[-–—]+\s+")

#: A headline that opens with a first-person pronoun (a quotation: "We expect difficult fighting")
#: reads as a report: a verb of this table turns passive ("Difficult fighting expected"); after
#: an auxiliary ("We will push on") the speaker, when known, takes the pronoun's place.
FIRST_PERSON: frozenset[str] = frozenset({"we", "i"})
FIRST_PERSON_PASSIVE: dict[str, str] = {
    "expect": "expected", "anticipate": "anticipated", "fear": "feared", "plan": "planned",
    "predict": "predicted", "foresee": "foreseen", "want": "wanted", "demand": "demanded",
    "need": "needed", "welcome": "welcomed", "reject": "rejected", "condemn": "condemned",
}
#: Adverbs that may stand between the pronoun and its verb ("We still expect").
FIRST_PERSON_ADVERBS: frozenset[str] = frozenset({"still", "also", "now", "fully", "certainly", "all"})

#: Openers of trailing adjuncts that may be cut from a long headline, most cuttable first.
HEADLINE_TRIM_CUES: tuple[str, ...] = (
    "with the help of", "as part of", "after", "amid", "despite", "following", "in order to", "under",
    "while", "as", "with", "because", "near", "along", "in", "from", "across", "of",
)

#: Nouns of places that a long headline may drop before the place's name: "the eastern city of
#: Deir el-Zour" -> "Deir el-Zour".
HEADLINE_PLACE_NOUNS: tuple[str, ...] = (
    "city", "town", "village", "district", "province", "region", "port", "enclave", "area", "suburb",
    "neighbourhood", "neighborhood", "governorate", "country", "island", "capital", "border town", "oil city",
    "border crossing", "stronghold",
)

#: Prepositions that, inside an attribution, start a phrase that may be dropped to shorten it.
ATTRIBUTION_TRIM_PREPOSITIONS: tuple[str, ...] = ("from", "of", "for", "in", "at", "with", "close to")

# --- which time expressions date an event ------------------------------------------------------

#: Vague DATE values that date an event (a forecast "in the days ahead"). PAST_REF and
#: PRESENT_REF ("recently", "now") say nothing of when; they give no event.
EVENT_VAGUE_VALUES: frozenset[str] = frozenset({"FUTURE_REF"})

#: Prepositions that make a DURATION date an event ("within days", "in the coming weeks").
DURATION_DATING_PREPOSITIONS: frozenset[str] = frozenset({"within", "in", "in the next", "in the coming"})

# --- merging -----------------------------------------------------------------------------------

#: Words that carry no content for comparing events.
STOPWORDS: frozenset[str] = frozenset("""
a an the and or but of in on at to for from by with as into onto over under about against
between through during before after since until till up down out off than then that this these
those it its it's their they them he she his her we our you your i me my is are was were be been
being has have had having do does did will would could should may might can shall must not no
so such there here which who whom whose what when where why how all any both each few more most
other some own same too very just also still already said says say told according reportedly
around about nearly some several many much one two three four five six seven eight nine ten
""".split())

#: Two events of the same date merge when the overlap coefficient of their content stems
#: (shared / size of the smaller set) reaches this, with at least ``MERGE_MIN_SHARED`` shared stems...
MERGE_MIN_OVERLAP = 0.5
MERGE_MIN_SHARED = 2
#: ...or when they share a name (a capitalised word, not a common one) and overlap this much.
MERGE_NAME_OVERLAP = 0.3

#: Kinds of happening, by the words that tell them. Two events of one day whose headlines tell
#: kinds that have nothing in common never merge ("The army retook the town" / "The army shelled
#: the town"); two that share only a name merge only when they tell a common kind ("SDF captured
#: Raqqa" / "Raqqa was liberated by US-backed forces", not "Clashes in Raqqa killed five").
EVENT_KINDS: dict[str, tuple[str, ...]] = {
    "capture": ("captured", "capture", "captures", "recaptured", "retook", "retaken", "retake", "retakes",
                "seized", "seize", "seizes", "liberated", "liberate", "liberation", "freed", "cleared", "overran",
                "overrun", "regained", "fell", "fall"),
    "attack": ("attack", "attacks", "attacked", "killed", "kill", "kills", "bombed", "bombing", "bombings",
               "shelled", "shelling", "struck", "airstrikes", "clashes", "clashed", "massacre", "assassinated"),
    "offensive": ("offensive", "assault", "campaign", "operation", "push", "advance", "advanced"),
    "agreement": ("agreed", "agreement", "deal", "ceasefire", "truce", "signed", "accord"),
    "departure": ("evacuate", "evacuated", "evacuation", "fled", "withdrew", "withdrawal", "surrendered",
                  "departed", "escaped"),
    "vote": ("election", "elections", "vote", "voted", "referendum", "ballot", "polls"),
    "ruling": ("ruling", "ruled", "annulled", "upheld", "verdict", "sentenced", "convicted", "acquitted"),
}

#: Headline pairs of one day with the merge decision the kinds give: checked by the tests.
EVENT_KIND_EXAMPLES: tuple[tuple[str, str, bool], ...] = (
    ("SDF captured Raqqa", "Raqqa was liberated by US-backed forces", True),
    ("Clashes in Raqqa killed five civilians", "SDF captured Raqqa", False),
    ("The army retook the town", "The army shelled the town", False),
    ("Officials struck a deal to evacuate civilians", "The army retook the town of Mayadeen", False),
    ("The SDF offensive to retake Raqqa started", "The SDF launched its offensive on Raqqa with US-led airstrikes", True),
    ("The attacks in Paris that killed 130 people", "IS supporters killed 130 people in attacks across Paris", True),
)

#: Capitalised words too common in news to identify an event on their own.
COMMON_NAMES: frozenset[str] = frozenset({
    "is", "us", "u.s.", "un", "eu", "uk", "islamic", "state", "the", "a", "an", "in", "on", "at",
    "government", "president", "minister", "army", "forces", "local", "syrian", "iraqi", "american",
    "russian", "coalition", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
})

#: Runnable examples: (module function, input, expected). Checked by the tests.
CUE_EXAMPLES: tuple[tuple[str, str, str], ...] = (
    ("modality", "the city may be liberated", "forecast"),
    ("modality", "we still expect difficult fighting", "forecast"),
    ("modality", "coalition forces could have the city clear of IS forces", "forecast"),
    ("modality", "the attack could have been prevented", "hypothetical"),
    ("modality", "if the talks fail, the army would attack", "hypothetical"),
    ("modality", "the army did not enter the town", "negated"),
    ("modality", "the militia never reached the border", "negated"),
    ("modality", "IS supporters killed 130 people", "fact"),
    ("modality", "not only soldiers but civilians died", "fact"),
    ("modality", "it had not decided whether to attend the meeting", "negated"),
    ("modality", "the court will decide whether to hear the case", "forecast"),
    ("modality", "it is unclear whether the talks took place", "hypothetical"),
    ("relation", "since", "since"),
    ("relation", "prior to", "before"),
    ("relation", "following", "after"),
    ("relation", "within", "during"),
    ("relation", "till", "until"),
    ("relation", "in", "on"),
    ("verb", "retook", "yes"),
    ("verb", "withdrew", "yes"),
    ("verb", "captured", "yes"),
    ("verb", "IS", "no"),
    ("verb", "Palmyra", "no"),
    ("verb", "red", "no"),
)

__all__ = [name for name in dir() if name.isupper()]
