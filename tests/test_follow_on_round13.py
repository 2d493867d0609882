"""Round 13: figures that go on with a dated figure, with no date of their own (chrono/events/follow_on.py).

- "Net income for the third quarter fell 6% ... Sales rose 8% to $368.5 million": the sales are the quarter's;
- a figure of an earlier period between them is a comparison and the quarter goes on; a happening of another
  kind ends it; the day's close goes on with further closes, not with a period's sums; a share price is no
  period's figure; a past perfect is before the period;
- "Norton Co. said net income for the third quarter fell 6%": "for" opens no finite clause, so "income" is
  the subject of "fell" (chrono/events/slips.py), and the lede is not read as "Norton Co. said net income";
- "The company also adopted ..." after a year-ago figure is not of the year-ago quarter.
"""
from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")

_PUBLISHED = date(1989, 10, 27)
_LEAD = "Acme Corp. said net income for the third quarter fell 6% to $20.6 million, or 98 cents a share, from $22 million.\n\n"


def _events(tmp_path, text: str, published: date = _PUBLISHED):
    return build(text, published).events


def _dated(events, words: str) -> list[str]:
    return [e.when.value for e in events if words in e.headline]


def test_a_further_figure_is_of_the_period_named_before(tmp_path):
    events = _events(tmp_path, _LEAD + "Sales rose 8% to $368.5 million from $340.7 million.\n")
    assert _dated(events, "Sales rose 8%") == ["1989-Q3"]
    assert _dated(events, "Net income fell 6%") == ["1989-Q3"]
    assert not any(e.headline.endswith("said net income") for e in events)


def test_a_year_earlier_figure_between_them_is_a_comparison(tmp_path):
    events = _events(tmp_path, _LEAD + "The company had a tax credit of $1.4 million. In the year-earlier quarter, "
                                       "the tax credit was $3.3 million. Sales rose 8% to $368.5 million.\n")
    assert _dated(events, "Sales rose 8%") == ["1989-Q3"]
    assert _dated(events, "tax credit of $1.4 million") == ["1989-Q3"]


def test_a_comparison_alone_starts_no_period(tmp_path):
    events = _events(tmp_path, "Acme Corp. posted lower earnings for the third quarter.\n\nA year earlier, Acme earned "
                               "$2.4 million. Sales rose to $52.4 million from $50.1 million.\n")
    assert "1988" not in _dated(events, "Sales rose")


def test_another_happening_ends_the_period(tmp_path):
    events = _events(tmp_path, _LEAD + "Acme announced earlier this month that it was exploring the sale of a unit. "
                                       "Sales rose 8% to $368.5 million.\n")
    assert _dated(events, "Sales rose") == []


def test_the_days_close_goes_on_with_further_closes(tmp_path):
    events = _events(tmp_path, "Acme closed down $1.875 at $44.875 in New York Stock Exchange trading yesterday. "
                               "Acme Class H closed at $29, up 25 cents.\n\nSales fell 20% to $722 million.\n")
    assert _dated(events, "Class H closed at $29") == ["1989-10-26"]
    assert _dated(events, "Sales fell") == []


@pytest.mark.parametrize("sentence, words", [
    ("Acme shares rose 50 cents to $17.375.", "shares rose"),                        # a day's move
    ("Acme and Beta had each held a 50% stake in the venture.", "held a 50% stake"),  # before the period
    ("Sales will rise 8% to $368.5 million.", "Sales will rise"),                     # a forecast
])
def test_no_period_for_what_is_not_its_figure(tmp_path, sentence, words):
    events = _events(tmp_path, _LEAD + sentence + "\n")
    assert "1989-Q3" not in _dated(events, words)


def test_also_after_a_common_noun_takes_no_date_of_another_actor(tmp_path):
    """"The company also adopted ..." names no one by its capital "The": it is not dated by the year-ago
    figure before it (chrono/events/relative.py, ``_previous_step``)."""
    events = _events(tmp_path, "Acme Inc. cut its quarterly dividend.\n\nIn the year-ago quarter, the company reported "
                               "net income of $1.9 million. The company also adopted an anti-takeover plan.\n",
                     date(1989, 11, 2))
    assert not [v for v in _dated(events, "anti-takeover plan") if v.startswith("1988")]
