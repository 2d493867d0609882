"""English for the event layer and the merge: every word they read, as data with examples.

- :mod:`.syntax` — auxiliaries, past forms, pronouns, conjunctions: where a clause ends;
- :mod:`.reporting` — reporting verbs and the shapes of "X said", "according to X";
- :mod:`.modality` — markers of a forecast, a supposition, a denial;
- :mod:`.dating` — prepositions of time, coordinated dates, events named by noun phrases;
- :mod:`.headline` — what a headline drops; "We expect ..." read as a report;
- :mod:`.merge` — stopwords, common names, kinds of happening, the stemmer;
- :mod:`.mentions` — the nouns and adjectives TimeML marks as events (learnt, ``event_words.tsv``).

``CUE_EXAMPLES`` are decisions of the whole layer, checked by ``tests/test_events_cues.py`` with
the examples of every pattern.
"""
from __future__ import annotations

from ...events import EventWords
from .dating import DATING, NOMINAL
from .headline import HEADLINE
from .mentions import MENTIONS
from .merge import MERGE
from .modality import MODALITY
from .reporting import REPORTING
from .syntax import SYNTAX

#: Runnable examples: (what is decided, input, expected). Checked by the tests.
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

EVENTS = EventWords(
    syntax=SYNTAX,
    reporting=REPORTING,
    modality=MODALITY,
    dating=DATING,
    nominal=NOMINAL,
    headline=HEADLINE,
    merge=MERGE,
    examples=CUE_EXAMPLES,
    mentions=MENTIONS,
)

__all__ = ["CUE_EXAMPLES", "EVENTS"]
