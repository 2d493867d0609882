"""Round 13: what the actor of an undated lede also did that day (chrono/events/additions.py).

"UNIFIRST Corp. declared a 2-for-1 stock split. The Wilmington, Mass., garment service company also boosted its
quarterly dividend ...": the lede is the day's news, and so is the sentence that adds to it, though the lede is
read after it; not one about someone else, nor a report.
"""
from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")

_LEDE = "UNIFIRST Corp. declared a 2-for-1 stock split. "


def _events(tmp_path, text: str):
    return build(text, date(1989, 11, 1)).events


def test_a_sentence_adding_to_the_lede_is_of_its_day(tmp_path):
    events = _events(tmp_path, _LEDE + "The Wilmington, Mass., garment service company also boosted its quarterly "
                                       "dividend 20% to three cents a share adjusted for the split.\n")
    assert [e.when.value for e in events if "boosted its quarterly dividend" in e.headline] == ["1989-11-01"]


def test_a_forecast_between_them_leaves_the_lede_the_news(tmp_path):
    events = _events(tmp_path, _LEDE + "The split will be payable Jan. 3 to stock of record Nov. 16. The company also "
                                       "adopted an anti-takeover plan.\n")
    assert [e.when.value for e in events if "anti-takeover plan" in e.headline] == ["1989-11-01"]


def test_not_what_another_actor_did(tmp_path):
    events = _events(tmp_path, _LEDE + "Analysts at Goldman Sachs also lowered their estimates.\n")
    assert not [e for e in events if "lowered their estimates" in e.headline]
