"""English markers of a forecast, a supposition or a denial (regex alternatives, word-bounded)."""
from __future__ import annotations

from ...events import ModalityWords, Pattern

#: Cues that make a clause a forecast (regexes on lowercase text, word-bounded).
FORECAST_CUES: tuple[str, ...] = (
    r"will", r"won't", r"shall", r"'ll", r"going to", r"expects?", r"expected", r"expecting",
    r"(?:is|are|was|were) set to", r"slated to", r"plans to", r"planning to",
    # "a plan to sell the offices fell through": a plan named is no plan told
    r"(?<!\ba )(?<!\bthe )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\bour )(?<!\btheir )plan to", r"intends? to", r"aims? to",
    # "planned to pay the claims on Friday": a plan told, not the paying (not a participle set off by a comma:
    # "The strike, planned to coincide with the summit, began on Monday")
    r"(?<!, )planned to", r"(?<!, )intended to",
    r"is due to", r"are due to", r"about to", r"likely to", r"unlikely to", r"poised to",
    # (not the month: "the May 2010 raid", "in May the city"; "the" may stand for a subject's article)
    r"(?<!\bin )(?<!\bof )(?<!\bsince )(?<!\buntil )(?<!\blast )(?<!\bnext )(?:may|might)\s+(?!have\b)(?!\d)(?:not\s+)?\w+",
    r"could\s+(?!not\b)(?!have\s+(?:been|\w+ed|\w+en)\b)\w+",
    r"can\s+(?!not\b)(?!have\s+(?:been|\w+ed|\w+en)\b)\w+",
    r"should\s+(?!not\b)(?!have\b)\w+",      # "profitability should increase in the fourth quarter"
    r"forecasts?", r"predicts?", r"upcoming",
    r"in the (?:days|weeks|months|years) ahead", r"within (?:days|weeks|months|hours)",
    r"scheduled", r"hopes? to", r"vow(?:s|ed)? to", r"threaten(?:s|ed)? to",
)

#: Cues of a hypothetical or counterfactual clause (a bare "would" is :data:`CONDITIONAL_CUES`).
HYPOTHETICAL_CUES: tuple[str, ...] = (
    # "even if" opening the clause supposes it ("even if it stretches into 2020"); after its predicate, it
    # opens a concession the clause holds regardless of ("did not plan to remove him even if they defied")
    r"(?<!\beven )if", r"(?<![\w,] )even if", r"unless", r"in case", r"whether",
    r"(?:would|could|might|should|may|must)\s+(?:not\s+)?(?:(?:well|also|still|\w+ly)\s+)?have\s+(?:been|\w+ed|\w+en|done|gone|made|had|come|become|seen|taken|left|lost|won|fought|struck|sent|held|run|begun)\b",
    r"supposedly", r"hypothetically",
)

#: A bare conditional: hypothetical, unless the event is dated after publication (then a forecast).
CONDITIONAL_CUES: tuple[str, ...] = (r"would",)

#: Cues of a negated clause.
NEGATION_CUES: tuple[str, ...] = (
    r"not(?! only)(?! the only\b)(?! alone\b)", r"cannot", r"n't", r"\w+n't", r"never", r"no longer", r"denied", r"denies", r"deny", r"refus(?:e|ed|es|ing) to",
    r"fail(?:ed|s|ing)? to", r"neither", r"nor", r"no(?= \w)",
)
#: A negated past happening, what a denial says ("did not say", "had never agreed", "at no point"),
#: unlike a negative opinion or state ("the people aren't buying it", "investors shouldn't fret").
DENIAL_CUES: tuple[str, ...] = (
    r"(?:did|had|has|have)\s+(?:not|never)", r"(?:didn't|hadn't|hasn't|haven't)", r"never\s+\w+ed",
    r"at no (?:point|time)", r"denied", r"denies", r"deny",
)


#: A negated plan or intention ("did not plan to remove him", "has no plans to sell"): no happening is
#: planned, it is denied (unlike a negated forecast, "will not attack before Monday", which stays one).
NEGATED_PLAN_CUES: tuple[str, ...] = (
    r"(?:not|n't|never)\s+(?:plan(?:s|ned)?|intend(?:s|ed)?)\s+to", r"(?:\w+n't)\s+(?:plan(?:s|ned)?|intend(?:s|ed)?)\s+to",
    r"no (?:plans?|intention) (?:to|of)",
)
_ASKING = ("investigate", "ask", "wonder", "examine", "probe", "question", "consider", "decide", "determine",
           "debate", "discuss", "review", "study", "check", "weigh", "explore", "assess", "evaluate", "see", "know")
#: Verb forms that ask an indirect question ("officials are investigating whether he is linked", "asked
#: whether the fees might be seized"): the asking is what the clause tells, the question is its matter.
ASKING: frozenset[str] = frozenset(f for v in _ASKING for f in (
    v, v + "s", v + "d" if v.endswith("e") else v + "ed", (v[:-1] if v.endswith("e") else v) + "ing")) | {"knew", "known", "saw", "seen"}

#: Verbs of opinion that raise a negation ("I don't think he can win" says "I think he can't win"): the
#: clause they govern is denied.
NEG_RAISING: frozenset[str] = frozenset({"think", "believe", "expect", "suppose", "imagine", "reckon"})


def cues(alternatives: tuple[str, ...], examples: tuple[tuple[str, str], ...], misses: tuple[str, ...] = ()) -> Pattern:
    """A pattern of cue alternatives, each a whole word (an apostrophe joins: "won't" is one)."""
    return Pattern(r"(?<![\w'])(?:" + "|".join(alternatives) + r")(?![\w'])", examples, misses, ignore_case=True)


MODALITY = ModalityWords(
    forecast=cues(FORECAST_CUES,
                  (("the offensive will begin", "will"), ("the city may be liberated", "may be"),
                   ("fighting in the days ahead", "in the days ahead"),
                   ("more games are slated to roll out", "slated to"),
                   ("visitors can vote for their favourite artwork", "can vote"), ("we plan to sell it", "plan to")),
                  ("the attack could have been prevented", "the army retook the town", "the May 2010 raid killed nine",
                   "the raid in May killed nine", "in May the raid killed nine",
                   "a plan to sell its offices fell through")),
    hypothetical=cues(HYPOTHETICAL_CUES,
                      (("if the talks fail", "if"), ("the attack could have been prevented", "could have been"),
                       ("the scope may well have expanded", "may well have expanded")),
                      ("the coalition would continue its airstrikes",)),
    conditional=cues(CONDITIONAL_CUES, (("the coalition would continue its airstrikes", "would"),)),
    negation=cues(NEGATION_CUES,
                  (("the army did not enter the town", "not"), ("the convoy could not reach the town", "not"),
                   ("there hasn't been a single year of gain", "hasn't"),
                   ("no agreement was reached", "no"), ("the convoy cannot reach the town", "cannot")),
                  ("not only soldiers but civilians died", "Stadia is not the only service to do so")),
    denial=cues(DENIAL_CUES,
                (("at no point did we say she could not sing", "at no point"), ("the firm had not been told", "had not"),
                 ("he said he didn't know her", "didn't")),
                ("the voters aren't buying it", "investors shouldn't fret", "the plan is not working")),
    indirect_questions=frozenset({"whether"}),
    negated_plans=cues(NEGATED_PLAN_CUES,
                       (("officials did not plan to remove him", "not plan to"), ("the firm has no plans to sell", "no plans to"),
                        ("they don't intend to leave", "don't intend to")),
                       ("the army will not attack before Monday", "they planned to leave")),
    neg_raising=NEG_RAISING,
    asking=ASKING,
    subordinators=frozenset({"that", "which", "who", "whom", "whose", "how", "why", "when", "because", "while",
                             "although", "whereas"}),
    # "canceled an increase in tariffs planned for Oct. 15": the Oct. 15 increase did not happen
    cancelling=frozenset({"cancel", "cancels", "canceled", "cancelled", "canceling", "cancelling", "scrap",
                          "scraps", "scrapped", "scrapping", "postpone", "postpones", "postponed", "postponing"}),
    # "suggested pushing back the return to 2028": proposed, hypothetical (tests/test_events_precision.py)
    proposing=frozenset({"suggest", "suggests", "suggested", "suggesting", "propose", "proposes", "proposed",
                         "proposing", "recommend", "recommends", "recommended", "recommending", "urge", "urges",
                         "urged", "urging", "advise", "advises", "advised", "advising"}),
    # "it's possible the LC500 Convertible could arrive in the future": a supposition, hypothetical
    possibility=frozenset({"possible", "conceivable", "plausible"}),
    # "vehicles that exist today": a state, no happening (tests/test_events_precision.py); "what we know about
    # the parade on Saturday": a present state, no fixture (tests/test_events_tree_round5.py)
    stative_verbs=frozenset({"exist", "exists", "know", "knows", "think", "thinks", "believe", "believes", "seem",
                             "seems", "like", "likes", "mean", "means", "remain", "remains", "understand",
                             "understands", "own", "owns", "belong", "belongs", "doubt", "doubts", "prefer",
                             "prefers", "love", "loves", "hate", "hates", "contain", "contains", "depend",
                             "depends", "deserve", "deserves", "consist", "consists"}),
    # "The podcast is produced weekly throughout the year": a present habit, no happening
    frequency=frozenset({"weekly", "daily", "monthly", "yearly", "annually", "hourly", "nightly", "usually",
                         "often", "always", "regularly", "typically", "generally", "normally", "sometimes",
                         "frequently", "rarely", "seldom", "every", "each"}),
    # "Today's hearing is over", "the index is down 2% today", "the service is available today": a change
    change_predicates=frozenset({"over", "done", "finished", "complete", "completed", "final", "official", "up",
                                 "down", "higher", "lower", "available", "out", "live", "open", "closed", "back",
                                 "dead", "gone", "underway", "under way", "off"}),
)
