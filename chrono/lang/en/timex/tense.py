"""English tense markers: the tense of a date without a year is the tense of the nearest marker.

"will", "'ll", "shall", "going to", "would", "next" mark the future; past auxiliaries, reporting
verbs and -ed forms mark the past. No tagger, no model: word lists and regexes, read by
:mod:`chrono.timex.tense`.
"""
from __future__ import annotations

import re

from ...timex import TenseWords

FUTURE_WORDS = ("will", "'ll", "shall", "wo n't", "won't", "going to", "would", "plans to", "plan to",
                "expects to", "expected to", "expect to", "scheduled to", "scheduled for", "due to",
                "set to", "intends to", "to be held", "is to", "are to", "upcoming", "aims to", "hope to",
                "hopes to", "next", "tomorrow", "supposed to", "is expected", "are expected", "be held",
                "to be", "deadline", "would", "will be", "planned to", "planning to", "plans to", "scheduled",
                "as soon as", "as early as", "postponed until", "payable", "effective", "planned for", "set for",
                "slated for", "slated to")
REPORTING = frozenset({"said", "told", "says", "say", "announced", "reported", "added", "stated"})
PAST_WORDS = ("was", "were", "had", "did", "said", "told", "retook", "seized", "took over", "hit", "ago", "yesterday", "last", "earlier",
              "came", "went", "took", "made", "gave", "got", "began", "began", "left", "met", "won",
              "lost", "fell", "rose", "held", "led", "sent", "spent", "struck", "saw", "found",
              "became", "brought", "bought", "sold", "paid", "put", "set off", "broke", "fought",
              "killed", "wrote", "spoke", "knew", "thought", "felt", "kept", "ran", "stood", "wasn't",
              "weren't", "hadn't", "didn't", "since")
NOT_PAST = frozenset({"need", "speed", "seed", "feed", "bed", "red", "bred", "shed", "embed", "indeed",
                      "proceed", "succeed", "exceed", "breed", "creed", "greed", "weed", "hundred", "naked",
                      "sacred", "wicked", "ahead", "united", "limited", "based", "related", "owned",
                      "aged", "armed", "backed", "led", "supposed", "alleged", "so-called", "detailed",
                      "advanced", "balanced", "skilled", "qualified", "used", "med", "wed", "fed", "ted"})
NOT_PARTICIPLE = frozenset({"was", "were", "had", "did", "ago", "yesterday", "last", "earlier", "since",
                            "wasn't", "weren't", "hadn't", "didn't"})

TENSE = TenseWords(
    future=FUTURE_WORDS,
    past=PAST_WORDS,
    present=("is", "are", "am"),
    past_forms=r"[a-z]{2,}ed",
    past_suffix="ed",
    not_past=NOT_PAST,
    not_participle=NOT_PARTICIPLE,
    reporting=REPORTING,
    # "next to" the preposition; a future phrase in a pluperfect frame ("had been due to expire")
    not_future=re.compile(r"next\s+to\b|next\s+door\b", re.IGNORECASE),
    past_frame=re.compile(r"\bhad\s+(?:been\s+)?\Z", re.IGNORECASE),
    # a past form after "be", "is", "are", "being", "to" is a participle ("will be paid Dec. 14")
    passive_before=re.compile(r"(?:\bbe|\bis|\bare|\bbeing|'s|\bto)\s+(?:\w+ly\s+)?\Z", re.IGNORECASE),
    # an -ed form after an article (and perhaps an adverb) is an adjective ("the planned sale")
    adjective_before=re.compile(r"\b(?:a|an|the)\s+(?:(?:still|newly|recently|previously|long|much|widely|so|un)\w*\s+)?\Z",
                                re.IGNORECASE),
    reported_before=re.compile(r"\b(?:said|told|announced|reported|added|stated|declared)(?:\s+on)?\s+\Z"),
    # a deadline or an effective date just before the expression looks ahead, unless the sentence
    # is in the pluperfect ("had been completed by May")
    deadline_before=re.compile(r"\b(?:by|until|till|payable|effective)(?:\s+(?:early|mid|late))?\s+\Z"),
    pluperfect=re.compile(r"\bhad\b", re.IGNORECASE),
    verb_first=True,
)
