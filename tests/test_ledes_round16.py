"""Round 16: undated wire ledes the tagger or the parser misread.

- a lede's main verb after an adverb that the tagger read as a participle ("Montedison S.p.A. definitively
  agreed to buy ...": a past participle with an active subject and no auxiliary) is a simple past: the day's
  news; a participle of a reduced relative ("A rifle found near the home may yield clues") is none;
- a lede whose only date ends a money phrase the parser hung on the verb ("announced the effectiveness of
  its registration statement for $125 million of debentures due Oct. 15, 1999") tells the day's news: the date
  is the debentures', not the announcement's;
- an undated lede whose reported predicate only frames (a supposition: "Authorities say a stabbing ... may have
  occurred after the attacker tried to steal another rider's shoes") tells the happening of its adverbial
  clause, as a dated sentence does (:mod:`chrono.events.adjoined`): "The attacker tried to steal another rider's
  shoes", a fact as the authorities tell it; a lede whose predicate tells a happening keeps it.
"""
from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


def _events(text: str, published: date):
    return build(text, published).events


def _shown(events):
    return [(e.when.value, e.modality.value, e.rule, e.headline) for e in events]


@pytest.mark.parametrize("lede, words", [
    ("Montedison S.p.A. definitively agreed to buy all of the publicly held shares of Erbamont N.V. for $37 each.",
     "definitively agreed to buy"),
    ("Arvin Industries Inc. formally completed its purchase of the Maremont unit for $200 million in cash.",
     "formally completed its purchase"),
])
def test_a_past_misread_after_an_adverb_is_the_days_news(lede, words):
    events = _events(lede + "\n\nThe company owns about 72% of the shares.\n", date(1989, 10, 30))
    day = [e for e in events if e.when.value == "1989-10-30"]
    assert day and words in day[0].headline and day[0].modality.value == "fact", _shown(events)


def test_a_reduced_relative_is_no_lede():
    events = _events("A rifle found near the home may yield important clues for investigators.\n\n"
                     "The police declined to comment.\n", date(1999, 4, 10))
    assert not [e for e in events if "rifle" in e.headline], _shown(events)


def test_a_date_of_a_money_phrase_leaves_the_lede_undated():
    events = _events("Sun Microsystems Inc., a computer maker, announced the effectiveness of its registration "
                     "statement for $125 million of 6 3/8% convertible subordinated debentures due Oct. 15, 1999.\n\n"
                     "The debentures are available through Goldman, Sachs & Co.\n", date(1989, 10, 30))
    day = [e for e in events if e.when.value == "1989-10-30"]
    assert day and "announced the effectiveness of its registration statement" in day[0].headline, _shown(events)


def test_a_framing_lede_tells_its_adverbial_happening():
    events = _events("Authorities say a stabbing that killed a passenger on a San Francisco Bay Area commuter train "
                     "may have occurred after the attacker tried to steal another rider's shoes.\n\n"
                     "The fight broke out on a train pulling into a station.\n", date(2019, 11, 19))
    day = [e for e in events if e.when.value == "2019-11-19"]
    assert day and day[0].headline == "The attacker tried to steal another rider's shoes", _shown(events)
    assert day[0].modality.value == "fact" and day[0].attribution == "Authorities"


def test_a_lede_telling_a_happening_keeps_it():
    events = _events("Police say a gunman has wounded two guards at the bank after the manager refused to open the "
                     "vault.\n\nThe guards were taken to a hospital.\n", date(2019, 11, 19))
    day = [e for e in events if e.when.value == "2019-11-19" and e.rule == "lede-news"]   # (its "after" clause before it)
    assert day and "wounded two guards" in day[0].headline, _shown(events)
