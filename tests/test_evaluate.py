"""The TimeML reader, the TempEval-3 scorer and ``chrono eval``."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from chrono.cli import main
from chrono.evaluate import evaluate, read_timeml, score_document, scores
from chrono.model import Timex, TimexType

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TRAIN = SHARED / "data" / "tempeval3" / "train"

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>test_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-10" temporalFunction="false" functionInDocument="CREATION_TIME">08/10/98</TIMEX3></DCT>
<TEXT>
Officials <EVENT eid="e1" class="REPORTING">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> that talks &amp; votes
lasted <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3> until <TIMEX3 tid="t3" type="DATE" value="1998-07">July</TIMEX3>.
</TEXT>
</TimeML>
"""


@pytest.fixture
def tml(tmp_path: Path) -> Path:
    path = tmp_path / "sub" / "test_1.tml"
    path.parent.mkdir()
    path.write_text(TML, encoding="utf-8")
    return path


def test_reader_strips_tags_and_keeps_offsets(tml):
    doc = read_timeml(tml)
    assert doc.dct == date(1998, 8, 10)
    assert "<" not in doc.text and "talks & votes" in doc.text
    assert [(doc.text[g.start:g.end], g.type, g.value) for g in doc.timexes] == [
        ("Friday", "DATE", "1998-08-07"), ("three years", "DURATION", "P3Y"), ("July", "DATE", "1998-07")]


def _t(text, doc, start_word, end_word=None, typ="DATE", value="X"):
    s = doc.text.index(start_word)
    e = doc.text.index(end_word) + len(end_word) if end_word else s + len(start_word)
    return Timex(s, e, doc.text[s:e], TimexType(typ), value)


def test_scorer_strict_relaxed_value_type(tml):
    doc = read_timeml(tml)
    system = [
        _t("Friday", doc, "Friday", value="1998-08-07"),                        # exact, right value
        _t("lasted three years", doc, "lasted", "years", "DURATION", "P3Y"),    # relaxed only
        _t("July", doc, "July", typ="DURATION", value="1998-06"),               # wrong value and type
        _t("votes", doc, "votes", value="X"),                                   # spurious
    ]
    errors = []
    c = score_document(doc, system, errors)
    assert (c.gold, c.system, c.strict, c.relaxed, c.value, c.type) == (3, 4, 2, 3, 2, 2)
    s = scores(c)
    assert s.relaxed_p == pytest.approx(75.0) and s.relaxed_r == pytest.approx(100.0)
    assert s.value_f1 == pytest.approx(2 / 3 * s.relaxed_f1)
    assert sorted(e.kind for e in errors) == ["extent", "spurious", "type", "value"]


def test_each_gold_pairs_with_one_system_timex(tml):
    doc = read_timeml(tml)
    two = [_t("Fri", doc, "Friday", value="1998-08-07"), _t("Friday", doc, "Friday", value="1998-08-07")]
    c = score_document(doc, two)
    assert c.relaxed == 1 and c.system == 2


def test_cli_eval_on_a_folder_writes_errors(tml, tmp_path):
    out = tmp_path / "errors.tsv"
    result = CliRunner().invoke(main, ["eval", str(tml.parent.parent), "--errors", str(out)])
    assert result.exit_code == 0, result.output
    assert "strict" in result.output and "relaxed" in result.output
    assert out.exists()


def test_cli_eval_missing_path_is_an_error(tmp_path):
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "no such file" in result.output


@pytest.fixture(scope="module")
def train_scores():
    if not TRAIN.exists():
        pytest.skip(f"TempEval-3 training corpus not found at {TRAIN}")
    return evaluate([TRAIN])


@pytest.mark.xfail(reason="issue 3's value target (85) not reached yet (now strict 90.7, relaxed 95.2, "
                          "value 82.0, type 91.8)", strict=False)
def test_training_corpus_meets_the_targets(train_scores):
    s = train_scores
    assert s.strict_f1 >= 88 and s.relaxed_f1 >= 94 and s.value_f1 >= 85 and s.type_f1 >= 90, s.table()


def test_training_corpus_no_regression_and_beats_heideltime_on_extents(train_scores):
    s = train_scores
    assert s.counts.docs >= 250
    # HeidelTime 2.2.1 on the same data: strict 84.1, relaxed 92.1, value 77.5, type 88.0
    assert s.strict_f1 >= 90.5 and s.relaxed_f1 >= 95.0 and s.value_f1 >= 81.8 and s.type_f1 >= 91.5, s.table()  # today's, less a hair


HISTORY = """<?xml version="1.0" ?>
<TimeML>
<DOCID>history_1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2009-12-19" temporalFunction="false" functionInDocument="CREATION_TIME">2009-12-19</TIMEX3></DCT>
<TEXT>
The war began in <TIMEX3 tid="t1" type="DATE" value="1914">1914</TIMEX3>. In <TIMEX3 tid="t2" type="DATE" value="1915">1915</TIMEX3> it spread; in <TIMEX3 tid="t3" type="DATE" value="1916">1916</TIMEX3> came Verdun and in <TIMEX3 tid="t4" type="DATE" value="1917">1917</TIMEX3> America joined. Peace came in <TIMEX3 tid="t5" type="DATE" value="1918">1918</TIMEX3>. On <TIMEX3 tid="t6" type="DATE" value="1918-11-11">11 November</TIMEX3> the guns fell silent.
</TEXT>
</TimeML>
"""


def test_cli_eval_chooses_the_policy_and_the_flags_force_it(tmp_path):
    path = tmp_path / "history_1.tml"
    path.write_text(HISTORY, encoding="utf-8")

    def value(*flags) -> str:
        result = CliRunner().invoke(main, ["eval", str(path), *flags])
        assert result.exit_code == 0, result.output
        return next(line for line in result.output.splitlines() if line.startswith("value")).split()[-1]

    assert value() == value("--narrative") == "100.0"     # a dateless history: narrative
    assert float(value("--news")) < 100.0


def test_eval_reads_every_document_of_chronos_own_multi_document_timeml(tmp_path):
    """Issue 15: the TimeML of a merged chronology holds several documents; eval scores them all."""
    import chrono
    from chrono.evaluate import evaluate, read_timeml_all
    root = Path(__file__).resolve().parents[1]
    chron = chrono.build(root / "examples" / "dw-raqqa-2017-10-14.txt",
                         root / "tests" / "data" / "events" / "dw-raqqa-2017-10-17.txt")
    (path,) = chrono.write(chron, tmp_path, ["timeml"], name="two")
    docs = read_timeml_all(path)
    assert [d.id for d in docs] == [d.id for d in chron.documents]
    ids = [g.tid for d in docs for g in d.timexes]
    assert len(ids) == len(set(ids))                            # unique ids across documents
    result = evaluate([path])                                   # chrono against itself: all of it found
    assert result.counts.docs == 2 and result.counts.gold == sum(len(d.timexes) for d in docs)
    assert result.strict_f1 > 95
