"""Round 17: what came before a dated happening, told in its "after" clause (:mod:`chrono.events.afterward`).

- "Shares of Home Depot fell on Tuesday after the company cut its full-year sales growth guidance": the fall, on
  Tuesday, and the cut, before Tuesday, each its own event with its own headline; the earlier one is listed
  first;
- no such event for a clause with a date or a modal of its own, a measure before its marker ("nearly two months
  after": a time counted from it), a host that only frames (:mod:`chrono.events.adjoined` reads it), nor for a
  host told as a forecast;
- the content of a report dated by its own day has its "after" clause too ("announced on Sept. 30 that it was
  withdrawing its application, shortly after its founder stepped down"), and so has a lede telling the day's news;
- a clause an adjective of possibility supposes ("it's possible the convertible could arrive", the language's
  ``possibility``) is hypothetical;
- a subject the parser hung elsewhere is the verb's again: a title with the name taken for a fronted date's
  apposition, a subject whose verb hangs on its relative clause set off before it.
"""
from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


def _shown(text: str, published: date = date(2019, 11, 20)):
    return [(e.when.value, e.when.relation.value, e.modality.value, e.headline) for e in build(text, published).events]


def test_the_after_clause_is_what_came_before():
    shown = _shown("Shares of Home Depot fell on Tuesday after the company cut its full-year sales growth guidance.")
    assert shown == [("2019-11-19", "before", "fact", "The company cut its full-year sales growth guidance"),
                     ("2019-11-19", "on", "fact", "Shares of Home Depot fell")], shown


def test_a_report_in_the_after_clause():
    shown = _shown("Stocks in Tokyo fell sharply in early trading Tuesday after CNBC reported that the talks had stalled.")
    assert ("2019-11-19", "before", "fact", "CNBC reported that the talks had stalled") in shown, shown


@pytest.mark.parametrize("sentence", [
    "Shares of Home Depot fell on Tuesday after the company cut its guidance on Monday.",       # a date of its own
    "Shares of Home Depot fell on Tuesday after the company might cut its guidance.",           # a modal
    "The inspectors resumed work in Iraq on Friday, nearly two months after his team was blocked.",   # counted from it
    "Shares of Home Depot will fall on Friday after the company cuts its guidance.",             # a forecast host
])
def test_no_preceding_event(sentence):
    shown = _shown(sentence)
    assert not any(r == "before" for _, r, _, _ in shown), shown


def test_a_reports_content_and_what_came_before_it():
    # the parser hung "announced" on the subject as a participle after its apposition, the content clause on the
    # subject as a relative: mended (slips.mend_noun_acl_root), the report is read, and its "after" clause
    shown = _shown("Acme's parent company, Acme Holdings, announced on Sept. 30 that it was withdrawing its listing "
                   "application, shortly after its founder stepped down as chief executive.")
    assert shown == [("2019-09-30", "before", "fact", "Its founder stepped down as chief executive"),
                     ("2019-09-30", "on", "fact", "Acme Holdings announced that it was withdrawing its listing application")]


def test_a_fronted_phrase_is_no_subject_to_mend():
    shown = _shown("In composite trading Friday, Acme closed at $46.50 a share, down $2.25.")
    assert [h for _, _, _, h in shown] == ["Acme closed at $46.50 a share, down $2.25"], shown


def test_a_ledes_after_clause():
    # an undated lede tells the day's news; its "after" clause what came before it ("after" read as the subject's
    # preposition by the parser, mended: slips.mend_subject_marker)
    shown = _shown("Acme Shares Drop\n\nShares of construction goods giant Acme are dropping in premarket trading after "
                   "the company cut its full-year sales growth guidance.", date(2019, 11, 19))
    assert ("2019-11-19", "before", "fact", "The company cut its full-year sales growth guidance") in shown, shown
    assert any(r == "on" and h.startswith("Shares of") for _, r, _, h in shown), shown


@pytest.mark.parametrize("sentence, value", [
    ("It's possible the new convertible could arrive in the Philippines in the future.", "FUTURE_REF"),
    ("Analysts say it's possible the company could sell the unit next year.", "2020"),
    ("It is possible that he left the country on Monday.", "2019-11-18"),
])
def test_a_possibility_supposes_its_clause(sentence, value):
    shown = _shown(sentence)
    assert [(v, m) for v, _, m, _ in shown] == [(value, "hypothetical")], shown


@pytest.mark.parametrize("sentence, published, headline", [
    # the subject, a title with the name, taken for the fronted date's apposition (slips.mend_fronted_subjects)
    ("On April 4, 1949, on behalf of the United States, Truman's secretary of state, Dean Acheson, signed the "
     "Washington Treaty, which created NATO.", date(1999, 3, 12), "Truman's secretary of state signed the Washington Treaty"),
    # the verb hung on the subject's relative clause set off before it (slips.mend_noun_acl_root)
    ("Acme Corp., which is also a bank, agreed in June to buy Beta Corp. for 12.4 million shares of stock.",
     date(1999, 3, 12), "Acme Corp. agreed to buy Beta Corp. for 12.4 million shares of stock"),
])
def test_a_subject_the_parser_hung_elsewhere(sentence, published, headline):
    assert [h for _, _, _, h in _shown(sentence, published)] == [headline]
