"""The cuts of a headline's text that need no grammar: before an aside after a dash or a semicolon, a
trailing appositive; and the hedge dropped unless it is a word of a name (:mod:`.headline` uses them)."""
from __future__ import annotations

import re


def _words(text: str) -> list[str]:
    return text.split()


#: A spaced dash, an em dash (spaced or not: "vehicles—or SLS"), or a semicolon: what follows is an
#: aside or another statement ("hasn't seen a drop of rain — the first time since 1905, said ...").
_ASIDE = re.compile(r"\s+[—–]\s+|\s*—\s*|;\s+|\s+-{1,2}\s+")


def cut_aside(text: str) -> str | None:
    """A long text cut before its first aside (:data:`_ASIDE`) when at least four words stand before;
    an aside between two dashes ("Forces — backed by Russia — retook") dropped instead."""
    m = _ASIDE.search(text)
    pair = _ASIDE.search(text, m.end()) if m and m.group(0).strip() != ";" else None
    if pair and pair.group(0).strip() != ";":
        return text[:m.start()] + " " + text[pair.end():]
    if m and len(_words(text[:m.start()])) >= 4:
        return text[:m.start()]
    return None


def unless_in_name(m: re.Match[str]) -> str:
    """A hedge dropped, unless capitalised inside the text: a word of a name ("Sony Now")."""
    return m.group(0) if m.start() and m.group(0)[:1].isupper() else ""


def cut_trailing_appositive(text: str) -> str | None:
    i = text.rfind(", ")
    if i > 0 and len(_words(text[:i])) >= 4:
        return text[:i]
    return None


__all__ = ["cut_aside", "cut_trailing_appositive", "unless_in_name"]
