"""The words of a language as the event layer uses them: compiled once per language and process.

Each module of the layer holds one class built from a :class:`chrono.lang.Language` (its
``events`` words compiled into patterns); :func:`stage` builds it on first use and keeps it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar

from .. import lang
from ..errors import InputError
from ..lang.events import EventWords

T = TypeVar("T")

_STAGES: dict[tuple[type, int], tuple[lang.Language, object]] = {}


def words_of(language: lang.Language) -> EventWords:
    """The event words of a language pack."""
    if not isinstance(language.events, EventWords):
        raise InputError(f"the {language.name} language pack has no words for events")
    return language.events


def stage(cls: type[T], language: lang.Language | str | None = None) -> T:
    """``cls(language)``, built once per language (``None``: the default language)."""
    language = lang.of(language)
    key = (cls, id(language))
    found = _STAGES.get(key)
    if found is None:
        found = _STAGES[key] = (language, cls(language))     # the language is kept: its id stays unique
    return found[1]  # type: ignore[return-value]


def alternatives(words: Iterable[str]) -> str:
    """A regex group of words, tried in the order given: ``(?:a|b)``."""
    return "(?:" + "|".join(words) + ")"


def compile_any(words: Iterable[str], before: str = "", after: str = "", flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """``before`` + one of ``words`` + ``after``, compiled (case-insensitive unless ``flags`` say)."""
    return re.compile(before + alternatives(words) + after, flags)


__all__ = ["alternatives", "compile_any", "stage", "words_of"]
