"""A long headline loses what stands between its subject and its verb before it is cut at its end:
a fronted verbless adjunct, an aside between commas in the subject, an em-dash aside; a quotation's
"we" replaced by its speaker takes the speaker's verb form; a possessor date cut at the opening
leaves the definite article."""
from __future__ import annotations

from datetime import date

import pytest

import chrono
from chrono.events.headline import compress
from chrono.events.parse import parser


@pytest.mark.parametrize("text, expected", [
    ("At a closed-door session of the budget panel that oversees the agency, Sen. Mary Smith (D-CA), "
     "ranking member of the panel, pushed for a larger share of the funds",
     "Sen. Mary Smith pushed for a larger share of the funds"),
    ("At that budget hearing, Rep. John Doe (R-TX), chairman of the panel, was skeptical of the plan "
     "and asked for more detail on its overall cost",
     "Rep. John Doe was skeptical of the plan and asked for more detail on its overall cost"),
    ("Anna Berg, former ambassador to Norway, and Tom Lee, another senior aide, testified before the "
     "committee about the call",
     "Anna Berg and Tom Lee, another senior aide, testified before the committee about the call"),
    ("I found out 12 readers, for one reason or another, visited my page in the last week—but only "
     "four had come from the single photo I posted",
     "I found out 12 readers visited my page in the last week"),
])
def test_long_headline_keeps_its_predicate(text, expected):
    assert compress(text) == expected


@pytest.mark.parametrize("text", [
    "The SDF, a coalition of Kurdish and Arab fighters, launched an offensive against the city of Raqqa "
    "in order to take it back",
    "Kurt Jones, the mayor of the town, said the bridge would be closed for repairs for most of the "
    "coming winter season",
])
def test_a_subject_is_never_dropped_as_a_fronted_phrase(text):
    assert compress(text).startswith(text.split(",")[0])


@pytest.mark.parametrize("text, speaker, expected", [
    ("We have learned nothing new in the hearing", "Jane Roe", "Jane Roe has learned nothing new in the hearing"),
    ("we are taking in billions", "Mr. Trump", "Mr. Trump is taking in billions"),
    ("we are taking in billions", "Smith and Jones", "Smith and Jones are taking in billions"),
    ("We will push on", "Colonel Ryan Dillon", "Colonel Ryan Dillon will push on"),
])
def test_first_person_verb_agrees_with_the_speaker(text, speaker, expected):
    assert compress(text, speaker=speaker) == expected


def test_possessor_date_cut_at_the_opening_leaves_the_article(tmp_path):
    if parser("en") is None:
        pytest.skip("no parser model")
    path = tmp_path / "a.txt"
    path.write_text("A title\n\nToday's second vote is over, the senator said on Tuesday.\n\n"
                    "Saturday's attack on the convoy killed ten soldiers.\n", encoding="utf-8")
    heads = [e.headline for e in chrono.build(str(path), published=date(2019, 11, 20))]
    assert "The attack on the convoy killed ten soldiers" in heads
    assert not any(h.startswith(("Second", "Attack")) for h in heads)
