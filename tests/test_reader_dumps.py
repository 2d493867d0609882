"""What a ``lynx -dump`` of a news page lost or kept wrongly before issue 11's text-dump half, one
case a test: a sentence between the headline and the text taken for its first paragraph, the
article's own copy of a standfirst, a results story's scores, a teaser cut short, a list of dates,
a picture's text printed twice, an ad slot between paragraphs, AP's captions and credits."""
from __future__ import annotations

import pytest

from chrono.reader.blocks import line_kind
from chrono.reader.body import judge
from chrono.reader.dateline import date_led
from chrono.reader.document import parse_text

MENU = "".join(f"     * {w}\n" for w in ("Home", "World", "Politics", "Business", "Sport", "Science", "Weather"))
TITLE = "Club agrees deal with new manager after weekend defeat"
P1 = ("   Jose Mourinho has agreed a deal to replace Mauricio Pochettino as the club's manager until the end of "
      "the 2022/23 season, the club said in a statement on its website.\n")
P2 = ("   Pochettino was sacked last night after five-and-a-half years in charge, and less than six months after "
      "leading the team to their first ever Champions League final in Madrid.\n")
P3 = ("   Negotiations between the London side and the manager's representatives intensified over the last few "
      "days, with talks continuing into Tuesday night, people close to the club said.\n")
P4 = ("   Mourinho won three Premier League titles over two spells in charge of Chelsea and returned to England "
      "to manage Manchester United in 2016, where he won the League Cup and the Europa League.\n")
STANDFIRST = "The Portuguese boss had been out of work since being sacked by Manchester United in December 2018."


def _kinds(doc) -> dict[str, str]:
    return {doc.text[b.start:b.end]: b.kind for b in doc.blocks}


def _first_body(doc) -> str:
    return next(doc.text[s.start:s.end] for s in doc.sentences if s.kind == "body")


@pytest.mark.parametrize("stray", ["Created with Sketch.",
                                   f"Share All sharing options for: {TITLE}"])
def test_a_sentence_between_the_headline_and_the_text_is_not_its_first_paragraph(stray):
    text = (MENU + f"\n   {TITLE}\n\n   {stray}\n\n   Wednesday 20 November 2019 11:42, UK\n"
            "     * [image]\n     * Share\n\n" + P1 + "\n" + P2 + "\n" + P3)
    doc = parse_text(text)
    assert doc.title == TITLE
    assert _kinds(doc)[stray] != "body"
    assert _first_body(doc).startswith("Jose Mourinho has agreed a deal")      # the lede, dated by the day


def test_a_standfirst_shown_over_the_headline_s_byline_and_again_in_the_text_stays_in_the_text():
    text = (MENU + f"\n   {TITLE}\n\n{STANDFIRST}\n\n   By Tom Gillespie, news reporter\n\n"
            + P1 + "\n" + P2 + f"\n   {STANDFIRST}\n\n" + P3 + "\n" + P4)
    doc = parse_text(text)
    body = [doc.text[b.start:b.end] for b in doc.body_spans()]
    assert body.count(STANDFIRST) == 1                                       # the article's own paragraph
    assert _first_body(doc).startswith("Jose Mourinho")                     # the standfirst is not the lede


def test_the_scores_of_a_results_story_do_not_make_it_a_list_of_names():
    results = ("   Argentina comfortably got past Chile 3-0 in Group C, with Guido Pella beating Nicolas Jarry 6-4, "
               "6-3 and Diego Schwartzman defeating Cristian Garin 6-2, 6-2.\n")
    text = (MENU + f"\n   {TITLE}\n\n" + P1 + "\n" + P2 + "\n   ARGENTINA CRUISES\n\n" + results
            + "\n   Colombia had lost to Belgium on Monday.\n\n   More from Sportsnet\n" + MENU)
    kinds = _kinds(parse_text(text))
    assert kinds[results.strip()] == "body"
    assert kinds["Colombia had lost to Belgium on Monday."] == "body"


def test_a_teaser_cut_short_is_not_the_text_s_first_paragraph():
    teaser = "Two people in China have been diagnosed with the plague,..."
    text = (MENU + f"\n   {TITLE}\n\n   see also\n\n   Two patients diagnosed with plague in China\n\n   {teaser}\n\n"
            + P1 + "\n" + P2 + "\n" + P3)
    doc = parse_text(text)
    assert _kinds(doc)[teaser] != "body"
    assert _first_body(doc).startswith("Jose Mourinho")


def test_a_list_of_dates_after_the_text_is_article_text():
    dates = ["June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "June 10 -- MidFlorida Amphitheatre, Tampa, FL",
             "June 12 -- Bridgestone Arena, Nashville, TN", "Oct. 10 -- The Cynthia Woods Mitchell Pavilion, Houston, TX"]
    text = (MENU + f"\n   {TITLE}\n\n" + P1 + "\n" + P2 + "\n" + P3 + "\n   The tour's dates:\n\n"
            + "".join(f"   {d}\n\n" for d in dates) + "   More stories\n" + MENU)
    kinds = _kinds(parse_text(text))
    assert all(kinds[d] == "body" for d in dates), kinds
    assert date_led(dates[0], "en")


def test_a_picture_s_text_printed_twice_is_not_body_and_the_headline_is_still_found():
    caption = ("Former US Special Envoy for Ukraine Kurt Volker testifies during the House Intelligence Committee "
               "hearing into the president's alleged efforts to tie aid for Ukraine to investigations of his "
               "political opponents, on Capitol Hill, November 19, 2019 in Washington, DC.")
    carousel = "".join(f"   Video {k}: a short headline of another story\n\n" for k in range(14))
    text = (MENU + f"\n   {TITLE}\n\n   By Chris Cillizza\n\n" + carousel + f"   {caption}\n   {caption}\n\n"
            + P1 + "\n" + P2 + "\n" + P3)
    doc = parse_text(text)
    assert caption not in [doc.text[b.start:b.end] for b in doc.body_spans()]
    assert doc.title == TITLE


def test_an_ad_slot_between_two_paragraphs_does_not_part_them():
    quote = '   "The quality in both the squad and the academy excites me," he said after his appointment.\n'
    lines = [P1.strip(), P2.strip(), "Advertisement", quote.strip(), "More from UK", "* Other story"]
    found = judge(lines, [3] * len(lines), "en", [False, False, True, False, True, False])
    assert found.verdicts[3] == "good"


@pytest.mark.parametrize("line, kind", [
    ("In this photo issued by ITV, Boris Johnson and Jeremy Corbyn shake hands during their debate live on TV, "
     "in Manchester, England, Tuesday, Nov. 19, 2019.", "caption"),
    ("ITV, ASSOCIATED PRESS", "credit"),
    ("Patrick Semansky, ASSOCIATED PRESS", "credit"),
    ("By DANICA KIRKA and JILL LAWLESS", "byline"),
    ("Associated Press", None),
    ("In this case, the court ruled against him on Tuesday.", None),
    ("President Trump at the Economic Club of New York last week.Credit...Anna Moneymaker/The New York Times",
     "caption"),
])
def test_ap_captions_and_credits(line, kind):
    assert line_kind(line, "en") == kind
