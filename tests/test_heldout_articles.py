"""Held-out articles: news the code was not written against, each with a hand annotation.

``tests/data/articles/heldout/NAME.txt`` is an article in one house style (AP, Reuters, BBC, Al
Jazeera, DW, a narrative history); ``NAME.json`` says which events its chronology must hold. The
checker is generic (the matching of ``shared/tools/check_seed.py``), one test per annotated event:

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

import json
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

import chrono
from chrono.events.headline import HEADLINE_MAX_WORDS, NAME_SLACK
from chrono.model import AnchorPolicy, Chronology, Event

HERE = Path(__file__).parent
HELDOUT = HERE / "data" / "articles" / "heldout"
EXAMPLE = HERE.parent / "examples" / "dw-raqqa-2017-10-14.txt"
ANNOTATIONS = sorted(HELDOUT.glob("*.json"))


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _build(*names: str) -> Chronology:
    sources, published, policy = [], None, AnchorPolicy.NEWS
    for name in names:
        if name == "example":
            sources.append(str(EXAMPLE))
            continue
        gold = _load(HELDOUT / f"{name}.json")
        sources.append(str(HELDOUT / gold["article"]))
        build = gold.get("build", {})
        if build.get("published"):
            published = date.fromisoformat(build["published"])
        if build.get("narrative"):
            policy = AnchorPolicy.NARRATIVE
    return chrono.build(*sources, published=published, policy=policy)


def _words(event: Event) -> str:
    return f"{event.headline} {event.text}".lower()


def _matches(event: Event, g: dict, headline_only: bool = False) -> bool:
    text = event.headline.lower() if headline_only else _words(event)
    if not all(any(k.lower() in text for k in group) for group in g["keywords"]):
        return False
    values = g["value"] if isinstance(g["value"], list) else [g["value"]]
    if event.when.value not in values:
        return False
    return "mod" not in g or (event.when.mod or None) == g["mod"]


def _hits(chron: Chronology, g: dict) -> list[int]:
    """Matching events, those whose headline holds the keywords first (two events of one sentence
    share their evidence text)."""
    return sorted((i for i, e in enumerate(chron.events) if _matches(e, g)),
                  key=lambda i: not _matches(chron.events[i], g, headline_only=True))


def _describe(chron: Chronology) -> str:
    return "\n".join(f"  {e.when.value} {e.when.mod or ''} {e.when.relation.value} {e.modality.value}: "
                     f"{e.headline} [{e.attribution}]" for e in chron.events)


def _event_cases():
    for path in ANNOTATIONS:
        gold = _load(path)
        for g in gold["events"]:
            marks = [pytest.mark.xfail(reason=g["xfail"], strict=False)] if g.get("xfail") else []
            yield pytest.param(path.stem, g["id"], id=f"{path.stem}:{g['id']}", marks=marks)


@pytest.mark.parametrize("name,event_id", list(_event_cases()))
def test_annotated_event(name, event_id):
    gold = _load(HELDOUT / f"{name}.json")
    g = next(e for e in gold["events"] if e["id"] == event_id)
    chron = _build(name)
    hits = _hits(chron, g)
    assert hits, f"{event_id} ({g.get('what', '')}) not found at {g['value']}; events:\n{_describe(chron)}"
    event = chron.events[hits[0]]
    assert event.modality.value == g["modality"], event
    if "relation" in g:
        assert event.when.relation.value == g["relation"], event
    if "attribution" in g:
        assert g["attribution"].lower() in (event.attribution or "").lower(), event
    for group in g.get("headline", []):
        assert any(k.lower() in event.headline.lower() for k in group), event.headline
    for word in g.get("headline_not", []):
        assert word.lower() not in event.headline.lower(), event.headline
    if g.get("mentions_at_least"):
        same = [e for e in chron.events if e.when.value == g["value"]
                and any(k.lower() in _words(e) for k in g["keywords"][0])]
        assert len(same) == 1 and len(same[0].mentions) >= g["mentions_at_least"], _describe(chron)


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: p.stem)
def test_document(path):
    gold = _load(path)
    doc = _build(path.stem).documents[0]
    expected = gold["document"]
    assert doc.title == expected["title"]
    assert doc.published.isoformat() == expected["published"]
    assert list(doc.agencies) == expected["agencies"]


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: p.stem)
def test_order(path):
    gold = _load(path)
    chron = _build(path.stem)
    by_id = {g["id"]: g for g in gold["events"]}
    ranks = []
    for step in gold["order"]:
        ids = step if isinstance(step, list) else [step]
        ranks.append([_hits(chron, by_id[i])[0] for i in ids if _hits(chron, by_id[i])])
    for before, after in zip(ranks, ranks[1:]):
        if before and after:
            assert max(before) < min(after), f"{ranks}\n{_describe(chron)}"


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: p.stem)
def test_distinct_events_stay_apart(path):
    gold = _load(path)
    chron = _build(path.stem)
    by_id = {g["id"]: g for g in gold["events"]}
    for ids in gold.get("distinct", []):
        found = [_hits(chron, by_id[i]) for i in ids]
        firsts = [h[0] for h in found if h]
        assert len(set(firsts)) == len(firsts), f"{ids} merged:\n{_describe(chron)}"


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: p.stem)
def test_no_wrongly_dated_events(path):
    chron = _build(path.stem)
    for g in _load(path).get("not_dated", []):
        assert not any(_matches(e, g, headline_only=True) for e in chron.events), f"{g['why']}:\n{_describe(chron)}"


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: p.stem)
def test_no_events_from_boilerplate(path):
    gold = _load(path)
    chron = _build(path.stem)
    text = chron.documents[0].text
    lines = []
    for needle in gold["not_events"]:
        at = text.index(needle)
        lines.append((text.rfind("\n", 0, at) + 1, text.find("\n", at) % (len(text) + 1)))
    for e in chron.events:
        for m in e.mentions:
            assert not any(a <= m.start < b for a, b in lines), f"event from boilerplate: {e.headline!r}"


_DANGLING = re.compile(r"[,;:\-–—(\"“]$|^[,;:.)]")


@pytest.mark.parametrize("path", ANNOTATIONS, ids=lambda p: p.stem)
def test_headlines_are_headlines(path):
    for e in _build(path.stem).events:
        h = e.headline
        assert 2 <= len(h.split()) <= HEADLINE_MAX_WORDS + NAME_SLACK, h
        assert h[:1].isupper() or h[:1].isdigit(), h
        assert not _DANGLING.search(h), h
        assert h.count("(") == h.count(")") and h.count("“") == h.count("”") and h.count('"') % 2 == 0, h


# --- the second Raqqa article built together with the example --------------------------------------

def _merge_cases(kind: str):
    for path in ANNOTATIONS:
        merge = _load(path).get("merge_with_example")
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
