"""Dating rules of round 5, each on invented sentences (:mod:`chrono.events.retense`, :mod:`.dating`):

- a participle modifying a noun ("the ban introduced in October") tells a done happening: its
  month is the last one before the publication day, whatever tense the rest of the sentence has;
- a date the parser hung on the noun right before it ("introduced on diesel cars in October") is
  still an adverbial of the predicate that noun completes;
- a dash between two clauses separates them as a semicolon does: a date after the dash dates the
  clause after it;
- a present perfect takes no past point ("*have provided it in May"): a past date a parser hung on
  one is the simple past's between them ("have provided the money NASA requested in its plan in May");
- a clause a relative adverb opens right after a date ("in 2016, when his father died") is a
  happening of that date, at it whatever the date's preposition ("after last week, when ...");
- a date on a noun of a verbless report's content ("said: ..., the second for Artemis in 2022")
  names that noun's happening, not the report's day;
- a hedged alternative ("late 2020, and more likely 2021", "March, or perhaps April") is one dating
  group (the pack's ``coordination``), not two dates of two happenings.
"""
from __future__ import annotations

import pytest

from chrono import lang
from chrono.events.dating import Dating, DatingGroup
from chrono.events.parse import parser
from chrono.events.syntax import Clause
from chrono.events.words import stage
from chrono.model import Timex, TimexType

from stories import build as _build, show as _show


@pytest.fixture(scope="module", autouse=True)
def _parser():
    if parser("en") is None:
        pytest.skip("no syntactic pipeline for English (spaCy or the shipped model missing)")


# (story, words of the event, value, modality); published on Tuesday 2019-11-19
CASES = [
    # a reduced relative ("introduced in October") is done: last October, though "will remain" looks ahead
    ("Diesel\n\nDealers say the ban introduced on diesel cars in October will remain.\n",
     "ban was introduced", "2019-10", "fact"),
    ("Rice\n\nTraders doubt that the levy placed on rice exports in August will be lifted soon.\n",
     "levy placed", "2019-08", None),
    ("Curfew\n\nOfficials will review the curfew imposed in the old town in August.\n",
     "curfew imposed", "2019-08", "fact"),
    # a plain future keeps its month ahead
    ("Curfew\n\nOfficials will lift the curfew in the old town in August.\n",
     "curfew", "2020-08", "forecast"),
    # a clause a relative adverb opens after a date ("in 2016, when ...") happened then
    ("Paris\n\nThe painter moved to Paris in 2016, when his father died.\n", "father died", "2016", "fact"),
    ("Paris\n\nThe painter moved to Paris in 2016, when his father died.\n", "moved to Paris", "2016", "fact"),
    ("Bank\n\nThe shares fell sharply in March, when the bank reported a loss.\n", "reported a loss", "2019-03", "fact"),
]


def test_a_when_clause_is_at_its_date_whatever_the_preposition():
    chron = _build("Markets\n\nStocks have been trying to recover after last week, when the index recorded its worst "
                   "run in months.\n")
    found = [e for e in chron.events if "index recorded" in e.headline and e.when.value == "2019-W46"]
    assert found and found[0].when.relation.value == "on", _show(chron)
    chron = _build("Law\n\nSince 2015, when the law was passed, prices have doubled.\n")
    found = [e for e in chron.events if "law was passed" in e.headline and e.when.value == "2015"]
    assert found and found[0].when.relation.value == "on", _show(chron)


def test_a_when_clause_after_a_range_is_left_alone():
    chron = _build("Night\n\nNo checks were made from 10 p.m. Friday to 6 a.m. Saturday, when the guards found the "
                   "door open.\n")
    assert not [e for e in chron.events if "found the door" in e.headline and e.when.value.startswith("2019-11-15")], \
        _show(chron)


@pytest.mark.parametrize("story,words,value,modality", CASES)
def test_dated(story, words, value, modality):
    chron = _build(story)
    found = [e for e in chron.events if words in e.headline and e.when.value == value]
    assert found, _show(chron)
    if modality is not None:
        assert found[0].modality.value == modality, _show(chron)


def _group(sentence: str, text: str, value: str) -> DatingGroup:
    start = sentence.index(text)
    t = Timex(start, start + len(text), text, TimexType.DATE, value)
    return DatingGroup((t,), t, start, start + len(text))


@pytest.mark.parametrize("sentence,second,opening", [
    ("The fee that the port planned on Jan. 5, including empty boxes, would apply — or a fee charged in "
     "September would stay.", "September", "or a fee charged"),
    ("The council met on Monday — the mayor had resigned in May.", "May", "the mayor had resigned"),
])
def test_a_dash_separates_clauses(sentence, second, opening):
    dating = stage(Dating, lang.get("en"))
    first = _group(sentence, sentence.split(" on ")[1].split(",")[0].split(" —")[0], "2020-01-05")
    parts = dating.split_groups(sentence, Clause(((0, len(sentence) - 1),)), [first, _group(sentence, second, "2019-09")])
    assert len(parts) == 2
    assert parts[1][0].text(sentence).lstrip().startswith(opening), parts[1][0].text(sentence)


def test_a_hyphen_inside_a_word_separates_nothing():
    sentence = "The council met on Monday with the long-serving mayor elected in May."
    dating = stage(Dating, lang.get("en"))
    parts = dating.split_groups(sentence, Clause(((0, len(sentence) - 1),)),
                                [_group(sentence, "Monday", "2019-11-18"), _group(sentence, "May", "2019-05")])
    assert len(parts) == 1


def _doc(main_morph: str):
    """'Congress has provided the money NASA requested in its amendment in May.' with "in its amendment"
    hung on the main verb and "in May" on "amendment", as a parser may hang them."""
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    words = "Congress has provided the money NASA requested in its amendment in May .".split()
    heads = [2, 2, 2, 4, 2, 6, 4, 9, 9, 2, 11, 9, 2]
    deps = ["nsubj", "aux", "ROOT", "det", "obj", "nsubj", "acl:relcl", "case", "nmod:poss", "obl", "case", "nmod",
            "punct"]
    pos = ["PROPN", "AUX", "VERB", "DET", "NOUN", "PROPN", "VERB", "ADP", "PRON", "NOUN", "ADP", "PROPN", "PUNCT"]
    morphs = ["", "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", main_morph, "", "", "",
              "Mood=Ind|Tense=Past|VerbForm=Fin", "", "", "", "", "", ""]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, morphs=morphs)


def test_a_past_point_hung_on_a_present_perfect_is_the_simple_past_before_it():
    from chrono.events import attachment
    doc = _doc("Tense=Past|VerbForm=Part")                  # "has provided": a perfect takes no "in May"
    assert attachment.perfect(doc[2])
    assert attachment.past_between(doc[11], doc[2]).text == "requested"
    assert attachment.past_between(doc[1], doc[2]) is None        # nothing before the perfect


def test_a_past_point_of_a_simple_past_stays_where_the_parser_hung_it():
    from chrono.events import attachment
    doc = _doc("Mood=Ind|Tense=Past|VerbForm=Fin")          # "provided ... in May": its own date
    assert not attachment.perfect(doc[2])
    assert attachment.past_between(doc[11], doc[2]) is None


def _parsed(words: str, heads: list[int], deps: list[str], pos: list[str]):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    return Doc(Vocab(), words=words.split(), heads=heads, deps=deps, pos=pos)


def test_a_date_on_a_noun_of_a_verbless_report_content_is_the_nouns():
    from chrono.events import attachment
    # "NASA said : one for Artemis in 2022 ." -- a list after a colon, no verb of its own
    doc = _parsed("NASA said : one for Artemis in 2022 .", [1, 1, 3, 1, 5, 3, 7, 5, 1],
                  ["nsubj", "ROOT", "punct", "ccomp", "case", "nmod", "case", "nmod", "punct"],
                  ["PROPN", "VERB", "PUNCT", "NUM", "ADP", "PROPN", "ADP", "NUM", "PUNCT"])
    assert attachment.content_noun(doc[7], doc[1]).text == "Artemis"
    # "NASA said in a statement on Monday ." -- the statement is the report's own: the report's day
    doc = _parsed("NASA said in a statement on Monday .", [1, 1, 4, 4, 1, 6, 4, 1],
                  ["nsubj", "ROOT", "case", "det", "obl", "case", "nmod", "punct"],
                  ["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"])
    assert attachment.content_noun(doc[6], doc[1]) is None


@pytest.mark.parametrize("sentence,first,second", [
    ("Repairs have pushed the launch back to late 2020, and more likely 2021.", "late 2020", "2021"),
    ("The vote could come in March, or perhaps April.", "March", "April"),
])
def test_a_hedged_alternative_date_is_coordinated(sentence, first, second):
    """ "late 2020, and more likely 2021": one dating group, not two dates of two happenings."""
    dating = stage(Dating, lang.get("en"))
    a, b = sentence.index(first), sentence.index(second)
    timexes = [Timex(a, a + len(first), first, TimexType.DATE, "2020"),
               Timex(b, b + len(second), second, TimexType.DATE, "2021")]
    assert len(dating.group(sentence, 0, timexes)) == 1


def test_two_dates_of_two_clauses_stay_apart():
    sentence = "The launch slipped in 2020, and the engines failed in 2021."
    dating = stage(Dating, lang.get("en"))
    a, b = sentence.index("2020"), sentence.index("2021")
    timexes = [Timex(a, a + 4, "2020", TimexType.DATE, "2020"), Timex(b, b + 4, "2021", TimexType.DATE, "2021")]
    assert len(dating.group(sentence, 0, timexes)) == 2
