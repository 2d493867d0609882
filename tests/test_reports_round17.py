"""Round 17: reports the parser misread, and the report told after what it reports.

- "told reporters at a news conference that officials began ...": the parser hung the content clause on
  the conference as a relative clause, "that" its object; hung on a phrase of a reporting verb that has no
  complement clause yet, it is that verb's content (an object's relative clause stays one: "make a deal that
  I like");
- a bare day right after its verb, read as the verb's subject or object ("an official said Saturday", "the
  airline announced Friday"), is the verb's time adjunct: the tree is read, not thrown away as ill-formed;
- a report dated by its own day and told after its content ("..., an official said Saturday") is headlined
  by the content, then who said it; never the content with the speaker run into it ("prevented the carnage
  an official said");
- a negative phrase before the subject ("At no point did we say ...") stays in the headline: without it the
  denial reads as a question;
- a date of the data an "according to" phrase names dates what they show, however the parser labelled
  "According" ("According to data released by the ministry in August, capacity reached ...");
- the month May is no modal ("The May 2010 raid killed nine activists" is a fact).
"""
from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


def _headlines(text: str, published: date = date(1998, 8, 9)):
    return [(e.when.value, e.modality.value, e.headline) for e in build(text, published).events]


def test_content_clause_misread_as_a_relative_of_the_conference():
    shown = _headlines("Interim BART Police Chief Ed Alvarez told reporters at a news conference that officials "
                       "began receiving 911 calls Tuesday afternoon about a fight aboard a train between two men.",
                       date(2019, 11, 20))
    assert len(shown) == 1
    assert "officials began receiving 911 calls" in shown[0][2], shown
    assert "about a fight" not in shown[0][2] or "officials" in shown[0][2]


def test_an_objects_relative_clause_stays_one():
    shown = _headlines("The president said on Tuesday that China is going to have to make a deal that I like.",
                       date(2019, 11, 20))
    assert len(shown) == 1
    assert shown[0][2].endswith("to make a deal"), shown


@pytest.mark.parametrize("sentence, day", [
    ("But the solid construction of the embassy may have prevented the carnage, an official said Saturday.", "Saturday"),
    ("Qantas plans daily flights to boost business ties with India, the airline announced Friday.", "Friday"),
    ("``We were unjustly pushed out of the talks but we are back,'' Adams said Sunday.", "Sunday"),
])
def test_a_bare_day_after_its_verb_is_its_time(sentence, day):
    from chrono.events.parse import parse

    doc = parse([sentence], "en")[0]
    token = next(t for t in doc if t.text == day)
    assert token.dep_ == "obl:unmarked" and token.head.pos_ == "VERB", [(t.text, t.dep_, t.head.text) for t in doc]


@pytest.mark.parametrize("sentence, published, headline", [
    ("But the solid construction of the Israeli-built embassy may have prevented the carnage of a similar bomb in "
     "Kenya, an official said Saturday.", date(1998, 8, 9),
     "The solid construction of the Israeli-built embassy may have prevented the carnage"),
    ('"This little boy belongs with his father," Meissner said Wednesday.', date(2000, 1, 6),
     "This little boy belongs with his father, Meissner said"),
])
def test_a_report_told_after_its_content(sentence, published, headline):
    shown = _headlines(sentence, published)
    assert len(shown) == 1
    assert shown[0][2].startswith(headline), shown
    assert "carnage an official" not in shown[0][2] and "Meissner said This" not in shown[0][2]


def test_a_negative_phrase_before_the_subject_stays():
    shown = _headlines('"At no point did we say Taylor could not perform on the AMAs," the label said in a statement '
                       'Friday.', date(2019, 11, 20))
    assert [(v, m) for v, m, _ in shown] == [("2019-11-15", "negated")]
    assert shown[0][2].startswith("At no point did we say Taylor could not perform"), shown


def test_a_date_of_the_data_an_according_to_phrase_names_dates_what_they_show():
    # "According" read as a marker, "data" as the clause's subject: still a frame of the clause
    shown = _headlines("According to data released by the ministry in August, newly installed capacity reached 1.64 GW.",
                       date(2019, 11, 20))
    assert shown == [("2019-08", "fact", "Newly installed capacity reached 1.64 GW")]


@pytest.mark.parametrize("sentence, value", [
    ("The May 2010 raid killed nine activists.", "2010-05"),
    ("The raid in May killed nine activists.", "2010-05"),
])
def test_the_month_may_is_no_modal(sentence, value):
    shown = _headlines(sentence, date(2010, 11, 20))
    assert [(v, m) for v, m, _ in shown] == [(value, "fact")], shown


def test_an_instruction_to_the_addressee():
    # "told the crowd to disperse": the infinitive hangs on the addressee; the headline is the telling, not
    # "The crowd to disperse"
    shown = _headlines("Police told the crowd to disperse on Tuesday.", date(2019, 11, 20))
    assert [h for _, _, h in shown] == ["Police told the crowd to disperse"], shown
