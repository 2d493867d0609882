"""The event layer reads every word from the language it is given: a changed pack changes what it finds."""
from __future__ import annotations

from dataclasses import replace

import pytest

from chrono import lang
from chrono.chronology import similar, stem
from chrono.errors import InputError
from chrono.events import classify, compress, find_attribution, is_verb_form, split_clauses
from chrono.lang.events import Pattern, Stemming
from chrono.model import Modality

EN = lang.get("en")


def _variant(**groups) -> lang.Language:
    """English with some groups of its event words replaced (a made-up language)."""
    words = EN.events
    return lang.Language(code="xx", name="Variant", timex=None, reading=EN.reading,
                         events=replace(words, **{name: replace(getattr(words, name), **fields)
                                                  for name, fields in groups.items()}))


def test_reporting_verbs_come_from_the_language():
    reporting = EN.events.reporting
    xx = _variant(reporting={"verbs": reporting.verbs | {"blorped"}})
    a = find_attribution("The city fell, the army blorped.", xx)
    assert (a.source, a.verb) == ("the army", "blorped")
    assert find_attribution("The city fell, the army blorped.") is None


def test_modality_markers_come_from_the_language():
    xx = _variant(modality={"negation": Pattern(r"(?<!\w)zorn(?!\w)", (("zorn", "zorn"),), ignore_case=True)})
    assert classify("the army zorn entered the town", language=xx) is Modality.NEGATED
    assert classify("the army did not enter the town", language=xx) is Modality.FACT


def test_verb_forms_and_clauses_come_from_the_language():
    xx = _variant(syntax={"past_suffixes": ("ode",), "coordinators": ("und",), "auxiliaries": frozenset({"wil"})})
    assert is_verb_form("explode", xx) and not is_verb_form("captured", xx)
    texts = [c.text("The army retook the town und wil hold it.") for c in
             split_clauses("The army retook the town und wil hold it.", language=xx)]
    assert texts == ["The army retook the town", "wil hold it"]


def test_headline_words_come_from_the_language():
    xx = _variant(headline={"drop_words": frozenset({"surely"})})
    assert compress("The army surely retook the town", language=xx) == "The army retook the town"
    assert compress("The army reportedly retook the town", language=xx) == "The army reportedly retook the town"


def test_stemming_and_kinds_come_from_the_language():
    xx = _variant(merge={"stemming": Stemming(clitics=(), suffixes=("en",), min_rest=2, length=4)})
    assert stem("Attacken", xx) == "atta" and stem("Attacks") == "attac"
    assert similar("The army retook the town", "The army shelled the town") is False
    assert similar("The army retook the town", "The army shelled the town",
                   _variant(merge={"kinds": {}})) is True


def test_a_pack_without_event_words_is_refused():
    with pytest.raises(InputError):
        compress("The army retook the town", language=lang.Language(code="yy", name="Empty", timex=None))
