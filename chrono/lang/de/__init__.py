"""German: the words chrono knows of German, as data with runnable examples.

``timex`` (the tagger's rules and lexicon), ``events`` (the event layer's words), ``reading`` (the
reader's words) and ``display`` (how dates and headings are written) make one
:class:`~chrono.lang.Language`.
"""
from __future__ import annotations

from .. import Language, pack

#: The pack's parts (stage -> "module:NAME"); ``LANGUAGE`` is built from them on first use, so
#: detecting a text's language reads this pack's reader words without importing its rule tables.
PARTS = {"timex": "timex:WORDS", "events": "events:EVENTS", "reading": "reading:READING", "display": "display:DISPLAY"}
LANGUAGE: Language
__getattr__ = pack(__name__, code="de", name="German", parts=PARTS)
