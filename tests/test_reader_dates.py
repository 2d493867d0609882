"""One date finder (:mod:`chrono.reader.dates`): metadata values, placeholders, local days, date lines."""
from __future__ import annotations

from datetime import date, timedelta, timezone

import pytest

from chrono.reader.dateline import parse_dateline
from chrono.reader.dates import find_published, meta_date, page_year, parse_datetime, plausible
from chrono.reader.document import parse_text

BODY = ("Iraqi forces retook the old city of Mosul on Sunday after a nine-month campaign, the military said, "
        "and officials in Baghdad declared the end of the battle.")


@pytest.mark.parametrize("value, day", [
    ("2019-11-20T02:59:46Z", date(2019, 11, 20)),
    ("2019-11-19T21:59:46-05:00", date(2019, 11, 19)),         # the local day as written
    ("Fri, 13 Oct 2017 10:32:00 GMT", date(2017, 10, 13)),      # RFC 2822, not cut to 10 characters
    ("November 20, 2019 13:42", date(2019, 11, 20)),
    ("2019-11-20", date(2019, 11, 20)),
    ("soon", None),
])
def test_parse_datetime(value, day):
    found = parse_datetime(value)
    assert (found[0] if found else None) == day


def test_offsets():
    assert parse_datetime("2019-11-19T21:59:46-05:00")[1] == timezone(timedelta(hours=-5))
    assert parse_datetime("2019-11-19")[1] is None


def test_placeholders_and_dates_after_the_last_modification_are_refused():
    assert not plausible(date(1, 1, 1)) and not plausible(date(1970, 1, 1))
    assert not plausible(date(2019, 11, 25), modified=date(2019, 11, 20))
    assert plausible(date(2019, 11, 21), modified=date(2019, 11, 20))
    assert meta_date(["0001-01-01T00:00:00Z", "2019-11-19T08:00:00-05:00"]) == date(2019, 11, 19)


def test_a_utc_time_counts_on_the_pages_own_day():
    # 02:34Z is still the 18th where the page's other times are -05:00
    assert meta_date(["2019-11-19T02:34:00Z", "2019-11-18T21:34:00-05:00"]) == date(2019, 11, 18)


def test_htmldate_first_then_metadata_then_date_lines():
    text = "Mosul is retaken\n\nPublished July 9, 2017\n\n" + BODY
    doc = parse_text(text)
    assert find_published(doc.text, doc.blocks, extracted="2017-07-10") == date(2017, 7, 10)
    assert find_published(doc.text, doc.blocks, extracted="0001-01-01", meta=["2017-07-08"]) == date(2017, 7, 8)
    assert find_published(doc.text, doc.blocks, extracted="0001-01-01") == date(2017, 7, 9)


def test_a_date_line_without_its_year_takes_the_pages():
    assert parse_dateline("Updated 3:57 PM ET, March 18", year=2019) == (date(2019, 3, 18), 2)
    assert parse_dateline("Updated 3:57 PM ET, March 18") is None
    assert page_year("Copyright 2019. Posted 2019-03-01, 2019 figures, 2018 report") == 2019
    doc = parse_text("Mosul is retaken\n\nUpdated 3:57 PM ET, March 18\n\n" + BODY + " In 2019 it rained.\n")
    assert doc.published == date(2019, 3, 18)


def test_tag_and_build_read_the_same_date(tmp_path):
    import chrono
    path = tmp_path / "page.html"
    path.write_text("<html><head><meta property='article:published_time' content='Fri, 13 Oct 2017 10:32:00 GMT'>"
                    f"</head><body><article><h1>Mosul is retaken</h1><p>{BODY}</p><p>{BODY}</p></article></body></html>",
                    encoding="utf-8")
    assert chrono.read(path).published == date(2017, 10, 13)


def test_a_date_line_with_the_byline_after_it():
    from chrono.reader.blocks import line_kind
    assert parse_dateline("5:45 AM PST 11/19/2019 by Patrick Shanley", "en") == (date(2019, 11, 19), 1)
    assert line_kind("November 19, 2019 by Patrick Shanley", "en") == "dateline"
    assert line_kind("The deal was signed on May 3, 2019 by Patrick Shanley", "en") is None   # a sentence


def test_a_plain_text_may_be_older_than_the_web():
    text = "November 1, 1989\n\nOrkem S.A. is making a friendly bid for Coates, the two sides said.\n"
    assert parse_text(text).published == date(1989, 11, 1)
    assert not plausible(date(1970, 1, 1))                 # on a web page, a placeholder
