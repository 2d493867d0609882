"""Grammatical number over a Universal Dependencies tree: what a noun phrase and a finite verb agree
in, and so which noun a relative subject stands for ("an area of Orange and Riverside counties that
was burned": the area), or the name a person's relative word stands for ("the case of Elian, who was rescued":
Elian; the language's ``person_relatives``); and when a person's pronoun may not stand for the sentence's subject:
another full name stands before it (:func:`named_between`), or a thing's pronoun stood for that subject
(:func:`thing_told`). Language-neutral but for the relative words: it reads UD features (``Number``, ``VerbForm``,
``Gender``).
"""
from __future__ import annotations

from typing import Any

from . import tree

Token = Any
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def number_of(tok: Token) -> str | None:
    """The grammatical number of a nominal: plural when it is or holds a coordination ("Orange and
    Riverside counties", "Alpha and Beta Air")."""
    if tok.dep_ == "conj" or any(c.dep_ == "conj" and c.pos_ in _NOMINAL_POS for c in tok.children):
        return "Plur"
    return tok.morph.get("Number")[0] if tok.morph.get("Number") else None


def verb_number(top: Token) -> str | None:
    """The number a clause's finite verb (or its auxiliary) agrees in, if it shows one."""
    for t in [c for c in top.children if c.dep_ in ("aux", "aux:pass", "cop")] + [top]:
        if "VerbForm=Fin" in str(t.morph) and t.morph.get("Number"):
            return t.morph.get("Number")[0]
    return None


def agreeing(noun: Token, top: Token) -> Token:
    """The noun a relative subject stands for, by agreement, when the parser hung the relative clause
    on a noun its verb does not agree with: up the nouns whose phrase ends where the clause starts
    ("the merger of Alpha and Beta Air, which became final" -> "merger"), else down the "of"-phrases
    inside it ("residents of a district of Kent and Sussex counties that was flooded" -> "district")."""
    person = _person_of(noun, top)
    if person is not None:
        return person                   # "the case of Elian, who was rescued": Elian
    want = verb_number(top)
    if want is None or number_of(noun) in (want, None):
        return noun
    t = noun
    for _ in range(4):
        if t.dep_ not in ("nmod", "compound", "flat", "conj", "appos") or t.head.pos_ not in ("NOUN", "PROPN"):
            break
        t = t.head
        if number_of(t) == want:
            return t
    inside = sorted((d for d in noun.subtree if d.i < top.i and d.i not in {x.i for x in top.subtree}
                     and d.dep_ in ("nmod", "conj") and d.pos_ in ("NOUN", "PROPN")), key=lambda d: -d.i)
    return next((d for d in inside if number_of(d) == want), noun)


#: Per language, the relative words of a person ("who"), registered by the tree reader.
PERSON_RELATIVES: dict[str, frozenset[str]] = {}


def _person_of(noun: Token, top: Token) -> Token | None:
    """The name a person's relative word stands for when the parser hung its clause on the common noun whose "of"
    phrase the name ends, right before the clause ("the case of Elian, who was rescued"); else None."""
    rel = next((c for c in top.children if c.dep_ in ("nsubj", "nsubj:pass") and "PronType=Rel" in str(c.morph)), None)
    if rel is None or rel.lower_ not in PERSON_RELATIVES.get(top.doc.lang_, frozenset()) or noun.pos_ != "NOUN":
        return None
    start = min(t.i for t in top.subtree)
    return next((c for c in noun.children if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i > noun.i and
                 max(t.i for t in c.subtree) in (start - 1, start - 2)), None)


def thing_told(teller, pronoun) -> bool:
    """Whether a thing's pronoun ("it") stands for ``teller`` between it and a person's pronoun ("The Foreign Office
    said it had informed the family ... that he probably died"): the person is not the teller."""
    if teller is None or not _personal(pronoun):
        return False
    return any(t.pos_ == "PRON" and "Gender=Neut" in str(t.morph) and "Person=3" in str(t.morph) and
               t.dep_ in ("nsubj", "nsubj:pass") for t in pronoun.doc[teller.i + 1:pronoun.i])


def named_between(parsed, pronoun) -> bool:
    """Whether a name other than the root's subject stands before a pronoun in its sentence ("Trump sought to make
    Hillary Clinton's health an issue, after she was seen ..."): the pronoun may be that name's, so the subject
    stands in for it no more; nor when a thing's pronoun stood for that subject (:func:`thing_told`), nor when
    the two differ in number ("Shares of the company fell soon after it cut its forecast": "it" is no "Shares")."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    subj = tree.own_subject(root) if root is not None else None
    if subj is not None and subj.pos_ in ("NOUN", "PROPN") and _number(pronoun) == "Sing" and _number(subj) == "Plur":
        return True
    if not _personal(pronoun):
        return False                    # (a person's pronoun; a full name of a possessor or an object before it)
    own = tree.span_ids(subj) if subj is not None else set()
    return thing_told(subj, pronoun) or any(
        t.pos_ == "PROPN" and t.i not in own and t.dep_ in ("nmod:poss", "obj", "iobj") and
        any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" for c in t.children) for t in parsed[:pronoun.i])


def _number(t) -> str | None:
    """A token's grammatical number ("Sing", "Plur"), when its features give one."""
    return next((f[7:] for f in str(t.morph).split("|") if f.startswith("Number=")), None)


def _personal(pronoun) -> bool:
    """Whether a pronoun is a person's: masculine or feminine."""
    return any(g in str(pronoun.morph) for g in ("Gender=Fem", "Gender=Masc"))


__all__ = ["PERSON_RELATIVES", "agreeing", "named_between", "thing_told", "number_of", "verb_number"]
