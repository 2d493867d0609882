"""German, Spanish and French events and display: the examples of each pack, and three hand-annotated
articles per language (``tests/data/<code>/articles/NAME.json``) checked as the English held-out ones
(:mod:`test_heldout_articles`, with the same checks: :mod:`annotated`): every annotated event found with its value, modality, relation,
attribution and headline words; the order; no event from page furniture; headlines that are headlines.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

import chrono
from annotated import (check_distinct, check_event, check_headlines, check_no_furniture, check_order, event_cases,
                       load)
from chrono import lang
from chrono.chronology import stem
from chrono.datetext import show, words_of
from chrono.events.modality import classify
from chrono.events.syntax import is_verb_form
from chrono.model import AnchorPolicy, Chronology, Relation, When
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

@lru_cache(maxsize=None)
def _build(path: Path) -> Chronology:
    gold = load(path)
    build = gold.get("build", {})
    published = date.fromisoformat(build["published"]) if build.get("published") else None
    policy = AnchorPolicy.NARRATIVE if build.get("narrative") else AnchorPolicy.NEWS
    doc = chrono.read(path.with_name(gold["article"]), published=published, language=path.parent.parent.name)
    return chrono.build(doc, policy=policy)


def _case_id(path: Path) -> str:
    return f"{path.parent.parent.name}:{path.stem}"


@pytest.mark.parametrize("path,event_id", list(event_cases(ANNOTATIONS, _case_id)))
def test_annotated_event(path, event_id):
    check_event(_build(path), next(e for e in load(path)["events"] if e["id"] == event_id))


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_case_id)
def test_document_and_language(path):
    gold = load(path)
    doc = _build(path).documents[0]
    assert doc.language == path.parent.parent.name
    assert doc.published.isoformat() == gold["document"]["published"]
    if "title" in gold["document"]:
        assert doc.title == gold["document"]["title"]


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_case_id)
def test_order(path):
    check_order(_build(path), load(path))


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_case_id)
def test_distinct_events_stay_apart(path):
    check_distinct(_build(path), load(path))


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_case_id)
def test_no_events_from_boilerplate(path):
    check_no_furniture(_build(path), load(path))


@pytest.mark.parametrize("path", ANNOTATIONS, ids=_case_id)
def test_headlines_are_headlines(path):
    check_headlines(_build(path))
