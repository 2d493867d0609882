"""Round 15: the year-earlier figures of a results brief, and different figures kept apart.

- "..., compared with a year-earlier loss of $26,956, or two cents a share": the date premodifies the figure
  compared with (the language's ``compared_lead`` before it, ``compared_after`` after it); the figure is stated
  of the clause's subject with its verb, a fact of the year-earlier period, told by whoever reports the clause
  ("RMS said it had ...": RMS had, RMS says so); no headline "The company compared with ...";
- "Savin reported a net loss of $35.2 million" and "operations had a loss of $5.5 million" are two figures of one
  quarter, not one happening told twice: events whose stems hold numbers, none of them shared, never merge;
- "the year-earlier period" after "last June" is a year before the quarter reported on, not before June.
"""
from datetime import date

import pytest

import chrono
from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


def test_premodified_year_earlier_figure_is_its_own_fact():
    events = build("RMS International Inc. said it had a loss of $158,666, or 10 cents a share, in the third quarter, "
                   "compared with a year-earlier loss of $26,956, or two cents a share.\n", date(1989, 11, 2)).events
    earlier = [e for e in events if e.when.value == "1988-Q3"]
    assert len(earlier) == 1 and "26,956" in earlier[0].headline and "158,666" not in earlier[0].headline
    assert earlier[0].headline.startswith("RMS") and earlier[0].modality.value == "fact"
    assert earlier[0].attribution and "RMS" in earlier[0].attribution
    assert any(e.when.value == "1989-Q3" and "158,666" in e.headline for e in events)


def test_compared_participle_makes_no_headline():
    events = build("The company reported a profit of $5 million for the third quarter, compared with a year-ago loss "
                   "of $2 million.\n", date(1989, 11, 2)).events
    assert not any("compared" in e.headline for e in events)
    assert any(e.when.value == "1988-Q3" and "loss of $2 million" in e.headline for e in events)


def test_two_figures_of_one_quarter_stay_apart():
    events = build("Savin Corp. reported a third-quarter net loss of $35.2 million, or 31 cents a share. A spokesman "
                   "said operations had a loss of $5.5 million for the quarter; in addition, the loss was magnified "
                   "by nonrecurring charges.\n", date(1989, 11, 2)).events
    quarter = [e.headline for e in events if e.when.value == "1989-Q3"]
    assert any("35.2" in h for h in quarter) and any("5.5" in h for h in quarter), quarter


def test_year_earlier_period_is_before_the_quarter_reported_on():
    found = chrono.tag("Norton said net income for the third quarter fell 6%. Its services were hurt by the costs "
                       "of a buy-out last June. In the year-earlier period, the company had net of $77.2 million.",
                       published=date(1989, 10, 27))
    assert {t.text: t.value for t in found}["the year-earlier period"] == "1988-Q3"
