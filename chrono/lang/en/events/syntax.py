"""English function words and verb forms: where a clause ends, what is a verb, what is a subject."""
from __future__ import annotations

from ...events import Pattern, SyntaxWords

#: Auxiliaries and modals, and their negative contractions: a coordinated clause starts with one
#: ("..., and will not set ..."); "wouldn't have the cash" is told by its modal, not by "have".
AUXILIARIES: frozenset[str] = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "shall", "should", "must", "did", "does", "do", "'s",
} | {f"{w}{a}t" for w in ("isn", "aren", "wasn", "weren", "hasn", "haven", "hadn", "won", "wouldn", "couldn",
                          "can", "mightn", "shan", "shouldn", "mustn", "didn", "doesn", "don") for a in "'’"})

#: Auxiliaries of a past or a perfect: a clause dated after publication that opens with one is told
#: as the past ("forces have raised their flag").
PAST_AUXILIARIES: frozenset[str] = frozenset({"has", "have", "had", "was", "were", "did"} | {
    f"{w}{a}t" for w in ("wasn", "weren", "hasn", "haven", "hadn", "didn") for a in "'’"})

#: Irregular past forms of verbs common in news: "began", "took", "fled" are verbs as much as
#: "seized" (a word ending in -ed) is; they end subjects and start coordinated predicates.
IRREGULAR_PAST: frozenset[str] = frozenset("""
began begun became become broke broken brought built came caught chose drove driven drew fell fallen
fled flew fought found froze gave given got grew held hit hid kept knew laid led left lent lost made
meant met overran overrun overtook paid put quit ran retook retaken rose risen sank saw seen sent set
shot shook shut slew sold sought spent spoke spread stood stole struck swept swore taken took told
threw thrown tore undertook won withdrew withdrawn woke wrote written said
""".split())

#: Verbs whose past is their base form: after a singular subject with no auxiliary ("the firm bid",
#: not "the firm bids") they can only be a past.
BARE_PAST: frozenset[str] = frozenset("beat bid cut hit put set shut spread quit let cost hurt cast burst split".split())

#: Subject pronouns: "and he ...", "but they ..." start a new clause.
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"we", "he", "she", "they", "i", "it", "you"})

#: Determiners that may open a coordinated clause's subject ("and the city has ...").
DETERMINERS: frozenset[str] = frozenset({"the", "a", "an", "this", "that", "these", "those", "its",
                                          "their", "his", "her", "our", "some", "many", "most"})

#: Separators that always end a clause (regex alternatives, matched case-insensitively).
CLAUSE_BREAKS: tuple[str, ...] = (
    r";\s+", r",\s+and\s+", r",\s+but\s+", r",\s+while\s+", r",\s+whereas\s+", r",\s+although\s+",
    r",\s+adding\s+that\s+", r",\s+adding\s+", r",\s+saying\s+that\s+", r":\s+",
    # a dash before a subordinate clause: "... over the weekend — after two people were diagnosed"
    r"\s+[—–]\s+(?=(?:after|before|because|while|although|though|when|since)\s)",
    # "as" before a named or pronoun subject and its auxiliary: "..., as Sony has offered ..."
    r",\s+(?=as\s+(?:(?:[A-Z][\w'’\-]*\s+){1,3}(?:has|have|had|is|are|was|were|will|would)|he|she|they|we)\s)",
)

#: Words that open a subordinate clause: a phrase opening with one is no bare subject.
SUBORDINATE_OPENERS: frozenset[str] = frozenset(
    "if unless when while as after before because although though once since until".split())

SYNTAX = SyntaxWords(
    auxiliaries=AUXILIARIES,
    past_auxiliaries=PAST_AUXILIARIES,
    irregular_past=IRREGULAR_PAST,
    past_suffixes=("ed",),
    past_min_length=5,
    subject_pronouns=SUBJECT_PRONOUNS,
    determiners=DETERMINERS,
    articles=("the", "a", "an"),
    coordinators=("and", "but", "or"),
    break_coordinators=("and", "but"),
    contrastive=frozenset({"but"}),
    additive=("and",),
    complementizers=("that",),
    subordinate_openers=SUBORDINATE_OPENERS,
    relative_openers=("which", "who", "where", "whose"),
    person_relatives=("who", "whom"),
    clause_break=Pattern(
        "|".join(CLAUSE_BREAKS),
        examples=(("The army retook the town; the rebels fled.", "; "),
                  ("The talks failed, but the truce held.", ", but "),
                  ("IS lost the city, adding that it would return.", ", adding that "),
                  ("A case was reported — after two were diagnosed", " — ")),
        misses=("The army and the militia retook the town.",),
        ignore_case=True),
    appositive_relative=Pattern(
        r",\s+(?:the|a|an)\s+(?:[\w'’\-]+\s+){0,4}?(?:that|which|who|where|it|they|he|she|we)"
        r"\s+(?P<w1>[\w'’]+)(?:\s+(?P<w2>[\w'’]+))?\b[^,;]*$",
        examples=(("SDF fighters took Raqqa, the Syrian city it had used as its capital since 2014",
                   ", the Syrian city it had used as its capital since 2014"),),
        misses=("SDF fighters took Raqqa, its capital since 2014",),
        ignore_case=True),
    possessive=Pattern(r"['’]s?\b", examples=(("'s attack", "'s"), ("’s offensive", "’s"))),
    group_pronouns=("they",),
    person_pronouns=("he", "she"),
    subject_determiners=("the", "a", "an", "this", "that", "its", "their"),
    bare_past=BARE_PAST,
    bare_days=frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                         "yesterday", "today", "tonight"}),
    thing_pronouns=("it",),
    expletive_after=("is", "was", "'s", "isn't", "wasn't", "seems", "seemed", "appears", "appeared", "remains",
                     "remained", "means", "meant", "takes", "took", "makes", "made"),
)
