"""Events from sentence structure (chrono/events/structure.py, tree.py, phrase.py, parse.py).

The trees are written by hand here (Universal Dependencies, as the shipped pipeline gives them), so
these tests check the reading of a tree, not the parser: each sentence's parse is handed to the
event layer in place of the pipeline's.
"""
from __future__ import annotations

import logging
from datetime import date

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc  # noqa: E402

import chrono.events.extract as extract  # noqa: E402
from chrono.events import parse as parsing  # noqa: E402
from chrono.events import tree  # noqa: E402
from chrono.events.extract import extract_events  # noqa: E402
from chrono.model import Document, Modality, Relation, Span, Timex, TimexType  # noqa: E402

VOCAB = spacy.blank("en").vocab
PUBLISHED = date(2017, 10, 14)
PRS3 = "Person=3|PronType=Prs"


def T(word, head, dep, pos, morph="", lemma=None, space=True):
    return (word, head, dep, pos, morph, lemma or word.lower(), space)


def parsed(tokens) -> Doc:
    words, heads, deps, pos, morphs, lemmas, spaces = zip(*tokens)
    spaces = [s and i + 1 < len(words) and not words[i + 1] in ",." for i, s in enumerate(spaces)]
    return Doc(VOCAB, words=list(words), spaces=spaces, heads=list(heads), deps=list(deps), pos=list(pos),
               morphs=list(morphs), lemmas=list(lemmas))


def events_of(monkeypatch, tokens, timexes):
    """The events of one sentence (given as its tokens) with ``timexes`` (text, type, value)."""
    doc = parsed(tokens)
    text = doc.text
    monkeypatch.setattr(extract, "parse", lambda sentences, language=None: [doc if s == text else None
                                                                          for s in sentences])
    document = Document("d", text, published=PUBLISHED, blocks=(Span(0, len(text), "body"),),
                        sentences=(Span(0, len(text), "body"),))
    found, pos = [], 0
    for t, kind, value in timexes:
        start = text.index(t, pos)
        found.append(Timex(start, start + len(t), t, kind, value, None))
        pos = start + len(t)
    return extract_events(document, found)


TWO_PREDICATES = [
    T("IS", 1, "nsubj", "PROPN"), T("overran", 1, "ROOT", "VERB", "Tense=Past|VerbForm=Fin", "overrun"),
    T("Raqqa", 1, "obj", "PROPN"), T("in", 4, "case", "ADP"), T("January", 1, "obl", "PROPN"),
    T("2014", 4, "nummod", "NUM"), T("and", 7, "cc", "CCONJ"),
    T("declared", 1, "conj", "VERB", "Tense=Past|VerbForm=Fin", "declare"), T("it", 7, "obj", "PRON", PRS3),
    T("its", 10, "nmod:poss", "PRON", PRS3), T("capital", 7, "xcomp", "NOUN"), T("in", 12, "case", "ADP"),
    T("June", 7, "obl", "PROPN"), T("2014", 12, "nummod", "NUM"), T(".", 1, "punct", "PUNCT"),
]


def test_two_dated_predicates_give_two_events_with_their_own_dates(monkeypatch):
    events = events_of(monkeypatch, TWO_PREDICATES, [("January 2014", TimexType.DATE, "2014-01"),
                                                     ("June 2014", TimexType.DATE, "2014-06")])
    assert [(e.when.value, e.headline, e.rule) for e in events] == [
        ("2014-01", "IS overran Raqqa", "tree:on"), ("2014-06", "IS declared it its capital", "tree:on")]
    assert [e.trigger[2] for e in events] == ["overran", "declared"]
    assert events[1].trigger[:2] == (events[1].text.index("declared"), events[1].text.index("declared") + 8)


ATTACK_AND_REPORT = [
    T("The", 1, "det", "DET"), T("army", 2, "nsubj", "NOUN"), T("attacked", 2, "ROOT", "VERB", "", "attack"),
    T("the", 4, "det", "DET"), T("town", 2, "obj", "NOUN"), T("on", 6, "case", "ADP"), T("Monday", 2, "obl", "PROPN"),
    T(",", 10, "punct", "PUNCT"), T("and", 10, "cc", "CCONJ"), T("officials", 10, "nsubj", "NOUN"),
    T("said", 2, "conj", "VERB", "", "say"), T("it", 13, "nsubj", "PRON", "Number=Sing|" + PRS3), T("could", 13, "aux", "AUX"),
    T("fall", 10, "ccomp", "VERB", "VerbForm=Inf"), T("within", 15, "case", "ADP"), T("days", 13, "obl", "NOUN"),
    T(".", 2, "punct", "PUNCT"),
]


def test_modality_and_attribution_are_the_predicates_own(monkeypatch):
    """A modal and a reporting verb in the second clause say nothing of the first."""
    events = events_of(monkeypatch, ATTACK_AND_REPORT, [("Monday", TimexType.DATE, "2017-10-09"),
                                                        ("days", TimexType.DURATION, "PXD")])
    attack, fall = events
    assert (attack.headline, attack.modality, attack.attribution) == ("The army attacked the town", Modality.FACT, None)
    assert (fall.headline, fall.modality, fall.attribution) == ("It could fall", Modality.FORECAST, "officials")
    assert fall.when.relation is Relation.DURING


def test_a_trailing_report_attributes_the_clause_it_follows(monkeypatch):
    tokens = [T("The", 1, "det", "DET"), T("city", 2, "nsubj", "NOUN"), T("fell", 2, "ROOT", "VERB", "", "fall"),
              T("on", 4, "case", "ADP"), T("Saturday", 2, "obl", "PROPN"), T(",", 8, "punct", "PUNCT"),
              T("the", 7, "det", "DET"), T("army", 8, "nsubj", "NOUN"), T("said", 2, "parataxis", "VERB", "", "say"),
              T(".", 2, "punct", "PUNCT")]
    (e,) = events_of(monkeypatch, tokens, [("Saturday", TimexType.DATE, "2017-10-14")])
    assert (e.headline, e.attribution, e.modality, e.rule) == ("The city fell", "the army", Modality.FACT, "tree:on")


def test_a_relative_clause_takes_its_antecedent_and_the_main_clause_its_own_date(monkeypatch):
    tokens = [T("Meetup", 8, "nsubj", "PROPN"), T(",", 4, "punct", "PUNCT"), T("which", 4, "obj", "PRON", "PronType=Rel"),
              T("WeWork", 4, "nsubj", "PROPN"), T("acquired", 0, "acl:relcl", "VERB", "", "acquire"),
              T("in", 6, "case", "ADP"), T("2017", 4, "obl", "NUM"), T(",", 4, "punct", "PUNCT"),
              T("closed", 8, "ROOT", "VERB", "", "close"), T("on", 10, "case", "ADP"), T("Monday", 8, "obl", "PROPN"),
              T(".", 8, "punct", "PUNCT")]
    events = events_of(monkeypatch, tokens, [("2017", TimexType.DATE, "2017"), ("Monday", TimexType.DATE, "2017-10-09")])
    assert [(e.when.value, e.headline) for e in events] == [("2017", "WeWork acquired Meetup"),
                                                            ("2017-10-09", "Meetup closed")]


def test_negation_of_another_clause_does_not_negate(monkeypatch):
    tokens = [T("Officials", 3, "nsubj", "NOUN"), T("did", 3, "aux", "AUX"), T("not", 3, "advmod", "PART", "Polarity=Neg"),
              T("comment", 3, "ROOT", "VERB", "VerbForm=Inf"), T(",", 8, "punct", "PUNCT"), T("but", 8, "cc", "CCONJ"),
              T("the", 7, "det", "DET"), T("army", 8, "nsubj", "NOUN"), T("retook", 3, "conj", "VERB", "", "retake"),
              T("the", 10, "det", "DET"), T("town", 8, "obj", "NOUN"), T("on", 12, "case", "ADP"),
              T("Friday", 8, "obl", "PROPN"), T(".", 3, "punct", "PUNCT")]
    (e,) = events_of(monkeypatch, tokens, [("Friday", TimexType.DATE, "2017-10-13")])
    assert (e.headline, e.modality) == ("The army retook the town", Modality.FACT)


def test_a_date_after_coordinated_predicates_of_one_subject_dates_both(monkeypatch):
    tokens = [T("Around", 1, "advmod", "ADV"), T("50", 2, "nummod", "NUM"), T("fighters", 4, "nsubj", "NOUN"),
              T("had", 4, "aux", "AUX"), T("surrendered", 4, "ROOT", "VERB", "", "surrender"), T("and", 7, "cc", "CCONJ"),
              T("been", 7, "aux:pass", "AUX"), T("disarmed", 4, "conj", "VERB", "", "disarm"),
              T("since", 9, "case", "ADP"), T("Friday", 7, "obl", "PROPN"), T(".", 4, "punct", "PUNCT")]
    (e,) = events_of(monkeypatch, tokens, [("Friday", TimexType.DATE, "2017-10-13")])
    assert (e.headline, e.when.relation) == ("Around 50 fighters had surrendered and been disarmed", Relation.SINCE)


def test_an_ill_formed_parse_is_read_with_the_regex_path(monkeypatch):
    broken = [T("Forces", 1, "nsubj", "NOUN"), T("retook", 1, "ROOT", "ADP"), T("Palmyra", 1, "obj", "PROPN"),
              T("in", 4, "case", "ADP"), T("March", 1, "obl", "PROPN"), T(".", 1, "punct", "PUNCT")]
    assert tree.anomalies(parsed(broken))
    (e,) = events_of(monkeypatch, broken, [("March", TimexType.DATE, "2017-03")])
    assert (e.headline, e.rule, e.trigger) == ("Forces retook Palmyra", "clause:on", None)


def test_without_a_parser_the_regex_path_reads_and_the_log_says_so(monkeypatch, caplog):
    monkeypatch.setattr(parsing, "_LOADED", {})
    monkeypatch.setattr(parsing, "model_path", lambda language: None)
    with caplog.at_level(logging.INFO, logger="chrono.events.parse"):
        assert parsing.parse(["The city fell on Monday."]) == [None]
    assert "regular expressions" in caplog.text
    monkeypatch.setenv("CHRONO_SYNTAX", "off")
    assert parsing.parser() is None


def test_long_sentences_are_not_parsed(monkeypatch):
    calls = []

    class Fake:
        def pipe(self, texts, batch_size):
            calls.extend(texts)
            return [[] for _ in calls]          # (empty parses)

    monkeypatch.setattr(parsing, "parser", lambda language=None: Fake())
    out = parsing.parse(["short one", "word " * (parsing.MAX_WORDS + 1)])
    assert calls == ["short one"] and out[1] is None


# --- times relative to another event ------------------------------------------------------------

def _two_sentences(monkeypatch, second):
    monkeypatch.setattr(extract, "parse", lambda sentences, language=None: [None] * len(sentences))
    first = "The prisoners were swapped on Monday."
    text = f"{first} {second}"
    document = Document("d", text, published=PUBLISHED, blocks=(Span(0, len(text), "body"),),
                        sentences=(Span(0, len(first), "body"), Span(len(first) + 1, len(text), "body")))
    monday, day = text.index("Monday"), text.index("A day")
    return extract_events(document, [Timex(monday, monday + 6, "Monday", TimexType.DATE, "2017-10-09"),
                                      Timex(day, day + 5, "A day", TimexType.DURATION, "P1D")])


def test_a_time_relative_to_an_earlier_event_is_dated_by_it(monkeypatch):
    events = _two_sentences(monkeypatch, "A day after the swap, the army attacked the town.")
    assert [(e.when.value, e.headline) for e in events] == [("2017-10-09", "The prisoners were swapped"),
                                                            ("2017-10-10", "The army attacked the town")]
    assert events[1].timex_text == "A day after the swap"


def test_a_time_relative_to_an_event_the_article_does_not_date_dates_nothing(monkeypatch):
    events = _two_sentences(monkeypatch, "A day after the summit, the army attacked the town.")
    assert [e.when.value for e in events] == ["2017-10-09"]


@pytest.mark.parametrize("value,days", [("P1D", 1), ("P2W", 14), ("PT5H", 0), ("PTXH", 0), ("PXD", None),
                                        ("P3M", None)])
def test_durations_a_relative_time_counts(value, days):
    from chrono.events.relative import shift
    assert (shift(value).days if shift(value) is not None else None) == days


def test_a_report_dated_by_its_day_is_the_event_with_its_reporter(monkeypatch):
    tokens = [T("Officials", 1, "nsubj", "NOUN", "Number=Plur"), T("announced", 1, "ROOT", "VERB", "", "announce"),
              T("on", 3, "case", "ADP"), T("Saturday", 1, "obl", "PROPN"),
              T("they", 6, "nsubj", "PRON", "Number=Plur|" + PRS3), T("had", 6, "aux", "AUX"),
              T("struck", 1, "ccomp", "VERB", "", "strike"), T("a", 8, "det", "DET"), T("deal", 6, "obj", "NOUN"),
              T(".", 1, "punct", "PUNCT")]
    (e,) = events_of(monkeypatch, tokens, [("Saturday", TimexType.DATE, "2017-10-14")])
    assert (e.headline, e.rule, e.modality) == ("Officials announced they had struck a deal", "reporting-day",
                                                Modality.FACT)
    assert e.attribution == "Officials" and e.trigger[2] == "announced"


def test_a_day_right_after_a_reporting_verb_dates_the_report_not_its_content(monkeypatch):
    """ "said Wednesday he could convene talks on November 28", with "Wednesday" hung on "convene"."""
    tokens = [T("Envoy", 1, "compound", "PROPN"), T("Smith", 2, "nsubj", "PROPN"), T("said", 2, "ROOT", "VERB", "", "say"),
              T("Wednesday", 6, "obl", "PROPN"), T("he", 6, "nsubj", "PRON", "Number=Sing|" + PRS3),
              T("could", 6, "aux", "AUX"), T("convene", 2, "ccomp", "VERB", "VerbForm=Inf"), T("talks", 6, "obj", "NOUN"),
              T("on", 10, "case", "ADP"), T("November", 10, "compound", "PROPN"), T("28", 6, "obl", "NUM"),
              T(".", 2, "punct", "PUNCT")]
    events = events_of(monkeypatch, tokens, [("Wednesday", TimexType.DATE, "2017-10-25"),
                                             ("November 28", TimexType.DATE, "2017-11-28")])
    assert [(e.when.value, e.modality) for e in events] == [("2017-11-28", Modality.FORECAST)]
    assert "convene talks" in events[0].headline and events[0].attribution == "Envoy Smith"
