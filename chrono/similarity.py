"""Which headlines tell the same event, in one language (:class:`Similarity`): the content stems, names and
kinds of happening of a headline, and the test :func:`chrono.chronology.merge_events` merges by (see that
module's doc for the thresholds)."""
from __future__ import annotations

import re
from collections.abc import Set

from . import lang
from .clusters import figures_apart
from .events.words import stage, words_of
from .lang.events import Stemming

#: A word, with its possessive ("Raqqa's"); a dotted abbreviation is one word ("U.K.'s" is "UK").
_TOKEN = re.compile(r"\d+(?:[.,]\d+)+|(?:[^\W\d_]\.){2,}(?:['’]s\b)?|\w[\w\-]*(?:['’]s\b)?")   # ("5.2" one word, not "5" and "2")

#: Two events of the same date merge when the overlap coefficient of their content stems
#: (shared / size of the smaller set) reaches this, with at least ``MERGE_MIN_SHARED`` shared stems...
MERGE_MIN_OVERLAP = 0.5
MERGE_MIN_SHARED = 2
#: ...or when they share a name (a capitalised word, not a common one) and overlap this much.
MERGE_NAME_OVERLAP = 0.3


def _bare(word: str, stemming: Stemming) -> str:
    """A word lowercased, without its clitic or the dots of an abbreviation: "U.K.'s" is "uk"."""
    w = word.lower().replace("’", "'")
    for clitic in stemming.clitics:
        if w.endswith(clitic):
            w = w[: -len(clitic)]
            break
    return w.replace(".", "")


def _stem(word: str, stemming: Stemming) -> str:
    w = _bare(word, stemming)
    for suffix in stemming.suffixes:
        if len(w) > len(suffix) + stemming.min_rest and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    return w[:stemming.length]


class Similarity:
    """Which headlines tell the same event, in one language."""

    MEMO_WORDS = 100_000                    # how many words' forms it keeps

    def __init__(self, language: lang.Language) -> None:
        w = self.words = words_of(language).merge
        self.reporting = words_of(language).reporting.verbs     # "said", "told": a report, not what happened
        self.premodifier = words_of(language).nominal.premodifier_before.compiled   # "the " of "the May 5 vote"
        self._memo: dict[str, tuple[str, str]] = {}     # a word's bare form and stem, as they are asked for
        self._kind_stems = {kind: frozenset(self.stem(x) for x in words) for kind, words in w.kinds.items()}

    def _forms(self, word: str) -> tuple[str, str]:
        found = self._memo.get(word)
        if found is None:
            if len(self._memo) > self.MEMO_WORDS:
                self._memo.clear()
            found = self._memo[word] = (_bare(word, self.words.stemming), _stem(word, self.words.stemming))
        return found

    def stem(self, word: str) -> str:
        return self._forms(word)[1]

    def content_stems(self, text: str) -> frozenset[str]:
        stopwords, forms = self.words.stopwords, self._forms
        return frozenset(f[1] for f in map(forms, _TOKEN.findall(text)) if f[0] not in stopwords)

    def names(self, text: str) -> frozenset[str]:
        stopwords, common = self.words.stopwords, self.words.common_names
        bare = (self._forms(w)[0] for w in _TOKEN.findall(text) if w[0].isupper())
        return frozenset(w for w in bare if w and w not in stopwords and w not in common)

    def headline_names(self, headline: str, text: str) -> frozenset[str]:
        """The names of a headline, less its first word when the sentence it compresses writes that word
        in lower case, and nowhere capitalised after its first word: capitalised only by its place ("Buried
        among the witnesses' opinions" from "However, buried among the witnesses' opinions...")."""
        found = self.names(headline)
        first = next(iter(_TOKEN.findall(headline)), "")
        word = re.escape(first)
        if found and first and first[0].isupper() and re.search(rf"\b{word.lower()}\b", text) \
                and not re.search(rf"(?<=\S)\s+{word}\b", text):        # not also capitalised mid-sentence
            own = self.names(headline[headline.find(first) + len(first):])
            return found - {_bare(first, self.words.stemming)} | (found & own)
        return found

    def kinds(self, stems: Set[str]) -> frozenset[str]:
        return frozenset(kind for kind, members in self._kind_stems.items() if members & stems)

    def kinds_apart(self, ka: Set[str], kb: Set[str]) -> bool:
        """Whether kinds of happening keep two events apart: none in common ("retook" / "shelled"), or one a
        kind that merges only with its own ("condemned the blasts" / "bombs exploded")."""
        return bool(ka and kb and not ka & kb or (ka ^ kb) & self.words.sole_kinds)

    def kind_stems(self, kinds: Set[str]) -> frozenset[str]:
        """The stems of the words of these kinds of happening."""
        return frozenset(st for kind in kinds for st in self._kind_stems.get(kind, ()))

    def similar(self, sa: Set[str], na: Set[str], sb: Set[str], nb: Set[str],
                ka: frozenset[str] | None = None, kb: frozenset[str] | None = None) -> bool:
        """Whether two headlines, by their content stems and names, tell the same event (``ka``, ``kb``:
        the kinds of ``sa`` and ``sb`` when known)."""
        if not sa or not sb:
            return False
        if na and nb and not na & nb:
            return False                    # different names: "shelled Aleppo" is not "shelled Homs"
        if figures_apart(sa, sb):
            return False                    # different figures: "a loss of $35.2 million" is not "a loss of $5.5 million"
        ka = self.kinds(sa) if ka is None else ka
        kb = self.kinds(sb) if kb is None else kb
        if self.kinds_apart(ka, kb):
            return False                    # "retook the town" is not "shelled the town"
        named = {self.stem(n) for n in na & nb}
        if len((sa & sb) - named) < min(MERGE_MIN_SHARED, len(sa) - len(named & sa), len(sb) - len(named & sb)) \
                and not ka & kb:
            return False                    # a shared name and one word: "Star Trek film was X" / "... greenlit"
        shared = len(sa & sb)
        overlap = shared / min(len(sa), len(sb))
        if overlap >= MERGE_MIN_OVERLAP and shared >= min(MERGE_MIN_SHARED, len(sa), len(sb)):
            return True
        if not (na & nb) or overlap < MERGE_NAME_OVERLAP:
            return False
        only_names = not (sa & sb) - {self.stem(n) for n in na & nb}
        return not only_names or bool(ka & kb)      # a shared place alone: only with a common kind


def stem(word: str, language: lang.Language | str | None = None) -> str:
    """A crude stem (the language's :class:`chrono.lang.events.Stemming`): for English lowercase,
    no possessive, no common suffix, at most five letters.

    >>> stem("Attacks"), stem("surrendered"), stem("surrender")
    ('attac', 'surre', 'surre')
    """
    return stage(Similarity, language).stem(word)


def content_stems(text: str, language: lang.Language | str | None = None) -> frozenset[str]:
    """The stems of the content words of a text."""
    return stage(Similarity, language).content_stems(text)


def names(text: str, language: lang.Language | str | None = None) -> frozenset[str]:
    """Capitalised words that may identify an event ("Paris", "Mosul"), lowercased."""
    return stage(Similarity, language).names(text)


def kinds(stems: Set[str], language: lang.Language | str | None = None) -> frozenset[str]:
    """The kinds of happening (the language's ``MergeWords.kinds``) that content stems tell."""
    return stage(Similarity, language).kinds(stems)


def similar(a: str, b: str, language: lang.Language | str | None = None) -> bool:
    """Whether two headlines tell the same event (see the module doc for the thresholds)."""
    s = stage(Similarity, language)
    return s.similar(s.content_stems(a), s.names(a), s.content_stems(b), s.names(b))


__all__ = ["MERGE_MIN_OVERLAP", "MERGE_MIN_SHARED", "MERGE_NAME_OVERLAP", "Similarity", "content_stems", "kinds",
           "names", "similar", "stem"]
