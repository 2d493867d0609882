"""Round 15: the shapes of a wire brief.

- a company's city and state set off after its name ("Cilcorp Inc., Peoria, Ill., said it agreed to acquire
  ...") is left out of the headline and of who says so: "Cilcorp Inc. said it agreed to acquire ...", not "...
  Ill. said it agreed"; a participle's phrase after the name (", facing a cash-flow squeeze,") is no source;
- a date the parser made the predicate of a relative clause ("the notes, which will be due on Nov. 1, 2004,
  will be used to reduce debt") dates no clause above it: no "proceeds will be used" of 2004;
- a dated noun that is the object of an expectation ("Hadson said it expects to report a third-quarter net loss
  of $17 million") is a forecast, told by who expects it;
- read without a parse, a clause cut right after its subject ("What matters most is that Elian") is a fragment,
  no headline.
"""
from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


def _events(text: str, published: date):
    return build(text + "\n", published).events


def test_a_companys_city_and_state_are_no_part_of_the_headline():
    events = _events("Cilcorp Inc., Peoria, Ill., said it agreed to acquire the environmental consulting and "
                     "analytical service businesses of Hunter Environmental Services Inc. of Southport, Conn.",
                     date(1989, 11, 1))
    assert len(events) == 1
    assert events[0].headline.startswith("Cilcorp Inc. said it agreed to acquire"), events[0].headline
    assert events[0].attribution == "Cilcorp Inc"


def test_a_participle_after_the_name_is_no_source():
    events = _events("RMS International Inc., Hasbrouk Heights, N.J., facing a cash-flow squeeze, said it is seeking "
                     "other financing sources and waivers from debenture holders.", date(1989, 11, 2))
    assert events and events[0].attribution == "RMS International Inc"
    assert "N.J." not in events[0].headline


def test_a_relative_clauses_date_dates_no_clause_above():
    events = _events("Blockbuster said it raised $92 million. The gross proceeds from the sale of the notes, which "
                     "will be due on Nov. 1, 2004, will be used to reduce existing debt, the company said.",
                     date(1989, 10, 27))
    assert not any(e.when.value.startswith("2004") and "proceeds" in e.headline for e in events), \
        [(e.when.value, e.headline) for e in events]


def test_an_expected_figure_is_a_forecast_of_its_expecter():
    events = _events("Hadson Corp. said it expects to report a third-quarter net loss of $17 million to $19 million "
                     "because of special reserves.", date(1989, 10, 26))
    loss = [e for e in events if e.when.value == "1989-Q3"]
    assert loss and loss[0].modality.value == "forecast" and "loss" in loss[0].headline.lower()
    assert loss[0].attribution and "Hadson" in loss[0].attribution


def test_a_clause_cut_after_its_subject_is_no_headline():
    events = _events("What matters most is that Elian, after losing his mother and stepfather in a disastrous sea "
                     "voyage to the United States last November, needs the love and care of his family.",
                     date(2000, 1, 13))
    assert not any(e.headline.endswith("that Elian") for e in events), [e.headline for e in events]
