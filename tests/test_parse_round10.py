"""A noun the parser made the root of a sentence whose verb it hung on it as a clause is mended (round 10):
"Alibaba shares closed in New York on Tuesday" has "closed" for its predicate and "shares" for subject, and
is read over its tree. Every sentence is invented."""
from __future__ import annotations

from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


def test_a_noun_root_over_its_verb_is_mended():
    from chrono.events.parse import parse
    from chrono.events.reported import mend_noun_root
    doc = parse(["Alibaba shares closed in New York on Tuesday at $185.25, up 0.35%."], "en")[0]
    mend_noun_root(doc)
    closed = next(t for t in doc if t.text == "closed")
    assert closed.dep_ == "ROOT" and next(t for t in doc if t.text == "shares").head.i == closed.i
    assert next(t for t in doc if t.text == "Tuesday").head.i == closed.i


def test_the_mended_sentence_is_read_over_its_tree():
    events = build("Markets\n\nAlibaba shares closed in New York on Tuesday at $185.25, up 0.35%.\n",
                   date(2019, 11, 20)).events
    assert [(e.when.value, e.rule) for e in events] == [("2019-11-19", "tree:on")]


def test_a_complement_clause_hung_deep_in_a_dating_phrase_is_the_verbs():
    # "said Thursday from her home in Irving, Texas, that ...": the clause hung on "Irving", not what she said
    events = build("Suspect\n\nKopp's stepmother said Thursday from her home in Irving, Texas, that she had not "
                   "heard from him in years.\n", date(1999, 5, 7)).events
    assert [(e.when.value, e.attribution) for e in events] == [("1999-05-06", "Kopp's stepmother")]
    assert "had not heard from him" in events[0].headline
