"""Round 13: a count of days from the last date is made only from a date of a day (chrono/timex/resolve.py).

"The family left Cuba in 1990. ... The next morning he appeared in court." gave 1990-01-02TMO: the morning after
the first of January of a year named, a wrong date. A count of days or weeks from a year or a month is
underspecified ("XXXX-XX-XXTMO"), and dates no event; from a day it is counted as before. A conditional's date
moves to its nearest occurrence only when that is near.
"""
from datetime import date

import chrono


def _values(text: str, published: date) -> dict[str, str]:
    return {t.text: t.value for t in chrono.tag(text, published=published)}


def test_no_day_is_counted_from_a_year():
    values = _values("The family left Cuba in 1990.\n\nThe next morning he appeared in court.\n", date(2000, 2, 24))
    assert values["The next morning"] == "XXXX-XX-XXTMO"


def test_a_day_is_counted_from_a_day():
    values = _values("The family left Cuba on March 3, 1990.\n\nThe next morning he appeared in court.\n",
                     date(2000, 2, 24))
    assert values["The next morning"] == "1990-03-04TMO"


def test_an_event_is_not_dated_by_a_day_counted_from_a_year(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("The family left Cuba in 1990.\n\nThe next morning he appeared in court.\n", encoding="utf-8")
    events = chrono.build(str(path), published=date(2000, 2, 24)).events
    assert not [e for e in events if "appeared in court" in e.headline]


def test_a_conditionals_date_moves_only_to_a_near_one(tmp_path):
    """"said the talks would resume in October", read in January: the October ahead (the tagger's), not the
    October three months back (chrono/events/retense.py); "would leave the EU on Oct. 31", read in November,
    is still the one just past."""
    from stories import build

    later = build("Foreign Minister Pak Ui-chun said the talks would resume in October.\n", date(2000, 1, 28))
    assert [e.when.value for e in later.events if "resume" in e.headline] == ["2000-10"]
    past = build("Johnson vowed that Britain would leave the EU on Oct. 31.\n", date(2019, 11, 20))
    assert [e.when.value for e in past.events if "leave the EU" in e.headline] == ["2019-10-31"]
