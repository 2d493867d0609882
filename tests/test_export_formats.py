"""The exports (csv, timelinejs, ics, timeml) hold the same events and dates as the chronology."""
from __future__ import annotations

import csv
import html
import io
import json
import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest

from chrono.datetext import show_event
from chrono import formats
from chrono.export import csv_export, ics, timelinejs, timeml
from chrono.model import Chronology, Document, DocTimex, Timex, TimexType
from fixtures_chronology import example_chron, two_doc_chron  # noqa: F401  (pytest fixtures)


# --- csv --------------------------------------------------------------------------------------

def test_csv_one_row_per_event_in_order(example_chron, tmp_path):
    path = tmp_path / "x.csv"
    csv_export.write(example_chron, path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")                    # Excel reads UTF-8 by its BOM
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))
    assert [r["id"] for r in rows] == [e.id for e in example_chron.events]
    assert list(rows[0]) == list(csv_export.COLUMNS)
    first = rows[0]
    assert (first["date"], first["start"], first["end"], first["granularity"], first["mod"]) == \
        ("early 2014", "2014-01-01", "2014-05-01", "year", "START")
    assert rows[-1]["start"] == "" and rows[-1]["date"] == "in the days ahead"
    assert rows[-1]["modality"] == "forecast"
    assert rows[4]["relation"] == "since" and rows[4]["date"] == "since Fri 13 Oct 2017"
    assert rows[1]["sources"] == "dw-raqqa-2017-10-14"


def test_csv_neutralises_formulas(example_chron):
    ev = example_chron.events[0]
    bad = example_chron.replace(events=(ev.__class__(**{**ev.__dict__, "headline": "=HYPERLINK(1)"}),))
    assert "'=HYPERLINK(1)" in csv_export.dumps(bad)


# --- timelinejs -------------------------------------------------------------------------------

def test_timelinejs_dates_at_true_precision(example_chron):
    data = timelinejs.to_dict(example_chron)
    assert data["title"]["text"]["headline"] == html.escape(example_chron.title)
    events = data["events"]
    assert len(events) == len(example_chron.events)
    assert events[0]["start_date"] == {"year": 2014} and events[0]["display_date"] == "early 2014"
    assert events[1]["start_date"] == {"year": 2015, "month": 11}
    assert events[5]["start_date"] == {"year": 2017, "month": 10, "day": 14}
    since = events[4]
    assert since["start_date"] == {"year": 2017, "month": 10, "day": 13}
    assert since["end_date"] == {"year": 2017, "month": 10, "day": 14}
    assert events[8]["end_date"] == {"year": 2017, "month": 10, "day": 15}      # today or tomorrow
    vague = events[-1]
    assert vague["start_date"] == {"year": 2017, "month": 10, "day": 15}
    assert vague["display_date"] == "in the days ahead" and vague["group"] == "forecast"
    assert {e["group"] for e in events} == {"fact", "forecast"}
    for e in events:
        assert e["text"]["headline"] and "<" not in html.unescape(e["text"]["headline"]).replace("<", "")


def test_timelinejs_file_is_json(example_chron, tmp_path):
    path = tmp_path / "x.timeline.json"
    formats.get("timelinejs").write(example_chron, path, style="briefing")
    assert json.loads(path.read_text(encoding="utf-8"))["events"][2]["display_date"] == "Jun 2017"


# --- ics --------------------------------------------------------------------------------------

def test_ics_parses_with_all_day_spans(example_chron, tmp_path):
    from icalendar import Calendar
    path = tmp_path / "x.ics"
    ics.write(example_chron, path)
    cal = Calendar.from_ical(path.read_bytes())
    vevents = cal.walk("VEVENT")
    dated = [e for e in example_chron.events if e.when.start]
    assert len(vevents) == len(dated)
    got = {str(v["summary"]): (v.decoded("dtstart"), v.decoded("dtend")) for v in vevents}
    assert got["IS seized Raqqa in a broad offensive in Syria and Iraq"] == (date(2014, 1, 1), date(2014, 5, 1))
    assert got["US-backed Iraqi forces retook Mosul"] == (date(2017, 7, 1), date(2017, 8, 1))
    assert got["Around 100 IS militants surrendered and were removed from the city"] == \
        (date(2017, 10, 13), date(2017, 10, 15))
    assert got["[forecast] Raqqa may be liberated today or tomorrow"] == (date(2017, 10, 14), date(2017, 10, 16))
    for v in vevents:
        assert type(v.decoded("dtstart")) is date                       # all-day: DATE, not DATE-TIME
        assert v.decoded("dtstamp").date() == date(2017, 10, 14)
    assert len({str(v["uid"]) for v in vevents}) == len(vevents)


def test_ics_is_reproducible(example_chron):
    assert ics.calendar(example_chron).to_ical() == ics.calendar(example_chron).to_ical()


# --- timeml -----------------------------------------------------------------------------------

def _text_by_etree(xml: str, index: int = 0) -> str:
    return "".join(timeml.documents_of(xml)[index].find("TEXT").itertext())


def _text_by_regex(xml: str) -> str:
    inner = re.search(r"<TEXT>(.*)</TEXT>", xml, re.S).group(1)
    return html.unescape(re.sub(r"</?(?:TIMEX3|EVENT)[^>]*>", "", inner))


def test_timeml_round_trip_is_the_article_byte_for_byte(example_chron, tmp_path):
    path = tmp_path / "x.tml"
    timeml.write(example_chron, path)
    raw = path.read_bytes()
    xml = raw.decode("utf-8")
    text = example_chron.documents[0].text
    assert _text_by_etree(raw) == text
    assert _text_by_regex(xml) == text
    root = ET.fromstring(raw)
    dct = root.find("DCT/TIMEX3")
    assert dct.get("value") == "2017-10-14" and dct.get("functionInDocument") == "CREATION_TIME"
    tags = root.find("TEXT").findall("TIMEX3")
    assert [(t.text, t.get("value")) for t in tags] == \
        [(dt.timex.text, dt.timex.value) for dt in example_chron.timexes]
    early = [t for t in tags if t.text == "early 2014"][0]
    assert early.get("mod") == "START"


@pytest.mark.parametrize("text", ["a & b < c > d \"q\" 'a' on Friday.\r\nNext line\ron Friday",
                                  "]]> <![CDATA[ on Friday &amp; &#13;", "Friday"])
def test_timeml_round_trip_of_awkward_text(text):
    start = text.index("Friday")
    doc = Document(id="d&<1>", text=text, published=date(2017, 10, 14), title="T <&>")
    chron = Chronology(documents=(doc,), timexes=(DocTimex(doc.id, Timex(start, start + 6, "Friday",
                                                                        TimexType.DATE, "2017-10-13")),))
    xml = timeml.dumps(chron)
    assert _text_by_etree(xml) == text
    assert _text_by_regex(xml) == text


def test_timeml_skips_timexes_that_do_not_match_or_overlap():
    doc = Document(id="d", text="on Friday and Saturday", published=date(2017, 10, 14))
    t = [Timex(3, 9, "Friday", TimexType.DATE, "2017-10-13"), Timex(3, 22, "Friday and Saturday",
                                                                    TimexType.DATE, "x"),
         Timex(0, 2, "xx", TimexType.DATE, "y")]
    xml = timeml.dumps(Chronology(documents=(doc,), timexes=tuple(DocTimex("d", x) for x in t)))
    assert xml.count("<TIMEX3") == 2                                  # DCT and Friday
    assert _text_by_etree(xml) == doc.text


def test_timeml_several_documents_in_one_corpus(two_doc_chron):
    xml = timeml.dumps(two_doc_chron)
    docs = timeml.documents_of(xml.encode("utf-8"))
    assert [d.findtext("DOCID") for d in docs] == ["dw-raqqa-2017-10-14", "second"]
    for i, doc in enumerate(two_doc_chron.documents):
        assert _text_by_etree(xml, i) == doc.text


def test_timeml_of_several_documents_has_unique_ids_and_each_document_reads_as_timeml(two_doc_chron, tmp_path):
    from chrono.evaluate import read_timeml
    import xml.etree.ElementTree as ET
    xml = timeml.dumps(two_doc_chron)
    root = ET.fromstring(xml)
    tids = [t.get("tid") for t in root.iter("TIMEX3")]
    assert len(tids) == len(set(tids))                                    # no id repeats in the file
    for doc_el, doc in zip(timeml.documents_of(xml), two_doc_chron.documents):
        dct = next(t.get("tid") for t in doc_el.iter("TIMEX3") if t.get("functionInDocument"))
        anchors = {t.get("anchorTimeID") for t in doc_el.iter("TIMEX3") if t.get("anchorTimeID")}
        assert anchors <= {dct}                                           # each anchored on its own DCT
        path = tmp_path / f"{doc.id}.tml"
        path.write_bytes(ET.tostring(doc_el, encoding="utf-8"))
        gold = read_timeml(path)                                          # what chrono eval reads
        assert gold.text == doc.text and gold.dct == doc.published
        assert len(gold.timexes) == sum(1 for t in two_doc_chron.timexes if t.doc == doc.id)
    single = timeml.dumps(two_doc_chron.replace(documents=two_doc_chron.documents[:1]))
    assert 'tid="t0"' in single and 'tid="t1"' in single                  # one document: ids as before
