"""Text a page sets inside or after its article that reads like prose and is not the article's
(issue 11, furniture on fresh pages): pull quotes, embedded posts, notes on the author and the site
closing the page, a Reuters caption, a teaser in a list of links, an article split into containers."""
from __future__ import annotations

import pytest

from chrono import lang
from chrono.lang.en.reading import READING
from chrono.reader import furniture
from chrono.reader.blocks import line_kind
from chrono.reader.document import parse_text

TITLE = "Congress wants NASA to fly its big rocket more often"
P1 = ("   Some members of Congress have suggested that NASA is not using its big rocket enough, relying too much "
      "on commercial vehicles for the missions of its lunar program, and said so at a hearing last week.\n")
P2 = ("   “If you don’t have a big booster, you’re not going to make it,” he said at the hearing on Wednesday. "
      "“You have to have a big shroud, and the rocket has to carry the crew and the lander in one launch.”\n")
P3 = ("   The agency says it will need more money in the next fiscal year to keep its schedule, and neither the "
      "House nor the Senate has yet provided all of the money it asked for in its budget amendment in May.\n")
PULL = "   “If you don’t have a big booster, you’re not going to make it,” Stafford said of the Moon.\n"
MENU = "".join(f"     * {w}\n" for w in ("Home", "Science", "Space", "Business", "Opinion", "Video"))


def _kinds(doc) -> dict[str, str]:
    return {doc.text[b.start:b.end]: b.kind for b in doc.blocks}


def _sentences(doc) -> str:
    return " ".join(doc.text[s.start:s.end] for s in doc.sentences)


def test_a_pull_quote_is_not_a_sentence_of_the_article():
    doc = parse_text(MENU + f"\n   {TITLE}\n\n" + P1 + "\n" + PULL + "\n" + P2 + "\n" + P3)
    assert _kinds(doc)[PULL.strip()] == "embed"
    assert "Stafford said of the Moon" not in _sentences(doc) and "big shroud" in _sentences(doc)


def test_a_line_said_twice_word_for_word_is_not_a_pull_quote():
    assert furniture.pull_quotes([P1, P1, P3], ["body"] * 3) == []


def test_an_embedded_post_is_not_the_article_text():
    post = ("     Yes this is real and the state spent half a million dollars on it: https://t.co/Nc0nKoXGBP\n"
            "     \u2014 Dianna Anderson (@diannaeanderson) November 18, 2019\n")
    lines = "     on. meth. dot. com.\n     we\u2019re. on. it.\n     \u2014 tall glass (@_orabora) November 19, 2019\n"
    doc = parse_text(MENU + f"\n   {TITLE}\n\n" + P1 + "\n" + post + "\n" + P2 + "\n" + lines + "\n" + P3)
    kinds = _kinds(doc)
    assert {k for t, k in kinds.items() if "@" in t or "meth" in t or "t.co" in t} == {"embed"}
    assert "half a million" not in _sentences(doc) and "fiscal year" in _sentences(doc)


def test_a_line_ending_in_a_posts_picture_is_the_post():
    texts = ["A story line of the article, long enough to be one.", "We're on it. pic.twitter.com/KQLpngeTbO"]
    assert furniture.posts(texts, ["body", "body"]) == [1]


@pytest.mark.parametrize("line, note", READING.note_examples, ids=[e[0][:30] for e in READING.note_examples])
def test_note_examples(line, note):
    assert furniture.is_note(line, furniture.site_keys(["https://www.example.com/story/1"]), "en") == note


def test_site_keys():
    assert furniture.site_keys(["https://www.thespacereview.com/article/3834/1", "The Space Review", "bbc.co.uk",
                                None, "WIRED"]) == {"thespacereview", "bbc", "wired"}
    links = ("https://www.wired.com/a", "https://www.wired.com/b", "https://twitter.com/x")
    assert furniture.main_site(links) == "www.wired.com"


BIO = "   Jeff Foust (jeff@example.com) is the editor and publisher of The Example Review, and a senior writer.\n"
SITE = "   Example is where tomorrow is realized. It is the essential source of information and ideas.\n"
REFS = ("\nReferences\n\n   1. https://www.example.com/\n   2. https://www.example.com/space\n"
        "   3. https://www.example.com/about\n")


def test_notes_on_the_author_and_the_site_close_the_page():
    doc = parse_text(MENU + f"\n   {TITLE}\n\n" + P1 + "\n" + P2 + "\n" + P3 + "\n   Subscribe\n\n" + BIO + "\n"
                     + "   Comments\n\n" + SITE + REFS)
    kinds = _kinds(doc)
    assert kinds[BIO.strip()] == kinds[SITE.strip()] == "boilerplate"
    assert "editor and publisher" not in _sentences(doc) and "tomorrow" not in _sentences(doc)


def test_a_line_on_a_journalist_inside_the_article_stays():
    inside = "   Maria Ressa is a journalist who founded the news site in 2012 and was arrested in February.\n"
    doc = parse_text(MENU + f"\n   {TITLE}\n\n" + P1 + "\n" + inside + "\n" + P2 + "\n" + P3)
    assert _kinds(doc)[inside.strip()] == "body"


def test_a_reuters_caption_with_its_credit_inside():
    line = ("FILE PHOTO: The WeWork logo is displayed outside of a co-working space in New York City, New York "
            "U.S., January 8, 2019. REUTERS/Brendan McDermid/File Photo The WeWork logo is displayed.")
    assert line_kind(line) == "caption"
    assert line_kind(line.replace("FILE PHOTO: ", "")) == "caption"
    assert line_kind("A Reuters/Ipsos poll found that most voters in New York backed the plan in January.") is None


def test_a_long_teaser_in_a_list_of_links_is_the_list():
    links = "".join(f"     * The strange life and death of story number {n}\n" for n in range(5))
    teaser = ("     * Want the best tools to get healthy? Check out our team's picks for the best fitness trackers, "
              "running gear and headphones.\n")
    after = ("   Our magazine covers the way technology is changing every aspect of our lives, from culture to "
             "business and from science to design, with the stories of the people who make it happen. What we "
             "find leads to new ways of thinking, new connections and new industries, and it is all here.\n\n"
             "   Readers who want more of it can have the week's best stories in their mail every Friday, with "
             "the letters of the editors and the picks of the team, and can cancel at any time from the page.\n")
    doc = parse_text(MENU + f"\n   {TITLE}\n\n" + P1 + "\n" + P2 + "\n" + P3 + "\n   More Great Stories\n"
                     + links + teaser + "\n" + after)
    assert "fitness trackers" not in _sentences(doc)


PAGE = """<html><head><title>{title}</title></head><body><article><h1>{title}</h1>
<div class="article__body"><p>{p1}</p><p>{p2}</p></div>
<div class="ad"><span>Advertisement</span></div>
<div class="article__body"><p>{p3}</p><aside aria-hidden="true"><p>{pull}</p></aside><p>{p4}</p></div>
</article></body></html>"""


def test_an_article_split_into_containers_is_read_whole():
    from lxml import html as lxml_html

    from chrono.reader.continued import continuation

    p4 = "The companies have not disclosed how many of their rockets the lander would need to fly to the Moon."
    page = PAGE.format(title=TITLE, p1=P1.strip(), p2=P2.strip(), p3=P3.strip(), pull=PULL.strip(), p4=p4)
    tree = lxml_html.fromstring(page)
    found = continuation(tree, P2.strip(), {P1.strip(), P2.strip()})
    assert found == [(P3.strip(), "p"), (p4, "p")]
    assert continuation(tree, p4, {P1.strip(), P2.strip(), P3.strip(), p4}) == []   # nothing after the last


def test_a_one_sentence_line_a_paragraph_above_a_credit_is_its_caption():
    caption = "   Hanwha Q Cells was reportedly the largest cell maker at the end of 2017, with 3.7 GW of capacity.\n"
    doc = parse_text(MENU + f"\n   {TITLE}\n\n" + caption + "\n   Image: Hanwha Q cells\n\n" + P1 + "\n" + P2 + "\n" + P3)
    assert _kinds(doc)[caption.strip()] == "caption"
    assert "largest cell maker" not in _sentences(doc)


def test_a_caption_paragraph_of_a_web_page_is_a_caption():
    from chrono.reader.page import _kind_of

    line = ("The core stage of the first rocket at the assembly facility after the installation in early November "
            "of its four engines. (credit: NASA/Jude Guidry)")
    assert _kind_of(line, "p", lang.of("en")) == "caption"


def test_a_pictures_caption_between_the_headline_and_the_byline():
    caption = ("   Kristi Noem, governor of South Dakota, pictured at the White House in 2018, when she was a "
               "congresswoman. Her new campaign is raising eyebrows.\n")
    doc = parse_text(MENU + f"\n   {TITLE}\n\n   Alex Wong | Getty Images\n\n" + caption
                     + "\n   By Amy Kuperinsky | NJ Advance Media\n\n" + P1 + "\n" + P2 + "\n" + P3)
    assert _kinds(doc)[caption.strip()] == "caption"
    assert "raising eyebrows" not in _sentences(doc) and "fiscal year" in _sentences(doc)


def test_a_picture_gallery_before_the_last_paragraph_does_not_end_the_article():
    gallery = ("     * Islanders' Nelson puts the winning goal behind the goaltender during the game on Tuesday.\n"
               "   Photo: Gene J. Puskar\n     *\n     *\n     *\n   Image 1 of 1\n   Caption\n   Close\n"
               "   Photo: Gene J. Puskar\n   1 / 1\n   Back to Gallery\n\n")
    note = ("   Note: Garnet Hathaway was ejected for spitting on an opponent, and the winger may have to swallow "
            "more punishment from the league. That carries with it an automatic suspension pending a review.\n")
    doc = parse_text(MENU + f"\n   {TITLE}\n\n" + P1 + "\n" + P2 + "\n" + P3 + "\n" + gallery + note
                     + "\n   Most Popular\n" + MENU)
    assert "automatic suspension" in _sentences(doc)
