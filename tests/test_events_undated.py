"""Happenings with no time expression of their own, dated by the story (chrono.events.relative):

- a sentence opened by "Afterwards," / "Subsequently," / "Later," or with "subsequently" before its past
  verb, or told "at the time", and holding no date of its own, is dated by the story's last factual
  happening; a bare "then" or "later" before a verb is not enough, nor is "at the time of", nor a
  sentence that carries its own date, nor a story with no dated fact before it;
- a live report ("The Latest") gives each entry under a line holding only a clock time ("10 p.m."): the
  entry's first sentence, undated, is the news of that time; a later sentence of the entry is not, nor
  the first sentence under a line that is a date ("June 9") rather than a time.
"""
from __future__ import annotations

from datetime import date

import pytest

from chrono import lang
from chrono.events.relative import story_anchor
from chrono.events.words import words_of
from chrono.model import Event, Modality, When
from stories import build, find, show

SEQUEL = words_of(lang.of("en")).dating.sequel.compiled


@pytest.mark.parametrize("sentence, found", [
    ("Afterwards, the coach thanked the fans.", "Afterwards"),
    ("Subsequently, the board dismissed him.", "Subsequently"),
    ("Shortly afterwards, the ferry sank.", "Shortly afterwards"),
    ("The council subsequently approved the plan.", "subsequently"),
    ("In an interview at the time she called the verdict unjust.", "at the time"),
    ("At the time, the club was bankrupt.", "At the time"),
    ("Moments later, a second blast shook the square.", "Moments later"),
    ("Shortly thereafter, the mill closed.", "Shortly thereafter"),
    ("By then, the river had burst its banks.", "By then"),
    ("Then, the crowd surged forward.", "Then"),
])
def test_sequel_words(sentence, found):
    m = SEQUEL.search(sentence)
    assert m is not None and m.group(0).strip() == found


@pytest.mark.parametrize("sentence", [
    "At the time of the flood, the bridge was closed.",
    "At the time the dam burst, the valley was asleep.",
    "The match will be replayed at a later date.",
    "He then walked home.",
    "Then there is the matter of cost.",
    "She later admitted the mistake.",
    "Prices did not recover afterwards.",
    "Weeks later, the talks collapsed.",
])
def test_not_sequel_words(sentence):
    assert SEQUEL.search(sentence) is None


def _event(value: str, modality=Modality.FACT, rule="tree:on") -> Event:
    when = When(value, None, date(2019, 3, 1), date(2019, 4, 1), None)
    return Event("e", "h", "t", when, modality=modality, rule=rule)


def test_the_anchor_is_the_last_dated_fact():
    told = [_event("2019-03"), _event("2019-05", modality=Modality.FORECAST), _event("2019-11-19", rule="lede-news")]
    assert story_anchor(told).value == "2019-03"
    assert story_anchor(told[1:]) is None


STORY = ("Ferry disaster inquiry\n\n"
         "The ferry Aurora ran aground off the northern coast on March 3, 2017, with 40 passengers aboard. "
         "Afterwards, the harbour master closed the port to all shipping. "
         "Its owners subsequently withdrew the ship from service. "
         "The coast guard praised the crew, and in a statement at the time the minister ordered an inquiry.\n\n"
         "The inquiry will publish its findings on December 2.\n")


def test_what_followed_takes_the_story_date():
    chron = build(STORY)
    for words in ("closed the port", "withdrew the ship", "ordered an inquiry"):
        found = find(chron, words)
        assert found and found[0].when.value == "2017-03-03", (words, show(chron))


def test_a_sequel_with_its_own_date_keeps_it():
    chron = build("Storm\n\nThe storm hit the island on November 10. Afterwards, on November 12, the airport reopened.\n")
    found = find(chron, "airport reopened")
    assert found and found[0].when.value == "2019-11-12", show(chron)


def test_no_sequel_without_a_dated_fact_before_it():
    chron = build("Storm\n\nThe storm is expected on Friday. Afterwards, the airport reopened to traffic.\n")
    assert not find(chron, "reopened"), show(chron)


def test_a_bare_then_is_no_sequel():
    chron = build("Race\n\nThe race began on Sunday in Paris. The runners then crossed the old bridge twice.\n")
    assert not find(chron, "crossed the old bridge"), show(chron)


def test_hours_later_is_the_same_day():
    chron = build("Fire\n\nA fire broke out at the Elm Street depot on November 12. "
                  "A few hours later, firefighters found two workers trapped in the basement.\n")
    found = find(chron, "found two workers")
    assert found and found[0].when.value == "2019-11-12", show(chron)


LATEST = ("The Latest: Flooding in the valley\n\n"
          "RIVERTON (AP) — The Latest on flooding in the river valley (all times local):\n\n"
          "9:30 p.m.\n\n"
          "Officials say the levee north of Riverton has failed and water is pouring into the old town.\n\n"
          "Residents were told to leave their homes.\n\n"
          "___\n\n"
          "3:15 p.m.\n\n"
          "The governor has declared a state of emergency in three counties.\n\n"
          "She toured the shelters with the mayor.\n")


def test_a_live_report_entry_lead_is_the_news_of_its_time():
    chron = build(LATEST)
    levee = find(chron, "levee")
    assert levee and levee[0].when.value == "2019-11-19T21:30", show(chron)
    emergency = find(chron, "state of emergency")
    assert emergency and emergency[0].when.value == "2019-11-19T15:15", show(chron)
    assert not find(chron, "leave their homes") and not find(chron, "toured the shelters"), show(chron)


def test_a_date_line_is_no_entry_time():
    chron = build("Tour dates\n\nThe band announced a tour on November 12.\n\nJune 9\n\n"
                  "The band has played in Tampa before.\n")
    assert not find(chron, "played in Tampa"), show(chron)


def test_hours_later_needs_a_day():
    chron = build("Fire\n\nA fire broke out at the Elm Street depot on November 12. The depot had opened in 2015. "
                  "Hours later, firefighters found two workers trapped in the basement.\n")
    found = find(chron, "found two workers")
    assert found and found[0].when.value == "2019-11-12", show(chron)
