"""Round 16: sentences that tell less than they seem to.

- a direct question opened by an interrogative word tells no happening (chrono/events/asking.py): no event "Or
  that are development get to the Moon ..." from "What commercial launch vehicles exist ... by 2024?", nor "What
  would have been the reaction" from a rhetorical question; a statement with the same words still tells its
  happening;
- a verb that may report ("claimed") followed by its object and a second verb of its subject ("claimed at least
  217 lives and injured nearly 5,000") reports nothing: no source "the bombings in Kenya and Tanzania", no
  headline "The bombings and Tanzania claimed ..."; a report whose content opens with a figure still is one;
- read without the tree, a report set inside another clause's adverbial ("came less than an hour after Craig
  announced in Washington that the father would be traveling ... Thursday") dates what it says, not the main
  clause ("Castro's statement came less than an hour"); a report that is the main clause keeps its reporter.
"""
from datetime import date

import pytest

from chrono.events.asking import wh_question
from chrono.events.parse import parse_one
from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


@pytest.mark.parametrize("text", [
    "“What commercial launch vehicles exist today or that are in development that can or will be able to launch the "
    "HLS and get to the Moon to accomplish the goal of US boots on the Moon by 2024?”",
    "What would have been the reaction in 2012 had an anonymous holdover gone to the inspector general?",
])
def test_a_wh_question_tells_no_happening(text):
    assert wh_question(parse_one(text, "en"))
    assert not build(text + "\n", date(2019, 11, 19)).events


def test_a_statement_is_no_question():
    text = "The agency will launch the lander to the Moon by 2024."
    assert not wh_question(parse_one(text, "en"))
    assert [e.when.value for e in build(text + "\n", date(2019, 11, 19)).events] == ["2024"]


@pytest.mark.parametrize("text, source", [
    # a reporting verb's object and a second verb of its subject: no report, no source
    ("In all, the bombings in Kenya and Tanzania last week claimed at least 217 lives and injured nearly 5,000.", None),
    # a report whose content opens with a figure
    ("Officials said last week 217 people died in the two blasts.", "Officials"),
])
def test_a_coordinated_verb_is_no_reported_content(text, source):
    events = build(text + "\n", date(1998, 8, 11)).events
    assert events and events[0].attribution == source, [(e.headline, e.attribution) for e in events]


def test_a_report_inside_an_adverbial_is_what_its_date_dates():
    # read without the tree (an ill-formed parse): the date is of what Craig announced, not of Castro's statement
    text = ("Castro's statement came less than an hour after Gregory Craig, attorney for Elian's father Juan Miguel "
            "Gonzalez, announced in Washington that the father would be traveling to the United States Thursday with "
            "his wife, their 6-month-old son, and with Fernando Remirez, chief of the Cuban Interests Section.")
    events = build(text + "\n", date(2000, 4, 5)).events
    thursday = [e for e in events if e.when.value == "2000-04-06"]
    assert thursday and all(e.headline.startswith("The father would be traveling") for e in thursday), \
        [(e.when.value, e.headline) for e in events]


def test_a_main_report_keeps_its_reporter():
    events = build("The company announced that it would sell the unit in May.\n", date(2000, 4, 5)).events
    assert events and "sell the unit" in events[0].headline and "The company" in events[0].headline, \
        [(e.when.value, e.headline) for e in events]
