"""Clauses a parser hung where they do not belong, found again for a headline (:mod:`.phrase` uses them).

- :func:`complement_on_date` — a clause hung on a dating phrase that is the predicate's complement ("The
  court ruled last week that only the mother may decide", parsed as a relative clause of "week");
- :func:`infinitive_root` — a sentence whose root the parser made a marked infinitive ("the firm paid for
  ten members to fly to Detroit", "paid" hung as an adverbial clause of "fly");
- :func:`relative_date` — a date the parser made the predicate of a relative clause ("the notes, which will
  be due on Nov. 1, 2004, will be used ..."): no date of the clause above;
- :func:`unit_infinitive` — an infinitive the parser hung on a figure's unit ("rose $2.50 a share to close at
  $117.375"): the unit is no subject of it.

A deictic time expression — one with no determiner of its own ("last week", "Friday", "next
month") — names its time fully and takes no restrictive relative clause; a clause opened by a
complementizer right after it, with a subject of its own, completes the verb before the date. A
determined one ("the day that he died") does take one: its clause stays the date's.

Language-neutral: UD relations and positions only (:mod:`.phrase` uses it).
"""
from __future__ import annotations

from .tree import SUBJECTS, Token, span_ids

#: How a parser hangs the complementizer of such a clause: a marker, or a relative adverb ("the month that").
_OPENERS = frozenset({"mark", "obl", "obl:unmarked", "obl:tmod", "advmod"})

#: The determiners that make a time expression a noun a relative clause may restrict.
_DETERMINERS = frozenset({"det", "nmod:poss"})


def complement_on_date(doc, excluded: set[int]) -> set[int]:
    """The ids of the clauses hung on a token of ``excluded`` (a dating phrase) that are the
    complement of the verb the date hangs on (see the module's docstring)."""
    out: set[int] = set()
    for i in excluded:
        date = doc[i]
        if date.head.i == date.i or date.head.pos_ not in ("VERB", "AUX") or date.head.i in excluded or \
                any(c.dep_ in _DETERMINERS for c in date.children):
            continue
        for c in date.children:
            if c.dep_ != "acl:relcl" or c.i < date.i:
                continue
            first = doc[c.left_edge.i]
            opens = first.dep_ in _OPENERS and first.head.i == c.i and first.i > date.i and \
                "PronType=Int" not in str(first.morph)      # ("that" read as "the month that ...", not "when")
            before = doc[first.i - 1] if first.i else None
            if opens and before is not None and not before.is_punct and \
                    any(d.dep_ in SUBJECTS and d.i > first.i for d in c.children):
                out |= span_ids(c)
    return out



def infinitive_root(top: Token) -> Token | None:
    """The root of the sentence when it is a marked infinitive with no finite verb of its own and the
    finite predicate ``top`` (with its own subject) was hung on it as an adverbial clause before it: a
    sentence's main predicate is finite, so the infinitive is ``top``'s complement ("paid for ten
    members to fly"). None otherwise."""
    root = top.head
    if top.dep_ != "advcl" or root.dep_ != "ROOT" or top.i > root.i or \
            not any(f in str(top.morph) for f in ("VerbForm=Fin", "VerbForm=Part")):    # (a past tagged a participle)
        return None
    if not any(c.dep_ in SUBJECTS for c in top.children) or "VerbForm=Inf" not in str(root.morph):
        return None
    if not any(c.dep_ == "mark" and c.i < root.i and c.i > top.i for c in root.children) or \
            any(c.dep_ in ("aux", "aux:pass", "cop") for c in root.children):
        return None
    return root


def relative_date(head: Token) -> bool:
    """Whether the head of a time expression heads a relative clause with a subject of its own ("the notes,
    which will be due on Nov. 1, 2004, will be used ...": the parser made the date its predicate): the date
    is that clause's, not the one above."""
    return head.dep_ == "acl:relcl" and any(c.dep_ in SUBJECTS and "PronType=Rel" in str(c.morph)
                                            for c in head.children)


def adjective_case(head: Token) -> bool:
    """Whether the head of a time expression has an adjective for its case marker ("debentures due [March 1,
    2011]", "due" hung as a preposition): a noun's date after its adjective (a maturity, a payment), no date of
    the clause the parser hung it on."""
    doc = head.doc
    return any(c.dep_ == "case" and c.pos_ == "ADJ" and not list(c.children) and c.i > 0 and
               doc[c.i - 1].pos_ == "NOUN" and c.i + 1 < len(doc) and doc[c.i + 1].i in span_ids(head)
               for c in head.children)   # (right after its noun, right before the date: not "prior to this March")


def listed_example(head: Token, openers: tuple[str, ...]) -> bool:
    """Whether a time expression opens an example of a noun's list itself ("a series of outages by the utility,
    including one last month that affected 2.5 million people": the parser hung "one" on the month): the date is
    the listed item's, which the parse does not give, and no date of the clause above."""
    noun = head.head
    return head.dep_.startswith("nmod") and noun.i != head.i and noun.pos_ in ("NOUN", "PROPN") and \
        any(c.dep_ == "case" and c.text.lower() in openers for c in head.children)


def misparsed(head: Token, openers: tuple[str, ...]) -> bool:
    """Whether the parser hung a time expression on a clause it is no date of: :func:`relative_date`,
    :func:`adjective_case`, :func:`listed_example`."""
    return relative_date(head) or adjective_case(head) or listed_example(head, openers)


def passive_participle(top: Token) -> bool:
    """Whether a clause is a past participle modifying a noun (a reduced relative: "the little deal announced in
    October"): a reporting verb so used is an act, its noun what was announced, no report without its content."""
    return top.dep_ == "acl" and "Tense=Past" in top.morph and "VerbForm=Part" in top.morph


def unit_infinitive(top: Token) -> bool:
    """Whether a clause is an infinitive hung on the unit of a figure ("$2.50 a share to close at $117.375")."""
    return top.dep_ == "acl" and "VerbForm=Inf" in str(top.morph) and top.head.head.pos_ in ("SYM", "NUM")


__all__ = ["adjective_case", "complement_on_date", "infinitive_root", "listed_example", "misparsed", "passive_participle",
           "relative_date", "unit_infinitive"]
