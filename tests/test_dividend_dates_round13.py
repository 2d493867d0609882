"""Round 13: a dividend's dates, and the brief that announces it.

- "The reduced dividend is payable Jan. 2 to stock of record Dec. 15.": two forecasts, the payment and the
  record date, the record date told in its headline (a noun's date, not the predicate's: "payable ... Dec.
  15" would be false); the participle "reduced" makes no past of "is payable";
- "... will be payable Jan. 3 to stock of record Nov. 16": "record" heads its phrase though the parser hangs
  it on the date (chrono/events/slips.py, ``mend_date_compound``), so no headline reads "to stock record";
- "GOODY PRODUCTS Inc. cut its quarterly dividend to five cents a share ...": a lede's past like its base
  ("cut") after a singular subject is the day's news, its headline not cut from a tree with two objects.
"""
from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


def _events(tmp_path, text: str, published: date):
    return build(text, published).events


def test_payment_and_record_dates_are_two_forecasts(tmp_path):
    events = _events(tmp_path, "Goody Products Inc. cut its quarterly dividend to five cents a share from 11.5 cents "
                               "a share. The reduced dividend is payable Jan. 2 to stock of record Dec. 15.\n",
                     date(1989, 11, 2))
    by_value = {e.when.value: e for e in events}
    assert by_value["1990-01-02"].modality.value == "forecast" and "payable" in by_value["1990-01-02"].headline
    assert by_value["1989-12-15"].modality.value == "forecast"
    assert "record Dec. 15" in by_value["1989-12-15"].headline
    assert "Jan. 2" not in by_value["1990-01-02"].headline


def test_record_heads_its_phrase(tmp_path):
    events = _events(tmp_path, "Unifirst Corp. declared a 2-for-1 stock split. The split and quarterly dividend will "
                               "be payable Jan. 3 to stock of record Nov. 16, the company said.\n", date(1989, 11, 1))
    assert not any("stock record" in e.headline for e in events)
    assert any(e.when.value == "1989-11-16" and "of record" in e.headline for e in events)


def test_a_bare_past_lede_is_the_days_news(tmp_path):
    events = _events(tmp_path, "GOODY PRODUCTS Inc. cut its quarterly dividend to five cents a share from 11.5 cents "
                               "a share.\n\nThe company also adopted an anti-takeover plan.\n", date(1989, 11, 2))
    lede = [e for e in events if e.when.value == "1989-11-02" and "cut its quarterly dividend" in e.headline]
    assert lede and "to five cents a share" in lede[0].headline


def test_a_bare_form_after_a_plural_subject_is_no_past(tmp_path):
    events = _events(tmp_path, "Companies cut their dividends when profits fall.\n", date(1989, 11, 2))
    assert not [e for e in events if "cut their dividends" in e.headline]


def test_a_declared_dividend_payable_later_is_a_forecast_of_its_day():
    # round 14: the date hangs on the adjective after the noun ("a dividend, payable Dec. 15"), inside a past
    # clause: the payment is scheduled (a forecast of Dec. 15, the date told in the headline), not dropped
    events = build("ONEIDA Ltd. declared a 10% stock dividend, payable Dec. 15 to stock of record Nov. 17.\n",
                   date(1989, 10, 27)).events
    paid = [e for e in events if e.when.value == "1989-12-15"]
    assert [e.modality.value for e in paid] == ["forecast"] and "payable Dec. 15" in paid[0].headline


def test_a_future_date_on_a_noun_of_a_past_clause_is_still_dropped():
    # "by the Tuesday deadline" read as next Tuesday: a past clause dated after publication is no event
    events = build("Sony Corp. completed its tender offer for Columbia Pictures, with Columbia shareholders "
                   "tendering 99.3% of all common shares outstanding by the Tuesday deadline.\n", date(1989, 11, 2)).events
    assert not [e for e in events if e.when.value > "1989-11-02"]


def test_a_declared_dividend_is_the_days_news_beside_its_payment():
    # round 14: every date of the lede lies ahead of its past verb, so they are its nouns' (chrono/events/lede.py,
    # _ahead_of_a_past and noun_dated): the declaring is the day's news, the payment a forecast of its day
    events = build("ONEIDA Ltd. declared a 10% stock dividend, payable Dec. 15 to stock of record Nov. 17.\n"
                   "The company has about 8.8 million shares outstanding.\n", date(1989, 10, 27)).events
    assert [(e.when.value, e.rule, e.headline) for e in events if e.rule == "lede-news"] == \
        [("1989-10-27", "lede-news", "ONEIDA Ltd. declared a 10% stock dividend")]
    assert [e.modality.value for e in events if e.when.value == "1989-12-15"] == ["forecast"]


def test_a_lede_with_a_past_date_keeps_its_whole_object():
    events = build("Tanzania expelled five Iraqis and a Libyan who were questioned last month about the bombings, "
                   "a newspaper reported Friday.\nThe men left on Thursday.\n", date(1998, 9, 11)).events
    assert not any(e.headline == "Tanzania expelled five Iraqis" for e in events)
