"""Tree readings of round 5, each on invented sentences (:mod:`chrono.events.tree`, :mod:`.retense`):

- a marker with nothing of its own but punctuation ("If, for some reason, ...") is still read by the
  modality: the clause it opens is a supposition, not a forecast;
- an imperative may open with an adverb of its own ("Now consider what ..."): an invitation, no happening;
- a time expression the parser took for the subject right after a preposition it made a marker ("a firm
  that until [this year] had been losing") is that preposition's object: the clause's parse is not read
  (but "if Friday is a holiday" has a subject);
- a simple present of a verb of a state (the pack's ``stative_verbs``: "know", "believe") is no fixture:
  "what the council knows about the meeting on Saturday" is not dated to the coming Saturday, while
  "The Lions play the Bears on Saturday" still is.
"""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from chrono import lang
from chrono.events import asking, tree
from chrono.events.parse import parser
from chrono.events.words import words_of

from stories import build as _build, show as _show


def _doc(words: str, heads: list[int], deps: list[str], pos: list[str], morphs: list[str] | None = None):
    return Doc(spacy.blank("xx").vocab, words=words.split(), heads=heads, deps=deps, pos=pos, morphs=morphs)


def test_a_marker_with_a_comma_of_its_own_is_read():
    # "If , the bridge is not finished ." -- the parser hangs the comma on "If"
    doc = _doc("If , the bridge is not finished .", [6, 0, 3, 6, 6, 6, 6, 6],
               ["mark", "punct", "det", "nsubj:pass", "aux:pass", "advmod", "ROOT", "punct"],
               ["SCONJ", "PUNCT", "DET", "NOUN", "AUX", "PART", "VERB", "PUNCT"])
    assert [t.text for t in tree.core_tokens(doc[6], doc[6])] == ["If", "the", "is", "not", "finished"]


def test_a_marker_with_words_of_its_own_is_not_read():
    # "Even if ..." with "Even" hung on "if": the marker heads a phrase, left out as before
    doc = _doc("Even if the bridge is finished .", [1, 5, 3, 5, 5, 5, 5],
               ["advmod", "mark", "det", "nsubj:pass", "aux:pass", "ROOT", "punct"],
               ["ADV", "SCONJ", "DET", "NOUN", "AUX", "VERB", "PUNCT"])
    assert "if" not in [t.text for t in tree.core_tokens(doc[5], doc[5])]


def test_an_imperative_opened_by_an_adverb():
    doc = _doc("Now consider the facts .", [1, 1, 3, 1, 1], ["advmod", "ROOT", "det", "obj", "punct"],
               ["ADV", "VERB", "DET", "NOUN", "PUNCT"], ["", "Mood=Imp|VerbForm=Fin", "", "", ""])
    assert asking.imperative(doc)
    doc = _doc("Please , note the hours .", [2, 2, 2, 4, 2, 2], ["discourse", "punct", "ROOT", "det", "obj", "punct"],
               ["INTJ", "PUNCT", "VERB", "DET", "NOUN", "PUNCT"], ["", "", "Mood=Imp|VerbForm=Fin", "", "", ""])
    assert asking.imperative(doc)


def test_a_clause_opened_by_an_adverb_with_a_subject_is_no_imperative():
    doc = _doc("Now officials consider the facts .", [2, 2, 2, 4, 2, 2], ["advmod", "nsubj", "ROOT", "det", "obj", "punct"],
               ["ADV", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], ["", "", "Mood=Ind|Tense=Pres|VerbForm=Fin", "", "", ""])
    assert not asking.imperative(doc)
    # an adverbial phrase (an adverb with words of its own) does not open an imperative
    doc = _doc("Very soon consider the facts .", [1, 2, 2, 4, 2, 2], ["advmod", "advmod", "ROOT", "det", "obj", "punct"],
               ["ADV", "ADV", "VERB", "DET", "NOUN", "PUNCT"], ["", "", "Mood=Imp|VerbForm=Fin", "", "", ""])
    assert not asking.imperative(doc)


def test_a_time_expression_is_no_subject_after_a_preposition_made_a_marker():
    # "a firm that until this year had been losing" with "until" a marker and "year" a subject
    doc = _doc("a firm that until this year had been losing", [1, 1, 8, 8, 5, 8, 8, 8, 1],
               ["det", "ROOT", "mark", "mark", "det", "nsubj", "aux", "aux", "acl:relcl"],
               ["DET", "NOUN", "SCONJ", "ADP", "DET", "NOUN", "AUX", "AUX", "VERB"])
    assert tree.misread_subject(doc[5])
    # "if Friday is a holiday": a subordinating conjunction, a real subject
    doc = _doc("if Friday is a holiday", [4, 4, 4, 4, 4], ["mark", "nsubj", "cop", "det", "ROOT"],
               ["SCONJ", "PROPN", "AUX", "DET", "NOUN"])
    assert not tree.misread_subject(doc[1])
    # "until the rain had stopped": no time expression there, nothing asked of it; a subject away from
    # the marker is a subject
    doc = _doc("until later this week the rain had stopped", [7, 4, 4, 7, 7, 6, 7, 7],
               ["mark", "advmod", "det", "obl", "det", "nsubj", "aux", "ROOT"],
               ["ADP", "ADV", "DET", "NOUN", "DET", "NOUN", "AUX", "VERB"])
    assert not tree.misread_subject(doc[3])


def test_the_pack_tells_verbs_of_a_state():
    stative = words_of(lang.get("en")).modality.stative_verbs
    assert {"know", "knows", "believe", "seems", "remains"} <= stative
    assert not {"play", "plays", "meet", "opens"} & stative


@pytest.fixture()
def _parser():
    if parser("en") is None:
        pytest.skip("no syntactic pipeline for English (spaCy or the shipped model missing)")


# published on Tuesday 2019-11-19
@pytest.mark.usefixtures("_parser")
@pytest.mark.parametrize("story,words,value,modality", [
    ("Bridge\n\nIf, for some reason, the bridge is not finished by 2021, the city will use ferries.\n",
     "bridge is not finished", "2021", "hypothetical"),
    ("Council\n\nThe council knows little about the meeting on Saturday.\n",
     "council knows", "2019-11-16", None),
    ("Fire\n\nResidents believe the fire on Saturday was an accident.\n", "fire", "2019-11-16", None),
    # a fixture keeps the coming Saturday
    ("Derby\n\nThe Lions play the Bears on Saturday.\n", "Lions play", "2019-11-23", "forecast"),
])
def test_dated(story, words, value, modality):
    chron = _build(story)
    found = [e for e in chron.events if words in e.headline and e.when.value == value]
    assert found, _show(chron)
    if modality is not None:
        assert found[0].modality.value == modality, _show(chron)


@pytest.mark.usefixtures("_parser")
def test_a_time_subject_after_a_marker_gives_no_headline():
    chron = _build("Team\n\nIt is a team that until this season had been losing badly, the coach said on Monday.\n")
    assert not [e for e in chron.events if e.headline.lower().startswith("this season")], _show(chron)


@pytest.mark.usefixtures("_parser")
def test_an_imperative_opened_by_an_adverb_lists_nothing():
    chron = _build("Council\n\nNow consider what the council knows about the meeting on Saturday.\n")
    assert not chron.events, _show(chron)
