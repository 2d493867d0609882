"""A day named bare between a subject and its verb ("The panel Thursday refused") is parsed out and put
back as a time adjunct of the verb, as a wire dateline is put back before the sentence. Every sentence is
invented."""
from __future__ import annotations

import pytest

from chrono.events.parse import parse, parser
from stories import headline_builder, PUBLISHED


@pytest.fixture(scope="module")
def headlines(tmp_path_factory):
    return headline_builder(tmp_path_factory.mktemp("parse9"), PUBLISHED)


@pytest.fixture(scope="module")
def parsed():
    if parser("en") is None:
        pytest.skip("no parser model")
    return lambda s: parse([s])[0]


@pytest.mark.parametrize("sentence, day, verb, subject", [
    ("The tribunal Thursday refused to hear the appeal.", "Thursday", "refused", "tribunal"),
    ("Regulators Monday said the merger could go ahead.", "Monday", "said", "Regulators"),
    ("BEIRUT (Reuters) - Syrian troops Tuesday retook the airport.", "Tuesday", "retook", "troops"),
])
def test_a_bare_day_hangs_on_its_verb(parsed, sentence, day, verb, subject):
    doc = parsed(sentence)
    assert doc.text == sentence
    tok = {t.text: t for t in doc}
    assert tok[day].head.text == verb and tok[day].dep_.startswith("obl") or \
        tok[day].head.text == subject and tok[day].dep_ == "nmod:unmarked"     # a time adjunct either way
    assert tok[subject].head.text == verb and tok[subject].dep_ == "nsubj"


def test_a_day_read_as_an_adjunct_is_left_alone(parsed):
    doc = parsed("The council met on Thursday and voted.")
    assert [t.dep_ for t in doc if t.text == "Thursday"] == ["obl"]


def test_the_headline_has_no_day_for_a_subject(headlines):
    assert "The tribunal refused to hear the appeal" in headlines("The tribunal Thursday refused to hear the appeal.")


@pytest.mark.parametrize("sentence, main, background", [
    ("A cyclist who was riding home on Friday night was hit by a truck.", "was hit by a truck", "A cyclist was riding"),
    ("Two hikers who were crossing the ridge on Sunday were caught in an avalanche.", "were caught in an avalanche",
     "Two hikers were crossing"),
])
def test_a_progressive_relative_of_the_subject_lends_its_date(headlines, sentence, main, background):
    found = headlines(sentence)
    assert any(h.endswith(main) for h in found) and not any(h.startswith(background) for h in found), found


def test_an_eventive_relative_keeps_its_date(headlines):
    assert "A teacher retired" in headlines("A teacher who retired in 1985 was honoured by the school board.")
