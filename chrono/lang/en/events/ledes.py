"""English for the day's news of a story's first sentence told as a report ("Crane Co. said it holds ...")."""
from __future__ import annotations

from ...events import Pattern
from .syntax import BARE_PAST, IRREGULAR_PAST

# A wire story's first sentence with no time expression whose main verb reports, in the simple past or
# the present of news ("Crane Co. said it holds an 8.9% stake", "President Clinton says he is committed
# to a strike", "the ministry announced that ..."): the report is the day's news. The code checks that
# the verb is the sentence's main predicate (not "The man who said it was arrested").
LEDE_REPORT = Pattern(
    r"\b(?:said|says|reported|reports|announced|announces|told|tells|confirmed|confirms|disclosed|discloses"
    r"|responded|replied|warned|warns|declared|declares)\b",
    examples=(("Crane Co. said it holds an 8.9% stake", "said"),
              ("President Clinton says he is committed to a possible strike", "says"),
              ("The ministry announced that the border would reopen", "announced"),
              ("Iraq's deputy foreign minister responded from Baghdad that", "responded")),
    misses=("The saying goes", "an unannounced visit", "the reporters left"))

# The simple past of a lede's main clause ("Tanzania expelled five Iraqis", "Police arrested three men",
# "Rebels freed two hostages"): the day's news when the sentence's only dates stand in its background
# clauses or in a report of the day that frames it ("... who were questioned last month, a newspaper
# reported Friday"); the code checks that the word is a verb of the main line, and that a past like its base
# ("cut", "bid": ``BARE_PAST``) follows a singular subject ("Goody Products Inc. cut its dividend").
LEDE_SIMPLE_PAST = Pattern(
    r"\b(?:[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PAST | BARE_PAST)) + r")\b",
    examples=(("Tanzania expelled five Iraqis", "expelled"), ("Rebels freed two hostages", "freed"),
              ("The army took the town", "took"), ("Goody Products Inc. cut its quarterly dividend", "cut")),
    misses=("The army takes the town", "Rebels free two hostages"))

__all__ = ["LEDE_REPORT", "LEDE_SIMPLE_PAST"]
