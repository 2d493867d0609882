"""A lede's mood is its main predicate's, not another clause's; a source that is a clause and a coordinator is
its subject (round 10). Every sentence is invented."""
from __future__ import annotations

from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

PUBLISHED = date(1998, 3, 9)            # a Monday


pytestmark = pytest.mark.usefixtures("english_parser")


def test_a_ledes_mood_is_its_main_predicates_and_its_source_the_subject():
    events = build("Court\n\nLibya hailed the ruling and said it would press anew for a trial.\n", PUBLISHED).events
    assert [(e.modality.value, e.attribution) for e in events] == [("fact", "Libya")]
