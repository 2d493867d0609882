"""French: the words chrono knows of French, as data with runnable examples.

``timex`` (the tagger's rules and lexicon), ``events`` (the event layer's words; no parser ships, so
events are read with regular expressions), ``reading`` (the reader's words) and ``display`` (how
dates and headings are written) make one :class:`~chrono.lang.Language`.
"""
from __future__ import annotations

from .. import Language
from .display import DISPLAY
from .events import EVENTS
from .reading import READING
from .timex import WORDS as TIMEX

LANGUAGE = Language(code="fr", name="French", timex=TIMEX, reading=READING, events=EVENTS, display=DISPLAY)
