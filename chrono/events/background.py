"""Happenings the writer tells as known background inside someone's report.

A time expression that premodifies a noun ("the August 7 bombings", "last Friday's bombings", "its
1990 invasion of Kuwait") names a happening by a definite description: the writer presupposes it,
whoever's words it stands in ("Freeh said the raid is not linked with the probe into the August 7
bombings": the bombings are not Freeh's report). The words (determiners, genitive, what is no noun)
are the language's (:class:`chrono.lang.events.ReportingWords`).

>>> from chrono.model import Timex, TimexType
>>> s = "Albright said she was heartened by the probe into last Friday's bombings."
>>> t = Timex(start=s.index("last"), end=s.index("'s"), text="last Friday", type=TimexType.DATE, value="1998-08-07")
>>> told_as_background(s, 0, t, "en")
True
>>> t = Timex(start=s.index("last"), end=s.index("'s"), text="last Friday", type=TimexType.DATE, value="1998-08-07")
>>> told_as_background("Albright said the city fell last Friday.", 0, t, "en")
False
"""
from __future__ import annotations

from .. import lang
from ..model import Timex
from .words import words_of


def told_as_background(sentence: str, offset: int, timex: Timex, language: str) -> bool:
    """Whether ``timex`` (document offsets; the sentence starts at ``offset``) premodifies a noun of
    ``sentence``: a genitive ("last Friday's bombings") or between a determiner and a noun ("the
    August 7 bombings")."""
    words = words_of(lang.of(language)).reporting
    if words.dated_noun is None or words.noun_determiner is None:
        return False
    a, b = timex.start - offset, timex.end - offset
    if a < 0 or b > len(sentence) or sentence[a:b] != timex.text:
        return False
    m = words.dated_noun.compiled.match(sentence[b:])
    if m is None:
        return False
    return bool(m.group("genitive").strip()) or words.noun_determiner.compiled.search(sentence[:a]) is not None


__all__ = ["told_as_background"]
