"""What is no happening, and what is supposed rather than told: rules of precision and modality.

Each rule is stated as a linguist would state it, and checked on invented sentences (never copied from
the development pages): what it removes, and the close cases it must keep.

- a simple present of a state, dated by the present ("The squad is in good shape today"), of a
  habit ("The newsletter is published weekly this year"), or a present relative clause dated today ("the
  prices that shoppers are facing today") tells how things stand or go: no event;
  a change ("The strike is over today"), a past ("The ferry was full on Monday"), a schedule ("The
  hearing is on Wednesday") or a state dated by "since" stay events (:func:`chrono.events.predicate.present_state`);
- a year before a proper name that names no happening is a model or an edition ("the 2021 Corolla"),
  no date; the names of happenings keep it ("the 2016 Rio Olympics") (:meth:`chrono.events.nominal.Nominals.model_year`);
- what a verb of proposal governs, non-finite, is supposed ("suggested moving the vote to 2021"):
  hypothetical; the proposing itself, dated, happened (:func:`chrono.events.predicate.proposed`);
- "can" + a verb tells a possibility, not a past fact: a forecast ("cannot" is a denial);
- a first-person modal report ("or I would say 2023") is the speaker's hedge: the date it takes by an
  ellipsis dates nothing (:func:`chrono.events.predicate.hedge`);
- a duration right after "for the first time" is the span the ranking looks back over: no event.
"""
from __future__ import annotations

from datetime import date

import pytest

from chrono.events.modality import classify
from chrono.events.parse import parser
from chrono.model import Modality
from stories import build

PUBLISHED = date(2019, 11, 19)          # a Tuesday
LEDE = "Harbour news\n\nThe port authority opened a new pier on Nov. 2.\n\n"


@pytest.fixture(autouse=True)
def _needs_parser():
    if parser("en") is None:
        pytest.skip("no parser model")


def _events(*sentences: str):
    chron = build(LEDE + "\n\n".join(sentences) + "\n", PUBLISHED)
    return [(e.headline, e.when.value, e.modality.value) for e in chron.events if "pier" not in e.text]


@pytest.mark.parametrize("sentence", [
    "“Our squad is in good shape today,” the coach said.",
    "The old swing bridge is still in use today.",
    "Two copies of the film still exist today.",
    "We are really proud today.",
])
def test_a_present_state_dated_by_today_is_no_event(sentence):
    assert _events(sentence) == []


@pytest.mark.parametrize("sentence,value,modality", [
    ("The dockers' strike is over today, union leaders said.", "2019-11-19", "fact"),
    ("The main index is down 3% today.", "2019-11-19", "fact"),
    ("The ferry was full on Monday.", "2019-11-18", "fact"),
    ("The inquiry hearing is on Wednesday.", "2019-11-20", "forecast"),
])
def test_a_change_a_past_or_a_schedule_stays_an_event(sentence, value, modality):
    found = _events(sentence)
    assert [(v, m) for _, v, m in found] == [(value, modality)], found


def test_a_present_relative_clause_dated_today_tells_which_one():
    assert _events("Economists blame the drought for the high prices that shoppers are facing today.") == []
    found = _events("The sequel, which has been delayed since 2017, finally has a director.")
    assert [v for _, v, _ in found] == ["2017"], found


@pytest.mark.parametrize("sentence", [
    "The parish newsletter is published weekly throughout the year.",
    "The rowing club meets every week this season.",
])
def test_a_present_habit_is_no_event(sentence):
    assert _events(sentence) == []


def test_a_past_habit_or_a_later_one_stays():
    assert [v for _, v, _ in _events("The parish newsletter was published weekly in 2015.")] == ["2015"]
    assert [m for _, _, m in _events("The quiz show airs weekly from next month.")] == ["forecast"]


def test_a_year_before_a_model_name_dates_nothing():
    assert _events("Reviewers praised the 2021 Corolla for its fuel economy.") == []
    assert _events("Heated seats are standard on the 2020 Outback.") == []
    assert _events("Kopp's 1987 Chevrolet Cavalier was towed away by the police.") == []


def test_a_year_before_the_name_of_a_happening_dates_it():
    found = _events("She won a bronze medal at the 2016 Rio Olympics.")
    assert [(v, m) for _, v, m in found] == [("2016", "fact")], found


def test_what_is_proposed_is_hypothetical():
    found = _events("The senator suggested moving the vote to 2021.")
    assert [(v, m) for _, v, m in found] == [("2021", "hypothetical")], found
    found = _events("He urged the board to settle the dispute as soon as possible.")
    assert found == [], found           # round 8: "as soon as possible" is the urgency of a wish, no date


def test_a_dated_proposal_happened():
    found = _events("In 2017, her doctor suggested she give up sugar.")
    assert [(v, m) for _, v, m in found] == [("2017", "fact")], found


@pytest.mark.parametrize("clause,expected", [
    ("residents can apply for the grant this year", Modality.FORECAST),
    ("visitors can vote for the best float", Modality.FORECAST),
    ("the convoy cannot reach the town", Modality.NEGATED),
    ("the convoy can not reach the town", Modality.NEGATED),
    ("the convoy could reach the town", Modality.FORECAST),
])
def test_can_tells_a_possibility(clause, expected):
    assert classify(clause) == expected


def test_a_first_person_hedge_dates_nothing():
    found = _events("“The new lock could open in 2022, or I would say even 2023,” the engineer said.")
    assert "2023" not in [v for _, v, _ in found], found


def test_a_duration_after_for_the_first_time_looks_back():
    found = _events("The band will play together for the first time in 30 years.")
    assert not [v for _, v, _ in found if v.startswith("P")], found
