"""Attribution forms: who says so, and where the reported content stands."""
from __future__ import annotations

import pytest

from chrono.events.attribution import clean_source, find_attribution, short_source


def content(sentence, attr):
    return [sentence[a:b] for a, b in attr.content]


@pytest.mark.parametrize("sentence,source,form,reported", [
    ("The town fell to the army, the ministry said.", "the ministry", "trailing", ["The town fell to the army"]),
    ("The town fell, the ministry said Sunday.", "the ministry", "trailing", ["The town fell"]),
    ("The Saudi-led coalition said that the town fell.", "The Saudi-led coalition", "leading", ["the town fell"]),
    ('"We will win," the commander said in a statement.', "the commander", "trailing", ["We will win"]),
    ('"We expect difficult fighting," Colonel Ryan Dillon said of the remaining strongholds along the river.',
     "Colonel Ryan Dillon", "trailing", ["We expect difficult fighting"]),
    ("The talks failed, officials said in Beirut.", "officials", "trailing", ["The talks failed"]),
    ("The town fell, said Rami Abdel-Rahman, head of the monitor.", "Rami Abdel-Rahman, head of the monitor",
     "inverted", ["The town fell"]),
    ("The ministry said that the town fell on Sunday.", "The ministry", "leading", ["the town fell on Sunday"]),
    ("The ministry said the town had fallen.", "The ministry", "leading", ["the town had fallen"]),
    ("But the militia told Reuters that the town fell.", "the militia", "leading", ["the town fell"]),
    ("The town fell, the militia told Reuters.", "the militia", "trailing", ["The town fell"]),
    ("Officials announced Sunday they had struck a deal.", "Officials", "leading", ["they had struck a deal"]),
    ("In a statement, the coalition said that the strikes continued.", "the coalition", "leading",
     ["the strikes continued"]),
    ("The army entered the town, according to officials close to the talks.", "officials close to the talks",
     "according", ["The army entered the town"]),
    ("According to the monitor, the army entered the town.", "the monitor", "according",
     ["the army entered the town"]),
    ('"The deal holds," the coalition said, adding that it would not last.', "the coalition", "trailing",
     ["The deal holds", "it would not last"]),
    ("The monitor, which tracks the war through activists, said at least 23 fighters were killed.", "The monitor",
     "leading", ["at least 23 fighters were killed"]),           # relative clause out of the source; "at least" stays
    ("The coalition has said it will keep up air strikes.", "The coalition", "leading",
     ["it will keep up air strikes"]),                           # perfect auxiliary before the verb
    ("In Iraq, Prime Minister Haider al-Abadi announced Friday that troops had retaken Qaim.",
     "Prime Minister Haider al-Abadi", "leading", ["troops had retaken Qaim"]),   # leading adverbial
    ("If talks fail next month, aid agencies warned, thousands could flee.", "aid agencies", "parenthetical",
     ["If talks fail next month", "thousands could flee"]),
])
def test_forms(sentence, source, form, reported):
    attr = find_attribution(sentence)
    assert attr is not None
    assert (attr.source, attr.form) == (source, form)
    assert content(sentence, attr) == reported


@pytest.mark.parametrize("sentence", [
    "The army retook the town after heavy fighting.",
    "The coalition confirmed the deal in a statement.",           # an object, not a reported clause
    "IS claimed the attack.",
    "On Saturday, local officials announced a deal to evacuate civilians and Syrian IS fighters.",  # "IS" no verb
    # the reporting verb of a subordinate clause after the main one
    "The campaign began on 17 October, when Prime Minister Haider al-Abadi announced the start of the offensive.",
])
def test_no_attribution(sentence):
    assert find_attribution(sentence) is None


def test_pronoun_source_is_kept_for_the_caller_to_resolve():
    attr = find_attribution('"We expect fighting," he said.')
    assert attr.source == "he"


def test_clean_and_short_sources():
    assert clean_source("But officials close to the operation to retake the city") == "officials close to the operation"
    assert short_source("Local officials from the Raqqa Civil Council and tribal leaders") == \
        "Local officials and tribal leaders"
