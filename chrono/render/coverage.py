"""Which fallback fonts to draw a text's missing characters in: the fewest that cover them."""
from __future__ import annotations

import logging
from typing import Callable, Hashable


def covering(covers: dict[str, frozenset[Hashable]], wanted: set[Hashable], log: logging.Logger,
             shown: Callable[[Hashable], str] = str) -> list[str]:
    """The names of ``covers`` (name -> the characters it has) that together have ``wanted``, chosen
    greedily: most useful first, ties by name. What none has is logged on ``log`` (``shown`` prints one)."""
    covers, wanted = dict(covers), set(wanted)
    chosen: list[str] = []
    while wanted and covers:
        name = max(sorted(covers), key=lambda n: len(covers[n] & wanted))
        if not covers[name] & wanted:
            break
        chosen.append(name)
        wanted -= covers.pop(name)
    if wanted:
        log.info("timeline: no installed font has %r", "".join(map(shown, sorted(wanted)))[:40])
    return chosen


__all__ = ["covering"]
