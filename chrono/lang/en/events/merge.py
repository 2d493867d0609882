"""English for merging: words without content, common names, kinds of happening, the stemmer."""
from __future__ import annotations

from ...events import MergeWords, Stemming

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

#: Capitalised words too common in news to identify an event on their own.
COMMON_NAMES: frozenset[str] = frozenset({
    "is", "us", "u.s.", "un", "eu", "uk", "islamic", "state", "the", "a", "an", "in", "on", "at",
    "government", "president", "minister", "army", "forces", "local", "syrian", "iraqi", "american",
    "russian", "coalition", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
})

#: Kinds of happening, by the words that tell them. Two events of one day whose headlines tell
#: kinds that have nothing in common never merge ("The army retook the town" / "The army shelled
#: the town"); two that share only a name merge only when they tell a common kind ("SDF captured
#: Raqqa" / "Raqqa was liberated by US-backed forces", not "Clashes in Raqqa killed five").
EVENT_KINDS: dict[str, tuple[str, ...]] = {
    "capture": ("captured", "capture", "captures", "recaptured", "retook", "retaken", "retake", "retakes",
                "seized", "seize", "seizes", "liberated", "liberate", "liberation", "freed", "cleared", "overran",
                "overrun", "regained", "fell", "fall"),
    "attack": ("attack", "attacks", "attacked", "killed", "kill", "kills", "bombed", "bombing", "bombings",
               "shelled", "shelling", "struck", "airstrikes", "clashes", "clashed", "massacre", "assassinated",
               "shot", "shooting", "shootings", "slaying", "slayings", "slain", "murder", "murdered"),
    "offensive": ("offensive", "assault", "campaign", "operation", "push", "advance", "advanced"),
    "agreement": ("agreed", "agreement", "deal", "ceasefire", "truce", "signed", "accord"),
    "departure": ("evacuate", "evacuated", "evacuation", "fled", "withdrew", "withdrawal", "surrendered",
                  "departed", "escaped"),
    "vote": ("election", "elections", "vote", "voted", "referendum", "ballot", "polls"),
    "ruling": ("ruling", "ruled", "annulled", "upheld", "verdict", "sentenced", "convicted", "acquitted"),
    "visit": ("visit", "visits", "visited", "trip", "trips", "toured", "travelled", "traveled"),
    "start": ("kick", "kicks", "kicked", "kicking", "kickoff", "begin", "begins", "began", "beginning", "opener"),
    "arrival": ("arrived", "arrive", "arrives", "arrival", "landed", "lands", "landing", "returned", "returning",
                "homecoming"),
    "gathering": ("event", "events", "hold", "holds", "holding", "held", "host", "hosts", "hosting", "hosted",
                  "meeting", "conference", "summit", "ceremony"),
    "discovery": ("found", "find", "finds", "finding", "discovered", "discovers", "discovery", "unearthed",
                  "uncovered", "dug"),
    "reaction": ("condemned", "condemn", "condemns", "condemnation", "denounced", "denounce", "denounces", "deplored",
                 "deplore", "deplores", "welcomed", "welcomes", "praised", "praises", "criticized", "criticised",
                 "criticizes", "hailed", "mourned", "condolences"),
    "session": ("hearing", "hearings", "meeting", "meetings", "summit", "summits", "conference", "session",
                "sessions", "met", "meet", "meets"),
}

#: Kinds whose events merge only with events of that kind: a reaction names what it reacts to, and is
#: not that happening ("The Cuban government condemned the two bomb explosions" / "Two bombs exploded").
SOLE_KINDS: frozenset[str] = frozenset({"reaction"})

#: Kinds naming a dated occasion: in one document, the statements placed at it ("during a hearing
#: last week", "At last week's hearing, the witnesses backed up that assessment", "Today's hearing only
#: further exposes...") are told at one occasion, a single happening of that day; not a mention that
#: only dates something by it ("Trump tweeted after the committee concluded its hearings on Tuesday").
OCCASIONS: frozenset[str] = frozenset({"session"})
#: The words that place a mention at the occasion, before its word: a preposition, the possessive of the date.
OCCASION_MARKERS: frozenset[str] = frozenset({"at", "during", "'s", "’s"})

#: Words that, between two time expressions of one sentence (with stopwords only besides), offer the
#: second as another date of the same happening: "pushed back to late 2020, and more likely 2021",
#: "the vote may come Tuesday or Wednesday"; not "held in 2018 and 2019", "profits in 2018 and losses in 2019".
ALTERNATIVES: frozenset[str] = frozenset({"or", "likely", "possibly", "perhaps", "probably", "maybe"})
#: The words between two dates of one sentence, and whether they make them alternatives: checked by the tests.
ALTERNATIVE_EXAMPLES: tuple[tuple[str, bool], ...] = (
    (", and more likely", True), (" or ", True), (" or possibly on", True), (" and ", False),
    (" and losses in ", False), (", then in", False),
)

#: Words that, right after a time expression and a comma, open a clause telling what happened at that
#: time: a state of the sentence dated since that expression, before it, starts with that happening, one
#: happening ("Tuft cells had been known since the mid-1950s, when microscopy studies found them"; not
#: "The painter moved to Paris in 2016, when his father died").
TIME_RELATIVES: frozenset[str] = frozenset({"when"})
#: The auxiliaries of a perfect, right before its predicate: the state the when-clause starts ("had been
#: known", "had controlled", "has stood"), not a happening misdated since ("made gains from four years ago").
PERFECT: frozenset[str] = frozenset({"had", "has", "have", "been", "’d", "'d"})

#: Headline pairs of one day with the merge decision the kinds give: checked by the tests.
EVENT_KIND_EXAMPLES: tuple[tuple[str, str, bool], ...] = (
    ("SDF captured Raqqa", "Raqqa was liberated by US-backed forces", True),
    ("Clashes in Raqqa killed five civilians", "SDF captured Raqqa", False),
    ("The army retook the town", "The army shelled the town", False),
    ("Officials struck a deal to evacuate civilians", "The army retook the town of Mayadeen", False),
    ("The SDF offensive to retake Raqqa started", "The SDF launched its offensive on Raqqa with US-led airstrikes", True),
    ("The attacks in Paris that killed 130 people", "IS supporters killed 130 people in attacks across Paris", True),
    ("Trump made an unscheduled trip to Walter Reed hospital", "What we know about Trump's visit to Walter Reed", True),
    ("The most recent Star Trek film was Star Trek Beyond", "The fourth Star Trek film was greenlit", False),
    ("Troops arrived in the capital", "Troops kicked off a parade in the capital", False),
    ("The deportees landed in Delhi", "The deportees returned to Delhi", True),
    ("Apple is holding a launch", "Apple hosts the show", True),
    ("The ministers held a meeting in Brussels", "The ministers signed a deal in Brussels", False),
    ("The Cuban government condemned the two bomb explosions near U.S. embassies in Kenya and Tanzania",
     "Two bombs exploded outside U.S. embassies in Kenya and Tanzania", False),
    ("The Cuban government condemned the bombings of the embassies", "The Cuban government denounced the embassy bombings", True),
)

#: A crude stemmer: no possessive, no common suffix, at most five letters.
STEMMING = Stemming(
    clitics=("'s",),
    suffixes=("ing", "ed", "es", "s"),
    min_rest=3,
    length=5,
    examples=(("Attacks", "attac"), ("surrendered", "surre"), ("surrender", "surre"), ("Raqqa's", "raqqa"),
              ("fled", "fled")),
)

MERGE = MergeWords(
    stopwords=STOPWORDS,
    common_names=COMMON_NAMES,
    kinds=EVENT_KINDS,
    stemming=STEMMING,
    kind_examples=EVENT_KIND_EXAMPLES,
    sole_kinds=SOLE_KINDS,
    occasions=OCCASIONS,
    occasion_markers=OCCASION_MARKERS,
    alternatives=ALTERNATIVES,
    alternative_examples=ALTERNATIVE_EXAMPLES,
    time_relatives=TIME_RELATIVES,
    perfect=PERFECT,
)
