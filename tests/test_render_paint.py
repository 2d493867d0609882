"""The PNG painted with Pillow (chrono.render.paint) against the matplotlib picture it replaces.

By layout, as a person compares two pictures: the same events chosen, the same texts shown (rows,
headers, axis dates, legend), each within a few pixels of where matplotlib puts it, none overlapping
another or leaving the picture; in every style that ships; without importing matplotlib.
"""
from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from chrono.model import Chronology, Event, Grain, Modality, When
from chrono.render import available_styles, labels, mplstyle, paint, plot
from chrono.render.canvas import DPI, HEIGHT_IN, MARGIN, WIDTH_IN, Theme
from chrono.render.styles import style_file
from fixtures_chronology import example_chron, stress_chron, two_doc_chron  # noqa: F401

ROOT = Path(__file__).resolve().parents[1]
H = HEIGHT_IN * DPI
#: how far (pixels) a text's box may be from matplotlib's: up and down, little; along the line, a few
#: pixels and 2% of its width (glyph advances differ a little between Pillow's hinting and
#: matplotlib's), and more in the legend, whose entries add theirs up along its row
NEAR_Y, NEAR_X, ALONG, LEGEND_X = 2.5, 4.0, 0.02, 12.0


def _norm(text: str) -> str:
    return " ".join(text.split())


def _painted(chron, style="briefing"):
    found, fonts = paint.scene(chron, style=style)
    return found, [(_norm(t), b) for t, b in paint.boxes(found, fonts)]


def _drawn(chron, style="briefing"):
    fig = plot.figure(chron, style=style)
    return fig, [(_norm(t), (b.x0, H - b.y1, b.x1, H - b.y0)) for t, b in labels.text_boxes(fig)]


def _assert_clean(boxes):
    for i, (a, ba) in enumerate(boxes):
        assert ba[0] >= -0.5 and ba[1] >= -0.5 and ba[2] <= WIDTH_IN * DPI + 0.5 and ba[3] <= H + 0.5, a
        for b, bb in boxes[i + 1:]:
            dx, dy = min(ba[2], bb[2]) - max(ba[0], bb[0]), min(ba[3], bb[3]) - max(ba[1], bb[1])
            assert not (dx > 0.5 and dy > 0.5), (a, b)


def _assert_same_layout(chron, style="briefing"):
    found, painted = _painted(chron, style)
    fig, drawn = _drawn(chron, style)
    assert [r.event.id for r in found.selection.rows] == [r.event.id for r in fig.chrono_selection.rows]
    assert sorted(t for t, _ in painted) == sorted(t for t, _ in drawn)          # same texts, rows, labels
    legend = {_norm(t.get_text()) for leg in fig.legends for t in leg.get_texts()}
    for text, box in painted:
        slack = (LEGEND_X if text in legend else NEAR_X) + ALONG * (box[2] - box[0])
        near = min((max(abs(box[0] - o[0]), abs(box[2] - o[2])) / slack, max(abs(box[1] - o[1]), abs(box[3] - o[3])) / NEAR_Y)
                   for t, o in drawn if t == text)
        assert max(near) <= 1.0, (text, box, [o for t, o in drawn if t == text])
    _assert_clean(painted)
    return painted


@pytest.mark.parametrize("style", sorted(set(available_styles()) | {"briefing", "dark"}))
def test_the_example_is_laid_out_as_matplotlib_lays_it_out(example_chron, style):
    texts = " ".join(t for t, _ in _assert_same_layout(example_chron, style))
    for expected in ("early 2014", "Nov 2015", "since Fri 13 Oct", "in the days ahead",
                     "IS facing imminent collapse in Syria's Raqqa", "Published Sat 14 Oct 2017", "forecast"):
        assert expected in texts


def test_key_events_and_two_documents_are_laid_out_alike(stress_chron, two_doc_chron):
    _assert_same_layout(stress_chron)
    _assert_same_layout(two_doc_chron)


def test_rows_sit_where_matplotlib_puts_them(example_chron):
    found, _ = _painted(example_chron)
    fig, drawn = _drawn(example_chron)
    fonts = paint.scene(example_chron)[1]
    for e in example_chron.events:
        mine = next(paint.text_layout(fonts, t)[0] for t in found.texts if _norm(t.text) == e.headline)
        theirs = next(b for t, b in drawn if t == e.headline)
        assert abs((mine[1] + mine[3]) / 2 - (theirs[1] + theirs[3]) / 2) <= 1.5, e.headline


def test_a_300_character_headline_wraps_and_ends_within_its_column(example_chron):
    day = When("2017-10-13", None, date(2017, 10, 13), date(2017, 10, 14), Grain.DAY)
    long = ("Officials from the coalition and local councils said on Friday that the final assault on the "
            "remaining districts of the city would begin once civilians had been moved to safety, and that "
            "talks on the handover of the stadium and the national hospital were continuing late into the "
            "night with mediators from several tribes of the province")
    assert len(long) >= 300
    chron = example_chron.replace(events=(Event("a", long, "t", day), Event("b", "Short one", "t", day,
                                                                              Modality.FORECAST)))
    found, fonts = paint.scene(chron)
    text = next(t for t in found.texts if t.text.startswith("Officials"))
    lines = text.text.split("\n")
    assert 2 <= len(lines) <= 4 and lines[-1].endswith(labels.ELLIPSIS)
    box, g = paint.text_layout(fonts, text)[0], found.grid
    left = (MARGIN + g.date_w + g.gap) * DPI
    assert left - 1 <= box[0] and box[2] <= left + g.head_w * DPI + 1, (box, left, g.head_w * DPI)
    _assert_clean([(t, b) for t, b in paint.boxes(found, fonts)])
    mpl = plot.figure(chron)                                                  # the SVG/PDF picture too
    shown = [t for t, _ in labels.text_boxes(mpl) if t.startswith("Officials")]
    assert len(shown) == 1 and shown[0].endswith(labels.ELLIPSIS)


def test_the_png_path_does_not_import_matplotlib(tmp_path):
    code = ("import sys; from chrono.cli import main\n"
            "try:\n    main(['build', sys.argv[1], '--format', 'docx,png,json', '--out', sys.argv[2], '-q'])\n"
            "except SystemExit as e:\n    assert not e.code, e.code\n"
            "assert not [m for m in sys.modules if m.split('.')[0] in ('matplotlib', 'fontTools')], 'imported'\n")
    subprocess.run([sys.executable, "-c", code, str(ROOT / "examples" / "dw-raqqa-2017-10-14.txt"), str(tmp_path)],
                   check=True, cwd=tmp_path)
    assert (tmp_path / "dw-raqqa-2017-10-14.png").read_bytes()[:4] == b"\x89PNG"


def test_the_painted_png_is_deterministic_and_full_hd(example_chron):
    paint._png_bytes.cache_clear()
    a = paint.png_bytes(example_chron)
    paint._png_bytes.cache_clear()
    paint._scene.cache_clear()
    paint.text_layout.cache_clear()
    assert paint.png_bytes(example_chron) == a and a[:4] == b"\x89PNG"
    from PIL import Image
    import io
    image = Image.open(io.BytesIO(a))
    assert image.size == (1920, 1080) and image.mode == "RGB" and b"Software" not in a


@pytest.mark.parametrize("style", ["briefing", "dark"])
def test_styles_are_read_as_matplotlib_reads_them(style):
    with plot.plot_style(style):
        assert mplstyle.read(str(style_file(style, ".mplstyle"))).theme == Theme.current()


def test_a_style_only_matplotlib_can_read_is_read_by_matplotlib(tmp_path):
    path = tmp_path / "mine.mplstyle"
    path.write_text("figure.facecolor: xkcd:pale yellow\naxes.prop_cycle: cycler('color', ['tab:red', 'C1'])\n"
                    "font.size: 16\n", encoding="utf-8")
    style = mplstyle.read(str(path))
    with plot.plot_style(path):
        assert style.theme == Theme.current()
    assert paint.png_bytes(Chronology(()), style=path)[:4] == b"\x89PNG"


def test_a_bar_narrower_than_a_pixel_is_drawn_one_pixel_wide():
    """A short event on an overview spanning decades is a bar thinner than a pixel: it must still
    show (and not crash Pillow, which refuses a rectangle whose right edge is left of its left)."""
    from PIL import Image

    from chrono.render.paint import Shape
    from chrono.render.pixels import DPI, paint_shape, to_px
    img = Image.new("RGB", (1920, 1080), "white")
    x = 50 / DPI
    paint_shape(img, Shape("rect", (x, 1.0, x + 0.2 / DPI, 1.5), fill=(0.0, 0.0, 0.0, 1.0)))
    row = round(to_px(x, 1.25)[1])
    painted = [px for px in range(200) if img.getpixel((px, row)) != (255, 255, 255)]
    assert painted and len(painted) <= 2


def test_an_ongoing_arrow_stops_at_the_last_segment_before_its_end():
    """On a period slide the publication day of an ongoing event may lie in no drawn segment: the
    arrow runs to the end of the last segment before it, never backwards across the labels."""
    from datetime import date

    from chrono.render.layout import Segment, since_head
    segs = [Segment(date(1990, 1, 1), date(1992, 1, 1), date(1990, 1, 1).toordinal() - 5.0,
                    date(1992, 1, 1).toordinal() + 5.0),
            Segment(date(2000, 2, 24), date(2000, 2, 25), date(2000, 2, 24).toordinal() - 0.5,
                    date(2000, 2, 25).toordinal() + 0.5)]
    assert since_head(segs, 0, date(2000, 2, 25)) == (1, float(date(2000, 2, 25).toordinal()))
    assert since_head(segs, 0, date(1998, 8, 8)) == (0, segs[0].hi)
    assert since_head(segs, 1, date(1991, 3, 1)) is None
