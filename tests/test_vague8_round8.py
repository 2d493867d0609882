"""Happenings dated only by a vague time, round 8, on invented sentences (:mod:`chrono.events.vague`):

- "recently", "lately", "in the past", "in recent weeks", "several months ago" date an eventive
  predicate in the past (simple past, present perfect, past passive) as PAST_REF; not a state, a
  copula, a past perfect, a present, a relative clause, a noun phrase, "until recently";
- "now" dates the present of a verb of beginning ("are now beginning to report") as PRESENT_REF; not a
  state ("is now open", "now lives"), another progressive ("is now operating"), a modal, "for now";
- "in the future" dates a predicate with a modal of its own ("could arrive in the future") as a
  FUTURE_REF; not an infinitive ("steps to avoid them in the future"), nor a relative clause;
- "as soon as possible" dates nothing, and a vague future on a present state gives no happening.
"""
from __future__ import annotations

import pytest

from chrono.events.parse import parser

from stories import build, show

TITLE = "Local news\n\nThe council met on Monday.\n\n"


@pytest.fixture(scope="module", autouse=True)
def _parser():
    if parser("en") is None:
        pytest.skip("no syntactic pipeline for English (spaCy or the shipped model missing)")


def _vague(sentence: str) -> list[tuple[str, str, str]]:
    """The events of one sentence (after a dated one) whose date is vague."""
    return [s for s in show(build(TITLE + sentence + "\n")) if s[1].endswith("_REF")]


PAST_EVENTS = [
    ("The mayor recently signed a decree banning night flights.", "signed a decree"),
    ("In the past, the ministry rejected similar requests from the union.", "rejected similar requests"),
    ("More recently, the company has opened two plants in Ohio.", "opened two plants"),
    ("Shares of the retailer have tumbled in recent weeks.", "have tumbled"),
    ("The airline cut 500 jobs several months ago.", "cut 500 jobs"),
    ("As prices fell in recent years, many farmers abandoned the crop.", "rices fell"),
    ("The club has lately sold three of its best players.", "sold three"),
    ("Two new members were recently elected to the board.", "elected to the board"),
]


@pytest.mark.parametrize("sentence,words", PAST_EVENTS)
def test_a_vague_past_dates_an_eventive_past(sentence, words):
    found = _vague(sentence)
    assert any(words in h and v == "PAST_REF" and m == "fact" for h, v, m in found), found


PAST_NONE = [
    "The drug has been popular in recent years.",
    "The senator, who recently visited Kabul, is a former soldier.",
    "She had recently bought a new car.",
    "Until recently, the firm had been losing money.",
    "A flurry of studies in recent years shows a link.",
    "The town is safer than it was in the past.",
    "The recently opened museum draws large crowds.",
    "Recently, the agency is facing criticism from both sides.",
]


@pytest.mark.parametrize("sentence", PAST_NONE)
def test_a_vague_past_on_a_state_or_a_description_dates_nothing(sentence):
    assert _vague(sentence) == []


PRESENT_EVENTS = [
    ("Police departments are now beginning to report hate crimes more accurately.", "beginning to report"),
    ("Hospitals are now starting to cancel elective surgery.", "starting to cancel"),
    ("Investors have now begun to sell the bonds.", "begun to sell"),
    ("The refugees now begin to return to their villages.", "begin to return"),
    ("Farmers are currently starting to plant the new seed.", "starting to plant"),
]


@pytest.mark.parametrize("sentence,words", PRESENT_EVENTS)
def test_now_dates_a_beginning(sentence, words):
    found = _vague(sentence)
    assert any(words in h and v == "PRESENT_REF" for h, v, _ in found), found


PRESENT_NONE = [
    "The museum is now open to the public.",
    "The embassy is now operating from a hotel downtown.",
    "She now lives in Paris with her family.",
    "The two sides could now begin formal talks.",
    "For now, the plant stays closed.",
    "Its debts currently exceed its assets.",
]


@pytest.mark.parametrize("sentence", PRESENT_NONE)
def test_now_on_a_state_or_an_ongoing_activity_dates_nothing(sentence):
    assert _vague(sentence) == []


FUTURE_EVENTS = [
    ("His firm will be recommending such acquisitions in the future.", "recommending", "forecast"),
    ("The agency will open more offices in the near future.", "open more offices", "forecast"),
    ("The bank would raise its rates in the future, the governor said.", "raise its rates", None),
    ("The convertible could arrive in the Philippines in the future.", "could arrive", None),
]


@pytest.mark.parametrize("sentence,words,modality", FUTURE_EVENTS)
def test_the_future_dates_a_predicate_with_its_own_modal(sentence, words, modality):
    found = _vague(sentence)
    assert any(words in h and v == "FUTURE_REF" and m in (modality or m) and m != "fact" for h, v, m in found), found


FUTURE_NONE = [
    "The utility is taking steps to avoid the outages in the future.",
    "Two firms are building landers that could be scaled up in the future.",
    "He urged the president to make a deal as soon as possible.",
    "The minister wants the talks wrapped up as soon as practicable.",
    "In the short term, that seems plausible.",
]


@pytest.mark.parametrize("sentence", FUTURE_NONE)
def test_no_future_happening_without_a_modal_or_in_a_wish(sentence):
    assert _vague(sentence) == []


def test_a_predicate_dated_by_a_date_keeps_it():
    found = show(build(TITLE + "The firm recently sold its stake on Oct. 3.\n"))
    assert [v for h, v, _ in found if "sold its stake" in h] == ["2019-10-03"], found
