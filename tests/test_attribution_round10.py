"""A clause right after a reporting verb is what is reported, whatever the parser made of it (round 10):
"Acme reported profit jumped 45%" is Acme's report of the jump, not a report and a jump coordinated with
nothing between them. Every sentence is invented."""
from __future__ import annotations

from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")

PUBLISHED = date(1989, 11, 2)


@pytest.mark.parametrize("sentence, who, words", [
    ("Acme reported profit jumped 45% in the third quarter.", "Acme", "Profit jumped 45%"),
    ("The agency reported exports rose 3% in September.", "The agency", "Exports rose 3%"),
])
def test_a_bare_reported_clause_is_attributed_to_the_reporter(sentence, who, words):
    events = build("Results\n\n" + sentence + "\n", PUBLISHED).events
    assert [(e.headline, e.attribution) for e in events] == [(words, who)]


def test_a_report_of_nothing_is_an_act_read_over_its_tree():
    # "tweeted" with no complement and no clause after it: the act itself, by its subject
    events = build("Politics\n\nThe senator tweeted on Monday.\n", date(2019, 11, 20)).events
    assert [(e.headline, e.when.value, e.rule) for e in events] == [("The senator tweeted", "2019-11-18", "tree:on")]


def test_a_report_whose_content_the_parser_hung_elsewhere_is_no_act():
    # "fell" parsed as an adverbial clause of "said": still what the officials said, not "Officials said"
    events = build("War\n\nThe town fell to government forces, officials said on Saturday.\n", date(1999, 5, 7)).events
    assert [(e.headline, e.attribution) for e in events] == [("Officials said the town fell to government forces", "officials")]


def test_the_comma_closing_a_quotation_stays_between_it_and_its_report():
    events = build('Suspect\n\n"He is a good man," Kopp\'s stepmother said Thursday from her home in Irving, Texas.\n',
                   date(1999, 5, 7)).events
    assert [e.headline for e in events] == ["He is a good man, Kopp's stepmother said"]
