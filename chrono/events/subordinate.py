"""The words of a clause outside the subordinate clauses that do not hold its date.

A clause read as plain text (no parse) holds the markers of the clauses inside it: "Under a program
approved in 1987 that didn't specify a share amount" is no denial of the approval, "was the first to
refer to it in a speech six weeks ago, saying he was willing to withdraw in exchange for guarantees that
Israel would not be attacked" no supposition of the speech. A subordinate clause opened by a relative
pronoun, a complementizer or an interrogative (the language's ``subordinators``) after the date runs to the
next comma (or the end): its markers are its own, not those of the predicate the date belongs to. One
that holds the date is kept ("the firm that had not paid in 2019": the date may be of that clause), and so
is the word right after a fronted date, the main clause's subject ("In 2018, that did not happen"), and
after a fronted date one no comma closes, which may hold the main verb ("On Monday, officials who had met
did not agree").

>>> outside("the program approved in 1987 that did not specify an amount", "1987", frozenset({"that"}))
'the program approved in 1987'
>>> outside("the program that did not specify an amount in 1987", "1987", frozenset({"that"}))
'the program that did not specify an amount in 1987'
"""
from __future__ import annotations

import re

_WORD = re.compile(r"[\w']+|[,;:()]")


def outside(text: str, timex: str | None, subordinators: frozenset[str]) -> str:
    """``text`` without its subordinate clauses that open after the date ``timex`` and do not hold it;
    ``text`` itself when the date is not found in it or there are none."""
    if not timex or not subordinators:
        return text
    at = text.find(timex)
    if at < 0:
        return text
    start = at + len(timex)
    fronted = len(text[:at].split()) <= 2  # "In 2018(,) that did not happen": the word after opens the clause
    kept, k = [], 0
    for n, m in enumerate(_WORD.finditer(text, start)):
        if k > m.start() or m.group(0).lower() not in subordinators or fronted and n == 0 or \
                fronted and n == 1 and text[start:m.start()].strip() == ",":
            continue
        stop = re.compile(r"[,;:()]").search(text, m.end())
        if fronted and stop is None:
            continue                        # "On Monday, officials who had met did not agree": it may hold the verb
        end = stop.start() if stop else len(text)
        kept.append(text[k:m.start()])
        k = end
    if not kept:
        return text
    kept.append(text[k:])
    return re.sub(r"\s+([,;:)])", r"\1", " ".join(p.strip() for p in kept if p.strip()))


__all__ = ["outside"]
