"""The Spanish pack: every rule's examples tag as they say, and the traps of other taggers stay shut."""
from __future__ import annotations

from datetime import date

import pytest

from chrono.lang import get
from chrono.timex import tag

ES = get("es")


@pytest.mark.parametrize("rule,text,ref,extent,value,typ", ES.timex.examples(),
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(ES.timex.examples())])
def test_rule_examples(rule, text, ref, extent, value, typ):
    got = [(t.text, t.value, t.type.value, t.rule) for t in tag(text, date.fromisoformat(ref), language="es")]
    assert (extent, value, typ, rule) in got, got


def test_every_rule_has_an_example():
    assert all(r.examples for r in ES.timex.rules)


@pytest.mark.parametrize("text", [
    "El barco navegó por el mar Mediterráneo.",           # "mar" is the sea, not March
    "Mi casa está lejos.",                                 # "mi" is not Wednesday
    "El paro subió un 2000 por ciento.",                   # percentages are not years
    "El desempleo alcanzó el 12,5% y 1998 personas",        # an amount
    "Según el diario El País, la oferta sigue.",           # "diario" the newspaper
    "La tenista Plácido Domingo cantó.",                   # a name
    "Lo dijo por la mañana del jueves",                    # not "tomorrow"
    "Las Madres de Plaza de Mayo marcharon.",              # a name, not May
])
def test_traps(text):
    found = tag(text, date(2000, 6, 1), language="es")
    assert not any(t.value in ("2000-03", "XXXX-WXX-3") or t.text.lower() in ("mar", "mi", "diario", "domingo", "mayo")
                   or t.value.endswith("-06-02") or t.text == "1998" for t in found), found


def test_decimals_are_no_clock_times():
    assert tag("El 0.49 % eran amerindios en 7.12 km².", date(2000, 6, 1), language="es") == []


def test_dateline_and_article():
    text = "Madrid, 14 oct (EFE).- El Gobierno aprobó ayer la ley, que entrará en vigor el próximo lunes."
    found = [(t.text, t.value) for t in tag(text, date(2017, 10, 14), language="es")]
    assert found == [("14 oct", "2017-10-14"), ("ayer", "2017-10-13"), ("el próximo lunes", "2017-10-16")]


def test_english_untouched():
    assert [t.value for t in tag("yesterday", date(2017, 10, 14))] == ["2017-10-13"]
    assert tag("ayer", date(2017, 10, 14)) == []


# ---------------------------------------------------------------- the reader's words
READING = get("es").reading


@pytest.mark.parametrize("line,expected", READING.datelines.examples)
def test_dateline_examples(line, expected):
    from chrono.reader.dateline import parse_dateline
    assert (parse_dateline(line, "es") or (None,))[0] == expected


@pytest.mark.parametrize("text,expected", READING.sentences.examples)
def test_sentence_examples(text, expected):
    from chrono.reader.sentences import split_sentences
    assert tuple(text[s.start:s.end] for s in split_sentences(text, language="es")) == expected


@pytest.mark.parametrize("marker,example", [(m, e) for m in READING.markers for e in m.examples])
def test_marker_examples(marker, example):
    from chrono.reader.blocks import marker_of
    found = marker_of(example, "es")
    assert found is not None and found.kind == marker.kind, (example, found)


@pytest.mark.parametrize("line,names", READING.agencies.examples)
def test_agency_examples(line, names):
    from chrono.reader.agencies import parse_agency_line
    assert parse_agency_line(line, "es") == names
