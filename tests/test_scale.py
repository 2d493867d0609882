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
from pathlib import Path

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


# --- No quadratic corners (issue 17) --------------------------------------------------------------

HOSTILE_LIMIT_S = 240          # generous: the run takes a few seconds of CPU when linear
HOSTILE_LIMIT_MB = 600

_HOSTILE = r"""
import json, resource, sys, time
from datetime import date
from chrono.chronology import build_chronology
from chrono.reader.document import parse_text
unit = "the army attacked on Friday 14 October 2017 and since early 2014 and two days later and "
text = (unit * (200_000 // len(unit) + 1))[:200_000]
t0 = time.process_time()
chron = build_chronology([parse_text("Title\n\nOctober 14, 2017\n\n" + text, published=date(2017, 10, 14))])
# the peak of this process's own memory: VmHWM, not ru_maxrss, which Linux carries over an exec
# from the forking parent (pytest, itself hundreds of MB)
try:
    peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:")) / 1024
except OSError:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": time.process_time() - t0, "events": len(chron.events), "peak": peak}))
"""


def test_a_200000_character_run_of_dates_without_a_sentence_end_builds_in_bounded_time_and_memory():
    import json
    import subprocess
    import sys
    out = subprocess.run([sys.executable, "-c", _HOSTILE], capture_output=True, text=True, timeout=HOSTILE_LIMIT_S,
                         check=True).stdout
    found = json.loads(out.strip().splitlines()[-1])
    assert found["events"] >= 1                                       # read, not skipped
    assert found["peak"] < HOSTILE_LIMIT_MB, found


def test_an_overlong_sentence_is_read_in_pieces_that_cut_no_time_expression():
    from chrono.events.bound import bounded_sentences
    from chrono.model import Span
    from chrono.timex import tag
    unit = "Friday 14 October 2017 and since early 2014 and "
    text = (unit * 400).rstrip()
    timexes = tag(text, date(2017, 10, 14))
    pieces = bounded_sentences(text, [Span(0, len(text))], timexes, limit=1000)
    assert len(pieces) > 10 and all(p.end - p.start <= 1000 for p in pieces)
    assert pieces[0].start == 0 and pieces[-1].end == len(text)
    assert all(a.end <= b.start and not text[a.end:b.start].strip() for a, b in zip(pieces, pieces[1:]))
    inside = sum(1 for t in timexes if any(p.start <= t.start and t.end <= p.end for p in pieces))
    assert inside == len(timexes)                                     # every time expression whole in a piece
    short = [Span(0, 10), Span(11, 20)]
    assert bounded_sentences(text, short, timexes) == short           # real sentences stay as they are


def test_parses_are_made_a_window_at_a_time_and_read_as_a_mapping():
    from chrono.events.bound import Parses
    calls = []

    def parse_all(chosen):
        calls.append(list(chosen))
        return [None if i % 5 == 0 else f"tree {i}" for i in chosen]

    parses = Parses(list(range(0, 40, 2)), parse_all, window=4)
    assert [parses.get(i) for i in range(40)] == [None if i % 2 or i % 5 == 0 else f"tree {i}" for i in range(40)]
    assert all(len(c) <= 4 for c in calls) and sum(len(c) for c in calls) == 20     # each parsed once
    assert 2 in parses and 10 not in parses and 3 not in parses
    parses[3] = "given"
    assert parses[3] == "given" and 3 in parses


def _naive_merge(events):
    """The merge as it was: each event compared with every cluster of its bucket sharing a stem."""
    from collections import defaultdict
    from chrono import chronology as C
    from chrono.clusters import Cluster
    sim = C.stage(C.Similarity, None)
    buckets, index, clusters = defaultdict(list), defaultdict(lambda: defaultdict(set)), []
    for event in events:
        key = (event.when.value, event.when.mod, event.modality)
        stems, nms = sim.content_stems(event.headline), sim.names(event.headline)
        bucket, postings = buckets[key], index[key]
        candidates = sorted({i for s in stems for i in postings.get(s, ())})
        target = next((i for i in candidates if sim.similar(stems, nms, bucket[i].stems, bucket[i].names)), None)
        if target is None:
            target = len(bucket)
            bucket.append(Cluster(event, stems, nms))
            clusters.append(bucket[-1])
        else:
            bucket[target].add(event, stems, nms)
        for s in stems:
            postings[s].add(target)
    absorbed = C.merge_across_grains(clusters, sim, C.MERGE_MIN_SHARED)
    return [C._combine(c.events, {}, c.dated_by) for c in clusters if id(c) not in absorbed]


def test_the_indexed_merge_chooses_as_comparing_with_every_cluster_sharing_a_stem():
    import random
    from chrono.chronology import merge_events
    rng = random.Random(5)
    words = ["army", "shelled", "town", "talks", "resumed", "Geneva", "Raqqa", "Mosul", "forces", "captured",
             "ceasefire", "agreed", "port", "convoy", "reached", "Hodeidah", "monitors", "arrived", "the", "in",
             "police", "arrested", "suspect", "Troops", "entered", "retook", "city", "Aleppo", "attack", "killed"]
    values = ["2021-03-04", "2021-03", "2021", "2021-03-05"]
    events = []
    for i in range(1500):
        headline = " ".join(rng.sample(words, rng.randint(1, 7)))
        modality = Modality.FACT if i % 4 else Modality.FORECAST
        events.append(Event("", headline, "", _when(rng.choice(values)), modality,
                            mentions=(Mention(f"d{i}", 0, 10),)))
    got = merge_events(events)
    assert [(e.headline, e.when, e.mentions) for e in got] == \
           [(e.headline, e.when, e.mentions) for e in _naive_merge(events)]
    assert len(got) < len(events)                                     # many merged: the test has teeth


def _same_as_naive(events) -> list:
    from chrono.chronology import merge_events
    got = merge_events(events)
    assert [(e.headline, e.when, e.mentions) for e in got] == \
           [(e.headline, e.when, e.mentions) for e in _naive_merge(events)]
    return got


def test_the_index_of_pairs_and_of_large_clusters_chooses_as_the_naive_merge():
    """Long and short headlines, names and none, clusters growing through every size class (the pairs of
    stems index clusters of 2 to 7 stems, larger ones by single stems): the same choices as the naive merge."""
    import random
    rng = random.Random(11)
    common = ["army", "shelled", "town", "talks", "resumed", "forces", "captured", "port", "convoy", "reached"]
    rare = [f"w{k}x" for k in range(400)]
    places = ["Geneva", "Raqqa", "Mosul", "Aleppo", "Hodeidah"]
    events = []
    for i in range(2500):
        words = rng.sample(common, rng.randint(0, 3)) + rng.sample(rare, rng.randint(1, 12))
        if i % 3 == 0:
            words.append(rng.choice(places))
        rng.shuffle(words)
        events.append(Event("", " ".join(words), "", _when(("2021-03-04", "2021-03")[i % 5 == 0]),
                            Modality.FACT, mentions=(Mention(f"d{i}", 0, 10),)))
    got = _same_as_naive(events)
    assert len(got) < len(events) - 100


def test_the_one_day_buckets_of_the_benchmark_merge_as_the_naive_merge():
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from bench_scale import bucket
    for kind, merged in (("named", 0), ("plain", 20), ("wire", 1400)):
        events = [e for evs in bucket(kind, 1500)[2] for e in evs]
        assert len(events) - len(_same_as_naive(events)) >= merged, kind


def test_a_big_bucket_compares_an_event_with_few_clusters(monkeypatch):
    """One day's bucket of 4,000 headlines sharing common words: each event is compared with the clusters
    that share enough of its stems, not with every one that shares a stem (46,449 comparisons for 8,000
    events before), and the kinds of a cluster are computed once for each set of its stems."""
    import sys
    from chrono import chronology as C
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from bench_scale import bucket
    calls = {"similar": 0, "kinds": 0}
    similar, kinds = C.Similarity.similar, C.Similarity.kinds

    def count(name, f):
        def counted(*args, **kw):
            calls[name] += 1
            return f(*args, **kw)
        return counted
    monkeypatch.setattr(C.Similarity, "similar", count("similar", similar))
    monkeypatch.setattr(C.Similarity, "kinds", count("kinds", kinds))
    events = [e for evs in bucket("plain", 4000)[2] for e in evs]
    merged = C.merge_events(events)
    assert len(merged) < len(events)
    assert calls["similar"] < len(events) // 4 and calls["kinds"] < len(events) // 2, calls


def test_similar_with_the_kinds_given_is_similar():
    from chrono import chronology as C
    sim = C.stage(C.Similarity, None)
    pairs = [("SDF captured Raqqa", "Raqqa was liberated by US-backed forces"),
             ("The army retook the town", "The army shelled the town"),
             ("Clashes in Raqqa killed five civilians", "SDF captured Raqqa")]
    for a, b in pairs:
        sa, na, sb, nb = sim.content_stems(a), sim.names(a), sim.content_stems(b), sim.names(b)
        assert sim.similar(sa, na, sb, nb) == sim.similar(sa, na, sb, nb, sim.kinds(sa), sim.kinds(sb))


def test_a_corpus_build_keeps_no_spans_of_blocks_or_sentences():
    from chrono.pipeline import build_corpus
    example = Path(__file__).resolve().parents[1] / "examples" / "dw-raqqa-2017-10-14.txt"
    chron = build_corpus(str(example), jobs=1).chronology
    doc = chron.documents[0]
    assert doc.text and not doc.blocks and not doc.sentences and chron.events
