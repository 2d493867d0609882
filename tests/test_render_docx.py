"""The Word briefing: built on the template, table = chronology, picture, properties, reproducible."""
from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from datetime import date, datetime, timezone

import docx
import pytest

from chrono.datetext import show_event
from chrono.model import Event, Grain, When
from chrono.render import docx as briefing
from fixtures_chronology import example_chron, two_doc_chron  # noqa: F401


def _open(data: bytes):
    return docx.Document(io.BytesIO(data))


def test_table_rows_match_the_chronology_in_order(example_chron):
    doc = _open(briefing.docx_bytes(example_chron))
    table = doc.tables[0]
    assert [c.text for c in table.rows[0].cells] == ["Date", "Event", "Source and attribution", "Status"]
    rows = table.rows[1:]
    assert len(rows) == len(example_chron.events)
    for row, e in zip(rows, example_chron.events):
        cells = row.cells
        assert cells[0].text == show_event(e)
        assert cells[1].paragraphs[0].text == e.headline
        assert cells[3].text == ("Fact" if e.modality.value == "fact" else "Forecast")
    assert table.style.name == "Chronology Table"


def test_contents_in_order_and_styles_from_the_template(example_chron):
    doc = _open(briefing.docx_bytes(example_chron))
    heads = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert heads == ["Key points", "Timeline", "Chronology", "How each date was resolved", "Sources"]
    assert doc.paragraphs[0].style.name == "Title"
    assert doc.paragraphs[0].text == example_chron.title
    meta = [p.text for p in doc.paragraphs if p.style.name == "Briefing Meta"]
    assert "Published: Sat 14 Oct 2017" in meta and "Briefing date: Sat 14 Oct 2017" in meta
    bullets = [p.text for p in doc.paragraphs if p.style.name == "List Bullet"]
    assert bullets[0].startswith("Latest")
    assert any(b.startswith("Expected, in the days ahead") for b in bullets)
    assert [b for b in bullets if b.startswith("Background")][0].startswith("Background, early 2014")
    used = {p.style.name for p in doc.paragraphs}
    assert used <= set(briefing.REQUIRED_STYLES)
    assert len(doc.tables[1].rows) == len(example_chron.events) + 1
    assert "Reuters, AP, dpa" in [p.text for p in doc.paragraphs if p.style.name == "List Number"][0]


def test_picture_header_footer_and_core_properties(example_chron):
    doc = _open(briefing.docx_bytes(example_chron))
    assert len(doc.inline_shapes) == 1
    section = doc.sections[0]
    assert example_chron.title in section.header.paragraphs[0].text
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    cp = doc.core_properties
    assert cp.title == example_chron.title and cp.author == "chrono" and cp.subject
    assert cp.created == cp.modified == datetime(2017, 10, 14, tzinfo=timezone.utc)


def test_docx_is_byte_for_byte_reproducible(example_chron):
    a, b = briefing.docx_bytes(example_chron), briefing.docx_bytes(example_chron)
    assert zipfile.ZipFile(io.BytesIO(a)).read("word/document.xml") == \
        zipfile.ZipFile(io.BytesIO(b)).read("word/document.xml")
    assert a == b


def test_several_documents_one_briefing_every_source(two_doc_chron):
    doc = _open(briefing.docx_bytes(two_doc_chron))
    sources = [p.text for p in doc.paragraphs if p.style.name == "List Number"]
    assert len(sources) == 2 and "Raqqa almost clear" in sources[1]
    assert doc.core_properties.created == datetime(2017, 10, 15, tzinfo=timezone.utc)
    assert len(doc.tables[0].rows) == len(two_doc_chron.events) + 1


def test_control_characters_are_cleaned_not_a_crash(example_chron):
    bad = Event("x", "Bad \x00\x01\x0b\x1f text \ud800 here", "more \x0c text",
                When("2017-10-14", None, date(2017, 10, 14), date(2017, 10, 15), Grain.DAY),
                attribution="a\x02b")
    chron = example_chron.replace(events=example_chron.events + (bad,), title="T\x07itle")
    doc = _open(briefing.docx_bytes(chron))
    assert doc.tables[0].rows[-1].cells[1].paragraphs[0].text == "Bad text here"


def test_dark_style_and_template_check(example_chron, tmp_path):
    assert _open(briefing.docx_bytes(example_chron, style="dark")).tables
    plain = tmp_path / "plain.docx"
    docx.Document().save(plain)
    from chrono.errors import ChronoError
    with pytest.raises(ChronoError, match="lacks the styles"):
        briefing.docx_bytes(example_chron, style=str(plain))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_the_briefing(example_chron, tmp_path):
    path = tmp_path / "briefing.docx"
    briefing.write(example_chron, path)
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], check=True, timeout=120,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = (tmp_path / "briefing.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") + pdf.count(b"/Type/Page") >= 2


def test_long_text_is_capped_in_the_briefing_and_long_words_can_wrap(example_chron):
    long = Event("x", "Headline " + "9" * 5000, "Sentence " * 2000,
                 When("2017-10-14", None, date(2017, 10, 14), date(2017, 10, 15), Grain.DAY),
                 attribution="a " * 1000)
    chron = example_chron.replace(events=example_chron.events + (long,))
    cells = _open(briefing.docx_bytes(chron)).tables[0].rows[-1].cells
    headline, sentence = cells[1].paragraphs[0].text, cells[1].paragraphs[1].text
    assert len(headline) <= briefing.MAX_HEADLINE and len(sentence) <= briefing.MAX_SENTENCE
    assert all(len(w) <= 40 for w in headline.replace("\u200b", " ").split())
    assert len(cells[2].paragraphs[0].text) <= briefing.MAX_SHORT
