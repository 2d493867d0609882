"""Clause splitting and headline compression."""
from __future__ import annotations

import pytest

from chrono.clauses import clause_texts, split_clauses
from chrono.headline import compress


@pytest.mark.parametrize("sentence,clauses", [
    ("We expect fighting in the days ahead and will not set a time.",
     ["We expect fighting in the days ahead", "will not set a time"]),
    ("IS seized the city in 2014 and the city has since served as its capital.",
     ["IS seized the city in 2014", "the city has since served as its capital"]),
    ("The mastermind is believed to be among them and he has refused to surrender.",
     ["The mastermind is believed to be among them", "he has refused to surrender"]),
    ("Around 100 militants had surrendered and been removed from the city since Friday.",
     ["Around 100 militants had surrendered and been removed from the city since Friday"]),
    ("Around 275 militants and their families had left the city.",
     ["Around 275 militants and their families had left the city"]),
    ("Forces entered Syria and Iraq in 2014.", ["Forces entered Syria and Iraq in 2014"]),
    ("The battles go on. Today the city may fall.", ["The battles go on", "Today the city may fall"]),
    ("The talks stalled; the army attacked on Monday.", ["The talks stalled", "the army attacked on Monday"]),
    ("Mosul, which IS seized in June 2014, was retaken in July.",
     ["Mosul was retaken in July", "which IS seized in June 2014"]),
])
def test_clauses(sentence, clauses):
    assert clause_texts(sentence) == clauses


def test_clauses_of_content_spans_only():
    sentence = "The town fell on Monday, the army said."
    (clause,) = split_clauses(sentence, ((0, 23),))
    assert clause.text(sentence) == "The town fell on Monday"


@pytest.mark.parametrize("clause,subject,headline", [
    ("Separately, the army retook the town from IS after intense fighting and Russian airstrikes "
     "that lasted for several days and nights", None, "The army retook the town from IS"),
    ('around 100 IS militants had already surrendered and been "removed" from the city', None,
     "Around 100 IS militants had surrendered and been removed from the city"),
    ("they had struck a deal to evacuate civilians", "Local officials", "Local officials had struck a deal to evacuate civilians"),
    ("But the army (SAA) retook the town", None, "The army retook the town"),
    ("The offensive to retake the city started with the help of US-led airstrikes and several hundred US special forces",
     None, "The offensive to retake the city started"),
    ("that the rebels reportedly withdrew", None, "The rebels withdrew"),
])
def test_headlines(clause, subject, headline):
    assert compress(clause, subject=subject) == headline


def test_headline_never_longer_than_fifteen_words():
    long = " ".join(["word"] * 40)
    assert len(compress(long).split()) <= 15
