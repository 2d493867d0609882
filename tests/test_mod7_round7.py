"""Modality rules of round 7, on invented sentences (never copied from the development stories).

A predicate's modality is of its own auxiliaries, negation and markers and of its reporting frame, never
of another clause's:

- a reporting verb that predicts ("warned", "predicted") makes what it reports a forecast, not the telling
  itself: "Union leaders warned on Monday that members should expect delays" is a warning that happened;
- "planned to" / "intended to" tell a plan, not the happening: a forecast;
- a negated plan ("did not plan to", "has no plans to") denies the happening: negated (a negated forecast,
  "will not attack", stays a forecast);
- "even if" after the predicate opens a concession the clause holds regardless of; "even if" opening the
  clause supposes it;
- an indirect question asked by a verb of asking ("are investigating whether ...") is that verb's matter:
  the asking is the clause's happening; a state of doubt ("it is unclear whether ...") keeps it supposed;
- a negated verb of opinion raises its negation ("I don't think the team can win this season": denied);
- in a clause read without a parse, a subordinate clause (relative, complement, interrogative) after the
  date has markers of its own ("a plan approved in 2015 that didn't name a price": the approval is a fact).
"""
from __future__ import annotations

from datetime import date

import pytest

from chrono.events.modality import Modalities, classify
from chrono.events.parse import parser
from chrono.events.subordinate import outside
from chrono.events.words import stage
from chrono.model import Modality
from stories import build

PUBLISHED = date(2019, 11, 19)          # a Tuesday
LEDE = "Harbour news\n\nThe port authority opened a new pier on Nov. 2.\n\n"


def _events(*sentences: str):
    chron = build(LEDE + "\n\n".join(sentences) + "\n", PUBLISHED)
    return [(e.headline, e.when.value, e.modality.value) for e in chron.events if "pier" not in e.text]


def _m():
    return stage(Modalities, "en")


@pytest.mark.parametrize("clause,verb", [
    ("Union leaders warned the minister on Monday", "warned"),
    ("Analysts predicted on Friday", "predicted"),
])
def test_a_predicting_verb_is_no_forecast_of_its_own_telling(clause, verb):
    assert _m().classify(clause, reporting_verb=verb) == Modality.FACT


def test_a_predicting_verb_still_makes_what_it_reports_a_forecast():
    assert _m().classify("the ferry sails on Friday", reporting_verb="warned") == Modality.FORECAST


@pytest.mark.parametrize("clause", [
    "the council planned to repave the square on Friday",
    "the club intended to sign the striker in January",
])
def test_a_plan_told_is_a_forecast(clause):
    assert classify(clause) == Modality.FORECAST


def test_a_participle_of_a_plan_set_off_by_commas_tells_no_plan():
    assert classify("The strike, planned to coincide with the summit, began on Monday") == Modality.FACT


@pytest.mark.parametrize("clause,future", [
    ("the ministry did not plan to close the school on Monday", True),
    ("the owners have no plans to sell the team this year", False),
    ("the mayor doesn't intend to run again in March", True),
    ("the airline had never planned to fly the route in 2018", False),
])
def test_a_negated_plan_is_denied(clause, future):
    assert classify(clause, future=future) == Modality.NEGATED


def test_a_negated_forecast_stays_a_forecast():
    assert classify("the army will not attack before Monday", future=True) == Modality.FORECAST


@pytest.mark.parametrize("clause,modality", [
    ("did not plan to close the road even if", Modality.NEGATED),
    ("the strike will start even if", Modality.FORECAST),
    ("even if it stretches into the spring", Modality.HYPOTHETICAL),
    ("the match will be replayed if it rains", Modality.HYPOTHETICAL),
])
def test_even_if_after_the_predicate_is_a_concession(clause, modality):
    assert classify(clause) == modality


@pytest.mark.parametrize("clause,modality", [
    ("Regulators are examining whether the bank broke the rules", Modality.FACT),
    ("the inspectors asked whether the dam was safe", Modality.FACT),
    ("it is unclear whether the talks took place", Modality.HYPOTHETICAL),
    ("the board has not decided whether to sell", Modality.NEGATED),
    ("the board will decide whether to sell", Modality.FORECAST),
])
def test_an_indirect_question_is_the_matter_of_the_verb_that_asks_it(clause, modality):
    assert classify(clause) == modality


def test_a_dated_question_stays_supposed():
    m = _m()
    assert m.classify("the lawyers asked whether the files were seized in May", timex="in May") == Modality.HYPOTHETICAL


@pytest.mark.parametrize("text,timex,kept", [
    ("a plan approved in 2015 that didn't name a price", "2015", "a plan approved in 2015"),
    ("the museum, which did not reopen in 2015, was sold", "2015", "the museum, which did not reopen in 2015, was sold"),
    ("On Monday, officials who had not been told, protested", "Monday", "On Monday, officials, protested"),
    ("On Monday, officials who had met did not agree", "Monday", "On Monday, officials who had met did not agree"),
    ("In 2018, that did not happen", "2018", "In 2018, that did not happen"),
    ("In 2018 that plan did not work", "2018", "In 2018 that plan did not work"),
    ("investigators, wondering how he could have fled, searched the barn on May 2", "May 2",
     "investigators, wondering how he could have fled, searched the barn on May 2"),
])
def test_subordinates_after_the_date_are_their_own(text, timex, kept):
    assert outside(text, timex, _m().words.subordinators) == kept


@pytest.mark.parametrize("clause,timex,modality", [
    ("a buyback approved in 2015 that didn't name a price", "2015", Modality.FACT),
    ("the minister spoke in a speech in March, asking for guarantees that the port would not be closed", "March",
     Modality.FACT),
    ("On Monday, divers, wondering how the wreck could have sunk so fast, searched the hull", "Monday", Modality.FACT),
    ("the ferry that was due to sail did not leave on Monday", "Monday", Modality.NEGATED),
])
def test_a_subordinate_clause_lends_no_marker(clause, timex, modality):
    assert _m().classify(clause, timex=timex) == modality


@pytest.fixture(scope="module")
def parsed():
    if parser("en") is None:
        pytest.skip("no parser model")


def test_a_negated_opinion_denies_what_it_governs(parsed):
    found = _events('"I don\'t think the team can win the title this year," the coach said.')
    assert any("title" in h and m == "negated" for h, _, m in found), found


def test_a_warning_dated_by_its_day_is_a_fact(parsed):
    found = _events("Shop owners warned the council on Monday that they should expect protests at the market.")
    assert any("warned" in h and m == "fact" for h, _, m in found), found


def test_a_negated_plan_with_a_concession_is_denied(parsed):
    found = _events("The ministry said it did not plan to close the school on Thursday even if the strike continued.")
    assert any("close" in h and m == "negated" for h, _, m in found), found
