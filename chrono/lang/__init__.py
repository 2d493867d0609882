"""Languages: everything chrono knows of a language, as one frozen :class:`Language`.

Every word of a language lives in its pack, ``chrono/lang/<code>/``, as data with runnable examples
(the examples are the tests). The code of the stages is language-neutral: it reads the pack it is
handed. A pack is a package whose ``__init__`` defines ``LANGUAGE``, a :class:`Language` built from
the pack's stage modules (a shipped pack names them in ``PARTS`` and builds ``LANGUAGE`` on first use,
:func:`pack`, so that :func:`complete` and language detection read one part without importing the rest):

- ``timex``   — the tagger's rule table and lexicon (month and weekday names, units, number words,
  modifiers), tense cues (:class:`chrono.lang.timex.TimexWords`);
- ``events``  — reporting verbs, modal, negation and future markers, kinds of happening, headline
  and merge words, the stemmer (:class:`chrono.lang.events.EventWords`);
- ``reading`` — sentence abbreviations, page markers, dateline and agency words
  (:class:`chrono.lang.reading.ReadingWords`);
- ``display`` — month and weekday names for display, the briefing's headings and date phrases
  (:class:`chrono.lang.display.DisplayWords`).

>>> get("en").code
'en'

A pack outside the package (a new language being written, a test's made-up language) is loaded
from its folder with :func:`load`; from then on :func:`get` finds it by its code.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..errors import InputError

#: The language of a text when nothing says otherwise.
DEFAULT = "en"


@dataclass(frozen=True)
class Language:
    """One language: its code (ISO 639-1), its name, and its words for each stage."""

    code: str
    name: str
    timex: Any
    events: Any = None
    reading: Any = None
    display: Any = None

    def __repr__(self) -> str:
        return f"Language({self.code!r})"


_LOADED: dict[str, Language] = {}


def get(code: str | None = None) -> Language:
    """The language pack for ``code`` (default :data:`DEFAULT`), loaded once per process."""
    code = (code or DEFAULT).lower()
    found = _LOADED.get(code)
    if found is not None:
        return found
    if not code.isalpha():
        raise InputError(f"unknown language {code!r}; choose from {', '.join(available())}")
    try:
        module = importlib.import_module(f"{__name__}.{code}")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith(f"{__name__}.{code}"):
            raise InputError(f"unknown language {code!r}; choose from {', '.join(available())}") from None
        raise
    return _register(module)


def of(language: "Language | str | None") -> Language:
    """The :class:`Language` itself, or the pack of a code (``None``: the default language)."""
    return language if isinstance(language, Language) else get(language)


def load(folder: str | os.PathLike) -> Language:
    """Load the pack in ``folder`` (a package with ``LANGUAGE`` in its ``__init__.py``) and register it."""
    folder = Path(folder)
    init = folder / "__init__.py"
    if not init.is_file():
        raise InputError(f"{folder} is not a language pack (no __init__.py)")
    name = f"chrono_lang_{folder.name}"
    spec = importlib.util.spec_from_file_location(name, init, submodule_search_locations=[str(folder)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return _register(module)


def _register(module) -> Language:
    language = getattr(module, "LANGUAGE", None)
    if not isinstance(language, Language):
        raise InputError(f"{module.__name__} defines no LANGUAGE")
    _LOADED[language.code] = language
    return language


#: The stages a pack serves; a pack serving all of them is complete.
STAGES = ("timex", "events", "reading", "display")


def built_on_first_use(module: str, name: str, build):
    """The module ``__getattr__`` that makes ``module.name`` by ``build()`` when first asked for, and
    keeps it (later reads find the module attribute and never come back here)."""
    def __getattr__(attr: str):
        if attr != name:
            raise AttributeError(f"module {module!r} has no attribute {attr!r}")
        found = vars(sys.modules[module])
        if name not in found:                 # called directly (``__getattr__("WORDS")``) after the first time
            found[name] = build()
        return found[name]
    return __getattr__


def pack(package: str, code: str, name: str, parts: dict[str, str]):
    """The module ``__getattr__`` of a pack whose ``LANGUAGE`` is built on first use, from ``parts``:
    stage -> ``"module:NAME"`` relative to ``package`` (a stage not named is None). Reading one part
    (:func:`part`) imports only that part's module.

    >>> from chrono.lang import de
    >>> de.PARTS["reading"], de.LANGUAGE is get("de")
    ('reading:READING', True)
    """
    return built_on_first_use(package, "LANGUAGE", lambda: Language(
        code=code, name=name, **{s: _part(package, parts, s) for s in STAGES if s in parts}))


def _part(package: str, parts: dict[str, str], stage: str) -> Any:
    module, _, attr = parts[stage].partition(":")
    return getattr(importlib.import_module(f"{package}.{module}"), attr)


def _module(code: str):
    """The pack's package (its ``__init__`` only), or None for a pack loaded from a folder."""
    if code in _LOADED or code not in _shipped():
        return None
    return importlib.import_module(f"{__name__}.{code}")


def part(code: str, stage: str) -> Any:
    """One stage's words of the pack ``code`` (one of :data:`STAGES`; None when the pack has none),
    importing only that part of a pack that names its ``PARTS``.

    >>> part("en", "reading") is get("en").reading
    True
    """
    module = _module(code)
    parts = getattr(module, "PARTS", None) if module is not None else None
    if parts is None or "LANGUAGE" in vars(module):
        return getattr(get(code), stage)
    return _part(module.__name__, parts, stage) if stage in parts else None


def complete() -> list[str]:
    """The codes of the packs that serve every stage (tagger, events, reader and display words)."""
    out = []
    for code in available():
        module = _module(code)
        parts = getattr(module, "PARTS", None) if module is not None else None
        if parts is not None and "LANGUAGE" not in vars(module):
            served = set(parts)
        else:
            language = get(code)
            served = {s for s in STAGES if getattr(language, s) is not None}
        if served >= set(STAGES):
            out.append(code)
    return out


@lru_cache(maxsize=1)
def _shipped() -> frozenset[str]:
    """The codes of the packs in this folder (read once: the package does not change while it runs)."""
    return frozenset(p.parent.name for p in Path(__file__).parent.glob("*/__init__.py"))


def available() -> list[str]:
    """The codes of the packs shipped with chrono, and of those loaded."""
    return sorted(_shipped() | set(_LOADED))


__all__ = ["DEFAULT", "STAGES", "Language", "available", "built_on_first_use", "complete", "get", "load", "of", "pack", "part"]
