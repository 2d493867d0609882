"""A ``lynx -dump`` with its link list (:mod:`chrono.reader.lynx`): marks out, the list as navigation,
the date of the page's own URL."""
from __future__ import annotations

from datetime import date

from chrono.reader.document import parse_text
from chrono.reader.lynx import carried_texts, is_carried, own_url_date, read_links, shared_url_date, url_date, words_key

STORY = ("[4]Scientists using the Keck telescope on Mauna Kea found water vapor above Europa, one of "
         "Jupiter's moons, the team said in a paper published on Monday.\n\n"
         "   The plumes had been suspected for years, but no instrument had seen the water itself until "
         "now, the astronomers told [5]reporters in Honolulu.\n")
HEAD = "   #[1]alternate [2]Hawaii News Now » Feed [3]Older story\n\n"
TITLE = "Scientists use Hawaii telescope to spot water vapor on distant moon"


def dump(head: str = HEAD, byline: str = "By HNN Staff | November 18, 2019 at 2:26 PM HST",
         links: tuple[str, ...] = ()) -> str:
    links = links or ("https://www.hawaiinewsnow.com/2019/11/19/scientists-use-hawaii-telescope-spot-water-vapor/",
                      "https://www.hawaiinewsnow.com/feed/",
                      "https://www.hawaiinewsnow.com/2019/11/14/older-story-about-surf/",
                      "https://www.nature.com/articles/s41550-019-0933-6",
                      "file:///topic/Reporters/", "file:///news/", "file:///weather/", "file:///#",
                      "file:///terms/")
    listing = "".join(f"  {n:2d}. {link}\n" for n, link in enumerate(links, 1))
    return (f"{head}   (BUTTON) Menu\n     * [6]News\n     * [7]Weather\n\n{TITLE}\n\n   {byline}\n\n   {STORY}\n"
            f"   [8]\n   [9]Terms of use\n\nReferences\n\n   Visible links:\n{listing}")


def test_marks_go_the_list_stays_as_navigation():
    text = dump()
    found = read_links(text)
    assert "[4]" not in found.text and "[5]" not in found.text and "[8]" not in found.text
    assert "   Scientists using the Keck" in found.text and "told reporters in Honolulu" in found.text
    assert found.text[found.list_start:].startswith("References\n")
    assert found.own[0].endswith("/2019/11/19/scientists-use-hawaii-telescope-spot-water-vapor/")
    doc = parse_text(text)
    assert doc.blocks[-1].kind == "navigation" and doc.text[doc.blocks[-1].start:].startswith("References")
    body = " ".join(doc.text[b.start:b.end] for b in doc.body_spans())
    assert "Keck telescope" in body and "https://" not in body and "[" not in body


def test_the_dumps_own_link_gives_the_date_over_its_byline():
    # the byline's local day (HST) is the 18th, the site filed the story under the 19th: one finder
    # for HTML (htmldate reads og:url) and for the dump gives the URL's date
    assert parse_text(dump()).published == date(2019, 11, 19)


def test_without_a_link_list_nothing_changes():
    text = f"{TITLE}\n\nBy HNN Staff | November 18, 2019 at 2:26 PM HST\n\n{STORY}"
    found = read_links(text)
    assert found.text == text and found.list_start == len(text) and not found.own
    assert parse_text(text).published == date(2019, 11, 18)
    steps = "Jam\n\nSteps\n\n   1. Wash the pears.\n   2. Cook them with honey.\n"
    assert read_links(steps).text == steps and read_links(steps).list_start == len(steps)


def test_url_dates():
    assert url_date("https://site.com/2019/11/19/slug/") == date(2019, 11, 19)
    assert url_date("https://site.com/business/story/2019-11-19/slug") == date(2019, 11, 19)
    assert url_date("https://site.com/tuft-cells-20191115/") == date(2019, 11, 15)
    assert url_date("https://site.com/2019/13/45/slug/") is None
    assert url_date("https://site.com/oembed/?url=https://site.com/2019/11/19/slug/") is None   # the query is not the path


def test_own_links_vote_and_carry_embedded_urls():
    prev = "https://blog.com/2015/10/26/the-story-before/"
    own = ("https://blog.com/2015/10/27/this-story/feed/", prev,
           "https://blog.com/wp-json/oembed/1.0/embed?url=https://blog.com/2015/10/27/this-story/")
    assert own_url_date(own) == date(2015, 10, 27)
    assert own_url_date((prev,)) == date(2015, 10, 26)
    assert own_url_date(("https://a.com/2019/11/18/x.html", "https://cn.a.com/x/20191119/y/")) == date(2019, 11, 18)
    assert own_url_date(("https://blog.com/feed/",)) is None


def test_a_placeholder_in_the_own_link_is_refused():
    text = dump(head="   #[1]alternate\n\n", links=("https://www.hawaiinewsnow.com/1970/01/01/scientists-use-hawaii/",))
    assert parse_text(text).published == date(2019, 11, 18)          # the byline, not 1970


def test_share_links_carry_the_articles_url():
    mail = (f"mailto:?subject={TITLE}&body=Read more at "
            "https://www.hawaiinewsnow.com/2019/11/19/scientists-use-hawaii-telescope-spot-water-vapor-one-jupiters-moon/")
    other = "https://www.hawaiinewsnow.com/2019/11/20/navy-says-red-hill-plan-will-take-time/"
    share_other = "https://www.facebook.com/sharer.php?u=" + other
    assert shared_url_date((other, mail), TITLE) == date(2019, 11, 19)
    assert shared_url_date((other, share_other), TITLE) is None       # another story: not the headline's words
    assert shared_url_date((mail,), None) is None
    corrections = ("mailto:corrections@forbes.com?subject=Report Correction&body=Title: How This Man's Bedding Gave "
                   "Him Feather Duvet Lung URL: //www.forbes.com/sites/b/2019/11/18/how-this-mans-bedding-gave-him-feather-duvet-lung/")
    assert shared_url_date((corrections,), "How This Man’s Bedding Gave Him ‘Feather Duvet Lung’") == date(2019, 11, 18)
    text = dump(head="", links=(other, "https://www.hawaiinewsnow.com/feed/", other, mail, mail))
    assert parse_text(text).published == date(2019, 11, 19)


def test_the_headline_the_share_links_carry_is_the_title():
    teaser = "Navy says its plan to cut the risk at Red Hill will take some time"
    lines = ["   #[1]alternate", "", f"{TITLE}", "   By HNN Staff", "", "   (BUTTON) Share"]
    lines += [f"     * [{n}]Menu entry {n}" for n in range(2, 32)]                  # a video box, menus
    lines += ["", f"{teaser}", "", "   " + STORY.replace("[4]", "").replace("[5]", "")]
    mail = f"mailto:?subject={TITLE}&body=Read more at https://www.hawaiinewsnow.com/2019/11/19/scientists-use-hawaii/"
    links = ["https://www.hawaiinewsnow.com/2019/11/19/scientists-use-hawaii/"] + [f"file:///m{n}/" for n in range(2, 32)]
    text = "\n".join(lines) + "\n\nReferences\n\n" + "".join(f"  {n}. {u}\n" for n, u in enumerate(links + [mail], 1))
    assert words_key(TITLE) in carried_texts((mail,)) and words_key("It’s “here”—now") == "it s here now"
    assert is_carried(TITLE, carried_texts((mail,))) and not is_carried(teaser, carried_texts((mail,)))
    assert parse_text(text).title == TITLE                    # the teaser next to the text is not the headline
    # without the list the headline is still found: the menu entries between it and the text do
    # not count in the title window (body._window_top); a teaser is then outscored by the signed,
    # less indented headline
    assert parse_text(text.split("\n\nReferences")[0] + "\n").title == TITLE


def test_lynx_bullets_are_not_words_of_a_language():
    # lynx marks nested menu entries with "o": the language detector must not read Spanish "o" ("or")
    menu = "\n".join(f"          o Section {n}" for n in range(60))
    text = f"{menu}\n\n{TITLE}\n\n   {STORY}"
    assert parse_text(text).language == "en"
