"""``chrono eval`` scores events and event–time links where the gold has EVENT and TLINK annotation."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from chrono.cli import main
from chrono.evaluate import evaluate, read_timeml
from chrono.evaluation.events import EventCounts, LinkError, align, chrono_mentions, score_events, score_mentions
from chrono.model import Event, Mention, Relation, Timex, TimexType, When

ROOT = Path(__file__).resolve().parents[1]
FRENCH = ROOT / "tests" / "data" / "fr"

GOLD = """<?xml version="1.0" ?>
<TimeML>
<DOCID>d1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-02" temporalFunction="false" functionInDocument="CREATION_TIME">March 2, 1998</TIMEX3></DCT>
<TEXT>
Rebels <EVENT eid="e1" class="OCCURRENCE">seized</EVENT> the town on <TIMEX3 tid="t1" type="DATE" value="1998-02-27">Friday</TIMEX3>, officials <EVENT eid="e2" class="REPORTING">said</EVENT> <TIMEX3 tid="t2" type="DATE" value="1998-03-01">Sunday</TIMEX3>. The army <EVENT eid="e3" class="OCCURRENCE">retreated</EVENT> and <EVENT eid="e4" class="I_ACTION">promised</EVENT> to <EVENT eid="e5" class="OCCURRENCE">return</EVENT>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e5" eiid="ei5" tense="INFINITIVE" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei2"/>
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei3" relatedToTime="t0"/>
<TLINK lid="l4" relType="AFTER" eventInstanceID="ei4" relatedToEventInstance="ei3"/>
<TLINK lid="l5" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l6" relType="BEFORE" timeID="t1" relatedToTime="t2"/>
</TimeML>
"""


@pytest.fixture
def gold_file(tmp_path) -> Path:
    path = tmp_path / "d1.tml"
    path.write_text(GOLD, encoding="utf-8")
    return path


def _span(text: str, word: str) -> tuple[int, int]:
    s = text.index(word)
    return s, s + len(word)


def _event(text: str, word: str | None, timex: str, relation: Relation = Relation.ON) -> Event:
    t = _span(text, timex)
    trigger = (*_span(text, word), word) if word else None
    return Event("x", "h", "t", When("1998", None, None, None, None, relation),
                 mentions=(Mention("d1", 0, len(text), *t),), trigger=trigger)


def _timexes(text: str) -> list[Timex]:
    return [Timex(*_span(text, w), w, TimexType.DATE, v) for w, v in (("Friday", "1998-02-27"), ("Sunday", "1998-03-01"))]


def test_gold_events_and_links_are_read_event_first_without_dct_or_event_event_links(gold_file):
    doc = read_timeml(gold_file)
    assert [(e.text, e.eid, e.cls) for e in doc.events] == [
        ("seized", "e1", "OCCURRENCE"), ("said", "e2", "REPORTING"), ("retreated", "e3", "OCCURRENCE"),
        ("promised", "e4", "I_ACTION"), ("return", "e5", "OCCURRENCE")]
    assert all(doc.text[e.start:e.end] == e.text for e in doc.events)
    assert [(x.eid, x.tid, x.rel) for x in doc.links] == [("e1", "t1", "IS_INCLUDED"), ("e2", "t2", "IS_INCLUDED")]
    assert [t.text for t in doc.timexes] == ["Friday", "Sunday"]        # the timexes as before


def test_event_and_link_counts_of_one_document(gold_file):
    doc = read_timeml(gold_file)
    text = doc.text
    events = [_event(text, "seized", "Friday"),                       # right link
              _event(text, "said", "Friday"),                         # dated gold event, wrong time
              _event(text, "retreated", "Sunday", Relation.BEFORE),   # on an undated gold event
              _event(text, "town", "Friday"),                         # no gold event there
              _event(text, None, "Sunday")]                           # no trigger: counted, not scored
    errors: list = []
    c = score_events(doc, events, _timexes(text), errors)
    assert (c.gold, c.dated, c.system, c.triggered, c.extents) == (5, 2, 5, 4, 4)
    assert (c.strict, c.relaxed, c.dated_strict, c.dated_relaxed) == (3, 3, 2, 2)
    assert (c.gold_links, c.system_links, c.right, c.found, c.judged, c.same_rel) == (2, 4, 1, 1, 2, 1)
    assert sorted(e.kind for e in errors) == ["link-missed", "link-spurious", "link-spurious", "link-wrong"]
    missed = next(e for e in errors if e.kind == "link-missed")
    assert isinstance(missed, LinkError) and "'said' IS_INCLUDED 'Sunday'" in missed.gold
    assert "'said' IS_INCLUDED 'Friday'" in missed.system


def test_relaxed_extent_and_rel_type_disagreement(gold_file):
    doc = read_timeml(gold_file)
    text = doc.text
    s, e = _span(text, "seized")
    wide = Event("x", "h", "t", When("1998", None, None, None, None, Relation.AFTER),
                 mentions=(Mention("d1", 0, len(text), *_span(text, "Friday")),), trigger=(s - 1, e, text[s - 1:e]))
    c = score_events(doc, [wide], _timexes(text))
    assert (c.strict, c.relaxed, c.right, c.same_rel) == (0, 1, 1, 0)


def test_align_pairs_each_gold_once_preferring_the_exact_extent():
    assert align([(0, 5), (10, 12)], [(0, 3), (0, 5), (11, 20)]) == {0: 1, 1: 2}
    assert align([(0, 5), (1, 4)], [(1, 4)]) == {0: 0}                 # gold in order, as TempEval-3 does


def test_table_shows_every_event_figure():
    c = EventCounts(docs=1, gold=10, dated=4, system=3, triggered=2, extents=2, strict=2, relaxed=2,
                    dated_strict=1, dated_relaxed=1, gold_links=5, system_links=2, found=1, right=1, judged=1,
                    same_rel=1)
    table = c.table()
    for label in ("strict", "relaxed", "dated strict", "dated relaxed", "links", "link accuracy", "relType"):
        assert any(line.startswith(label) for line in table.splitlines()), label
    links = next(line for line in table.splitlines() if line.startswith("links "))
    assert links.split()[1:] == ["50.0", "20.0", "28.6"]


def test_evaluate_scores_events_only_where_the_gold_has_them(gold_file, tmp_path):
    result = evaluate([gold_file])
    assert result.events is not None and result.events.docs == 1 and result.events.gold == 5
    assert "event-time links" in result.table()
    plain = tmp_path / "plain"
    plain.mkdir()
    (plain / "p.tml").write_text(GOLD.replace("<EVENT", "<X").replace("</EVENT>", "</X>"), encoding="utf-8")
    assert evaluate([plain]).events is None
    assert "events:" not in evaluate([plain]).table()
    assert evaluate([gold_file], events=False).events is None
    assert evaluate([gold_file], tagger=lambda text, dct: []).events is None     # a tagger of one's own


def test_eval_of_gold_without_events_prints_the_timex_table_only():
    if not FRENCH.is_dir():
        pytest.skip("no French gold")
    result = CliRunner().invoke(main, ["eval", str(FRENCH)])
    assert result.exit_code == 0, result.output
    assert "events:" not in result.output and "relaxed" in result.output


def test_cli_prints_event_figures_and_writes_link_errors(gold_file, tmp_path):
    errors = tmp_path / "e.tsv"
    result = CliRunner().invoke(main, ["eval", str(gold_file), "--errors", str(errors)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[1].split() == ["P", "R", "F1"]                                   # the timex table first
    for label in ("dated relaxed", "links", "link accuracy", "relType"):
        assert any(line.startswith(label) for line in lines), label
    assert errors.exists()
    quick = CliRunner().invoke(main, ["eval", str(gold_file), "--no-events"])
    assert quick.exit_code == 0 and "events:" not in quick.output


def test_chrono_scores_its_own_timeml_export_perfectly(tmp_path):
    """chrono's TimeML of a build, read as gold, gives chrono's own links back: every link right."""
    import chrono
    from chrono.evaluate import read_timeml_all
    chron = chrono.build(ROOT / "examples" / "dw-raqqa-2017-10-14.txt", published=date(2017, 10, 14))
    (path,) = chrono.write(chron, tmp_path, ["timeml"], name="own")
    (gold,) = read_timeml_all(path)
    timexes = [t.timex for t in chron.timexes]
    c = score_events(gold, list(chron.events), timexes)
    assert c.system_links > 0 and c.right == c.system_links == c.found == c.same_rel
    assert c.strict == c.extents and c.gold > c.extents    # every trigger is an EVENT; the other mentions too
    links: list = []
    m = score_mentions(gold, chrono_mentions(gold, "en", timexes, links), links)
    assert m.mention_strict == m.mentions == c.gold         # the export's EVENTs are the mentions chrono finds
    assert m.mention_links and m.mention_right == m.mention_links           # and their links are its TLINKs
    assert m.mention_found + c.found >= c.gold_links        # every TLINK is one of the two
