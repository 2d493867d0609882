"""Round 13: no headline of two words that is a fragment.

- "... Gonzalez said in the letter, dated Monday.": the parser makes "dated" a conjunct of "said"; a bare
  participle that only carries the date is no event ("Gonzalez dated");
- a clause the regex reader cuts to two words ("Who lived", "West Germany", "Came Lazaro") is no headline.
"""
from datetime import date

import chrono


def _headlines(tmp_path, text: str, published: date) -> list[str]:
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return [e.headline for e in chrono.build(str(path), published=published).events]


def test_a_participle_that_only_carries_the_date_is_no_event(tmp_path):
    headlines = _headlines(tmp_path, "``I formally object to the legal moves made by those who are retaining Elian,'' "
                                     "Gonzalez said in the letter, dated Monday.\n", date(2000, 2, 16))
    assert "Gonzalez dated" not in headlines


def test_no_two_word_fragment_of_a_clause(tmp_path):
    headlines = _headlines(tmp_path, "Two new flights a week from Bombay (Monday and Tuesday nights) start on "
                                     "March 30.\n", date(1998, 3, 1))
    assert all(len(h.split()) > 2 for h in headlines)
