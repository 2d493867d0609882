"""English wire datelines are written once (chrono/lang/en/dateline.py): the sentence prefix, the line of
its own and the text's opening are the same shape, and each reader finds it."""
import re
from datetime import date

import pytest

from chrono.lang.en import dateline
from chrono.timex.policy import AnchorPolicy, choose_policy


@pytest.mark.parametrize("text,found", dateline.EXAMPLES)
def test_prefix_and_opening_find_the_dateline(text, found):
    assert re.match(dateline.PREFIX, text).group(0) == found
    assert dateline.OPENING.match(text)


@pytest.mark.parametrize("text", dateline.MISSES)
def test_no_dateline(text):
    assert not re.match(dateline.PREFIX, text)
    assert not dateline.OPENING.match(text + " more words")


@pytest.mark.parametrize("line", dateline.LINE_EXAMPLES)
def test_a_line_of_its_own(line):
    assert re.match(dateline.LINE, line, re.IGNORECASE)
    assert not re.match(dateline.LINE, line + " The army said", re.IGNORECASE)


def test_a_label_line_is_no_dateline_but_a_colon_opens_a_sentence():
    assert not re.match(dateline.LINE, "SOURCE:", re.IGNORECASE)
    assert re.match(dateline.PREFIX, "NEW DELHI: Nearly 150 Indians returned home")


def test_a_xinhua_dateline_with_its_day_makes_the_text_a_report():
    text = ("NICOSIA, August 8 (Xinhua) -- Cyprus said in 1974 and 1983 and 1990 and 1991 and 1995 "
            "that the talks of 1960 would go on.")
    assert choose_policy(text, date(1998, 8, 8)) is AnchorPolicy.NEWS
