"""The underspecified value a rule recognises, before resolution against an anchor.

A :class:`Spec` says what the words fix and what they leave open: "July" fixes the month
and leaves the year to the tense; "two days later" is an offset from the last mentioned
date; "1998-08-07" is fixed already.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum


class SpecKind(str, Enum):
    """What kind of value an expression has before resolution.

    ``FIXED``    value is final (durations, sets, references, full dates)
    ``DATE``     calendar fields, some left open (year None: from the tense)
    ``WEEKDAY``  a weekday (1-7), resolved by tense ("said Friday" / "will meet Friday")
    ``WEEKEND``  the weekend, resolved by tense
    ``HOLIDAY``  the n-th weekday of a month (:attr:`Spec.nth`), in a year left open or not
    ``OFFSET``   ``n`` ``unit`` from the reference: deictic (the anchor) or anaphoric
                 (the last mentioned date); ``unit`` is day/week/weekend/month/quarter/
                 half/year/decade/century, or time (a clock time on the day spoken of)
    ``PREVIOUS`` the last mentioned date itself, at ``unit`` grain ("that day", "the quarter")
    """

    FIXED = "fixed"
    DATE = "date"
    WEEKDAY = "weekday"
    WEEKEND = "weekend"
    HOLIDAY = "holiday"
    OFFSET = "offset"
    PREVIOUS = "previous"


@dataclass(frozen=True)
class Spec:
    """What an expression says about its value (see :class:`SpecKind`)."""

    kind: SpecKind
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
    deictic: bool = False            # counted from the time of writing in any text ("four years ago")
    time: str | None = None          # "T10:30", "TMO", ...: the expression is a TIME
    #: a part of day appended to the value of an expression that stays a DATE: TimeBank and
    #: AQUAINT annotate "Friday night" mostly as DATE 1998-01-09TNI
    part: str | None = None
    mod: str | None = None
    future: bool | None = None       # a direction fixed by the words ("next July")
    tense: str | None = None         # a tense fixed by the words ("Friday's ruling": past)
    type: str | None = None          # overrides the rule's TIMEX3 type
    skip: int = 0                    # characters of the match left out of the extent ("a 16-hour")
    grain: str | None = None         # the period the words name when an offset counts years ("the year-ago quarter")
    #: a holiday's day: month, ISO weekday, n-th (-1: the last), the day counting starts on
    nth: tuple[int, int, int, int] | None = None

    @classmethod
    def fixed(cls, value: str, **fields) -> "Spec":
        """A value final already."""
        return cls(SpecKind.FIXED, value=value, **fields)

    def with_mod(self, mod: str | None) -> "Spec":
        return replace(self, mod=mod) if mod else self

    @property
    def is_year_back(self) -> bool:
        """"A year earlier", "a year ago": one year back."""
        return self.kind is SpecKind.OFFSET and self.unit == "year" and self.n == -1
