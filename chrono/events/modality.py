"""Whether a clause states a fact, a forecast, a supposition or a denial.

The cues are data in :mod:`chrono.cues`. Precedence, first match wins:

1. hypothetical — a condition ("if", "unless") or a modal perfect ("could have been avoided");
   a bare "would" is hypothetical unless the event is dated after publication (then: forecast);
   an indirect question ("whether") after a negation or a forecast cue is that one's object
   ("had not decided whether to attend": negated; "will decide whether ...": forecast);
2. forecast — future or prospective cues ("will", "expect", "may be liberated", "within days"),
   a reporting verb that predicts ("predicted", "warned"), or a date after publication;
3. negated — "not", "never", "denied", "failed to", ...;
4. fact.

A negated forecast ("will not attack before Monday") stays a forecast: what is known of it is
that it is expected, not that it happened.

>>> classify("the city may be liberated")
<Modality.FORECAST: 'forecast'>
>>> classify("the army did not enter the town")
<Modality.NEGATED: 'negated'>
"""
from __future__ import annotations

import re

from .cues import FORECAST_CUES, HYPOTHETICAL_CUES, NEGATION_CUES, REPORTING_MODALITY
from ..model import Modality


def _compile(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'])(?:" + "|".join(cues) + r")(?![\w'])", re.IGNORECASE)


_FORECAST = _compile(FORECAST_CUES)
_HYPOTHETICAL = _compile(tuple(c for c in HYPOTHETICAL_CUES if c != "would"))
_WOULD = _compile(("would",))
_NEGATION = _compile(NEGATION_CUES)
_QUOTES = str.maketrans({c: "'" for c in "’‘"})


def _hypothetical(text: str) -> bool:
    found = list(_HYPOTHETICAL.finditer(text))
    if not found:
        return False
    if any(m.group(0).lower() != "whether" for m in found):
        return True
    before = text[:found[0].start()]
    return not (_NEGATION.search(before) or _FORECAST.search(before))


def classify(clause: str, *, future: bool = False, reporting_verb: str | None = None) -> Modality:
    """The modality of a clause's text.

    ``future`` says the time that dates the clause lies after the publication date (or is a
    vague future such as FUTURE_REF); ``reporting_verb`` is the verb that reports it, if any.
    """
    text = clause.translate(_QUOTES)
    if _hypothetical(text):
        return Modality.HYPOTHETICAL
    if _WOULD.search(text) and not future:
        return Modality.HYPOTHETICAL
    verb_modality = REPORTING_MODALITY.get((reporting_verb or "").lower())
    if _FORECAST.search(text) or future or _WOULD.search(text) or verb_modality == "forecast":
        return Modality.FORECAST
    if _NEGATION.search(text) or verb_modality == "negated":
        return Modality.NEGATED
    return Modality.FACT


def cues_found(clause: str) -> dict[str, list[str]]:
    """Which cues of each kind a clause holds (for explaining a decision)."""
    text = clause.translate(_QUOTES)
    return {name: [m.group(0) for m in pattern.finditer(text)]
            for name, pattern in (("hypothetical", _HYPOTHETICAL), ("forecast", _FORECAST),
                                  ("negated", _NEGATION))}


__all__ = ["classify", "cues_found"]
