"""Split a stretch of text into sentences, with offsets into the original text.

One linear pass over the candidate end marks (``.``, ``!``, ``?``, ``…``). A mark ends a sentence
when it is followed (after any closing quotes and brackets) by whitespace and a character that can
start a sentence, and it is not the period of an abbreviation, an initial or a number.
Non-breaking spaces count as whitespace; every span excludes surrounding whitespace.

The abbreviations and sentence openers are a language's data (:class:`chrono.lang.reading.SentenceWords`,
English in ``chrono/lang/en/reading.py``); its examples run as tests.
"""
from __future__ import annotations

import re

from .. import lang
from ..lang.reading import SentenceWords
from ..model import Span

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


def _ends_sentence(text: str, mark_start: int, mark_end: int, nxt: int, lo: int, hi: int,
                   words: SentenceWords) -> bool:
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
    if low in words.lower_abbreviations or (low in words.abbreviations and token[0].isupper()):
        return False
    if low in words.number_abbreviations and first.isdigit():
        return False
    if low in words.final_abbreviations:
        return _word_after(text, nxt, hi).lower() in words.openers
    if len(token) == 1 and token.isalpha() and token.isupper():
        return False  # an initial: "J. Smith"
    if "." in token and all(len(part) <= 2 for part in token.split(".")) and token[0].isalpha():
        return _word_after(text, nxt, hi).lower() in words.openers  # "U.N.", "J.R.", unknown dotted
    return True


def _glued(text: str, mark_start: int, nxt: int, lo: int, hi: int, words: SentenceWords) -> bool:
    """Two sentences run together by a missing space ("told reporters on Wednesday.The stabbing"): a
    word of three letters or more ending in a small letter, an end mark, a capitalised word; not an
    abbreviation ("Gov.Newsom"), a dotted name ("PanARMENIAN.Net", "e.g.The") or a web address
    ("news.Example.com")."""
    token = _token_before(text, mark_start, lo)
    if len(token) < 3 or not token.isalpha() or not token[-1].islower():
        return False
    low = token.lower()
    if low in words.lower_abbreviations or low in words.abbreviations or low in words.final_abbreviations:
        return False
    after = _word_after(text, nxt, hi)
    if len(after) < 2 or not after[0].isupper() or not after[1].islower():
        return False
    k = nxt + len(after)
    return not (k + 1 < hi and text[k] in "./@" and not _is_space(text[k + 1]))


def split_sentences(text: str, start: int = 0, end: int | None = None, kind: str = "body",
                    language: lang.Language | str | None = None) -> list[Span]:
    """The sentences of ``text[start:end]`` as spans into ``text`` (surrounding whitespace excluded)."""
    words = lang.of(language).reading.sentences
    end = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, end))
    spans: list[Span] = []
    sent_start = start
    for m in _MARKS.finditer(text, start, end):
        j = m.end()
        while j < end and text[j] in _CLOSERS:
            j += 1
        if j >= end:
            continue
        if not _is_space(text[j]):
            if j == m.end() and _glued(text, m.start(), j, sent_start, end, words):
                _add(spans, text, sent_start, j, kind)
                sent_start = j
            continue
        k = j
        while k < end and _is_space(text[k]):
            k += 1
        if k >= end:
            continue
        if _ends_sentence(text, m.start(), m.end(), k, sent_start, end, words):
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


def ends_sentence(text: str, mark_start: int, mark_end: int, nxt: int, lo: int = 0, hi: int | None = None,
                  language: lang.Language | str | None = None) -> bool:
    """Whether the marks ``text[mark_start:mark_end]`` end a sentence whose successor starts at
    ``nxt`` ("U.N. Security Council": no; "... finished. Today ...": yes)."""
    return _ends_sentence(text, mark_start, mark_end, nxt, lo, len(text) if hi is None else hi,
                          lang.of(language).reading.sentences)


__all__ = ["ends_sentence", "split_sentences"]
