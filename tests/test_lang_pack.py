"""A second language is a folder: a made-up pack, written here under a temporary path, tags its own text.

The pack gives only data (a :class:`chrono.lang.timex.TimexWords`: its month and weekday names, one
relative word for "yesterday" and one for "today", and a rule table of four rules with examples); the
tagger's code reads it. Nothing outside the pack's folder is touched.
"""
from __future__ import annotations

import textwrap
from datetime import date

import pytest

from chrono.lang import get, load
from chrono.model import AnchorKind
from chrono.timex import tag

PACK = '''
"""Zorbish, a made-up language: twelve months, seven days, "ierim" (yesterday) and "odim" (today)."""
from chrono.lang import Language
from chrono.lang.timex import BuildCues, Rule, TimexWords

MONTHS = {name: i for i, name in enumerate(
    "ulmo brano cesto dravo elko fimbo gorno hasto ilvo jorto kelmo lusto".split(), start=1)}
WEEKDAYS = {name: i for i, name in enumerate("lunok marok merok jovok venok sabok domok".split(), start=1)}

RULES = (
    Rule("date_dmy", r"{B}(?P<day>{DAY})\\s+(?P<month>{MONTH})\\s+(?P<year>{YEAR}){E}", "DATE", "date", (
        ("Ka vendo 3 Brano 2016.", "2017-10-14", "3 Brano 2016", "2016-02-03", "DATE"),
    ), triggers=("month",)),
    Rule("month", r"{B}(?P<month>{MONTH_FULL}){E}", "DATE", "date", (
        ("Ka vendo Jorto.", "2017-10-14", "Jorto", "2017-10", "DATE"),
    ), triggers=("month",)),
    Rule("weekday", r"{B}(?P<wd>{WEEKDAY}){E}", "DATE", "weekday", (
        ("Ta Lunok.", "2017-10-14", "Lunok", "2017-10-16", "DATE"),
    ), triggers=("weekday",)),
    Rule("deictic", r"{B}(?P<w>ierim|odim){E}", "DATE", "deictic_day", (
        ("Ierim ka vendo.", "2017-10-14", "Ierim", "2017-10-13", "DATE"),
    ), triggers=("deictic",)),
)

LANGUAGE = Language(code="zb", name="Zorbish", timex=TimexWords(
    rules=RULES, months=MONTHS, weekdays=WEEKDAYS,
    cues=BuildCues(deictic_days={"ierim": (-1, None), "odim": (0, None)}),
))
'''


@pytest.fixture(scope="module")
def zorbish(tmp_path_factory):
    folder = tmp_path_factory.mktemp("packs") / "zorbish"
    folder.mkdir()
    (folder / "__init__.py").write_text(textwrap.dedent(PACK), encoding="utf-8")
    return load(folder)


def test_a_made_up_pack_tags_its_own_sentence(zorbish):
    text = "Ierim ka vendo: 3 Brano 2016 ta Lunok, odim Jorto."
    found = tag(text, date(2017, 10, 14), language=zorbish)
    assert [(t.text, t.value, t.rule) for t in found] == [
        ("Ierim", "2017-10-13", "deictic"), ("3 Brano 2016", "2016-02-03", "date_dmy"),
        ("Lunok", "2017-10-16", "weekday"), ("odim", "2017-10-14", "deictic"), ("Jorto", "2017-10", "month")]
    assert found[0].anchor.kind is AnchorKind.DCT and str(found[1].anchor) == "none"


def test_the_pack_is_found_by_its_code_and_english_is_untouched(zorbish):
    assert get("zb") is zorbish
    assert [t.value for t in tag("Ierim 3 Brano 2016", date(2017, 10, 14), language="zb")] == ["2017-10-13", "2016-02-03"]
    assert tag("Ierim 3 Brano 2016", date(2017, 10, 14)) == []                 # English knows none of it
    assert [t.value for t in tag("yesterday", date(2017, 10, 14))] == ["2017-10-13"]
    assert tag("yesterday", date(2017, 10, 14), language=zorbish) == []


def test_the_examples_of_the_pack_pass(zorbish):
    for rule, text, ref, extent, value, typ in zorbish.timex.examples():
        got = [(t.text, t.value, t.type.value, t.rule) for t in tag(text, date.fromisoformat(ref), language=zorbish)]
        assert (extent, value, typ, rule) in got, (rule, text, got)
