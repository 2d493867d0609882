"""Same-day leads of round 8 (chrono.events.lede, chrono.events.lede_clause), on invented stories:

- a story's first sentence with no time expression whose main verb reports ("X said it holds ...",
  "X says ...", "X announced that ...") tells the day's news: the report, dated by the publication day;
- a lede's tense that stands in a background clause (an adverbial clause of concession, cause or time;
  a relative clause) tells no news: a generic opening line is not listed, but the main clause's own
  tense still is.
"""
from __future__ import annotations

from datetime import date

import pytest

from chrono.events.lede_clause import in_background
from chrono.events.parse import parse, parser
from stories import build as _build, find as _find, show as _show

DAY = date(2019, 11, 19)

pytestmark = pytest.mark.skipif(parser("en") is None, reason="no parser model")


def _today(chron, words):
    return [e for e in _find(chron, words) if e.when.value == DAY.isoformat()]


@pytest.mark.parametrize("lede,words", [
    ("Harbor Bancorp said it holds a 9.5% stake in Lakeview Savings and may seek control of the bank.", "9.5%"),
    ("The health ministry says the outbreak is under control in the northern provinces.", "outbreak"),
    ("Mayor Ellen Price announced that the city will close three of its libraries.", "libraries"),
    ("Northwind Airlines told its pilots it would cut 400 jobs at its two hubs.", "400 jobs"),
    ("Regional officials confirmed that two bridges had collapsed in the flood.", "bridges"),
    ("Its chairman said the board unanimously rejected the offer as far too low.", "rejected"),
])
def test_an_undated_lede_told_as_a_report_is_the_days_news(lede, words):
    chron = _build("Story\n\n" + lede + "\n\nThe rest of the story follows here with more words.\n", published=DAY)
    news = _today(chron, words)
    assert news, _show(chron)
    assert news[0].modality.value == "fact", _show(chron)


@pytest.mark.parametrize("lede,words", [
    ("While the harbour has been a magnet for tourists, the old town remains quiet in winter.", "harbour"),
    ("Although the council has approved a budget, the mayor remains unhappy with it.", "budget"),
    ("Because prices have risen sharply, many families still struggle to pay their bills.", "prices"),
    ("Residents who reported the noise remain worried about the plant.", "noise"),
])
def test_a_tense_in_a_background_clause_is_no_news(lede, words):
    chron = _build("Story\n\n" + lede + "\n", published=DAY)
    assert not _today(chron, words), _show(chron)


@pytest.mark.parametrize("lede,words", [
    ("Although sales have fallen for a year, the company has hired 200 new workers.", "hired"),
    ("As rents keep rising, the city council has approved a new housing plan.", "housing plan"),
    # the main clause after a relative clause of its subject (which the parser may hang the main clause under)
    ("A man who saw the crash has been questioned by police.", "questioned"),
])
def test_the_main_clause_after_a_background_clause_is_still_news(lede, words):
    chron = _build("Story\n\n" + lede + "\n", published=DAY)
    assert _today(chron, words), _show(chron)


def test_in_background_reads_the_clause_of_the_tense():
    sentence = "While the lake has been popular for years, the town has built a new pier."
    parsed = parse([sentence], "en")[0]
    assert in_background(parsed, sentence.index("has been"))
    assert not in_background(parsed, sentence.index("has built"))


@pytest.mark.parametrize("lede,words", [
    ("Police arrested three men who escaped from a prison last week, officials said Tuesday.", "arrested"),
    ("Rebels freed two aid workers who were kidnapped in 2018, the ministry announced Tuesday.", "freed"),
    ("Tanzania expelled five Iraqis who were questioned over last month's bombings, a newspaper reported Tuesday.",
     "expelled"),
    ("The council approved a plan that residents proposed in March, the mayor said today.", "approved"),
])
def test_an_undated_main_clause_framed_by_a_report_of_the_day_is_the_days_news(lede, words):
    chron = _build("Story\n\n" + lede + "\n\nThe rest of the story follows here with more words.\n", published=DAY)
    news = _today(chron, words)
    assert news, _show(chron)


@pytest.mark.parametrize("lede,words", [
    # the main clause is dated: its own date, not the report's
    ("Police arrested three men last week, officials said Tuesday.", "arrested"),
    # the report is of another day: no news of the publication day
    ("Police arrested three men who escaped from a prison last week, officials said Monday.", "arrested"),
])
def test_a_dated_main_clause_or_an_earlier_report_is_no_days_lede(lede, words):
    chron = _build("Story\n\n" + lede + "\n", published=DAY)
    assert not [e for e in _today(chron, words) if e.rule == "lede-news"], _show(chron)


@pytest.mark.parametrize("lede,words", [
    ("The Internet has been a blessing for researchers and students.", "blessing"),
    ("The harbour has been a magnet for tourists from the north.", "magnet"),
    ("The company has been a leader in solar panels.", "leader"),
])
def test_a_lede_of_a_present_perfect_copula_is_a_state(lede, words):
    chron = _build("Story\n\n" + lede + "\n", published=DAY)
    assert not _today(chron, words), _show(chron)


@pytest.mark.parametrize("lede,words", [
    ("There has been a fire at the chemical plant.", "fire"),         # existential: a happening
    ("The mayor of the town has been arrested.", "arrested"),         # a passive
    ("Shares of the airline have been down all morning.", "down"),    # a word of a change
])
def test_a_present_perfect_of_a_happening_is_still_news(lede, words):
    chron = _build("Story\n\n" + lede + "\n", published=DAY)
    assert _today(chron, words), _show(chron)
