"""Every event a text mentions, as TimeML marks them (chrono/events/mentions.py): the tagger behind the TimeML
export's EVENTs and the "event mentions" rows of ``chrono eval``."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

import pytest

import chrono
from chrono.events.mentions import document_mentions, sentence_mentions
from chrono.events.parse import parse_one
from chrono.export import timeml
from chrono.lang.en.events.mentions import EXAMPLES, MENTIONS

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


@pytest.mark.parametrize("sentence,expected", EXAMPLES)
def test_the_pack_examples(sentence, expected):
    found = sentence_mentions(parse_one(sentence, "en"), 0, MENTIONS)
    assert tuple(m.text for m in found) == expected
    assert all(sentence[m.start:m.end] == m.text for m in found)


def test_the_learnt_words_are_there_by_part_of_speech():
    assert MENTIONS.marks("NOUN", "attack") and MENTIONS.marks("NOUN", "talks")
    assert not MENTIONS.marks("NOUN", "table") and not MENTIONS.marks("VERB", "attack")


def test_auxiliaries_copulas_and_prepositional_participles_are_no_events():
    text = "According to officials, the town was quiet and the talks had been postponed."
    words = [m.text for m in sentence_mentions(parse_one(text, "en"), 0, MENTIONS)]
    assert "According" not in words and "was" not in words and "had" not in words and "been" not in words
    assert "postponed" in words and "talks" in words


def test_reporting_verbs_are_reporting_and_offsets_are_the_texts():
    text = "The weather was calm. Officials said the army retook the town."
    spans = [(0, 21), (22, len(text))]
    found = document_mentions(text, spans, "en")
    assert {m.text: m.cls for m in found}["said"] == "REPORTING"
    assert all(text[m.start:m.end] == m.text for m in found)


def test_the_timeml_export_writes_every_mention_once_with_unique_ids(tmp_path):
    one = tmp_path / "one.txt"
    two = tmp_path / "two.txt"
    one.write_text("Rebels attacked the town on Friday. Officials said the army retook it.\n", encoding="utf-8")
    two.write_text("The talks resumed on Monday after the attack.\n", encoding="utf-8")
    chron = chrono.build(str(one), str(two), published=date(2017, 10, 14))
    xml = timeml.dumps(chron)
    root = ET.fromstring(xml.encode("utf-8"))
    for tag, key in (("EVENT", "eid"), ("MAKEINSTANCE", "eiid"), ("TLINK", "lid")):
        ids = [e.get(key) for e in root.iter(tag)]
        assert len(ids) == len(set(ids)), tag
    words = [e.text for e in root.iter("EVENT")]
    assert {"attacked", "said", "retook", "talks", "resumed", "attack"} <= set(words)
    assert len(words) == len(set(words))                     # a chronology event's trigger is not written twice
    texts = ["".join(d.find("TEXT").itertext()) for d in timeml.documents_of(xml)]
    assert texts == [d.text for d in chron.documents]        # the text is unchanged
    assert len(list(root.iter("TLINK"))) == len([e for e in chron.events if e.trigger is not None])


def test_a_time_expression_links_to_the_mention_above_it():
    text = "The talks resumed on Monday. Officials recalled the July 25 attack."
    spans = [(0, 28), (29, len(text))]
    monday = type("T", (), {"start": text.index("Monday"), "end": text.index("Monday") + 6})()
    july = type("T", (), {"start": text.index("July 25"), "end": text.index("July 25") + 7})()
    links: list = []
    document_mentions(text, spans, "en", [monday, july], links)
    assert {(m.text, text[t.start:t.end]) for m, t in links} == {("resumed", "Monday"), ("attack", "July 25")}


def test_the_export_links_a_mention_to_its_time_expression(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Officials said the talks, which began in May, will resume next week.\n", encoding="utf-8")
    chron = chrono.build(str(path), published=date(2017, 10, 14))
    root = ET.fromstring(timeml.dumps(chron).encode("utf-8"))
    events = {e.get("eid"): e.text for e in root.iter("EVENT")}
    instances = {m.get("eiid"): events[m.get("eventID")] for m in root.iter("MAKEINSTANCE")}
    times = {t.get("tid"): t.text for t in root.iter("TIMEX3")}
    linked = {(instances[k.get("eventInstanceID")], times[k.get("relatedToTime")]) for k in root.iter("TLINK")}
    assert ("began", "May") in linked and ("resume", "next week") in linked
