"""Who says so: find the attribution of a sentence and the content it reports.

Forms recognised (the verbs and adjuncts are data in :mod:`chrono.cues`):

- trailing: ``"...," YPG spokesman Nouri Mahmoud said.`` / ``..., the Syrian military said Saturday.``
- inverted: ``..., said Rami Abdel-Rahman, head of the SOHR.``
- leading: ``Colonel Ryan Dillon said (that) ...`` / ``The YPG told Reuters that ...`` /
  ``Officials announced Saturday they had ...``
- according: ``..., according to officials close to the operation.`` / ``According to X, ...``
- parenthetical: ``If talks fail, Kurdish officials said, the region would ...``
- ``..., adding that ...``: what follows is more content of the same source.

Offsets are relative to the sentence string given.

>>> a = find_attribution('The city fell, the army said Saturday.')
>>> a.source, a.verb, a.form
('the army', 'said', 'trailing')
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .cues import (ADDRESSEE_VERBS, ATTRIBUTION_TRIM_PREPOSITIONS, AUXILIARIES, DISCOURSE_MARKERS,
                   IRREGULAR_PAST, REPORTING_ADJUNCTS, REPORTING_TAIL_PREPOSITIONS, REPORTING_VERBS, ZERO_THAT_VERBS)


@dataclass(frozen=True)
class Attribution:
    """The source of a sentence's content, where it stands, and where the content stands."""

    source: str
    verb: str
    start: int                            # span of the attribution (source, verb, adjuncts)
    end: int
    content: tuple[tuple[int, int], ...]  # spans of the reported content
    form: str                             # trailing, inverted, leading, according


_WORD = re.compile(r"\w(?:[\w'’\-]|\.(?=\w))*")
_QUOTE_CHARS = "\"“”«»"
_DAY_WORDS = (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|"
              r"this\s+\w+|last\s+\w+|earlier|late|early|on|in|at")
_ADJUNCT = re.compile(
    r"\s*(?:(?!(?:at\s+(?:least|most)|in\s+all|on\s+average)\b)(?:" + "|".join(re.escape(a) for a in sorted(REPORTING_ADJUNCTS, key=len, reverse=True))
    + r"|" + _DAY_WORDS + r")\b[\s,]*)*", re.IGNORECASE)
_TAIL = re.compile(r"\s*(?:" + "|".join(REPORTING_TAIL_PREPOSITIONS) + r")\s+[^\"“”]*$", re.IGNORECASE)
_ADDING = re.compile(r",\s+adding(?:\s+that)?\s+", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_MARKERS = re.compile(r"^\s*(?:(?:" + "|".join(re.escape(m) for m in DISCOURSE_MARKERS) + r")\b[\s,]*)+",
                      re.IGNORECASE)
_INFINITIVE = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|[A-Z])[a-z]+\b.*$")
#: A leading adverbial before the source: "In Iraq, Prime Minister ..."; "On Saturday, officials ...".
_LEADING_ADVERBIAL = re.compile(r"^(?:in|on|at|across|from|inside|near|after|before|by|late|early)\s+[^,]{1,40},\s+(?=\S)",
                                re.IGNORECASE)
#: A relative clause inside the source: "The Syrian Observatory, which monitors the war, said ...".
_SOURCE_RELATIVE = re.compile(r",\s+(?:which|who|whose)\b[^\"“”]*?(?:,|$)", re.IGNORECASE)
#: A perfect auxiliary between source and verb: "The coalition has said ...".
_PERFECT = re.compile(r"\s+(?:has|have|had)\s*$", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _strip_span(text: str, start: int, end: int, chars: str = " ,;:") -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in chars):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in chars + ".!?"):
        end -= 1
    return start, end


def _plausible_source(who: str, max_words: int = 14) -> bool:
    words = _words(who)
    if not words or len(words) > max_words:
        return False
    if any(c in who for c in _QUOTE_CHARS):
        return False
    lower = [w.lower() for w in words]
    if any(w in AUXILIARIES for w in lower) or "that" in lower:
        return False
    return True


def clean_source(who: str) -> str:
    """The source as it should be shown: no discourse markers, no purpose clause, no end comma.

    >>> clean_source("But officials close to the operation to retake the city")
    'officials close to the operation'
    """
    who = _MARKERS.sub("", who).strip(" \"“”")
    who = _LEADING_ADVERBIAL.sub("", who)
    who = _SOURCE_RELATIVE.sub("", who).strip(" ,")
    who = _PERFECT.sub("", who)
    if len(_words(who)) > 3:
        who = _INFINITIVE.sub("", who)
    return " ".join(who.split()).strip(" ,.;:")


def short_source(who: str) -> str:
    """The source cut to its heads, to stand as the subject of a headline.

    >>> short_source("Local officials from the Raqqa Civil Council and tribal leaders")
    'Local officials and tribal leaders'
    """
    who = clean_source(who)
    preps = "|".join(re.escape(p) for p in ATTRIBUTION_TRIM_PREPOSITIONS)
    return re.sub(r"\s+(?:" + preps + r")\s+[^,]*?(?=\s+and\s+|,|$)", "", who).strip()


def _verb_positions(text: str) -> list[re.Match[str]]:
    """Reporting verbs of a text; a capitalised one inside the sentence is a name ("Omar Said")."""
    return [m for m in _WORD.finditer(text) if m.group(0).lower() in REPORTING_VERBS
            and not (m.group(0)[0].isupper() and text[:m.start()].strip(" \"“'‘"))]


def _trailing(text: str, limit: int) -> Attribution | None:
    """``content, SOURCE said [adjunct].`` or ``content, said SOURCE.``"""
    part = text[:limit]
    for m in reversed(_verb_positions(part)):
        after = part[m.end():]
        adj = _ADJUNCT.match(after)
        rest = after[adj.end():] if adj else after
        if m.group(0).lower() in ADDRESSEE_VERBS:
            addressee = re.match(r"\s*(?:[\w.\-]+\s*){1,3}(?=[.!?\s]*$)", rest) or \
                re.match(r"\s*(?:[A-Z][\w.\-]*\s*){1,3}|\s*(?:reporters|journalists|the press)\b", rest)
            if addressee:
                rest = rest[addressee.end():]
                adj = _ADJUNCT.match(rest)
                rest = rest[adj.end():] if adj else rest
        rest_words = _words(rest)
        before = part[:m.start()]
        sep = max(before.rfind(","), max(before.rfind(q) for q in _QUOTE_CHARS))
        if sep <= 0:
            continue
        who = before[sep + 1:]
        content_end = sep
        if not who.strip() and rest_words and len(rest_words) <= 14 and "that" not in [w.lower() for w in rest_words]:
            # inverted: ", said SOURCE."
            src = clean_source(rest)
            if not src or not _plausible_source(src):
                continue
            start, end = _strip_span(text, content_end, len(part))
            cs, ce = _strip_span(text, 0, content_end, " ,;:" + _QUOTE_CHARS)
            return Attribution(src, m.group(0), content_end, len(part), ((cs, ce),), "inverted")
        if rest_words and not ((before[sep] in _QUOTE_CHARS or len(rest_words) <= 4) and _TAIL.match(after)):
            continue                    # '"...," the spokesman said of the strongholds.' is one
        if not _plausible_source(who):
            continue
        cs, ce = _strip_span(text, 0, content_end, " ,;:" + _QUOTE_CHARS)
        if ce <= cs:
            continue
        return Attribution(clean_source(who), m.group(0), content_end, len(part), ((cs, ce),), "trailing")
    return None


_CLAUSE_START = re.compile(r"\s*(?:he|she|they|it|we|i|there)\b", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:(?i:" + "|".join(a for a in AUXILIARIES if a.isalpha()) + r")(?<!IS)|\w+ed)\b")


#: A main clause before the reporting verb: a past verb ("began") or a subordinator after a comma.
_MAIN_CLAUSE_BEFORE = re.compile(r",\s+(?:when|after|before|as|while|because|since|until|once|although|though|if)\s"
                                 r"|(?<![\w\-])(?:" + "|".join(sorted(IRREGULAR_PAST - {"said", "told"})) + r")(?![\w\-])")


def _leading(text: str, limit: int) -> Attribution | None:
    """``SOURCE said [adjunct] [that] content`` — the first reporting verb of the sentence."""
    verbs = _verb_positions(text[:limit])
    if not verbs:
        return None
    m = verbs[0]
    who = text[:m.start()]
    if not _plausible_source(clean_source(who)) or _MAIN_CLAUSE_BEFORE.search(who):
        return None                     # "The campaign began on ..., when Abadi announced ...": not a source
    verb = m.group(0).lower()
    pos = m.end()
    if verb in ADDRESSEE_VERBS:
        addressee = re.match(r"\s+(?:[\w.'’\-]+\s+){0,3}?that\s+", text[pos:limit])
        if addressee:
            pos += addressee.end()
            return _lead(text, who, m, pos, limit)
    adj = _ADJUNCT.match(text, pos)
    after_adj = adj.end() if adj else pos
    that = re.match(r"\s*that\s+", text[after_adj:limit])
    if that:
        return _lead(text, who, m, after_adj + that.end(), limit)
    if verb not in ZERO_THAT_VERBS:
        return None
    rest = text[after_adj:limit]
    first_clause = re.split(r"[,;]", rest, maxsplit=1)[0]
    if _CLAUSE_START.match(rest) or _FINITE.search(first_clause):
        return _lead(text, who, m, after_adj, limit)
    return None


def _lead(text: str, who: str, verb: re.Match[str], content_start: int, limit: int) -> Attribution | None:
    cs, ce = _strip_span(text, content_start, limit, " ,;:" + _QUOTE_CHARS)
    if ce <= cs:
        return None
    ws = len(who) - len(who.lstrip())
    return Attribution(clean_source(who), verb.group(0), ws, content_start, ((cs, ce),), "leading")


def _according(text: str) -> Attribution | None:
    m = _ACCORDING.search(text)
    if not m:
        return None
    end = m.end()
    stop = re.search(r"[,;.!?\"“”]", text[end:])
    who_end = end + stop.start() if stop else len(text)
    src = clean_source(text[end:who_end])
    if not src:
        return None
    start = m.start()
    while start > 0 and text[start - 1] in " ,":
        start -= 1
    spans = []
    a, b = _strip_span(text, 0, start, " ,;:" + _QUOTE_CHARS)
    if b > a:
        spans.append((a, b))
    a, b = _strip_span(text, who_end, len(text), " ,;:" + _QUOTE_CHARS)
    if b > a:
        spans.append((a, b))
    if not spans:
        return None
    return Attribution(src, "according to", start, who_end, tuple(spans), "according")


_PARENTHETICAL = re.compile(r",\s+(?P<who>[^,;\"“”]{2,80}?)\s+(?P<verb>" + "|".join(sorted(REPORTING_VERBS, key=len, reverse=True))
                            + r")\s*,\s+(?=\S)")


def _parenthetical(text: str, limit: int) -> Attribution | None:
    """``If talks fail, Kurdish officials said, the region would ...``: the source set off by commas."""
    for m in _PARENTHETICAL.finditer(text, 0, limit):
        who = clean_source(m.group("who"))
        if not who or not _plausible_source(who, 8) or any(c.isdigit() for c in who):
            continue
        spans = []
        for a, b in ((0, m.start()), (m.end(), limit)):
            a, b = _strip_span(text, a, b, " ,;:" + _QUOTE_CHARS)
            if b > a:
                spans.append((a, b))
        if len(spans) == 2:
            return Attribution(who, m.group("verb"), m.start(), m.end(), tuple(spans), "parenthetical")
    return None


def find_attribution(sentence: str) -> Attribution | None:
    """The attribution of a sentence, or None when the article itself tells it."""
    text = sentence
    adding = _ADDING.search(text)
    limit = adding.start() if adding else len(text.rstrip())
    found = (_according(text[:limit]) or _trailing(text, limit) or _parenthetical(text, limit)
             or _leading(text, limit))
    if found is None:
        return None
    if adding:
        a, b = _strip_span(text, adding.end(), len(text), " ,;:" + _QUOTE_CHARS)
        if b > a:
            found = Attribution(found.source, found.verb, found.start, found.end,
                                found.content + ((a, b),), found.form)
    return found


__all__ = ["Attribution", "find_attribution", "clean_source", "short_source"]
