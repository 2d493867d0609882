"""The TimeML export writes each event on its trigger: EVENT, MAKEINSTANCE and a TLINK to its TIMEX3 (here
without the other event mentions of the text, which tests/test_event_mentions.py checks)."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date

import pytest

from chrono.evaluate import read_timeml_all
from chrono.export import timeml
from chrono.model import (Chronology, Document, DocTimex, Event, Mention, Modality, Relation, Timex, TimexType,
                          When)

TEXT = ("Rebels took the town on Friday. The army said Saturday it had not retreated. "
        "Talks will resume next week. The siege lasted for three weeks.")


def _timex(text: str, surface: str, kind: str, value: str) -> Timex:
    start = text.index(surface)
    return Timex(start, start + len(surface), surface, TimexType(kind), value)


def _event(doc: str, text: str, word: str, timex: Timex, *, relation: Relation = Relation.ON,
           modality: Modality = Modality.FACT, rule: str = "tree:on", trigger: tuple | None = None) -> Event:
    s = text.index(word)
    sentence_start = text.rindex(".", 0, s) + 2 if "." in text[:s] else 0
    sentence_end = text.index(".", s) + 1
    mention = Mention(doc, sentence_start, sentence_end, timex.start, timex.end)
    return Event(f"{doc}:{s}", word, text[sentence_start:sentence_end], When(timex.value, None, None, None, None,
                                                                              relation),
                 modality, mentions=(mention,), rule=rule,
                 trigger=trigger if trigger is not None else (s, s + len(word), word))


def _chron(doc_id: str = "d", text: str = TEXT) -> tuple[Chronology, dict[str, Timex]]:
    doc = Document(id=doc_id, text=text, published=date(2017, 10, 14), language="en")
    tx = {"friday": _timex(text, "Friday", "DATE", "2017-10-13"),
          "saturday": _timex(text, "Saturday", "DATE", "2017-10-14"),
          "week": _timex(text, "next week", "DATE", "2017-W42"),
          "weeks": _timex(text, "three weeks", "DURATION", "P3W")}
    events = (_event(doc_id, text, "took", tx["friday"]),
              _event(doc_id, text, "said", tx["saturday"], rule="reporting-day", modality=Modality.NEGATED),
              _event(doc_id, text, "resume", tx["week"], modality=Modality.FORECAST),
              _event(doc_id, text, "lasted", tx["weeks"]))
    return Chronology(documents=(doc,), timexes=tuple(DocTimex(doc_id, t) for t in tx.values()), events=events), tx


def _root(xml: str) -> ET.Element:
    return ET.fromstring(xml.encode("utf-8"))


def test_events_are_written_on_their_triggers_with_instances_and_links():
    chron, _ = _chron()
    root = _root(timeml.dumps(chron, mentions=False))
    assert "".join(root.find("TEXT").itertext()) == TEXT                   # the text is unchanged
    events = {e.text: e for e in root.find("TEXT").iter("EVENT")}
    assert list(events) == ["took", "said", "resume", "lasted"]
    assert events["said"].get("class") == "REPORTING" and events["took"].get("class") == "OCCURRENCE"
    inst = {m.get("eventID"): m for m in root.iter("MAKEINSTANCE")}
    by_word = {w: inst[e.get("eid")] for w, e in events.items()}
    assert by_word["said"].get("polarity") == "NEG" and by_word["took"].get("polarity") == "POS"
    assert by_word["resume"].get("tense") == "FUTURE" and by_word["took"].get("tense") == "NONE"
    times = {t.get("tid"): t.text for t in root.iter("TIMEX3")}
    links = {t.get("eventInstanceID"): t for t in root.iter("TLINK")}
    got = {w: (links[i.get("eiid")].get("relType"), times[links[i.get("eiid")].get("relatedToTime")])
           for w, i in by_word.items()}
    assert got == {"took": ("IS_INCLUDED", "Friday"), "said": ("IS_INCLUDED", "Saturday"),
                   "resume": ("IS_INCLUDED", "next week"), "lasted": ("DURING", "three weeks")}


@pytest.mark.parametrize("relation,kind,expected", [
    (Relation.ON, TimexType.DATE, "IS_INCLUDED"), (Relation.ON, TimexType.DURATION, "DURING"),
    (Relation.SINCE, TimexType.DATE, "BEGUN_BY"), (Relation.UNTIL, TimexType.DATE, "ENDED_BY"),
    (Relation.BEFORE, TimexType.DATE, "BEFORE"), (Relation.AFTER, TimexType.DATE, "AFTER"),
    (Relation.DURING, TimexType.DURATION, "DURING")])
def test_rel_type_of_each_relation(relation, kind, expected):
    assert timeml.rel_type(relation, kind) == expected


def test_what_cannot_be_written_is_left_out():
    chron, tx = _chron()
    s = TEXT.index("took")
    bad = (_event("d", TEXT, "took", tx["friday"], trigger=(s, s + 4, "tool")),          # does not match the text
           _event("d", TEXT, "Friday", tx["friday"]),                                    # inside a time expression
           Event("x", "h", "t", When("2017", None, None, None, None)))                   # no trigger, no mention
    xml = timeml.dumps(chron.replace(events=bad), mentions=False)
    root = _root(xml)
    assert not list(root.iter("EVENT")) and not list(root.iter("MAKEINSTANCE"))
    assert "".join(root.find("TEXT").itertext()) == TEXT


def test_two_events_on_one_trigger_share_its_event_and_an_unknown_date_gets_no_link():
    chron, tx = _chron()
    took = chron.events[0]
    # dated by a span no TIMEX3 of the file has (as an event dated by another event is)
    relative = replace(took, id="r", mentions=(Mention("d", 0, 31, 0, 6),))
    root = _root(timeml.dumps(chron.replace(events=(took, relative)), mentions=False))
    assert len(list(root.iter("EVENT"))) == 1
    assert [m.get("eventID") for m in root.iter("MAKEINSTANCE")] == ["e1", "e1"]
    assert len(list(root.iter("TLINK"))) == 1


def test_a_merged_event_links_the_date_of_the_mention_its_trigger_stands_in():
    chron, tx = _chron()
    took = chron.events[0]
    first = Mention("d", 32, 77, tx["saturday"].start, tx["saturday"].end)     # another sentence, first
    merged = replace(took, mentions=(first,) + took.mentions)
    root = _root(timeml.dumps(chron.replace(events=(merged,)), mentions=False))
    (link,) = root.iter("TLINK")
    times = {t.get("tid"): t.text for t in root.iter("TIMEX3")}
    assert times[link.get("relatedToTime")] == "Friday"


def test_ids_are_unique_over_several_documents_and_read_back_as_gold():
    one, _ = _chron("a")
    two, _ = _chron("b")
    chron = Chronology(documents=one.documents + two.documents, timexes=one.timexes + two.timexes,
                       events=one.events + two.events)
    xml = timeml.dumps(chron, mentions=False)
    root = _root(xml)
    for tag, key in (("EVENT", "eid"), ("MAKEINSTANCE", "eiid"), ("TLINK", "lid"), ("TIMEX3", "tid")):
        ids = [e.get(key) for e in root.iter(tag)]
        assert len(ids) == len(set(ids)), tag
    for doc_el in timeml.documents_of(xml):                          # each document links its own ids
        tids = {t.get("tid") for t in doc_el.iter("TIMEX3")}
        eiids = {m.get("eiid") for m in doc_el.iter("MAKEINSTANCE")}
        eids = {e.get("eid") for e in doc_el.iter("EVENT")}
        assert all(m.get("eventID") in eids for m in doc_el.iter("MAKEINSTANCE"))
        assert all(t.get("relatedToTime") in tids and t.get("eventInstanceID") in eiids
                   for t in doc_el.iter("TLINK"))
    path = _write(xml)
    gold = read_timeml_all(path)
    assert [len(g.events) for g in gold] == [4, 4] and [len(g.links) for g in gold] == [4, 4]
    assert {link.rel for link in gold[1].links} == {"IS_INCLUDED", "DURING"}


def _write(xml: str):
    import tempfile
    from pathlib import Path
    f = Path(tempfile.mkdtemp()) / "c.tml"
    f.write_text(xml, encoding="utf-8")
    return f
