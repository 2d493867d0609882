"""English for headlines: what a headline drops, and how "We expect ..." reads as a report."""
from __future__ import annotations

from .dating import CLOSE_ADVERBS
from .past import PAST_EXAMPLES, gerund_past
from ...events import HeadlineWords, Pattern
from .. import dateline

#: Adverbs dropped from headlines (they hedge or glue, they do not tell what happened).
HEADLINE_DROP_WORDS: frozenset[str] = frozenset({
    "already", "still", "also", "reportedly", "allegedly", "now", "just", "even", "apparently",
    "purportedly", "finally", "then",
})

#: Subordinators dropped from the start of a headline ("after forces retook Palmyra" -> "Forces retook Palmyra").
HEADLINE_LEADING_SUBORDINATORS: tuple[str, ...] = (
    r"(?:particularly|especially|shortly|just|soon|long|right|even|only|immediately)\s+"
    r"(?:after|before|when|as|because|since|until|while)",     # "Particularly after she was seen ..."
    r"(?:or|and|but)\s+(?:whether|after|before|when|because|while|since)",    # "— or whether a tariff would remain"
    "after", "before", "when", "as", "because", "while", "since", "once", "until", "although", "though", "whether",
    r"here(?=\s+that\s+(?:(?-i:[A-Z])|(?:the|a|an|it|he|she|they|we)\b))",  # "(said) here that ...": the report's place
)

#: A fronted participial phrase ("Retaliating 13 days after the bombings, ...", "Tired of being sidelined,
#: ..."): a participle opening the sentence, then a word that opens its complement, to a comma. Its
#: subject is the main clause's: the headline is the main clause.
FRONTED_PARTICIPLE = (r"^(?:[A-Z][a-z]{2,}(?:ing|ed)|Born|Driven|Taken|Given|Shaken|Stricken|Caught)\s+"
                      r"(?:of|to|by|with|about|for|on|in|at|from|after|before|into|over|against|through|under|"
                      r"up|out|back|down|the|a|an|his|her|its|their|our|this|that|it|them|him|"
                      r"two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)\s+[^,;]*?,\s+")

#: A dateline that opens a wire story (:mod:`chrono.lang.en.dateline`, which the reader and the tagger share).
DATELINE_PREFIX = dateline.PREFIX

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

#: Words after the verb of "We expect ..." that leave nothing to make a report of ("We expect it").
OBJECT_WORDS: frozenset[str] = frozenset({"it", "them", "him", "her", "us", "me", "you", "this", "that", "so", "to"})

#: Openers of trailing adjuncts that may be cut from a long headline, most cuttable first.
HEADLINE_TRIM_CUES: tuple[str, ...] = (
    "with the help of", "as part of", "after", "amid", "despite", "following", "in order to", "under",
    "while", "as", "with", "because", "near", "along", "in", "from", "across", "if", "unless",
)   # never "of": it opens the complement of a noun ("parts of Deir el-Zour", "the future of disputed territories")

#: Nouns of places that a long headline may drop before the place's name: "the eastern city of
#: Deir el-Zour" -> "Deir el-Zour".
HEADLINE_PLACE_NOUNS: tuple[str, ...] = (
    "city", "town", "village", "district", "province", "region", "port", "enclave", "area", "suburb",
    "neighbourhood", "neighborhood", "governorate", "country", "island", "capital", "border town", "oil city",
    "border crossing", "stronghold",
)

#: A proper name, with the particles of Arabic and European names ("al-Assad", "van Gogh").
#: A photo caption written as a sentence (a text dump shows captions as paragraphs): its date is
#: when the picture was taken, not a happening of the article. AP's "In this ... file photo",
#: "FILE - ", Getty's "WASHINGTON, DC - NOVEMBER 19:", and a caption's full date with its weekday
#: and year after a comma ("... in Madrid, Spain, Tuesday, Nov. 19, 2019."); and the signature line of an
#: embedded post, whose date is the post's.
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (r"(?:Jan\.|January|Feb\.|February|March|April|May|June|July|Aug\.|August|Sept?\.|September|Oct\.|October"
          r"|Nov\.|November|Dec\.|December)")
CAPTION = (r"^\s*(?:FILE\s*[-–—]|(?:In\s+)?[Tt]his\s+(?:[\w.,]+\s+){0,5}?(?:file\s+)?(?:photo|image|picture)\b"
           r"|[A-Z][A-Z .]+,\s*[A-Z .]+\s[-–—]\s[A-Z]+\s\d{1,2}:"
           r"|[-–—]\s*[^()]{1,80}\(@\w+\))"                # an embedded post's signature: "— Rep. Ilhan Omar (@Ilhan) November 19, 2019"
           r"|,\s+" + _WEEKDAY + r",\s+" + _MONTH + r"\s+\d{1,2},\s+\d{4}\b")

#: Words a headline never ends with: what is left when a date or a number was cut from after them
#: ("could be pushed into [next year]", "available for missions starting [in 2023]"); no particle
#: of a phrasal verb ("shut down", "gave in"), nor a word that may end a clause ("seen since",
#: "arrested her", "the ending").
HEADLINE_DANGLING_ENDS: frozenset[str] = frozenset({
    "into", "onto", "from", "of", "at", "to", "until", "till", "during", "between", "among", "toward",
    "towards", "than", "within", "amid", "despite", "via", "per", "for",
    "starting", "dating", "beginning", "ending", "lasting", "stretching",  # participles that want a time
    "the", "a", "an", "and", "or", "but", "its", "their", "whose",
    "related", "according", "due", "including", "such", "compared",     # words that want their complement
})

#: The verbs whose "until" date is an argument, not an adjunct, before an infinitive: "Lawmakers have until
#: Thursday to approve the budget" ("have to approve" without it), "gave prosecutors until May 1 to respond".
DEADLINE_VERBS: frozenset[str] = frozenset({"have", "has", "had", "having", "give", "gives", "gave", "given", "giving",
                                            "grant", "grants", "granted", "allow", "allows", "allowed", "get", "gets",
                                            "got", "gotten"})

#: The nouns of a part or an amount, empty without their "of"-complement: a date there stays in the headline
#: ("spent part of Sunday night with protesters", "for much of last year", "the rest of the week").
PARTITIVES: frozenset[str] = frozenset({"part", "parts", "much", "most", "half", "rest", "bulk", "remainder", "majority",
                                         "portion"})

#: The forms of a verb that agree with its subject, as (singular, plural): a headline whose subject was
#: replaced or cut from a coordination takes the form of its new subject ("He have won" -> "He has won").
#: A gerund auxiliary of a clause that lent its subject reads as a past: "(since) being sacked" -> "was sacked".
AGREEMENT: dict[str, tuple[str, str]] = {
    **{form: pair for pair in (("has", "have"), ("is", "are"), ("was", "were"), ("does", "do")) for form in pair},
    "being": ("was", "were"), "having": ("had", "had"), "am": ("is", "are"),
}

#: The auxiliary that makes a participle with a lent subject a passive clause, (singular, plural): "the
#: companies selected by NASA" -> "the companies were selected by NASA".
PASSIVE_AUXILIARY = ("was", "were")

#: A word that opens with a vowel sound takes "an": "an hour", "an MP", "an 8-year"; not "a union", "a one-day",
#: "a European", "a NATO" (an acronym of four letters may be read as a word).
VOWEL_SOUND = (r"^(?:(?!(?i:uni|use|usu|ut[aei]|uk|eu|ew|one\b|once|ur[aeiou]))[aeiouAEIOU][a-z]|(?i:hour|honest|heir|honou?r)"
               r"|[AEIO][A-Z]*\b|[FHLMNRSX][A-Z]{0,2}\b|8|1[18](?!\d))")

NAME = r"(?:(?:al|el|ad|as|ar|ash|at|az|an|ez|es|de|du|la|le|van|von|bin)-)?[A-Z](?:[\w'’\-]|\.(?=\w))*\.?"

HEADLINE = HeadlineWords(
    drop_words=HEADLINE_DROP_WORDS,
    kept_phrases=frozenset({"break even", "breaks even", "broke even", "breaking even", "broken even"}),
    # ", or seven cents a share," (an amount's per-share aside), "or 14 Canadian cents a share" (the amount cut),
    # "$2.3 million a share" (the aside's words cut but "a share")
    per_share=Pattern(r",?\s*\bor\s+(?:about\s+)?[$\w.,]*\d?[\w.,]*(?:\s+[A-Za-z]+){0,2}\s+a\s+share\b,?"
                      r"|(?:(?<=million)|(?<=billion)|(?<=trillion))\s+a\s+share\b"
                      r"|,\s*or\s+[$\w.,]*\d[\w.,]*$",      # (", or $1.02" ending a cut headline)
                      examples=(("a write-off of $2.5 million, or seven cents a share, for", ", or seven cents a share,"),
                                ("a net loss or 14 Canadian cents a share", " or 14 Canadian cents a share"),
                                ("a net loss of C$2.3 million a share", " a share"),
                                ("Net income rose to $45 million, or $1.02", ", or $1.02")),
                      misses=("earned $2.53 a share", "paid 40 cents a share")),
    leading_subordinators=HEADLINE_LEADING_SUBORDINATORS,
    dateline=Pattern(DATELINE_PREFIX, examples=dateline.EXAMPLES, misses=dateline.MISSES),
    quotation_marks=Pattern(r"``|''|[\"“”«»]|(?<!\w)['‘]|['’](?!\w)(?<!s’)(?<!s')",
                            examples=(("“We expect fighting,” he said", "“"), ("'Today' he said", "'"),
                                      ("denounced ``ruinous policies,''", "``")),
                            misses=("the jihadists' capital", "Saturday's attack")),
    first_person=FIRST_PERSON,
    first_person_passive=FIRST_PERSON_PASSIVE,
    first_person_adverbs=FIRST_PERSON_ADVERBS,
    object_words=OBJECT_WORDS,
    infinitive=Pattern(r"\s+to\s+[a-z]", examples=(("the talks to last two days", " to l"),)),
    trim_cues=HEADLINE_TRIM_CUES,
    name=Pattern(NAME, examples=(("al-Assad", "al-Assad"), ("U.S.-led coalition", "U.S.")), misses=("the army",)),
    place_noun=Pattern(
        r"\bthe\s+(?:[\w\-]+\s+){0,2}?(?:" + "|".join(sorted(HEADLINE_PLACE_NOUNS, key=len, reverse=True))
        + r")\s+of\s+(?=" + NAME + r")",
        examples=(("retook the strategic eastern town of Deir el-Zour", "the strategic eastern town of "),),
        misses=("the town fell",), ignore_case=True),
    mid_appositive=Pattern(r",\s+(?:a|an|the|its|their|his|her)\s+[^,;]{3,80}?,\s+",
                           examples=(("The SDF, a coalition of Kurdish and Arab fighters, launched",
                                      ", a coalition of Kurdish and Arab fighters, "),)),
    # An adverb of closeness before "after" or "before" measures the clause or phrase it opens, and goes with it:
    # "The governor resigned [soon] after the scandal broke on Monday" (dropped from the host's headline).
    close_adverb=Pattern(r"\b(?:" + "|".join(sorted(CLOSE_ADVERBS)) + r")(?=\s+(?:after|before)\b(?!-))",
                         examples=(("resigned soon after the scandal broke", "soon"), ("fell shortly before", "shortly")),
                         misses=("soon, after a vote", "right after-school", "enough to win", "ahead of making"),
                         ignore_case=True),
    # A company's city and state set off after its name, as wire briefs write them: "Cilcorp Inc., Peoria, Ill., said".
    place_aside=Pattern(r",\s+(?:[A-Z][\w'’\-]*\.?\s+){0,2}[A-Z][\w'’\-]*,\s+(?:[A-Z][a-z]{1,4}\.|(?:[A-Z]\.){2}"
                        r"|Texas|Utah|Ohio|Iowa|Idaho|Maine|Alaska|Hawaii)(?:,\s+|\s+(?=[a-z]))",
                        examples=(("Cilcorp Inc., Peoria, Ill., said it agreed", ", Peoria, Ill., "),
                                  ("RMS International Inc., Hasbrouk Heights, N.J., said", ", Hasbrouk Heights, N.J., "),
                                  ("Halliburton Co., Houston, Texas, said", ", Houston, Texas, ")),
                        misses=("Dataproducts, the maker, said", "in Paris, France, it said",
                                "Poland, Hungary and the Czech Republic joined")),
    # A clause cut after its subject, a name alone after its complementizer ("What matters most is that Elian"), or
    # a result's participle with no subject ("Thus increasing sales").
    stranded_clause=Pattern(r"\b(?:that|whether)\s+(?:[A-Z][\w.'’\-]*\s*){1,3}$|^(?:Thus|Thereby)\s+[a-z]+ing\b",
                            examples=(("What matters most is that Elian", "that Elian"),
                                      ("Thus increasing sales", "Thus increasing")),
                            misses=("Officials said that Elian left", "He bought that Ford truck",
                                    "Thus the company increased sales")),
    dangling_ends=HEADLINE_DANGLING_ENDS,
    # "sent troops to Hong Kong in a bid [to restore order]": cut before its infinitive, the phrase says nothing
    purpose_tail=Pattern(r",?\s+(?:in|as)\s+(?:an?|its|their|his|her|the)\s+(?:bid|attempt|effort|push|move|drive)\s*$"
                         r"|,?\s+(?:on|in)\s+behalf\s*$",
                         examples=(("China sent troops to Hong Kong in a bid", " in a bid"),
                                   ("The firm cut jobs in an effort", " in an effort"),
                                   ("The suit was filed by Magaji on behalf", " on behalf")),
                         misses=("The firm made a bid", "the bid failed", "in a bid to restore order")),
    fronted_participle=Pattern(FRONTED_PARTICIPLE,
                               examples=(("Retaliating 13 days after the raid, the navy struck",
                                          "Retaliating 13 days after the raid, "),
                                         ("Tired of waiting, the goalkeeper left", "Tired of waiting, "),
                                         ("Backed by the unions, the mayor won", "Backed by the unions, ")),
                               misses=("Beijing officials, meanwhile, said", "Boeing, the planemaker, said",
                                       "Unveiled, the chip holds a million transistors",   # (its date cut: the unveiling)
                                       "Police arrested the driver, who fled")),
    definite_article="the",
    indefinite_articles=("a", "an"),
    vowel_sound=Pattern(VOWEL_SOUND, examples=(("hour", "hour"), ("ice", "ic"), ("MP", "MP"), ("FBI", "FBI"),
                                                 ("apple", "ap"), ("EU", "EU"), ("8-year", "8"), ("Oct.", "Oc")),
                        misses=("union", "one-day", "European", "letter", "BBC", "useful", "NATO", "US", "Unit",
                                "2018", "house", "Ukraine")),
    agreement=AGREEMENT,
    agent_marker="by",
    passive_auxiliary=PASSIVE_AUXILIARY,
    gerund_past=gerund_past,
    past_examples=PAST_EXAMPLES,
    deadline_verbs=DEADLINE_VERBS,
    partitives=PARTITIVES,
    possessive_ends=("'s", "’s", "s'", "s’"),
    possessive=("'s", "'"),                 # "whose sales" -> "the company's sales", "the dolls' sales"
    caption=Pattern(CAPTION,
                    examples=(("In this Monday, Oct. 28, 2019, file photo, Gordon Sondland walks", "In this Monday, Oct. 28, 2019, file photo"),
                              ("This March 28, 2017, file photo, provided by the Registry", "This March 28, 2017, file photo"),
                              ("In this photo issued by ITV, Jeremy Corbyn", "In this photo"),
                              ("FILE - Gordon Sondland", "FILE -"),
                              ("WASHINGTON, DC - NOVEMBER 19: Jennifer Williams", "WASHINGTON, DC - NOVEMBER 19:"),
                              ("Nadal celebrates in Madrid, Spain, Tuesday, Nov. 19, 2019.", ", Tuesday, Nov. 19, 2019"),
                              ("— Rep. Ilhan Omar (@Ilhan) November 19, 2019", "— Rep. Ilhan Omar (@Ilhan)")),
                    misses=("This year the army retook the town", "The army retook the town on Tuesday, Nov. 19",
                            "In this case, the court ruled on Tuesday")),
)
