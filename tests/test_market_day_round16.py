"""Round 16: a stock's day of trading told with no date (chrono/events/market_day.py).

- an undated close in a brief ("In composite trading on the New York Stock Exchange, Telerate shares closed at
  $19.50, up 12.5 cents") is of the story's news day: its undated lede's, the publication day;
- an undated close in a story that dates another close ("GM closed down $1.875 at $44.875 in New York Stock Exchange
  trading yesterday") is of that close's day, however many sentences stand between;
- a figure with no market phrase ("Sales rose 8% to $368.5 million") is not dated so, nor a close in a quotation.
"""
from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


def _shown(events):
    return [(e.when.value, e.modality.value, e.rule, e.headline) for e in events]


def test_an_undated_close_is_of_the_storys_news_day():
    events = build("Dow Jones & Co. said it extended its $18-a-share offer for Telerate Inc. common stock.\n\n"
                   "The offer had been set to expire Nov. 6.\n\n"
                   "In composite trading on the New York Stock Exchange, Telerate shares closed at $19.50, up 12.5 "
                   "cents.\n", date(1989, 11, 2)).events
    close = [e for e in events if "$19.50" in e.headline]
    assert close and close[0].when.value == "1989-11-02" and close[0].modality.value == "fact", _shown(events)


def test_an_undated_close_takes_the_day_of_the_storys_dated_close():
    events = build("GM closed down $1.875 at $44.875 in New York Stock Exchange trading yesterday.\n\n"
                   "Earnings for GM common stock will be disclosed this morning.\n\n"
                   "Analysts said the unit's results were weak.\n\n"
                   "GM Class E fell 75 cents to $52.25 on the Big Board.\n", date(1989, 10, 26)).events
    close = [e for e in events if "$52.25" in e.headline]
    assert close and close[0].when.value == "1989-10-25", _shown(events)


@pytest.mark.parametrize("sentence", [
    "Sales rose 8% to $368.5 million from $340 million.",
    '"The stock closed at $19.50 on the New York Stock Exchange," a trader said.',
])
def test_no_market_day_without_a_close_of_the_text(sentence):
    events = build("Norton Co. said it cut its dividend.\n\n" + sentence + "\n", date(1989, 11, 2)).events
    assert not [e for e in events if e.rule == "market-day"], _shown(events)
