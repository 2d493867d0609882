"""The temporal tagger: find every time expression of a text and resolve it to TIMEX3.

>>> from datetime import date
>>> [(t.text, t.type.value, t.value) for t in tag("IS seized Raqqa in early 2014.", date(2017, 10, 14))]
[('early 2014', 'DATE', '2014')]

The words are the language's (:class:`chrono.lang.timex.TimexWords`, English in
``chrono/lang/en/timex/``); the code here is language-neutral: ``grammar.py`` compiles a language's
patterns (``patterns.py``), ``engine.py`` recognises and selects candidates, the builders
(``build/``) turn matches into underspecified values (``spec.py``), and ``discourse.py`` resolves
them in reading order (``resolve.py``, by the tense of their sentence: ``tense.py``).
"""
from __future__ import annotations

from datetime import date

from ..lang import Language
from ..model import AnchorPolicy, Timex


def tag(text: str, anchor: date | None, *, policy: AnchorPolicy | None = AnchorPolicy.NEWS,
        language: Language | str | None = None) -> list[Timex]:
    """Every temporal expression in ``text``, sorted by start, non-overlapping.

    Offsets are half-open indices into ``text``. Relative expressions resolve against
    ``anchor`` (the publication date) by the tense of their sentence; anaphoric ones
    ("two days later") against the last mentioned date. With ``anchor`` None, they resolve
    against the last mentioned date or stay underspecified ("XXXX-07"). ``language`` is a
    :class:`~chrono.lang.Language` or its code (None: :func:`chrono.lang.get`'s default).
    ``policy`` None: chosen from the text and the anchor (:func:`choose_policy`).
    """
    from .engine import tag as _tag
    if policy is None:
        policy = choose_policy(text, anchor, language)
    return _tag(text, anchor, policy=policy, language=language)


def choose_policy(text: str, published: date | None, language: Language | str | None = None) -> AnchorPolicy:
    """The anchoring policy of a text when the user gives none (see :mod:`chrono.timex.policy`)."""
    from .policy import choose_policy as _choose
    return _choose(text, published, language)


__all__ = ["choose_policy", "tag"]
