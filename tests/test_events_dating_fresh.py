"""Dates and modalities that must hold on any news page (chrono.events), each on an invented story:
a fixture told in the simple present ("play Saturday"), not a state "as of" a day, a bare past that
no present agrees with ("Russia beat Croatia"), "slated to" as a plan, "not the only" as no denial,
the date of a clause's own predicate over that of its infinitive complement, a past clause dated by
its infinitive, a trailing date of a noun, a passive report as a happening, what is called off, the
present said as a contrast ("from $5 today to $2 by 2030"), and a clause counted from an earlier
happening ("seven years before")."""
from __future__ import annotations

from datetime import date

import pytest

from stories import build as _build, find as _find, show as _show

# (story, words of the event, value, modality)
CASES = [
    # a fixture in the simple present: the coming Saturday, a forecast
    ("Rugby\n\nThe Lions beat the Bears 21-14 on Monday night in Leeds.\n\n"
     "The Lions play Saturday against the Hawks in their final home game.\n", "Hawks", "2019-11-23", "forecast"),
    # a past the parser may call a present: the language's past words say past
    ("War\n\nThe rebels left the city on Monday.\n\nAlso on Saturday, the army retook the town of Dara.\n",
     "Dara", "2019-11-16", "fact"),
    # a day of a month, the same: the next July 22
    ("Tour\n\nThe band announced its reunion tour on Monday.\n\n"
     "The reunion tour stops at the Lakeside Arena on July 22.\n", "Lakeside", "2020-07-22", "forecast"),
    # a state "as of" a day is no fixture: the last March 20
    ("Stake\n\nThe fund sold part of its stake on Monday.\n\n"
     "That sale closed in June 2018; the founder remains the largest shareholder, with 20% of the company "
     "as of March 20.\n",
     "largest shareholder", "2019-03-20", "fact"),
    # a past clause whose date is its infinitive's: a plan of that time, kept
    ("Landers\n\nA year ago, the agency announced that six firms were eligible to bid for contracts, and to "
     "land that cargo on the moon as early as next year.\n", "eligible", "2020", "forecast"),
    # a date hanging on a noun of a trailing oblique names that noun's event; the predicate keeps its own
    ("Cloud\n\nThe console went on sale on Tuesday.\n\n"
     "Rivals launched an early version of their cloud service earlier this year, with plans for its "
     "full launch set for next year.\n", "full launch", "2020", "forecast"),
    # what a verb calls off, dated by the time it was planned for, did not happen; the calling off did
    ("Strike\n\nWhile the union cancelled a strike planned for Nov. 15, it kept its other demands.\n",
     "strike", "2019-11-15", "negated"),
    ("Strike\n\nThe union cancelled the strike on Monday.\n", "strike", "2019-11-18", "fact"),
    # a passive report in a subordinate clause is a happening of its subject, besides the main one's
    ("Games\n\nThe service opens with 30 games (the addition of five more titles was announced over the weekend "
     "after the first two dozen titles were revealed last week).\n", "two dozen", "2019-W46", "fact"),
    # a bare past whose form agrees with no present of its subject stays in the past
    ("Cup\n\nThe tournament opened in Madrid this week.\n\nPortugal beat Norway on Monday.\n",
     "Norway", "2019-11-18", "fact"),
    # "slated to": a plan
    ("Games\n\nThe service opened on Tuesday with 20 titles.\n\n"
     "More titles are slated to arrive on the service in 2020.\n", "More titles", "2020", "forecast"),
    # "not the only ..." denies nothing
    ("Streaming\n\nThe console went on sale on Tuesday.\n\n"
     "It is not the only console to stream games, as Nintendo has offered such a service since 2015.\n",
     "2015", "2015", "fact"),
    # the clause's own date, not that of its infinitive complement
    ("Moon\n\nThe agency opened a new round of bids on Monday.\n\n"
     "But in March, when the agency hired four of those firms to build rovers next year, only one agreed.\n",
     "hired", "2019-03", "fact"),
    # the present said as a contrast: the change is dated by its target
    ("Energy\n\nThe ministry published its plan on Monday.\n\n"
     "Its priorities include a cut in battery costs from around $150 today to $60 by 2030.\n",
     "battery", "2030", "forecast"),
]


@pytest.mark.parametrize("story,words,value,modality", CASES, ids=[c[1] for c in CASES])
def test_dated(story, words, value, modality):
    chron = _build(story)
    found = [e for e in _find(chron, words) if e.when.value == value]
    assert found, _show(chron)
    assert found[0].modality.value == modality, _show(chron)


def test_counted_from_an_earlier_happening():
    """"X seven years before Y": Y is dated seven years after X, when the article dated X earlier."""
    story = ("Comet\n\nAstronomers unveiled the first full map of the comet on Monday.\n\n"
             "The map was drawn five years before the agency is set to launch its Hermes probe to the comet.\n")
    chron = _build(story)
    found = [e for e in _find(chron, "Hermes") if e.when.value == "2024"]
    assert found, _show(chron)
    assert found[0].modality.value == "forecast"


def test_counted_only_from_a_told_happening():
    """With no earlier happening the main clause names, the clause after "before" stays undated."""
    chron = _build("Comet\n\nThe map was drawn five years before the agency is set to launch its Hermes probe.\n")
    assert not [e for e in _find(chron, "Hermes") if e.when.value == "2024"], _show(chron)
