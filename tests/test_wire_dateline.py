"""A wire dateline ("NAIROBI, Kenya (AP) _ ", "BEIJING, March 3 (Xinhua) -- ") opens a story's first
sentence but is no part of it: the sentence is parsed without it, its date dates no happening, and
it is no part of who says so. Invented sentences."""
from __future__ import annotations

from datetime import date

import pytest

from chrono.events import parse as parsing

from stories import build

pytestmark = pytest.mark.skipif(parsing.parser("en") is None, reason="no syntactic pipeline for English")

PUBLISHED = date(1998, 8, 7)            # a Friday


def _events(text: str):
    return [(e.when.value, e.headline, e.attribution) for e in build(text, PUBLISHED).events]


def test_the_sentence_after_the_dateline_is_parsed_alone():
    doc = parsing.parse(["LUSAKA, Zambia (AP) _ Two bridges collapsed near the border on Friday, police said."])[0]
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.text in ("said", "collapsed")
    assert all(t.dep_ == "dep" and t.head.i == root.i for t in doc if t.idx < len("LUSAKA, Zambia (AP) _ "))
    assert doc.text.startswith("LUSAKA, Zambia (AP) _ Two")          # offsets are the sentence's own


def test_a_dateline_does_not_break_the_headline():
    events = _events("LUSAKA, Zambia (AP) _ Two bridges collapsed near the border on Friday, killing a driver, "
                     "police said.\n")
    assert [(v, h.split(",")[0]) for v, h, _ in events] == [("1998-08-07", "Two bridges collapsed near the border")]


def test_the_datelines_date_dates_nothing():
    events = _events("HARARE, Aug. 2 (Xinhua) -- Zimbabwe opened a new power station on Tuesday, the agency said.\n")
    assert [v for v, _, _ in events] == ["1998-08-04"]


def test_the_dateline_is_no_part_of_the_source():
    events = _events("KAMPALA, Uganda (AP) _ The head of the Ugandan electoral commission said Thursday he had "
                     "postponed the count.\n")
    assert events and all(not (a or "").startswith("KAMPALA") for _, _, a in events)
    assert any("head" in (a or "") for _, _, a in events)


def test_a_dateline_on_a_line_of_its_own_is_no_title():
    chron = build("NAIROBI, Kenya (AP) _\n\nTwo bridges collapsed near the border on Friday, police said.\n", PUBLISHED)
    assert chron.documents[0].title is None
    assert [e.when.value for e in chron.events] == ["1998-08-07"]
