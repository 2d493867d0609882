"""Dates and modalities read from the predicate's own words and from the story (chrono.events):
a negative contraction of a modal, a copula whose subject holds the date, a vow reported as not kept,
a negative quantifier, a date inside an event name, "now" with a present perfect, the lede past page
furniture, and a time counted from a happening the article tells only later."""
from __future__ import annotations

from datetime import date

import pytest

from stories import build as _build, find as _find, show as _show

# (story, words of the event, value, modality)
CASES = [
    # "wouldn't have" is told by its modal: no past clause dated after publication (it is kept)
    ("McClatchy\n\nMcClatchy said its finances were so impaired that it wouldn’t have the cash to make a "
     "required contribution to its pension fund next year.\n", "pension", "2020", "forecast"),
    # a vow reported as not kept: "failing to deliver on his vow that Britain would leave ..."
    ("Johnson\n\nJohnson is under fire for failing to deliver on his often-repeated vow that Britain would "
     "leave the EU on Oct. 31.\n", "leave the EU", "2019-10-31", "negated"),
    # a negative quantifier ("At no point") denies the report's content
    ("Label\n\n\"At no point did we say Taylor could not perform on the AMAs,\" they said in a statement on "
     "their website last Friday.\n", "At no point", "2019-11-15", "negated"),
    # a date inside an event's name dates what happened at that event
    ("Health\n\nTrump sought to make Clinton's health an issue in the 2016 campaign, particularly after "
     "she was seen feeling faint at a September 11 commemoration.\n", "commemoration", "2016-09-11", "fact"),
]


@pytest.mark.parametrize("story,words,value,modality", CASES, ids=[c[1] for c in CASES])
def test_dated_event(story, words, value, modality):
    chron = _build(story)
    found = [e for e in _find(chron, words) if e.when.value == value]
    assert found, _show(chron)
    assert found[0].modality.value == modality, _show(chron)


def test_a_date_in_the_subject_of_a_present_copula_is_still_to_come():
    chron = _build("Sondland\n\nSondland’s appearance at Wednesday morning’s hearing is of particular concern to the "
                   "White House.\n", published=date(2019, 11, 20))
    found = [e for e in _find(chron, "appearance") if e.when.value == "2019-11-20TMO"]
    assert found and found[0].modality.value == "forecast", _show(chron)


def test_the_day_itself_in_the_subject_of_a_present_copula_is_no_forecast():
    chron = _build("Impeachment\n\n\"Today's second hearing is over, and the Democrats have nothing,\" she said.\n",
                   published=date(2019, 11, 20))
    found = [e for e in _find(chron, "hearing is over") if e.when.value == "2019-11-20"]
    assert found and found[0].modality.value != "forecast", _show(chron)


def test_now_with_a_present_perfect_is_the_days_news():
    chron = _build("Statement\n\nTaylor Swift posted on Twitter last week. Now they've put out another "
                   "statement - directly to the organisers of the AMAs.\n")
    found = _find(chron, "another statement")
    assert found and found[0].when.value == "2019-11-19", _show(chron)


def test_currently_is_no_days_news():
    chron = _build("Spurs\n\nPochettino was sacked last night. Spurs have won five matches and currently "
                   "lie 14th in the table.\n")
    assert not _find(chron, "currently lie"), _show(chron)


@pytest.mark.parametrize("furniture", ["Created with Sketch.", "Share All sharing options for: Mourinho "
                                       "agrees deal to replace Pochettino as manager"])
def test_the_lede_is_the_first_line_of_the_story(furniture):
    chron = _build("Mourinho agrees deal to replace Pochettino as manager\n\n" + furniture +
                   "\n\nJose Mourinho has agreed a deal to replace Mauricio Pochettino as Tottenham's manager."
                   " Pochettino was sacked last night after five years in charge.\n", published=date(2019, 11, 20))
    found = _find(chron, "agreed a deal")
    assert found and found[0].when.value == "2019-11-20", _show(chron)


def test_a_teaser_cut_short_is_no_lede():
    chron = _build("Plague\n\nTwo people in China have been diagnosed with the plague,...\n\n"
                   "A case of the bubonic plague was reported in China over the weekend.\n",
                   published=date(2019, 11, 18))
    assert not _find(chron, "Two people in China"), _show(chron)


def test_a_time_counted_from_a_happening_told_later():
    chron = _build("Davis Cup\n\nTwo days after clinching the doubles title in the ATP Finals, French duo "
                   "Herbert and Mahut secured France an opening win. Herbert and Mahut did not drop a set at "
                   "the ATP Finals, where they defeated Klaasen and Venus in the final on Sunday.\n")
    found = _find(chron, "opening win")
    assert found and found[0].when.value == "2019-11-19", _show(chron)


def test_a_period_counted_back_is_no_look_ahead():
    chron = _build("Health\n\nGrisham said the trip was simply Trump getting a jump on his annual physical, but he did "
                   "not have that physical done in phases in the past two years.\n", published=date(2019, 11, 18))
    assert not [e for e in chron.events if e.when.value == "P2Y"], _show(chron)


@pytest.mark.parametrize("story,words,value", [
    ("He was arrested on Oct. 2. The following day, he was charged with fraud.", "charged", "2019-10-03"),
    ("He was arrested in July 2018. A year later, he was convicted of fraud.", "convicted", "2019"),
    ("The company said on Nov. 4 it had hired a new chief. A week later it fired him.", "fired", "2019-W46"),
    ("The results of the vote will come two days from now.", "results", "2019-11-21"),
])
def test_a_time_counted_from_the_storys_last_date(story, words, value):
    chron = _build("Story\n\n" + story + "\n")
    found = [e for e in _find(chron, words) if e.when.value == value]
    assert found, _show(chron)


def test_a_lede_that_announces_what_a_colon_opens():
    chron = _build("Star Trek 4\n\nAfter a three-year silence, there has been news on the fourth Star Trek film: Noah "
                   "Hawley, best known for creating Fargo, is in final talks to write and direct it.\n")
    found = _find(chron, "final talks")
    assert found and found[0].headline.startswith("Noah Hawley is in final talks"), _show(chron)


def test_a_short_lede_is_still_the_lede():
    chron = _build("Johnson quits\n\nBoris Johnson has resigned. He was elected in 2019 and led the party.\n",
                   published=date(2022, 7, 7))
    found = _find(chron, "resigned")
    assert found and found[0].when.value == "2022-07-07", _show(chron)


def test_a_happening_counted_from_the_days_news():
    chron = _build("WeWork\n\nThe New York attorney general is investigating WeWork. This comes less than a week after "
                   "Bloomberg reported WeWork is the subject of an inquiry.\n", published=date(2019, 11, 18))
    found = _find(chron, "Bloomberg reported")
    assert found and found[0].when.value == "2019-W46", _show(chron)


def test_a_past_main_clause_counts_from_no_day_of_news():
    chron = _build("Story\n\nThe army withdrew two days after rebels attacked the town.\n")
    assert not [e for e in chron.events if e.rule == "relative-event"], _show(chron)


def test_a_vow_kept_is_no_denial_but_a_failure_to_appear_is():
    chron = _build("Court\n\nThe defendant failed to appear at the Nov. 4 hearing, prosecutors said.\n")
    found = [e for e in _find(chron, "appear") if e.when.value == "2019-11-04"]
    assert found and found[0].modality.value == "negated", _show(chron)
    chron = _build("Court\n\nJohnson kept his vow that Britain would leave the EU on Oct. 31.\n", published=date(2019, 11, 20))
    found = [e for e in _find(chron, "leave the EU") if e.when.value == "2019-10-31"]
    assert not found or found[0].modality.value != "negated", _show(chron)
