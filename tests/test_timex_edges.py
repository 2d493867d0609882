"""The edge of a decade or a century ("the late 1990s", "the mid-1950s", "the early 20th century") is its
TIMEX3 mod, as TimeML writes it; a holiday set by weekday ("Election Day") is read in the tense of its sentence."""
from datetime import date

import pytest

from chrono.timex import tag


@pytest.mark.parametrize("sentence, text, value, mod", [
    ("Prices rose in the late 1990s.", "the late 1990s", "199", "END"),
    ("The cells were first seen in the mid-1950s.", "the mid-1950s", "195", "MID"),
    ("It was built in the early 1980s.", "the early 1980s", "198", "START"),
    ("The town grew in the early 20th century.", "the early 20th century", "19", "START"),
    ("Rome fell in the late 5th century.", "the late 5th century", "04", "END"),
    ("Inflation soared in the 1990s.", "the 1990s", "199", None),
])
def test_edge_of_decade_or_century_is_its_mod(sentence, text, value, mod):
    found = [t for t in tag(sentence, date(2019, 11, 19)) if t.text == text]
    assert found, [t.text for t in tag(sentence, date(2019, 11, 19))]
    assert (found[0].value, found[0].mod) == (value, mod)


@pytest.mark.parametrize("sentence, value", [
    ("Voters will decide on Election Day.", "2020-11-03"),      # told after it: the next one
    ("Democrats won big on Election Day.", "2019-11-05"),
    ("The family will gather on Thanksgiving.", "2019-11-28"),
])
def test_a_weekday_holiday_takes_the_tense_of_its_sentence(sentence, value):
    (t,) = [t for t in tag(sentence, date(2019, 11, 20)) if t.rule == "holiday"]
    assert t.value == value


@pytest.mark.parametrize("text, expected", [
    ("She moved to Nashville in 2009. That summer she wrote songs.", ("That summer", "2009-SU")),
    ("He left in 2009. That fall, he returned.", ("That fall", "2009-FA")),
    ("In 2009 he won. During that fall he trained.", ("that fall", "2009-FA")),
    ("Stocks that fall sharply are sold. It was 2009.", None),                # a verb
])
def test_that_season_is_the_season_of_the_year_spoken_of(text, expected):
    found = [(t.text, t.value) for t in tag(text, date(2019, 11, 13)) if t.rule == "that_unit"]
    assert found == ([expected] if expected else [])
