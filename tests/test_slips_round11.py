"""Parser slips around a clause's subject, mended before the tree is read (round 11, `chrono/events/slips.py`),
and what the mended trees give: "Net income for the third quarter rose 12%" (the quarter taken for the
subject), "after convention delegates voted" ("after" taken for the subject's preposition), "that steel
market conditions will ..." ("that" taken for a determiner of a plural noun), "the slaying" (a verb with a
determiner). Every sentence is invented."""
from __future__ import annotations

from datetime import date

import pytest

from chrono.events import slips
from chrono.events.parse import parse
from chrono.events.structure import TreeEvents
from chrono.events.words import stage
from chrono import lang

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

PUBLISHED = date(1989, 11, 2)

pytestmark = pytest.mark.usefixtures("english_parser")


def _mended(sentence: str):
    stage(TreeEvents, lang.of("en"))        # (registers the language's subordinators)
    doc = parse([sentence], "en")[0]
    slips.mend(doc)
    return doc


def _token(doc, text: str):
    return next(t for t in doc if t.text == text)


def test_a_prepositional_phrase_of_the_subject_is_the_nouns():
    doc = _mended("Net income for the third quarter rose 12% to $45 million.")
    rose, income, quarter = _token(doc, "rose"), _token(doc, "income"), _token(doc, "quarter")
    assert rose.dep_ == "ROOT" and income.head.i == rose.i and income.dep_ == "nsubj"
    assert quarter.head.i == income.i and _token(doc, "for").head.i == quarter.i


@pytest.mark.parametrize("sentence, marker, verb", [
    ("The premier promised a referendum next year after convention delegates voted 89-52 for a republic.",
     "after", "voted"),
    ("The Maariv newspaper said Sunday that Netanyahu's comments last week were in response to signals.",
     "that", "were"),
])
def test_a_subordinator_hung_on_a_subject_marks_its_clause(sentence, marker, verb):
    doc = _mended(sentence)
    m = _token(doc, marker)
    assert m.dep_ == "mark" and m.head.text in (verb, "response")


def test_a_preposition_of_the_clause_is_not_taken_for_a_marker():
    doc = _mended("It said that severance payments to executives not staying with the company will reduce "
                  "its results for 1989 by $3 million.")
    assert _token(doc, "with").dep_ != "mark"


def test_a_gerund_with_a_determiner_is_a_noun():
    doc = _mended("Additional details of the slaying emerged on Sunday.")
    assert _token(doc, "slaying").pos_ == "NOUN"


@pytest.mark.parametrize("text, published, headline", [
    ("Net income for the third quarter rose 12% to $45 million.", PUBLISHED, "Net income rose 12% to $45 million"),
    ('"We anticipate that steel market conditions will exhibit a further moderate decline in the fourth quarter as '
     'the automotive sector remains weak," said Chairman Walter F. Williams.', PUBLISHED,
     "Steel market conditions will exhibit a further moderate decline"),
    ("Elian was found Thanksgiving Day clinging to an inner tube at sea after his mother, stepfather and eight other "
     "people drowned while trying to reach Florida by boat.", date(1999, 12, 30),
     "Elian was found clinging to an inner tube at sea"),
])
def test_mended_trees_give_whole_headlines(text, published, headline):
    events = build("Briefs\n\n" + text + "\n", published).events
    assert [e.headline for e in events] == [headline]


@pytest.mark.parametrize("sentence, second, dep, head", [
    ("Serbia's Novak Djokovic and Britain's Andy Murray will make their first appearance on Wednesday.",
     "Andy", "conj", "Djokovic"),
    ("The state's new slogan for an anti-drug campaign drew a share of attention on social media Monday.",
     "campaign", "nmod", "slogan"),
    ("Officials said the president himself met with Sununu Sunday.", "himself", "appos", "president"),
])
def test_one_subject_read_as_two_is_one(sentence, second, dep, head):
    doc = _mended(sentence)
    t = _token(doc, second)
    assert (t.dep_, t.head.text) == (dep, head)


@pytest.mark.parametrize("text, headline", [
    ("The insurer's earnings from commercial lines fell 59% in the latest quarter.",
     "The insurer's earnings from commercial lines fell 59%"),
    ("Shoney's Inc. said it will report a write-off of $2.5 million, or seven cents a share, for its fourth "
     "quarter ended yesterday.", "Shoney's Inc. will report a write-off of $2.5 million"),
    ("The company had a net loss of C$2.3 million, or 14 Canadian cents a share, a year ago.",
     "The company had a net loss of C$2.3 million"),
    ("Net income rose to $45 million, or $1.02 a share, in the third quarter.", "Net income rose to $45 million"),
])
def test_a_figure_keeps_its_amount_not_its_per_share_aside(text, headline):
    assert [e.headline for e in build("Briefs\n\n" + text + "\n", PUBLISHED).events] == [headline]


def test_an_adjective_with_a_copula_is_no_marker():
    doc = _mended("The procedures are due to go before the Security Council next week.")
    due, go = _token(doc, "due"), _token(doc, "go")
    assert due.dep_ == "ROOT" and go.head.i == due.i and _token(doc, "procedures").head.i == due.i


def test_a_name_after_a_fronted_date_phrase_is_the_subject():
    events = build("Briefs\n\nIn New York Stock Exchange trading Friday, Conseco closed at $19.50, down 25 cents.\n",
                   date(1989, 10, 30)).events
    assert [(e.when.value, e.headline) for e in events] == [("1989-10-27", "Conseco closed at $19.50, down 25 cents")]


def test_a_reduced_relative_is_its_nouns_and_the_verb_after_it_the_clauses():
    events = build("Briefs\n\nPolice confirmed Friday that the body found along a highway in this municipality 15 "
                   "miles south of San Juan belonged to Jorge Hernandez, 49.\n", date(1998, 3, 1)).events
    assert [(e.headline, e.attribution) for e in events] == \
        [("Police confirmed that the body belonged to Jorge Hernandez, 49", "Police")]


def test_a_past_verb_after_its_subject_with_no_object_is_no_reduced_relative_of_a_conjunct():
    events = build("Briefs\n\nPrices rose sharply on Monday, reached a high and fell back.\n", date(1998, 3, 1)).events
    assert [e.headline for e in events] == ["Prices rose sharply"]


@pytest.mark.parametrize("text, headline", [
    ("On Sunday, Tanzanian police and FBI agents said they had made discoveries.",
     "Tanzanian police and FBI agents said they had made discoveries"),
    ("During the day Friday, Elian played in his relatives' yard.", "Elian played in his relatives' yard"),
    ("In New York Stock Exchange composite trading Friday, Aetna closed at $60, down 50 cents.",
     "Aetna closed at $60, down 50 cents"),
])
def test_a_subject_after_a_fronted_phrase_is_the_verbs(text, headline):
    assert [e.headline for e in build("Briefs\n\n" + text + "\n", date(1998, 8, 10)).events] == [headline]


def test_it_expects_to_is_a_subject_and_its_complement():
    doc = _mended("The company said it expects to release third-quarter results in mid-November.")
    assert (_token(doc, "it").dep_, _token(doc, "release").dep_) == ("nsubj", "xcomp")


def test_a_per_share_aside_does_not_make_a_tree_untrusted():
    events = build("Briefs\n\nThe Fairfield, N.J., company, which is 92%-owned by Ogden Corp., New York, had net of "
                   "$1.1 million, or four cents a share, a year ago.\n", date(1989, 10, 20)).events
    assert [(e.when.value, e.headline, e.rule) for e in events] == \
        [("1988", "The Fairfield, N.J., company had net of $1.1 million", "tree:on")]


def test_a_subordinator_with_a_finite_verb_after_its_noun_opens_a_clause():
    events = build("Briefs\n\nThe two were removed from the list after Libyan leader Moammar Gadhafi agreed in April "
                   "to hand them over for trial.\n", date(1999, 3, 1)).events
    assert [(e.when.value, e.headline) for e in events] == \
        [("1998-04", "Libyan leader Moammar Gadhafi agreed to hand them over for trial")]
