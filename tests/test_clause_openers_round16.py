"""Round 16: the words that open a clause read as its own event, and a degree adverb of a dating phrase.

- a subordinate clause set off by a comma loses its marker and the adverb before it (", even if it stretches ...",
  "particularly after she was seen ...", "ever since he first learned ..."): no headline "If it stretches well",
  "Particularly she was seen ...", "Ever he first learned ...";
- a degree adverb right before a dating phrase ("stretches [well into 2020]") belongs to the phrase: cut with it,
  and told with it when the clause would be its subject and verb alone ("It stretches well into 2020");
- a person's pronoun in a clause below the root takes the root's named subject only when no other full name (a
  possessor, an object) stands before it: "Trump ... make Hillary Clinton's health an issue ... after she was seen"
  leaves "She was seen ...", not "Trump was seen ...";
- a person's relative word ("who") hung on a common noun stands for the name that ends the noun's "of" phrase right
  before it ("the case of Elian, who was rescued Nov. 25": "Elian was rescued", not "The case of Elian was
  rescued");
- nor does a person's pronoun stand for a subject that a thing's pronoun ("it") stands for before it ("The Foreign
  Office said it had informed the family ... that he probably died": not "The Foreign Office probably died").
"""
from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


def _headlines(text: str, published: date):
    return [(e.when.value, e.modality.value, e.headline) for e in build(text + "\n", published).events]


def test_a_conditional_clause_loses_its_opening_words_and_keeps_its_degree():
    found = _headlines("They would have to let it move at its own pace, even if it stretches well into 2020.",
                       date(2019, 11, 6))
    assert ("2020", "hypothetical", "It stretches well into 2020") in found, found


@pytest.mark.parametrize("text, published, value, start", [
    ("(Trump repeatedly sought to make Hillary Clinton's health an issue in the 2016 campaign -- particularly after "
     "she was seen feeling faint at a September 11 commemoration.)", date(2019, 11, 18), "2016-09-11",
     "She was seen feeling faint"),
    ("He has not seen the boy, ever since he first learned in November that Elian was in Florida.",
     date(2000, 1, 7), "1999-11", "He first learned"),
])
def test_an_adverb_before_a_clause_marker_goes_with_it(text, published, value, start):
    found = [h for v, _m, h in _headlines(text, published) if v == value]
    assert found and all(h.startswith(start) for h in found), _headlines(text, published)


@pytest.mark.parametrize("text, published, value, want, unwanted", [
    # a full name as a possessor between the subject and "she": the pronoun may be hers, not Trump's
    ("(Trump repeatedly sought to make Hillary Clinton's health an issue in the 2016 campaign -- particularly after "
     "she was seen feeling faint at a September 11 commemoration.)", date(2019, 11, 18), "2016-09-11",
     "She was seen", "Trump was seen"),
    # no other name: the subject stands in for the pronoun
    ("Barnett Slepian, just back from synagogue, was heating soup in his kitchen last fall when he was gunned down "
     "with a single shot through a window.", date(1998, 11, 1), "1998-FA", "Barnett Slepian was", None),
])
def test_a_pronoun_takes_the_subject_only_with_no_other_name_before_it(text, published, value, want, unwanted):
    found = [h for v, _m, h in _headlines(text, published) if v == value]
    assert any(h.startswith(want) for h in found) and not any(unwanted and unwanted in h for h in found), found


def test_a_persons_relative_stands_for_the_name_it_follows():
    # "who" hung on "case": the one rescued is Elian, not the case
    found = _headlines("Fidel Castro's government has been using such events to draw attention to the case of Elian, "
                       "who was rescued Nov. 25 while clinging to an inner tube.", date(2000, 1, 28))
    assert any(h.startswith("Elian was rescued") for _v, _m, h in found), found


def test_a_things_relative_keeps_its_noun():
    found = _headlines("Investors watched the shares of Acme, which were suspended Nov. 25 after the report.",
                       date(2000, 1, 28))
    assert not any(h.startswith("Acme were") for _v, _m, h in found), found


def test_a_persons_pronoun_does_not_stand_for_a_teller_told_as_a_thing():
    # "it" stands for the Foreign Office: "he", who died, is someone else
    found = _headlines("The Foreign Office said it had informed the family of Howes, 37 years old when he was "
                       "kidnapped, that he probably died within weeks or months of his capture on March 26, 1996.",
                       date(1998, 2, 19))
    assert found and not any("Foreign Office probably died" in h for _v, _m, h in found), found
