"""The underspecified value a rule recognises, before resolution against an anchor.

A :class:`Spec` says what the words fix and what they leave open: "July" fixes the month
and leaves the year to the tense; "two days later" is an offset from the last mentioned
date; "1998-08-07" is fixed already.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Spec:
    """What an expression says about its value.

    kind:
      ``fixed``    value is final (durations, sets, references, full dates)
      ``date``     calendar fields, some left open (year None: from the tense)
      ``weekday``  a weekday (1-7), resolved by tense ("said Friday" / "will meet Friday")
      ``offset``   ``n`` ``unit`` from the reference: deictic (the anchor) or anaphoric
                   (the last mentioned date); ``unit`` is day/week/weekend/month/quarter/
                   half/year/decade/century
      ``previous`` the last mentioned date itself, at ``unit`` grain ("that day", "the quarter")
    """

    kind: str
    value: str = ""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    weekday: int | None = None
    unit: str | None = None
    n: int = 0
    anaphoric: bool = False
    time: str | None = None          # "T10:30", "TMO", ...: the expression is a TIME
    #: a part of day appended to the value of an expression that stays a DATE: TimeBank and
    #: AQUAINT annotate "Friday night" mostly as DATE 1998-01-09TNI
    part: str | None = None
    mod: str | None = None
    future: bool | None = None       # a direction fixed by the words ("next July")
    tense: str | None = None         # a tense fixed by the words ("Friday's ruling": past)
    type: str | None = None          # overrides the rule's TIMEX3 type
    skip: int = 0                    # characters of the match left out of the extent ("a 16-hour")

    def with_mod(self, mod: str | None) -> "Spec":
        from dataclasses import replace
        return replace(self, mod=mod) if mod else self
