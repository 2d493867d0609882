"""Round 16: a participle that opens one of the language's scheduling phrases ("a summit set for Washington in
April", "talks scheduled for ...") tells no past: the tagger's direction stands (April ahead of March 12), where a
participle on a noun that tells what was done ("the tariff imposed in September") still looks back."""
from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


@pytest.mark.parametrize("text, value", [
    ("The issue is expected to dominate a NATO summit set for Washington in April.", "1999-04"),
    ("Investors are watching the tariff imposed in September on Chinese goods.", "1998-09"),
])
def test_a_scheduling_participle_keeps_the_date_ahead(text, value):
    events = build(text + "\n", date(1999, 3, 12)).events
    assert [e.when.value for e in events] == [value], [(e.when.value, e.headline) for e in events]
