"""The timeline picture: size, legibility (no text overlaps or leaves the figure), determinism."""
from __future__ import annotations

import struct
from datetime import date, timedelta

import pytest

from chrono.errors import ChronoError
from chrono.model import Chronology, Document, Event, Grain, Mention, Modality, When
from chrono.present import story_span
from chrono.render import available_styles, labels, layout, plot, rows
from fixtures_chronology import example_chron, stress_chron, two_doc_chron  # noqa: F401


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def _assert_legible(chron, style="briefing"):
    fig = plot.figure(chron, style=style)
    boxes = labels.text_boxes(fig)
    assert boxes
    assert labels.overlapping(boxes) == []
    assert labels.outside(fig, boxes) == []
    return boxes


@pytest.mark.parametrize("style", ["briefing", "dark"])
def test_example_labels_do_not_overlap_or_leave_the_figure(example_chron, style):
    boxes = _assert_legible(example_chron, style)
    texts = " ".join(t for t, _ in boxes)
    for expected in ("early 2014", "Nov 2015", "Jun 2017", "Jul 2017", "since Fri 13 Oct", "Sat 14 Oct",
                     "in the days ahead", "IS facing imminent collapse in Syria's Raqqa",
                     "Published Sat 14 Oct 2017", "Reuters, AP, dpa", "forecast"):
        assert expected in texts


def test_every_headline_is_shown(example_chron):
    texts = [" ".join(t.split()) for t, _ in _assert_legible(example_chron)]
    for e in example_chron.events:
        assert any(e.headline == t for t in texts), e.headline


def test_stress_thirty_events_on_one_day_with_long_headlines(stress_chron):
    boxes = _assert_legible(stress_chron)
    fig = plot.figure(stress_chron)
    shown = [t for t in fig.texts if t.get_text().startswith("Event number")]
    chosen = fig.chrono_selection
    assert not chosen.complete and len(shown) == len(chosen.rows) - 1          # and "Long ago":
    assert "old" in {r.event.id for r in chosen.rows}                          # the span of the story
    assert all(t.get_fontsize() >= rows.READABLE_PT for t in shown)
    assert any(t.endswith(f"all {len(stress_chron.events)} events by date") for t, _ in boxes)   # the strip


def test_two_documents(two_doc_chron):
    _assert_legible(two_doc_chron)


def test_control_characters_and_math_in_headlines_do_not_break_the_picture(example_chron):
    bad = Event("x", "Cost $5 and $6 \x00\x07 bell\ud800 \u202e", "t",
                When("2017-10-14", None, date(2017, 10, 14), date(2017, 10, 15), Grain.DAY))
    chron = example_chron.replace(events=example_chron.events + (bad,))
    assert _png_size(plot.png_bytes(chron)) == (1920, 1080)


def test_png_is_16_by_9_and_at_least_full_hd(example_chron):
    w, h = _png_size(plot.png_bytes(example_chron))
    assert w >= 1920 and h >= 1080 and abs(w / h - 16 / 9) < 0.01


def test_outputs_are_deterministic(example_chron, tmp_path):
    for fmt, writer in (("png", plot.write_png), ("svg", plot.write_svg), ("pdf", plot.write_pdf)):
        a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
        writer(example_chron, a)
        plot._png_bytes.cache_clear()                              # draw again, not from the cache
        plot._scene.cache_clear()
        writer(example_chron, b)
        assert a.read_bytes() == b.read_bytes(), fmt
    assert b"Software" not in (tmp_path / "a.png").read_bytes()
    assert b"<dc:date>" not in (tmp_path / "a.svg").read_bytes()
    assert b"CreationDate" not in (tmp_path / "a.pdf").read_bytes()


def test_empty_and_vague_only_chronologies_render():
    doc = Document("d", "t", published=date(2020, 1, 1))
    for events in ((), (Event("v", "Something later", "t", When("FUTURE_REF", None, None, None, None),
                                Modality.FORECAST),)):
        assert _png_size(plot.png_bytes(Chronology((doc,), events=events))) == (1920, 1080)


def test_styles_are_found_by_name_and_unknown_ones_are_named():
    assert {"briefing", "dark"} <= set(available_styles())
    with pytest.raises(ChronoError, match="briefing"):
        plot.png_bytes(Chronology(()), style="no-such-style")


def test_broken_axis_splits_long_gaps_and_zooms_the_last_days():
    spans = [(date(2014, 1, 1), date(2014, 5, 1)), (date(2015, 11, 1), date(2015, 12, 1)),
             (date(2017, 6, 1), date(2017, 8, 1)), (date(2017, 10, 13), date(2017, 10, 14))]
    segs = layout.segments(spans, date(2017, 10, 14))
    assert [(s.start, s.end) for s in segs] == [(date(2014, 1, 1), date(2014, 5, 1)),
                                                (date(2015, 11, 1), date(2015, 12, 1)),
                                                (date(2017, 6, 1), date(2017, 8, 1)),
                                                (date(2017, 10, 13), date(2017, 10, 15))]
    assert len(layout.clusters([(date(y, 1, 1), date(y, 1, 2)) for y in range(1950, 2020)])) == \
        layout.MAX_SEGMENTS
    bounds, ticks = layout.ticks(segs[-1], lambda labels: True)
    assert [t for _, t in ticks] == ["Fri\n13", "Sat\n14"]


HOSTILE_WORDS = "9" * 5000 + " " + "/-." * 2000 + " " + "(" * 3000


def test_hostile_headlines_are_capped_wrapped_and_stay_large(example_chron, caplog):
    day = When("2017-10-13", None, date(2017, 10, 13), date(2017, 10, 14), Grain.DAY)
    events = (Event("a", "Rebels took the town", "t", day),
              Event("b", f"The army will attack {HOSTILE_WORDS}", "t", day, Modality.FORECAST))
    chron = example_chron.replace(events=events, title="T " + "x" * 3000)
    with caplog.at_level("WARNING"):
        fig = plot.figure(chron)
    assert "small labels" not in caplog.text                     # two events: large labels
    boxes = labels.text_boxes(fig)
    assert labels.overlapping(boxes) == [] and labels.outside(fig, boxes) == []
    shown = [t for t, _ in boxes if t.startswith("The army")]
    assert len(shown) == 1 and shown[0].endswith(labels.ELLIPSIS)
    assert all(len(word) <= labels.MAX_WORD + 1 for word in shown[0].split())
    assert next(t for t in fig.texts if t.get_text() == "Rebels took the town").get_fontsize() >= 12


def test_labels_are_capped_before_measuring():
    assert labels.break_words("a" * 100, 40) == "a" * 40 + " " + "a" * 40 + " " + "a" * 20
    capped = labels.cap("word " * 10_000 + "9" * 100_000)
    assert len(capped) <= labels.MAX_LABEL and capped.endswith(labels.ELLIPSIS)
    assert labels.cap("a\x00b\n\nc  d") == "a b c d"
    calls = []

    def measure(s):
        calls.append(s)
        return len(s) * 0.1
    lines, cut = labels.wrap("word " * 100_000, 4.0, measure, 2)
    assert cut and len(lines) == 2 and len(calls) < 100          # stops once the text overflows


@pytest.mark.filterwarnings("ignore:Glyph")
def test_text_widths_are_never_narrower_than_drawn(example_chron):
    from chrono.render.metrics import measurer
    samples = ["IS facing imminent collapse", "Wj,.;'|", "\u0644\u0627 \U0001F600 \u4e2d\u6587", "MMMM iiii", "x"]
    with plot.plot_style("briefing"):
        fig = plot.figure(example_chron)
        renderer = fig.canvas.get_renderer()
        from matplotlib.font_manager import FontProperties
        for size in (7, 9.5, 14, 18, 30):
            for weight, style in (("normal", "normal"), ("bold", "normal"), ("normal", "italic")):
                measure = measurer(size, weight, style, dpi=plot.DPI)
                for s in samples:
                    w, _, _ = renderer.get_text_width_height_descent(
                        s, FontProperties(size=size, weight=weight, style=style), ismath=False)
                    assert measure(s) * plot.DPI >= w, (s, size, weight, style)


def test_one_drawing_serves_the_png_and_the_briefing(example_chron, monkeypatch):
    from chrono.render import docx as briefing, paint
    plot._png_bytes.cache_clear()
    paint._scene.cache_clear()
    drawn = []
    real = paint.lay_out
    monkeypatch.setattr(paint, "lay_out", lambda chron, style: drawn.append(chron) or real(chron, style))
    png = plot.png_bytes(example_chron)
    briefing.docx_bytes(example_chron)
    assert plot.png_bytes(example_chron) is png and len(drawn) == 1
    plot.png_bytes(example_chron, style="dark")                  # another style is another picture
    assert len(drawn) == 2


def test_a_long_chronology_draws_its_key_events_readably_and_says_how(example_chron):
    day = date(2015, 1, 1)

    def event(i: int) -> Event:
        d = date.fromordinal(day.toordinal() + i)
        mentions = tuple(Mention(f"d{k}", 0, 1) for k in range(3 if i in (7, 44) else 1))
        return Event(f"e{i}", f"Event {i}", "t", When(d.isoformat(), None, d, d + timedelta(days=1), Grain.DAY),
                     mentions=mentions)
    docs = tuple(Document(f"d{k}", "x", published=date(2015, 3, 1)) for k in range(3))
    chron = example_chron.replace(events=tuple(event(i) for i in range(80)), documents=docs)
    fig = plot.figure(chron)
    texts = [t.get_text() for t in fig.texts]
    assert "Event 7" in texts and "Event 44" in texts                          # the most reported
    first, last = story_span(chron)                                          # the span of the story
    assert f"Event {first.toordinal() - day.toordinal()}" in texts and f"Event {last.toordinal() - 1 - day.toordinal()}" in texts
    drawn = [t for t in fig.texts if t.get_text().startswith("Event ")]
    assert 6 <= len(drawn) <= 14 and all(t.get_fontsize() >= rows.READABLE_PT for t in drawn)
    assert any(f"{len(drawn)} key events: most reported" in t for t in texts)
    assert any(t.endswith("all 80 events by date") for t in texts)
    boxes = labels.text_boxes(fig)
    assert labels.overlapping(boxes) == [] and labels.outside(fig, boxes) == []
