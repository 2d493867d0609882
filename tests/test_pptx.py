"""The PowerPoint deck: title, timeline (a picture with alt text) and key-point slides, sources in the
notes; reproducible; opened by LibreOffice Impress (headless conversion to PDF)."""
from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation

from chrono.present import key_points
from chrono.render import plot
from chrono.render.pptx import pptx_bytes
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
