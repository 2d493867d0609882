"""The body detector for text dumps and pasted pages (:mod:`chrono.reader.body`)."""
from __future__ import annotations

from chrono.reader.body import judge, pick_title
from chrono.reader.document import parse_text
from timing import best_of_three

P1 = ("US-backed forces were on the brink of defeating the last remnants of the group in its de-facto capital "
      "of Raqqa on Saturday, according to officials close to the operation to retake the city.")
P2 = ("A spokesman for the coalition said that around 100 militants had already surrendered and been removed "
      "from the city since Friday, and that the fighting would go on for some days.")
P3 = ("Local officials and tribal leaders announced on Saturday that they had struck a deal to evacuate "
      "civilians and local fighters, and the coalition confirmed the deal in a statement.")


def body_text(doc) -> str:
    return "\n".join(doc.text[b.start:b.end] for b in doc.body_spans())


DUMP = "\n".join([
    "   #alternate alternate Kurds near victory in Raqqa",
    "   (BUTTON) Sections",
    "     * World",
    "     * Business",
    "          + Markets",
    "          o Europe",
    "   Advertisement",
    "Kurds near victory in Raqqa",
    "   By Jane Doe",
    "   October 14, 2017",
    "   " + P1,
    "",
    "   " + P2,
    "",
    "   More videos",
    "     * Teaser: another story",
    "     * Another teaser",
    "   " + P3,
    "",
    "   Most popular",
    "     * Markets rally",
    "     * Sports results",
    "   Markets rally",
])


def test_a_lynx_dump_keeps_the_story_and_drops_the_menus():
    doc = parse_text(DUMP)
    body = body_text(doc)
    assert P1 in body and P2 in body and P3 in body               # "More videos" does not cut the story
    assert "Business" not in body and "Teaser" not in body and "Markets" not in body
    assert doc.title == "Kurds near victory in Raqqa"                # not "#alternate", not a bullet
    assert str(doc.published) == "2017-10-14"


def test_verdicts():
    lines = ["* Home", "(BUTTON) Menu", P1, "A subheading", P2, "Share", "* Related story"]
    found = judge(lines, [0] * len(lines))
    assert found.verdicts == ["bad", "bad", "good", "short", "good", "bad", "bad"]


def test_a_copy_of_the_article_is_furniture():
    lines = [P1, P2, P1 + " " + P2]
    assert judge(lines, [0, 0, 0]).verdicts[2] == "bad"


def test_the_title_shares_words_with_the_article():
    lines = ["Weather in Berlin today", "Kurds near victory in Raqqa", P1, P2]
    found = judge(lines, [0] * 4)
    assert pick_title(lines, [0] * 4, found, [None] * 4) == 1


def test_without_article_text_the_block_rules_decide():
    doc = parse_text("Kurds win\n\nThey won on Friday.\n")
    assert [b.kind for b in doc.blocks] == ["body", "body"] or doc.body_spans()
    assert judge(["Short", "lines"], [0, 0]).verdicts == ["short", "short"]


def test_the_detector_is_linear():

    def cost(n: int) -> float:
        text = P1 + "\n" + "A short line\n" * n + "  * a bullet\n" * n + P2 + "\n"
        return best_of_three(lambda: parse_text(text))
    small, large = cost(2_000), cost(20_000)
    assert large < 40 * max(small, 2e-3), (small, large)
