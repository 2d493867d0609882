"""Resolution of time expressions: tense, anaphora and the TimeML annotators' conventions.

``tests/data/timex/resolution.tsv`` holds whole-sentence cases (tagged with their publication
date); the functions of :mod:`chrono.timex.resolve` and :mod:`chrono.timex.tense` are pure and
are tested directly as well.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from chrono.timex import tag
from chrono.timex.resolve import resolve, weekday_by_tense, year_by_tense
from chrono.lang import get
from chrono.timex.spec import Spec, SpecKind
from chrono.timex.tense import Sentences

CASES = Path(__file__).resolve().parent / "data" / "timex" / "resolution.tsv"


def _cases() -> list[tuple[str, str, str, str, str]]:
    rows = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            text, ref, extent, value, typ = line.split("\t")
            rows.append((text, ref, extent, value, typ))
    return rows


@pytest.mark.parametrize("text,ref,extent,value,typ", _cases(), ids=[c[2] + "@" + c[1] for c in _cases()])
def test_resolution_case(text, ref, extent, value, typ):
    got = [(t.text, t.value, t.type.value) for t in tag(text, date.fromisoformat(ref))]
    assert (extent, value, typ) in got, got


# ----------------------------------------------------------------------------- tense

@pytest.mark.parametrize("sentence,word,expected", [
    ("The bombs went off next to the embassy on Friday.", "Friday", "past"),
    ("The team planned to leave Nairobi on Thursday.", "Thursday", "future"),
    ("The dividend will be paid Dec. 14.", "Dec. 14", "future"),
    ("The bid had been due to expire Friday.", "Friday", "past"),
    ("The minister said Friday that talks failed.", "Friday", "past"),
    ("The deal should be completed by Dec. 15.", "Dec. 15", "future"),
    ("Until Thursday, they had not called him a suspect.", "Thursday", "past"),
])
def test_tense(sentence, word, expected):
    start = sentence.index(word)
    assert Sentences(sentence).tense(start, start + len(word)) == expected


# ----------------------------------------------------------------------------- pure resolution

def test_year_by_tense_near_future_day_in_past_sentence():
    spec = Spec(SpecKind.DATE, month=12, day=15)
    assert year_by_tense(spec, date(1989, 10, 26), "past") == 1989       # a payment date ahead
    assert year_by_tense(Spec(SpecKind.DATE, month=12), date(2017, 10, 14), "past") == 2016


def test_year_by_tense_future_tolerates_a_late_report():
    assert year_by_tense(Spec(SpecKind.DATE, month=1, day=14), date(2000, 1, 15), "future") == 2000
    assert year_by_tense(Spec(SpecKind.DATE, month=1, day=1), date(2000, 1, 15), "future") == 2001


def test_weekday_by_tense_directions():
    wed = date(2000, 1, 5)
    assert weekday_by_tense(1, wed, "past", None) == date(2000, 1, 3)
    assert weekday_by_tense(1, wed, "future", None) == date(2000, 1, 10)
    assert weekday_by_tense(3, wed, "past", None) == wed
    assert weekday_by_tense(3, wed, None, False) == date(1999, 12, 29)       # "last Wednesday"


def test_possessive_weekday_spec_is_past():
    value, _ = resolve(Spec(SpecKind.WEEKDAY, weekday=3, tense="past"), date(2000, 1, 7), "future")
    assert value == "2000-01-05"


def test_part_of_day_kept_in_value():
    value, _ = resolve(Spec(SpecKind.WEEKDAY, weekday=5, part="TNI"), date(1998, 10, 25), "past")
    assert value == "1998-10-23TNI"


def test_clock_time_on_last_mentioned_day_or_anchor():
    spec = Spec(SpecKind.OFFSET, unit="time", time="T22:00", anaphoric=True)
    assert resolve(spec, date(1999, 4, 19), None, "1998-10-23")[0] == "1998-10-23T22:00"
    assert resolve(spec, date(1999, 4, 19), None, "1998-10")[0] == "1999-04-19T22:00"
    assert resolve(spec, date(1999, 4, 19), None, None)[0] == "1999-04-19T22:00"


def test_this_season_is_this_year():
    spec = Spec(SpecKind.OFFSET, unit="year", n=0, season="SU")
    assert resolve(spec, date(1998, 3, 22), "past")[0] == "1998-SU"


def test_holiday_without_tense_is_the_nearest():
    spec = Spec(SpecKind.HOLIDAY, nth=get("en").timex.nth_weekday_holidays["thanksgiving"])
    assert resolve(spec, date(2000, 1, 7), None)[0] == "1999-11-25"
    assert resolve(spec, date(2000, 11, 1), None)[0] == "2000-11-23"


def test_year_period_takes_the_quarter_under_discussion():
    spec = Spec(SpecKind.PREVIOUS, unit="quarter", year=1988)
    assert resolve(spec, date(1989, 11, 1), None, "1989-Q3")[0] == "1988-Q3"
    assert resolve(spec, date(1989, 11, 1), None, "1989-10-02")[0] == "1988"
    assert resolve(spec, date(1989, 11, 1), None, None)[0] == "1988"


def test_resolution_is_pure():
    spec = Spec(SpecKind.WEEKDAY, weekday=5)
    assert resolve(spec, date(2017, 10, 14), "past") == resolve(spec, date(2017, 10, 14), "past")


def test_narrative_month_takes_the_year_of_the_story():
    from chrono.model import AnchorPolicy
    found = tag("The turning point came in 2016. In July, government forces cut the road.",
                date(2018, 1, 10), policy=AnchorPolicy.NARRATIVE)
    assert ("July", "2016-07") in [(t.text, t.value) for t in found]


# ----------------------------------------------------------------------------- a story of an earlier year

def test_year_of_story_moves_forward_and_stops_at_the_anchor():
    from chrono.timex.resolve import year_of_story
    anchor = date(2017, 7, 15)
    assert year_of_story(Spec(SpecKind.DATE, month=6, day=29), date(2014, 6, 9), anchor) == 2014
    assert year_of_story(Spec(SpecKind.DATE, month=3), date(2012, 8, 1), date(2014, 5, 2)) == 2013
    assert year_of_story(Spec(SpecKind.DATE, month=1), date(2016, 10, 17), anchor) is None      # this year's: the tense decides
    assert year_of_story(Spec(SpecKind.DATE, month=6, day=29), date(2017, 3, 1), anchor) is None  # the story is this year's
    assert year_of_story(Spec(SpecKind.DATE, month=8), date(2016, 12, 1), date(2017, 3, 1)) is None   # would be after the anchor


def test_story_year_reaches_the_next_paragraph_only():
    near = "On 9 June 2014, fighters crossed into Mosul.\n\nOn 29 June, they proclaimed a caliphate."
    far = "On 9 June 2014, fighters crossed into Mosul.\n\nThe army fled.\n\nOn 29 June, they proclaimed a caliphate."
    assert [t.value for t in tag(near, date(2017, 7, 15)) if t.text == "29 June"] == ["2014-06-29"]
    assert [t.value for t in tag(far, date(2017, 7, 15)) if t.text == "29 June"] == ["2017-06-29"]
