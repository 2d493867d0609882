"""Short invented stories built end to end, shared by the event and headline tests.

- :func:`build` writes a story to a temporary ``.txt`` and builds it (published on :data:`PUBLISHED`);
  :func:`find` and :func:`show` read the chronology.
- :func:`headline_builder` gives a function from one sentence (under a title line) to the headlines
  chrono lists for it; the tests that use it skip without the shipped parser.
- :func:`english_parser`: a fixture that skips the tests that use it without the shipped English parser
  (``pytestmark = pytest.mark.usefixtures("english_parser")``, the fixture imported).
"""
from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest

import chrono
from chrono.events.parse import parser

PUBLISHED = date(2019, 11, 19)          # a Tuesday


@pytest.fixture(scope="module")
def english_parser():
    """Skips the tests that use it when the shipped English parser is not there."""
    if parser("en") is None:
        pytest.skip("no parser model")


def build(text: str, published: date = PUBLISHED):
    path = Path(tempfile.mkdtemp()) / "a.txt"
    path.write_text(text, encoding="utf-8")
    return chrono.build(str(path), published=published)


def find(chron, words: str):
    return [e for e in chron.events if words in e.headline or words in e.text]


def show(chron):
    return [(e.headline, e.when.value, e.modality.value) for e in chron.events]


def headline_builder(folder: Path, published: date):
    """One sentence under a title line -> the headlines chrono lists (skips without the parser)."""
    if parser("en") is None:
        pytest.skip("no parser model")

    def headlines(sentence: str) -> list[str]:
        path = folder / "a.txt"
        path.write_text("A title\n\n" + sentence + "\n", encoding="utf-8")
        return [e.headline for e in chrono.build(str(path), published=published)]
    return headlines
