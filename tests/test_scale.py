"""Every writer survives any chronology: 500 articles with long titles, in every format.

The articles are made from a template: 500 documents with wire-length titles, each telling the story's
common events (merged across them) and one of its own, put together by ``assemble`` as a build does;
then every format is written. And the CLI's default build of a few such articles read from files (the
DOCX core properties once lost the whole run at its end).
"""
from __future__ import annotations

import io
import struct
import zipfile
from datetime import date, timedelta

import pytest
from click.testing import CliRunner

from chrono import formats
from chrono.chronology import assemble
from chrono.cli import main
from chrono.model import Document, Event, Mention, Modality, When
from chrono.pipeline import write
from chrono.present import Briefing
from chrono.render import plot, rows as text_rows
from chrono.timevalue import interval

N = 500
TITLE = ("Talks over the port of Hodeidah resume as the ceasefire holds, officials say, in wire story "
         "number {i} of a long run of reports on the war in Yemen, its ports and its negotiators "
         "gathered in Geneva under the auspices of the United Nations envoy")
COMMON = [("2018-12-13", "Ceasefire for Hodeidah agreed in Stockholm", Modality.FACT),
          ("2019-03", "United Nations monitors arrived in Hodeidah", Modality.FACT),
          ("2021-W12", "Talks in Geneva over the port of Hodeidah will resume", Modality.FORECAST)]


def _when(value: str) -> When:
    start, end, grain = interval(value)
    return When(value, None, start, end, grain)


def _corpus(n: int = N):
    docs, timexes, events = [], [], []
    for i in range(n):
        published = date(2021, 1, 1) + timedelta(days=i % 60)
        doc = Document(f"wire-{i:03d}", "x" * 40, path=f"wire/{i:03d}.txt", title=TITLE.format(i=i),
                       published=published, agencies=("Reuters",) if i % 2 else ("AFP", "AP"))
        own = Event("", f"Convoy number {i} reached the port of Hodeidah", "", _when(published.isoformat()),
                    mentions=(Mention(doc.id, 0, 10),))
        common = [Event("", h, "", _when(v), m, mentions=(Mention(doc.id, 10 + k, 20 + k),))
                  for k, (v, h, m) in enumerate(COMMON) if (i + k) % 3]
        docs.append(doc)
        timexes.append([])
        events.append([own, *common])
    return assemble(docs, timexes, events)


@pytest.fixture(scope="module")
def corpus():
    return _corpus()


def test_500_articles_with_long_titles_in_every_format(corpus, tmp_path):
    names = formats.names()
    paths = write(corpus, tmp_path, names, name="wire")
    assert [p.suffix for p in paths] and all(p.stat().st_size > 0 for p in paths)
    assert len(paths) == len(names)
    docx = zipfile.ZipFile(io.BytesIO((tmp_path / "wire.docx").read_bytes()))
    core = docx.read("docProps/core.xml").decode()
    import re
    for value in re.findall(r">([^<>]+)</", core):
        assert len(value) <= 255                                     # every property within the limit
    body = docx.read("word/document.xml").decode()
    assert body.count("wire story number") >= N                      # the full list of sources in the body
    png = (tmp_path / "wire.png").read_bytes()
    assert struct.unpack(">II", png[16:24]) == (1920, 1080)


def test_the_picture_of_500_articles_shows_the_most_reported_at_a_readable_size(corpus):
    b = Briefing.of(corpus)
    fig = plot.figure(corpus)
    chosen = fig.chrono_selection
    assert not chosen.complete and chosen.total == len(corpus.events)
    shown = {r.event.headline for r in chosen.rows}
    assert {h for _, h, _ in COMMON} <= shown                           # reported by hundreds of articles
    drawn = [t for t in fig.texts if t.get_text() in {r.event.headline for r in b.rows}]
    assert drawn and all(t.get_fontsize() >= text_rows.READABLE_PT for t in drawn)
    assert b.title.startswith("Hodeidah")                              # its subject, not a list of titles
    assert "Yemen" not in b.title or "/" not in b.title


def test_cli_builds_articles_with_wire_length_titles_in_the_default_formats(tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    for i in range(6):
        title = TITLE.format(i=i)
        (folder / f"a{i}.html").write_text(
            f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p>March {4 + i}, 2021</p><p>Officials said on Monday that the talks in Geneva over the port "
            f"of Hodeidah would resume next week. The ceasefire agreed in March 2019 has held since Friday, "
            f"according to the United Nations.</p></article></body></html>", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(folder), "--out", str(tmp_path / "out"), "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert sorted(p.suffix for p in (tmp_path / "out").iterdir()) == [".docx", ".json", ".png"]
