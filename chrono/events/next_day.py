"""A simple past dated on the day after publication is told as done: the place it happened is hours ahead of
the paper's date ("Granollers and Lopez defeated them in a series that ended close to 2 a.m. on Wednesday",
on a page of Tuesday): a fact, not a forecast."""
from __future__ import annotations

from datetime import date

from ..model import Timex, TimexType
from ..timevalue import interval


def past_next_day(pred, timex: Timex, published: date | None) -> bool:
    """Whether ``pred`` is a finite simple past (a verb with no auxiliary) and ``timex`` the day after
    ``published`` (or a time of it)."""
    if published is None or pred.pos_ != "VERB" or any(c.dep_ in ("aux", "aux:pass") for c in pred.children):
        return False
    span = interval(timex.value, timex.mod) if timex.type in (TimexType.DATE, TimexType.TIME) else None
    morph = str(pred.morph)
    return span is not None and (span[0] - published).days == 1 and (span[1] - span[0]).days == 1 and \
        "Tense=Past" in morph and "VerbForm=Fin" in morph


__all__ = ["past_next_day"]
