"""What a dating phrase brings with it, and where it lends its date.

- :func:`date_ids`: the tokens of a dating phrase, the frame it brings with it, not the noun it modifies;
- :func:`framing_degree`: a degree that only frames the date goes with it ("as early as Wednesday");
- :func:`background_progressive`: a date told in a progressive relative clause of a subject dates its
  main clause. "A man who was waiting for a bus on Tuesday night was struck by a car": the waiting is the
  background of the striking, which happened within it. The clause is known by the morphology alone (a
  present participle with a finite auxiliary), so the rule serves every language whose treebank marks
  participles so. An eventive relative clause keeps its own date ("A teacher who retired in 1985 was
  honoured").
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from .infinitive import dating_infinitive
from .parse import token_bounds


def framing_degree(head) -> set[int]:
    """The degree adverb a date hangs on when it says nothing but how early or late ("as early as
    Wednesday", "as soon as next week", "no later than May"): the adverb and its function words, none
    of which reads without the date."""
    frame = head.head
    if frame.i == head.i or frame.dep_ != "advmod" or frame.pos_ not in ("ADV", "ADJ") or head.dep_ not in ("obl", "nmod"):
        return set()
    others = [c for c in frame.children if c.i != head.i]
    if any(c.dep_ not in ("advmod", "case", "fixed") or list(c.children) or c.pos_ not in ("ADV", "ADP", "PART", "SCONJ")
           for c in others):
        return set()
    return {frame.i} | {c.i for c in others}

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})


def background_progressive(t) -> bool:
    """Whether ``t`` heads a progressive relative clause on the subject of a predicate."""
    morph = str(t.morph)
    progressive = "VerbForm=Ger" in morph or "VerbForm=Part" in morph and "Tense=Pres" in morph
    return t.dep_ == "acl:relcl" and progressive and t.head.dep_ in _SUBJECTS and t.head.head.i != t.head.i and \
        any(c.dep_ == "aux" and "VerbForm=Fin" in str(c.morph) for c in t.children)


def _subtree(tok) -> set[int]:
    return {t.i for t in tok.subtree}


#: Dependents of a time expression's head that belong to its phrase ("on", "the", "last").
_DATE_PARTS = frozenset({"case", "det", "punct", "cc", "advmod", "fixed", "conj", "mark"})
#: Per language, the prepositions that place a happening at its date ("on", "in"): a degree adverb before one
#: is the predicate's ("fell sharply on Tuesday"), before another the dating phrase's ("well into 2020").
POINTS: dict[str, frozenset[str]] = {}


#: How a date modifies the noun it is part of ("the 2020 campaign", "a Dec. 15 deadline").
_NOUN_MODIFIERS = frozenset({"nummod", "compound", "amod"})


def _reduced_participle(t) -> bool:
    """Whether ``t`` is a past participle right after its noun, as a reduced relative ("a report released"),
    not under a relative word ("which the two presidents signed")."""
    return t.dep_ == "acl" and "VerbForm=Part" in str(t.morph) and "Tense=Past" in str(t.morph) and \
        t.i == t.head.i + 1 and t.head.head.pos_ != "PRON"


def _dating_participle(head) -> bool:
    """Whether ``head`` is all such a participle says, but punctuation ("a report released Monday", "the man
    arrested Tuesday"); not an object's (an object's "participle" may be the verb)."""
    part = head.head
    return part.i != head.i and _reduced_participle(part) and part.head.dep_ != "obj" and \
        all(c.i == head.i or c.is_punct for c in part.children)


def _dating_adjective(head) -> bool:
    """Whether ``head`` is all a lowercase adjective after the noun it describes says, but punctuation:
    "The new rules, effective Jan. 1, will require ..." (the adjective goes with its date)."""
    adj = head.head
    return adj.i != head.i and adj.pos_ == "ADJ" and adj.dep_ in ("amod", "appos", "acl") and \
        adj.i > adj.head.i and not adj.text[:1].isupper() and adj.head.pos_ in ("NOUN", "PROPN") and \
        all(c.i == head.i or c.is_punct for c in adj.children)      # (not a name's "Manchester United")


def _bare_participle(t) -> bool:
    return _reduced_participle(t) and not list(t.children)


def date_ids(doc, head, start: int, end: int) -> set[int]:
    """The tokens of a dating phrase: those of the time expression ``[start, end)`` (characters), its
    preposition and determiner; not the words a parser hung on it by mistake ("support last week")."""
    starts, ends = token_bounds(doc)
    ids = set(range(bisect_right(ends, start), bisect_left(starts, end)))     # those overlapping the span
    nouns = {doc[i].head.i for i in ids if doc[i].dep_ in _NOUN_MODIFIERS} - ids
    ids -= {i for i in ids if doc[i].dep_ == "det" and doc[i].head.i in nouns and "PronType=Art" in str(doc[i].morph)}
    # (the article of "abort the early 2020 campaign" is the noun's; "this" of "this September" the date's)
    for c in head.children:
        if c.i not in ids and c.dep_ in _DATE_PARTS and (c.i < head.i or c.dep_ in ("conj", "cc", "punct")):
            ids |= _subtree(c) if c.dep_ in ("case", "fixed") or c.i > head.i else {c.i}
    for c in list(head.children):
        if c.dep_ in ("acl:relcl", "acl", "appos"):
            ids |= _subtree(c)          # "in June, when ...": the date's own clause
    if dating_infinitive(head):         # "to begin the week": the infinitive only tells the date
        ids |= {head.head.i} | {c.i for c in head.head.children if c.dep_ == "mark"}
    elif _dating_participle(head):      # "a report released Monday showed": so does the participle
        ids.add(head.head.i)
    elif _dating_adjective(head):       # "the rules, effective Jan. 1,": so does the adjective
        ids |= {head.head.i} | {c.i for c in head.head.children if c.is_punct}
    first = min(ids) if ids else 0
    degree = doc[first - 1] if first > 0 else None
    if degree is not None and degree.pos_ == "ADV" and degree.dep_ == "advmod" and "Degree=" in str(degree.morph) and \
            not list(degree.children) and degree.head.i == head.head.i and doc[first].dep_ == "case" and \
            doc[first].lower_ not in POINTS.get(doc.lang_, frozenset()):
        ids.add(degree.i)               # "stretches [well into 2020]": the degree the date's phrase is of
    above = head.head
    if above.i == first - 1 and all(c.i in ids or c.i > max(ids) for c in above.children) and (
            above.pos_ == "ADJ" and not any(doc[i].dep_ == "case" for i in ids) or above.pos_ == "ADV" and not list(above.lefts)):
        ids.add(above.i)                # "shot to death [last] Oct. 23", "ended [close] to 2 a.m.": the date's word
        first = above.i
    stranded = doc[first - 1] if first > 0 else None
    if stranded is not None and stranded.pos_ == "ADP" and stranded.dep_ in ("advmod", "case") and not list(stranded.children) \
            and stranded.head.i == head.head.i and head.dep_.startswith("obl") and not any(c.dep_ == "case" for c in head.children):
        ids.add(stranded.i)             # "close [around] year end": the date's preposition, hung on the verb
    if first > 1 and _bare_participle(doc[first - 1]) and any(
            t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) for t in doc[max(ids) + 1:]):
        ids.add(first - 1)              # (the date hung on the main verb after it: the participle is bare without it)
    return ids | framing_degree(head)
