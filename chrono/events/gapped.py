"""Gapped lists of dated objects: "NATO was expanded to include Greece and Turkey in 1952, Germany in 1955 and
Spain in 1982"; "The league admitted Ohio in 1990, Texas in 1994 and Utah in 1999".

One predicate, its object dated by a time expression on the predicate, and more objects after it, each with a
date of its own hung on that object (the verb is gapped: "[included] Germany in 1955"): each object is a
happening of its date, told with the predicate's words and that object in place of the first
(:func:`gapped_list` finds them, :func:`gapped_headline` words them).
"""
from __future__ import annotations

from . import phrase, tree

#: How a later object of the list hangs in the tree: coordinated, set beside, or loosely attached.
_LISTED = frozenset({"conj", "appos", "dep", "parataxis", "list"})
_NOMINAL = frozenset({"PROPN", "NOUN"})


def _listed_noun(head, pred) -> object | None:
    """The object a date hangs on ("Germany" of "Germany in 1955", "a post office in Hull" of "... in July")
    when that object is a later item of a list of the predicate's (under it, its object or an earlier item);
    None otherwise."""
    noun = head.head
    if not head.dep_.startswith("nmod") or noun.pos_ not in _NOMINAL:
        return None
    for _ in range(3):                  # "a post office in Hull in July": the item is the office
        if noun.dep_ in _LISTED or noun.i == pred.i or not noun.dep_.startswith("nmod"):
            break
        noun = noun.head
    if noun.i == pred.i or noun.pos_ not in _NOMINAL or noun.dep_ not in _LISTED:
        return None
    later = [c for c in noun.children if c.dep_ == "conj" and c.pos_ in _NOMINAL and c.i < head.i]
    up, noun = noun, max(later, key=lambda c: c.i) if later else noun   # "Germany ... and Spain in 1982": Spain's
    for _ in range(4):
        up = up.head
        if up.i == pred.i:
            return noun
        if up.dep_ in ("obj", "obl") and up.head.i == pred.i or up.dep_ in _LISTED:
            continue
        if up.head.i == pred.i:
            return noun
        return None
    return None


def gapped_list(found: list) -> tuple[list, list]:
    """Of a clause's dated predicates (dating group, head, predicate), the rest and a gapped list: the
    first date of a predicate hung on it with an object, then its dates hung on later listed objects
    (each with its object: group, head, predicate, noun). No list: ``(found, [])``."""
    for first in found:
        g, head, pred = first
        obj = next((c for c in pred.children if c.dep_ == "obj"), None)
        if obj is None or head.head.i != pred.i or not head.dep_.startswith("obl"):
            continue
        items = [(f[0], f[1], pred, noun) for f in found if f is not first and f[0].start > g.end
                 and (noun := _listed_noun(f[1], pred)) is not None]
        if items:
            listed = [first] + [f for f in found if any(f[0] is it[0] for it in items)]
            rest = [f for f in found if f not in listed]
            if any(f[2].i == pred.i and f[0].start > g.end for f in rest):
                return found, []        # a later date of the list not read as an item: no list
            return rest, [(g, head, pred, obj)] + items
    return found, []


def gapped_headline(parsed, first_headline: str, obj, items: list, dated: set[int]) -> list[str | None]:
    """The headline of each later item: the first's, its object's words replaced by the item's noun
    phrase (without its date and the items coordinated with it); None when the first headline does not
    hold its object's words."""
    nouns = {it[3].i for it in items[1:]}
    later = set().union(*(tree.span_ids(obj.doc[k]) for k in nouns)) if nouns else set()
    said = phrase.text_of(parsed, tree.span_ids(obj) - later - dated)
    out: list[str | None] = []
    for _g, _h, _p, noun in items[1:]:
        own = tree.span_ids(noun) - dated - {i for c in noun.children if c.dep_ in ("conj", "cc", "punct")
                                             for i in tree.span_ids(c)}
        words = phrase.text_of(parsed, own)
        out.append(first_headline.replace(said, words, 1) if said and said in first_headline and words else None)
    return out


__all__ = ["gapped_headline", "gapped_list"]


def gapped_events(trees, ctx, found: list, groups, heads, memory, joined, events: list) -> list:
    """The events of a gapped list of ``found`` (:func:`gapped_list`), added to ``events``; the rest of ``found``
    returned. ``trees``: the :class:`.structure.TreeEvents` of the language."""
    from .dating import when_of
    from .record import event_of
    rest, items = gapped_list(found)
    if not items:
        return found
    parsed = ctx.parsed
    g, head, pred, obj = items[0]
    later = {i for it in items[1:] for i in tree.span_ids(it[3])}
    own = {i for gi, hi, _p, _n in items[1:] for i in tree.date_ids(parsed, hi, gi.start, gi.end)}
    dated = {i for gg, hh in zip(groups, heads) for i in tree.date_ids(parsed, hh, gg.start, gg.end)} - later | own
    first = trees._predicate_event(ctx, g, head, pred, (dated | later) - tree.date_ids(parsed, head, g.start, g.end),
                                   memory, joined, tree.clause_top(pred))
    if first is None:
        return rest
    events.append(first)
    for (gi, _h, _p, _n), headline in zip(items[1:], gapped_headline(parsed, first.headline, obj, items, dated)):
        if headline is not None:
            events.append(event_of(ctx.doc, ctx.span, ctx.sentence, gi.main, headline, when_of(gi.main), first.modality,
                                   first.attribution, "tree:gapped", timex_text=ctx.sentence[gi.start:gi.end],
                                   trigger=first.trigger))
    return rest
