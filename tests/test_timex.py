"""Behaviour of the temporal tagger: the example article, anchoring, policies, robustness."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from chrono.model import Anchor, AnchorKind, AnchorPolicy, TimexType
from chrono.timex import tag

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PUB = date(2017, 10, 14)


def _values(text, anchor=PUB, **kw):
    return [(t.text, t.type.value, t.value) for t in tag(text, anchor, **kw)]


def test_example_article_matches_gold_exactly():
    article = SHARED / "articles" / "dw-raqqa-2017-10-14.txt"
    gold_path = SHARED / "gold" / "dw-raqqa-2017-10-14.json"
    if not article.exists() or not gold_path.exists():
        pytest.skip(f"shared data not found at {SHARED}")
    text = article.read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["timexes"]
    found = tag(text, PUB)
    got = [(t.start, t.end, t.type.value, t.value, t.mod) for t in found]
    want = [(g["start"], g["end"], g["type"], g["value"], g.get("mod")) for g in gold]
    assert got == want


@pytest.mark.parametrize("text,anchor,expected", [
    ("The minister said Friday the talks failed.", date(2017, 10, 14), ("Friday", "DATE", "2017-10-13")),
    ("The ministers will meet Friday.", date(2017, 10, 14), ("Friday", "DATE", "2017-10-20")),
    ("Prices fell in December.", date(2017, 10, 14), ("December", "DATE", "2016-12")),
    ("The plant will open in December.", date(2017, 10, 14), ("December", "DATE", "2017-12")),
    ("Sales rose last month.", date(2017, 10, 14), ("last month", "DATE", "2017-09")),
    ("The firm was founded two years ago.", date(2017, 10, 14), ("two years ago", "DATE", "2015")),
    ("Shares fell this week.", date(2017, 10, 14), ("this week", "DATE", "2017-W41")),
    ("The summit is next year.", date(2017, 10, 14), ("next year", "DATE", "2018")),
    ("Rebels attacked Friday morning.", date(2017, 10, 14), ("Friday morning", "DATE", "2017-10-13TMO")),
    ("The vote is tonight.", date(2017, 10, 14), ("tonight", "TIME", "2017-10-14TNI")),
    ("Profit fell in the third quarter.", date(1989, 10, 26), ("the third quarter", "DATE", "1989-Q3")),
    ("Inflation soared in the 1990s.", date(2001, 5, 1), ("the 1990s", "DATE", "199")),
    ("It has been more than a decade.", PUB, ("more than a decade", "DURATION", "P10Y")),
    ("The committee meets every week.", PUB, ("every week", "SET", "P1W")),
])
def test_anchoring(text, anchor, expected):
    assert expected in _values(text, anchor)


def test_more_than_a_decade_has_its_modifier():
    (t,) = tag("It has been more than a decade.", PUB)
    assert t.mod == "MORE_THAN"


def test_range_gives_two_timexes():
    assert [v[0] for v in _values("Fighting lasted from June to August.")] == ["June", "August"]


def test_anaphoric_uses_last_mentioned_date():
    found = tag("He arrived on May 3, 2016. Two days later he left.", PUB)
    later = found[-1]
    assert (later.text, later.value) == ("Two days later", "2016-05-05")
    assert later.anchor == Anchor(AnchorKind.PREVIOUS, "2016-05-03")
    assert str(later.anchor) == "previous:2016-05-03"


def test_narrative_policy_resolves_deictic_against_last_mentioned_date():
    text = "The war began on June 1, 1950. The next day, troops crossed the border."
    news = tag(text, PUB)
    narrative = tag(text, PUB, policy=AnchorPolicy.NARRATIVE)
    assert narrative[-1].value == "1950-06-02"
    assert news[-1].value == "2017-10-15"


def test_no_anchor_leaves_values_underspecified():
    assert ("July", "DATE", "XXXX-07") in _values("The offensive began in July.", None)


def test_every_timex_names_its_rule_and_anchor():
    for t in tag("The minister said Friday that in 2014 the talks failed.", PUB):
        assert t.rule and t.anchor
    (friday, year) = tag("The minister said Friday that in 2014 the talks failed.", PUB)
    assert (friday.anchor.kind, friday.anchor.value, friday.anchor.tense) == (AnchorKind.DCT, "2017-10-14", "past")
    assert str(friday.anchor) == "dct:2017-10-14 tense:past"
    assert str(year.anchor) == "none" and year.anchor.kind is AnchorKind.NONE


@pytest.mark.parametrize("text,extents", [
    # TimeML extents: determiners and pre-/post-modifiers inside, leading prepositions outside
    ("For the nine months, net rose.", ["the nine months"]),
    ("a 16-hour flight", ["16-hour"]),
    ("It will be closed over the next year or so.", ["the next year or so"]),
    ("Shipments resume within two to three weeks.", ["two to three weeks"]),
    ("It won't be profitable until 1994 or later.", ["1994 or later"]),
    ("Earnings fell in the last half of 1989.", ["the last half of 1989"]),
    ("Sales were hurt earlier in the year by rain.", ["earlier in the year"]),
    ("Net income for the year ended Sept. 30 rose.", ["the year", "Sept. 30"]),
    ("He was seen in the weeks before the shooting.", ["weeks"]),
    ("It ended a decades-long battle.", ["decades-long"]),
    ("The 6-year-old boy and his 44-year-old father met.", []),
    ("The summit is on April 24 and 25.", ["April 24", "25"]),
    ("A hearing is set for the week of March 6, he said.", ["the week of March 6"]),
    ("Results for the quarter a year ago were restated.", ["the quarter a year ago"]),
    ("It will stay in the region for some time.", ["some time"]),
])
def test_extents_follow_timeml(text, extents):
    assert [t.text for t in tag(text, date(1989, 11, 2))] == extents


def test_the_year_ended_is_a_duration():
    (year, _) = tag("Net income for the year ended Sept. 30 rose.", date(1989, 11, 2))
    assert (year.type, year.value) == (TimexType.DURATION, "P1Y")


@pytest.mark.parametrize("text", ["", " ", "\n\n", "0" * 5000, "May " * 3000, "1998-" * 2000,
                                  "Friday, " * 1000, "\x00\ud7ff\ufffd" * 100, "12/12/12/12/" * 500,
                                  "two to " * 2000 + "days", "day-" * 2000 + "long", "mid " * 2000 + "afternoon",
                                  "the " * 3000 + "weeks before", "1994 or " * 1000 + "later", "April 1 and " * 1000,
                                  "1 and " * 2000 + "April", "for a very " * 1000 + "long time", "Fri " * 2000 + "March 3"])
def test_pathological_inputs_do_not_fail(text):
    for t in tag(text, PUB):
        assert text[t.start:t.end] == t.text


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 -/.,:'aAmMpPyYdDJjFfSsTtWwe\n")) | st.characters(),
               max_size=300),
       st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))))
def test_property_offsets(text, anchor):
    found = tag(text, anchor)
    last_end = 0
    for t in found:
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start:t.end] == t.text
        assert t.start >= last_end
        assert isinstance(t.type, TimexType) and isinstance(t.value, str) and t.value
        last_end = t.end


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["In", "July", "May", "Friday", "2014", "early", "last", "week", "two",
                                 "years", "ago", "the", "third", "quarter", "10", "a.m.", "Sept.", "30,",
                                 "1989", "every", "day", "more", "than", "a", "decade", "."]), max_size=40))
def test_property_word_salad(words):
    text = " ".join(words)
    for t in tag(text, PUB):
        assert text[t.start:t.end] == t.text


def test_a_bare_clock_time_in_news_is_on_the_day_told_near_it_else_the_publication_day():
    pub = date(2019, 11, 19)
    near = "Lowe's reports earnings Wednesday, and the call is at 9 a.m."
    assert _values(near, pub)[-1] == ("9 a.m.", "TIME", "2019-11-20T09:00")
    before = "Lowe's reports earnings Wednesday. The call is at 9 a.m."
    assert _values(before, pub)[-1] == ("9 a.m.", "TIME", "2019-11-20T09:00")
    other_paragraph = "Lowe's reports earnings Wednesday.\n\nThe call is at 9 a.m."
    assert _values(other_paragraph, pub)[-1] == ("9 a.m.", "TIME", "2019-11-19T09:00")
    # a history keeps the day it is telling
    history = "The army crossed on 3 March 1918.\n\nThe men rested.\n\nThe attack began at 5 a.m."
    assert _values(history, None, policy=AnchorPolicy.NARRATIVE)[-1] == ("5 a.m.", "TIME", "1918-03-03T05:00")


@pytest.mark.parametrize("text,value", [
    ("Sales fell in Q2.", "2019-Q2"), ("Sales fell in Q2 2018.", "2018-Q2"), ("In 2018 Q4 sales fell.", "2018-Q4"),
    ("2Q18 sales fell.", "2018-Q2"), ("4Q98 sales fell.", "1998-Q4"), ("Sales fell in Q1'17.", "2017-Q1"),
])
def test_short_quarters(text, value):
    assert [v for _, t, v in _values(text, date(2019, 11, 19)) if t == "DATE"] == [value]


@pytest.mark.parametrize("text,value", [
    ("It was the worst in nearly a quarter century.", "P25Y"), ("It lasted a quarter of a century.", "P25Y"),
    ("It lasted half a century.", "P50Y"), ("It ended a half-century of rule.", "P50Y"),
])
def test_fractions_of_a_century_are_years(text, value):
    assert [v for _, t, v in _values(text)] == [value]


def test_a_quotation_lends_its_tense_to_no_date_outside_it():
    text = ('"The aim is to raise awareness, to get people talking," Noem told the paper Monday afternoon. '
            '"It is working."')
    assert [(t.text, t.value) for t in tag(text, date(2019, 11, 19))] == [("Monday afternoon", "2019-11-18TAF")]
