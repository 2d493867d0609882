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
#: session 15 a dated happening's "after" clause is an event of its own (chrono.events.afterward), whose sentence
#: holds its host's keywords: 22 measured, 14 of them "told twice" (two chrono events whose headlines tell it).
#: Session 16: 20 (12 told twice), a wrong date and a name kept apart mended.
MAX_DUPLICATES = 20
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


def test_an_event_tells_the_happening_its_headline_holds():
    # the scorer's "told twice": an event whose sentence also holds another happening's keywords is that one's
    # duplicate by the text, not a second telling of it
    from types import SimpleNamespace as Ns

    from chrono.model import Modality

    def event(headline, text):
        return Ns(headline=headline, text=text, when=Ns(value="2019-11-19", mod=None), modality=Modality.FACT,
                  rule="tree:on", attribution=None)

    text = "Shares fell on Tuesday after the company cut its guidance."
    chron = Ns(events=[event("Shares fell", text), event("The company cut its guidance", text)])
    gold = {"events": [{"id": "fell", "value": "2019-11-19", "modality": "fact", "keywords": [["fell"]]},
                       {"id": "cut", "value": "2019-11-19", "modality": "fact", "keywords": [["guidance"]]}]}
    s = bench_pages.score(chron, gold)[0]
    assert (s.recall, s.exact, s.duplicates, s.told_twice) == (2, 2, 2, 0)
    chron = Ns(events=[event("Shares fell", text), event("Shares fell sharply", "Shares fell sharply on Tuesday.")])
    assert bench_pages.score(chron, gold)[0].told_twice == 1
