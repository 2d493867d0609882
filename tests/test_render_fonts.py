"""Fonts for any script: Arabic, Chinese and Cyrillic headlines draw no empty boxes; SVG text is text."""
from __future__ import annotations

import logging
from datetime import date

import pytest

from chrono.model import Chronology, Document, Event, Grain, Modality, When
from chrono.render import fonts, labels, plot
from chrono.render.metrics import missing

DAY = When("2021-03-05", None, date(2021, 3, 5), date(2021, 3, 6), Grain.DAY)
HEADLINES = ("وصلت القافلة إلى ميناء الحديدة",                  # Arabic
             "联合国特使抵达日内瓦举行会谈",                        # Chinese
             "Переговоры в Женеве возобновятся",                 # Cyrillic
             "Talks resume in Geneva")


def _chron() -> Chronology:
    doc = Document("w", "x", title="Переговоры 日内瓦 الحديدة", published=date(2021, 3, 5))
    events = tuple(Event(f"e{i}", h, "", DAY, Modality.FORECAST if i == 1 else Modality.FACT)
                   for i, h in enumerate(HEADLINES))
    return Chronology((doc,), events=events, title=doc.title)


def _needs_cjk():
    if not fonts.fallbacks("联"):
        pytest.skip("no installed font has Chinese (Debian: fonts-wqy-zenhei)")


def test_headlines_in_arabic_chinese_and_cyrillic_draw_no_empty_boxes(caplog):
    _needs_cjk()
    with caplog.at_level(logging.INFO, logger="chrono.render.plot"):
        data = plot.png_bytes(_chron())
    assert data[:4] == b"\x89PNG"
    assert "missing from font" not in caplog.text                      # matplotlib's own count of boxes
    with plot.plot_style("briefing"):
        fig = plot.draw(_chron())
        for t in labels.visible_texts(fig):                            # and ours: every glyph has a font
            assert missing(t.get_text(), t.get_fontweight(), t.get_fontstyle()) == "", t.get_text()
        shown = {" ".join(t.get_text().split()) for t in fig.texts}
    assert set(HEADLINES) <= shown


def test_a_style_the_fallback_lacks_is_dropped_rather_than_boxes():
    _needs_cjk()
    with plot.plot_style("briefing"):
        fonts.use_fallbacks(HEADLINES)
        assert fonts.drawable_style(HEADLINES[0], "bold", "italic") != ("bold", "italic") or \
            not missing(HEADLINES[0], "bold", "italic")
        assert fonts.drawable_style("Talks", "bold", "italic") == ("bold", "italic")


def test_svg_text_is_text(tmp_path):
    path = tmp_path / "t.svg"
    plot.write_svg(_chron(), path)
    svg = path.read_text(encoding="utf-8")
    assert "<text" in svg and "Talks resume in Geneva" in svg and "Переговоры в Женеве" in svg


def test_the_painted_png_draws_every_script_in_a_font_that_has_it():
    from chrono.render import paint
    _needs_cjk()
    found, pf = paint.scene(_chron())
    assert pf.fallbacks                                               # fonts added for what DejaVu lacks
    for t in found.shown():                                              # every glyph has a font
        assert pf.missing(t.text, t.weight, t.style) == "", t.text
    shown = {" ".join(t.text.split()) for t in found.shown()}
    assert set(HEADLINES) <= shown
    runs = pf.runs(HEADLINES[1])
    assert runs and all("DejaVu" not in path for path, _ in runs)         # Chinese in the fallback font
    with plot.plot_style("briefing"):                                    # the same fonts as matplotlib's
        assert list(pf.fallbacks) == fonts.use_fallbacks(plot.shown_texts(paint.Briefing.of(_chron())))
    assert paint.png_bytes(_chron())[:4] == b"\x89PNG"
