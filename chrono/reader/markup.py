"""The page's markup tidied before trafilatura reads it: what a reader of the page never sees in the
article's sentences (pop-up cards on a linked name, a picture's credit or caption marked as a
paragraph), and empty block elements that stand for line breaks."""
from __future__ import annotations

import re

_WORD = re.compile(r"\w+")

#: A pop-up card inside a paragraph (:func:`drop_link_cards`): an inline element with this many
#: links or more and a picture, and no words outside its links.
CARD_MIN_LINKS = 3
CARD_TAGS = ("span", "a", "em", "strong", "b", "i", "small", "font")


def _is_card(el) -> bool:
    """An inline element that is all links, at least :data:`CARD_MIN_LINKS` of them, with a picture."""
    links = el.findall(".//a")
    if len(links) < CARD_MIN_LINKS or el.find(".//img") is None:
        return False
    linked = sum(len(_WORD.findall(" ".join(a.itertext()))) for a in links)
    return linked > 0 and len(_WORD.findall(" ".join(el.itertext()))) <= linked


def drop_link_cards(tree) -> int:
    """Take out of the page's paragraphs the pop-up cards a site hangs on a linked name (a picture,
    the name again, links to that person's latest stories, "MORE"): text a reader of the page never
    sees in the sentence. A card is the innermost inline element inside a ``<p>`` that holds only
    links (:data:`CARD_MIN_LINKS` or more) and an ``<img>``; its tail text stays. How many were taken."""
    cards = []
    for para in tree.iter("p"):
        found = [el for el in para.iter(*CARD_TAGS) if el is not para and _is_card(el)]
        inner = set(found)
        cards += [el for el in found if not any(d in inner for d in el.iterdescendants(*CARD_TAGS))]
    for el in cards:
        el.drop_tree()
    return len(cards)


#: The class or id of a picture's credit or caption in a page's markup ("image-credit", "wp-caption-text",
#: "photo_credit"): a convention of the web, whatever the article's language.
CREDIT_CLASS = re.compile(r"(?:^|[\s_-])(?:(?:image|photo|picture|img)[-_]?)?(?:credit|caption)s?(?:$|[\s_-])", re.I)
#: A credit or caption is short: an element so marked with more words is a container, kept.
CREDIT_MAX_WORDS = 40


def drop_credit_elements(tree) -> int:
    """Take out the elements the markup marks as a picture's credit or caption (:data:`CREDIT_CLASS`),
    which trafilatura keeps when they are paragraphs ("<p class="image-credit">1996-98 AccuSoft Inc.,
    All right</p>"); their tail text stays. How many were taken."""
    found = [el for el in tree.iter("p", "span", "div", "small", "figcaption")
             if CREDIT_CLASS.search(f"{el.get('class') or ''} {el.get('id') or ''}")
             and len(_WORD.findall(" ".join(el.itertext()))) <= CREDIT_MAX_WORDS]
    inner = set(found)
    outer = [el for el in found if not any(a in inner for a in el.iterancestors())]
    for el in outer:
        el.drop_tree()
    return len(outer)


def break_empty_blocks(tree) -> None:
    """An empty block element inside a run of text (``said on Wednesday.<div class="br"></div>The
    stabbing ...``) breaks the line like the ``<br>`` it stands for; trafilatura would drop it and glue
    the two sentences together."""
    for el in list(tree.iter("div", "p", "span")):
        if len(el) or (el.text or "").strip() or not (el.tail or "").strip():
            continue
        if el.tag == "span" and "br" not in (el.get("class") or ""):
            continue
        prev = el.getprevious()
        before = (prev.tail if prev is not None else el.getparent().text) if el.getparent() is not None else None
        if (before or "").strip():
            el.tag = "br"
            el.attrib.clear()
