"""Round 14: a fronted date the parser hung on the subject, and a date whose when-clause is an aside.

"On Nov. 15, 2019, former U.S. ambassador Marie Yovanovitch testified ...": the parser hangs the day on
"ambassador"; a phrase fronted with its comma modifies the clause (chrono/events/slips_attachment.py,
``mend_fronted_date``). "..., a dramatic turnaround from four years ago, when Republican Phil Bryant won in a
landslide": the date is the when-clause's, not the main clause's ("Democrats made gains" is of this year).
"""
from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


def test_a_fronted_day_dates_the_clause_not_a_noun():
    text = ("On Nov. 15, 2019, former U.S. ambassador to the Ukraine Marie Yovanovitch testified before the U.S. "
            "House Intelligence Committee in the impeachment inquiry.\n")
    events = build(text, date(2019, 11, 20)).events
    assert [(e.when.value, e.rule) for e in events if "Yovanovitch testified" in e.headline] == [("2019-11-15", "tree:on")]


def test_a_fronted_period_stays_on_a_copular_predicate():
    events = build("For the year, pet food volume was flat, the company said.\n", date(1989, 11, 1)).events
    assert [e.headline for e in events if e.when.value == "1989"] == ["Pet food volume was flat"]


def test_a_when_aside_takes_the_date_from_the_main_clause():
    text = ("Democrats in Mississippi made significant gains even as they fell short of victory — their nominee "
            "for governor, Jim Hood, lost by five-and-a-half points, a dramatic turnaround from four years ago, "
            "when Republican Phil Bryant won in a landslide.\n")
    events = build(text, date(2019, 11, 19)).events
    dated = [e.headline for e in events if e.when.value == "2015"]
    assert dated == ["Republican Phil Bryant won in a landslide"]


def test_a_closing_report_hung_inside_its_content_reports_the_sentence():
    # the parser hangs "announced" on "kill" and its subject on "Omar" (chrono/events/reported.py,
    # mend_trailing_report): the plea is the reported fact of Monday, not a forecast of killing
    text = ("A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar (D-Minn.), the U.S. "
            "Attorney’s Office for the Western District of New York announced Monday.\n")
    events = build(text, date(2019, 11, 19)).events
    assert [(e.when.value, e.modality.value) for e in events if "pleaded guilty" in e.headline] == [("2019-11-18", "fact")]
    assert all("Attorney" in (e.attribution or "") for e in events)


def test_a_reduced_relative_is_no_closing_report():
    text = ("Coty acquired a 51% ownership position in Jenner's beauty and cosmetics portfolio, a deal announced at "
            "the beginning of the week.\n")
    events = build(text, date(2019, 11, 20)).events
    assert [(e.headline, e.attribution) for e in events] == \
        [("Coty acquired a 51% ownership position in Jenner's beauty and cosmetics portfolio", None)]


def test_a_period_ended_on_a_date_dates_the_clause_above_it():
    # "ended" only ends the period (chrono/events/attachment.py, period_participle): Ralston's earnings are the event
    text = "For the year ended Sept. 30, Ralston earned $422.5 million, or $6.44 a share, up 8.9% from $387.8 million.\n"
    events = build(text, date(1989, 11, 1)).events
    assert [e.headline.split()[:2] for e in events if e.when.value == "1989-09-30"] == [["Ralston", "earned"]]


def test_a_copula_with_an_expletive_is_no_predicate_of_its_own():
    # the parser hangs "since 1990" and "there" on "been": the trend is the predicate, "there" its subject
    text = ("The Miami families have become a lifeline, and since 1990 there has been a great trend toward "
            "reconciliation, said Fernandez.\n")
    events = build(text, date(2000, 2, 24)).events
    assert [e.headline for e in events if e.when.value == "1990"] == ["There has been a great trend toward reconciliation"]


def test_a_later_when_clause_keeps_its_modal_to_itself():
    # read without a parse (the tree is ill-formed): "could" is the when-clause's, the turn a fact
    text = ("The Persian Gulf showdown between Iraq and the United States took a more personal turn Thursday when "
            "Iraq's Saddam Hussein called President Bush a liar and said the outbreak of holy war could bring "
            "thousands of Americans home in coffins.\n")
    events = build(text, date(1990, 8, 16)).events
    assert [e.modality.value for e in events if "personal turn" in e.headline] == ["fact"]


def test_an_undated_lede_whose_subject_the_parser_made_the_root_is_the_days_news():
    # "Esselte" the root, "proposed" its conjunct (chrono/events/slips.py, mend_noun_conj_root); ", as expected,"
    # is nobody's attribution
    text = ("Esselte AB, the Stockholm office supplies company, as expected, proposed to acquire the 22% it doesn't "
            "own of its U.S. unit, Esselte Business Systems Inc.\nThe company said it will pay $30 a share.\n")
    events = build(text, date(1989, 10, 26)).events
    lede = [e for e in events if "proposed to acquire" in e.headline]
    assert [(e.when.value, e.rule, e.attribution) for e in lede] == [("1989-10-26", "lede-news", None)]


def test_a_lede_dated_only_in_a_later_conjunct_is_the_days_news_too():
    text = ("Price Stern Sloan Inc. said it hired an investment banking firm to assist in evaluating restructuring "
            "or merger alternatives and reported a net loss of $8.1 million, or $2.14 a share, for the third quarter "
            "ended Sept. 30.\nThe company said it expects to close the deal.\n")
    events = build(text, date(1989, 11, 1)).events
    assert [(e.when.value, e.rule) for e in events if "hired" in e.headline] == [("1989-11-01", "lede-news")]
    assert [e.when.value for e in events if "net loss" in e.headline] == ["1989-Q3"]


def test_verbs_sharing_one_object_are_one_lede():
    text = "The FBI has interviewed and released one of two men who were sought last week.\nAgents said more.\n"
    events = build(text, date(1998, 11, 21)).events
    assert any("interviewed and released" in e.headline for e in events)


def test_a_date_in_an_appositives_relative_clause_does_not_date_the_main_clause():
    # read without a parse (the tree is ill-formed): "in the early 1980s" is the peak's, not the filing's
    text = ("Coleco Industries Inc., a once high-flying toy maker whose stock peaked at $65 a share in the early "
            "1980s, filed a Chapter 11 reorganization plan that provides just 1.125 cents a share for common "
            "stockholders.\n")
    events = build(text, date(1989, 11, 2)).events
    assert not [e for e in events if "filed" in e.headline and e.when.value.startswith("198") and
                e.when.value != "1989-11-02"]
    assert [e.when.value for e in events if "peaked" in e.headline] == ["198"]
