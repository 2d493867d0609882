"""The annotated real pages (``tests/data/pages``, issue 11) as a regression floor: chrono's
chronologies of them, scored as ``benchmarks/bench_pages.py`` scores them, stay at least as good as
they were when this floor was set. The benchmark prints the figures; this test only guards them.

It needs the pages (``../shared/data/pages``) and the shipped parser; it skips without them.
"""
from __future__ import annotations

import gzip
import json
import sys
from datetime import date
from pathlib import Path

import pytest

import chrono
from chrono.events import parse as parsing

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
import bench_pages  # noqa: E402

GOLD = sorted((ROOT / "tests" / "data" / "pages").glob("*.json"))
#: The floor, a little under what was measured when it was set (58 HTML pages, session 7: recall
#: 351/392, exact 306/392, precision 362/411, 15 duplicates, no furniture; see the README there). It
#: is a guard against regressions, not the issue's targets (90/85/85, at most one duplicate, none).
FLOOR = {"recall": 0.88, "exact": 0.76, "precision": 0.86}
#: Duplicates count an annotated event matched by the evidence sentence of another chrono event too; since
#: session 15 a dated happening's "after" clause is an event of its own (chrono.events.afterward): 19 measured.
MAX_DUPLICATES = 19
MAX_FURNITURE = 0


@pytest.fixture(scope="module")
def total(tmp_path_factory):
    data = bench_pages.find_data(None)
    if data is None:
        pytest.skip("needs ../shared/data/pages (the real pages)")
    if parsing.parser("en") is None:
        pytest.skip("no syntactic pipeline for English (spaCy or the shipped model missing)")
    tmp = tmp_path_factory.mktemp("pages")
    sum_ = bench_pages.Score()
    for path in GOLD:
        gold = json.loads(path.read_text(encoding="utf-8"))
        html = tmp / f"{gold['page']}.html"
        html.write_bytes(gzip.decompress((data / "html" / f"{gold['page']}.html.gz").read_bytes()))
        chron = chrono.build(str(html), published=date.fromisoformat(gold["document"]["published"]))
        sum_.add(bench_pages.score(chron, gold)[0])
    return sum_


def test_page_furniture_stays_rare(total):
    assert total.furniture <= MAX_FURNITURE


def test_recall_exact_and_precision_hold(total):
    got = {"recall": total.recall / total.annotated, "exact": total.exact / total.annotated,
           "precision": total.precise / total.listed}
    assert all(got[k] >= FLOOR[k] for k in FLOOR), got


def test_few_happenings_are_listed_twice(total):
    assert total.duplicates <= MAX_DUPLICATES
