"""Round 16: a wire story whose dateline stands on a line of its own before the body ("INDEPENDENCE, MO.
(AP)--") is news, however many years of history its body writes: its months without a year are of the days
around publication ("a NATO summit set for Washington in April": April 1999), not of the last year it wrote
(1955). A body with the same years and no dateline is still read as a history."""
from datetime import date

import chrono

HISTORY = ("NATO was founded in 1949. Since 1949, it has been expanded to include Greece and Turkey in 1952, "
           "Germany in 1955 and Spain in 1982. Soviet troops crushed the uprising in 1956 and invaded Prague in 1968.\n\n"
           "The issue is expected to dominate a NATO summit set for Washington in April.\n")


def _build(text: str, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return chrono.build(str(path), published=date(1999, 3, 12))


def test_a_dateline_line_makes_a_history_filled_story_news(tmp_path):
    chron = _build("INDEPENDENCE, MO. (AP)--\n\n" + HISTORY, tmp_path)
    assert chron.documents[0].policy == "news"
    assert [e.when.value for e in chron.events if "summit" in e.headline] == ["1999-04"], \
        [(e.when.value, e.headline) for e in chron.events]


def test_the_same_history_without_a_dateline_is_a_narrative(tmp_path):
    assert _build(HISTORY, tmp_path).documents[0].policy == "narrative"
