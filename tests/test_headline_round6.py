"""Headlines that hold their predicate: a fronted adjunct or condition goes before the core (also when
the core opens in lower case after a preposition), a fronted adverbial clause goes when the main
clause has a subject of its own, a sentence adverb is glue, a title-case "City, ST –" dateline goes, a
description fronted before the name it describes goes, and a verbless phrase the parser hung as a
parataxis after a dash or as one item of a broken list is no part of the clause. Every sentence is invented."""
from __future__ import annotations

from datetime import date

import pytest

from chrono.events.headline import clean, compress, shorten
from stories import headline_builder

PUBLISHED = date(2019, 11, 19)


@pytest.fixture(scope="module")
def headlines(tmp_path_factory):
    return headline_builder(tmp_path_factory.mktemp("round6"), PUBLISHED)


# --- a fronted adjunct before a lower-case core ---------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Despite the high cost of the equipment and the long delays at the border, engineers finished "
     "the new bridge over the river ahead of schedule",
     "Engineers finished the new bridge over the river ahead of schedule"),
    ("Amid growing anger over fuel prices and a string of local scandals, voters rejected the mayor's "
     "plan to close the old market",
     "Voters rejected the mayor's plan to close the old market"),
])
def test_a_fronted_adjunct_goes_before_a_lower_case_core(text, expected):
    assert compress(text) == expected


def test_a_subject_before_its_aside_stays():
    text = ("The council, a body of eleven elected members from the three districts, approved the "
            "budget for the coming year")
    assert compress(text).startswith("The council")


# --- a fronted adverbial clause -----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("If the owners had really wanted to sell the club, the smarter move would have been to wait for "
     "a better offer", "The smarter move would have been to wait for a better offer"),
    ("Unless the two sides reach a deal on wages before the holidays, the airline will cancel most of "
     "its winter flights", "The airline will cancel most of its winter flights"),
])
def test_a_fronted_adverbial_clause_goes_before_a_main_clause(text, expected):
    assert compress(text) == expected


def test_a_noun_complement_clause_is_no_fronted_clause():
    """ "Despite the announcement that ... had agreed": the verb is a noun's clause; the phrase stays."""
    text = ("Despite the announcement that the two firms had agreed on a merger, completing the deal has "
            "proved hard for both boards")
    assert compress(text).startswith("Despite the announcement")


def test_a_fronted_clause_stays_before_the_rest_of_a_clause():
    text = "When the plant closed in the spring after years of losses, said the union leader at a rally"
    assert not compress(text).startswith("Said")


# --- glue and datelines -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Certainly, the board approved the deal", "the board approved the deal"),
    ("In other words, the team lost the final", "the team lost the final"),
])
def test_a_sentence_adverb_is_glue(text, expected):
    assert clean(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Austin, TX – Acme Robotics is hiring a new chief executive", "Acme Robotics is hiring a new chief executive"),
    ("Beirut - The army retook the town", "Beirut - The army retook the town"),
    ("Paris, France - The show opened", "Paris, France - The show opened"),
])
def test_a_title_case_city_and_state_dateline_goes(text, expected):
    assert clean(text) == expected


def test_an_article_s_adjectives_go_with_the_aside_they_open():
    text = ("Zentro, a small, family-owned maker of garden tools and pumps, is hiring a former rival "
            "as its first head of sales")
    assert shorten(text).startswith("Zentro is hiring")


# --- over the tree ------------------------------------------------------------------------------

def test_a_description_fronted_before_a_name_goes(headlines):
    found = headlines("The daughter of a former Danish prime minister, Karen Holm was elected mayor on Sunday.")
    assert any(h.startswith("Karen Holm was elected mayor") for h in found), found


def test_a_noun_parataxis_after_a_dash_is_no_part_of_the_clause(headlines):
    found = headlines("The union won big concessions last week — their leader, Ann Cole, a veteran of ten strikes.")
    assert any(h == "The union won big concessions" for h in found), found


def test_the_items_of_a_broken_list_are_no_part_of_the_clause(headlines):
    found = headlines("Such cells have been found in animals since the 1960s, when studies saw them in many "
                      "organs, including the liver, the kidneys, the spleen, the heart and the skin.")
    assert not any("kidneys" in h or "spleen" in h for h in found), found


# --- a preposition stays with its object ----------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Fast-forward to , when the band had just signed its first deal", "Fast-forward, when the band had signed its first deal"),
    ("Flights to, from and within Europe were cancelled", "Flights to, from and within Europe were cancelled"),
])
def test_a_preposition_whose_object_was_cut_goes(text, expected):
    assert compress(text) == expected
