"""Round 13: no headline of two words that is a fragment.

- "... Gonzalez said in the letter, dated Monday.": the parser makes "dated" a conjunct of "said"; a bare
  participle that only carries the date is no event ("Gonzalez dated");
- a clause the regex reader cuts to two words ("Who lived", "West Germany", "Came Lazaro") is no headline;
- "plan to reduce employment": the infinitive of a noun keeps its "to"; "returned home broke on Wednesday" is no
  "Nearly 150 Indians broke".
"""
from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


def _headlines(tmp_path, text: str, published: date) -> list[str]:
    return [e.headline for e in build(text, published).events]


def test_a_participle_that_only_carries_the_date_is_no_event(tmp_path):
    headlines = _headlines(tmp_path, "``I formally object to the legal moves made by those who are retaining Elian,'' "
                                     "Gonzalez said in the letter, dated Monday.\n", date(2000, 2, 16))
    assert "Gonzalez dated" not in headlines


def test_no_two_word_fragment_of_a_clause(tmp_path):
    headlines = _headlines(tmp_path, "Two new flights a week from Bombay (Monday and Tuesday nights) start on "
                                     "March 30.\n", date(1998, 3, 1))
    assert all(len(h.split()) > 2 for h in headlines)


def test_an_infinitive_of_a_noun_keeps_its_to(tmp_path):
    headlines = _headlines(tmp_path, "Profit fell largely because of a $24 million charge associated with Hughes's "
                                     "previously announced plan to reduce employment by 6,000 people by year end.\n",
                           date(1989, 10, 26))
    assert any("plan to reduce employment" in h for h in headlines)
    assert not any("plan reduce" in h for h in headlines)


def test_a_word_after_a_verb_taken_for_a_clause_is_its_secondary_predicate(tmp_path):
    """"returned home broke on Wednesday": "broke" no clause of its own (chrono/events/slips.py,
    ``mend_bare_adverbial``), so the date is the return's."""
    headlines = _headlines(tmp_path, "Their American dream shattered and huge savings wasted, nearly 150 Indians "
                                     "returned home broke on Wednesday after being deported for violating visa norms.\n",
                           date(2019, 11, 20))
    assert "Nearly 150 Indians broke" not in headlines


def test_a_long_headline_loses_the_subjects_modifier_before_the_objects(tmp_path):
    """"The state's new slogan for an anti-drug campaign drew a South Dakota-sized share of attention ...": a
    subject with a possessive is definite, its modifier goes first (chrono/events/phrase.py, ``trim``), not
    "of attention" ("drew a share")."""
    headlines = _headlines(tmp_path, "The state’s new slogan for an anti-drug campaign drew a South Dakota-sized "
                                     "share of attention on social media Monday.\n", date(2019, 11, 19))
    assert any("drew a share of attention" in h for h in headlines)


def test_a_verb_that_lost_what_it_takes_is_no_headline(tmp_path):
    """"Mr. Fournier said [Navigation Mixte's 1989 ... profit is likely to be ...]": the year premodifies the
    subject of what is said, and the report cut to "Mr. Fournier said" tells nothing (chrono/events/structure.py)."""
    headlines = _headlines(tmp_path, "Mr. Fournier said Navigation Mixte's 1989 unconsolidated, or parent-company, "
                                     "profit is likely to be 4.7 billion francs, up from 633.8 million francs last "
                                     "year.\n", date(1989, 10, 27))
    assert "Mr. Fournier said" not in headlines


def test_a_complement_the_parser_left_unlabelled_is_still_one(tmp_path):
    """"Tuesday, prosecutors asserted that Noel and Thomas were the only officers ...": the clause is the verb's
    complement though the parser calls it ``dep``; "Prosecutors asserted" is no headline."""
    headlines = _headlines(tmp_path, "Tuesday, prosecutors asserted that Noel and Thomas were the only officers "
                                     "assigned to Epstein's housing unit, and no inmate checks were conducted for at "
                                     "least eight hours.\n", date(2019, 11, 20))
    assert "Prosecutors asserted" not in headlines
