"""An undated wire lede told in the simple past is the day's news, when its verb is the main line's finite
verb (round 10): "Acme Corp. holders adopted a shareholder-rights plan at the annual meeting". Not a
participle with an auxiliary ("was supposed to be signed", "may have become"), nor an adjective. And a
clause linked by an adverb after a comma keeps it ("..., then X completed the comeback"). Every sentence
is invented."""
from __future__ import annotations

from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

PUBLISHED = date(1989, 10, 26)


pytestmark = pytest.mark.usefixtures("english_parser")


@pytest.mark.parametrize("lede, words", [
    ("Acme Textile Inc. holders adopted a shareholder-rights plan at the annual meeting.",
     "holders adopted a shareholder-rights plan"),
    ("Brandt Corp. agreed to pay $4 million in cash to acquire a maker of kitchen tools.", "Brandt Corp. agreed to pay"),
])
def test_an_undated_simple_past_lede_is_the_days_news(lede, words):
    events = build("Briefs\n\n" + lede + "\n\nThe company's shares were little changed.\n", PUBLISHED).events
    assert [(e.when.value, e.modality.value) for e in events if words in e.headline] == [("1989-10-26", "fact")]


@pytest.mark.parametrize("lede", [
    "A trade deal between the two countries was supposed to be signed at a summit.",
    "Crossovers may have become the vehicle of choice for most car buyers.",
    "A muddled view of the trade talks seems to be weighing on investors.",
])
def test_no_participle_or_adjective_makes_a_lede_news(lede):
    assert build("Markets\n\n" + lede + "\n", PUBLISHED).events == ()


def test_a_linking_adverb_after_a_comma_stays():
    events = build("Tennis\n\nRafael Nadal kept Spain's hopes alive, then Marcel Granollers and Feliciano Lopez "
                   "completed the comeback in the decisive doubles match to give the hosts a 2-1 win over Russia "
                   "in the inaugural Davis Cup Finals.\n", PUBLISHED).events
    assert len(events) == 1 and "alive, then Marcel Granollers" in events[0].headline, [e.headline for e in events]
