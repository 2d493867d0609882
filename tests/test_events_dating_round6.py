"""Dating rules of round 6, each on invented sentences (:mod:`chrono.events.dating`, :mod:`.structure`):

- a time expression in the possessive before a superlative ("the year's best song", "the decade's
  deadliest storm") bounds a comparison, as "of the year" after one does: it dates no clause;
- a date set off by a comma after its phrase ("a lunch, Dec. 3, and a dinner, Dec. 4") dates that phrase:
  two such phrases joined by ", and" are cut at the "and";
- a bare imperative dated by a calendar day ahead of the publication day invites to a scheduled
  occasion ("Visit the fair, Nov. 28-30, in Springfield"): a forecast dated by that day (either end
  of a span), where an imperative dated by a clock time or a recurring time ("Listen live at 12:45
  weekdays"), or by a day already past, tells no happening.
"""
from __future__ import annotations

import pytest

from chrono.events.dating import DatingGroup, calendar_days_ahead
from chrono.events.parse import parser
from chrono.model import Timex, TimexType

from stories import PUBLISHED, build as _build, show as _show


@pytest.fixture(scope="module", autouse=True)
def _parser():
    if parser("en") is None:
        pytest.skip("no syntactic pipeline for English (spaCy or the shipped model missing)")


# (story, words of the event, value); published on Tuesday 2019-11-19
INVITATIONS = [
    ("Fairs\n\nVisit the county harvest fair, Nov. 28-30, in Springfield.\n", "harvest fair", "2019-11-28"),
    ("Shows\n\nSee the ice show on Dec. 14 at the civic arena.\n", "ice show", "2019-12-14"),
    ("Races\n\nCHEER the runners at the city marathon on Dec. 1 in the old harbour.\n", "city marathon", "2019-12-01"),
]


@pytest.mark.parametrize("story,words,value", INVITATIONS)
def test_an_imperative_dated_by_a_day_ahead_is_a_scheduled_occasion(story, words, value):
    chron = _build(story)
    found = [e for e in chron.events if words in e.headline and e.when.value == value]
    assert found, _show(chron)
    assert found[0].modality.value == "forecast", _show(chron)


def _group(value: str, type_: TimexType = TimexType.DATE) -> DatingGroup:
    t = Timex(0, 4, "date", type_, value)
    return DatingGroup((t,), t, 0, 4)


@pytest.mark.parametrize("value,ahead", [
    ("2019-11-28", True), ("2019-12-01", True),
    ("2019-11-12", False),              # a day already past
    ("2019-12", False),                 # a month: no day of a calendar
    ("2019-11-19T19:45", False),        # a clock time
    ("XXXX-WXX-1", False),              # every Monday
])
def test_calendar_days_ahead(value, ahead):
    assert calendar_days_ahead([_group(value)], PUBLISHED) is ahead


# A time expression in the possessive before a superlative bounds a comparison: it dates no clause.
@pytest.mark.parametrize("story,words,wrong", [
    ("Film\n\nThe story of how the actor came to sing the ballad — easily the year's best film song — began "
     "five years ago, when he lost his voice.\n", "came to sing", "2019"),
    ("Storm\n\nThe flood, the decade's deadliest disaster, struck the valley in 2015.\n", "flood", "201"),
])
def test_a_possessive_before_a_superlative_dates_nothing(story, words, wrong):
    chron = _build(story)
    assert not [e for e in chron.events if e.when.value == wrong], _show(chron)


def test_a_possessive_before_a_superlative_leaves_the_clause_its_own_date():
    chron = _build("Film\n\nThe story of how the actor came to sing the ballad — easily the year's best film song — "
                   "began five years ago, when he lost his voice.\n")
    assert [e for e in chron.events if e.when.value == "2014"], _show(chron)
    chron = _build("Storm\n\nThe flood, the decade's deadliest disaster, struck the valley in 2015.\n")
    assert [e for e in chron.events if "flood" in e.headline.lower() and e.when.value == "2015"], _show(chron)


def test_a_possessive_date_of_a_happening_still_dates_it():
    chron = _build("Vote\n\nTuesday's vote passed the bill.\n")
    assert [e for e in chron.events if "vote" in e.headline.lower() and e.when.value == "2019-11-19"], _show(chron)


# A date set off by a comma after its phrase belongs to that phrase: two such phrases joined by ", and"
# are two happenings, cut at the "and", not at the comma before the second date.
@pytest.mark.parametrize("story,first,second", [
    ("Gala\n\nA lunch with the mayor, Dec. 3, and a gala dinner at the museum, Dec. 4.\n",
     ("lunch with the mayor", "2019-12-03"), ("gala dinner", "2019-12-04")),
    ("Tour\n\nThe band opens the tour in Denver, Jan. 9, and closes it at the Forum in Los Angeles, Feb. 20.\n",
     ("opens the tour", "2020-01-09"), ("Forum", "2020-02-20")),
])
def test_a_date_set_off_after_its_phrase_dates_that_phrase(story, first, second):
    chron = _build(story)
    for words, value in (first, second):
        assert [e for e in chron.events if words in e.headline and e.when.value == value], _show(chron)
    assert not [e for e in chron.events if first[0] in e.headline and second[0] in e.headline], _show(chron)
