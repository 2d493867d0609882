"""Headlines: a clause compressed to at most ``HEADLINE_MAX_WORDS`` words.

The time expression (with its preposition) and the attribution are already cut out by the
caller; this module drops what does not tell what happened — discourse markers ("But",
"Separately,"), hedging adverbs ("already", "reportedly"), quotation marks, parentheses — and
then, while the headline is too long, trailing appositives and trailing adjuncts ("after intense
fighting", "with the help of ..."), most cuttable first (data in :mod:`chrono.cues`).

>>> compress("Separately, the army retook the town from IS after intense fighting and Russian airstrikes "
...          "that lasted for several days and nights")
'The army retook the town from IS'
"""
from __future__ import annotations

import re

from .clauses import is_verb_form
from .cues import (AUXILIARIES, COMMON_NAMES, DATELINE_PREFIX, DISCOURSE_MARKERS, FIRST_PERSON, FIRST_PERSON_ADVERBS,
                   FIRST_PERSON_PASSIVE, HEADLINE_DROP_WORDS, HEADLINE_LEADING_SUBORDINATORS, HEADLINE_MAX_WORDS, HEADLINE_PLACE_NOUNS,
                   HEADLINE_TRIM_CUES, SOURCE_PRONOUNS, STOPWORDS)

_MARKERS = re.compile(r"^(?:(?:" + "|".join(re.escape(m) for m in DISCOURSE_MARKERS) + r")\b[\s,]*)+",
                      re.IGNORECASE)
_PARENS = re.compile(r"\s*\([^()]*\)")
_QUOTES = re.compile(r"[\"“”«»]|(?<!\w)['‘]|['’](?!\w)(?<!s’)(?<!s')")
_DROP = re.compile(r"\b(?:" + "|".join(sorted(HEADLINE_DROP_WORDS)) + r")\b\s*", re.IGNORECASE)
_THAT = re.compile(r"^(?:that|" + "|".join(HEADLINE_LEADING_SUBORDINATORS) + r")\s+", re.IGNORECASE)
_DATELINE = re.compile(DATELINE_PREFIX)


def _words(text: str) -> list[str]:
    return text.split()


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",(?:\s*,)+", ",", text)
    text = re.sub(r"^[\s,;:\-–—]+|[\s,;:\-–—.]+$", "", text)
    return text


_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "us", "me", "you", "this", "that", "so", "to"})
_TO_VERB = re.compile(r"\s+to\s+[a-z]")


def _first_person(text: str, speaker: str | None) -> str:
    """A quotation's first-person opening as a report: "We expect difficult fighting" ->
    "Difficult fighting expected"; "We expect the talks to last two days" -> "The talks expected
    to last two days"; "We will push on" -> "<speaker> will push on" (kept when no speaker)."""
    words = text.split(" ")
    if len(words) < 3 or words[0].lower() not in FIRST_PERSON:
        return text
    k = 1
    while k < len(words) - 1 and words[k].lower() in FIRST_PERSON_ADVERBS:
        k += 1
    verb = words[k].lower()
    if verb in FIRST_PERSON_PASSIVE:
        rest = " ".join(words[k + 1:])
        if len(words) - k - 1 < 2 or words[k + 1].lower() in _OBJECT_PRONOUNS:
            return text                 # "We expect it": nothing to make a report of
        to = _TO_VERB.search(rest)
        participle = FIRST_PERSON_PASSIVE[verb]
        if to:
            return rest[:to.start()] + " " + participle + rest[to.start():]
        return rest + " " + participle
    if speaker and verb in AUXILIARIES and not any(c in speaker for c in "\"“”"):
        return speaker + " " + " ".join(words[1:])
    return text


def clean(text: str, *, subject: str | None = None, speaker: str | None = None) -> str:
    """A clause without glue: markers, hedges, quotes, parentheses; a leading source pronoun
    ("they had struck a deal") replaced by ``subject`` when given; a leading first-person pronoun
    of a quotation read as a report (:func:`_first_person`, ``speaker`` the quotation's source)."""
    text = " ".join(text.split())
    text = _DATELINE.sub("", text)
    text = _PARENS.sub("", text)
    text = _QUOTES.sub("", text)
    text = _tidy(text)
    for _ in range(3):
        text = _MARKERS.sub("", text)
        text = _THAT.sub("", text)
        text = _tidy(text)
    text = _DROP.sub("", text)
    text = _tidy(text)
    first = text.split(" ", 1)
    if subject and first and first[0].lower() in SOURCE_PRONOUNS:
        text = subject + (" " + first[1] if len(first) > 1 else "")
    return _first_person(text, speaker)


_NAME = r"(?:(?:al|el|ad|as|ar|ash|at|az|an|ez|es|de|du|la|le|van|von|bin)-)?[A-Z](?:[\w'’\-]|\.(?=\w))*\.?"
_PLACE = re.compile(r"\bthe\s+(?:[\w\-]+\s+){0,2}?(?:" + "|".join(sorted(HEADLINE_PLACE_NOUNS, key=len, reverse=True))
                    + r")\s+of\s+(?=" + _NAME + r")", re.IGNORECASE)
_MID_APPOSITIVE = re.compile(r",\s+(?:a|an|the|its|their|his|her)\s+[^,;]{3,80}?,\s+")
_NAME_WORD = re.compile(r"(?<![.!?]\s)(?<!^)\b" + _NAME)


def _drop_place_nouns(text: str) -> str:
    """ "the eastern city of Deir el-Zour" -> "Deir el-Zour"."""
    return _PLACE.sub("", text)


def _drop_mid_appositive(text: str) -> str | None:
    """ "The SDF, a coalition of Kurdish and Arab fighters, launched ..." -> "The SDF launched ..."."""
    for m in _MID_APPOSITIVE.finditer(text):
        after = text[m.end():].split(" ", 1)[0]
        if after.islower() and is_verb_form(after):
            return text[:m.start()] + " " + text[m.end():]
    return None


_COMPOUND_TAIL = re.compile(r"-[a-z][\w\-]*$")


def _has_name(text: str) -> bool:
    """Whether ``text`` holds a name worth keeping; "U.S.-led", "US-backed" are adjectives of a
    common name, not names."""
    for w in _NAME_WORD.findall(text):
        base = _COMPOUND_TAIL.sub("", w).lower()
        if base not in STOPWORDS and base not in COMMON_NAMES and base.rstrip(".") not in COMMON_NAMES:
            return True
    return False


def _cut_trailing_appositive(text: str) -> str | None:
    i = text.rfind(", ")
    if i > 0 and len(_words(text[:i])) >= 4:
        return text[:i]
    return None


def _cut_adjunct(text: str, limit: int) -> str | None:
    """The text cut before its last trailing adjunct that fits, most cuttable cue first; a cut that
    would lose a name ("... of Deir el-Zour") only when no cut keeps every name."""
    words = _words(text)
    lower = [w.lower() for w in words]
    fallback = None
    for cue in HEADLINE_TRIM_CUES:
        cue_words = cue.split()
        n = len(cue_words)
        best = None
        for i in range(4, len(words) - n + 1):
            if lower[i:i + n] == cue_words and i <= limit:
                best = i
        if best is not None:
            if not _has_name(" ".join(words[best:])):
                return " ".join(words[:best])
            fallback = fallback or " ".join(words[:best])
    return fallback


def _hard_cut(text: str, limit: int) -> str:
    words = _words(text)[:limit]
    while len(words) > 3 and (words[-1].lower().strip(",;:") in STOPWORDS or words[-1].endswith(",")):
        words.pop()
    return " ".join(words)


#: How many words over the limit a headline may run rather than lose a name at its end.
NAME_SLACK = 2


def shorten(text: str, limit: int = HEADLINE_MAX_WORDS) -> str:
    """``text`` cut to at most ``limit`` words at the best place found: first a mid-sentence
    appositive, then trailing appositives, then a trailing adjunct that holds no name, then the
    place nouns before names ("the city of Mosul" -> "Mosul"), then any trailing adjunct.
    A headline at most ``NAME_SLACK`` words too long whose only cuts would lose a name stays whole.

    A run-on clause is first cut to ``4 * limit`` words, so the search stays bounded.
    """
    words = _words(text)
    if len(words) > 4 * limit:
        text = " ".join(words[:4 * limit])
    if len(_words(text)) > limit:
        text = _drop_mid_appositive(text) or text
    while len(_words(text)) > limit:
        shorter = _cut_trailing_appositive(text)
        if shorter is None or len(_words(shorter)) < 4:
            break
        text = shorter
    if len(_words(text)) > limit:
        cut = _cut_adjunct(text, limit)
        if cut is not None and not _has_name(text[len(cut):]):
            return _tidy(cut)
        text = _drop_place_nouns(text)
    if len(_words(text)) > limit:
        cut = _cut_adjunct(text, limit)
        if len(_words(text)) <= limit + NAME_SLACK and (cut is None or _has_name(text[len(cut):])):
            return _tidy(text)
        text = cut or _hard_cut(text, limit)
    return _tidy(text)


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def compress(text: str, *, subject: str | None = None, speaker: str | None = None,
             limit: int = HEADLINE_MAX_WORDS) -> str:
    """The headline of a clause's text.

    >>> compress("We still expect difficult fighting")
    'Difficult fighting expected'
    >>> compress("we will not set a time", speaker="Colonel Ryan Dillon")
    'Colonel Ryan Dillon will not set a time'
    """
    return capitalise(shorten(clean(text, subject=subject, speaker=speaker), limit))


__all__ = ["clean", "shorten", "compress", "capitalise"]
