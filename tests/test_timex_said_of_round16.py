"""Round 16: "the day" a later sentence speaks of is the day its story told, not a date that only names a noun in
between ("In the morning, lawmakers grilled Vindman on Trump's July 25 phone call. Later in the day, Volker
testified": the morning's day, not July 25). A date said of its clause (after a preposition) stays the one spoken
of when a date that premodifies a noun follows it in the same sentence; a premodifying date alone still is."""
from datetime import date

import chrono


def _values(text: str, published: date) -> dict[str, str]:
    return {t.text: t.value for t in chrono.tag(text, published=published)}


def test_the_day_is_the_clauses_date_not_a_nouns():
    found = _values("In the morning, lawmakers grilled Lt Col Alexander Vindman on Trump's July 25 phone call with "
                    "Ukrainian President Zelensky. Later in the day, Kurt Volker testified before the committee.",
                    date(2019, 11, 20))
    assert found["Later in the day"] == "2019-11-20", found


def test_a_date_said_of_its_clause_is_spoken_of():
    found = _values("Lawmakers met on July 25 with the president's envoy. Later in the day, Volker testified.",
                    date(2019, 11, 20))
    assert found["Later in the day"] == "2019-07-25", found
