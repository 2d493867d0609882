"""The PowerPoint deck: title, timeline (a picture with alt text) and key-point slides, sources in the
notes; reproducible; opened by LibreOffice Impress (headless conversion to PDF)."""
from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from pptx import Presentation

from chrono.model import Chronology, Document, Event, Grain, Modality, When
from chrono.present import key_points
from chrono.render import plot
from chrono.render.pptx import MAX_PERIODS, periods, pptx_bytes
from chrono.timevalue import interval
from fixtures_chronology import example_chron, stress_chron, two_doc_chron  # noqa: F401


def _deck(chron):
    return Presentation(io.BytesIO(pptx_bytes(chron)))


def test_the_deck_has_a_title_a_timeline_with_alt_text_and_key_points(example_chron):
    deck = _deck(example_chron)
    assert (deck.slide_width, deck.slide_height) == (12192000, 6858000)                   # 16:9
    title, timeline, points = deck.slides
    assert title.shapes.title.text == example_chron.title
    pictures = [s for s in timeline.shapes if s.shape_type == 13]
    assert len(pictures) == 1 and pictures[0].width == deck.slide_width
    alt = pictures[0]._element.nvPicPr.cNvPr.get("descr")
    assert alt.startswith("Timeline: " + example_chron.title) and "Mosul" in alt
    text = points.placeholders[1].text_frame.text
    assert [r.event.headline[:20] in text for _, r in key_points(example_chron)] and "Latest" in text
    for slide in (title, timeline, points):
        notes = slide.notes_slide.notes_text_frame.text
        assert "Sources" in notes and "[1] IS facing imminent collapse" in notes


def test_the_key_points_come_from_the_key_events_the_timeline_draws(stress_chron):
    chosen = plot.selection(stress_chron)
    assert not chosen.complete
    text = _deck(stress_chron).slides[2].placeholders[1].text_frame.text
    for _, row in key_points(stress_chron, chosen):
        assert row.event.headline[:30] in text


def test_the_deck_is_reproducible(two_doc_chron):
    assert pptx_bytes(two_doc_chron) == pptx_bytes(two_doc_chron)


def _without_sd() -> bool:
    """No soffice, or a Debian LibreOffice without Impress (libreoffice-impress-nogui)."""
    program = Path("/usr/lib/libreoffice/program")
    return shutil.which("soffice") is None or (program.is_dir() and not (program / "libsdlo.so").exists())


@pytest.mark.skipif(_without_sd(), reason="LibreOffice Impress is not installed (Debian: libreoffice-impress-nogui)")
def test_libreoffice_impress_converts_the_deck_to_pdf(two_doc_chron, tmp_path):
    path = tmp_path / "deck.pptx"
    path.write_bytes(pptx_bytes(two_doc_chron))
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], check=True, timeout=180,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = (tmp_path / "deck.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page") + pdf.count(b"/Type/Page") - pdf.count(b"/Type /Pages") - pdf.count(b"/Type/Pages") == 3


# --- small multiples by period ------------------------------------------------------------------

def _years_chron(years=(2014, 2015, 2016, 2017), per_year: int = 12) -> Chronology:
    """``per_year`` dated events in each year (a day each, spread over the months), a year-long one in
    the first year, and a vague forecast: too many for one readable picture."""
    doc = Document(id="d", text="x", path="d.txt", published=date(years[-1], 12, 31), title="Raqqa under IS")
    events = []
    for y in years:
        for k in range(per_year):
            day = date(y, k % 12 + 1, 1 + (3 * k) % 27)
            events.append(Event(f"y{y}k{k}", f"Event {k} of {y} in Raqqa", "t",
                                When(day.isoformat(), None, day, day + timedelta(days=1), Grain.DAY)))
    events.insert(1, Event("whole", "A year-long siege of Raqqa", "t",
                           When(str(years[0]), None, date(years[0], 1, 1), date(years[0] + 1, 1, 1), Grain.YEAR)))
    events.append(Event("vague", "More will follow", "t", When("FUTURE_REF", None, None, None, None),
                        Modality.FORECAST))
    return Chronology(documents=(doc,), events=tuple(events), title=doc.title)


def _when_of(value: str) -> When:
    start, end, grain = interval(value, None)
    return When(value, None, start, end, grain)


def _chron_of(values) -> Chronology:
    doc = Document(id="d", text="x", published=date(2020, 1, 1), title="T")
    return Chronology(documents=(doc,), events=tuple(Event(f"e{i}", f"Event {i}", "t", _when_of(v))
                                                      for i, v in enumerate(values)), title="T")


def test_periods_are_the_coarsest_calendar_periods_whose_events_fit_a_picture():
    months = [f"2017-{m:02d}-10" for m in range(1, 5)]
    assert [p.label for p in periods(_chron_of(months), capacity=1)] == ["Jan 2017", "Feb 2017", "Mar 2017",
                                                                          "Apr 2017"]
    assert [p.label for p in periods(_chron_of(months))] == ["Jan\u2013Mar 2017", "Apr 2017"]   # as written
    many_months = [f"2017-{m:02d}-10" for m in range(1, 13)] + ["2018-01-05"]
    assert [p.label for p in periods(_chron_of(many_months), capacity=3)] == \
        ["Jan\u2013Mar 2017", "Apr\u2013Jun 2017", "Jul\u2013Sep 2017", "Oct\u2013Dec 2017", "Jan 2018"]
    years = [f"{y}-06-01" for y in range(1990, 2020)]
    assert [p.label for p in periods(_chron_of(years), capacity=5)] == \
        ["1990\u20131994", "1995\u20131999", "2000\u20132004", "2005\u20132009", "2010\u20132014", "2015\u20132019"]
    assert [p.label for p in periods(_chron_of(years))] == ["1990\u20131999", "2000\u20132019"]
    assert len(periods(_chron_of(years), capacity=1)) <= MAX_PERIODS                 # the finest within the limit
    assert periods(_chron_of(["2017-10-13", "2017-10-13"])) == ()                  # one day: nothing to split
    assert [p.label for p in periods(_chron_of(["2017-10-13", "2017-10-14"]))] == ["Fri 13 Oct 2017",
                                                                                    "Sat 14 Oct 2017"]
    days = [f"2017-10-{d:02d}" for d in range(2, 16)]                                  # Mon 2 to Sun 15 Oct
    assert [p.label for p in periods(_chron_of(days), capacity=7)] == ["Mon 2\u2013Sun 8 Oct 2017",
                                                                       "Mon 9\u2013Sun 15 Oct 2017"]


def test_an_event_is_in_the_period_that_holds_it_whole(stress_chron):
    found = periods(stress_chron, capacity=10)                      # "1990" is in no month of 1990
    assert [(p.label, len(p.event_ids)) for p in found] == [("1990", 1), ("2021", 28)]
    found = periods(_years_chron(), capacity=15)
    assert [p.label for p in found] == ["2014", "2015", "2016", "2017"]
    assert "whole" in found[0].event_ids and not any("vague" in p.event_ids for p in found)


def test_a_deck_too_large_for_one_picture_has_a_slide_a_period():
    chron = _years_chron(per_year=8)
    chosen = plot.selection(chron)
    assert not chosen.complete
    expected = periods(chron, capacity=len(chosen.rows))
    assert len(expected) >= 2 and all(len(p.event_ids) <= len(chosen.rows) for p in expected)
    deck = _deck(chron)
    title, overview, points, *by_period = deck.slides
    assert len(by_period) == len(expected)
    for slide, period in zip(by_period, expected):
        pictures = [s for s in slide.shapes if s.shape_type == 13]
        assert len(pictures) == 1 and pictures[0].width == deck.slide_width
        alt = pictures[0]._element.nvPicPr.cNvPr.get("descr")
        assert alt.startswith(f"Timeline: Raqqa under IS, {period.label}")
        assert all(f"{e}" in alt for e in _headlines(chron, period.event_ids))    # every event of it drawn
        assert "[1] Raqqa under IS" in slide.notes_slide.notes_text_frame.text


def _headlines(chron, ids):
    return [e.headline for e in chron.events if e.id in set(ids)]


def test_a_deck_that_fits_one_picture_has_no_period_slides(two_doc_chron):
    assert plot.selection(two_doc_chron).complete and len(_deck(two_doc_chron).slides) == 3


@pytest.mark.skipif(_without_sd(), reason="LibreOffice Impress is not installed (Debian: libreoffice-impress-nogui)")
def test_libreoffice_impress_converts_a_deck_with_period_slides(tmp_path):
    path = tmp_path / "deck.pptx"
    path.write_bytes(pptx_bytes(_years_chron(per_year=8)))
    slides = len(Presentation(str(path)).slides)
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(path)], check=True, timeout=180,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = (tmp_path / "deck.pdf").read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pdf.startswith(b"%PDF") and slides > 3 and pages == slides
