"""The French pack: every rule's examples tag as they say, the traps of other taggers stay shut, and the
hand-annotated development articles (tests/data/fr) keep their figures."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from chrono.lang import get
from chrono.timex import tag

FR = get("fr")
DATA = Path(__file__).parent / "data" / "fr"


@pytest.mark.parametrize("rule,text,ref,extent,value,typ", FR.timex.examples(),
                         ids=[f"{e[0]}-{i}" for i, e in enumerate(FR.timex.examples())])
def test_rule_examples(rule, text, ref, extent, value, typ):
    got = [(t.text, t.value, t.type.value, t.rule) for t in tag(text, date.fromisoformat(ref), language="fr")]
    assert (extent, value, typ, rule) in got, got


def test_every_rule_has_an_example():
    assert all(r.examples for r in FR.timex.rules)


@pytest.mark.parametrize("text", [
    "Le premier a été arrêté, le second a fui.",            # "le premier" is a pronoun
    "Une fois de plus, il a nié.",                          # "une fois" is no set
    "Dès lors, la rébellion a avancé.",                     # "dès lors" is no date
    "La sonde part à la conquête de Mars.",                 # the planet
    "Il a été élu président, puis il a été arrêté.",        # "été" the participle, not summer
    "Le printemps arabe a commencé en Tunisie.",            # the Arab Spring is a name
    "La guerre a fait 60 000 morts et 1 100 soldats.",      # amounts, not years
    "Le journal de demain avant tout le monde.",            # a generic "demain"
    "Il est parti du jour au lendemain.",                   # "overnight"
    "Un brouillon est déjà présent dans votre espace.",     # "présent" is "here"
    "S'il est un jour envoyé devant la justice.",           # "un jour" is "some day"
    "Confinement saison 2: on regarde quoi?",              # a colon after a number is no clock time
    "© Copyright 2006-2020 BFMTV.com",                      # copyright years
])
def test_traps(text):
    found = tag(text, date(2012, 6, 1), language="fr")
    assert found == [], found


def test_dateline_and_article():
    text = "PARIS, 14 oct. (AFP) - Le gouvernement a annoncé hier la loi, qui entrera en vigueur lundi prochain."
    found = [(t.text, t.value) for t in tag(text, date(2017, 10, 14), language="fr")]
    assert found == [("14 oct.", "2017-10-14"), ("hier", "2017-10-13"), ("lundi prochain", "2017-10-16")]


def test_a_range_takes_the_year_of_its_second_end():
    found = [(t.text, t.value) for t in tag("En avril et mai 2011, les États-Unis ont agi.", date(2012, 3, 1), language="fr")]
    assert found == [("avril", "2011-04"), ("mai 2011", "2011-05")]


@pytest.mark.parametrize("line", ["PARIS, 14 octobre (AFP) - Le président", "LE CAIRE (Reuters) - Des heurts",
                                  "BEYROUTH, 1er mars 2012 (AFP) – L'armée"])
def test_datelines_open_news(line):
    from chrono.timex.grammar import grammar
    assert grammar("fr").cues.dateline.match(line)


@pytest.mark.parametrize("text,ref,expected", [
    ("Les spéculations vont bon train après l'attentat de mercredi.", "2012-07-20", "2012-07-18"),  # "vont" no future
    ("Ils vont se réunir jeudi.", "2012-07-20", "2012-07-26"),                                     # "vont" + infinitive
    ("Elle devait rendre compte samedi de son voyage.", "2013-09-02", "2013-08-31"),               # "compte" a noun
    ("Le sommet aura lieu samedi.", "2013-09-02", "2013-09-07"),                                   # a future form
    ("Il avait été arrêté samedi.", "2013-09-02", "2013-08-31"),                                   # pluperfect
])
def test_weekday_tense_cues(text, ref, expected):
    assert [t.value for t in tag(text, date.fromisoformat(ref), language="fr")] == [expected]


def test_weekdays_by_tense():
    found = {t.text: t.value for t in tag("M. Morsi a maintenu lundi le décret. Le vote sera organisé jeudi.",
                                           date(2012, 11, 27), language="fr")}
    assert found == {"lundi": "2012-11-26", "jeudi": "2012-11-29"}


def test_english_untouched():
    assert [t.value for t in tag("yesterday", date(2017, 10, 14))] == ["2017-10-13"]
    assert tag("hier", date(2017, 10, 14)) == []


def test_gold_files_parse():
    from chrono.evaluate import find_timeml, read_timeml
    files = find_timeml([DATA])
    assert len(files) == 25
    assert sum(len(read_timeml(f).timexes) for f in files) > 200
    assert sum(f.name.startswith("heldout-") for f in files) == 10


def test_development_figures():
    """The development articles (not the held-out ones) keep their figures."""
    from chrono.evaluate import evaluate
    dev = sorted(p for p in DATA.glob("*.tml") if not p.name.startswith("heldout-"))
    s = evaluate(dev, tagger=lambda text, dct: tag(text, dct, language="fr"))
    assert s.relaxed_f1 >= 85 and s.value_f1 >= 75, s.table()


# ---------------------------------------------------------------- the reader's words
READING = FR.reading


@pytest.mark.parametrize("line,expected", READING.datelines.examples)
def test_dateline_examples(line, expected):
    from chrono.reader.dateline import parse_dateline
    assert (parse_dateline(line, "fr") or (None,))[0] == expected


@pytest.mark.parametrize("text,expected", READING.sentences.examples)
def test_sentence_examples(text, expected):
    from chrono.reader.sentences import split_sentences
    assert tuple(text[s.start:s.end] for s in split_sentences(text, language="fr")) == expected


@pytest.mark.parametrize("marker,example", [(m, e) for m in READING.markers for e in m.examples])
def test_marker_examples(marker, example):
    from chrono.reader.blocks import marker_of
    found = marker_of(example, "fr")
    assert found is not None and found.kind == marker.kind, (example, found)


@pytest.mark.parametrize("line,names", READING.agencies.examples)
def test_agency_examples(line, names):
    from chrono.reader.agencies import parse_agency_line
    assert parse_agency_line(line, "fr") == names
