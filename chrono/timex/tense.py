"""Sentences and their tense, for resolving weekdays and months without a year.

The tense of a time expression is the tense of the nearest verb marker in its sentence:
"will", "'ll", "shall", "going to", "would", "next" mark the future; past auxiliaries,
reporting verbs and -ed forms mark the past. No tagger, no model: word lists and regexes.
"""
from __future__ import annotations

import bisect
import re

_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])|\n[ \t]*\n|\n(?=[ \t]*\d+\.\s)")

FUTURE_WORDS = ("will", "'ll", "shall", "wo n't", "won't", "going to", "would", "plans to", "plan to",
                "expects to", "expected to", "expect to", "scheduled to", "scheduled for", "due to",
                "set to", "intends to", "to be held", "is to", "are to", "upcoming", "aims to", "hope to",
                "hopes to", "next", "tomorrow", "supposed to", "is expected", "are expected", "be held",
                "to be", "deadline", "would", "will be", "planned to", "planning to", "plans to", "scheduled",
                "as soon as", "postponed until", "payable", "effective")
REPORTING = frozenset({"said", "told", "says", "say", "announced", "reported", "added", "stated"})
PAST_WORDS = ("was", "were", "had", "did", "said", "told", "retook", "seized", "took over", "hit", "ago", "yesterday", "last", "earlier",
              "came", "went", "took", "made", "gave", "got", "began", "began", "left", "met", "won",
              "lost", "fell", "rose", "held", "led", "sent", "spent", "struck", "saw", "found",
              "became", "brought", "bought", "sold", "paid", "put", "set off", "broke", "fought",
              "killed", "wrote", "spoke", "knew", "thought", "felt", "kept", "ran", "stood", "wasn't",
              "weren't", "hadn't", "didn't", "since")

_WORD = r"(?<![\w'])(?:%s)(?![\w'])"
_MARKERS = re.compile(
    "(?P<future>" + _WORD % "|".join(re.escape(w) for w in sorted(FUTURE_WORDS, key=len, reverse=True)) + ")"
    "|(?P<past>" + _WORD % ("|".join(re.escape(w) for w in sorted(PAST_WORDS, key=len, reverse=True))
                            + r"|[a-z]{2,}ed") + ")",
    re.IGNORECASE)
_NOT_PAST = frozenset({"need", "speed", "seed", "feed", "bed", "red", "bred", "shed", "embed", "indeed",
                       "proceed", "succeed", "exceed", "breed", "creed", "greed", "weed", "hundred", "naked",
                       "sacred", "wicked", "ahead", "united", "limited", "based", "related", "owned",
                       "aged", "armed", "backed", "led", "supposed", "alleged", "so-called", "detailed",
                       "advanced", "balanced", "skilled", "qualified", "used", "med", "wed", "fed", "ted"})


#: Future words that are not: "next to" the preposition, a future phrase in a pluperfect
#: frame ("had been due to expire", "had been scheduled to close").
_NOT_FUTURE = re.compile(r"next\s+to\b|next\s+door\b", re.IGNORECASE)
_PAST_FRAME = re.compile(r"\bhad\s+(?:been\s+)?\Z", re.IGNORECASE)
#: A past form after "be", "is", "are", "being", "to" is a participle, not a past tense
#: ("will be paid Dec. 14", "is expected").
_PASSIVE_BEFORE = re.compile(r"(?:\bbe|\bis|\bare|\bbeing|'s|\bto)\s+(?:\w+ly\s+)?\Z", re.IGNORECASE)

#: A deadline or an effective date just before the expression looks ahead, unless the
#: sentence is in the pluperfect ("had been completed by May").
_DEADLINE_JUST_BEFORE = re.compile(r"\b(?:by|until|till|payable|effective)(?:\s+(?:early|mid|late))?\s+\Z")
_PLUPERFECT = re.compile(r"\bhad\b", re.IGNORECASE)

#: An -ed form after an article (and perhaps an adverb) is an adjective, not a past tense.
_ADJECTIVE_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:(?:still|newly|recently|previously|long|much|widely|so|un)\w*\s+)?\Z",
                               re.IGNORECASE)

_NOT_PARTICIPLE = frozenset({"was", "were", "had", "did", "ago", "yesterday", "last", "earlier", "since",
                             "wasn't", "weren't", "hadn't", "didn't"})

_REPORTED_JUST_BEFORE = re.compile(r"\b(?:said|told|announced|reported|added|stated|declared)(?:\s+on)?\s+\Z")


class Sentences:
    """Sentence boundaries of a text, found once; tense of each sentence on demand."""

    def __init__(self, text: str):
        self.text = text
        self._ends = [m.end() for m in _BOUNDARY.finditer(text)]
        self._markers: dict[int, list[tuple[int, str]]] = {}

    def bounds(self, pos: int) -> tuple[int, int]:
        """The sentence ``[start, end)`` around a character offset."""
        i = bisect.bisect_right(self._ends, pos)
        start = self._ends[i - 1] if i else 0
        end = self._ends[i] if i < len(self._ends) else len(self.text)
        return start, end

    def sentence(self, pos: int) -> str:
        s, e = self.bounds(pos)
        return self.text[s:e]

    def _sentence_markers(self, start: int, end: int) -> list[tuple[int, str]]:
        found = self._markers.get(start)
        if found is None:
            found = []
            for m in _MARKERS.finditer(self.text, start, end):
                kind = m.lastgroup
                word = m.group().lower()
                if kind == "past" and word in _NOT_PAST:
                    continue
                if kind == "past" and word not in _NOT_PARTICIPLE and \
                        _PASSIVE_BEFORE.search(self.text, max(start, m.start() - 20), m.start()):
                    continue
                if kind == "past" and word.endswith("ed") and \
                        _ADJECTIVE_BEFORE.search(self.text, max(start, m.start() - 24), m.start()):
                    continue                 # an adjective: "a still unspecified date", "the planned sale"
                if kind == "future":
                    if _NOT_FUTURE.match(self.text, m.start()):
                        continue
                    if _PAST_FRAME.search(self.text, max(start, m.start() - 20), m.start()):
                        kind = "past"
                found.append((m.start(), kind))
            self._markers[start] = found
        return found

    def tense(self, start: int, end: int) -> str | None:
        """The tense of the time expression at ``[start, end)``: "past", "future" or None.

        The nearest marker outside the expression decides; a verb before the expression
        wins a tie (English puts the verb first: "said Friday", "will meet Friday").
        """
        s, e = self.bounds(start)
        best = None
        best_d = None
        markers = self._sentence_markers(s, e)
        if len(markers) > 40:                # a run-on "sentence": only the words near the expression
            lo = bisect.bisect_left(markers, (start - 300, ""))
            hi = bisect.bisect_right(markers, (end + 300, "~"))
            markers = markers[lo:hi]
        before = self.text[max(s, start - 14):start].lower()
        if _REPORTED_JUST_BEFORE.search(before):
            return "past"                    # "said Friday", "announced on Wednesday"
        if _DEADLINE_JUST_BEFORE.search(before) and not _PLUPERFECT.search(self.text[max(s, start - 60):min(e, end + 60)]):
            return "future"                  # "by August", "payable Dec. 15", "through January"
        has_future = any(k == "future" and not start <= p < end for p, k in markers)
        for pos, kind in markers:
            if start <= pos < end:
                continue
            if has_future and kind == "past" and self.text[pos:pos + 9].split()[0].lower().strip(",.") in REPORTING:
                continue                     # "said the meeting will be held Friday"
            d = start - pos if pos < start else (pos - end) + 1
            if best_d is None or d < best_d:
                best, best_d = kind, d
        return best


def tense_of(text: str, start: int, end: int) -> str | None:
    """The tense of the sentence of ``text`` around ``[start, end)`` (see :class:`Sentences`)."""
    return Sentences(text).tense(start, end)
