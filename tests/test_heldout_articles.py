"""Held-out articles: news the code was not written against, each with a hand annotation.

``tests/data/articles/heldout/NAME.txt`` is an article in one house style (AP, Reuters, BBC, Al
Jazeera, DW, a narrative history); ``NAME.json`` says which events its chronology must hold. The
checker is generic (:mod:`annotated`, the matching of ``shared/tools/check_seed.py``), one test per
annotated event:

- ``events``: an event matches when every keyword group has a member in its headline or evidence
  text, and its value (and ``mod``) are the annotated ones; then its ``modality``, ``relation`` and
  ``attribution`` (a substring of the source) must be right, its ``headline`` keyword groups must be
  in the headline itself and ``headline_not`` words must not; ``mentions_at_least`` asks for one event
  with that many mentions. ``xfail`` names a tagger error (a wrong time value), reported to the tagger.
- ``order``: the annotated events come in this order (a list inside is a tie).
- ``distinct``: events that must not merge (different events of one day).
- ``not_dated``: no event's headline matches these (a date given to the wrong clause).
- ``not_events``: no event mention lies on a line holding one of these strings (navigation,
  captions, credits, bylines, datelines, copyright).
- every headline is a headline: at most ``HEADLINE_MAX_WORDS`` + 2 words, capitalised, no dangling
  punctuation, balanced brackets.

``merge_with_example`` (the other Raqqa articles): built together with the shared example, each
``one_event`` is one event with mentions from both documents; the ``apart`` events stay apart.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

import chrono
from annotated import (check_distinct, check_event, check_headlines, check_no_furniture, check_not_dated,
                       check_order, describe as _describe, event_cases, hits as _hits, load)
from chrono.model import AnchorPolicy, Chronology

HERE = Path(__file__).parent
HELDOUT = HERE / "data" / "articles" / "heldout"
EXAMPLE = HERE.parent / "examples" / "dw-raqqa-2017-10-14.txt"
ANNOTATIONS = sorted(HELDOUT.glob("*.json"))


@lru_cache(maxsize=None)
def _build(*names: str) -> Chronology:
    sources, published, policy = [], None, AnchorPolicy.NEWS
    for name in names:
        if name == "example":
            sources.append(str(EXAMPLE))
            continue
        gold = load(HELDOUT / f"{name}.json")
        sources.append(str(HELDOUT / gold["article"]))
        build = gold.get("build", {})
        if build.get("published"):
            published = date.fromisoformat(build["published"])
        if build.get("narrative"):
            policy = AnchorPolicy.NARRATIVE
    return chrono.build(*sources, published=published, policy=policy)


def _event_id(path: Path) -> str:
    return path.stem


@pytest.mark.parametrize("path,event_id", list(event_cases(ANNOTATIONS, _event_id)))
def test_annotated_event(path, event_id):
    check_event(_build(path.stem), next(e for e in load(path)["events"] if e["id"] == event_id))


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_event_id)
def test_document(path):
    expected = load(path)["document"]
    doc = _build(path.stem).documents[0]
    assert doc.title == expected["title"]
    assert doc.published.isoformat() == expected["published"]
    assert list(doc.agencies) == expected["agencies"]


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_event_id)
def test_order(path):
    check_order(_build(path.stem), load(path))


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_event_id)
def test_distinct_events_stay_apart(path):
    check_distinct(_build(path.stem), load(path))


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_event_id)
def test_no_wrongly_dated_events(path):
    check_not_dated(_build(path.stem), load(path))


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_event_id)
def test_no_events_from_boilerplate(path):
    check_no_furniture(_build(path.stem), load(path))


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_event_id)
def test_headlines_are_headlines(path):
    check_headlines(_build(path.stem))


# --- the second Raqqa article built together with the example --------------------------------------

def _merge_cases(kind: str):
    for path in ANNOTATIONS:
        merge = load(path).get("merge_with_example")
        if merge:
            yield path.stem, merge[kind]


@pytest.mark.skipif(not EXAMPLE.exists(), reason="examples/ missing")
@pytest.mark.parametrize("name,g", [(n, g) for n, gs in _merge_cases("one_event") for g in gs],
                         ids=lambda x: x if isinstance(x, str) else x["value"] + ":" + x["keywords"][0][0])
def test_cross_article_merge(name, g):
    chron = _build("example", name)
    hits = _hits(chron, g)
    assert len(hits) == 1, _describe(chron)
    docs = {m.doc for m in chron.events[hits[0]].mentions}
    assert docs == {"dw-raqqa-2017-10-14", name}, chron.events[hits[0]]


@pytest.mark.skipif(not EXAMPLE.exists(), reason="examples/ missing")
@pytest.mark.parametrize("name,apart", list(_merge_cases("apart")), ids=lambda x: x if isinstance(x, str) else "")
def test_cross_article_different_events_of_one_day_stay_apart(name, apart):
    chron = _build("example", name)
    firsts = []
    for g in apart:
        hits = _hits(chron, g)
        assert hits, f"{g} missing:\n{_describe(chron)}"
        firsts.append(hits[0])
    assert len(set(firsts)) == len(firsts), _describe(chron)


@pytest.mark.skipif(not EXAMPLE.exists(), reason="examples/ missing")
def test_three_articles_one_offensive():
    """The June offensive told by DW twice and by Al Jazeera ("launched its assault on Raqqa in June")."""
    chron = _build("example", "dw-raqqa-liberated-2017-10-17", "aljazeera-raqqa-2017-10-17")
    june = [e for e in chron.events if e.when.value == "2017-06"]
    assert len(june) == 1 and len({m.doc for m in june[0].mentions}) == 3, _describe(chron)


def test_one_liberation_told_with_other_names():
    """DW: "The SDF declared on Tuesday that Raqqa had been liberated"; Reuters: "Raqqa was liberated
    by U.S.-backed forces on Tuesday" — one event; Reuters' Friday ceremony stays its own."""
    chron = _build("dw-raqqa-liberated-2017-10-17", "reuters-raqqa-ceremony-2017-10-20")
    freed = [e for e in chron.events if e.when.value == "2017-10-17" and "liberated" in e.headline.lower()]
    assert len(freed) == 1 and len({m.doc for m in freed[0].mentions}) == 2, _describe(chron)
    assert any(e.when.value == "2017-10-20" and ("ceremony" in e.headline or "victory" in e.headline)
               for e in chron.events), _describe(chron)
