"""An undated lede told as the day's news is dated by the publication day (chrono.events.lede)."""
from __future__ import annotations

from datetime import date

from stories import build


def _build(text: str, published: date = date(2019, 11, 20)):
    return build(text, published)


BODY = (" Pochettino was sacked last night after five years in charge."
        " The club posted an image of him on Wednesday.\n")


def test_present_perfect_lede_is_the_days_news():
    chron = _build("Mourinho agrees deal\n\nJose Mourinho has agreed a deal to replace Mauricio Pochettino"
                   " as Tottenham's manager." + BODY)
    ledes = [e for e in chron.events if "agreed a deal" in e.text and e.when.value == "2019-11-20"]
    assert ledes, [(e.headline, e.when.value) for e in chron.events]


def test_planned_lede_gets_no_date():
    chron = _build("Mourinho\n\nJose Mourinho is set to replace Mauricio Pochettino as Tottenham's manager." + BODY)
    assert not [e for e in chron.events if "Mourinho" in e.text]


def test_undated_simple_past_lede_is_the_days_news():
    # (round 10: a wire lede with no time expression, in the simple past on its main verb, is the day's news;
    # measured on the story sets: +2 found and exact on the 96 older stories, +2 on the eleventh set, +1 on the twelfth)
    chron = _build("Mourinho\n\nJose Mourinho agreed a deal to replace Mauricio Pochettino as Tottenham's manager." + BODY)
    assert [e.when.value for e in chron.events if "agreed a deal" in e.headline] == ["2019-11-20"]


def test_only_the_first_sentence():
    chron = _build("Spurs\n\nPochettino was sacked last night after five years in charge."
                   " Jose Mourinho has agreed a deal to replace him.\n")
    assert not [e for e in chron.events if "agreed a deal" in e.text]


def test_shortly_after_an_earlier_event_takes_its_date():
    chron = _build("Threat\n\nCarlineo was arrested in April for a phone call he made to the office."
                   " Alexandria Ocasio-Cortez shortly after the arrest linked the incident to the comments.\n",
                   published=date(2019, 11, 19))
    linked = [e for e in chron.events if "linked the incident" in e.headline]
    assert linked and linked[0].when.value == "2019-04", [(e.headline, e.when.value) for e in chron.events]


def test_a_bare_past_after_a_singular_subject_is_past():
    chron = _build("Tribune\n\nAlden bought a stake in Tribune on Tuesday."
                   " In December, the firm bid $16.50 per share for Tribune.\n", published=date(2019, 11, 19))
    bid = [e for e in chron.events if "bid" in e.headline]
    assert bid and bid[0].when.value == "2018-12", [(e.headline, e.when.value) for e in chron.events]
