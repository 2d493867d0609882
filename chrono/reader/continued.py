"""An article a page splits into several containers: the parts trafilatura stops before.

Some sites cut the text of an article into containers of one kind (``<div class="article__body">``
... an advertisement ... ``<div class="article__body">``); trafilatura keeps the first and stops.
:func:`continuation` finds the container of the last paragraph trafilatura kept and reads the
containers after it on the page that stand where it stands (the same element and ``class``, in
parents of the same elements and classes): their paragraphs and
subheadings, without what is set aside in them (pull quotes, figures, hidden elements). lxml trees,
as :func:`trafilatura.utils.load_html` gives them.
"""
from __future__ import annotations

import re

_SPACES = re.compile(r"\s+")
#: Containers a paragraph may sit in.
CONTAINERS = frozenset("div section article main".split())
#: What is set aside inside a container: not the article's text.
ASIDE_TAGS = frozenset("aside figure figcaption nav footer header form script style noscript button".split())
#: A continuation adds at least this many words (a stray share box does not count).
MIN_WORDS = 30
#: A container continues the article when it and this many of its ancestors have the tags and
#: classes of the first one's (a site's generic "component" class alone does not make a part).
PATH_DEPTH = 2
#: Text blocks read in a continuation, and the kind each gives (trafilatura's element names).
BLOCKS = {"p": "p", "h2": "head", "h3": "head", "h4": "head", "blockquote": "quote"}


def _text(el) -> str:
    return _SPACES.sub(" ", "".join(el.itertext())).strip()


def _set_aside(el, stop) -> bool:
    """Whether ``el`` sits in something set aside (up to the container ``stop``)."""
    while el is not None and el is not stop:
        if (not isinstance(el.tag, str) or el.tag in ASIDE_TAGS or el.get("aria-hidden") == "true"
                or el.get("hidden") is not None):
            return True
        el = el.getparent()
    return False


def _inside_block(el, stop) -> bool:
    a = el.getparent()
    while a is not None and a is not stop:
        if a.tag in BLOCKS:
            return True
        a = a.getparent()
    return False


def _blocks_of(container) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for el in container.iter(*BLOCKS):
        if _set_aside(el, container) or _inside_block(el, container):
            continue
        text = _text(el)
        if text:
            out.append((text, BLOCKS[el.tag]))
    return out


def _path(el) -> tuple:
    """The element, its parent and grandparent, each by tag and ``class``: where it stands on the page."""
    out = []
    for _ in range(1 + PATH_DEPTH):
        out.append((el.tag, el.get("class")) if el is not None else None)
        el = el.getparent() if el is not None else None
    return tuple(out)


def continuation(tree, last_paragraph: str, kept: set[str]) -> list[tuple[str, str]]:
    """The paragraphs of the containers like the one holding ``last_paragraph`` (the last one
    trafilatura kept) that come after it, as ``(text, kind)``; ``kept``: texts already read."""
    last = _SPACES.sub(" ", last_paragraph).strip()
    if not last:
        return []
    found = [p for p in tree.iter("p") if _text(p) == last]
    if len(found) != 1:
        return []
    box = found[0].getparent()
    if box is None or box.tag not in CONTAINERS or not (box.get("class") or "").strip():
        return []
    order = {el: k for k, el in enumerate(tree.iter(box.tag))}
    after = [el for el in tree.iter(box.tag) if _path(el) == _path(box) and order[el] > order[box]
             and box not in el.iterancestors() and el not in box.iterancestors()]
    out: list[tuple[str, str]] = []
    for el in after:
        out += [(t, k) for t, k in _blocks_of(el) if t not in kept]
    return out if sum(len(t.split()) for t, _ in out) >= MIN_WORDS else []


__all__ = ["continuation"]
