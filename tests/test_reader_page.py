"""Web pages through trafilatura (:mod:`chrono.reader.page`): blocks, title, date, offsets, fallback."""
from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from chrono.reader.document import read_document
from chrono.reader.page import choose_title, read_page

DATA = Path(__file__).parent / "data" / "articles"
PARA = ("Iraqi forces retook the old city of Mosul on Sunday after a nine-month campaign, the military said, "
        "and officials in Baghdad declared the end of the battle.")


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def blocks_of(doc) -> list[tuple[str, str]]:
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


def test_offsets_refer_to_the_extracted_text():
    doc = read_document(DATA / "wire-mosul.html")
    assert "<" not in doc.text and doc.text.startswith("World\n\nIraqi forces retake Mosul old city\n\n")
    for b in doc.blocks + doc.sentences:
        assert 0 <= b.start < b.end <= len(doc.text) and doc.text[b.start:b.end].strip()
    assert read_document(DATA / "wire-mosul.html").text == doc.text               # the same page, the same text


def test_lists_and_tables_of_the_article_are_body():
    html = page(f"<article><h1>Race calendar for the 2018 season</h1><p>{PARA}</p>"
                "<ul><li>March 4: Interlagos</li><li>April 8: Goiania</li></ul>"
                "<table><tr><td>May 6</td><td>Velopark</td></tr></table><p>" + PARA + "</p></article>")
    kinds = dict((t, k) for k, t in blocks_of(read_document(html.encode())))
    assert kinds["March 4: Interlagos"] == "body" and kinds["May 6 | Velopark"] == "body"
    assert kinds["Race calendar for the 2018 season"] == "title"


def test_a_layout_table_keeps_its_paragraphs_apart():
    """Old sites set the whole article in one table cell: its paragraphs stay blocks of their own,
    never run together ("the world.”Babin referred")."""
    second = "Officials said the road to the airport would reopen on Monday after repairs."
    html = page("<table><tr><td><h1>Mosul is retaken</h1>"
                f"<p>\n{PARA}\n</p>\n\n<p>\n{second}\n</p></td></tr></table>")
    found = [t for k, t in blocks_of(read_document(html.encode())) if k == "body"]
    assert PARA in found and second in found


def test_links_to_other_articles_after_you_may_also_like_are_navigation():
    html = page(f"<article><h1>Mosul is retaken</h1><p>{PARA}</p><p>{PARA}</p><p>You may also like...</p>"
                "<p><a href='/a'>Who will win the Mosul prize in 2020?</a></p>"
                "<p><a href='/b'>Band plays Baghdad for the first time in 2019</a></p></article>")
    body = [t for k, t in blocks_of(read_document(html.encode())) if k == "body"]
    assert PARA in body
    assert not any("Mosul prize" in t or "Band plays" in t or "also like" in t for t in body), body


def test_teasers_after_top_stories_are_navigation():
    teaser = "The council voted on Tuesday, October 29 to rename the old bridge after a local poet."
    more = ("Thousands of families began returning to the eastern districts, where markets reopened and "
            "schools prepared to take pupils again after three years of closure.",
            "Engineers said the bridges over the Tigris would need months of repair before heavy traffic could "
            "cross, and the United Nations appealed for funds to clear the rubble.")
    html = page(f"<article><h1>Mosul is retaken</h1><p>{PARA}</p><p>{more[0]}</p><p>{more[1]}</p>"
                f"<p>Top stories</p><p>{teaser}</p></article>")
    body = [t for k, t in blocks_of(read_document(html.encode())) if k == "body"]
    assert PARA in body and teaser not in body, body


def test_subheadings_and_questions():
    html = page(f"<article><h1>Mosul is retaken</h1><p>{PARA}</p><h2>Fighting continues</h2><p>{PARA}</p>"
                f"<h3>What happens to the city now?</h3><p>{PARA}</p></article>")
    kinds = dict((t, k) for k, t in blocks_of(read_document(html.encode())))
    assert kinds["Fighting continues"] == "heading"
    assert kinds["What happens to the city now?"] == "body"          # a Q&A question is the text's


def test_the_site_name_h1_is_not_the_title():
    html = page(f"<h1>Example Post</h1><article><p>{PARA}</p><p>{PARA}</p></article>",
                "<title>Iraqi forces retake Mosul | Example Post</title>"
                '<meta property="og:site_name" content="Example Post">')
    assert read_document(html.encode()).title == "Iraqi forces retake Mosul"


def test_choose_title():
    assert choose_title(["Mosul retaken after nine months"], ["Mosul retaken | Site"]) == "Mosul retaken after nine months"
    assert choose_title(["엔터 미디어"], ["Iraqi forces retake Mosul - Entermedia"]) == "Iraqi forces retake Mosul"
    assert choose_title([], [], extracted="Headline | Site") == "Headline"


def test_placeholder_date_is_refused_and_the_text_dates_the_page():
    html = page(f"<article><h1>Mosul is retaken</h1><p>Published July 9, 2017</p><p>{PARA}</p></article>",
                '<script type="application/ld+json">{"datePublished": "0001-01-01T00:00:00Z"}</script>')
    assert read_document(html.encode()).published == date(2017, 7, 9)


def test_a_stub_goes_to_our_own_extractor():
    assert read_page(page("<p>Too short.</p>")) is None


def test_importing_chrono_and_reading_text_do_not_load_trafilatura(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Kurds win the battle of Raqqa\n\n" + PARA + "\n", encoding="utf-8")
    code = ("import sys, chrono; chrono.read(sys.argv[1]); "
            "print(any(m.split('.')[0] in ('trafilatura', 'htmldate', 'lxml') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("markup", ["<html><body><p>" + "<div>" * 3000, "<html>\x00<body><p>x", "<?xml version='1.0' encoding='utf-8'?><html><body><p>" + PARA])
def test_odd_markup_never_crashes(markup):
    try:
        doc = read_document(markup.encode())
    except Exception as exc:  # noqa: BLE001 - only InputError is allowed
        assert type(exc).__name__ == "InputError"
        return
    assert all(0 <= b.start <= b.end <= len(doc.text) for b in doc.blocks)


def test_a_deeply_nested_json_ld_block_does_not_derail_the_page(tmp_path):
    """Issue 16: a JSON-LD block nested thousands deep once sent the page to the plain-text path and the
    headline became raw markup; the page reads as a page, with its title and date."""
    import chrono
    nested = "[" * 5000 + "]" * 5000
    page = tmp_path / "nested.html"
    page.write_text(f'<html><head><title>Rebels take the town - Example News</title>'
                    f'<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "2017-10-14",'
                    f' "x": {nested}}}</script></head><body><article><h1>Rebels take the town</h1>'
                    f'<p>Rebels took the town on Friday after a week of fighting, officials said on Saturday.</p>'
                    f'<p>The army will attack again next week, a spokesman said.</p></article></body></html>',
                    encoding="utf-8")
    doc = chrono.read(page)
    assert doc.title == "Rebels take the town"
    assert str(doc.published) == "2017-10-14"
    assert "[[[" not in doc.text and "<" not in doc.text
