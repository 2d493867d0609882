"""The rule examples and the negative corpus are the test suite of the tagger.

Every example of every rule of the English table (``chrono/lang/en/timex/rules.py``) is tagged with
its reference date as the publication date and must yield a timex with exactly its extent, value and
type, found by that very rule.
Every line of ``tests/data/timex/negative.txt`` must yield no timex at all.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from chrono.lang import get
from chrono.lang.en.timex import examples
from chrono.model import AnchorPolicy
from chrono.timex import tag

RULES = get("en").timex.rules

NEGATIVE = Path(__file__).resolve().parent / "data" / "timex" / "negative.txt"


def _negatives() -> list[str]:
    return [line for line in NEGATIVE.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("rule,text,ref,extent,value,typ", examples(),
                         ids=[f"{e[0]}:{e[3]}" for e in examples()])
def test_rule_example(rule, text, ref, extent, value, typ):
    narrative = next(r.narrative for r in RULES if r.name == rule)      # a rule of narratives: in one
    found = tag(text, date.fromisoformat(ref), policy=AnchorPolicy.NARRATIVE if narrative else AnchorPolicy.NEWS)
    got = [(t.text, t.value, t.type.value, t.rule) for t in found]
    assert (extent, value, typ, rule) in got, f"{rule}: {text!r} gave {got}"


def test_every_rule_has_examples():
    assert all(r.examples for r in RULES), [r.name for r in RULES if not r.examples]


def test_rule_names_are_unique():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("text", _negatives())
def test_negative(text):
    found = tag(text, date(2017, 10, 14))
    assert found == [], [(t.text, t.rule) for t in found]
