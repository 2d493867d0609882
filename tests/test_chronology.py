"""Merging and ordering events, within and across documents; build_chronology."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import chrono.timex
from chrono.chronology import build_chronology, merge_events, order_events, similar
from chrono.errors import NoPublicationDate
from chrono.events import when_of
from chrono.lang import get as language
from chrono.model import Document, Event, Mention, Modality, Span, Timex, TimexType

DATA = Path(__file__).parent / "data" / "events"
ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "dw-raqqa-2017-10-14.txt"
SECOND = DATA / "dw-raqqa-2017-10-17.txt"


def ev(headline, value, *, doc="a", start=0, mod=None, modality=Modality.FACT, rule="clause:on"):
    t = Timex(0, 1, "x", TimexType.DATE if value[0].isdigit() else TimexType.DATE, value, mod)
    return Event(id=f"{doc}:{start}", headline=headline, text=headline + ".", when=when_of(t),
                 modality=modality, mentions=(Mention(doc, start, start + 10),), rule=rule)


# --- merging ----------------------------------------------------------------------------------

def test_same_event_mentioned_twice_in_one_document_is_one_event():
    events = [ev("Attacks in Brussels", "2016-03", start=10, rule="nominal"),
              ev("IS supporters killed 32 people in attacks across Brussels", "2016-03", start=90)]
    (merged,) = merge_events(events)
    assert merged.headline.startswith("IS supporters killed")           # the full clause, not the noun phrase
    assert [m.start for m in merged.mentions] == [10, 90]


def test_merge_across_documents_keeps_each_mention_with_its_document():
    events = [ev("US-backed Iraqi forces retook Mosul, the jihadists' de-facto capital in Iraq", "2017-07", doc="a"),
              ev("Iraqi forces recaptured Mosul, the group's largest stronghold in Iraq", "2017-07", doc="b", start=5)]
    (merged,) = merge_events(events, {"a": 0, "b": 1})
    assert [m.doc for m in merged.mentions] == ["a", "b"]


@pytest.mark.parametrize("a,b,value_b,modality_b", [
    ("The army retook the town of Mayadeen", "Local leaders struck a deal to evacuate civilians", "2017-10-14",
     Modality.FACT),                                                  # same day, different events
    ("The army retook Mosul", "The army retook Mosul", "2016-07", Modality.FACT),     # other date
    ("The army retook Mosul", "The army retook Mosul", "2017-07", Modality.FORECAST),  # fact vs forecast
])
def test_no_merge(a, b, value_b, modality_b):
    events = [ev(a, "2017-10-14" if value_b == "2017-10-14" else "2017-07"), ev(b, value_b, modality=modality_b)]
    assert len(merge_events(events)) == 2


@pytest.mark.parametrize("a,b,same", language("en").events.merge.kind_examples)
def test_event_kind_examples(a, b, same):
    assert similar(a, b) is same and similar(b, a) is same


def test_similar():
    assert not similar("The army shelled the town of Aleppo", "The army shelled the town of Homs")
    assert similar("The SDF offensive to retake Raqqa started", "SDF began its offensive to retake Raqqa")
    assert not similar("The city may be liberated", "US-backed forces were on the brink of defeating IS")


def test_merging_scales_by_buckets():
    # 3000 distinct events over 300 days and 300 copies of one: linear work, one merge
    events = [ev(f"Army shelled the town of Town{i}", f"2017-{1 + i % 12:02d}-{1 + i % 28:02d}", start=i)
              for i in range(3000)]
    events += [ev("Convoy attacked near Palmyra", "2017-05-05", doc=f"d{i}") for i in range(300)]
    merged = merge_events(events)
    assert len(merged) == 3001
    palmyra = [e for e in merged if "Palmyra" in e.headline]
    assert len(palmyra) == 1 and len(palmyra[0].mentions) == 300


# --- ordering ---------------------------------------------------------------------------------

def test_order_by_start_then_coarser_grain_then_document_order():
    events = [ev("Day event", "2017-10-01", start=50), ev("Month event", "2017-10", start=60),
              ev("Year event", "2017", start=70), ev("Early 2014 seizure", "2014", mod="START", start=80),
              ev("Future fighting", "FUTURE_REF", start=5), ev("Later day", "2017-10-14", start=1),
              ev("Same day earlier in text", "2017-10-01", start=10)]
    ordered = order_events(events, {"a": 0}, horizon=date(2017, 10, 14))
    assert [e.headline for e in ordered] == [
        "Early 2014 seizure", "Year event", "Month event", "Same day earlier in text", "Day event",
        "Later day", "Future fighting"]


def test_undated_forecasts_come_after_the_latest_publication_date_but_before_later_dates():
    events = [ev("Vote next year", "2018", start=1), ev("In the days ahead", "FUTURE_REF", start=2),
              ev("Today", "2017-10-14", start=3)]
    ordered = order_events(events, {}, horizon=date(2017, 10, 14))
    assert [e.headline for e in ordered] == ["Today", "In the days ahead", "Vote next year"]


# --- build_chronology -------------------------------------------------------------------------

def _gold_tagger(monkeypatch, gold_by_text):
    def fake_tag(text, anchor, *, policy=None, **_):
        return gold_by_text[text]
    monkeypatch.setattr(chrono.timex, "tag", fake_tag, raising=False)


def test_no_publication_date_is_an_error_a_person_can_act_on():
    doc = Document("x", "Some text.", path="x.txt")
    with pytest.raises(NoPublicationDate, match=r"x\.txt.*--published"):
        build_chronology([doc])


def test_build_keeps_timexes_outside_navigation_and_numbers_events(monkeypatch):
    text = "Skip to content\nThe army entered the town on Monday.\n"
    doc = Document("x", text, published=date(2017, 10, 14), title="Town falls",
                   blocks=(Span(0, 15, "navigation"), Span(16, 52, "body")), sentences=(Span(16, 52, "body"),))
    monday = Timex(text.index("Monday"), text.index("Monday") + 6, "Monday", TimexType.DATE, "2017-10-09")
    stray = Timex(0, 4, "Skip", TimexType.DATE, "2017")
    _gold_tagger(monkeypatch, {text: [stray, monday]})
    chron = build_chronology([doc])
    assert [dt.timex.text for dt in chron.timexes] == ["Monday"]
    assert [e.id for e in chron.events] == ["e1"] and chron.title == "Town falls"


def _read_with_gold_timexes(monkeypatch):
    from chrono.reader.document import read_document
    gold_example = json.loads((ROOT.parent / "shared" / "gold" / "dw-raqqa-2017-10-14.json").read_text())
    gold_second = json.loads((DATA / "dw-raqqa-2017-10-17.json").read_text())
    docs = [read_document(str(EXAMPLE)), read_document(str(SECOND))]
    by_text = {}
    for doc, gold in zip(docs, (gold_example, gold_second)):
        by_text[doc.text] = [Timex(g["start"], g["end"], g["text"], TimexType(g["type"]), g["value"], g.get("mod"))
                             for g in gold["timexes"]]
        for t in by_text[doc.text]:
            assert doc.text[t.start:t.end] == t.text
    _gold_tagger(monkeypatch, by_text)
    return docs, gold_second


@pytest.mark.skipif(not (ROOT.parent / "shared" / "gold").exists(), reason="shared gold not present")
def test_two_articles_on_one_campaign_give_one_merged_chronology(monkeypatch):
    docs, gold = _read_with_gold_timexes(monkeypatch)
    chron = build_chronology(docs)
    assert chron.title == f"{docs[0].title} / {docs[1].title}"
    mosul = [e for e in chron.events if "Mosul" in e.headline + e.text]
    assert len(mosul) == 1
    assert sorted({m.doc for m in mosul[0].mentions}) == sorted(d.id for d in docs)
    for g in gold["events"]:
        hits = [e for e in chron.events if e.when.value == g["value"]
                and all(k.lower() in (e.headline + " " + e.text).lower() for k in g["keywords"])]
        assert hits, g
        assert hits[0].modality.value == g["modality"], (g, hits[0])
        if "attribution" in g:
            assert hits[0].attribution == g["attribution"]
    starts = [e.when.start for e in chron.events if e.when.start]
    assert starts == sorted(starts)
    assert [e.id for e in chron.events] == [f"e{i}" for i in range(1, len(chron.events) + 1)]


def test_two_articles_with_the_real_tagger():
    pytest.importorskip("chrono.reader.document")
    try:
        from chrono.timex import tag  # noqa: F401
    except ImportError:
        pytest.skip("tagger not available")
    from chrono.pipeline import build
    chron = build(str(EXAMPLE), str(SECOND))
    mosul = [e for e in chron.events if "Mosul" in e.headline]
    assert len(mosul) == 1 and len({m.doc for m in mosul[0].mentions}) == 2
    paris = [e for e in chron.events if e.when.value == "2015-11"]
    assert len(paris) == 1 and len(paris[0].mentions) == 2


def test_documents_with_the_same_id_keep_their_own_mentions(tmp_path):
    import chrono
    text = (Path(__file__).resolve().parents[1] / "examples" / "dw-raqqa-2017-10-14.txt").read_text(encoding="utf-8")
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(text, encoding="utf-8")
    chron = chrono.build(tmp_path)
    assert [d.id for d in chron.documents] == ["report", "report-2"]
    assert {dt.doc for dt in chron.timexes} == {"report", "report-2"}
    paris = [e for e in chron.events if e.when.value == "2015-11"]
    assert len(paris) == 1 and {m.doc for m in paris[0].mentions} == {"report", "report-2"}


# --- merging across grains --------------------------------------------------------------------

def test_mentions_at_compatible_dates_of_different_grains_are_one_event_dated_by_the_finer():
    events = [ev("US-backed Iraqi forces retook Mosul", "2017-07", doc="a", start=5),
              ev("Iraqi forces retook Mosul after a nine-month battle", "2017-07-10", doc="b", start=40)]
    (merged,) = merge_events(events, {"a": 0, "b": 1})
    assert merged.when.value == "2017-07-10"
    assert [m.doc for m in merged.mentions] == ["a", "b"]


def test_across_grains_different_happenings_and_incompatible_dates_stay_apart():
    events = [ev("Iraqi forces retook Mosul", "2017-07", start=5),
              ev("Iraqi forces retook Mosul", "2017-08-02", start=40),           # outside July
              ev("The army shelled Aleppo", "2017-07-10", start=80),              # another happening
              ev("Iraqi forces retook Mosul", "2017-07-10", start=90, modality=Modality.FORECAST)]
    assert [e.when.value for e in merge_events(events)] == ["2017-07", "2017-08-02", "2017-07-10", "2017-07-10"]
