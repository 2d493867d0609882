"""A corpus of several languages: one English, one Spanish, one German and one French article.

Each document's language is told on its own (JSON ``documents[].language``); each event keeps the
language of the documents that report it (its mentions name them) and its headline in that language's
words; the briefing speaks the most common language of the corpus (on a tie, the first article's),
or that of ``--locale``.
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
from chrono.model import Chronology, Document
from chrono.present import Briefing, language_of

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
ARTICLES = {
    "en": ROOT / "examples" / "dw-raqqa-2017-10-14.txt",
    "es": DATA / "es" / "articles" / "efe-siria-barriles-2015-03-23.txt",
    "de": DATA / "de" / "articles" / "dolomiten-trikolore-2011-03-18.txt",
    "fr": DATA / "fr" / "articles" / "lexpress-assad-2013-01-29.txt",
}
_WORD = re.compile(r"[^\W\d_]+")


def _published(path: Path) -> date | None:
    gold = path.with_suffix(".json")
    if not gold.exists():
        return None
    day = json.loads(gold.read_text(encoding="utf-8")).get("build", {}).get("published")
    return date.fromisoformat(day) if day else None


@lru_cache(maxsize=None)
def _corpus() -> Chronology:
    docs = [chrono.read(p, published=_published(p)) for p in ARTICLES.values()]        # no --lang: told
    return chrono.build(*docs)


@lru_cache(maxsize=None)
def _alone(code: str) -> Chronology:
    path = ARTICLES[code]
    return chrono.build(chrono.read(path, published=_published(path)))


def test_each_document_its_language():
    chron = _corpus()
    assert [d.language for d in chron.documents] == list(ARTICLES)


def test_json_gives_each_documents_language(tmp_path):
    chron = _corpus()
    (path,) = chrono.write(chron, tmp_path, formats=["json"])
    data = json.loads(path.read_text(encoding="utf-8"))
    languages = {d["id"]: d["language"] for d in data["documents"]}
    assert list(languages.values()) == list(ARTICLES)
    for event in data["events"]:
        assert event["mentions"] and all(m["doc"] in languages for m in event["mentions"])


def _language_of_event(chron: Chronology, event) -> set[str]:
    by_id = {d.id: d.language for d in chron.documents}
    return {by_id[m.doc] for m in event.mentions}


def test_events_keep_their_language_and_words():
    chron = _corpus()
    texts = {d.id: d.text.lower() for d in chron.documents}
    seen = set()
    for event in chron.events:
        languages = _language_of_event(chron, event)
        assert len(languages) == 1, (event.headline, languages)        # no event merged across languages
        seen |= languages
        words = _WORD.findall(event.headline.lower())
        own = texts[event.mentions[0].doc]
        found = sum(w in own for w in words)
        assert words and found >= 0.6 * len(words), (event.headline, languages)
    assert seen == set(ARTICLES)


@pytest.mark.parametrize("code", list(ARTICLES))
def test_same_events_as_alone(code):
    """Each article's events in the corpus are those it gives alone (headline, date, modality)."""
    chron = _corpus()
    doc_id = next(d.id for d in chron.documents if d.language == code)

    def key(e):
        return (e.headline, e.when.value, e.when.mod, e.modality)
    mine = sorted(key(e) for e in chron.events if e.mentions[0].doc == doc_id)
    assert mine == sorted(key(e) for e in _alone(code).events)


def test_briefing_language_most_common_else_first():
    def chron(*codes):
        return Chronology(tuple(Document(f"d{i}", "x", language=c) for i, c in enumerate(codes)))
    assert language_of(chron("en", "es", "de", "fr")).code == "en"          # a tie: the first article's
    assert language_of(chron("de", "es", "es")).code == "es"
    assert language_of(chron("fr", "de", "de", "fr")).code == "fr"
    assert language_of(chron()).code == lang.DEFAULT


def test_briefing_of_the_mixed_corpus():
    chron = _corpus()
    assert Briefing.of(chron).words.briefing == lang.get("en").display.briefing
    spanish = Briefing.of(chron.replace(locale="es"))
    assert spanish.words.briefing == lang.get("es").display.briefing
    assert [r.event.headline for r in spanish.rows] == [e.headline for e in chron.events]


def test_cli_builds_a_mixed_corpus(tmp_path):
    from click.testing import CliRunner
    from chrono.cli import main
    # one run gives every article the same --published: the two whose datelines give their own dates
    result = CliRunner().invoke(main, ["build", str(ARTICLES["en"]), str(ARTICLES["fr"]), "--format", "json",
                                       "--out", str(tmp_path / "out"), "--jobs", "1", "-q"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "out" / "chronology.json").read_text(encoding="utf-8"))
    assert [d["language"] for d in data["documents"]] == ["en", "fr"]
