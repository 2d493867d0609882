"""English for attribution: reporting verbs, their adjuncts, and the shapes of "X said"."""
from __future__ import annotations

import re

from ...events import Pattern, ReportingWords
from .syntax import AUXILIARIES, BARE_PAST, IRREGULAR_PAST

#: Verbs that report speech. Past and present forms; "told" takes an addressee ("told Reuters").
REPORTING_VERBS: frozenset[str] = frozenset({
    "said", "says", "say", "told", "tells", "announced", "announces", "stated", "states",
    "added", "adds", "reported", "reports", "confirmed", "confirms", "warned", "warns",
    "insisted", "insists", "claimed", "claims", "claim", "explained", "noted", "notes", "stressed",
    "acknowledged", "argued", "declared", "estimated", "predicted", "predicts", "wrote",
    "tweeted", "denied", "denies", "admitted", "revealed", "disclosed", "indicated", "suggested",
    "believes", "believed", "believe", "expects", "expected", "estimates", "forecast", "forecasts",
    "thinks", "think",
    "asserted", "asserts", "alleged", "alleges", "contended", "contends",

})

#: Irregular pasts that show a finite clause after a bare reporting verb ("said the president met
#: him"); not those that are as often nouns ("said nothing about the shot").
_CONTENT_PAST: frozenset[str] = IRREGULAR_PAST - BARE_PAST - {"shot", "left", "found", "held", "set", "spread"}

#: Words that, right after a time expression, show it does not premodify a noun ("In the 1990s the firm ...").
_NOT_NOUNS = tuple(sorted(set(a for a in AUXILIARIES if a.isalpha()) | IRREGULAR_PAST | {
    "the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "from", "as", "that",
    "which", "who", "when", "after", "before", "until", "since", "he", "she", "it", "they", "we", "i", "you",
    "there", "this", "its", "their", "his", "her", "our", "ago", "earlier", "later", "alone", "again",
} | {  # nouns of a report or a publication: "in its Friday issue", "Tuesday's statement" date the report itself
    "issue", "issues", "edition", "editions", "statement", "statements", "interview", "interviews", "speech",
    "speeches", "report", "reports", "letter", "letters", "column", "broadcast", "remarks", "comments", "briefing",
    "announcement", "testimony", "address", "news", "paper", "editorial", "post", "tweet", "tweets",
}))

#: Lemmas of the reporting verbs, as the parser gives them: a clause they govern is their content.
REPORTING_LEMMAS: frozenset[str] = frozenset({
    "say", "tell", "announce", "state", "add", "report", "confirm", "warn", "insist", "claim", "explain",
    "note", "stress", "acknowledge", "argue", "declare", "predict", "write", "tweet", "deny", "admit",
    "reveal", "disclose", "indicate", "suggest", "assert", "allege", "contend",
})

#: Reporting verbs that introduce a clause without "that" ("X said the city fell").
ZERO_THAT_VERBS: frozenset[str] = frozenset({
    "said", "says", "say", "told", "tells", "announced", "announces", "stated", "added", "warned",
    "claimed", "claims", "claim", "insisted", "confirmed", "predicted", "believes", "expects",
    "believe", "think", "thinks",
})

#: Verbs whose addressee comes before the content ("told Reuters that ...").
ADDRESSEE_VERBS: frozenset[str] = frozenset({"told", "tells", "informed", "assured", "reminded"})

#: Adjuncts that may follow a reporting verb and belong to the attribution, not the content.
REPORTING_ADJUNCTS: tuple[str, ...] = (
    "in a statement", "in a press release", "in an interview", "in a televised address",
    "in a speech", "on twitter", "on television", "at a press conference", "at a news conference",
    "to reporters", "to journalists", "to the press", "late", "early", "on", "in", "at",
)

#: Words of the day of a report, as an adjunct of its verb ("said Saturday", "said last week").
_DAY_WORDS = (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
              r"this\s+\w+|last\s+\w+|earlier|late|early|on|in|at")

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
    "certainly", "indeed", "of course", "in fact", "in other words",
)

#: Personal pronouns that can stand for the source of a report ("he said").
PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "it", "we", "i"})

#: Pronouns that, opening reported content, refer back to the reporter ("X announced they had ...").
SOURCE_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "it"})

#: Prepositions that, inside an attribution, start a phrase that may be dropped to shorten it.
ATTRIBUTION_TRIM_PREPOSITIONS: tuple[str, ...] = ("from", "of", "for", "in", "at", "with", "close to")

#: Hesitations of transcribed speech: never the writer's, a broadcast's sound bite ("We have uh seen ...").
FILLERS: frozenset[str] = frozenset({"uh", "um", "uhm"})

REPORTING = ReportingWords(
    verbs=REPORTING_VERBS,
    zero_that_verbs=ZERO_THAT_VERBS,
    addressee_verbs=ADDRESSEE_VERBS,
    addressees=("reporters", "journalists", "the press"),
    adjunct=Pattern(
        r"\s*(?:(?!(?:at\s+(?:least|most)|in\s+all|on\s+average)\b)(?:"
        + "|".join(re.escape(a) for a in sorted(REPORTING_ADJUNCTS, key=len, reverse=True))
        + r"|" + _DAY_WORDS + r")\b[\s,]*)*",
        examples=((" in a statement on Saturday, that", " in a statement on Saturday, "),
                  (" last week the town fell", " last week "),
                  (" at least 20 people", " ")),
        ignore_case=True),
    tail_prepositions=REPORTING_TAIL_PREPOSITIONS,
    modality=REPORTING_MODALITY,
    discourse_markers=DISCOURSE_MARKERS,
    pronouns=PRONOUNS,
    source_pronouns=SOURCE_PRONOUNS,
    adding=Pattern(r",\s+adding(?:\s+that)?\s+",
                   examples=(("The town fell, he said, adding that it burned.", ", adding that "),),
                   ignore_case=True),
    according=Pattern(r"\baccording\s+to\s+",
                      examples=(("The city fell, according to officials.", "according to "),),
                      ignore_case=True),
    according_verb="according to",
    purpose_clause=Pattern(r"\s+to\s+(?!the\b|a\b|an\b|[A-Z])[a-z]+\b.*$",
                           examples=(("officials close to the operation to retake the city", " to retake the city"),),
                           misses=("officials close to the operation",)),
    # (or a participle's phrase fronted before the source: "Calling the ruling a farce, President Fidel Castro")
    leading_adverbial=Pattern(
        r"^(?:in|on|at|across|from|inside|near|after|before|by|late|early)\s+[^,]{1,40},\s+(?=\S)"
        r"|^(?-i:[A-Z][a-z]+ing\s+[a-z])[^,]{0,60},\s+(?=\S)",
        examples=(("In Iraq, Prime Minister Haider al-Abadi", "In Iraq, "),
                  ("On Saturday, officials", "On Saturday, "),
                  ("Calling the ruling a farce, President Fidel Castro", "Calling the ruling a farce, ")),
        misses=("Sterling Drug Inc.", "Manning, the quarterback", "Sterling Hayden, an actor"),
        ignore_case=True),
    # a relative clause or a participle of citing set off inside a source ("Reuters, quoting police, said")
    # a participle's phrase set off after a source's name, cut from the source shown ("RMS International Inc.,
    # facing a cash-flow squeeze," said): who says so is the name
    source_participle=Pattern(r",\s+(?-i:[a-z]{3,}ing)\b[^\"“”,]*(?:,|$)",
                              examples=(("RMS International Inc., facing a cash-flow squeeze", ", facing a cash-flow squeeze"),),
                              misses=("Foreign Minister Bronislaw Geremek",)),
    source_relative=Pattern(r",\s+(?:which|who|whose|citing|quoting)\b[^\"“”]*?(?:,|$)",
                            examples=(("The Syrian Observatory, which monitors the war, said", ", which monitors the war,"),
                                      ("The agency, citing diplomats, reported", ", citing diplomats,")),
                            ignore_case=True),
    # what stands between a subject and its reporting verb: an auxiliary, an adverb of time or manner
    # ("The Canadian government previously said", "The ministry has also said", "Officials later told")
    perfect=Pattern(r"(?:\s+(?:has|have|had|also|already|previously|earlier|later|again|once|repeatedly|recently|"
                    r"initially|originally|first|publicly|privately|officially|formally|separately|subsequently|"
                    r"now|then|still|often))+\s*$",
                    examples=(("The coalition has ", " has "), ("The Canadian government previously", " previously"),
                              ("The ministry has also ", " has also "), ("Officials later", " later")),
                    misses=("the royal family", "the Italian government"), ignore_case=True),
    content_opener=Pattern(r"\s*(?:he|she|they|it|we|i|there)\b",
                           examples=((" they had struck a deal", " they"),), misses=("Raqqa fell",),
                           ignore_case=True),
    finite_verb=Pattern(r"\b(?:(?i:" + "|".join(a for a in AUXILIARIES if a.isalpha()) + r")(?<!IS)|\w+ed|"
                        + "|".join(sorted(_CONTENT_PAST)) + r")\b",
                        examples=(("the city was retaken", "was"), ("the army retreated", "retreated"),
                                  ("the president himself met with him", "met")),
                        misses=("IS fighters in the city", "nothing about the shot")),
    main_clause_before=Pattern(
        r",\s+(?:when|after|before|as|while|because|since|until|once|although|though|if)\s"
        r"|(?<![\w\-])(?:" + "|".join(sorted(IRREGULAR_PAST - {"said", "told"})) + r")(?![\w\-])",
        examples=(("The campaign began in June, when Abadi ", "began"),
                  ("The offensive started in June, when Abadi ", ", when ")),
        misses=("Colonel Ryan Dillon ",)),
    trim_prepositions=ATTRIBUTION_TRIM_PREPOSITIONS,
    noun_determiner=Pattern(r"(?:^|\s)(?:the|a|an|its|their|his|her|our)\s+$",
                            examples=(("probing into the ", " the "), ("after its ", " its ")),
                            misses=("said on ", "That "), ignore_case=True),
    dated_noun=Pattern(r"^(?P<genitive>['’]s\s+|\s+)(?:[A-Z][\w\-]*\s+){0,2}(?!(?:" + "|".join(_NOT_NOUNS)
                       + r")\b)[a-z][\w\-]*(?<!ed)\b",   # (a proper modifier first: "the Aug. 7 Embassy bombings")
                       examples=(("'s bombings of U.S. embassies", "'s bombings"), (" bombings in east Africa", " bombings"),
                                 (" Embassy bombings in Nairobi", " Embassy bombings"),
                                 (" Gulf War cease-fire talks", " Gulf War cease-fire")),
                       misses=(" the company grew", " was a boom", ", the town fell", " ago", " Smith told them", " Congress passed")),
    quoted=Pattern(
        r"(?:^|(?<=[,\"“”]))\s*(?P<src_subj>[^\"“”,;]{2,120}?)\s+(?:is|was|were|are|has\s+been|have\s+been|had\s+been)"
        r"\s+quoted\b[^\"“”;]{0,80}?\bas\s+(?P<verb>saying)\b(?:\s+by\s+[^\"“”;,]{2,80}?(?=[\s.!?]*$|\s+that\b))?(?:\s+that\b)?"
        r"|\bquoted\s+(?P<src_obj>[^\"“”;]{2,100}?)\s+as\s+(?P<verb2>saying)\b(?:\s+that\b)?",
        examples=(("An official was quoted Friday by local media as saying that the group planned it.",
                   "An official was quoted Friday by local media as saying that"),
                  ("The Spectator quoted an officer as saying the men were linked.", "quoted an officer as saying")),
        misses=("He quoted Shakespeare.",)),
    lemmas=REPORTING_LEMMAS,
    fillers=FILLERS,
    label=Pattern(r"^\s*(?P<src>(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w.'’\-]*)(?:\s+(?:on|at)\s+[A-Z][a-z]+)?\s*[:.]?\s*"
                  r"(?:``|\"|“)(?=\w)",
                  examples=(("White House on Thursday ``For weeks we have", "White House on Thursday ``"),
                            ('Mr. Lee: "We will win', 'Mr. Lee: "')),
                  misses=('The phrase "axis of evil" stuck.', "Officials said ``no''.")),
)
