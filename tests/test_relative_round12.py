"""Round 12: "in the weeks before the shooting" dated by the shooting, when the story dates it.

The tagger dates a bare plural unit before "before"/"after" by the month of the last date it saw; the
event layer replaces that by the month of the happening the noun names, when an earlier event (its
trigger, or a date premodifying a noun of its kind: "the Oct. 23 slaying") dates it.
"""
from datetime import date

import pytest

import chrono



def _build(tmp_path, text: str, published: date):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return chrono.build(str(path), published=published).events


def _dated(events, word: str) -> list[str]:
    return [e.when.value for e in events if word in e.headline]


#: (story, published, word of the event, its value): the noun after "before" named by a date that
#: premodifies a noun of its kind, by a happening dated to a season, by an earlier event's trigger.
CASES = [
    ("Investigators have been searching for Kopp since shortly after the Oct. 23 slaying.\n\n"
     "Up until Thursday, they had described him only as a witness.\n\n"
     "His car was spotted in the neighborhood in the weeks before the shooting, investigators said.\n",
     date(1999, 5, 7), "spotted", "1998-10"),
    ("Dr. Barnett Slepian was killed in his kitchen by a sniper's bullet last fall.\n\n"
     "Investigators said Friday they found a rifle buried near his home.\n\n"
     "Investigators said Kopp's car was seen in the neighborhood in the days before the slaying.\n",
     date(1999, 4, 10), "seen", "1998-FA"),
    ("A doctor was shot on Oct. 23 at his home.\n\n"
     "The suspect was arrested in France on March 29.\n\n"
     "His car was spotted near the house in the weeks before the shooting.\n",
     date(1999, 5, 7), "spotted", "1998-10"),
]


@pytest.mark.parametrize("text,published,word,value", CASES)
def test_the_weeks_before_a_dated_happening(tmp_path, text, published, word, value):
    assert _dated(_build(tmp_path, text, published), word) == [value]


def test_a_year_dates_no_weeks_before(tmp_path):
    """A happening dated only to a year does not say which weeks came before it: the tagger's date stays."""
    text = ("The clinic was bombed in 1997.\n\n"
            "Police said Monday they had questioned two men.\n\n"
            "A van was seen near the clinic in the weeks before the bombing.\n")
    events = _build(tmp_path, text, date(1999, 5, 7))
    assert "1997" not in _dated(events, "seen")
