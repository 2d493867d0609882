"""The direction of an underspecified date by the tense of its predicate (:mod:`chrono.events.retense`)."""
from __future__ import annotations

from datetime import date

import pytest

import chrono
from chrono import lang
from chrono.events import parse as parsing
from chrono.events import tree
from chrono.events.retense import FUTURE, PAST, RELATIVE, Retense, retensed
from chrono.model import Anchor, AnchorKind, Timex, TimexType

NOV19 = date(2019, 11, 19)
DCT = "2019-11-19"


def _timex(text: str, value: str, tense: str, kind: AnchorKind = AnchorKind.DCT, by_words: bool = False) -> Timex:
    return Timex(0, len(text), text, TimexType.DATE, value,
                 anchor=Anchor(kind, DCT if kind is AnchorKind.DCT else None, tense=tense, by_words=by_words))


@pytest.mark.parametrize("text,tense,value,expected", [
    ("Oct. 31", PAST, "2020-10-31", "2019-10-31"),          # "told investors on Oct. 31 that ... would"
    ("Oct. 31", RELATIVE, "2020-10-31", "2019-10-31"),      # "vowed that Britain would leave on Oct. 31"
    ("Friday", PAST, "2019-11-22", "2019-11-15"),
    ("Friday", FUTURE, "2019-11-15", "2019-11-22"),
    ("the weekend", PAST, "2019-W47-WE", "2019-W46-WE"),    # "Over the weekend, Trump assailed ..."
    ("December", PAST, "2019-12", "2018-12"),               # a past told of a point: the last one before
    ("Oct. 31", FUTURE, "2019-10-31", "2020-10-31"),
    ("Oct. 31", PAST, "2019-10-31", "2019-10-31"),          # already on the side the tense says
    ("Nov. 25", RELATIVE, "2019-11-25", "2019-11-25"),      # a conditional near the day: it stands
])
def test_a_contradicted_direction_is_resolved_again(text, tense, value, expected):
    assert retensed(_timex(text, value, "future" if value > DCT else "past"), tense, NOV19).value == expected


def test_only_values_the_tense_chose_are_resolved_again():
    written = _timex("Oct. 31, 2020", "2020-10-31", "future", AnchorKind.NONE)
    assert retensed(written, PAST, NOV19) is written
    by_words = _timex("next Friday", "2019-11-22", "future", by_words=True)
    assert retensed(by_words, PAST, NOV19) is by_words
    counted = _timex("Friday", "2019-11-22", "future", AnchorKind.PREVIOUS)
    assert retensed(counted, PAST, NOV19) is counted
    assert retensed(_timex("Friday", "2019-11-22", "future"), None, None).value == "2019-11-22"


@pytest.fixture(scope="module")
def _parser():
    if parsing.parser("en") is None:
        pytest.skip("no syntactic pipeline for English (spaCy or the shipped model missing)")


@pytest.mark.parametrize("sentence,date_text,expected", [
    ("Reed told investors of New Media on Oct. 31 that the merger would pay down debt.", "Oct. 31", PAST),
    ("Britain would leave the EU on Oct. 31.", "Oct. 31", RELATIVE),
    ("The team will play on Friday.", "Friday", FUTURE),
    ("The company could announce a deal on Friday.", "Friday", None),
    ("Trump has assailed Williams over the weekend.", "the weekend", None),   # a perfect: no date of its own
    ("Police alleged Friday that he stole a car.", "Friday", PAST),    # a past the parser took for a participle
])
def test_the_tense_of_the_predicate_a_date_attaches_to(_parser, sentence, date_text, expected):
    doc = parsing.parse([sentence], lang.get())[0]
    start = sentence.index(date_text)
    pred = tree.predicate_of(tree.timex_head(doc, start, start + len(date_text)))
    assert Retense(lang.get()).tense(pred) == expected


def test_the_tense_of_another_clause_does_not_date_it(_parser, tmp_path):
    path = tmp_path / "article.txt"
    path.write_text("Merger news\n\nReed, who will be the merged company's chairman, told investors on Oct. 31 that "
                    "the merger would allow the company to pay down debt.\n\nOver the weekend, Trump assailed "
                    "Williams as part of the Never Trumpers who oppose his presidency.\n\nThe company will hold its "
                    "annual meeting on Friday.\n", encoding="utf-8")
    got = [(e.when.value, e.modality.value) for e in chrono.build(str(path), published=NOV19)]
    assert got == [("2019-10-31", "fact"), ("2019-W46-WE", "fact"), ("2019-11-22", "forecast")]
