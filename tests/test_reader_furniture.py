"""Page furniture inside and around the article (issue 12): pop-up cards on linked names, a tool
bar under the headline, the page's address over the text, and timeline lines led by a date."""
from __future__ import annotations

import pytest

import chrono
from chrono.reader.blocks import classify
from chrono.reader.dateline import date_led
from chrono.reader.document import parse_text
from chrono.reader.lynx import drop_cards, read_links

CARD_HTML = """<html><head><title>Man pleads guilty</title></head><body><article>
<h1>Man pleads guilty to threatening a congresswoman</h1>
<ul><li>Order Reprints</li><li>Print Article</li></ul>
<p>https://example.com/news/man-pleads-guilty</p>
<p>A man pleaded guilty to charges he threatened to kill Rep. <span class="r"><a href="/people/jane-roe">Jane
Roe</a><span class="card"><span><img src="/roe.jpg"><a href="/people/jane-roe">Jane Roe</a><a href="/a/1">Budget
talks stall over surveillance rider</a> <a href="/a/2">Roe asks court for compassion</a> <a
href="/people/jane-roe">MORE</a></span></span></span> (D-Minn.), the prosecutor's office announced on Monday.
The man, who lives in the north of the state, had called her office in March and made a threat.</p>
<p>His lawyer said that her client did not intend to cause any harm and that he had made no plans to do so,
and that he regretted the call he had made to the office of the congresswoman that day.</p>
<p>He will be sentenced in February, when he faces up to ten years in prison and a large fine for the call.</p>
</article></body></html>"""


def _kinds(doc):
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


def test_a_pop_up_card_on_a_linked_name_is_not_in_the_sentence(tmp_path):
    pytest.importorskip("trafilatura")
    path = tmp_path / "card.html"
    path.write_text(CARD_HTML, encoding="utf-8")
    doc = chrono.read(str(path))
    body = " ".join(t for k, t in _kinds(doc) if k == "body")
    assert "Rep. Jane Roe (D-Minn.), the prosecutor" in " ".join(body.split())
    assert "Budget talks" not in body and "MORE" not in body


def test_the_tool_bar_and_the_page_address_under_the_headline_are_not_body(tmp_path):
    pytest.importorskip("trafilatura")
    path = tmp_path / "card.html"
    path.write_text(CARD_HTML, encoding="utf-8")
    kinds = dict((t, k) for k, t in _kinds(chrono.read(str(path))))
    assert kinds.get("Order Reprints") == "navigation" and kinds.get("Print Article") == "navigation"
    assert kinds.get("https://example.com/news/man-pleads-guilty") == "boilerplate"


def test_a_dump_s_pop_up_card_is_cut_by_its_links():
    links = {139: "file:///people/ilhan-omar", 140: "file:///people/ilhan-omar", 141: "file:///a/1",
             142: "file:///a/2", 143: "file:///people/ilhan-omar", 144: "https://justice.gov/pr"}
    line = ("threatened to kill Rep. [139]Ilhan Omar [140]Ilhan Omar[141]Hillicon Valley: Progressives oppose "
            "funding bill [142]Omar asks court [143]MORE (D-Minn.), the office [144]announced Monday.")
    assert drop_cards(line, links) == "threatened to kill Rep. [139]Ilhan Omar (D-Minn.), the office [144]announced Monday."
    plain = "He met [1]Jane Roe and [2]John Doe and [3]Jane Roe again."
    assert drop_cards(plain, {1: "/p/roe", 2: "/p/doe", 3: "/p/roe"}) == plain


def test_read_links_drops_the_card():
    dump = ("   Rep. [1]Jane Roe [2]Jane Roe[3]Budget talks stall[4]MORE (D-Minn.) said no.\n\n"
            "References\n\n   1. file:///people/roe\n   2. file:///people/roe\n   3. file:///a/1\n"
            "   4. file:///people/roe\n")
    assert read_links(dump).text.startswith("   Rep. Jane Roe (D-Minn.) said no.")


@pytest.mark.parametrize("line, led", [
    ("March 3, 2019: Globex makes its first offer", True),
    ("April 2019 - Acme's board rejects the bid", True),
    ("June 12: Shareholders vote on the merger", True),
    ("2020 \u2013 The deal closes", True),
    ("February 1, 2019 | BY: Ilana Muhlstein, MS, RDN", False),
    ("November 20, 2019 Emiliano Bellini", False),
    ("2019 Boys State Swim Results", False),
    ("Who is who: the new cabinet", False),
])
def test_date_led(line, led):
    assert date_led(line, "en") is led


def test_a_text_file_s_timeline_lines_are_body_each_its_own():
    text = ("Timeline of the Acme takeover\n\n"
            "The takeover of Acme by Globex took most of a year, as the companies said on Monday in a joint "
            "statement to investors and staff.\n\n"
            "March 3, 2019: Globex makes its first offer\nApril 2019 - Acme's board rejects the bid\n"
            "June 12: Shareholders vote on the merger\n2020 \u2013 The deal closes\n\n"
            "The merged company will be based in Chicago, the statement said, and will keep both brands.\n")
    blocks, _, _ = classify(text, language="en")
    kinds = {text[b.start:b.end]: b.kind for b in blocks}
    for line in ("March 3, 2019: Globex makes its first offer", "2020 \u2013 The deal closes",
                 "June 12: Shareholders vote on the merger"):
        assert kinds.get(line) == "body", (line, kinds)


def test_a_story_opening_with_one_sentence_paragraphs_keeps_them_and_its_headline():
    menu = "".join(f"* {w}\n" for w in ("Home", "News", "Sport", "Weather", "Business", "Tech", "Science"))
    share = "".join(f"+ {w}\nShare this with {w}\n" for w in ("Email", "Facebook", "Messenger", "Twitter",
                                                                 "Pinterest", "WhatsApp", "LinkedIn"))
    text = (menu + "\nNewsbeat\n\nSinger is allowed to play her music at the awards after all\n\n* 19 November 2019\n\n"
            + share + "(BUTTON) Close share panel\n\n"
            "A row involving the singer and her former record label looks like it's coming to an end.\n\n"
            "The group that owns most of her music says she will be allowed to play her old tracks on Sunday.\n\n"
            "She got high profile support last week, after accusing them of trying to stop her performing.\n\n"
            "Report\n\n"
            "Her first six albums were released through the label, which was bought out by a company owned by a "
            "talent manager earlier this year, and she said at the time that this was the worst case for her.\n\n"
            "In a post at the time she described this as the worst case scenario and accused him of years of "
            "bullying, and he has always denied being unfair to her in any of the talks they had had.\n")
    doc = parse_text(text)
    kinds = {doc.text[b.start:b.end]: b.kind for b in doc.blocks}
    assert doc.title == "Singer is allowed to play her music at the awards after all"
    assert kinds["She got high profile support last week, after accusing them of trying to stop her performing."] == "body"


def test_a_headline_read_as_the_text_s_first_line_is_still_the_title():
    menu = "".join(f"     * {w}\n" for w in ("Home", "News", "Sport", "Finance", "Travel", "World", "Weather"))
    title = "Hong Kong chaos: China deploys troops and warns protesters that surrender is the only option"
    text = ("   Apps Puzzles Horoscopes Discounts Shop Paper\n" + menu + "\n" + " " * 60 + title + "\n\n"
            "   China has sent troops to Hong Kong in a bid to restore order following the months of violent "
            "riots, warnings that protesters inside the university had no option but to surrender.\n\n"
            "   By Laura Mowat\n\n"
            "   This comes after police said the protesters inside the university in Hong Kong had no option but "
            "to surrender, as the troops from China were seen clearing the streets near the campus.\n")
    assert parse_text(text).title == title


def test_the_first_line_of_a_hard_wrapped_paragraph_is_not_taken_for_the_headline():
    text = ("Protests spread to several cities of the country\n\n"
            "Hundreds of thousands of people protest in Yemen against the regime\n"
            "of the president on Friday, in the capital and in several other cities of the\n"
            "country, where the police had been deployed since the morning of that day.\n\n"
            "The protesters, who had gathered after the prayers, asked for the departure of the\n"
            "president, who has been in power for more than thirty years, and for new elections.\n")
    assert parse_text(text).title == "Protests spread to several cities of the country"
