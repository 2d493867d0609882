"""A pronoun source with no source named before it stands for the named subject of the sentence right
before ("X spoke to analysts. He noted that ..."), and a future quarter already past this year is next
year's ("would recover in the first quarter", written in November). Every sentence is invented."""
from __future__ import annotations

from datetime import date

from chrono import tag
from stories import build

NOVEMBER = date(2019, 11, 19)


def test_he_after_a_named_subject_is_that_person():
    chron = build("Mill news\n\nRosa Delgado met the workers on Monday. "
                  "She noted that output would recover in the first quarter.\n", NOVEMBER)
    recover = [e for e in chron.events if "recover" in e.headline]
    assert [e.attribution for e in recover] == ["Rosa Delgado"]


def test_a_source_named_before_still_speaks_for_he():
    chron = build("Mill news\n\nRosa Delgado said on Monday that the mill would close. "
                  "She noted that output would recover in the first quarter.\n", NOVEMBER)
    assert {e.attribution for e in chron.events} == {"Rosa Delgado"}


def test_no_named_subject_leaves_the_pronoun():
    chron = build("Mill news\n\nThe workers met on Monday. "
                  "She noted that output would recover in the first quarter.\n", NOVEMBER)
    recover = [e for e in chron.events if "recover" in e.headline]
    assert [e.attribution for e in recover] == ["She"]


def test_a_future_first_quarter_written_in_november_is_next_years():
    [t] = tag("Output would recover in the first quarter.", published=NOVEMBER)
    assert t.value == "2020-Q1"
    [t] = tag("The company will report third-quarter results.", published=date(2019, 10, 20))
    assert t.value == "2019-Q3"


def test_the_first_months_of_the_year_and_a_year_ago_loss_date_nothing_wrongly():
    chron = build("Results\n\nIn the first nine months, revenue was $218 million, compared with a loss of $74 million "
                  "in the 2018 period.\n", NOVEMBER)
    assert not [e for e in chron.events if e.when.value.startswith("P")]       # no look-ahead "in nine months"
    assert not [e for e in chron.events if e.when.value == "2018" and "$218" in e.headline + e.text]


def test_an_opinion_verb_names_who_holds_it():
    chron = build("Markets\n\nAnalyst Dana Whitfield of Harbor Securities thinks prices will rise next year.\n", NOVEMBER)
    assert [(e.attribution, e.modality.value) for e in chron.events] == [
        ("Analyst Dana Whitfield of Harbor Securities", "forecast")]


def test_it_after_a_named_subject_is_that_body_but_not_an_expletive_it():
    chron = build("Insurers\n\nHarbor Mutual Corp. reported its results on Monday. "
                  "It lost $7 million in its marine business in the third quarter.\n", NOVEMBER)
    assert any(e.headline.startswith("Harbor Mutual") and "lost $7 million" in e.headline for e in chron.events)
    chron = build("Clubs\n\nThe club signed a striker on Monday. "
                  "It was the first time the club had spent so much in January.\n", NOVEMBER)
    assert not any(e.headline.startswith("The club was the first time") for e in chron.events)
