"""German, Spanish and French events and display: the examples of each pack, and three hand-annotated
articles per language (``tests/data/<code>/articles/NAME.json``) checked as the English held-out ones
(:mod:`tests.test_heldout_articles`): every annotated event found with its value, modality, relation,
attribution and headline words; the order; no event from page furniture; headlines that are headlines.
"""
from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

import chrono
from chrono import lang
from chrono.chronology import stem
from chrono.datetext import show, words_of
from chrono.events.headline import HEADLINE_MAX_WORDS, NAME_SLACK
from chrono.events.modality import classify
from chrono.events.syntax import is_verb_form
from chrono.model import AnchorPolicy, Chronology, Event, Relation, When
from chrono.timevalue import interval

CODES = ("de", "es", "fr")
DATA = Path(__file__).parent / "data"
ANNOTATIONS = sorted(p for code in CODES for p in (DATA / code / "articles").glob("*.json"))


def _patterns():
    for code in CODES:
        for name, pattern in lang.get(code).events.patterns():
            yield pytest.param(code, pattern, id=f"{code}:{name}")


@pytest.mark.parametrize("code,pattern", list(_patterns()))
def test_pattern_examples(code, pattern):
    assert pattern.examples or pattern.misses, "a pattern with no example"
    for text, found in pattern.examples:
        m = pattern.compiled.search(text)
        assert m is not None and m.group(0) == found, (text, m and m.group(0))
    for text in pattern.misses:
        assert pattern.compiled.search(text) is None, text


@pytest.mark.parametrize("code,kind,text,expected",
                         [(c, *e) for c in CODES for e in lang.get(c).events.examples])
def test_cue_examples(code, kind, text, expected):
    pack = lang.get(code)
    if kind == "modality":
        assert classify(text, language=pack).value == expected
    elif kind == "verb":
        assert is_verb_form(text, language=pack) is (expected == "yes")
    else:
        assert pack.events.dating.relations[text] == expected


@pytest.mark.parametrize("code,word,expected", [(c, *e) for c in CODES for e in lang.get(c).events.merge.stemming.examples])
def test_stemming_examples(code, word, expected):
    assert stem(word, code) == expected


def _when(value: str, mod: str | None = None, relation: str = "on") -> When:
    base = interval(value) if value else None
    return When(value, mod, *(base or (None, None, None)), Relation(relation))


@pytest.mark.parametrize("code", CODES)
def test_date_examples_and_a_complete_pack(code):
    assert code in lang.complete()
    words = words_of(code).dates
    assert words.examples
    for value, mod, relation, written, shown in words.examples:
        assert show(_when(value, mod, relation), timex_text=written, words=words) == shown, (value, mod)


@pytest.mark.parametrize("code", CODES)
def test_month_and_weekday_names_are_cldr(code):
    """The names shown are CLDR's, as babel gives them (written out in the pack: no import at run time)."""
    babel_dates = pytest.importorskip("babel.dates")
    words = words_of(code).dates
    assert words.months == tuple(babel_dates.get_month_names("abbreviated", locale=code).values())
    assert words.weekdays == tuple(babel_dates.get_day_names("abbreviated", locale=code)[i] for i in range(7))


# --- the annotated articles -----------------------------------------------------------------------

def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _build(path: Path) -> Chronology:
    gold = _load(path)
    build = gold.get("build", {})
    published = date.fromisoformat(build["published"]) if build.get("published") else None
    policy = AnchorPolicy.NARRATIVE if build.get("narrative") else AnchorPolicy.NEWS
    doc = chrono.read(path.with_name(gold["article"]), published=published, language=path.parent.parent.name)
    return chrono.build(doc, policy=policy)


def _words(event: Event) -> str:
    return f"{event.headline} {event.text}".lower()


def _matches(event: Event, g: dict, headline_only: bool = False) -> bool:
    text = event.headline.lower() if headline_only else _words(event)
    if not all(any(k.lower() in text for k in group) for group in g["keywords"]):
        return False
    values = g["value"] if isinstance(g["value"], list) else [g["value"]]
    return event.when.value in values and ("mod" not in g or (event.when.mod or None) == g["mod"])


def _hits(chron: Chronology, g: dict) -> list[int]:
    return sorted((i for i, e in enumerate(chron.events) if _matches(e, g)),
                  key=lambda i: not _matches(chron.events[i], g, headline_only=True))


def _describe(chron: Chronology) -> str:
    return "\n".join(f"  {e.when.value} {e.when.mod or ''} {e.when.relation.value} {e.modality.value}: "
                     f"{e.headline} [{e.attribution}]" for e in chron.events)


def _event_cases():
    for path in ANNOTATIONS:
        for g in _load(path)["events"]:
            marks = [pytest.mark.xfail(reason=g["xfail"], strict=False)] if g.get("xfail") else []
            yield pytest.param(path, g["id"], id=f"{path.parent.parent.name}:{path.stem}:{g['id']}", marks=marks)


@pytest.mark.parametrize("path,event_id", list(_event_cases()))
def test_annotated_event(path, event_id):
    g = next(e for e in _load(path)["events"] if e["id"] == event_id)
    chron = _build(path)
    hits = _hits(chron, g)
    assert hits, f"{event_id} not found at {g['value']}; events:\n{_describe(chron)}"
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


_IDS = {"ids": lambda p: f"{p.parent.parent.name}:{p.stem}"}


@pytest.mark.parametrize("path", ANNOTATIONS, **_IDS)
def test_document_and_language(path):
    gold = _load(path)
    chron = _build(path)
    doc = chron.documents[0]
    assert doc.language == path.parent.parent.name
    assert doc.published.isoformat() == gold["document"]["published"]
    if "title" in gold["document"]:
        assert doc.title == gold["document"]["title"]


@pytest.mark.parametrize("path", ANNOTATIONS, **_IDS)
def test_order(path):
    gold = _load(path)
    chron = _build(path)
    by_id = {g["id"]: g for g in gold["events"]}
    ranks = []
    for step in gold["order"]:
        ids = step if isinstance(step, list) else [step]
        ranks.append([_hits(chron, by_id[i])[0] for i in ids if _hits(chron, by_id[i])])
    for before, after in zip(ranks, ranks[1:]):
        if before and after:
            assert max(before) < min(after), f"{ranks}\n{_describe(chron)}"


@pytest.mark.parametrize("path", ANNOTATIONS, **_IDS)
def test_distinct_events_stay_apart(path):
    gold = _load(path)
    chron = _build(path)
    by_id = {g["id"]: g for g in gold["events"]}
    for ids in gold.get("distinct", []):
        firsts = [h[0] for h in (_hits(chron, by_id[i]) for i in ids) if h]
        assert len(set(firsts)) == len(firsts), f"{ids} merged:\n{_describe(chron)}"


@pytest.mark.parametrize("path", ANNOTATIONS, **_IDS)
def test_no_events_from_boilerplate(path):
    chron = _build(path)
    text = chron.documents[0].text
    lines = []
    for needle in _load(path).get("not_events", []):
        at = text.index(needle)
        lines.append((text.rfind("\n", 0, at) + 1, text.find("\n", at) % (len(text) + 1)))
    for e in chron.events:
        assert not any(a <= m.start < b for m in e.mentions for a, b in lines), f"from boilerplate: {e.headline!r}"


_DANGLING = re.compile(r"[,;:\-–—(\"“«]$|^[,;:.)]")


@pytest.mark.parametrize("path", ANNOTATIONS, **_IDS)
def test_headlines_are_headlines(path):
    for e in _build(path).events:
        h = e.headline
        assert 2 <= len(h.split()) <= HEADLINE_MAX_WORDS + NAME_SLACK, h
        assert h[:1].isupper() or h[:1].isdigit(), h
        assert not _DANGLING.search(h), h
        assert h.count("(") == h.count(")") and h.count("«") == h.count("»") and h.count('"') % 2 == 0, h
