"""Happenings with no time expression of their own, round 7, each on invented sentences
(:mod:`chrono.events.lede`, :mod:`chrono.events.relative`):

- a lede whose only date lies in a relative clause ("... one of three men who were seen last week")
  tells the day's news in its undated main clause, as one whose dates lie in adverbial clauses does;
- a wire brief's undated lede in the simple past passive ("X was named chief executive") is the day's
  news; a passive that takes an infinitive ("was supposed to be signed") is a plan, not a happening;
- a lede that reports ("X said that Y has acquired ...") tells the reported clause;
- "immediately after the press conference", when no event is named by the noun but the story told
  of it before, is the story's last day-dated happening; the noun's compound is the time's words;
- "the day after his death" is the day after the happening the noun names, through the words of
  another stem that tell it ("death" -> "killed");
- "soon" next to a modal ("may soon seek") in a sentence with no date dates a forecast FUTURE_REF;
- "X also <past>" right after a sentence that dated X's happening adds a step of that date; not
  when another actor does so, nor in a clause set off by a comma.
"""
from __future__ import annotations

import pytest

from chrono.events.lede import reported_clause
from chrono.events.parse import parse, parser

from stories import build, show


@pytest.fixture(scope="module", autouse=True)
def _parser():
    if parser("en") is None:
        pytest.skip("no syntactic pipeline for English (spaCy or the shipped model missing)")


def _dated(chron, word: str) -> list[str]:
    return [e.when.value for e in chron.events if word in e.headline]


def test_a_lede_dated_only_in_a_relative_clause_tells_the_days_news():
    chron = build("Bank robbery\n\nThe police have arrested and charged one of three men who were seen "
                  "near the bank last Tuesday.\n\nThe bank was closed for two days.\n")
    assert "2019-11-19" in _dated(chron, "arrested and charged"), show(chron)
    assert not any("who were seen" in h for h, _v, _m in show(chron) if "arrested" in h)


def test_a_past_passive_lede_is_the_days_news():
    chron = build("Acme names chief\n\nJane Doe was appointed chief executive of Acme Corp., a maker of "
                  "garden tools.\n\nShe will take over from Tom Lee on Jan. 6.\n")
    assert "2019-11-19" in _dated(chron, "appointed"), show(chron)


def test_a_passive_taking_an_infinitive_is_no_days_news():
    chron = build("Trade talks\n\nA trade deal between the two countries was supposed to be signed by "
                  "the ministers.\n\nNegotiators will meet again in Geneva on Dec. 3.\n")
    assert not _dated(chron, "supposed"), show(chron)


def test_a_reporting_lede_tells_the_reported_clause():
    sentence = "Acme Corp., long rumored a takeover target, said that a rival has acquired 9% of its shares."
    at = sentence.index("has acquired")
    assert reported_clause(parse([sentence], "en")[0], at) == "a rival has acquired 9% of its shares"
    assert reported_clause(parse(["The council has approved the plan."], "en")[0], 12) is None


def test_immediately_after_a_press_conference_told_before():
    chron = build("Minister visits\n\nThe minister met the president in Nairobi on Friday, Nov. 15. "
                  "\"We will rebuild the embassy,\" she told a press conference at the airport. "
                  "She flew home immediately after the press conference.\n")
    assert _dated(chron, "flew home") == ["2019-11-15"], show(chron)
    assert not any(h.endswith("conference") for h in _dated(chron, "flew"))


def test_the_day_after_a_death_is_the_next_day():
    chron = build("Singer mourned\n\nThe singer was killed in a car crash on Nov. 2 in Lyon. "
                  "Hundreds of fans gathered outside his home the day after his death.\n")
    assert _dated(chron, "gathered") == ["2019-11-03"], show(chron)


def test_also_adds_a_step_to_the_same_actors_dated_happening():
    chron = build("Budget signed\n\nGovernor Anna Smith signed the state budget on Monday, Nov. 11. "
                  "Smith also vetoed a bill that would have raised fuel taxes.\n")
    assert _dated(chron, "vetoed") == ["2019-11-11"], show(chron)


def test_also_of_another_actor_is_not_dated_by_the_sentence_before():
    chron = build("Budget signed\n\nGovernor Anna Smith signed the state budget on Monday, Nov. 11. "
                  "Mayor Tom Brown also criticized the cuts to city funding.\n")
    assert not _dated(chron, "criticized"), show(chron)


def test_soon_next_to_a_modal_dates_a_vague_forecast():
    chron = build("Fraud case\n\nThe founder of the chain is under investigation by a grand jury. "
                  "Prosecutors told his lawyers that they may soon seek an indictment on fraud charges.\n")
    found = [(e.when.value, e.modality.value) for e in chron.events if "indictment" in e.headline]
    assert found == [("FUTURE_REF", "forecast")], show(chron)


def test_soon_without_a_modal_dates_nothing():
    chron = build("Consoles\n\nThe company hopes to offer a true high-end experience soon. "
                  "Dr. Ann Soon-Li runs the studio.\n")
    assert not [e for e in chron.events if e.when.value == "FUTURE_REF"], show(chron)
