"""Who says so, and what a noun's date leaves (round 11): "according to Mr. Steinman" is Mr. Steinman, not
"Mr"; a time is never a source (", announced in June, to sell"); a figure a company reports with a dated
premodifier is its report ("Savin reported a third-quarter net loss"), told by it; "a plan to sell" named
in a subject is no forecast of the clause; an article of the noun a date modifies stays ("abort the early
2020 campaign"). Every sentence is invented."""
from __future__ import annotations

from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

PUBLISHED = date(1989, 11, 2)

pytestmark = pytest.mark.usefixtures("english_parser")


def _events(sentence: str, published: date = PUBLISHED):
    return build("Briefs\n\n" + sentence + "\n", published).events


def test_a_title_does_not_end_the_source_after_according_to():
    events = _events("According to Mr. Steinman, the company lost money in 1988.")
    assert [(e.headline, e.attribution) for e in events] == [("The company lost money", "Mr. Steinman")]


def test_a_time_is_no_source():
    events = _events("Acme Corp. said that its agreement, announced in June, to sell the unit had expired.")
    assert events and all(e.attribution != "June" and not e.headline.startswith("June") for e in events)


@pytest.mark.parametrize("sentence", [
    "Savin Corp. reported a third-quarter net loss of $3.7 million.",
    "Savin Corp. reported a net loss of $3.7 million for the third quarter.",
])
def test_a_reported_figure_is_the_reporters_statement(sentence):
    events = _events(sentence)
    assert [(e.when.value, e.headline, e.attribution) for e in events] == \
        [("1989-Q3", "Savin Corp. reported a net loss of $3.7 million", "Savin Corp")]


def test_a_plan_named_in_the_subject_is_no_forecast():
    events = _events("Poughkeepsie Savings Bank said a plan to sell its branch offices to First Citizens Bank "
                     "fell through on Thursday.")
    assert [(e.when.value, e.modality.value) for e in events] == [("1989-11-02", "fact")]


def test_the_article_of_a_noun_a_date_modifies_stays():
    events = _events("Schiff has essentially decided to abort the early 2020 campaign and substitute his "
                     "impeachment.", date(2019, 11, 20))
    assert [e.headline for e in events] == ["Schiff has essentially decided to abort the campaign"]


def test_two_figures_of_one_quarter_stay_two():
    events = _events("Sun Microsystems reported sales of $538.5 million for the quarter ended Sept. 29. In the "
                     "quarter, it earned $5.2 million.")
    assert sorted(e.headline for e in events) == ["It earned $5.2 million",
                                                  "Sun Microsystems reported sales of $538.5 million"]


@pytest.mark.parametrize("sentence, headline", [
    ("Poughkeepsie Savings Bank said the agreement it reached in June had expired.",
     "Poughkeepsie Savings Bank reached the agreement"),
])
def test_a_contact_relative_clause_takes_its_antecedent_as_object(sentence, headline):
    assert [e.headline for e in _events(sentence)] == [headline]


def test_a_relative_clause_with_a_relative_word_is_not_given_an_object():
    events = _events("Ogden Projects, whose shares began trading on the New York Stock Exchange in August, "
                     "reported higher profit.")
    assert events and not any(e.headline.startswith("Whose") for e in events)


def test_a_figure_stated_by_a_pronoun_is_its_reporters():
    events = _events("Savin Corp. said it had a third-quarter net loss of $3.7 million.")
    assert [(e.headline, e.attribution) for e in events] == [("Savin Corp. had a net loss of $3.7 million", "Savin Corp")]


def test_a_name_with_inner_periods_stays_whole():
    events = _events("Montedison S.p.A. said it began its tender offer for Erbamont on Thursday.")
    assert [e.headline for e in events] == ["Montedison S.p.A. began its tender offer for Erbamont"]


def test_a_name_opening_a_list_is_no_fronted_phrase():
    from chrono.events.headline import shorten
    assert shorten("Poland, Hungary and the Czech Republic formally joined NATO at a ceremony held in "
                   "Independence, Missouri").startswith("Poland, Hungary")


@pytest.mark.parametrize("sentence, published, headline", [
    ("But Coleco bounced back with the introduction of the Cabbage Patch dolls, whose sales hit $600 million in "
     "1985.", PUBLISHED, "The Cabbage Patch dolls' sales hit $600 million"),
    ("Ogden Projects, whose shares began trading on the New York Stock Exchange in August, reported higher profit.",
     PUBLISHED, "Ogden Projects' shares began trading on the New York Stock Exchange"),
])
def test_whose_becomes_its_antecedents_possessive(sentence, published, headline):
    assert headline in [e.headline for e in _events(sentence, published)]


@pytest.mark.parametrize("sentence, headline, modality", [
    ("Control Data has no intention of tapping its short-term bank lines for a good part of 1990.",
     "Control Data has no intention of tapping its short-term bank lines", "negated"),
    ("The company has no plans to sell the unit before 1991.", "The company has no plans to sell the unit", "negated"),
    ("The company has plans to sell the unit before 1991.", "The company has plans to sell the unit", "forecast"),
    ("Acme Corp. announced plans to acquire the unit by March.", "Acme Corp. announced plans to acquire the unit",
     "forecast"),
])
def test_a_complement_of_a_noun_is_read_with_the_verb_of_the_noun(sentence, headline, modality):
    assert [(e.headline, e.modality.value) for e in _events(sentence)] == [(headline, modality)]


def test_a_relative_clause_opened_by_a_marker_takes_no_antecedent_as_object():
    from chrono.events.parse import parse
    from chrono.events.predicate import antecedent_object
    doc = parse(["Esta organización calcula que 17.723 presos han muerto en las prisiones del Gobierno desde "
                 "marzo de 2011."], "es")[0]
    if doc is None:
        pytest.skip("no Spanish parser")
    verb = next(t for t in doc if t.text == "muerto")
    assert antecedent_object(doc, verb, 6) is None


def test_the_actor_of_an_opening_pronoun_stands_for_no_other_pronoun():
    events = build("Briefs\n\nDemocrats couldn't wrap up impeachment before the end of the year. They would have to let it "
                   "move at its own pace, even if it stretches well into 2020.\n", date(2019, 11, 20)).events
    assert events and not any("Democrats stretch" in e.headline for e in events)


@pytest.mark.parametrize("sentence, headline", [
    ("A report released Monday showed that prices rose.", "A report showed that prices rose"),
    ("Kopp asked for compassion in a letter posted Tuesday.", "Kopp asked for compassion in a letter"),
])
def test_a_participle_that_only_tells_the_date_goes_with_it(sentence, headline):
    assert [e.headline for e in _events(sentence, date(1998, 3, 1))] == [headline]
