"""Spanish: the words chrono knows of Spanish, as data with runnable examples.

``timex`` (the tagger's rules and lexicon), ``events`` (the event layer's words), ``reading`` (the
reader's words) and ``display`` (how dates and headings are written) make one
:class:`~chrono.lang.Language`.
"""
from __future__ import annotations

from .. import Language
from .display import DISPLAY
from .events import EVENTS
from .reading import READING
from .timex import WORDS as TIMEX

LANGUAGE = Language(code="es", name="Spanish", timex=TIMEX, reading=READING, events=EVENTS, display=DISPLAY)
