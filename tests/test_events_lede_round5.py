"""The day's news of an undated lede (chrono.events.lede), on invented stories: a lede that tells how
things stand (a present copula with no word of a change, a verb of a state) is no happening; a lede
whose dates all lie in an adverbial clause tells its undated main clause as the day's news besides the
dated happening; a first paragraph that only sets the scene leaves the news to the next paragraph."""
from __future__ import annotations

from datetime import date

import pytest

from chrono.events.lede import present_state
from chrono.events.parse import parse, parser
from chrono.events.words import words_of
from chrono import lang
from stories import build as _build, find as _find, show as _show

DAY = date(2019, 11, 19)

pytestmark = pytest.mark.skipif(parser("en") is None, reason="no parser model")


def _today(chron, words):
    return [e for e in _find(chron, words) if e.when.value == DAY.isoformat()]


@pytest.mark.parametrize("story,words", [
    # a present copula after the colon that a lede announces: a state, no happening
    ("Voters across the state are talking about it: the county is on edge.", "on edge"),
    # a predicate adjective
    ("Divers have explored the lake for decades: it is the deepest in Europe.", "deepest"),
])
def test_a_lede_of_a_present_state_is_no_news(story, words):
    chron = _build("Story\n\n" + story + "\n", published=DAY)
    assert not _today(chron, words), _show(chron)


@pytest.mark.parametrize("story,words", [
    # a word of a change as the copula's predicate: a happening
    ("Fans have waited all year for it: the band's new album is out.", "album is out"),
    # a predicate noun with a complement of its own: a process under way
    ("There has been news on the merger: the two regional banks are in talks to combine their branches.",
     "in talks"),
    # no copula at all: the perfect of the lede is the news
    ("The city council has approved a new budget for the harbour.", "approved"),
])
def test_a_lede_of_a_change_is_still_news(story, words):
    chron = _build("Story\n\n" + story + "\n", published=DAY)
    assert _today(chron, words), _show(chron)


def test_an_undated_main_clause_beside_a_dated_adverbial_clause_is_the_days_news():
    chron = _build("Pickup\n\nAfter opening a new plant in Ohio last year, the carmaker has unveiled its first "
                   "electric pickup.\n", published=DAY)
    news = _today(chron, "electric pickup")
    assert news and "Ohio" not in news[0].headline, _show(chron)
    assert [e for e in chron.events if e.when.value == "2018"], _show(chron)


def test_a_dated_main_clause_is_no_days_news():
    chron = _build("Pickup\n\nThe carmaker has unveiled its first electric pickup in Detroit on Monday, after opening "
                   "a new plant in Ohio last year.\n", published=DAY)
    assert not _today(chron, "electric pickup"), _show(chron)


def test_a_scene_setting_first_paragraph_leaves_the_news_to_the_next():
    chron = _build("Hatchback\n\nPickup trucks may have become the favourite vehicles of most buyers, but that doesn't "
                   "mean small cars are dead. Many city drivers still want them for their size.\n\n"
                   "The carmaker has unveiled a new compact hatchback with a hybrid engine.\n", published=DAY)
    assert _today(chron, "compact hatchback"), _show(chron)


def test_after_a_first_paragraph_of_news_the_next_is_no_lede():
    chron = _build("Hatchback\n\nThe carmaker unveiled a new compact hatchback in Tokyo on Monday.\n\n"
                   "The company has also hired a new chief designer from a rival.\n", published=DAY)
    assert not _today(chron, "chief designer"), _show(chron)


@pytest.mark.parametrize("clause,state", [
    ("The gap between the two regions still exists", True),       # a verb of a state
    ("The county is on edge", True),
    ("The store is open again", False),                           # a word of a change
    ("The shares are down sharply", False),
    ("The two banks are in talks to merge", False),               # a complement of its own
    ("The gap between the two regions has grown", False),         # no copula: a perfect
    ("The mayor resigned", False),
])
def test_present_state(clause, state):
    assert present_state(parse([clause], "en")[0], words_of(lang.of("en")).modality) is state


def test_undated_main_clause_and_a_main_clause_already_told():
    from chrono.events.lede import lede_what, undated_main
    from chrono.events.syntax import Syntax
    from chrono.events.words import stage
    sentence = "After opening a new plant in Ohio last year, the carmaker has unveiled its first electric pickup."
    dated = [(sentence.index("last year"), sentence.index("last year") + len("last year"))]
    at = sentence.index("has unveiled")
    assert undated_main(parse([sentence], "en")[0], at, dated) == "the carmaker has unveiled its first electric pickup."
    assert undated_main(parse([sentence], "en")[0], at, []) is None                    # no date: not this path
    assert undated_main(parse([sentence], "en")[0], sentence.index("opening"), dated) is None   # tense not the main's
    syntax, words = stage(Syntax, "en"), words_of(lang.of("en")).modality
    assert "electric pickup" in lede_what(sentence, at, syntax, words, "en", (dated, ["Carmaker opened a plant"]))
    assert lede_what(sentence, at, syntax, words, "en", (dated, ["The carmaker has unveiled its first pickup"])) == ""
