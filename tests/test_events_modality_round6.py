"""Modality rules of round 6, on invented sentences (never copied from the development pages).

- "not ... until X" tells that the happening took place at X ("The ferry did not sail until Friday":
  it sailed on Friday): a fact, not a denial; a later "until" stays a forecast;
- a report that is itself the dated happening ("X, the mayor said on Monday") takes the report's own
  modality: the telling of a negative opinion or state ("The voters aren't buying it, the mayor said")
  is a fact, as the annotations read every report of an opinion put negatively ("said people aren't
  buying", "wrote that investors shouldn't fret"); a denial, the report that a past happening did not
  take place ("'At no point did we say ...', they said", "denied that it had ..."), stays negated
  (:meth:`chrono.events.modality.Modalities.denies`);
- what a counterfactual or a condition governs is part of the imagined scenario ("the council would
  have argued that the contractor finished the bridge in 2012"): hypothetical, up the chain of
  complements; a bare "would" also tells a later past ("would later confirm that ..."), no scenario
  (:func:`chrono.events.predicate.supposed_above`).
"""
from __future__ import annotations

from datetime import date

import pytest

from chrono.events.modality import Modalities, classify
from chrono.events.parse import parser
from chrono.events.words import stage
from chrono.model import Modality
from stories import build

PUBLISHED = date(2019, 11, 19)          # a Tuesday
LEDE = "Harbour news\n\nThe port authority opened a new pier on Nov. 2.\n\n"


def _events(*sentences: str):
    chron = build(LEDE + "\n\n".join(sentences) + "\n", PUBLISHED)
    return [(e.headline, e.when.value, e.modality.value) for e in chron.events if "pier" not in e.text]


@pytest.mark.parametrize("clause", [
    "the ferry did not sail until Friday",
    "astronomers didn't spot the comet until 1986",
    "the museum had not reopened until last spring",
])
def test_not_until_tells_when_it_happened(clause):
    assert classify(clause, until=True) == Modality.FACT


@pytest.mark.parametrize("clause,modality,future,until", [
    ("the ferry did not sail on Friday", Modality.NEGATED, False, False),
    ("the ferry has not sailed since Friday", Modality.NEGATED, False, False),
    ("the new bridge will not open until March", Modality.FORECAST, True, True),
])
def test_a_plain_negation_or_a_later_until_is_kept(clause, modality, future, until):
    assert classify(clause, future=future, until=until) == modality


@pytest.mark.parametrize("content", [
    "The voters aren't buying the plan",
    "Investors shouldn't worry about the dividend",
    "The new schedule is not working",
])
def test_a_negative_opinion_reported_is_no_denial(content):
    assert not stage(Modalities, "en").denies(content)


@pytest.mark.parametrize("content", [
    "At no point did we say the band could not play",
    "The club had not been told of the sale",
    "He never signed the contract",
    "We didn't approve the merger",
])
def test_a_negated_past_happening_reported_is_a_denial(content):
    assert stage(Modalities, "en").denies(content)


def test_a_told_negative_opinion_is_a_fact_of_the_telling():
    assert classify("the mayor told reporters on Monday that the voters aren't buying the plan") == Modality.FACT
    assert classify("the mayor told reporters on Monday that the council had not approved the plan") == \
        Modality.NEGATED


@pytest.fixture
def _parsed():
    if parser("en") is None:
        pytest.skip("no parser model")


def test_a_reporting_day_of_a_negative_opinion_is_a_fact(_parsed):
    found = _events("“The voters aren’t buying this toll plan,” the mayor said at a meeting on Monday.")
    assert [(v, m) for _, v, m in found] == [("2019-11-18", "fact")], found


def test_a_reporting_day_of_a_denial_stays_negated(_parsed):
    found = _events("“At no point did we sell the harbour land,” the port authority said on Monday.")
    assert [(v, m) for _, v, m in found] == [("2019-11-18", "negated")], found


def test_not_until_in_a_page_is_a_fact(_parsed):
    found = _events("Divers did not find the wreck of the old steamer until 1987.")
    assert [(v, m) for _, v, m in found] == [("1987", "fact")], found
    found = _events("Divers did not find the wreck of the old steamer in 1987.")
    assert [(v, m) for _, v, m in found] == [("1987", "negated")], found


def test_what_a_counterfactual_governs_is_supposed(_parsed):
    found = _events("In that case the council would have argued that the contractor finished the bridge in 2012.")
    assert [(v, m) for _, v, m in found] == [("2012", "hypothetical")], found


@pytest.mark.parametrize("sentence", [
    "The mayor later claimed that the contractor finished the bridge in 2012.",
    "The club said it would later confirm that the striker signed the contract in 2012.",
])
def test_a_plain_report_or_a_later_past_is_no_scenario(_parsed, sentence):
    found = _events(sentence)
    assert [(v, m) for _, v, m in found] == [("2012", "fact")], found


def test_supposing_words_are_conditions_and_modal_perfects():
    modalities = stage(Modalities, "en")
    assert modalities.supposes("if gave") and modalities.supposes("would have claimed")
    assert not modalities.supposes("would confirm") and not modalities.supposes("claimed")
