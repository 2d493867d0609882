"""Rule behaviour is said by flags on the rule, never by its name; anchors are typed.

Each flag of :class:`chrono.lang.timex.Rule` is shown by a sentence that a variant of the English
table without it (or with another value) tags otherwise. The engine's modules hold no rule name.
"""
from __future__ import annotations

import ast
from dataclasses import fields, replace
from datetime import date
from pathlib import Path

import pytest

from chrono.lang import Language, get
from chrono.lang.timex import Rule, TimexWords, YearBack
from chrono.model import Anchor, AnchorKind
from chrono.timex import tag

EN = get("en")
TIMEX = Path(__file__).resolve().parents[1] / "chrono" / "timex"
REPORT_DAY = date(1989, 10, 26)


def _variant(rule: str, **flags) -> Language:
    """English with one rule's flags changed."""
    words = EN.timex
    rules = tuple(replace(r, **flags) if r.name == rule else r for r in words.rules)
    changed = TimexWords(**{f.name: getattr(words, f.name) for f in fields(TimexWords) if f.name != "rules"}, rules=rules)
    return Language(code=f"en-{rule}", name="English variant", timex=changed)


def _tagged(text: str, language=None, anchor=REPORT_DAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.value, str(t.anchor)) for t in tag(text, anchor, language=language)]


def test_the_engine_names_no_rule():
    """No rule name is a literal of the tagger (beside the unit and class words that name rules too),
    and no rule's name is compared with anything."""
    words = {"year", "month", "quarter", "half", "season", "decade", "century", "weekday", "holiday", "clock", "noon",
             "ref"}
    names = {r.name for r in EN.timex.rules} - words
    for path in sorted(TIMEX.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        literals = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
        assert not literals & names, f"{path.name} names rules: {sorted(literals & names)}"
        compared = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Compare)
                    and any(isinstance(x, ast.Attribute) and x.attr == "name" for x in ast.walk(n))]
        assert not compared, f"{path.name} compares a name on lines {compared}"


def test_flags_are_set_in_the_english_table():
    by_name = {r.name: r for r in EN.timex.rules}
    assert {n for n, r in by_name.items() if r.after_hyphen} == {"date_md_and", "date_md_and_year", "date_dm", "year_range_end"}
    assert {n for n, r in by_name.items() if r.reports_quarter} == {"quarter", "quarter_code"}
    assert {n: r.year_back for n, r in by_name.items() if r.year_back is not YearBack.NONE} == {
        "ago": YearBack.COUNTED, "year_earlier": YearBack.COMPARED, "quarter_relative": YearBack.COMPARED,
        "year_period": YearBack.PERIOD, "relative_unit": YearBack.DEICTIC}


def test_after_hyphen_lets_the_second_day_of_a_range_through():
    text = "Talks are set for Nov. 6-7."
    assert [v for _, v, _ in _tagged(text)] == ["1989-11-06", "1989-11-07"]
    # the second end of a range passes without the flag too: another candidate ends at the hyphen
    assert [v for _, v, _ in _tagged(text, _variant("date_md_and", after_hyphen=False))] == ["1989-11-06", "1989-11-07"]
    assert _tagged("It was a non-Friday sale.") == []


def test_the_first_end_of_a_range_takes_the_fields_of_the_second():
    assert [v for _, v, _ in _tagged("In the Battle of Mojkovac in 6-7 January 1916, they fought.")] == [
        "1916-01-06", "1916-01-07"]
    assert [v for _, v, _ in _tagged("In August-September 1950 the army held.")] == ["1950-08", "1950-09"]
    assert [v for _, v, _ in _tagged("Throughout 1915-17, the Empire lost.")] == ["1915", "1917"]


def test_reports_quarter_keeps_the_quarter_a_report_is_about():
    text = "Profit fell in the third quarter. On Oct. 5 the company said sales for the quarter rose."
    assert _tagged(text)[-1] == ("the quarter", "1989-Q3", "previous:1989-Q3")
    assert _tagged(text, _variant("quarter", reports_quarter=False))[-1] == ("the quarter", "1989-Q3", "dct:1989-10-26")


def test_a_counted_year_back_follows_only_a_compared_one():
    text = "Net fell last year. Sales were $5 million a year earlier."
    assert _tagged(text)[-1] == ("a year earlier", "1987", "previous:1988")
    assert _tagged(text, _variant("ago", year_back=YearBack.COMPARED))[-1] == ("a year earlier", "1988", "same:1988")


def test_a_compared_year_back_follows_last_year():
    text = "Net fell last year. The year-earlier results were restated."
    assert _tagged(text)[-1] == ("year-earlier", "1988", "same:1988")
    assert _tagged(text, _variant("relative_unit", year_back=YearBack.NONE))[-1] == ("year-earlier", "1987", "previous:1988")


def test_a_year_ago_after_a_year_ago_is_the_same_year():
    text = "Net fell in the quarter ended Sept. 30. It lost money a year ago. Sales were lower a year earlier."
    assert _tagged(text)[-2:] == [("a year ago", "1988", "dct:1989-10-26"), ("a year earlier", "1988", "same:1988")]


# ----------------------------------------------------------------------------- anchors

@pytest.mark.parametrize("wire,anchor", [
    ("none", Anchor(AnchorKind.NONE)),
    ("none tense:past", Anchor(AnchorKind.NONE, tense="past")),
    ("dct:2017-10-14", Anchor(AnchorKind.DCT, "2017-10-14")),
    ("dct:2017-10-14 tense:none", Anchor(AnchorKind.DCT, "2017-10-14", tense="none")),
    ("dct:2017-10-14 dct:2017-10-14 tense:past", Anchor(AnchorKind.DCT, "2017-10-14", tense="past", by_words=True)),
    ("previous:1989-Q3", Anchor(AnchorKind.PREVIOUS, "1989-Q3")),
    ("same:1988", Anchor(AnchorKind.SAME, "1988")),
    ("story:2014-06-09 tense:past", Anchor(AnchorKind.STORY, "2014-06-09", tense="past")),
])
def test_anchor_wire_form(wire, anchor):
    assert str(anchor) == wire
    assert Anchor.parse(wire) == anchor


@pytest.mark.parametrize("text", ["", "Some title", "dct:1 dct:2", "tense:past", "later:2017"])
def test_anchor_of_a_text_that_is_none(text):
    assert Anchor.of(text) is None


def test_engine_anchors_are_typed():
    found = tag("He arrived on May 3, 2016. Two days later he left. The talks resume next July.", date(2017, 10, 14))
    assert [t.anchor for t in found] == [Anchor(AnchorKind.NONE, tense="past"), Anchor(AnchorKind.PREVIOUS, "2016-05-03"),
                                         Anchor(AnchorKind.DCT, "2017-10-14", by_words=True)]


def test_rule_is_data():
    assert all(isinstance(r, Rule) and r.build and r.examples for r in EN.timex.rules)
