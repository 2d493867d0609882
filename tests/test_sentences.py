"""Sentence splitting: abbreviations, initials, quotes, decimals, NBSP; offsets into the text."""
from __future__ import annotations


import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chrono import lang
from chrono.reader.sentences import split_sentences
from timing import best_of_three

WORDS = lang.get("en").reading.sentences
EXAMPLES = WORDS.examples
ABBREVIATIONS, FINAL_ABBREVIATIONS, LOWER_ABBREVIATIONS = (WORDS.abbreviations, WORDS.final_abbreviations,
                                                           WORDS.lower_abbreviations)


def texts(text: str, **kw) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text, **kw)]


@pytest.mark.parametrize("text, expected", EXAMPLES, ids=[e[0][:30] for e in EXAMPLES])
def test_examples_of_the_module(text, expected):
    assert tuple(texts(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # abbreviations of titles and months do not end sentences
    ("Col. Ryan Dillon said so. He left.", ["Col. Ryan Dillon said so.", "He left."]),
    ("Dr. Jane Roe and Mr. Smith met on Jan. 3. They talked.",
     ["Dr. Jane Roe and Mr. Smith met on Jan. 3.", "They talked."]),
    ("Lt. Gen. Paul Funk arrived. Sgt. Major Ross did not.",
     ["Lt. Gen. Paul Funk arrived.", "Sgt. Major Ross did not."]),
    # U.S. inside and at the end of a sentence
    ("U.S. forces moved. The U.S. Army followed.", ["U.S. forces moved.", "The U.S. Army followed."]),
    ("They flew to the U.S. But nobody knew.", ["They flew to the U.S.", "But nobody knew."]),
    ("Talks at the U.N. Security Council stalled.", ["Talks at the U.N. Security Council stalled."]),
    # initials
    ("The report by J. R. Smith came out. Then W. Bush spoke.",
     ["The report by J. R. Smith came out.", "Then W. Bush spoke."]),
    # times and numbers
    ("At 10 a.m. Saturday the shelling stopped.", ["At 10 a.m. Saturday the shelling stopped."]),
    ("It rose 3.5 percent. It fell 2.25 points.", ["It rose 3.5 percent.", "It fell 2.25 points."]),
    ("Resolution No. 2254 passed. See p. 4 for more.", ["Resolution No. 2254 passed.", "See p. 4 for more."]),
    ("He said no. Then he left.", ["He said no.", "Then he left."]),
    # quotes
    ('"Today or tomorrow the city may be liberated," he said.',
     ['"Today or tomorrow the city may be liberated," he said.']),
    ('"It is over." The army left.', ['"It is over."', "The army left."]),
    ("\u201cIt is over.\u201d The army left.", ["\u201cIt is over.\u201d", "The army left."]),
    ("'Why?' she asked. Nobody answered.", ["'Why?' she asked.", "Nobody answered."]),
    ('"Why?" he asked.', ['"Why?" he asked.']),
    # brackets, ellipsis, other end marks
    ("The city (Raqqa) fell. Who won? Nobody!", ["The city (Raqqa) fell.", "Who won?", "Nobody!"]),
    ("It was... over. Really.", ["It was... over.", "Really."]),
])
def test_sentences(text, expected):
    assert texts(text) == expected


def test_nbsp_is_whitespace_and_spans_exclude_it():
    text = "\u00a0 First one.\u00a0Second\u00a0one.\u00a0\u00a0"
    spans = split_sentences(text)
    assert [text[s.start:s.end] for s in spans] == ["First one.", "Second\u00a0one."]
    assert all(not text[s.start].isspace() and not text[s.end - 1].isspace() for s in spans)


def test_offsets_refer_to_the_whole_text_and_the_given_range():
    text = "IGNORED. Inside one. Inside two. IGNORED."
    start, end = text.index("Inside"), text.rindex(" IGNORED")
    spans = split_sentences(text, start, end, kind="heading")
    assert [text[s.start:s.end] for s in spans] == ["Inside one.", "Inside two."]
    assert {s.kind for s in spans} == {"heading"}
    assert all(start <= s.start < s.end <= end for s in spans)


def test_crlf_and_newlines_inside_a_paragraph():
    text = "First line of a\r\nwrapped sentence. Second.\r\n"
    assert texts(text) == ["First line of a\r\nwrapped sentence.", "Second."]


def test_empty_and_blank():
    assert split_sentences("") == []
    assert split_sentences(" \u00a0\n ") == []


def test_lexicons_are_lower_case_without_final_period():
    for word in ABBREVIATIONS | FINAL_ABBREVIATIONS | LOWER_ABBREVIATIONS:
        assert word == word.lower() and not word.endswith(".")


@pytest.mark.parametrize("unit", ["1", ".", "1.2.", "U.S. ", "J. ", ". ", '"a." ', "a\u00a0", "?!", "Mr. "])
def test_time_is_linear_in_the_input(unit):
    def cost(n: int) -> float:
        text = unit * (n // len(unit))
        return best_of_three(lambda: split_sentences(text))
    small, large = cost(20_000), cost(200_000)
    assert large < 40 * max(small, 1e-3), (unit, small, large)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("aB .!?\"'\u201d)(\u00a0\n3U") + ["Mr.", "U.S.", " ", "e.g."]))
       .map("".join) | st.text())
def test_any_text_gives_spans_inside_it(text):
    spans = split_sentences(text)
    last = 0
    for s in spans:
        assert last <= s.start < s.end <= len(text)
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        last = s.end
    # nothing but whitespace is left out
    covered = set()
    for s in spans:
        covered.update(range(s.start, s.end))
    assert all(text[i].isspace() for i in range(len(text)) if i not in covered)
