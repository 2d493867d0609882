"""Round 13: who says so is a noun phrase, never the words around it.

- "Calling the ruling a farce, President Fidel Castro said ...": the participle's phrase fronted before the
  source is no part of it (the language's ``leading_adverbial``);
- the subject the parser gives a reporting verb is no source when it is a verb, a preposition, a
  subordinator or a relative pronoun ("Calling", "because these", "which": chrono/events/predicate.py,
  ``is_teller``).
"""
from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


def _attributions(tmp_path, text: str, published: date) -> list[str | None]:
    return [e.attribution for e in build(text, published).events]


def test_a_fronted_participle_is_no_part_of_the_source(tmp_path):
    found = _attributions(tmp_path, "Calling the ruling a farce, President Fidel Castro said Friday that Cuba would "
                                    "press for the return of the boy.\n", date(2000, 1, 28))
    assert found and all(a is None or not a.startswith("Calling") for a in found)
    assert "President Fidel Castro" in found


def test_a_relative_pronoun_is_no_source(tmp_path):
    found = _attributions(tmp_path, "The company released a report, which said on Tuesday that construction would "
                                    "begin in 1991.\n", date(1989, 10, 26))
    assert "which" not in found


def test_a_pronoun_after_a_fronted_adjunct_is_the_actor_before(tmp_path):
    """"In a statement on Tuesday, she said ...": the pronoun after the fronted phrase stands for the named
    subject of the sentence before, as a sentence-opening one does (chrono/events/reference.py, ``actor``)."""
    found = _attributions(tmp_path, "Pak Ui-chun met the envoy in Beijing on Monday. In a statement on Tuesday, she "
                                    "said the talks went well.\n", date(2000, 1, 28))
    assert "Pak Ui-chun" in found and "she" not in found
