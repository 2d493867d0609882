"""Two-date sentences and event anchors of round 8, on invented sentences (never copied from a story or a page).

- a time counted from a killing named by a noun of its kind ("ten days before the shooting", "two days after
  the slaying", "a week before the murder") is dated from the day the story told the killing on, whatever
  verb told it ("was shot", "was killed", "was slain"); a clock time right before the count keeps its hour
  (:mod:`chrono.events.relative`);
- a time named by a happening told in a clause ("crossed out the day he was killed", "the night they were
  arrested") is the time of that happening, told earlier, whatever its grain; "that same day" after a happening
  dated only to a month is that month; "barely a month after X suspended ..." counts back a month from the day's
  news;
- a deadline moved: "would extend its bid, due to expire last Thursday, to Nov. 6": the old deadline dates
  the set-off clause, the new one the extension (a range word after a comma joins no range; an infinitive
  set off by commas is no open complement; a date after the closing comma is the interrupted predicate's);
- a date right after a figure a comparison introduces ("up from 633.8 million francs last year", "from an
  estimated $470 million this year", "compared with 3,200 in 1995") dates that figure, never its clause; a
  value predicate's figure is stated of its subject as an event of its own (:mod:`chrono.events.compared`);
- a gapped list of dated objects ("expanded to include Greece and Turkey in 1952, Germany in 1955 and Spain
  in 1982") gives one event an object, each with its own date and the predicate's words
  (:mod:`chrono.events.gapped`).
"""
from __future__ import annotations

from datetime import date

import pytest

from chrono.events.parse import parser
from chrono.lang.en.events.compared import COMPARED
from stories import build

PUBLISHED = date(1998, 11, 20)          # a Friday

needs_parser = pytest.mark.skipif(parser("en") is None, reason="the shipped parser is needed")


def _events(text: str):
    return [(e.headline, e.when.value, e.modality.value) for e in build("News\n\n" + text + "\n", PUBLISHED).events]


@needs_parser
@pytest.mark.parametrize("text, words, value", [
    ("The police chief was shot on Oct. 23 at his home. A neighbour saw a man near the house at 6 a.m. "
     "ten days before the shooting.", "neighbour saw", "1998-10-13T06:00"),
    ("Smith was killed on March 3 in Boston. His car was seen nearby two days before the killing.",
     "car was seen", "1998-03-01"),
    ("The mayor was murdered on May 5 in his office. Witnesses saw the suspect a week before the murder.",
     "Witnesses saw", "1998-04-28"),
    ("Jones was slain on June 10 near his farm. He had received a threat three days before the slaying.",
     "received a threat", "1998-06-07"),
    ("Gunmen shot the governor on Tuesday in Lagos. Troops sealed the border a day after the assassination.",
     "sealed the border", "1998-11-18"),
    ("Gunmen killed the governor at 10 p.m. on Oct. 2 in Lagos. Troops sealed the border two days after "
     "the shooting.", "sealed the border", "1998-10-04"),
])
def test_count_from_a_killing_of_any_word(text, words, value):
    assert any(words in h and v == value for h, v, _ in _events(text)), _events(text)


@pytest.mark.parametrize("before, figure", [
    ("profit is likely to be 4.7 billion francs, up from 633.8 million francs ", "633.8 million francs"),
    ("will rise slightly, Mr. Marous said, from an estimated $470 million ", "an estimated $470 million"),
    ("It has 13 facilities, up from seven ", "seven"),
    ("a dividend of 4.6 pence, up 15% from 4 pence ", "4 pence"),
    ("employs 5,000 people, compared with 3,200 in ", "3,200"),
])
def test_compared_figure_found(before, figure):
    assert COMPARED.compiled.search(before).group("figure").strip() == figure


@pytest.mark.parametrize("before", ["moved its headquarters from Boston ", "rose to $2 billion ",
                                    "rose from 10 to 20 in ", "was founded "])
def test_no_compared_figure(before):
    assert COMPARED.compiled.search(before) is None


@needs_parser
@pytest.mark.parametrize("text, present, figure", [
    ("Capital spending in 1999 will rise slightly, the treasurer said, from an estimated $470 million this year.",
     ("1999", "forecast"), ("$470 million", "1998", "fact")),
    ("Net income rose to $45 million in the third quarter from $38 million a year earlier.",
     ("1998-Q3", "fact"), ("$38 million", "1997-Q3", "fact")),
    ("Exports fell 4% in August from 12.5 billion dollars in July.",
     ("1998-08", "fact"), ("12.5 billion dollars", "1998-07", "fact")),
    ("The group expects its foreign sales to grow to 25% of its revenue from 20% last year.",
     None, ("20%", "1997", "fact")),
])
def test_compared_figure_dates_itself(text, present, figure):
    found = _events(text)
    assert any(figure[0] in h and v == figure[1] and m == figure[2] for h, v, m in found), found
    if present is not None:
        assert any(figure[0] not in h.split(" from ")[0] and (v, m) == present for h, v, m in found), found
    assert all(v != figure[1] or figure[0] in h for h, v, _ in found), found


@needs_parser
@pytest.mark.parametrize("text, wrong", [
    ("Acme has 13 facilities in operation, up from seven a year earlier.", "1997"),
    ("The company now employs 5,000 people, compared with 3,200 in 1995.", "1995"),
    ("Reed is paying an interim dividend of 4.6 pence, up 15% from 4 pence a year earlier.", "1997"),
])
def test_compared_figure_never_dates_its_clause(text, wrong):
    assert all(v != wrong for _, v, _ in _events(text)), _events(text)


@needs_parser
@pytest.mark.parametrize("text, expected", [
    ("The alliance was expanded to include Greece and Turkey in 1952, Germany in 1955 and Spain in 1982.",
     [("Greece and Turkey", "1952"), ("Germany", "1955"), ("Spain", "1982")]),
    ("Since 1949, the alliance has been expanded to include Greece and Turkey in 1952, Germany in 1955 and "
     "Spain in 1982.", [("Greece and Turkey", "1952"), ("Germany", "1955"), ("Spain", "1982")]),
    ("The museum bought a Monet in 1990, two Degas drawings in 1993 and a Rodin bronze in 1996.",
     [("a Monet", "1990"), ("two Degas drawings", "1993"), ("a Rodin bronze", "1996")]),
    ("The league admitted Ohio in 1990, Texas in 1994 and Utah in 1999.",
     [("Ohio", "1990"), ("Texas", "1994"), ("Utah", "1999")]),
    ("Voters elected Smith in 1990, Jones in 1994 and Brown in 1998.",
     [("Smith", "1990"), ("Jones", "1994"), ("Brown", "1998")]),
])
def test_gapped_list_one_event_an_object(text, expected):
    found = _events(text)
    for words, value in expected:
        assert any(words in h and v == value for h, v, _ in found), (words, value, found)
    others = {w for w, _ in expected}
    for words, value in expected:       # each item's event names its own object only
        assert all(not any(o in h for o in others - {words} if o not in words) for h, v, _ in found if v == value)


@needs_parser
@pytest.mark.parametrize("text, words, value", [
    ("Dr. Smith was shot dead on Oct. 23 in his kitchen. His name on the website was crossed out the day he was "
     "killed.", "crossed out", "1998-10-23"),
    ("Jones was arrested on March 3 in Leeds. His lawyer flew to Leeds the day he was arrested.",
     "lawyer flew", "1998-03-03"),
    ("Police killed two gunmen on June 5. Residents heard shots the night they were killed.",
     "heard shots", "1998-06-05"),
    ("Three doctors were killed, most recently last October when Dr. Smith was gunned down in his home. His name "
     "on the website was crossed out that same day.", "crossed out", "1998-10"),
    ("The firm was founded in 1995. That same year, it opened a plant in Ohio.", "opened a plant", "1995"),
])
def test_time_of_a_happening_told_before(text, words, value):
    assert any(words in h and v == value for h, v, _ in _events(text)), _events(text)


@needs_parser
def test_a_month_before_the_days_news():
    found = build("News\n\nThis move comes barely a month after the airline suspended its flights to Asia.\n",
                  date(1998, 2, 13)).events
    assert any("suspended" in e.headline and e.when.value == "1998-01" for e in found), [(e.headline, e.when.value) for e in found]


@needs_parser
@pytest.mark.parametrize("text, new, old", [
    ("Merieux said it would extend its bid, due to expire last Thursday, to Dec. 6.",
     ("extend its bid", "1998-12-06", "forecast"), ("expire", "1998-11-19")),
    ("The company said it would extend its offer, due to expire last Tuesday, to Dec. 1.",
     ("extend its offer", "1998-12-01", "forecast"), ("expire", "1998-11-17")),
])
def test_deadline_moved(text, new, old):
    found = _events(text)
    assert any(new[0] in h and (v, m) == new[1:] for h, v, m in found), found
    assert any(old[0] in h and v == old[1] and new[0] not in h for h, v, m in found), found


def test_range_word_after_a_comma_joins_no_range():
    from chrono.lang.en.events.dating import DATING
    assert DATING.coordination.compiled.match(" to ") and not DATING.coordination.compiled.match(", to ")
