"""A year-ago figure dates itself, not the change measured from it (round 10): "Net jumped to $87 million, or
$2.02 a share, from $58 million, or $1.40 a share, a year earlier" tells this period's net, and the year-earlier
$58 million; "rose 5% from Monday's close" tells a rise of today, measured from Monday. Every sentence is invented."""
from __future__ import annotations

from datetime import date

import pytest

from chrono.lang.en.events.compared import COMPARED, COMPARED_BASE
from stories import build, english_parser, show  # noqa: F401 - the fixture of pytestmark

PUBLISHED = date(1989, 10, 26)          # a Thursday


pytestmark = pytest.mark.usefixtures("english_parser")


@pytest.mark.parametrize("sentence, figure", [
    ("Net jumped to $87 million, or $2.02 a share, from $58 million, or $1.40 a share, a year earlier.",
     "Net was $58 million"),
    ("Net income fell 37% to $32.9 million, or 30 cents a share, from $52.2 million, or 48 cents a share, "
     "in the year-ago period.", "Net income was $52.2 million"),
])
def test_a_per_share_aside_does_not_hide_the_figure_compared_with(sentence, figure):
    events = show(build("Results\n\n" + sentence + "\n", PUBLISHED))
    assert events == [(figure, "1988", "fact")], events     # and this period's change is not dated 1988


@pytest.mark.parametrize("sentence", [
    "Shares of Acme rose 5% from Monday's close in heavy trading.",
    "Sales at the chain's stores grew 12% over last year in the busy summer season.",
])
def test_a_date_a_change_is_measured_from_dates_nothing(sentence):
    events = show(build("Markets\n\n" + sentence + "\n", PUBLISHED))
    assert not any(value in ("1989-10-23", "1988", "1988-SU") for _h, value, _m in events), events


def test_a_point_a_fall_starts_from_is_no_comparison():
    assert COMPARED_BASE.compiled.search("Oil prices have come down from ") is None
    assert COMPARED.compiled.search("Oil prices have come down from ") is None


def test_the_year_ago_date_stays_off_the_clause_of_this_periods_figure():
    # (read over the tree or, where the parse is not trusted, by the clause reader: the compared figure's date is its own)
    events = show(build("Results\n\nSeparately, Brandt posted a third-quarter net loss of $4.1 million, or 52 cents a "
                        "share, versus net income of $2.9 million, or $1.10 a share, a year earlier.\n", PUBLISHED))
    assert events and not any(value.startswith("1988") and "4.1" in h for h, value, _m in events), events
    assert all(h == "Brandt posted net income of $2.9 million" for h, value, _m in events if value.startswith("1988")), events


@pytest.mark.parametrize("sentence, figure", [
    ("The Denver company earned $45.2 million, or 65 cents a share, compared with $84.9 million, or $1.24 a share, "
     "a year earlier.", "The Denver company earned $84.9 million"),
    ("Brandt reported a loss of $175.5 million, or $13.44 a share, compared with net income of $27.1 million, "
     "or $1.16 a share, a year earlier.", "Brandt reported net income of $27.1 million"),
])
def test_a_figure_compared_with_is_stated_with_the_clauses_own_verb(sentence, figure):
    events = show(build("Results\n\n" + sentence + "\n", PUBLISHED))
    assert (figure, "1988", "fact") in events, events
    assert not any(value == "1988" and figure not in h for h, value, _m in events), events


def test_a_day_a_happening_was_planned_for_lies_ahead():
    events = show(build("City\n\nA vigil was planned for Sunday at the park.\n", date(2000, 3, 30)))   # a Thursday
    assert [(value, mod) for _h, value, mod in events] == [("2000-04-02", "forecast")], events
