"""Headlines keep words whole (round 9): a date's degree frame goes with the date ("as early as
Wednesday"), and a hyphenated word is never cut in two ("in over[-the-counter trading]"). Every sentence
is invented."""
from __future__ import annotations

from datetime import date

import pytest

from stories import build, headline_builder

PUBLISHED = date(2019, 11, 19)          # a Tuesday


@pytest.fixture(scope="module")
def headlines(tmp_path_factory):
    return headline_builder(tmp_path_factory.mktemp("hl9"), PUBLISHED)


@pytest.mark.parametrize("sentence, expected", [
    ("The envoy could fly to Geneva as early as Friday, officials said.", "The envoy could fly to Geneva"),
    ("The boy may leave the country as soon as next week, his lawyers said.", "The boy may leave the country"),
])
def test_a_degree_that_only_frames_the_date_goes_with_it(headlines, sentence, expected):
    assert expected in headlines(sentence)


@pytest.mark.parametrize("sentence, whole, cut", [
    ("The stock closed at $21.375 in over-the-counter trading yesterday.", "The stock closed at $21.375", " in over"),
    ("Kurdish-led militias retook the town on Monday.", "Kurdish-led militias retook the town", None),
    ("Foreign Minister Adel al-Jubeir visited Cairo on Monday.", "al-Jubeir visited Cairo", None),
])
def test_no_hyphenated_word_is_cut(headlines, sentence, whole, cut):
    found = headlines(sentence)
    assert any(whole in h for h in found)
    if cut:
        assert not any(h.endswith(cut) for h in found)


def test_as_early_as_a_weekday_looks_ahead():
    chron = build("Harbour news\n\nThe new ferry could sail as early as Friday, the operator said.\n")
    assert [e.when.value for e in chron.events] == ["2019-11-22"]
