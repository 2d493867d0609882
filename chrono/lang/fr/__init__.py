"""French: the words chrono knows of French, as data with runnable examples.

``timex`` (the tagger's rules and lexicon) and ``reading`` (the reader's words) make the
:class:`~chrono.lang.Language`; the event layer's words and the display come later (None: nothing
English is reused for them).
"""
from __future__ import annotations

from .. import Language
from .reading import READING
from .timex import WORDS as TIMEX

LANGUAGE = Language(code="fr", name="French", timex=TIMEX, reading=READING)
