"""Attribution rules of round 7 (who says so), on invented sentences (never copied from a story or a page).

- "X was quoted (by M) as saying (that) ..." and "M quoted X as saying ...": X speaks
  (:meth:`chrono.events.attribution.Attributions._quoted`);
- a reporting verb inside a relative clause ("The bank, which said it found the error, still plans
  ...") reports only that clause: the rest of the sentence is the writer's; one whose relative word
  is not its subject ("..., where inspectors told him that ...") names its own subject;
- a bare reporting verb followed by a clause whose verb is an irregular past ("said the mayor met
  ...") reports it; one followed by a prepositional phrase and a "that" ("said after the game that
  ...") does not open its content there;
- the speaker of a reporting verb of a tree (:func:`chrono.events.speaker.reporter`): a passive report
  names none but its agent ("are expected to merge", "was told by X"); a report coordinated with a
  predicate shares its subject ("did not name the town, but said Friday that ..."); a report that is
  itself the happening told inside another's content is told by that other reporter;
- a time expression premodifying a noun ("the March 3 bombing", "last Friday's raid") names a
  happening the writer presupposes: not the reporter's (:mod:`chrono.events.background`); the noun of a
  report or publication ("in its Friday issue") dates the report itself.
"""
from __future__ import annotations

from datetime import date

import pytest

from chrono.events.attribution import find_attribution
from chrono.events.background import told_as_background
from chrono.events.parse import parser
from chrono.model import Timex, TimexType
from stories import build

PUBLISHED = date(2019, 11, 19)          # a Tuesday
LEDE = "Harbour news\n\nThe port authority opened a new pier on Nov. 2.\n\n"


def _events(*sentences: str):
    chron = build(LEDE + "\n\n".join(sentences) + "\n", PUBLISHED)
    return [(e.headline, e.when.value, e.attribution) for e in chron.events if "pier" not in e.text]


@pytest.mark.parametrize("sentence, source", [
    ("A port official was quoted Monday by a local radio station as saying that the crane collapsed.",
     "A port official"),
    ("The Harbour Gazette quoted a dock worker as saying the gates had failed.", "a dock worker"),
    ('"We will rebuild the quay," the governor was quoted as saying by the state news agency.', "the governor"),
    ("The mayor was quoted as saying by the city's radio that the ferry would resume.", "The mayor"),
])
def test_quoted_as_saying_names_who_speaks(sentence, source):
    a = find_attribution(sentence)
    assert a is not None and a.source == source


def test_quoted_without_as_saying_is_no_attribution():
    assert find_attribution("The lecturer quoted Dickens at length.") is None


@pytest.mark.parametrize("sentence", [
    "The bank, which said it found the error, still plans to open the branch on Monday.",
    "The ferry operator, who said he had warned the council, will resume the service in May.",
])
def test_a_relative_clause_report_is_not_the_sentence_attribution(sentence):
    assert find_attribution(sentence) is None


def test_a_report_inside_a_relative_clause_is_its_reporters():
    s = "The captain is being questioned in Lisbon, where inspectors have told him that they may seek a fine."
    a = find_attribution(s)
    assert a is not None and a.source == "inspectors" and s[a.content[0][0]:a.content[0][1]].startswith("they may")


def test_a_relative_clause_closed_before_the_verb_still_names_the_source():
    a = find_attribution("The harbour board, which runs the port, said the pier opened.")
    assert a is not None and a.source == "The harbour board"


@pytest.mark.parametrize("sentence, source", [
    ("Officials said the mayor met with the contractors Sunday.", "Officials"),
    ("Witnesses said the ship struck the pier before dawn.", "Witnesses"),
])
def test_a_bare_report_of_a_clause(sentence, source):
    a = find_attribution(sentence)
    assert a is not None and a.source == source


@pytest.mark.parametrize("sentence", [
    "The coach said after the match that the players saw the draw as a win.",
    "The spokesman said nothing about the shot.",
])
def test_no_content_after_a_preposition_or_a_noun(sentence):
    assert find_attribution(sentence) is None


needs_parser = pytest.mark.skipif(parser("en") is None, reason="no shipped English pipeline")


@needs_parser
def test_a_passive_report_names_no_speaker():
    found = _events("The two ferry companies are expected to merge in May.")
    assert found and all(src is None for _h, _v, src in found)


@needs_parser
def test_a_report_shares_the_subject_of_its_conjunct():
    found = _events("The harbour board did not name the contractor, but said Friday that the crane "
                    "operator made an error on Nov. 4.")
    assert any(v == "2019-11-04" and src and "harbour board" in src.lower() for _h, v, src in found)


@needs_parser
def test_a_report_inside_another_report_is_told_by_the_outer_reporter():
    found = _events("A ferry company spokeswoman said the firm told passengers Monday about the delays.")
    assert any(v == "2019-11-18" and src and "spokeswoman" in src for _h, v, src in found)


def _timex(sentence: str, text: str) -> Timex:
    i = sentence.index(text)
    return Timex(start=i, end=i + len(text), text=text, type=TimexType.DATE, value="2019-11-01")


@pytest.mark.parametrize("sentence, text, background", [
    ("The police chief said the probe into the March 3 bombing was widening.", "March 3", True),
    ("The mayor said investigators linked last Friday's raid to the gang.", "last Friday", True),
    ("The council said its 2016 merger with the port board had failed.", "2016", True),
    ("The police chief said the bombing on March 3 killed four.", "March 3", False),
    ("In the 1990s the harbour grew, the mayor said.", "1990s", False),
    ("In its Friday issue, the Gazette quoted a sailor as saying the ship sank.", "Friday", False),
    ("The minister said in Tuesday's statement that the pier was safe.", "Tuesday", False),
])
def test_a_dated_noun_is_the_writers_background(sentence, text, background):
    assert told_as_background(sentence, 0, _timex(sentence, text), "en") is background


@needs_parser
@pytest.mark.parametrize("sentence, value", [
    ("The police chief said the raid was not linked with the probe into the Nov. 3 bombing of the ferry terminal.",
     "2019-11-03"),
    ("Investigators said Monday they had found no link between the two men and last Friday's bombing of the "
     "ferry terminal.", "2019-11-15"),
])
def test_a_dated_noun_inside_a_report_has_no_source(sentence, value):
    dated = [src for _h, v, src in _events(sentence) if v == value]
    assert dated and all(src is None for src in dated)


@needs_parser
@pytest.mark.parametrize("sentence, value, source", [
    ("The Harbour Gazette in its Friday issue quoted a dock worker as saying the gates had failed.",
     "2019-11-15", "dock worker"),
    ("A port official was quoted Monday by a local radio station as saying that the crane collapsed.",
     "2019-11-18", "port official"),
])
def test_a_dated_quotation_is_the_quoted_speakers(sentence, value, source):
    assert any(v == value and src and source in src for _h, v, src in _events(sentence))
