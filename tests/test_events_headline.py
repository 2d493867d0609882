"""Headlines keep the happening's words whole: no mid-phrase cut, no orphan bracket, no dangling end;
a past report's modality is its own, not that of what it reports."""
from __future__ import annotations

import pytest

from chrono.events import clause_parts, phrase
from chrono.events.headline import compress
from chrono.events.modality import classify
from chrono.events.parse import parse
from chrono.model import Modality


def test_an_aside_after_a_dash_goes_before_a_noun_complement():
    text = ("One Napa County reporting station hasn’t seen a measurable drop of rain — the first time that’s "
            "happened since 1905, said Scott Strenfel, PG&E's principal meteorologist")
    assert compress(text) == "One Napa County reporting station hasn’t seen a measurable drop of rain"


def test_an_aside_between_two_dashes_is_dropped_not_cut_at():
    text = "Syrian government forces and their many allies — backed by Russian airstrikes and militias — retook the town"
    assert compress(text) == "Syrian government forces and their many allies retook the town"


def test_short_text_keeps_its_dash():
    assert compress("The army retook the town — again") == "The army retook the town — again"


@pytest.mark.parametrize("text", ["The company] faced a [0.6% to 0.7%] hurricane headwind in Q3",
                                  "[The company] faced a [0.6% to 0.7%] hurricane headwind in Q3"])
def test_square_brackets_of_an_insertion_go_their_words_stay(text):
    assert compress(text) == "The company faced a 0.6% to 0.7% hurricane headwind in Q3"


def test_a_verbless_fronted_phrase_goes_whole():
    text = "After a three-year silence, there has been news on the fourth film in the series"
    assert compress(text) == "There has been news on the fourth film in the series"


def test_a_fronted_clause_loses_only_its_subordinator():
    assert compress("after forces retook Palmyra") == "Forces retook Palmyra"


@pytest.mark.parametrize("text, expected", [
    ("A phase one trade deal could be pushed into", "A phase one trade deal could be pushed"),
    ("His company’s lander should be available for missions starting", "His company’s lander should be available for missions"),
    ("The army shut down", "The army shut down"),
    ("The talks broke off", "The talks broke off"),
    ("Police arrested her", "Police arrested her"),
    ("He has not been seen since", "He has not been seen since"),
])
def test_no_headline_ends_dangling(text, expected):
    assert compress(text) == expected


def test_a_past_report_is_read_by_its_own_words():
    text = "Reed told investors of New Media on Oct. 31 that the merger would allow the company to pay down debt"
    assert classify(text) == Modality.FACT


def test_a_reported_denial_stays_negated():
    assert classify("officials said that the town had not fallen") == Modality.NEGATED


def test_a_future_report_keeps_its_forecast():
    assert classify("the army said that it will attack", future=True) == Modality.FORECAST


def test_a_bare_conditional_is_still_hypothetical():
    assert classify("the coalition would continue its airstrikes") == Modality.HYPOTHETICAL


def test_an_appositive_parsed_as_a_conjunct_is_cut_as_an_appositive():
    doc = parse(["That’s the view mouthed by Michael Reed, the CEO of New Media Investment Group, GateHouse’s parent, "
                 "on Nov. 14.", "The merger of Gannett and GateHouse Media became final."])
    if doc[0] is None:
        pytest.skip("no parser model")
    parent = next(t for t in doc[0] if t.text == "parent")
    if parent.dep_ != "conj":
        pytest.skip("the parser read the appositive as one")
    assert phrase.TRIM_RANKS[0] and clause_parts.asyndetic(parent)
    media = next(t for t in doc[1] if t.text == "Media")
    assert not clause_parts.asyndetic(media)     # "Gannett and GateHouse Media": a coordination


def test_a_sentence_whose_conjunct_is_only_quote_marks_is_read_by_the_tree():
    """A misparsed ``quote mark`` taken for a noun conjunct has no word: the tree is still read
    (before, min() of nothing sent the sentence to the regex path with a warning)."""
    import logging
    from datetime import date

    from chrono.chronology import build_chronology
    from chrono.reader.document import parse_text
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append
    logger = logging.getLogger("chrono")
    logger.addHandler(handler)
    try:
        build_chronology([parse_text("Title\n\n``We want our membership of NATO to serve as a `catalyst' for Polish "
                                     "Russian co-operation,'' he said last year.", published=date(1998, 3, 12))])
    finally:
        logger.removeHandler(handler)
    assert not [r for r in records if "could not be read" in r.getMessage()]
