"""Round 5 of the reader, on invented pages: a thread of reader comments after a text dump's article
is not its body (each post signed by a date line with a clock time), and a site's name leading the
first paragraph ("Example.Net - ...") is set apart from its first sentence."""
from __future__ import annotations

import pytest

from chrono.reader import furniture
from chrono.reader.document import parse_text

MENU = "".join(f"     * [{k}]{w}\n" for k, w in enumerate(("Home", "Local", "Sports", "Weather", "Opinion",
                                                             "Obituaries", "Contact"), 1))
TITLE = "Harbour bridge to close for repairs after inspectors find cracks"
P1 = ("   The county's harbour bridge will close to traffic for six weeks from Monday after inspectors found "
      "cracks in two of its steel supports, the transport office said on Thursday.\n")
P2 = ("   Drivers will be sent over the old mill road, which the office said would add about twenty minutes "
      "to a crossing at the busiest hours of the morning and the evening.\n")
P3 = ("   The bridge was last repaired in 2009, when a barge struck one of its piers during a storm and "
      "closed the crossing for a month while divers checked the foundations.\n")
COMMENTS = [("riverwatcher says:", "March 3, 2022 at 7:12 am",
             "About time they looked at it. The thing has been shaking for years whenever a lorry goes over, "
             "and nobody at the council would listen to those of us who cross it twice a day."),
            ("Ann P. says:", "March 3, 2022 at 8:40 am",
             "The mill road cannot take that much traffic, they closed it twice last winter when it flooded, "
             "and I do not see how the buses are going to get through the village at all."),
            ("commuter42 says:", "March 3, 2022 at 9:05 am",
             "Six weeks means three months, as it always does with this council. I remember the last time, "
             "when they promised a month and we were still waiting for the crossing in the summer."),
            ("oldsalt says:", "March 4, 2022 at 6:58 pm",
             "My father helped build that bridge in 1961 and he always said the supports were the weak point, "
             "so it is no surprise to anyone in our family that they are the first to go.")]


def _dump(comments=COMMENTS, heading: str = "4 responses to “Harbour bridge to close”") -> str:
    posts = "".join(f"    {n}.\n   {who}\n       {when}\n       {what}\n"
                    for n, (who, when, what) in enumerate(comments, 1))
    return (MENU + f"\n{TITLE}\n\n   Posted by Jane Doe on March 3, 2022, 6:21 AM EST\n\n" + P1 + "\n" + P2
            + "\n" + P3 + "\n   [19]Permalink [20]Comments\n\n" + heading + "\n\n" + posts
            + "\nLeave a Reply\n\n   You must be logged in to leave a comment.\n")


def _body(doc) -> str:
    return " ".join(doc.text[b.start:b.end] for b in doc.blocks if b.kind == "body")


def test_reader_comments_after_a_dump_s_article_are_not_its_body():
    doc = parse_text(_dump())
    body = _body(doc)
    assert "inspectors found cracks" in body and "barge struck one of its piers" in body
    for who, _, what in COMMENTS:
        assert what not in body and who not in body
    assert "4 responses" not in body


def test_the_thread_s_stamps_stay_date_lines():
    doc = parse_text(_dump())
    kinds = {doc.text[b.start:b.end].strip(): b.kind for b in doc.blocks}
    assert kinds["March 3, 2022 at 7:12 am"] == "dateline"


def test_two_signed_posts_are_not_a_thread():
    """Two stamps are a date line and an update line as often as posts: the text is left alone."""
    kinds = ["title", "body", "dateline", "body", "dateline", "body"]
    texts = ["A title", "Text.", "May 1, 2020 at 9:00", "One.", "May 1, 2020 at 9:30", "Two."]
    assert furniture.comment_thread(texts, kinds) == []
    assert furniture.comment_thread(texts + ["May 1, 2020 at 10:00", "Three."], kinds + ["dateline", "body"]) \
        == [3, 5, 7]                 # "One." has no short line over its stamp: the article's "Text." stays


def test_a_thread_needs_article_text_before_it():
    texts = ["A title", "May 1, 2020 at 9:00", "Post one.", "May 1, 2020 at 9:30", "Post two.",
             "May 1, 2020 at 10:00", "Post three."]
    assert furniture.comment_thread(texts, ["title"] + ["dateline"] * 6) == []


def test_date_lines_without_a_clock_time_are_not_posts():
    kinds = ["body", "dateline", "body", "dateline", "body", "dateline", "body"]
    texts = ["Text.", "May 1, 2020", "One.", "May 2, 2020", "Two.", "May 3, 2020", "Three."]
    assert furniture.comment_thread(texts, kinds) == []


@pytest.mark.parametrize("lead, rest", [
    ("Example.Net - ", "Verified footage shows the river burst its banks on Sunday."),
    ("Example News – ", "Verified footage shows the river burst its banks on Sunday."),
    ("(ExampleNews) — ", "“We lost everything,” a farmer said on Sunday."),
])
def test_the_site_s_name_leading_the_first_paragraph_is_set_apart(lead, rest):
    text = lead + rest
    cut = furniture.site_lead(text, furniture.site_keys(["https://www.examplenews.com/a/1", "example.net"]))
    assert cut is not None and text[cut[1]:] == rest
    assert text[:cut[0]].strip("( )") == lead.strip("( )-–—")


@pytest.mark.parametrize("text", [
    "Verified footage - shot on Sunday - shows the river burst its banks.",   # no site's name
    "Example said - in a statement - that the river burst its banks.",       # the name is the subject
    "Example.Net: the river burst its banks",                                # not the site's name here
])
def test_other_openings_are_left_alone(text):
    assert furniture.site_lead(text, frozenset({"examplenews"})) is None


def test_a_dump_s_first_paragraph_loses_the_site_s_lead():
    links = "\nReferences\n\n   Visible links:\n" + "".join(
        f"   {k}. https://www.examplenews.com/section/{k}/\n" for k in range(1, 8))
    text = (MENU + f"\n{TITLE}\n\n   March 3, 2022 - 11:28\n\n   ExampleNews.com - " + P1.lstrip()
            + "\n" + P2 + "\n" + P3 + links)
    doc = parse_text(text)
    first = doc.text[doc.sentences[0].start:doc.sentences[0].end]
    assert first.startswith("The county's harbour bridge will close")
    assert doc.title == TITLE


def test_a_box_of_tagged_links_inside_a_web_page_s_text_is_navigation():
    from chrono.reader.document import read_document

    paras = [P1.strip(), P2.strip(), P3.strip()]
    box = ["Council accused of ignoring warnings over second crossing [INSIGHT]",
           "Ferry service to run through the night while the bridge is shut [VIDEO]",
           "Drivers queue for an hour on first morning of the closure [PICTURES]"]
    html = ("<html><body><article><h1>" + TITLE + "</h1>" + f"<p>{paras[0]}</p><p>{paras[1]}</p>"
            + "<p>MUST READ</p>" + "".join(f"<p><a href='/n/{k}'>{t}</a></p>" for k, t in enumerate(box))
            + f"<p>{paras[2]}</p></article></body></html>")
    doc = read_document(html.encode())
    body = [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "body"]
    assert all(p in body for p in paras)
    assert not any(t in body for t in box) and "MUST READ" not in body


def test_one_tagged_line_is_left_in_the_text():
    from chrono.reader.document import read_document

    line = "The office published the inspectors' report on its website [PDF]"
    html = ("<html><body><article><h1>" + TITLE + "</h1>" + f"<p>{P1.strip()}</p><p>{line}</p>"
            + f"<p>{P2.strip()}</p></article></body></html>")
    doc = read_document(html.encode())
    assert line in [doc.text[b.start:b.end] for b in doc.blocks if b.kind == "body"]


LABEL = "Harbour Festival 2022 opening night on the quay, photographed by the festival's volunteers"
GALLERY = [
    "The lanterns went up at dusk!",
    "Families had been waiting on the quay since the early afternoon for the first boats.",
    "It is the festival's first opening night since the old fish market was turned into a hall in 2019, "
    "and the organisers said more than four thousand people had come through the gates by eight o'clock.",
    "Then the drums started!",
    "The harbour band played for an hour while the boats came in, one after another, lit from the bow.",
    "Last came the choir.",
    "Sixty singers from the three villages stood on the old pier and sang the harbour song together.",
]


def test_a_picture_s_label_printed_between_paragraphs_does_not_part_them():
    parts = []
    for k, para in enumerate(GALLERY):
        parts.append(f"   {para}\n")
        if k % 2 == 1:
            parts.append(f"   {LABEL}\n")
    text = (MENU + f"\n{TITLE}\n\n   March 3, 2022\n\n   {LABEL}\n\n" + "\n".join(parts)
            + "\n     * [30]Share on Facebook\n     * [31]Share on Twitter\n")
    doc = parse_text(text)
    body = _body(doc)
    assert all(para in body for para in GALLERY), [p for p in GALLERY if p not in body]
    assert LABEL not in body


def test_a_line_of_invisible_characters_is_a_blank_line():
    zwsp = "\u200b"
    text = (MENU + f"\n{TITLE}\n\n" + P1 + f"\n   {zwsp}\n\n   {zwsp}\n\n" + P2 + f"\n   {zwsp}\n\n" + P3)
    doc = parse_text(text)
    assert all(p.strip() in _body(doc) for p in (P1, P2, P3))
    assert not any(doc.text[b.start:b.end].strip(zwsp + " ") == "" for b in doc.blocks)


CONSENT = ("By submitting this form you agree to the newspaper storing your name and your address for the "
           "purposes of publishing your comment, and you may withdraw this consent at any time by writing to us.")
PRIVACY = ("Your details will not be passed to anyone else unless the law requires it, and they will be deleted "
           "after two years, as the terms that you accepted when you registered with the site explain at length.")


def test_a_form_s_check_box_after_the_article_ends_it():
    text = (MENU + f"\n{TITLE}\n\n" + P1 + "\n" + P2 + "\n" + P3 + "\n   Leave a comment\n\n"
            "   [ ] Save my name and email in this browser for the next time I comment.\n\n   Post Comment\n\n"
            f"   {CONSENT}\n\n   {PRIVACY}\n")
    body = _body(parse_text(text))
    assert all(p.strip() in body for p in (P1, P2, P3))
    assert CONSENT not in body and PRIVACY not in body and "Save my name" not in body


def test_a_check_box_before_most_of_the_text_does_not_end_it():
    text = (MENU + f"\n{TITLE}\n\n" + P1 + "\n   [ ] Send me the morning newsletter\n\n" + P2 + "\n" + P3
            + "\n" + P1.replace("harbour", "river") + "\n")
    body = _body(parse_text(text))
    assert all(p.strip() in body for p in (P1, P2, P3))


@pytest.mark.parametrize("line", [
    "Image copyright Reuters Image caption Crowds gathered outside the court on the first day",
    "The lanterns went up over the quay at dusk on Friday.Photograph: Jane Roe/Harbour Press",
])
def test_captions_with_their_credits_are_captions(line):
    from chrono.reader.blocks import line_kind

    assert line_kind(line) == "caption"


def test_a_glued_credit_needs_a_sentence_before_it():
    from chrono.reader.blocks import line_kind

    assert line_kind("See the gallery of the festival on our site. Ticket prices: adults $5") != "caption"


def test_cards_of_other_stories_signed_by_their_bylines_after_the_article_are_not_its_body():
    cards = [("Ferry timetable changes for the winter", "By Tom Cole",
              "The ferry company said on Tuesday that the last crossing of the evening would leave half an hour "
              "earlier from November, because fewer passengers travel after dark in the winter months."),
             ("Fish market hall to reopen", "By Ann Lee",
              "The old fish market hall, closed since the spring for repairs to its roof, will reopen to traders "
              "next month, the council's markets committee decided at its meeting on Wednesday evening."),
             ("Lifeboat crew honoured", "By Sam Hill",
              "Four members of the harbour's lifeboat crew were given medals for a rescue in a storm last year, "
              "when they brought six fishermen ashore from a trawler that had lost its engine off the point.")]
    text = (MENU + f"\n{TITLE}\n\n   By Jane Doe\n\n" + P1 + "\n" + P2 + "\n" + P3 + "\n   More from the coast\n\n"
            + "".join(f"   {head}\n\n   {by}\n\n   {para}\n\n" for head, by, para in cards))
    body = _body(parse_text(text))
    assert all(p.strip() in body for p in (P1, P2, P3))
    assert not any(para in body for _, _, para in cards)


def test_an_ad_s_box_between_two_paragraphs_does_not_part_them():
    last = "   Organisers said the harbour parade would go ahead on Saturday over the new route.\n"   # middling
    box = "   ADVERTISEMENT\n\n   (BUTTON)\n   Thanks for watching! (BUTTON) Visit Website\n   (BUTTON)\n\n"
    text = MENU + f"\n{TITLE}\n\n" + P1 + "\n" + P2 + "\n" + P3 + "\n" + box + last + "\n   Tags\n   terms:\n"
    body = _body(parse_text(text))
    assert all(p.strip() in body for p in (P1, P2, P3, last))


def test_a_footer_after_the_text_is_not_an_ad_s_box():
    from chrono.reader import marks

    verdicts = ["good", "bad", "bad", "bad", "near"]
    assert marks.ad_box(verdicts, 1, 1, [0, marks.SLOT, marks.BOXED, marks.BOXED, 0]) == 4
    assert marks.ad_box(verdicts, 1, 1, [0, marks.BOXED, marks.BOXED, marks.SLOT, 0]) is None   # not led by its word
    assert marks.ad_box(verdicts, 1, 1, [0, marks.SLOT, marks.SLOT, marks.BOXED, 0]) is None    # two named lines
    assert marks.ad_box(verdicts, 3, -1, [0, marks.SLOT, marks.BOXED, marks.BOXED, 0]) == 0     # read upwards
