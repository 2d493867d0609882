"""Clause splitting and headline compression."""
from __future__ import annotations

import pytest

from chrono.events.syntax import clause_texts, split_clauses
from chrono.events.headline import compress


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
    ("Barzani, who called the vote despite warnings from Washington, Ankara and Tehran, has not appeared since Monday.",
     ["Barzani has not appeared since Monday", "who called the vote despite warnings from Washington, Ankara and Tehran"]),
    ("Fighters left the city under a deal, but foreign fighters were not allowed to leave.",
     ["Fighters left the city under a deal", "foreign fighters were not allowed to leave"]),
    ("reconstruction would begin in the coming months, but warned that clearing mines could take years",
     ["reconstruction would begin in the coming months", "warned that clearing mines could take years"]),
    ("IS has lost Raqqa, the Syrian city it had used as its capital since 2014.",
     ["IS has lost Raqqa", "the Syrian city it had used as its capital since 2014"]),
    ("The U.N. Security Council will vote Friday.", ["The U.N. Security Council will vote Friday"]),  # no end at U.N.
    ("In July, Iraqi forces retook Mosul, the jihadists' de-facto capital in Iraq.",
     ["In July, Iraqi forces retook Mosul, the jihadists' de-facto capital in Iraq"]),   # no relative: one clause
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
    ("The SDF, a coalition of Kurdish and Arab fighters backed by US air strikes, launched its assault on Raqqa",
     None, "The SDF launched its assault on Raqqa"),               # mid-sentence appositive out
    ("Syrian troops and their allies drove the Islamic State group out of the eastern city of Deir el-Zour",
     None, "Syrian troops and their allies drove the Islamic State group out of Deir el-Zour"),   # place noun out
    ("The government in Damascus has been fighting to lift an IS siege on parts of Deir el-Zour", None,
     "The government in Damascus has been fighting to lift an IS siege on parts of Deir el-Zour"),  # keeps the name
])
def test_headlines(clause, subject, headline):
    assert compress(clause, subject=subject) == headline


def test_headline_never_longer_than_fifteen_words():
    long = " ".join(["word"] * 40)
    assert len(compress(long).split()) <= 15
