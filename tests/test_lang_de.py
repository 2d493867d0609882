"""The German pack: every rule's examples tag as they say, and the traps of other taggers stay shut."""
from __future__ import annotations

from datetime import date

import pytest

from chrono.lang import get
from chrono.timex import tag

DE = get("de")


@pytest.mark.parametrize("rule,text,ref,extent,value,typ", DE.timex.examples(),
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(DE.timex.examples())])
def test_rule_examples(rule, text, ref, extent, value, typ):
    got = [(t.text, t.value, t.type.value, t.rule) for t in tag(text, date.fromisoformat(ref), language="de")]
    assert (extent, value, typ, rule) in got, got


def test_every_rule_has_an_example():
    assert all(r.examples for r in DE.timex.rules)


@pytest.mark.parametrize("text", [
    "Die Regierung und die Opposition streiten.",     # "die" is not Tuesday ("Di.")
    "Am Morgen war es kalt, sagte August Bebel.",      # "Morgen" is the morning; "August" a name
    "Die Quote stieg auf 2000 Prozent.",               # a percentage is no year
    "Er wohnt in der Horazstr. 18 in Bozen.",          # a house number
])
def test_traps(text):
    found = tag(text, date(2013, 11, 30), language="de")
    assert not any(t.value.startswith(("XXXX-WXX-2", "2013-12-01", "2013-08", "2000")) or t.value.endswith("-W48-2")
                   or t.text in ("die", "Die", "18") for t in found), found


def test_dateline_and_article():
    text = "BOZEN. Die Landesregierung hat gestern beschlossen, am kommenden Montag um 20 Uhr zu tagen."
    found = [(t.text, t.value) for t in tag(text, date(2013, 11, 30), language="de")]
    assert found == [("gestern", "2013-11-29"), ("kommenden Montag", "2013-12-02"), ("20 Uhr", "2013-12-02T20:00")]


def test_english_untouched():
    assert tag("gestern", date(2017, 10, 14)) == []


# ---------------------------------------------------------------- the reader's words
READING = get("de").reading


@pytest.mark.parametrize("line,expected", READING.datelines.examples)
def test_dateline_examples(line, expected):
    from chrono.reader.dateline import parse_dateline
    assert (parse_dateline(line, "de") or (None,))[0] == expected


@pytest.mark.parametrize("text,expected", READING.sentences.examples)
def test_sentence_examples(text, expected):
    from chrono.reader.sentences import split_sentences
    assert tuple(text[s.start:s.end] for s in split_sentences(text, language="de")) == expected


@pytest.mark.parametrize("marker,example", [(m, e) for m in READING.markers for e in m.examples])
def test_marker_examples(marker, example):
    from chrono.reader.blocks import marker_of
    found = marker_of(example, "de")
    assert found is not None and found.kind == marker.kind, (example, found)


@pytest.mark.parametrize("line,names", READING.agencies.examples)
def test_agency_examples(line, names):
    from chrono.reader.agencies import parse_agency_line
    assert parse_agency_line(line, "de") == names
