"""Reading an article: blocks, title, section, dateline, agencies, sentences, inputs and errors."""
from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chrono import lang
from chrono.reader.agencies import parse_agency_line
from chrono.reader.blocks import BLOCK_KINDS, line_kind
from chrono.reader.dateline import FOREIGN_DATELINE_EXAMPLES, parse_date, parse_dateline
from chrono.reader.document import parse_text, read_document

READING = lang.get("en").reading
MARKERS, AGENCY_EXAMPLES, DATELINE_EXAMPLES = (READING.markers, READING.agencies.examples,
                                               READING.datelines.examples)
from chrono.errors import InputError
from timing import best_of_three  # noqa: E402 - tests/timing.py

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EXAMPLE = SHARED / "articles" / "dw-raqqa-2017-10-14.txt"
GOLD = SHARED / "gold" / "dw-raqqa-2017-10-14.json"
DATA = Path(__file__).resolve().parent / "data" / "articles"


def needs_shared():
    if not EXAMPLE.exists() or not GOLD.exists():
        pytest.skip(f"shared example article not found at {EXAMPLE} (the shared/ folder beside the project)")


def kinds(doc) -> list[tuple[str, str]]:
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


def kind_of(doc, line: str) -> str:
    found = [b.kind for b in doc.blocks if doc.text[b.start:b.end] == line]
    assert found, f"no block is exactly {line!r}: {kinds(doc)}"
    return found[0]


def sentence_texts(doc) -> list[str]:
    return [doc.text[s.start:s.end] for s in doc.sentences]


def check_spans(doc) -> None:
    """Blocks cover every non-blank line in order; sentences lie inside body/heading blocks."""
    n = len(doc.text)
    last = 0
    for b in doc.blocks:
        assert last <= b.start < b.end <= n and b.kind in BLOCK_KINDS
        assert not doc.text[b.start].isspace() and not doc.text[b.end - 1].isspace()
        last = b.end
    covered = set()
    for b in doc.blocks:
        covered.update(range(b.start, b.end))
    assert all(doc.text[i].isspace() for i in range(n) if i not in covered)
    for s in doc.sentences:
        assert 0 <= s.start < s.end <= n
        assert any(b.start <= s.start and s.end <= b.end and b.kind in ("body", "lead", "heading")
                   for b in doc.blocks)


# -- lexicons and parsers as data ------------------------------------------------------------------

@pytest.mark.parametrize("kind, example", [(m.kind, e) for m in MARKERS for e in m.examples])
def test_marker_examples(kind, example):
    assert line_kind(example) == kind


@pytest.mark.parametrize("line, expected", DATELINE_EXAMPLES, ids=[e[0] for e in DATELINE_EXAMPLES])
def test_dateline_examples(line, expected):
    found = parse_dateline(line)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("line, expected", AGENCY_EXAMPLES, ids=[e[0] for e in AGENCY_EXAMPLES])
def test_agency_examples(line, expected):
    assert parse_agency_line(line) == expected


@pytest.mark.parametrize("line", [
    "Kurdish forces took the city (with help from Reuters) on Friday.",
    "(The report was delayed.)",
    "- Home",
    "Reuters reported the deal on Saturday.",
])
def test_not_agency_lines(line):
    assert parse_agency_line(line) is None


@pytest.mark.parametrize("line, rank", [
    ("Published: October 13, 2017", 0), ("Posted on 13.10.2017", 0), ("October 13, 2017", 1),
    ("Updated: Oct 14, 2017 08:00 GMT", 2), ("Last updated on 14 October 2017", 2),
])
def test_dateline_ranks(line, rank):
    assert parse_dateline(line)[1] == rank


@pytest.mark.parametrize("text", ["", "1" * 500, "31.02.2017", "2017-13-01", "May", "Oct. 14", "14 October",
                                  "0.0.0000", "99/99/9999"])
def test_parse_date_refuses(text):
    assert parse_date(text) is None


# -- the example article -----------------------------------------------------------------------------

def test_example_article_document():
    needs_shared()
    doc = read_document(EXAMPLE)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["document"]
    assert doc.title == gold["title"] == "IS facing imminent collapse in Syria's Raqqa"
    assert doc.published == date(2017, 10, 14)
    assert doc.section == gold["section"] == "Politics"
    assert list(doc.agencies) == gold["agencies"] == ["Reuters", "AP", "dpa"]
    assert doc.text == EXAMPLE.read_bytes().decode("utf-8")          # offsets refer to the file
    assert doc.encoding == "utf-8" and doc.id == "dw-raqqa-2017-10-14" and doc.path == str(EXAMPLE)
    check_spans(doc)


def test_example_article_no_body_in_not_events():
    needs_shared()
    doc = read_document(EXAMPLE)
    not_events = json.loads(GOLD.read_text(encoding="utf-8"))["not_events"]
    for span in list(doc.body_spans()) + [s for s in doc.sentences]:
        for bad in not_events:
            assert span.end <= bad["start"] or bad["end"] <= span.start, (doc.text[span.start:span.end], bad)


def test_example_article_block_kinds():
    needs_shared()
    doc = read_document(EXAMPLE)
    assert kind_of(doc, "1. Skip to content") == "navigation"
    assert kind_of(doc, "Politics") == "section"
    assert kind_of(doc, "October 14, 2017") == "dateline"
    assert kind_of(doc, "SDF forces fight Islamic State in Raqqa in 2017") == "caption"
    assert kind_of(doc, "Image: picture alliance/dpa/Le Pictorium/MAXPPP/C. Huby") == "credit"
    assert kind_of(doc, "IS stronghold since 2014") == "heading"
    assert kind_of(doc, "Kurdish YPG in\u00a0Syrian SDF alliance") == "heading"
    assert kind_of(doc, "cw/amp/jm (Reuters, AP, dpa)") == "agencies"
    assert kind_of(doc, "DW's Top Story") == "navigation"
    assert [k for k, t in kinds(doc) if t.startswith("Read more:")] == ["readmore"]
    assert sum(1 for b in doc.blocks if b.kind == "body") >= 18
    sents = sentence_texts(doc)
    assert ("A spokesman for the US-led coalition, Colonel Ryan Dillon, said that around 100 IS militants had "
            "already surrendered and been \"removed\" from the city since Friday.") in sents
    assert "IS stronghold since 2014" in sents
    assert any(s.startswith("Today or tomorrow the city may be liberated,\" YPG spokesman") for s in sents)


def _example_variants(tmp_path: Path, text: str) -> dict[str, Path]:
    out = {}
    for name, data in {
        "utf-8": text.encode("utf-8"),
        "cp1252": text.encode("cp1252"),
        "latin-1": text.encode("latin-1"),
        "utf-8-sig": text.encode("utf-8-sig"),
        "crlf": text.replace("\n", "\r\n").encode("utf-8"),
        "crlf-cp1252": text.replace("\n", "\r\n").encode("cp1252"),
        "utf-16": text.encode("utf-16"),
    }.items():
        path = tmp_path / f"article-{name}.txt"
        path.write_bytes(data)
        out[name] = path
    return out


def _same_reading(docs: dict) -> None:
    base = docs["utf-8"]
    for name, doc in docs.items():
        assert (doc.title, doc.published, doc.section, doc.agencies) == \
            (base.title, base.published, base.section, base.agencies), name
        assert [b.kind for b in doc.blocks] == [b.kind for b in base.blocks], name
        assert [t.replace("\r", "") for t in sentence_texts(doc)] == sentence_texts(base), name
        check_spans(doc)


def test_example_in_every_encoding(tmp_path):
    needs_shared()
    docs = {name: read_document(path) for name, path in
            _example_variants(tmp_path, EXAMPLE.read_text(encoding="utf-8")).items()}
    _same_reading(docs)
    assert docs["utf-8-sig"].encoding == "utf-8-sig"
    assert docs["utf-8-sig"].text == docs["utf-8"].text                      # BOM not part of the text
    assert "\r\n" in docs["crlf"].text                                       # CRLF kept as is
    assert docs["cp1252"].encoding in ("cp1252", "latin-1", "iso8859-15")


def test_fixture_with_curly_quotes_in_every_encoding(tmp_path):
    text = (DATA / "wire-kirkuk.txt").read_text(encoding="utf-8")
    text = text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-")  # Latin-1 has no curly quotes
    docs = {name: read_document(path) for name, path in _example_variants(tmp_path, text).items()}
    _same_reading(docs)
    curly = tmp_path / "curly.txt"
    curly.write_bytes((DATA / "wire-kirkuk.txt").read_text(encoding="utf-8").encode("cp1252"))
    doc = read_document(curly)
    assert doc.encoding == "cp1252" and "\u201cWe will restore order by tomorrow,\u201d he said." in sentence_texts(doc)


# -- another layout: breadcrumbs, byline with date, wire dateline, related lists ----------------------

def test_wire_fixture():
    doc = read_document(DATA / "wire-kirkuk.txt")
    assert doc.title == "Iraqi forces enter Kirkuk as Kurds pull back"
    assert doc.section == "Middle East"
    assert doc.published == date(2017, 10, 16)
    assert doc.agencies == ("Reuters",)
    assert kind_of(doc, "Iraqi soldiers drive past a checkpoint in Kirkuk") == "caption"
    assert kind_of(doc, "Photo: Reuters/Ako Rasheed") == "credit"
    assert kind_of(doc, "Related: Kurdish referendum sparks crisis") == "readmore"
    assert kind_of(doc, "Kurdish withdrawal") == "heading"
    assert kind_of(doc, "Reporting by Jane Doe; Editing by John Roe") == "boilerplate"
    assert kind_of(doc, "Turkey closes border crossing with Kurdish region") == "navigation"
    sents = sentence_texts(doc)
    assert "Lt. Col. Ahmed Hassan said the U.S. was informed in advance." in sents
    assert "They said talks had failed on Oct. 13 after two weeks." in sents
    assert "Oil prices rose 1.5 percent on the news." in sents
    check_spans(doc)


# -- cases of their own ------------------------------------------------------------------------------

def doc_of(*lines: str, **kw):
    return parse_text("\n\n".join(lines) + "\n", **kw)


BODY = "The army said on Friday that the offensive had started, officials confirmed."


def test_caption_is_a_short_line_followed_by_a_credit():
    doc = parse_text(f"Kurds win the battle of Raqqa\n\n{BODY}\n\nFighters rest in a ruined street\n"
                     f"Photo: AFP/Delil Souleiman\n\n{BODY}\n")
    assert kind_of(doc, "Fighters rest in a ruined street") == "caption"
    assert kind_of(doc, "Photo: AFP/Delil Souleiman") == "credit"


def test_caption_with_a_period_directly_above_a_credit():
    doc = parse_text(f"Kurds win the battle of Raqqa\n\n{BODY}\n\nFighters rest in a ruined street on Friday.\n"
                     f"Image: Getty Images/J. Moore\n\n{BODY}\n")
    assert kind_of(doc, "Fighters rest in a ruined street on Friday.") == "caption"
    assert len(doc.body_spans()) == 2


def test_heading_has_no_credit_after_it():
    doc = doc_of("Kurds win the battle of Raqqa", BODY, "A long siege ends", BODY)
    assert kind_of(doc, "A long siege ends") == "heading"
    assert "A long siege ends" in sentence_texts(doc)
    assert [s.kind for s in doc.sentences].count("heading") == 1


@pytest.mark.parametrize("line, kind", [
    ("Photo: Kurdish fighters rest near the stadium in Raqqa after the battle", "caption"),
    ("Fighters rest near the stadium (Photo: Reuters)", "caption"),
    ("(c) picture-alliance/dpa", "credit"),
    ("\u00a9 2017 Reuters. All rights reserved.", "boilerplate"),
    ("REUTERS/Rodi Said", "credit"),
    ("Read more: Raqqa's long road to liberation", "readmore"),
    ("READ MORE: Raqqa's long road", "readmore"),
    ("dj/sms (dpa, AFP)", "agencies"),
    ("(Reuters, AFP)", "agencies"),
    ("-- AFP", "agencies"),
    ("Skip next section Related content", "navigation"),
    ("By Jane Doe", "byline"),
    ("By Jane Doe, October 14, 2017", "dateline"),
    ("Published: 14.10.2017", "dateline"),
    ("Share this article", "boilerplate"),
    ("Kurdish fighters rest in Raqqa. Photograph: Delil Souleiman/AFP/Getty Images", "caption"),
    ("Image caption, Kurds celebrate in Raqqa", "caption"),
    ("Image source, Getty Images", "credit"),
    ("Source: Al Jazeera and news agencies", "agencies"),
    ("By AFP 14 October 2017, 4:32 pm", "dateline"),
    ("First published on Sat 14 Oct 2017 10.32 BST", "dateline"),
    ("Tags: Iraq, Kurds, Raqqa", "navigation"),
    ("Associated Press writer Zeina Karam in Beirut contributed to this report.", "boilerplate"),
    ("Fighters of the SDF celebrate in Raqqa [Erik De Castro/Reuters]", "caption"),
    ("A boy walks past a destroyed building in Raqqa on Tuesday. (AP Photo/Hussein Malla)", "caption"),
    ("Senator Jane Doe speaks during a media briefing after a vote in the Senate, October 31, 2019. (John Smith/Reuters)",
     "caption"),
    ("Moon lander: the company said its lander will be able to carry 100 tons to the moon. Credit: SpaceX", "caption"),
    ("The vote was 52 to 48 (a narrow margin for the bill).", None),
    ("Officials said the credit: a loan of $5 billion, would be repaid.", None),
    ("SOURCE: AL JAZEERA AND NEWS AGENCIES", "agencies"),
    ("October 18, 2017 / 11:32 AM / Updated 2 hours ago", "dateline"),
    ("The army [SAA] retook the town.", None),
    (BODY, None),
])
def test_line_kinds(line, kind):
    assert line_kind(line) == kind


def test_navigation_at_start_and_section_above_title():
    doc = doc_of("Skip to content", "Menu", "World", "Kurds win the battle of Raqqa", "October 14, 2017", BODY)
    assert [b.kind for b in doc.blocks] == ["navigation", "navigation", "section", "title", "dateline", "body"]
    assert doc.section == "World" and doc.title == "Kurds win the battle of Raqqa"


def test_pipe_breadcrumb_is_not_the_title():
    doc = doc_of("News | ISIL/ISIS", "Raqqa: SDF says battle for the city is over", "Published On 17 Oct 2017", BODY)
    assert doc.title == "Raqqa: SDF says battle for the city is over"
    assert doc.published.isoformat() == "2017-10-17"


def test_wire_dateline_with_update_age_and_reading_time():
    doc = doc_of("World News", "October 18, 2017 / 11:32 AM / Updated 2 hours ago",
                 "Iraq's Kurds offer talks as Baghdad tightens grip", "4 Min Read", BODY)
    assert doc.published.isoformat() == "2017-10-18"
    assert doc.title == "Iraq's Kurds offer talks as Baghdad tightens grip"


def test_unknown_short_lines_above_the_title_are_navigation():
    doc = doc_of("Europe", "Germany", "Middle East", "Kurds win the battle of Raqqa", BODY)
    assert [b.kind for b in doc.blocks] == ["navigation", "navigation", "section", "title", "body"]
    assert doc.section == "Middle East"


def test_other_stories_after_the_article_are_navigation():
    doc = doc_of("Kurds win the battle of Raqqa", BODY, "ap/rc (AP, AFP)", "Top stories",
                 "Iraq retakes Mosul from Islamic State", "Kurds vote for independence in a referendum.")
    assert doc.agencies == ("AP", "AFP")
    assert [b.kind for b in doc.blocks][2:] == ["agencies", "navigation", "navigation", "navigation"]
    assert len(doc.body_spans()) == 1


def test_more_stories_marker_ends_the_article_without_agency_line():
    doc = doc_of("Kurds win the battle of Raqqa", BODY, "More stories", "Teaser of another story with a period.")
    assert [b.kind for b in doc.blocks] == ["title", "body", "navigation", "navigation"]


def test_no_title_and_no_date():
    doc = parse_text(BODY + " " + BODY)
    assert doc.title is None and doc.published is None and doc.section is None
    assert [b.kind for b in doc.blocks] == ["body"] and len(doc.sentences) == 2


def test_overrides():
    doc = doc_of("Kurds win the battle of Raqqa", "October 14, 2017", BODY,
                 published=date(2017, 10, 15), title="Raqqa", doc_id="raqqa")
    assert (doc.published, doc.title, doc.id) == (date(2017, 10, 15), "Raqqa", "raqqa")
    assert kind_of(doc, "Kurds win the battle of Raqqa") == "title"


def test_best_dateline_is_the_publication_date():
    doc = doc_of("Kurds win the battle of Raqqa", "Updated: October 15, 2017", "Published: October 14, 2017", BODY)
    assert doc.published == date(2017, 10, 14)


def test_agency_byline_gives_agency():
    doc = doc_of("By AFP | 14 October 2017", "Kurds win the battle of Raqqa today", BODY)
    assert doc.agencies == ("AFP",) and doc.published == date(2017, 10, 14)


def test_wire_dateline_gives_agency():
    doc = doc_of("Kurds win the battle of Raqqa", "BEIRUT (AFP) - " + BODY)
    assert doc.agencies == ("AFP",)


def test_short_label_over_the_title_is_a_section():
    doc = doc_of("The long read", "How Mosul fell – and how it was won back", "Sat 15 Jul 2017 06.00 BST", BODY)
    assert doc.title == "How Mosul fell – and how it was won back" and doc.section == "The long read"
    doc = doc_of("Raqqa falls to SDF", "14 October 2017", BODY)
    assert doc.title == "Raqqa falls to SDF"


def test_hard_wrapped_paragraph_is_one_block():
    doc = parse_text("Kurds win the battle of Raqqa\n\nThe army said on Friday that the\noffensive had "
                     "started. Officials\nconfirmed it on Saturday.\n")
    assert [b.kind for b in doc.blocks] == ["title", "body"]
    assert sentence_texts(doc) == ["The army said on Friday that the\noffensive had started.",
                                   "Officials\nconfirmed it on Saturday."]


def test_text_is_kept_exactly():
    text = "\u00a0Kurds win the battle of Raqqa  \r\n\r\nOctober 14, 2017\r\n\r\n" + BODY + "\u00a0\r\n"
    doc = parse_text(text)
    assert doc.text == text and doc.title == "Kurds win the battle of Raqqa"
    assert doc.published == date(2017, 10, 14)
    assert sentence_texts(doc) == [BODY]
    check_spans(doc)


def test_ids():
    assert parse_text(BODY, path="/x/raqqa.txt").id == "raqqa"
    assert parse_text(BODY, path="-").id == "stdin"
    assert parse_text(BODY).id == parse_text(BODY).id != parse_text(BODY + " More.").id


# -- inputs ------------------------------------------------------------------------------------------

def test_html_page():
    doc = read_document(DATA / "wire-mosul.html")
    assert doc.title == "Iraqi forces retake Mosul old city"
    assert doc.published == date(2017, 7, 9)
    assert doc.section == "World"
    assert doc.agencies == ("AP",)
    assert "not text" not in doc.text and "Home" not in doc.text and "Copyright" not in doc.text
    assert "Related: Read our other story." not in doc.text                 # <aside>
    assert "Iraqi soldiers near the Grand al-Nuri Mosque" not in doc.text                # <figcaption>
    assert kind_of(doc, "Fighting continues") == "heading"
    assert "Gen. Abdul-Amir Yarallah announced the victory." in sentence_texts(doc)
    assert "\n\n" in doc.text
    check_spans(doc)


def test_html_from_bytes_without_suffix_and_declared_charset():
    page = ('<html><head><meta charset="windows-1252"><title>Caf\u00e9 talks fail in Beirut - Site</title>'
            '</head><body><p>Talks at the caf\u00e9 failed on Friday, officials said.</p>'
            '<p>Published: 13 October 2017</p></body></html>').encode("cp1252")
    doc = read_document(page)
    assert doc.title == "Caf\u00e9 talks fail in Beirut"
    assert doc.published == date(2017, 10, 13)
    assert doc.encoding == "cp1252"
    assert doc.text.startswith("Caf\u00e9 talks fail in Beirut\n\n")


def test_html_without_text_is_refused():
    with pytest.raises(InputError, match="web page without article text"):
        read_document(b"<html><head><script>x()</script></head><body><nav>Home</nav></body></html>")


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(
        ("Kurds win the battle of Raqqa\n\nOctober 14, 2017\n\n" + BODY + "\n").encode("cp1252"))))
    doc = read_document("-")
    assert (doc.path, doc.id, doc.title, doc.published) == ("-", "stdin", "Kurds win the battle of Raqqa",
                                                            date(2017, 10, 14))


def test_bytes_source():
    doc = read_document(("Kurds win the battle of Raqqa\n\n" + BODY).encode("utf-8"), doc_id="x")
    assert doc.path is None and doc.id == "x" and doc.title == "Kurds win the battle of Raqqa"


# -- errors ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("content, words", [
    (b"", "is empty"),
    (b"   \n\n\t  \r\n", "only whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
    (b"%PDF-1.4\n%\xe2\xe3", "PDF document"),
    (b"PK\x03\x04\x14\x00\x06\x00", "ZIP"),
    (b"text\x00with\x00nul", "NUL bytes"),
    (bytes(range(1, 32)) * 20, "readable text"),
])
def test_bad_files(tmp_path, content, words):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as err:
        read_document(path)
    assert words in str(err.value) and str(path) in str(err.value) and "\n" not in str(err.value)


def test_missing_folder_and_too_large(tmp_path, monkeypatch):
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_document(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"A sentence of text. " * 100)
    with pytest.raises(InputError, match="CHRONO_MAX_BYTES"):
        read_document(big, max_bytes=100)
    monkeypatch.setenv("CHRONO_MAX_BYTES", "100")
    with pytest.raises(InputError, match="limit of 100 bytes"):
        read_document(big)


# -- hostile input -----------------------------------------------------------------------------------

@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600) | st.text(max_size=400).map(lambda s: s.encode("utf-8", "surrogatepass"))
       | st.text(max_size=200).map(lambda s: ("<html><body><p>" + s).encode("utf-8", "surrogatepass")))
def test_arbitrary_bytes_give_a_document_or_input_error(data):
    try:
        doc = read_document(data)
    except InputError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    check_spans(doc)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(list("aZ1 .,:/|()-\n\u00a0\"") + ["Skip ", "Photo: ", "Oct. 14, 2017", "(AP)",
                                                                  "Read more:", "\n\n", "cw/ab (AP)", "By "]),
                max_size=80).map("".join) | st.text(max_size=300))
def test_arbitrary_text(text):
    doc = parse_text(text)
    check_spans(doc)
    assert doc.text == text


@pytest.mark.parametrize("unit", [
    "1", "1.2.", "Oct. 14, 2017 ", "((((", "Skip to content\n", "a > ", "x.\n\n", "U.S. ", "Short line\n",
    "Photo: x/y\n", "October 14, 2017\n", "cw/", "-- ", ", , ", "\u00a0",
])
def test_reader_time_is_linear(unit):
    def cost(n: int) -> float:
        text = "Kurds win the battle of Raqqa\n\n" + unit * (n // len(unit)) + "\nend."
        return best_of_three(lambda: parse_text(text))
    small, large = cost(20_000), cost(200_000)
    assert large < 40 * max(small, 2e-3), (unit, small, large)


@pytest.mark.parametrize("unit", ["<p>a", "<", "<!--", '<a href="x" ', "<div>", "</div>", "<h1>x"])
def test_html_reader_time_is_linear(unit):
    def read(data: bytes) -> None:
        try:
            read_document(data)
        except InputError:
            pass

    def cost(n: int) -> float:
        data = ("<html><body><p>Kurds win the battle of Raqqa</p>" + unit * (n // len(unit))).encode()
        return best_of_three(lambda: read(data))
    small, large = cost(10_000), cost(100_000)
    assert large < 40 * max(small, 2e-3), (unit, small, large)


@pytest.mark.parametrize("line,expected", FOREIGN_DATELINE_EXAMPLES)
def test_datelines_in_other_languages_are_read_by_dateparser(line, expected):
    doc = parse_text(f"Rebels take the town\n\n{line}\n\nRebels took the town on Friday, officials said.\n")
    assert doc.published == expected
