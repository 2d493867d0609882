"""The temporal tagger: find every time expression of a text and resolve it to TIMEX3.

>>> from datetime import date
>>> [(t.text, t.type.value, t.value) for t in tag("IS seized Raqqa in early 2014.", date(2017, 10, 14))]
[('early 2014', 'DATE', '2014')]

Rules and lexicons are data (``lexicon.py``, ``rules.py``), the engine is small
(``engine.py``), and resolution is a pure function of the anchor (``resolve.py``).
"""
from __future__ import annotations

from datetime import date

from ..model import AnchorPolicy, Timex


def tag(text: str, anchor: date | None, *, policy: AnchorPolicy = AnchorPolicy.NEWS) -> list[Timex]:
    """Every temporal expression in ``text``, sorted by start, non-overlapping.

    Offsets are half-open indices into ``text``. Relative expressions resolve against
    ``anchor`` (the publication date) by the tense of their sentence; anaphoric ones
    ("two days later") against the last mentioned date. With ``anchor`` None, they resolve
    against the last mentioned date or stay underspecified ("XXXX-07").
    """
    from .engine import tag as _tag
    return _tag(text, anchor, policy=policy)


__all__ = ["tag"]
