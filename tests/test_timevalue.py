from datetime import date

import pytest

from chrono.model import Grain
from chrono.timevalue import grain_of, interval

CASES = [
    # value, mod, start, end, grain
    ("2017-07", None, date(2017, 7, 1), date(2017, 8, 1), Grain.MONTH),
    ("2017-12", None, date(2017, 12, 1), date(2018, 1, 1), Grain.MONTH),
    ("2017-10-13", None, date(2017, 10, 13), date(2017, 10, 14), Grain.DAY),
    ("2017-10-13TMO", None, date(2017, 10, 13), date(2017, 10, 14), Grain.TIME),
    ("2017-10-13T10:00", None, date(2017, 10, 13), date(2017, 10, 14), Grain.TIME),
    ("2014", "START", date(2014, 1, 1), date(2014, 5, 1), Grain.YEAR),
    ("2014", "END", date(2014, 9, 1), date(2015, 1, 1), Grain.YEAR),
    ("2014", "MID", date(2014, 5, 1), date(2014, 9, 1), Grain.YEAR),
    ("2014", "APPROX", date(2014, 1, 1), date(2015, 1, 1), Grain.YEAR),
    ("1989-Q3", None, date(1989, 7, 1), date(1989, 10, 1), Grain.QUARTER),
    ("1989-H2", None, date(1989, 7, 1), date(1990, 1, 1), Grain.HALF),
    ("2017-W43", None, date(2017, 10, 23), date(2017, 10, 30), Grain.WEEK),
    ("2017-WI", None, date(2016, 12, 1), date(2017, 3, 1), Grain.SEASON),
    ("2017-SU", None, date(2017, 6, 1), date(2017, 9, 1), Grain.SEASON),
    ("199", None, date(1990, 1, 1), date(2000, 1, 1), Grain.DECADE),
    ("19", None, date(1900, 1, 1), date(2000, 1, 1), Grain.CENTURY),
]


@pytest.mark.parametrize("value,mod,start,end,grain", CASES)
def test_interval(value, mod, start, end, grain):
    assert interval(value, mod) == (start, end, grain)
    assert grain_of(value) == grain


@pytest.mark.parametrize("value", ["PRESENT_REF", "FUTURE_REF", "PAST_REF", "PXD", "P3Y", "XXXX-07",
                                   "2017-02-30", "", "2017-13"])
def test_vague_or_invalid_values_have_no_interval(value):
    assert interval(value) is None
