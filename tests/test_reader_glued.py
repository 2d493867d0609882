"""Sentences run together on the page: by an empty block element standing for a line break, or by a
missing space after the full stop. Invented pages and sentences."""
import pytest

from chrono.reader.page import read_page
from chrono.reader.sentences import split_sentences


@pytest.mark.parametrize("text, expected", [
    ("He worked as a chief physician.Police arrested a man.", ["He worked as a chief physician.", "Police arrested a man."]),
    ("Kan reported on Wednesday.The stabbing occurred.", ["Kan reported on Wednesday.", "The stabbing occurred."]),
    ("Read PanARMENIAN.Net today.", ["Read PanARMENIAN.Net today."]),            # a dotted name
    ("Gov.Newsom spoke.", ["Gov.Newsom spoke."]),                                # an abbreviation
    ("Visit news.Example.com for more.", ["Visit news.Example.com for more."]),  # a web address
    ("See e.g.The list.", ["See e.g.The list."]),
])
def test_a_missing_space_after_a_full_stop_still_ends_the_sentence(text, expected):
    assert [text[s.start:s.end] for s in split_sentences(text)] == expected


def test_an_empty_block_element_inside_a_paragraph_breaks_the_line():
    lead = " ".join(f"Line {i} of the story tells the reader what the council decided about item {i}." for i in range(12))
    html = ("<html><head><title>Council story</title></head><body><article><h1>Council passes budget</h1>"
            f"<div class=\"article-body\">{lead}<div class=\"fake-br\"></div>The mayor spoke to the council on "
            "Wednesday.<div class=\"fake-br\"></div>The vote followed a long debate in the chamber about the new "
            "budget and its cuts.</div></article></body></html>")
    reading = read_page(html)
    assert reading is not None
    assert "Wednesday." in reading.text and "The vote followed" in reading.text
    assert "Wednesday.The vote" not in reading.text
