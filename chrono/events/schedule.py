"""The lines of a schedule: a list of dates, each with a name, is no story.

"June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", then the next date and the next: runs of at
least :data:`SCHEDULE_RUN` such lines give no event of their own; the happenings they list are told,
when they matter, by the article's sentences.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ..model import Document, Span, Timex

#: Bullets a line may open with before its date.
ENTRY_BULLETS = " \t-*•·"
#: What separates the date of a schedule line from what is on that day ("June 9 -- Tampa, FL").
_ROW_SEPARATOR = re.compile(r"\s*(?:[:|,]|-{1,2}|[–—])\s*(?=\S)")
#: The fewest date-led verbless lines in a row that make a schedule (:func:`schedule`).
SCHEDULE_RUN = 3
_ROW_MAX_WORDS = 14
_ROW_WORD = re.compile(r"[^\W_][\w'’&.\-]*")


def schedule(doc: Document, sentences: Sequence[Span], starts: list[int], ordered: Sequence[Timex],
             stopwords: frozenset[str]) -> set[int]:
    """The sentences of a schedule: runs of at least :data:`SCHEDULE_RUN` lines, each a date and a
    name ("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL": capitalised words and the
    language's function words, no verb). A list of dates is not a story: the happenings it lists
    are told, when they matter, by the article's sentences."""
    rows = []
    for span in sentences:
        first = bisect_left(starts, span.start)
        lead = ordered[first] if first < len(ordered) else None
        text = doc.text[span.start:span.end]
        if lead is None or lead.end > span.end or \
                lead.start - span.start != len(text) - len(text.lstrip(ENTRY_BULLETS)):
            rows.append(False)
            continue
        sep = _ROW_SEPARATOR.match(text, lead.end - span.start)
        rest = _ROW_WORD.findall(text[sep.end():]) if sep else []
        rows.append(0 < len(rest) <= _ROW_MAX_WORDS and
                    all(w[0].isupper() or w[0].isdigit() or w.lower() in stopwords for w in rest))
    out: set[int] = set()
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and rows[j]:
            j += 1
        if j - i >= SCHEDULE_RUN:
            out.update(range(i, j))
        i = max(j, i + 1)
    return out


__all__ = ["ENTRY_BULLETS", "SCHEDULE_RUN", "schedule"]
