"""The cuts of a headline's text that need no grammar: before an aside after a dash or a semicolon, a
trailing appositive; and the hedge dropped unless it is a word of a name; and those that need only
the verb forms of :class:`.syntax.Syntax`: a description fronted before a name, where an aside starts,
whether a fronted adjunct's verb is its own and what follows a comma a clause of its own (:mod:`.headline`
uses them)."""
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


#: A lower-case word before a comma: a preposition whose object was cut, when :func:`stranded` says so.
STRANDED = re.compile(r"(?<=\w)\s+([a-z]+)\s*,(?=\s)")


def stranded(m: re.Match[str], preposition, coordinators: frozenset[str]) -> str:
    """A preposition whose object was cut, left before a comma ("Flash-forward to [2017], when"): it
    goes; not one of a list of prepositions ("to, from and within Europe")."""
    nxt = m.string[m.end():].split(" ", 2)[1:2] or [""]
    keep = not preposition(m.group(1).lower()) or preposition(nxt[0]) or m.group(1) in coordinators
    return m.group(0) if keep else ","


def unless_in_name(m: re.Match[str]) -> str:
    """A hedge dropped, unless capitalised inside the text: a word of a name ("Sony Now"); or opening a
    clause after a comma before a capitalised word, where it links two clauses ("kept hopes alive, then
    Granollers and Lopez completed the comeback")."""
    text, at = m.string, m.start()
    linking = text[max(0, at - 2):at] == ", " and text[m.end():m.end() + 1].isupper()
    return m.group(0) if at and (m.group(0)[:1].isupper() or linking) else ""


def cut_trailing_appositive(text: str) -> str | None:
    i = text.rfind(", ")
    if i > 0 and len(_words(text[:i])) >= 4:
        return text[:i]
    return None


def fronted_description(text: str, articles: frozenset[str], syntax) -> str:
    """A common noun's description fronted before the name it describes, the subject of the verb
    right after: "The son of a former president, Fritz Holm was stabbed" -> "Fritz Holm was stabbed";
    not an aside ("The army, Syrian Media said, retook")."""
    i = text.find(", ")
    head, rest = text[:i], _words(text[i + 2:])
    if i < 0 or head.split(" ", 1)[0].lower() not in articles or syntax.has_verb(head):
        return text
    k = 0
    while k < len(rest) and rest[k][:1].isupper():
        k += 1
    if 2 <= k < len(rest) and rest[k].islower() and syntax.is_verb_form(rest[k]) and len(rest) - k >= 2 and \
            not rest[k].endswith(","):
        return text[i + 2:]
    return text


def aside_start(text: str, comma: int, articles: frozenset[str], syntax) -> int:
    """Where an aside that ends at a subject's verb starts: at ``comma``, or at the comma before when
    what lies between is an article's few adjectives of the same appositive ("my6sense, a
    comprehensive, white label platform, is adding" -> "my6sense is adding")."""
    before = text.rfind(", ", 0, comma)
    part = text[before + 2:comma] if before >= 0 else ""
    words = _words(part)
    if 2 <= len(words) <= 3 and words[0] in articles and part.islower() and not syntax.has_verb(part):
        return before
    return comma


def own_verb(head: str, openers: frozenset[str], syntax) -> bool:
    """Whether a fronted adjunct's verb is its own, before any complementizer or relative word (``openers``):
    "if they believed that ..."; not "Despite the announcement that they had agreed" (a noun's clause)."""
    words = []
    for w in _words(head)[1:]:
        if w.lower() in openers:
            break
        words.append(w)
    return syntax.has_verb(" ".join(words))


def own_clause(text: str, syntax, glue: frozenset[str]) -> bool:
    """Whether ``text`` opens a clause of its own, not the rest of one: no verb first, nor a word of
    ``glue`` (coordinators, relative words): not "..., said the minister", "..., and ...", "..., which ..."."""
    first = text.split(" ", 1)[0].lower()
    return not syntax.is_verb_form(first) and first not in glue


def fronted_participle(text: str, pattern, syntax, glue: frozenset[str]) -> str:
    """``text`` without a fronted participial phrase (``pattern``: "Tired of being sidelined, ...") when
    a clause of its own follows, four words or more whose first stretch to a comma holds a verb (or runs
    to the end, or is no aside before a verb: "Unveiled, the chip holds ..."): its subject is the clause's. The phrase
    runs to the first comma after which such a clause opens ("Retaliating after the raids in Nairobi,
    Kenya, the navy struck")."""
    m = pattern.match(text) if pattern is not None else None
    if m is None:
        return text
    at = m.end()
    while at > 0:
        rest = text[at:]
        first, _, after = rest.partition(", ")
        subject_first = len(_words(first)) >= 4 and own_clause(after, syntax, glue)    # (no ", said")
        if len(_words(rest)) >= 4 and (syntax.has_verb(first) or not after or subject_first) and \
                own_clause(rest, syntax, glue):
            return rest
        comma = text.find(", ", at)
        at = comma + 2 if comma >= 0 else -1
    return text


def without_per_share(text: str, pattern) -> str:
    """``text`` without a figure's per-share aside (the language's ``per_share``: ", or 7 cents a share,"),
    a comma between its two sides kept as a space."""
    if pattern is None:
        return text
    return pattern.compiled.sub(lambda m: " " if m.group(0).startswith(",") and m.group(0).endswith(",") else "", text)


__all__ = ["without_per_share", "STRANDED", "aside_start", "cut_aside", "cut_trailing_appositive", "fronted_description",
           "fronted_participle", "own_clause",
           "own_verb", "stranded", "unless_in_name"]
