"""Any text in a chronology -> every writer finishes and writes a file its readers can parse.

Headlines, sentences, titles and attributions are drawn from arbitrary Unicode plus the hostile
pieces articles bring: control characters, lone surrogates, RTL and zero-width marks, emoji, TeX,
XML specials and 'words' thousands of characters long. The pictures are few examples (each is a
full render); the text formats run more.
"""
from __future__ import annotations

import csv
import io
import json
import struct
import tempfile
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import docx
import icalendar
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from chrono import formats
from chrono.model import Chronology, Document, Event, Grain, Mention, Modality, Relation, When

HOSTILE = ["\x00\x07\x0b\x1b\x7f", "\ud800", "x\udfff", "\u202e\u200f\u200b\ufeff", "\U0001F600\U0001F1E9\U0001F1EA",
           "9" * 5000, "/-." * 700, "(" * 2000, "$x^2$ \\frac{1}{2} _a_", "&<>\"']]>", "\r\n\t\f", "\u0644\u0627 \u05e9",
           "January " * 60, "\uffff\ufffe", " " * 50]
piece = st.one_of(st.text(max_size=40), st.sampled_from(HOSTILE), st.text(st.characters(categories=["Cs"]), max_size=3))
any_text = st.lists(piece, max_size=4).map("".join)


def chronology(headline: str, text: str, title: str, attribution: str) -> Chronology:
    body = f"{text}\n{headline}"
    doc = Document("d1", body, path="in/article.txt", title=title, published=date(2017, 10, 14),
                   section=attribution, agencies=(attribution,) if attribution else ())
    day = When("2017-10-13", None, date(2017, 10, 13), date(2017, 10, 14), Grain.DAY, Relation.SINCE)
    year = When("2014", "START", date(2014, 1, 1), date(2014, 5, 1), Grain.YEAR)
    vague = When("FUTURE_REF", None, None, None, None)
    events = (Event("e1", headline, text, year, mentions=(Mention("d1", 0, len(text)),), timex_text=title[:20]),
              Event("e2", headline, text, day, attribution=attribution or None, rule=attribution),
              Event("e3", text, headline, vague, Modality.FORECAST, timex_text=headline[:30], anchor=title))
    return Chronology((doc,), events=events, title=title or None)


def written(chron: Chronology, fmt: str) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"out.{fmt}"
        formats.get(fmt).write(chron, path, style="briefing")
        return path.read_bytes()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, any_text, any_text, any_text)
def test_pictures_of_any_text(headline, text, title, attribution):
    chron = chronology(headline, text, title, attribution)
    png = written(chron, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", png[16:24]) == (1920, 1080)
    ET.fromstring(written(chron, "svg"))


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text, any_text, any_text, any_text)
def test_briefing_of_any_text(headline, text, title, attribution):
    chron = chronology(headline, text, title, attribution)
    document = docx.Document(io.BytesIO(written(chron, "docx")))
    assert len(document.tables[0].rows) == len(chron.events) + 1
    assert len(document.tables[1].rows) == len(chron.events) + 1


def check_exports(chron: Chronology) -> None:
    rows = list(csv.reader(io.StringIO(written(chron, "csv").decode("utf-8-sig"))))
    assert len(rows) >= len(chron.events)
    calendar = icalendar.Calendar.from_ical(written(chron, "ics"))
    assert len(calendar.walk("VEVENT")) == 2                  # the vague event has no interval
    timeline = json.loads(written(chron, "timelinejs"))
    assert len(timeline["events"]) >= 2
    assert len(json.loads(written(chron, "json"))["events"]) == len(chron.events)
    ET.fromstring(written(chron, "timeml"))


# Decoded article text never holds lone surrogates (they cannot come out of a decoder), so the
# exports get every other character here; the test below keeps the surrogate case in view.
decoded_piece = st.one_of(st.text(st.characters(exclude_categories=["Cs"]), max_size=40),
                          st.sampled_from([h for h in HOSTILE if not any("\ud800" <= c <= "\udfff" for c in h)]))
decoded_text = st.lists(decoded_piece, max_size=4).map("".join)


@settings(max_examples=100, deadline=None)
@given(decoded_text, decoded_text, decoded_text.map(lambda t: " ".join(t.splitlines())), decoded_text)
def test_exports_of_any_text(headline, text, title, attribution):
    check_exports(chronology(headline, text, title, attribution))        # titles are one line


def test_exports_of_a_title_with_a_line_break():
    check_exports(chronology("Rebels took it", "Rebels took it.", "Two\nlines", ""))


def test_exports_of_text_with_lone_surrogates():
    check_exports(chronology("Rebels \ud800 took it", "x\udfff", "T\ud800", "a\udc00"))
