"""Round 16: sentences that tell less than they seem to.

- a direct question opened by an interrogative word tells no happening (chrono/events/asking.py): no event "Or
  that are development get to the Moon ..." from "What commercial launch vehicles exist ... by 2024?", nor "What
  would have been the reaction" from a rhetorical question; a statement with the same words still tells its
  happening;
- a verb that may report ("claimed") followed by its object and a second verb of its subject ("claimed at least
  217 lives and injured nearly 5,000") reports nothing: no source "the bombings in Kenya and Tanzania", no
  headline "The bombings and Tanzania claimed ..."; a report whose content opens with a figure still is one.
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
