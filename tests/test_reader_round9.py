"""The reader drops a picture's credit marked as a paragraph by the page's markup, and an editorial
notice ("Correction added ...:") however long. Invented pages."""
from __future__ import annotations

import pytest

from chrono.reader.blocks import marker_of
from chrono.reader.page import read_page

BODY = " ".join(f"The council met on Monday and voted {n} times on the new harbour budget." for n in range(2, 9))


def _page(extra: str) -> str:
    return (f"<html><head><title>Harbour vote</title></head><body><article><h1>Harbour vote</h1>"
            f"<p>{BODY}</p>{extra}<p>The mayor said the port would open in May.</p></article></body></html>")


@pytest.fixture
def reading():
    pytest.importorskip("trafilatura")
    return lambda extra: read_page(_page(extra))


def _body(page) -> str:
    return " ".join(page.text[b.start:b.end] for b in page.blocks if b.kind in ("body", "lead"))


def test_a_credit_paragraph_is_not_the_story(reading):
    page = reading('<p class="image-credit">2009-12 Lighthouse Images Ltd., All right</p>')
    assert "Lighthouse" not in _body(page) and "mayor" in _body(page)


def test_a_long_correction_notice_is_not_the_story(reading):
    notice = ("<p><em><strong>Correction added Nov. 18, 2019:</strong> The caption below the photograph of the "
              "harbour master originally made an unconfirmed statement that she was the first to sail the new "
              "channel in the rebuilt harbour after the storm of last winter.</em></p>")
    page = reading(notice)
    assert "caption below" not in _body(page) and "mayor" in _body(page)


def test_a_sentence_of_the_story_is_no_notice():
    assert marker_of("Correction officers at the jail said the inmate escaped on Monday.", "en") is None
