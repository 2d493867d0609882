"""Headlines cut at phrase boundaries (round 10): an undated lede too long for a headline is cut over its
parse, as a dated sentence is, not at a count of words; and no cut leaves a verb without its object while
the headline is within a name's slack of the limit. Every sentence is invented."""
from __future__ import annotations

from datetime import date

import pytest

from chrono.events.lede_tree import region_of
from stories import build, english_parser, headline_builder  # noqa: F401 - a fixture

PUBLISHED = date(2019, 11, 19)          # a Tuesday


@pytest.fixture(scope="module")
def headlines(tmp_path_factory):
    return headline_builder(tmp_path_factory.mktemp("hl10"), PUBLISHED)


@pytest.mark.parametrize("sentence, kept", [
    # the text cut left "... on a Bay Area commuter train" and no predicate (a supposition, "may have occurred
    # after ...", tells the happening after it instead: tests/test_ledes_round16.py)
    ("Authorities say a stabbing that killed a passenger on a Bay Area commuter train near Oakland has been "
     "linked to an attempt by the attacker to steal another rider's shoes.", ["A stabbing", "has been linked"]),
    # the text cut lost the role the deal is for
    ("Peter Brown has agreed a deal to replace Tom Green as Arsenal's manager until the end of the 2022/23 season.",
     ["agreed a deal", "as Arsenal's manager"]),
])
def test_a_long_lede_is_cut_at_phrase_boundaries(headlines, sentence, kept):
    found = headlines(sentence)
    assert len(found) == 1 and all(k in found[0] for k in kept), found
    assert len(found[0].split()) <= 17


def test_a_short_lede_stays_as_written(headlines):
    assert headlines("Acme Corp. has agreed to buy a rival maker of garden tools.") == \
        ["Acme Corp. has agreed to buy a rival maker of garden tools"]


def test_a_lede_whose_subject_lies_outside_the_chosen_clause_keeps_the_text_headline(headlines):
    found = headlines("Acme's finance chief, John Smith, resigned and its chairman, Frank Stone, is stepping in "
                      "to help turn the automotive-parts manufacturer around, the company said.")
    assert found and not any(h.startswith("Is ") for h in found), found


def test_region_of_finds_the_chosen_text_across_white_space():
    sentence = "Officials said  that the\nbridge has reopened to traffic, a day early."
    start, end = region_of(sentence, "the bridge has reopened to traffic")
    assert sentence[start:end] == "the\nbridge has reopened to traffic"
    assert region_of(sentence, "no such words here") is None
    assert region_of(sentence, "") is None


@pytest.mark.parametrize("sentence", [
    "Acme expected to break even in the fourth quarter.",
    "The airline said it broke even in the third quarter, after a loss a year earlier.",
])
def test_break_even_keeps_its_even(headlines, sentence):
    assert any("even" in h.split() for h in headlines(sentence)), headlines(sentence)


def test_should_with_a_date_ahead_is_a_forecast(english_parser):
    events = build("Outlook\n\nAnalysts said Acme's profitability should increase in the fourth quarter.\n",
                   date(1989, 10, 26)).events
    assert [(e.when.value, e.modality.value) for e in events] == [("1989-Q4", "forecast")]


@pytest.mark.parametrize("sentence, expected", [
    ("For the quarter ended Sept. 30, Delta posted net income of $100 million.", "Delta posted net income of $100 million"),
    ("In the fiscal first quarter ended Sept. 30, Delta posted record profit of $100 million.",
     "Delta posted record profit of $100 million"),
])
def test_a_period_and_the_day_it_ended_are_one_dating_phrase(headlines, sentence, expected):
    assert headlines(sentence) == [expected]
