"""Lines that neither are the article nor part it, and lines that end it, in a text dump (:mod:`.body`).

* A **line of invisible characters** only (zero-width spaces, a byte-order mark: an editor's empty
  paragraph) is a blank line (:data:`INVISIBLE`, used where the text is cut into lines).
* A **picture's label** printed over each picture of a gallery (its alt text, the same line three
  times or more between the paragraphs) counts for nothing in the article's run: it neither
  adds to it nor parts it, as an ad slot between two paragraphs does not.
* An **ad's box** between two paragraphs ("Advertisement", its buttons) does not part them either.
* A **form's check box** (``[ ] Save my name ...``: a comment form, a newsletter's, a cookie
  dialog) after most of the article's text ends it: what follows is the form's text.

Pure; language-free (the shapes of the lines, not their words).
"""
from __future__ import annotations

import re

#: Characters that show nothing (zero-width spaces and joiners, a byte-order mark): a line of
#: them alone is a blank line, not a line of the page.
INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff")
#: A form's check box at the start of a line, as lynx prints it: ``[ ]``, ``[X]``.
CHECKBOX = re.compile(r"^\s*\[[ Xx]\](?:\s|$)")
#: A line printed this many times, most copies among the article's lines, is a label; the copies
#: are alike in their first words; a label has this many words at least.
LABEL_MIN_COPIES = 3
LABEL_KEY_WORDS = 8
LABEL_MIN_WORDS = 4
#: An ad's box between two paragraphs has at most this many lines (its word, its buttons).
AD_BOX_LINES = 5
#: What a line is to an ad's box: a line the block rules named, another line of furniture.
SLOT, BOXED = 2, 1
_WORD = re.compile(r"\w+")


def picture_labels(texts: list[str], bullets: list[bool], first: list[str]) -> list[bool]:
    """Lines of furniture of ``LABEL_MIN_WORDS`` words or more printed ``LABEL_MIN_COPIES`` times
    or more (their first ``LABEL_KEY_WORDS`` words alike), not list items (``bullets``), most
    copies standing between two lines that may be the article's, one of them a paragraph
    (``first``: the first pass's verdicts; copies next to each other count as one): a gallery's
    pictures sharing one label (alt text) set between the paragraphs."""
    keys = [" ".join(_WORD.findall(t.lower())[:LABEL_KEY_WORDS]) for t in texts]
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    many = [len(k.split()) >= LABEL_MIN_WORDS and counts[k] >= LABEL_MIN_COPIES and not bullet and v == "bad"
            for k, bullet, v in zip(keys, bullets, first)]

    def side(j: int, step: int) -> str:
        while 0 <= j < len(keys) and many[j] and keys[j] == keys[j - step]:
            j += step
        return first[j] if 0 <= j < len(keys) else "bad"
    between: dict[str, list[bool]] = {}
    for i, m in enumerate(many):
        if m:
            sides = (side(i - 1, -1), side(i + 1, 1))
            between.setdefault(keys[i], []).append("bad" not in sides and any(v in ("good", "near") for v in sides))
    return [m and 2 * sum(between[keys[i]]) > len(between[keys[i]]) for i, m in enumerate(many)]


def before_form(texts: list[str], first: list[str], sizes: list[int], lo: int, hi: int) -> int:
    """The last line ``hi`` of the article's run from ``lo``, or the line before a form's check
    box (``[ ] Save my name ...``: a comment or newsletter form, a cookie dialog) when the run
    holds more article text before the box than after it: what follows the box is the form's."""
    box = next((k for k in range(lo + 1, hi + 1) if CHECKBOX.match(texts[k])), None)
    if box is None:
        return hi
    text = [sizes[k] if first[k] in ("good", "near") else 0 for k in range(len(first))]
    return box - 1 if sum(text[lo:box]) > sum(text[box:hi + 1]) else hi


def ad_box(verdicts: list[str], j: int, step: int, slots: list[int]) -> int | None:
    """Where an ad's box ends (the line past it), or None: from line ``j`` on (``step`` -1: up),
    at most ``AD_BOX_LINES`` lines of furniture or short lines (``slots``: ``SLOT`` for a line the
    block rules named, ``BOXED`` for the others), the first of them named and no other
    ("Advertisement", then its buttons: "(BUTTON) Visit Website"), between two lines that may be
    paragraphs."""
    if not (0 <= j - step < len(verdicts)) or verdicts[j - step] not in ("good", "near"):
        return None
    k = j
    while 0 <= k < len(verdicts) and abs(k - j) < AD_BOX_LINES and slots[k] and verdicts[k] != "good":
        k += step
    box = sorted(range(j, k, step))
    named = [x for x in box if slots[x] == SLOT] == box[:1]          # led by its word, and by it alone
    return k if named and len(box) > 1 and 0 <= k < len(verdicts) and verdicts[k] in ("good", "near") else None


def ad_boxes(first: list[str], slots: list[int]) -> list[bool]:
    """The lines of every ad's box (:func:`ad_box`) after a line that may be a paragraph."""
    out = [False] * len(first)
    for j, slot in enumerate(slots):
        k = ad_box(first, j, 1, slots) if slot == SLOT and not out[j] else None
        if k is not None:
            out[j:k] = [True] * (k - j)
    return out


__all__ = ["AD_BOX_LINES", "BOXED", "CHECKBOX", "INVISIBLE", "SLOT", "ad_box", "ad_boxes", "before_form",
           "picture_labels"]
