"""Dating rules of round 7 (dt7), each on invented sentences (:mod:`chrono.events.reported`, :mod:`.parse`):

- "said Wednesday that ..." read by the parser as a relative clause of the day ("Wednesday that they had
  ..."): a finite clause opened by the complementizer, hung on a bare time noun, is the verb's complement;
- a report dated by its own day whose content is dated only deeper down (a relative clause, an open
  complement: "said Monday that they had concluded that X started the fire that destroyed the mill last
  June"; "has agreed to sell the plant in early May, a spokesman said Friday") gives two events: the
  content, undated, is the report's day's; the deeper predicate has its own date. A content dated by its
  own predicate ("said Monday the mill burned last June") stays one event;
- a date after publication at the end of a reduced passive relative ("to open a store modelled on the
  flagship next spring") is the predicate's the noun stands in, not the participle's;
- a bare past point after a prepositional phrase of a present perfect ("has been charged in connection
  with the robberies last year") is the phrase's noun's: the perfect takes no past point, and the
  report's day dates it.
"""
from __future__ import annotations

import pytest

from chrono.events.parse import parse, parser

from stories import build as _build, show as _show


@pytest.fixture(scope="module", autouse=True)
def _parser():
    if parser("en") is None:
        pytest.skip("no syntactic pipeline for English (spaCy or the shipped model missing)")


def _has(chron, words: str, value: str) -> bool:
    return any(words in e.headline.lower() and e.when.value == value for e in chron.events)


@pytest.mark.parametrize("sentence,verb,content", [
    ("Company officials said Monday that they had found a buyer for the plant.", "said", "found"),
    ("The ministry announced last week that it would close two embassies.", "announced", "close"),
])
def test_a_complement_clause_misread_as_a_relative_of_a_day_is_the_verbs(sentence, verb, content):
    doc = parse([sentence], "en")[0]
    tok = next(t for t in doc if t.text == content)
    assert tok.head.text == verb and tok.dep_ == "ccomp", [(t.text, t.dep_, t.head.text) for t in doc]


REPORTS = [
    ("Fire\n\nCounty investigators said Monday that they had concluded that a worker started the fire that "
     "destroyed the old mill last June.\n", [("concluded", "2019-11-18"), ("destroyed", "2019-06")]),
    ("Plant\n\nThe Dutch group has agreed to sell its Leeds plant early next year, a spokesman for the group said "
     "on Friday.\n", [("agreed to sell", "2019-11-15"), ("agreed to sell", "2020")]),
    ("Phones\n\nThe phone maker announced last week that it planned to ship a handset based on the new chip "
     "early next year.\n", [("announced", "2019-W46"), ("planned to ship", "2020")]),
]


@pytest.mark.parametrize("story,expected", REPORTS)
def test_a_report_whose_content_is_dated_deeper_gives_two_events(story, expected):
    chron = _build(story)
    for words, value in expected:
        assert _has(chron, words, value), (words, value, _show(chron))


def test_a_content_dated_by_its_own_predicate_is_one_event():
    chron = _build("Mill\n\nCounty investigators said Monday that the old mill burned down last June.\n")
    assert _has(chron, "burned", "2019-06"), _show(chron)
    assert not any(e.when.value == "2019-11-18" for e in chron.events), _show(chron)


def test_a_future_date_after_a_reduced_relative_dates_the_plan():
    chron = _build("Stores\n\nThe retailer will open a store modelled on its flagship early next year.\n")
    assert any("open a store" in e.headline and e.when.value.startswith("2020") for e in chron.events), _show(chron)


def test_a_past_point_after_a_phrase_of_a_perfect_is_the_phrases():
    chron = _build("Robberies\n\nA second man has been charged in connection with the bank robberies last year, "
                   "police said Tuesday.\n")
    assert _has(chron, "charged", "2019-11-19"), _show(chron)
    assert not any("charged" in e.headline.lower() and e.when.value == "2018" for e in chron.events), _show(chron)


def test_a_bare_date_taken_for_a_second_subject_modifies_the_participle_before_it():
    from chrono.events.reported import mend_subject_dates
    doc = parse(["The court order issued Monday barred the company from selling the drug."], "en")[0]
    day = next(t for t in doc if t.text == "Monday")
    mend_subject_dates([day])
    verbs = [t for t in doc if t.dep_ in ("nsubj", "nsubj:pass") and t.head.text == "barred"]
    assert len(verbs) <= 1 and (day.dep_ not in ("nsubj", "nsubj:pass") or day.head.text != "barred"), \
        [(t.text, t.dep_, t.head.text) for t in doc]


LISTS = [
    ("Titles\n\nThe club won the national cup in 1994, 1995 and 1997.\n", "won the national cup", ["1994", "1995", "1997"]),
    ("Fair\n\nThe county fair was held on May 3 and June 9.\n", "fair was held", ["2019-05-03", "2019-06-09"]),
]


@pytest.mark.parametrize("story,words,values", LISTS)
def test_a_list_of_points_gives_one_happening_at_each(story, words, values):
    chron = _build(story)
    for value in values:
        assert _has(chron, words, value), (value, _show(chron))


@pytest.mark.parametrize("story", [
    "Plant\n\nThe plant will close in 2021 or 2022.\n",           # alternatives: the earliest
    "Games\n\nThe two games were played on Nov. 14 and 15.\n",      # days next to each other: one occasion
    "Prices\n\nPrices rose steadily between 2014 and 2016.\n",      # a range
])
def test_alternatives_ranges_and_adjacent_days_stay_one_event(story):
    chron = _build(story)
    assert len(chron.events) == 1, _show(chron)


def test_a_name_after_a_fronted_date_is_the_subject_not_the_dates_apposition():
    from chrono.events.reported import mend_fronted_subjects
    sentence = "As of Thursday afternoon, Anna Berg, the team's manager and part owner, had not accepted the offer."
    doc = parse([sentence], "en")[0]
    mend_fronted_subjects([next(t for t in doc if t.text == "afternoon")])
    anna = next(t for t in doc if t.text == "Anna")
    assert anna.dep_ == "nsubj" and anna.head.text == "accepted", [(t.text, t.dep_, t.head.text) for t in doc]
    chron = _build("Offer\n\n" + sentence + "\n")
    assert any(e.headline.startswith("Anna Berg") and "accepted" in e.headline and "manager" not in e.headline
               for e in chron.events), _show(chron)


def test_a_fronted_date_with_a_subject_of_its_own_is_unchanged():
    chron = _build("Bridge\n\nOn Tuesday, John Smith, the mayor of the town, opened the new bridge.\n")
    assert _has(chron, "opened the new bridge", "2019-11-19"), _show(chron)
