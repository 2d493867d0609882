"""Round 18: a bare gerund that takes its subject from the clause it hangs on tells a past happening.

"He flew home after clinching the title on Sunday" is dated by Sunday, the clinching's day: its headline was
"He clinching the title". A gerund adverbial with no auxiliary of its own, given the subject of its clause, is
told in the simple past (the language's ``gerund_past``: for English the irregular pasts learnt from the UD
treebanks by ``training/past_forms.py``, else the regular rule). A gerund modifying a noun ("the odds of getting
funding") keeps no subject to take: "The odds got full funding" would be false.
"""
from datetime import date
from pathlib import Path
import sys

import pytest

from chrono.lang import get as language
from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")
ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("gerund, past", language("en").events.headline.past_examples)
def test_the_languages_gerund_pasts(gerund, past):
    assert language("en").events.headline.gerund_past(gerund) == past


def _shown(text: str, published: date = date(2019, 11, 18)):
    return [(e.when.value, e.modality.value, e.headline) for e in build(text, published).events]


@pytest.mark.parametrize("text, headline", [
    ("He flew home after clinching the title on Sunday.", "He clinched the title"),
    ("He was praised for winning the title on Sunday.", "He won the title"),
    ("After clinching the title on Sunday, he flew home.", "He clinched the title"),
])
def test_a_bare_gerund_with_its_clauses_subject_is_told_in_the_past(text, headline):
    assert ("2019-11-17", "fact", headline) in _shown(text)


def test_two_dates_keep_two_happenings():
    shown = _shown("He flew home Monday after clinching the title on Sunday.")
    assert ("2019-11-17", "fact", "He clinched the title") in shown
    assert ("2019-11-18", "fact", "He flew home") in shown


def test_a_gerund_auxiliary_is_still_the_agreement_of_its_subject():
    assert ("2019-05", "fact", "He was fired") in _shown("He was fired in May after being accused of fraud.")


def test_a_nouns_gerund_takes_no_subject():
    shown = _shown("Babin concluded that the odds of getting full funding for Artemis in fiscal year 2020 were dwindling.")
    assert not any("got" in h for _, _, h in shown), shown


def test_the_table_is_learnt_from_the_treebanks(tmp_path):
    ud = ROOT.parent / "shared" / "data" / "ud" / "en"
    if not (ud / "en_ewt-train.conllu").exists():
        pytest.skip("the UD treebanks are not in ../shared/data/ud (see shared/README.md)")
    sys.path.insert(0, str(ROOT / "training"))
    import past_forms
    rows = {g: p for g, p, _ in past_forms.learn([ud / "en_ewt-train.conllu"], 2)}
    assert rows.get("winning") == "won" and rows.get("taking") == "took"
    assert "clinching" not in rows              # a regular past is the rule's, not the table's
    shipped = (ROOT / "chrono" / "lang" / "en" / "events" / "past_forms.tsv").read_text(encoding="utf-8")
    assert "winning\twon\t" in shipped


def test_a_gerund_after_including_is_told_in_the_past_too():
    shown = _shown("Since Olivier Vernon’s injury a couple of weeks ago, Chad Thomas has filled in and played way above my "
                   "expectations (including logging another sack this week and almost having an interception).",
                   date(2019, 11, 20))
    assert any(h == "Chad Thomas logged another sack" for _, _, h in shown), shown


def test_a_forecasts_gerund_stays_one():
    shown = _shown("The five companies can now vie to deliver robotic payloads to the lunar surface for NASA, helping to "
                   "pave the way for the return to the moon by 2024.", date(2019, 11, 18))
    assert not any("helped" in h for _, _, h in shown), shown


def test_a_time_opening_the_speaker_is_no_part_of_who_says_so():
    events = build("Earlier this year, Johnston told Billboard the band was in the studio.", date(2019, 11, 20)).events
    assert [e.attribution for e in events] == ["Johnston"]
