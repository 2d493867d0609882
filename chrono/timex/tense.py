"""Sentences and their tense, for resolving weekdays and months without a year.

The tense of a time expression is the tense of the nearest marker of its sentence (the words are
the language's :class:`~chrono.lang.timex.TenseWords`): future words, past words and regular past
forms. No tagger, no model: word lists and regexes.

The sentences are the reader's (:func:`chrono.reader.sentences.split_sentences`, which knows
abbreviations: "Aug. 7" and "Brig. Gen." end no sentence) within the paragraphs of the text (a blank
line or a numbered line opens one), as a reader reads them.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ..lang.timex import TenseWords
from .patterns import trie

#: A quotation inside a sentence: curly quotes, or straight double quotes (at most 600 characters).
_QUOTED = re.compile(r"“[^“”]{1,600}”|\"[^\"\n]{1,600}\"")
_PARAGRAPH = re.compile(r"\n[ \t]*\n|\n(?=[ \t]*\d+\.\s)")
_WORD = r"(?<![\w'])(?:%s)(?![\w'])"


@lru_cache(maxsize=None)
def markers(words: TenseWords) -> re.Pattern[str]:
    """One regex of every future and past marker of a language (groups ``future`` and ``past``)."""
    def alt(ws) -> str:      # longest first; factored by common prefixes where that is exact
        return trie(set(ws), cased=False, blank=re.escape(" ")) or \
            "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))

    past = alt(words.past) + ("|" + words.past_forms if words.past_forms else "")
    future = "|".join(x for x in (alt(words.future), words.future_forms) if x)
    # the word bounds once around both groups: the same matches as a bounded word in each group
    present = "(?-i:" + "|".join(map(re.escape, words.present)) + ")" if words.present else "(?!)"   # "is", not "IS"
    return re.compile(_WORD % ("(?P<future>" + (future or "(?!)") + ")|(?P<past>" + (past or "(?!)") + ")"
                               + "|(?P<present>" + present + ")"), re.IGNORECASE)


def _reading_language(language=None):
    """The language whose reader splits the sentences (a pack without reading words: the default)."""
    from .. import lang
    return language if getattr(lang.of(language), "reading", None) is not None else None


def _english() -> TenseWords:
    from ..lang import get
    return get().timex.tense


class Sentences:
    """Sentence boundaries of a text, found once; tense of each sentence on demand."""

    def __init__(self, text: str, words: TenseWords | None = None, language=None):
        self.text = text
        self.words = words or _english()
        self._regex = markers(self.words)
        self._language = _reading_language(language)
        # paragraphs (a blank line or a numbered line opens one), split into sentences on demand
        self._paragraphs = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
        self._starts: dict[int, list[int]] = {}
        self._markers: dict[int, list[tuple[int, str]]] = {}

    def _sentence_starts(self, k: int) -> list[int]:
        """Where the sentences of paragraph ``k`` start (the reader's sentences), found once."""
        found = self._starts.get(k)
        if found is None:
            from ..reader.sentences import split_sentences
            start = self._paragraphs[k]
            end = self._paragraphs[k + 1] if k + 1 < len(self._paragraphs) else len(self.text)
            found = [start] + [sp.start for sp in split_sentences(self.text, start, end, language=self._language)[1:]]
            self._starts[k] = found
        return found

    def bounds(self, pos: int) -> tuple[int, int]:
        """The sentence ``[start, end)`` around a character offset."""
        k = bisect.bisect_right(self._paragraphs, pos) - 1
        starts = self._sentence_starts(k)
        i = bisect.bisect_right(starts, pos)
        start = starts[i - 1]
        if i < len(starts):
            end = starts[i]
        else:
            end = self._paragraphs[k + 1] if k + 1 < len(self._paragraphs) else len(self.text)
        return start, end

    def sentence(self, pos: int) -> str:
        s, e = self.bounds(pos)
        return self.text[s:e]

    def _kind(self, m: re.Match, start: int) -> str | None:
        """The tense a marker gives (None: it is no marker here)."""
        w, text = self.words, self.text
        kind = m.lastgroup
        word = m.group().lower()
        if kind == "past":
            if word in w.not_past:
                return None
            if word not in w.not_participle and w.passive_before.search(text, max(start, m.start() - 20), m.start()):
                return None
            if w.past_suffix and word.endswith(w.past_suffix) and \
                    w.adjective_before.search(text, max(start, m.start() - 24), m.start()):
                return None                  # an adjective: "a still unspecified date", "the planned sale"
            return kind
        if kind == "present":
            return kind
        if w.not_future.match(text, m.start()):
            return None
        if w.past_frame.search(text, max(start, m.start() - 20), m.start()):
            return "past"
        return kind

    def _sentence_markers(self, start: int, end: int) -> list[tuple[int, str]]:
        found = self._markers.get(start)
        if found is None:
            found = []
            for m in self._regex.finditer(self.text, start, end):
                kind = self._kind(m, start)
                if kind is not None:
                    found.append((m.start(), kind))
            self._markers[start] = found
        return found

    def _outside_quotes(self, markers_: list[tuple[int, str]], s: int, e: int, start: int) -> list[tuple[int, str]]:
        """The markers of the sentence, less those inside a quotation that does not hold the
        expression: a quote's tense is the speaker's ("'... to get people talking,' she told the
        paper Monday" is past)."""
        spans = [(m.start(), m.end()) for m in _QUOTED.finditer(self.text, s, e)]
        if not spans:
            return markers_
        own = [(a, b) for a, b in spans if a <= start < b]
        return [(p, k) for p, k in markers_ if not any(a <= p < b for a, b in spans if (a, b) not in own)]

    def tense(self, start: int, end: int) -> str | None:
        """The tense of the time expression at ``[start, end)``: "past", "future" or None.

        The nearest marker outside the expression decides; in a tie, the marker on the side of
        the language's verb wins (English puts the verb first: "said Friday", "will meet Friday").
        """
        w = self.words
        s, e = self.bounds(start)
        markers_ = self._outside_quotes(self._sentence_markers(s, e), s, e, start)
        if len(markers_) > 40:               # a run-on "sentence": only the words near the expression
            lo = bisect.bisect_left(markers_, (start - 300, ""))
            hi = bisect.bisect_right(markers_, (end + 300, "~"))
            markers_ = markers_[lo:hi]
        before = self.text[max(s, start - 14):start].lower()
        if w.reported_before.search(before):
            return "past"                    # "said Friday", "announced on Wednesday"
        if w.deadline_before.search(before) and not w.pluperfect.search(self.text[max(s, start - 60):min(e, end + 60)]):
            return "future"                  # "by August", "payable Dec. 15", "through January"
        has_future = any(k == "future" and not start <= p < end for p, k in markers_)
        after, before_ = (1, 0) if w.verb_first else (0, 1)
        best = best_d = None
        for pos, kind in markers_:
            if start <= pos < end or kind == "present" and pos > start:
                continue                     # a present verb counts before the date only ("is heard in May")
            if has_future and kind == "past" and self.text[pos:pos + 9].split()[0].lower().strip(",.") in w.reporting:
                continue                     # "said the meeting will be held Friday"
            d = start - pos + before_ if pos < start else (pos - end) + after
            if best_d is None or d < best_d:
                best, best_d = kind, d
        return None if best == "present" else best     # "when the case is heard in May": the clause's own, no past


def tense_of(text: str, start: int, end: int, words: TenseWords | None = None) -> str | None:
    """The tense of the sentence of ``text`` around ``[start, end)`` (see :class:`Sentences`)."""
    return Sentences(text, words).tense(start, end)
