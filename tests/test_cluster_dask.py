"""chrono on Dask: the same chronology on a local cluster as from `chrono build` (pytest -k dask)."""
from pathlib import Path

import pytest

dask = pytest.importorskip("dask", reason="the dask extra is not installed (pip install 'chrono[dask]')")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed", reason="dask.distributed is not installed")

import chrono  # noqa: E402
from chrono.dask import build_bag  # noqa: E402
from chrono.export.json_export import to_dict  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [ROOT / "examples" / "dw-raqqa-2017-10-14.txt", ROOT / "tests" / "data" / "events" / "dw-raqqa-2017-10-17.txt"]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.mark.dask
def test_dask_cluster_gives_the_same_chronology_as_build(client, tmp_path):
    paths = [str(p) for p in ARTICLES] + [str(tmp_path / "missing.txt")]
    bag = db.from_sequence(paths, npartitions=2)
    per_article, merged = build_bag(bag)
    chron = merged.compute()
    singles = per_article.compute()
    assert singles[-1] is None                            # the missing file is left out, not fatal
    assert [len(c.documents) for c in singles[:2]] == [1, 1]
    expected = chrono.build(*[str(p) for p in ARTICLES])
    assert [e.headline for e in chron.events] == [e.headline for e in expected.events]
    assert to_dict(chron) == to_dict(expected)            # documents, time expressions, events, title


TREE = sorted(str(p) for p in (ROOT / "tests" / "data" / "articles").rglob("*.txt"))[:6] + [str(ARTICLES[0])]


@pytest.mark.dask
def test_the_merge_is_a_tree_of_slim_records_and_gives_the_chronology_of_build():
    """Seven partitions gathered two at a time (three levels of tasks): the JSON of `chrono build`, and no
    article's text in what the merging task receives."""
    from chrono.dask import _records
    bag = db.from_sequence(TREE, partition_size=1)
    assert bag.npartitions == len(TREE) == 7
    _, merged = build_bag(bag, split_every=2)
    graph = dict(merged.__dask_graph__())
    levels = {k[0] for k in graph if isinstance(k, tuple) and "-aggregate-" in str(k[0])}
    assert len(levels) >= 2                               # gathered in a tree, not in one task
    chron = merged.compute(scheduler="sync")
    expected = chrono.build(*TREE)
    assert len(chron.documents) == len(TREE) >= 4 and len(chron.events) > 20
    assert to_dict(chron) == to_dict(expected)
    assert all(d.text == "" and not d.blocks and not d.sentences for d in chron.documents)
    from chrono.dask import _analyse_item
    from chrono.settings import Settings
    analyses = [_analyse_item(p, Settings(), "path") for p in TREE[:2]]
    records = _records([analyses[0], None, analyses[1]])
    assert [r.document.id for r in records] == [a.document.id for a in analyses]
    assert all(r.document.text == "" and r.events == a.events for r, a in zip(records, analyses))


@pytest.mark.dask
def test_texts_are_kept_when_asked_for_timeml(tmp_path):
    _, merged = build_bag(db.from_sequence(TREE[:3], npartitions=3), split_every=2, texts=True)
    chron = merged.compute(scheduler="sync")
    expected = chrono.build(*TREE[:3])
    assert [d.text for d in chron.documents] == [d.text for d in expected.documents]
    chrono.write(chron, tmp_path, ["timeml"], name="a")
    chrono.write(expected, tmp_path, ["timeml"], name="b")
    assert (tmp_path / "a.tml").read_bytes() == (tmp_path / "b.tml").read_bytes()


@pytest.mark.dask
def test_dask_bag_of_texts_local_scheduler():
    texts = [p.read_text(encoding="utf-8") for p in ARTICLES]
    _, merged = build_bag(db.from_sequence(texts, npartitions=2), kind="text")
    chron = merged.compute(scheduler="sync")
    assert len(chron.documents) == 2
    assert any(len({m.doc for m in e.mentions}) == 2 for e in chron.events)   # merged across articles


@pytest.mark.dask
def test_the_readme_snippet_runs_as_a_script(tmp_path):
    """The README's Dask snippet, saved as a script as a user would, runs (the __main__ guard that
    process-spawning start methods need is in it)."""
    import re
    import shutil
    import subprocess
    import sys
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    snippet = re.search(r"## Beyond one machine: Dask.*?```python\n(.*?)```", readme, re.S).group(1)
    archive = tmp_path / "archive"
    archive.mkdir()
    for p in ARTICLES:
        shutil.copy(p, archive / p.name)
    script = tmp_path / "build_archive.py"
    script.write_text(snippet.replace("Client()", "Client(n_workers=1, threads_per_worker=1, dashboard_address=None)"),
                      encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert (tmp_path / "out" / "archive.json").is_file() and (tmp_path / "out" / "archive.csv").is_file()
