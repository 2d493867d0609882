"""Text for pictures and documents: cleaning, measuring, wrapping and shortening labels, and the
measurement of rendered text boxes that the tests use to prove nothing overlaps.
"""
from __future__ import annotations

import re
from collections.abc import Callable

_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
ELLIPSIS = "\u2026"
#: Words longer than this are broken before measuring (a 5,000-digit "word" is no label).
MAX_WORD = 40
#: Characters of a label kept before measuring: more than two lines of the widest column hold.
MAX_LABEL = 240
_LONG_WORD = re.compile(r"\S{%d,}" % (MAX_WORD + 1))


def clean_text(text: str | None, *, keep_newlines: bool = True) -> str:
    """Text that Word and matplotlib can hold: control characters (other than tab, newline, carriage
    return) and lone surrogates become spaces; ``None`` becomes ``""``."""
    if not text:
        return ""
    text = _UNSAFE.sub(" ", text)
    if not keep_newlines:
        text = " ".join(text.split())
    return text


def one_line(text: str | None) -> str:
    """Cleaned text on one line, runs of white space collapsed."""
    return clean_text(text, keep_newlines=False)


def break_words(text: str, limit: int = MAX_WORD, sep: str = " ") -> str:
    """``text`` with every run of more than ``limit`` non-space characters broken by ``sep`` every
    ``limit`` characters, so that it can wrap at all."""
    def cut(m: re.Match) -> str:
        w = m.group(0)
        return sep.join(w[i:i + limit] for i in range(0, len(w), limit))
    return _LONG_WORD.sub(cut, text)


def cap(text: str | None, limit: int = MAX_LABEL, *, squeeze: bool = True, sep: str = " ") -> str:
    """A label before it is measured: one line, cleaned, long words broken, and no longer than
    ``limit`` characters (cut at a word and ended with an ellipsis). Time linear in ``text``.
    ``squeeze=False`` keeps runs of spaces (a label already made of one-line parts); ``sep`` is put
    where long words break (``"\\u200b"``, a zero-width space, lets Word break them invisibly)."""
    text = (text or "")[:limit * 8]                    # white space collapses, so 8x is plenty
    text = one_line(text) if squeeze else clean_text(text).replace("\n", " ")
    text = break_words(text, sep=sep)
    if len(text) <= limit:
        return text
    cut_at = text.rfind(" ", 0, limit)
    if cut_at < limit // 2:
        cut_at = limit - 1
    return text[:cut_at].rstrip(",;:.-\u2013 ") + ELLIPSIS


def wrap(text: str, width: float, measure: Callable[[str], float], max_lines: int) -> tuple[list[str], bool]:
    """Greedy word wrap of ``text`` into at most ``max_lines`` lines no wider than ``width``.

    ``measure`` gives the width of a string. Returns the lines and whether the text had to be
    shortened (the last line then ends with an ellipsis). Words longer than a line are split.
    Stops as soon as the text overflows, so the work is bounded by ``max_lines`` whatever the text.
    """
    words = one_line(text).split(" ")
    lines: list[str] = []
    current = ""
    for word in words:
        if len(lines) > max_lines:
            break
        trial = f"{current} {word}" if current else word
        if measure(trial) <= width:
            current = trial
            continue
        if current:
            lines.append(current)
        current = word
        while measure(current) > width and len(current) > 1 and len(lines) <= max_lines:  # a long word
            cut = _fit_prefix(current, width, measure)
            lines.append(current[:cut])
            current = current[cut:]
    if current and len(lines) <= max_lines:
        lines.append(current)
    if len(lines) <= max_lines:
        return lines, False
    kept = lines[:max_lines]
    kept[-1] = shorten(kept[-1] + " " + lines[max_lines], width, measure)
    return kept, True


def shorten(text: str, width: float, measure: Callable[[str], float]) -> str:
    """``text`` cut at a word (or a character) and ended with an ellipsis so that it fits ``width``."""
    if measure(text) <= width:
        return text
    text = text[:2 * MAX_LABEL]                      # it is cut anyway: bound the work
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        trial = " ".join(words).rstrip(",;:.-\u2013") + ELLIPSIS
        if measure(trial) <= width:
            return trial
    cut = _fit_prefix(text + ELLIPSIS, width, measure)
    return text[:max(cut - 1, 0)] + ELLIPSIS


def _fit_prefix(text: str, width: float, measure: Callable[[str], float]) -> int:
    lo, hi = 1, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if measure(text[:mid]) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


def visible_texts(fig) -> list:
    """Every matplotlib ``Text`` of a figure that is drawn and shows something."""
    from matplotlib.text import Text
    found = []
    for t in fig.findobj(Text):
        if not t.get_visible() or not t.get_text().strip():
            continue
        if t.axes is not None and not t.axes.get_visible():
            continue
        found.append(t)
    return found


def text_boxes(fig) -> list[tuple[str, object]]:
    """Every visible, non-empty text of a matplotlib figure with its box in display pixels.

    The figure is drawn first so the boxes are those of the final layout.
    """
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    return [(t.get_text(), t.get_window_extent(renderer)) for t in visible_texts(fig)]


def overlapping(boxes, tolerance: float = 0.5) -> list[tuple[str, str]]:
    """Pairs of texts whose boxes overlap by more than ``tolerance`` pixels each way."""
    pairs = []
    for i, (a, ba) in enumerate(boxes):
        for b, bb in boxes[i + 1:]:
            dx = min(ba.x1, bb.x1) - max(ba.x0, bb.x0)
            dy = min(ba.y1, bb.y1) - max(ba.y0, bb.y0)
            if dx > tolerance and dy > tolerance:
                pairs.append((a, b))
    return pairs


def outside(fig, boxes, tolerance: float = 0.5) -> list[str]:
    """Texts whose box leaves the figure."""
    w, h = fig.bbox.width, fig.bbox.height
    return [t for t, b in boxes
            if b.x0 < -tolerance or b.y0 < -tolerance or b.x1 > w + tolerance or b.y1 > h + tolerance]


__all__ = ["clean_text", "one_line", "cap", "break_words", "wrap", "shorten", "text_boxes", "visible_texts",
           "overlapping", "outside", "ELLIPSIS", "MAX_WORD", "MAX_LABEL"]
