"""The anchoring policy of a document when the user gives none: news or narrative.

A news report is written on its publication date and speaks of the days around it: its relative
dates ("Friday", "last month") resolve against that date. A history or an encyclopaedic text tells
a story of other years: its months and days without a year belong to the last year it wrote, and
"two days later" counts from the last date it gave. :func:`choose_policy` tells them apart from the
years a text writes: a text that opens with a dateline is news; one without a publication date, one
whose many years lie far from it (or are years of an era, "264 BC"), or one that writes many
different years and hardly ever "today" or "Friday", is a narrative.
"""
from __future__ import annotations

import re
from datetime import date

from ..lang import Language
from ..model import AnchorPolicy
from .grammar import grammar

_YEAR = re.compile(r"(?<![\w$#€£.,/:'])(1[0-9]\d\d|20\d\d)(?![\w%/]|[.,:]\d)")
#: A text that writes at least this many years ...
NARRATIVE_YEARS = 5
#: ... of which at most this share lie within ``RECENT_YEARS`` of the publication date, tells a story.
NARRATIVE_RECENT_SHARE = 0.1
RECENT_YEARS = 2
#: A text that writes this many years of an era ("264 BC") is a history.
ERA_YEARS = 2
#: A text that writes this many different years and hardly a deictic day ("today", "Friday": at most
#: one every ``DEICTIC_CHARS`` characters) tells a story, even of recent years ("the Iraq War").
STORY_YEARS = 6
DEICTIC_CHARS = 10_000


def choose_policy(text: str, published: date | None, language: Language | str | None = None) -> AnchorPolicy:
    """News when the text is written on its publication date; narrative for dateless histories and
    encyclopaedic texts (see the module docstring).

    >>> choose_policy("The ministers will meet Friday, officials said in 2017.", date(2017, 10, 14)).value
    'news'
    >>> choose_policy("In 1914 war broke out. In 1916 the Somme. In 1917 Russia left. In 1918 it ended. "
    ...               "In 1919 peace was signed.", date(2009, 12, 19)).value
    'narrative'
    """
    years = [int(m.group(1)) for m in _YEAR.finditer(text)]
    if published is None:
        return AnchorPolicy.NARRATIVE if years else AnchorPolicy.NEWS
    g = grammar(language)
    if g.cues.dateline.match(text):
        return AnchorPolicy.NEWS                    # "MIAMI _", "BEIRUT (Reuters) -": a report
    era = g.macros.get("ERA_BC")
    if era and len(re.findall(r"\d\s*" + era, text)) >= ERA_YEARS:
        return AnchorPolicy.NARRATIVE
    if len(years) >= NARRATIVE_YEARS:
        recent = sum(1 for y in years if abs(published.year - y) <= RECENT_YEARS)
        if recent <= NARRATIVE_RECENT_SHARE * len(years):
            return AnchorPolicy.NARRATIVE
    if len(set(years)) >= STORY_YEARS and _deictic_days(g, text) * DEICTIC_CHARS <= len(text):
        return AnchorPolicy.NARRATIVE
    return AnchorPolicy.NEWS


def _deictic_days(g, text: str) -> int:
    """How many words of the text name a day by the day of writing ("today", "yesterday", "Friday")."""
    words = {w for w in g.cues.deictic_days if " " not in w}
    words |= {w for w in g.words.weekdays if w not in g.words.weekday_abbreviations}
    return sum(1 for w in re.findall(r"[^\W\d_]+", text) if w.lower() in words)


__all__ = ["choose_policy"]
