"""The words of the event layer: the examples of every pattern of a pack, its decisions, modality cases."""
from __future__ import annotations

import pytest

from chrono import lang
from chrono.chronology import stem
from chrono.events.modality import classify
from chrono.events.syntax import is_verb_form
from chrono.model import Modality

EN = lang.get("en").events
PATTERNS = list(EN.patterns())


@pytest.mark.parametrize("kind,text,expected", EN.examples)
def test_cue_examples(kind, text, expected):
    if kind == "modality":
        assert classify(text).value == expected
    elif kind == "verb":
        assert is_verb_form(text) is (expected == "yes")
    else:
        assert EN.dating.relations[text] == expected


@pytest.mark.parametrize("name,pattern", PATTERNS, ids=[name for name, _ in PATTERNS])
def test_pattern_examples(name, pattern):
    assert pattern.examples, f"{name} has no example"
    for text, found in pattern.examples:
        m = pattern.compiled.search(text)
        assert m is not None and m.group(0) == found, (name, text, m and m.group(0))
    for text in pattern.misses:
        assert pattern.compiled.search(text) is None, (name, text)


def test_every_pattern_of_the_pack_is_seen():
    """Every group of the pack is reached by ``EventWords.patterns`` (a new group is not forgotten)."""
    groups = {name.split(".")[0] for name, _ in PATTERNS}
    assert groups == {"syntax", "reporting", "modality", "dating", "nominal", "headline"}


@pytest.mark.parametrize("word,expected", EN.merge.stemming.examples)
def test_stemming_examples(word, expected):
    assert stem(word) == expected


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
