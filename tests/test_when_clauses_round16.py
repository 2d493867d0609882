"""Round 16: clauses a relative adverb opens after a date or a dated noun.

- a headline cut to its length keeps the adverb that opens a clause it keeps ("... in his kitchen last fall
  when he was gunned down"): no "... in his kitchen he was gunned down", two clauses run on;
- a when-clause right after a noun a date premodifies tells what happened then, and the noun's headline keeps
  it: "Trump's July 25 call when he asked Ukraine's president for the political investigations", not "Trump's
  call";
- a clause the parser hung as a complement but opened by a marker that is no complementizer ("at the same time
  [as U.S. military aid ... was being stalled]") is cut as the adverbial it is, names and all, before the
  object's own phrase ("for the political investigations");
- a modal perfect with an adverb ("may well have expanded") is a supposition, as "may have expanded" is: a
  predicate that only frames, so the happening of its adverbial clause is the event, a perfect one too ("as
  scientists have confirmed that ..."); a future perfect ("will have reached") is a forecast of its own;
- a date whose case marker the parser made an adjective right after a noun ("debentures due March 1, 2011") is
  the noun's, no date of the clause ("plans to redeem on Nov. 16"): no redemption of 2011.
"""
from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


def _events(text: str, published: date):
    return build(text + "\n", published).events


def _shown(events):
    return [(e.when.value, e.modality.value, e.headline) for e in events]


def test_a_kept_when_clause_keeps_its_adverb():
    events = _events("Barnett Slepian, just back from synagogue, was heating soup in his kitchen last fall when he "
                     "was gunned down with a single shot through a window.", date(1998, 11, 1))
    assert events and all("kitchen he" not in e.headline for e in events), _shown(events)
    assert any("gunned down" in e.headline for e in events if e.when.value == "1998-FA"), _shown(events)


@pytest.mark.parametrize("text, published, value, want, unwanted", [
    ("The envoy is likely to face tough questions from lawmakers of both parties about Trump's July 25 call when "
     "he asked Ukraine President Volodymyr Zelenskiy for the political investigations at the same time as U.S. "
     "military aid for the ally was being stalled.", date(2019, 11, 20), "2019-07-25",
     ("call when he asked", "for the political investigations"), "military aid"),
    ("The minister is likely to face questions from senators about Johnson's Oct. 3 speech when he promised "
     "farmers a new subsidy.", date(2019, 11, 20), "2019-10-03", ("speech when he promised farmers",), None),
])
def test_a_when_clause_after_a_dated_noun_is_told_with_it(text, published, value, want, unwanted):
    events = [e for e in _events(text, published) if e.when.value == value]
    assert events and all(w in events[0].headline for w in want), _shown(events)
    assert unwanted is None or unwanted not in events[0].headline, _shown(events)
    assert events[0].modality.value == "fact"


def test_a_date_without_a_when_clause_keeps_its_noun_alone():
    events = _events("The minister is likely to face questions from senators about Johnson's Oct. 3 speech.",
                     date(2019, 11, 20))
    october = [e for e in events if e.when.value == "2019-10-03"]
    assert [e.headline for e in october] == ["Johnson's speech"], _shown(events)


def test_a_supposition_with_an_adverb_frames_a_perfect_happening():
    events = _events("Today the mission's scope may well have expanded to Europa, as the agency's scientists have "
                     "confirmed that they detected water vapour above the moon.", date(2019, 11, 19))
    assert [(e.modality.value, e.headline) for e in events] == [
        ("fact", "The agency's scientists have confirmed that they detected water vapour above the moon")], _shown(events)


def test_a_future_perfect_is_its_own_forecast():
    events = _events("By Friday the outbreak will have reached the capital, as health officials confirmed that they "
                     "had found two new cases.", date(2019, 11, 19))
    assert [(e.modality.value, e.headline) for e in events] == [
        ("forecast", "The outbreak will have reached the capital")], _shown(events)


def test_a_date_after_an_adjective_hung_as_its_case_is_the_nouns():
    # "due" parsed as the date's preposition: the maturity of the debentures dates no redemption
    events = _events("Automatic Data Processing Inc. plans to redeem on Nov. 16 its $150 million of 6.5% convertible "
                     "subordinated debentures due March 1, 2011.", date(1989, 10, 30))
    assert [e.when.value for e in events] == ["1989-11-16"], _shown(events)
