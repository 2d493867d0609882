"""Builders: a rule's match becomes a :class:`~chrono.timex.spec.Spec` (or None to reject the match).

Language-neutral code that reads a language's tables and cues; by kind of expression:
``dates.py`` (calendar dates), ``relative.py`` (relative dates and times), ``durations.py``
(durations, sets, vague references); ``common.py`` holds the registry and what they share.
"""
from __future__ import annotations

from . import dates, durations, relative  # noqa: F401  (each registers its builders)
from .common import BUILDERS, Builder, duration_value, number

__all__ = ["BUILDERS", "Builder", "duration_value", "number"]
