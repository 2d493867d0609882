"""Split a stretch of text into sentences, with offsets into the original text.

One linear pass over the candidate end marks (``.``, ``!``, ``?``, ``…``). A mark ends a sentence
when it is followed (after any closing quotes and brackets) by whitespace and a character that can
start a sentence, and it is not the period of an abbreviation, an initial or a number.
Non-breaking spaces count as whitespace; every span excludes surrounding whitespace.

The abbreviations are data (:data:`ABBREVIATIONS`, :data:`FINAL_ABBREVIATIONS`); the examples in
:data:`EXAMPLES` run as tests.
"""
from __future__ import annotations

import re

from ..model import Span

#: Abbreviations whose period never ends a sentence when written capitalised ("Col.", "Jan.").
#: Lower case, without the final period.
ABBREVIATIONS: frozenset[str] = frozenset("""
mr mrs ms mx dr prof rev fr sr st sen rep gov pres gen lt col maj capt cpt cmdr adm sgt cpl pvt brig
supt insp det hon amb atty mt ft messrs mme mlle dept univ assn bros corp govt intl natl
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
""".split())

#: Abbreviations that never end a sentence in any case ("e.g.", "approx.").
LOWER_ABBREVIATIONS: frozenset[str] = frozenset("e.g i.e cf vs viz approx ca est al resp".split())

#: Abbreviations that stand before a number ("No. 10", "p. 5"): no boundary when a digit follows.
NUMBER_ABBREVIATIONS: frozenset[str] = frozenset("no nos vol vols p pp fig figs ch art sec para".split())

#: Abbreviations that may also end a sentence: they end one when the next word is a common
#: sentence opener ("... in the U.S. The army ...") and not otherwise ("U.S. President").
FINAL_ABBREVIATIONS: frozenset[str] = frozenset("""
u.s u.k u.n e.u u.s.a u.a.e a.m p.m etc inc ltd co jr plc llc d.c
""".split())

#: Words that open sentences; after a FINAL_ABBREVIATION they signal a boundary.
SENTENCE_OPENERS: frozenset[str] = frozenset("""
the a an he she it they we i you his her its their our this that these those there here
but and or so yet if when while after before since as in on at by for from with without
meanwhile however still also some many most no none one two all both each other such
what who why how where which
""".split())

#: Runnable examples: text -> expected sentences.
EXAMPLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("The U.S. Army moved in. It stayed.", ("The U.S. Army moved in.", "It stayed.")),
    ("Forces from the U.S. The army followed.", ("Forces from the U.S.", "The army followed.")),
    ("Col. Ryan Dillon spoke. Dr. Smith agreed.", ("Col. Ryan Dillon spoke.", "Dr. Smith agreed.")),
    ("It began on Jan. 5 at 10 a.m. on the border.", ("It began on Jan. 5 at 10 a.m. on the border.",)),
    ("Gen. Mattis met J. Smith. No. 10 replied.", ("Gen. Mattis met J. Smith.", "No. 10 replied.")),
    ('"We will win tomorrow," he said. They lost.', ('"We will win tomorrow," he said.', "They lost.")),
    ('He said: "It is over." Then he left.', ('He said: "It is over."', "Then he left.")),
    ("Growth was 3.5 percent.\u00a0Prices rose.", ("Growth was 3.5 percent.", "Prices rose.")),
    ("Is it over? Nobody knows! Wait\u2026 Yes.", ("Is it over?", "Nobody knows!", "Wait\u2026", "Yes.")),
    ("Mr. and Mrs. Smith left. e.g. this stays.", ("Mr. and Mrs. Smith left. e.g. this stays.",)),
    ("He said no. The sun. Then Sat. Oct. 14 came.", ("He said no.", "The sun.", "Then Sat. Oct. 14 came.")),
    ("It fell (see below.) Then it rose.", ("It fell (see below.)", "Then it rose.")),
)

_MARKS = re.compile(r"[.!?\u2026]+")
_CLOSERS = "\"'\u201d\u2019\u00bb)]}"
_OPENERS = "\"'\u201c\u2018\u00ab([{\u00bf\u00a1"
_LOOKBACK = 40


def _is_space(c: str) -> bool:
    return c.isspace()  # str.isspace() includes NBSP, narrow NBSP, line and paragraph separators


def _token_before(text: str, pos: int, lo: int) -> str:
    """The word that ends just before ``pos`` (bounded look-back), without leading punctuation."""
    i = pos
    stop = max(lo, pos - _LOOKBACK)
    while i > stop and not _is_space(text[i - 1]):
        i -= 1
    return text[i:pos].lstrip(_OPENERS + "-\u2013\u2014")


def _word_after(text: str, pos: int, hi: int) -> str:
    j = pos
    while j < hi and j < pos + _LOOKBACK and (text[j].isalpha() or text[j] in "'\u2019"):
        j += 1
    return text[pos:j]


def _ends_sentence(text: str, mark_start: int, mark_end: int, nxt: int, lo: int, hi: int) -> bool:
    """Whether the marks text[mark_start:mark_end] end a sentence whose successor starts at nxt."""
    first = text[nxt]
    if first.islower():
        return False  # "e.g. this", "approx. five", '"Why?" he asked' continue the sentence
    marks = text[mark_start:mark_end]
    if marks != ".":
        return True  # "!", "?", "...", "?!"
    token = _token_before(text, mark_start, lo)
    if not token:
        return True
    low = token.lower()
    if low in LOWER_ABBREVIATIONS or (low in ABBREVIATIONS and token[0].isupper()):
        return False
    if low in NUMBER_ABBREVIATIONS and first.isdigit():
        return False
    if low in FINAL_ABBREVIATIONS:
        return _word_after(text, nxt, hi).lower() in SENTENCE_OPENERS
    if len(token) == 1 and token.isalpha() and token.isupper():
        return False  # an initial: "J. Smith"
    if "." in token and all(len(part) <= 2 for part in token.split(".")) and token[0].isalpha():
        return _word_after(text, nxt, hi).lower() in SENTENCE_OPENERS  # "U.N.", "J.R.", unknown dotted
    return True


def split_sentences(text: str, start: int = 0, end: int | None = None, kind: str = "body") -> list[Span]:
    """The sentences of ``text[start:end]`` as spans into ``text`` (surrounding whitespace excluded)."""
    end = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, end))
    spans: list[Span] = []
    sent_start = start
    for m in _MARKS.finditer(text, start, end):
        j = m.end()
        while j < end and text[j] in _CLOSERS:
            j += 1
        if j >= end or not _is_space(text[j]):
            continue
        k = j
        while k < end and _is_space(text[k]):
            k += 1
        if k >= end:
            continue
        if _ends_sentence(text, m.start(), m.end(), k, sent_start, end):
            _add(spans, text, sent_start, j, kind)
            sent_start = k
    _add(spans, text, sent_start, end, kind)
    return spans


def _add(spans: list[Span], text: str, a: int, b: int, kind: str) -> None:
    while a < b and _is_space(text[a]):
        a += 1
    while b > a and _is_space(text[b - 1]):
        b -= 1
    if a < b:
        spans.append(Span(a, b, kind))


def ends_sentence(text: str, mark_start: int, mark_end: int, nxt: int, lo: int = 0, hi: int | None = None) -> bool:
    """Whether the marks ``text[mark_start:mark_end]`` end a sentence whose successor starts at
    ``nxt`` ("U.N. Security Council": no; "... finished. Today ...": yes)."""
    return _ends_sentence(text, mark_start, mark_end, nxt, lo, len(text) if hi is None else hi)


__all__ = ["ends_sentence", "ABBREVIATIONS", "LOWER_ABBREVIATIONS", "NUMBER_ABBREVIATIONS", "FINAL_ABBREVIATIONS", "SENTENCE_OPENERS", "EXAMPLES", "split_sentences"]
