"""Round 17: headlines the parse left empty or cut, and a date a superlative ranks over.

- the last word of a name the parser hung elsewhere ("Tariq [Aziz]" as a discourse word of the clause) is
  the name's: the headline does not cut the name;
- a date completing a noun of a part (the language's ``partitives``: "spent part of Sunday night with
  chanting protesters", "for much of last year") stays in the headline: without it the noun is empty
  ("spent part");
- "after last week, when the index recorded its worst stretch since early August": the when-clause is
  last week's happening; the date its superlative ranks over dates no happening of it;
- a passive participle after the noun of a phrase ("Dozens of buildings damaged in the May 2010 floods")
  takes its auxiliary in the headline: "Buildings were damaged in the floods";
- a year before one noun of a happening (the language's ``mentions``) with its "of"-phrase dates
  that happening, the year kept in its headline ("The 1995 shooting of Dr. Hugh Short"); "the 2016 election"
  still names which one, and a bare "the 1995 shooting" is left out as before.
"""
from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


def _shown(text: str, published: date):
    return [(e.when.value, e.modality.value, e.headline) for e in build(text, published).events]


def test_a_name_is_not_cut():
    shown = _shown("He's expected to meet with Iraqi deputy prime minister Tariq Aziz later this afternoon.",
                   date(1998, 2, 22))
    assert [h for _, _, h in shown] == ["He's expected to meet with Iraqi deputy prime minister Tariq Aziz"]


@pytest.mark.parametrize("sentence, published, headline", [
    ("Sergio Navarro, a 39-year-old Miami businessman, spent part of Sunday night with chanting protesters.",
     date(2000, 4, 17), "part of Sunday night"),
    ("The company was unprofitable for much of last year.", date(2000, 4, 17), "for much of last year"),
])
def test_a_part_keeps_its_date(sentence, published, headline):
    shown = _shown(sentence, published)
    assert len(shown) == 1 and headline in shown[0][2], shown


def test_the_date_a_superlative_ranks_over_dates_no_happening():
    shown = _shown("Hong Kong stocks have been trying to claw back some losses after last week, when the index "
                   "recorded its worst stretch since early August amid worsening protests in the city.",
                   date(2019, 11, 19))
    assert ("2019-W46", "fact", "The index recorded its worst stretch") in shown, shown
    assert not any(v.startswith("2019-08") for v, _, _ in shown), shown


def test_a_participle_after_a_phrases_noun_takes_its_passive_auxiliary():
    # "buildings", the noun of "Dozens of buildings": the participle after it describes it, a passive
    shown = _shown("Dozens of buildings damaged in the May 2010 floods still stand empty.", date(2011, 2, 10))
    assert shown == [("2010-05", "fact", "Buildings were damaged in the floods")], shown


def test_a_year_before_one_happening_noun_dates_it():
    # the year dates the shooting, not the charging; the noun alone would say no more than "Shooting"
    assert _shown("The warrant charged Kopp with murder in the 1995 shooting of Dr. Hugh Short.", date(2000, 1, 24)) == \
        [("1995", "fact", "The 1995 shooting of Dr. Hugh Short")]


@pytest.mark.parametrize("sentence", [
    "Russia denied interfering in the 2016 election.",      # a year naming which one
    "Police charged him in the 1995 shooting.",             # a noun with no phrase of its own: left out, as before
])
def test_a_year_that_dates_nothing_of_the_clause(sentence):
    assert _shown(sentence, date(2000, 1, 24)) == []


@pytest.mark.parametrize("text, headline", [
    ("Since the 2003 war, Iraq has changed", "Iraq has changed since the 2003 war"),     # a short clause: after it
    ("After a three-year silence, there has been news from the band", "There has been news from the band"),
])
def test_a_fronted_verbless_phrase(text, headline):
    # only the subordinator cut, it left "The 2003 war, Iraq has changed"
    from chrono.events.headline import compress

    assert compress(text, language="en") == headline
