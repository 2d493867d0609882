"""The reading's parses handed on: to the lede readers, and made ahead for several articles together.

None of this may change a result: a parse is the same whatever batch it is made in, a parse the
reading mended is never handed on, and a corpus read a few articles at a time gives the chronology
of one read article by article.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from pathlib import Path

import pytest

from chrono.events import parse as P
from chrono.events.bound import Parses

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [ROOT / "examples" / "dw-raqqa-2017-10-14.txt"] + sorted((ROOT / "tests" / "data" / "articles").rglob("*.txt"))[:6]

needs_parser = pytest.mark.skipif(P.parser("en") is None, reason="no syntax model for English")


def _tree(doc):
    return [(t.text, t.idx, t.head.i, t.dep_, t.pos_, t.tag_, str(t.morph)) for t in doc]


@needs_parser
def test_a_parse_is_the_same_in_any_batch():
    sentences = ["The army retook the town on Monday, officials said.",
                 "NAIROBI, Kenya (AP) _ Police arrested two men on Friday.",
                 "Shares of the company fell 5% after it said it would cut 400 jobs next year."]
    alone = [_tree(P.parse([s], "en")[0]) for s in sentences]
    assert [_tree(d) for d in P.parse(sentences, "en")] == alone
    assert [_tree(d) for d in P.parse(sentences[::-1] * 3, "en")][:3] == alone[::-1]


@needs_parser
def test_parses_made_ahead_are_handed_once_each():
    s = "The council approved the plan on Tuesday."
    try:
        P.parse_ahead([s, s], "en")
        first, second, third = (P.parse([s], "en")[0] for _ in range(3))
        assert len({id(first), id(second), id(third)}) == 3      # never the same parse twice
        assert _tree(first) == _tree(second) == _tree(third)
        assert P._AHEAD[("en", s)] == []
    finally:
        P.forget_ahead()
    assert not P._AHEAD


@needs_parser
def test_the_lede_readers_get_the_readings_parses_as_mended():
    texts = {0: "The council approved the plan on Tuesday.", 1: "Officials said the vote came after months of talks."}
    made = []

    def parse_all(chosen):
        made.append(list(chosen))
        return P.parse([texts[i] for i in chosen], "en")

    parses = Parses([0], parse_all, text_of=texts.__getitem__, extra=[1])
    doc = parses.get(0)
    assert made == [[0, 1]]                                     # the lede's sentence parsed with the others
    assert 1 not in parses                                      # ... but no part of the mapping
    assert parses.by_text(texts[0]) is doc and parses.by_text(texts[1]) is not None
    assert P.parse_one(texts[1], "en", parses.by_text) is parses.by_text(texts[1])
    root = next(t for t in doc if t.dep_ == "ROOT")
    other = next(t for t in doc if t.i != root.i and t.head.i != root.i)
    other.head = root                                           # the reading mends it in place
    assert parses.by_text(texts[0]) is doc                      # the lede readers read it as mended
    assert P.parse_one(texts[0], "en", parses.by_text) is doc


@needs_parser
def test_articles_read_together_give_what_each_gives_alone():
    from chrono.chronology import analyse_document
    from chrono.events.ahead import analyse_documents
    from chrono.model import AnchorPolicy
    from chrono.pipeline import read
    docs = [read(p) for p in ARTICLES]
    items = [(d, AnchorPolicy.NEWS) for d in docs]
    alone = [analyse_document(d, policy=AnchorPolicy.NEWS) for d in docs]
    assert analyse_documents(items) == alone
    assert not P._AHEAD


def test_a_corpus_read_a_few_at_a_time_gives_the_same_analyses_and_failures(tmp_path):
    from chrono import pipeline
    from chrono.settings import Settings
    undated = tmp_path / "undated.txt"
    undated.write_text("Somebody did something on Monday, and more on Tuesday.\n", encoding="utf-8")
    sources = [str(p) for p in ARTICLES[:3]] + [str(tmp_path / "missing.txt"), str(undated), str(ARTICLES[3])]
    tasks = [pipeline._Task(s, Settings()) for s in sources]
    together = pipeline._analyse_many(tasks)
    assert together == [pipeline._analyse(t) for t in tasks]
    assert [type(r).__name__ for r in together].count("Failure") == 2


@needs_parser
def test_the_tokens_of_a_span_are_found_by_their_offsets_as_by_reading_every_token():
    from chrono.events import tree
    sentence = "NAIROBI, Kenya (AP) _ Officials said on Wednesday that the town fell last week , after a siege."
    doc = P.parse([sentence], "en")[0]
    assert P.text_length(doc) == len(doc.text)
    starts, ends = P.token_bounds(doc)
    assert (starts, ends) == ([t.idx for t in doc], [t.idx + len(t.text) for t in doc])
    for start in range(len(sentence) + 1):
        for end in range(start, min(len(sentence), start + 25) + 1):
            naive = {t.i for t in doc if t.idx < end and t.idx + len(t.text) > start}
            assert set(range(bisect_right(ends, start), bisect_left(starts, end))) == naive
            head = tree.timex_head(doc, start, end)
            if head is not None:
                assert naive <= tree.date_ids(doc, head, start, end)
        before = next((t for t in reversed(doc) if t.idx + len(t.text) <= start and t.pos_ != "ADP"), None)
        assert tree.preceding(doc, start) == before


@needs_parser
def test_only_modifier_clauses_are_looked_at_for_the_mending():
    doc = P.parse(["Officials told investigators that he witnessed the crash, which happened on Monday."], "en")[0]
    assert [t.i for t in P._modifiers(doc)] == [t.i for t in doc if t.dep_ in ("acl", "acl:relcl")]


@needs_parser
def test_parse_one_keeps_the_last_parses_asked_for(monkeypatch):
    monkeypatch.setattr(P, "KEPT_PARSES", 2)
    monkeypatch.setattr(P, "_KEPT", type(P._KEPT)())
    a, b, c = "The vote was held on Monday.", "The talks ended on Tuesday.", "The deal was signed on Friday."
    first = P.parse_one(a, "en")
    assert P.parse_one(a, "en") is first and P.remembered(a, "en")
    P.parse_one(b, "en")
    P.parse_one(a, "en")                        # asked for again: kept longer than b
    P.parse_one(c, "en")
    assert P.remembered(a, "en") and P.remembered(c, "en") and not P.remembered(b, "en")
