"""A lede's mood is its main predicate's, not another clause's; a source that is a clause and a coordinator is
its subject (round 10). Every sentence is invented."""
from __future__ import annotations

from datetime import date

import pytest

from stories import build, parser

PUBLISHED = date(1998, 3, 9)            # a Monday


@pytest.fixture(scope="module", autouse=True)
def _parser():
    if parser("en") is None:
        pytest.skip("no parser model")


def test_a_ledes_mood_is_its_main_predicates_and_its_source_the_subject():
    events = build("Court\n\nLibya hailed the ruling and said it would press anew for a trial.\n", PUBLISHED).events
    assert [(e.modality.value, e.attribution) for e in events] == [("fact", "Libya")]
