"""Happenings the writer tells as known background inside someone's report.

A time expression that premodifies a noun ("the August 7 bombings", "last Friday's bombings", "its
1990 invasion of Kuwait") names a happening by a definite description: the writer presupposes it,
whoever's words it stands in ("Freeh said the raid is not linked with the probe into the August 7
bombings": the bombings are not Freeh's report). The words (determiners, genitive, what is no noun)
are the language's (:class:`chrono.lang.events.ReportingWords`).

So does a supplementary relative clause ("..., which was the focus of a trial that led to a verdict
this week"): set off by a comma, it is the writer's aside on a noun, not part of what the source
asserts ("Horsley said he would seek a new host for his site, which was shut down Thursday": the
shutting down is the writer's), unless it stands inside a quotation, holds a report of its own, or
tells what is not yet known ("..., which will receive only partial dividends this year": a forecast
stays the source's claim).

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

import re

from .. import lang
from ..model import Timex
from .words import words_of

_WORD = re.compile(r"\w+")


def told_as_background(sentence: str, offset: int, timex: Timex, language: str, fact: bool = True) -> bool:
    """Whether ``timex`` (document offsets; the sentence starts at ``offset``) premodifies a noun of
    ``sentence``: a genitive ("last Friday's bombings") or between a determiner and a noun ("the
    August 7 bombings"); or, for a happening told as a ``fact``, stands in a supplementary relative."""
    every = words_of(lang.of(language))
    words = every.reporting
    if words.dated_noun is None or words.noun_determiner is None:
        return False
    a, b = timex.start - offset, timex.end - offset
    if a < 0 or b > len(sentence) or sentence[a:b] != timex.text or _quoted(sentence, a):
        return False                    # (a quotation is all its speaker's: "'Today's hearing is over,' Grisham said")
    if fact and _in_aside(sentence, a, b, words, every.modality):
        return True
    m = words.dated_noun.compiled.match(sentence[b:])
    if m is None:
        return False
    if m.group("genitive").strip():
        return True
    det = words.noun_determiner.compiled.search(sentence[:a])
    before = sentence[:det.start()].split()[-1:] if det is not None else []
    return det is not None and not (before and before[0].lower() in every.dating.stating_verbs)
    # (a figure a verb states is its teller's: "Savin reported a third-quarter loss")


def _quoted(sentence: str, at: int) -> bool:
    """Whether offset ``at`` of a sentence stands inside quotation marks ("...", “...”, ``...'')."""
    before = sentence[:at]
    opened = max(before.rfind("“"), before.rfind("``"))
    return opened > max(before.rfind("”"), before.rfind("''")) or before.count('"') % 2 == 1


def _in_aside(sentence: str, a: int, b: int, words, modality) -> bool:
    """Whether ``sentence[a:b]`` stands in a supplementary relative clause outside quotation, with no
    reporting verb in it (", which said Monday ..." is a report of its own) and no mark of a forecast
    or a supposition."""
    for m in words.source_relative.compiled.finditer(sentence):
        if not (m.start() < a and b <= m.end()):
            continue
        before = sentence[:m.start()]
        if before.count('"') % 2 or before.count("“") > before.count("”") or before.count("``") > before.count("''"):
            return False                    # the speaker's own words
        aside = sentence[m.start():m.end()]
        if any(p.compiled.search(aside) for p in (modality.forecast, modality.hypothetical, modality.conditional)):
            return False
        return not any(w.lower() in words.verbs for w in _WORD.findall(aside))
    return False


__all__ = ["told_as_background"]
