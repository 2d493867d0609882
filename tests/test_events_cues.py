"""The cue lexicons of event extraction: their runnable examples, and modality / relation cases."""
from __future__ import annotations

import pytest

from chrono.events.cues import CUE_EXAMPLES, RELATION_PREPOSITIONS
from chrono.events.clauses import is_verb_form
from chrono.model import Modality
from chrono.events.modality import classify


@pytest.mark.parametrize("kind,text,expected", CUE_EXAMPLES)
def test_cue_examples(kind, text, expected):
    if kind == "modality":
        assert classify(text).value == expected
    elif kind == "verb":
        assert is_verb_form(text) is (expected == "yes")
    else:
        assert RELATION_PREPOSITIONS[text] == expected


@pytest.mark.parametrize("clause,future,verb,expected", [
    ("the offensive will begin", False, None, Modality.FORECAST),
    ("the army is expected to enter the city", False, None, Modality.FORECAST),
    ("the government plans to hold talks", False, None, Modality.FORECAST),
    ("talks take place", True, None, Modality.FORECAST),                 # dated after publication
    ("the coalition would continue its airstrikes", True, None, Modality.FORECAST),
    ("the coalition would continue its airstrikes", False, None, Modality.HYPOTHETICAL),
    ("the city fell", False, "predicted", Modality.FORECAST),
    ("the militia had shelled the village", False, "denied", Modality.NEGATED),
    ("unless the rebels withdraw, the army attacks", False, None, Modality.HYPOTHETICAL),
    ("the strike might have killed civilians", False, None, Modality.HYPOTHETICAL),
    ("the convoy could not reach the town", False, None, Modality.NEGATED),
    ("no agreement was reached", False, None, Modality.NEGATED),
    ("the talks failed to produce a truce", False, None, Modality.NEGATED),
    ("the rebels won’t withdraw", False, None, Modality.FORECAST),       # a negated forecast stays a forecast
    ("the army retook the town", False, "said", Modality.FACT),
    ("IS had seized Raqqa as part of a broad offensive", False, None, Modality.FACT),
])
def test_modality(clause, future, verb, expected):
    assert classify(clause, future=future, reporting_verb=verb) is expected
