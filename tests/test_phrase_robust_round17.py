"""Round 17: a phrase the parser gave only punctuation words is no failure of the tree reader.

"L'album de photos découvert mercredi dans la forteresse de Bab Al-Aziziya à Tripoli contenait plusieurs clichés":
the French parse holds an oblique whose words are all punctuation; reading it for a parenthetical phrase raised,
and the sentence went the regex path with a warning on the user's screen. It is read over its tree."""
import logging
from datetime import date

import pytest

from chrono.events import parse as parsing
from stories import build


@pytest.fixture(scope="module")
def french_parser():
    if parsing.parser("fr") is None:
        pytest.skip("no French syntax model in chrono/lang/fr/syntax")


def test_a_punctuation_phrase_is_read_over_the_tree(french_parser, caplog):
    text = ("Kadhafi avait un faible pour Condoleezza Rice\n\nLes rebelles ont fait une découverte surprenante dans le "
            "complexe du leader libyen à Tripoli. L'album de photos découvert mercredi dans la forteresse de Bab Al-Aziziya "
            "à Tripoli contenait plusieurs clichés de Condoleezza Rice.\n")
    with caplog.at_level(logging.WARNING, logger="chrono"):
        build(text, date(2011, 8, 26))
    assert not [r.getMessage() for r in caplog.records if "could not be read" in r.getMessage()]

