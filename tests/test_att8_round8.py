"""Attribution rules of round 8 (who says so), on invented sentences (never copied from a story or a page).

- a supplementary relative clause (", which was closed on Monday") is the writer's aside on a noun, not
  part of what the source asserts -- unless it stands in a quotation, holds a report of its own, or tells
  a forecast or a supposition (:mod:`chrono.events.background`);
- a time expression before a noun led by a proper modifier ("the Aug. 7 Embassy bombings") premodifies it
  as one before a common noun does;
- a time or manner adverb, or an auxiliary, between a source and its reporting verb ("The council
  previously said", "The ministry has also said") is no part of the source (:meth:`Attributions.clean`);
- a "he"/"she" closing a sentence with no source named before stands for the person named as the subject
  of what it reports ("Tired of waiting, coach Maria Lopez has resigned, she said.")
  (:class:`chrono.events.reference.Sources`);
- a report in a complement of a controlling verb ("The board wanted to say that ...") is told by that
  verb's subject (:func:`chrono.events.speaker.reporter`).
"""
from __future__ import annotations

from datetime import date

import pytest

from chrono import lang
from chrono.events.attribution import Attributions, find_attribution
from chrono.events.background import told_as_background
from chrono.events.parse import parser
from chrono.events.reference import References
from chrono.model import Timex, TimexType
from stories import build

PUBLISHED = date(2019, 11, 19)          # a Tuesday
LEDE = "Harbour news\n\nThe port authority opened a new pier on Nov. 2.\n\n"


def _timex(sentence: str, text: str) -> Timex:
    i = sentence.index(text)
    return Timex(start=i, end=i + len(text), text=text, type=TimexType.DATE, value="2019-11-01")


@pytest.mark.parametrize("sentence, text", [
    ("The owner said he would find a new host for his forum, which was shut down by a court last week.", "last week"),
    ("The minister said the refinery, which opened in 1994, would close.", "1994"),
    ("Harbour pilot Ann Roe, who retired on Monday, told reporters the channel was silting up.", "Monday"),
    ("Police said they had arrested the driver, whose brother was jailed last year.", "last year"),
    ("The airline blamed the storm for the delays, which began on Friday, a spokesman said.", "Friday"),
])
def test_a_supplementary_relative_is_the_writers_aside(sentence, text):
    assert told_as_background(sentence, 0, _timex(sentence, text), "en") is True


@pytest.mark.parametrize("sentence, text", [
    ('"We sold the mill, which we opened in 1994, for a song," the owner said.', "1994"),
    ("The agency cited a local paper, which said on Monday that the ferry sank.", "Monday"),
    ("The bidder says holders will get a block of new shares, which will pay a dividend next year.", "next year"),
    ("The union said it would picket the depot, which could reopen on Friday.", "Friday"),
    ("The police chief said the bridge collapsed on Monday.", "Monday"),
])
def test_not_an_aside(sentence, text):
    assert told_as_background(sentence, 0, _timex(sentence, text), "en") is False


def test_an_aside_of_a_reported_forecast_stays_the_sources():
    s = "The union said it would picket the depot, which opened in 1994."
    assert told_as_background(s, 0, _timex(s, "1994"), "en", fact=False) is False


@pytest.mark.parametrize("sentence, text", [
    ("Tour operators say there were no cancellations after the Aug. 7 Embassy bombings in the capital.", "Aug. 7"),
    ("The minister said investors fled after the 1994 Mexican peso crisis.", "1994"),
    ("Officials said the inquiry into the March 3 Metro derailment was closed.", "March 3"),
    ("He said last Friday's Senate vote changed nothing.", "last Friday"),
])
def test_a_proper_modifier_before_the_dated_noun(sentence, text):
    assert told_as_background(sentence, 0, _timex(sentence, text), "en") is True


def test_a_name_after_a_date_is_no_dated_noun():
    s = "Analysts said on Monday Smith told them the deal was off."
    assert told_as_background(s, 0, _timex(s, "Monday"), "en") is False


@pytest.mark.parametrize("sentence, source", [
    ("The harbour council previously said the pier did not meet the code.", "The harbour council"),
    ("The ministry has also said the border would reopen.", "The ministry"),
    ("Officials later told reporters the fire was out.", "Officials"),
    ("The company repeatedly denied that it had cut jobs.", "The company"),
    ("The Smith family said they were relieved.", "The Smith family"),
])
def test_an_adverb_before_the_reporting_verb_is_no_part_of_the_source(sentence, source):
    a = find_attribution(sentence)
    assert a is not None and a.source == source


@pytest.mark.parametrize("sentence, source", [
    ("Tired of being sidelined, Hungarian astronaut Bertalan Farkas is leaving for Houston, he said Saturday.",
     "Hungarian astronaut Bertalan Farkas"),
    ("Senator John Smith will not run again, he said on Monday.", "Senator John Smith"),
    ("After a long fight, coach Maria Lopez has resigned, she told reporters.", "coach Maria Lopez"),
    ("The army retook the town, he said.", "he"),
    ("In Paris the French Open was cancelled, he said.", "he"),
    ("Talks were held after President Obama met Putin, he said.", "he"),
])
def test_a_closing_pronoun_with_no_source_before_takes_the_named_subject(sentence, source):
    en = lang.get("en")
    attr = Attributions(en).find(sentence)
    assert References(en).sources().resolve(attr, sentence) == source


def test_a_closing_pronoun_takes_the_source_named_before():
    en = lang.get("en")
    finder, sources = Attributions(en), References(en).sources()
    sources.resolve(finder.find("The harbour master, Tom Reed, said the quay was safe."))
    s = "Senator John Smith will not run again, he said on Monday."
    assert sources.resolve(finder.find(s), s) == "The harbour master, Tom Reed"


needs_parser = pytest.mark.skipif(parser("en") is None, reason="no shipped English pipeline")


@needs_parser
def test_a_report_in_a_controlled_complement_is_its_controllers():
    from chrono.events.parse import parse
    from chrono.events.speaker import reporter
    from chrono.lang.en.events.reporting import REPORTING_VERBS

    def is_report(t):
        return t.pos_ == "VERB" and t.text.lower() in REPORTING_VERBS
    doc = parse(["The harbour board wanted to say on Monday that the pier was safe."], "en")[0]
    reports = [t for t in doc if is_report(t)]
    assert reports and reporter(reports[0], reports[0], is_report)[0].text == "board"


def test_an_aside_in_a_story_is_the_writers():
    chron = build(LEDE + "The owner of the ferry line said Friday that he would sell the old terminal, which was "
                  "closed by inspectors on Nov. 4.\n", PUBLISHED)
    found = [(e.when.value, e.attribution) for e in chron.events if "pier" not in e.text]
    assert (("2019-11-04", None) in found) and ("2019-11-15", "The owner of the ferry line") in found


@pytest.mark.parametrize("sentence, source", [
    ("The newspaper, quoting secret reports, said the envoy had signalled interest in talks.", "The newspaper"),
    ("The newspaper, quoting ``secret reports,'' said the envoy had signalled interest in talks.", "The newspaper"),
    ("The agency, citing diplomats, reported that the talks collapsed on Monday.", "The agency"),
    ("Reuters, quoting police sources, said three men were arrested.", "Reuters"),
    ("The firm, which reported a loss, said on Monday it would cut jobs.", "The firm"),
])
def test_a_citing_participle_or_relative_inside_the_source_is_no_source(sentence, source):
    a = find_attribution(sentence)
    assert a is not None and a.source == source


def test_a_relative_report_before_a_plain_predicate_stays_the_writers():
    assert find_attribution("The ferry line, which said it found the leak, still plans to sail on Monday.") is None


BROADCAST = ("Harbour news\n\nThe port authority opened a new pier on Nov. 2.\n\n"
             "Harbour master Tom Reed says traffic has doubled since the opening.\n\n"
             "We have uh seen twice the ships this month, and uh the cranes were busy on Nov. 9.\n\n")


def test_a_paragraph_of_hesitant_speech_is_the_last_sources_sound_bite():
    found = [(e.when.value, e.attribution) for e in build(BROADCAST, PUBLISHED).events]
    assert any(v == "2019-11-09" and src and "Tom Reed" in src for v, src in found)


def test_a_written_paragraph_is_no_sound_bite():
    text = BROADCAST.replace("We have uh seen", "Ships have been seen").replace("and uh the", "and the")
    found = [(e.when.value, e.attribution) for e in build(text, PUBLISHED).events]
    assert any(v == "2019-11-09" for v, _ in found) and all(src is None for v, src in found if v == "2019-11-09")


def test_a_capitalised_filler_lookalike_is_no_hesitation():
    from chrono.model import Span
    text = "The ER was closed on Monday, the UM clinic said.\n"
    assert References(lang.get("en")).sound_bite(text, [Span(0, len(text) - 1)], 0) is None


@pytest.mark.parametrize("sentence, source", [
    ("``It will take years,'' said Tom Reed, the harbour master.", "Tom Reed, the harbour master"),
    ("``We rebuilt it in a month,'' said the mayor.", "the mayor"),
    ('"It will take years," said Tom Reed.', "Tom Reed"),
])
def test_an_inverted_source_after_a_wire_quotation(sentence, source):
    a = find_attribution(sentence)
    assert a is not None and a.source == source and a.form.value == "inverted"


def test_a_wire_quotation_over_sentences_takes_the_source_that_closes_it():
    from chrono.events.reference import closing_quotation
    later = [find_attribution("It will take years,'' the mayor said.")]
    found = closing_quotation("``We will rebuild the quay by Friday.", later)
    assert found is not None and found.source == "the mayor"
    assert closing_quotation("``We will rebuild the quay by Friday,'' he said.", later) is None


@pytest.mark.parametrize("sentence, source", [
    ("Harbour Board on Thursday ``For weeks we have been subjected to false rumours about the pier.", "Harbour Board"),
    ('Mr. Lee: "We will win this race and we will win it big."', "Mr. Lee"),
    ("Reed on Friday ``I want to be absolutely clear about the quay.", "Reed"),
])
def test_a_transcript_label_names_the_speaker_of_its_quotation(sentence, source):
    a = find_attribution(sentence)
    assert a is not None and a.source == source


@pytest.mark.parametrize("sentence", [
    'Reed "misled" the council about the pier.',
    'The phrase "pier of shame" stuck for years.',
    "Reed ``Yes.''",
])
def test_a_quoted_word_after_a_name_is_no_label(sentence):
    assert find_attribution(sentence) is None
