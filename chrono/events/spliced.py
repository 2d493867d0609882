"""Words the parser reads better without: parse the sentence without them, then put them back.

A wire dateline ("NAIROBI, Kenya (AP) _") and a bare day between a subject and its verb ("The panel
Thursday refused to order a hearing", "Officials Monday said") are no part of the clause's syntax, and
parsed with them the sentence breaks: it hangs on the city's name, or the day becomes the subject.
:func:`spliced` gives the parse of the rest with those words put back, each hung on one token of it;
:func:`bare_day` finds such a day in a parse, :func:`opening_day` a day opening the sentence that the parser
made its root ("Earlier Sunday, police clashed ..."). A bare day right after its verb taken for the verb's
subject or object ("an official said Saturday", "the airline announced Friday") needs no new parse:
:func:`day_after_verb` finds it, and the reader hangs it on that verb as a time adjunct.
"""
from __future__ import annotations

from typing import Any

#: The relations a bare day may rightly have: a time adjunct of its verb or of the noun before it.
_ADJUNCT = frozenset({"obl", "obl:tmod", "obl:unmarked", "obl:npmod", "nmod:tmod", "nmod:unmarked", "nmod:npmod",
                      "advmod"})


def spliced(nlp, doc, at: int, words: list[str], spaces: list[bool], head: int, dep: str, pos: list[str],
            tags: list[str], text: str) -> Any | None:
    """``doc`` with the tokens ``words`` put back before its token ``at``, each hung on its token
    ``head`` as ``dep``, so that the offsets are those of ``text``; None when the tokens do not give
    the text back or the library refuses the tree."""
    from spacy.tokens import Doc

    n = len(words)
    shift = [k if k < at else k + n for k in range(len(doc))]
    all_words = [t.text for t in doc[:at]] + words + [t.text for t in doc[at:]]
    all_spaces = [bool(t.whitespace_) for t in doc[:at]] + spaces + [bool(t.whitespace_) for t in doc[at:]]
    if "".join(w + (" " if s else "") for w, s in zip(all_words, all_spaces)).rstrip() != text.rstrip():
        return None
    root = shift[head]

    def part(values, inserted):
        return values[:at] + inserted + values[at:]

    try:
        return Doc(nlp.vocab, words=all_words, spaces=all_spaces,
                   heads=part([shift[t.head.i] for t in doc], [root] * n),
                   deps=part([t.dep_ if t.head.i != t.i else "ROOT" for t in doc], [dep] * n),
                   pos=part([t.pos_ or "X" for t in doc], pos),
                   tags=part([t.tag_ or "" for t in doc], tags),
                   morphs=part([str(t.morph) for t in doc], [""] * n),
                   lemmas=part([t.lemma_ for t in doc], list(words)) if doc.has_annotation("LEMMA") else None,
                   sent_starts=[True] + [False] * (len(all_words) - 1))
    except (ValueError, TypeError):
        return None


def bare_day(doc, days: frozenset[str]) -> int | None:
    """The index of a day named bare between a noun and a verb ("The panel Thursday refused") that the
    parser did not read as a time adjunct (it made it the subject, a part of a name), or None."""
    for t in doc:
        if t.lower_ in days and 0 < t.i < len(doc) - 1 and t.dep_ not in _ADJUNCT and \
                doc[t.i - 1].pos_ in ("NOUN", "PROPN", "ADJ") and doc[t.i + 1].pos_ in ("VERB", "AUX"):
            return t.i
    return None


def opening_day(doc, days: frozenset[str]) -> int | None:
    """The index of the comma that closes an opening day the parser did not read as a time adjunct ("Earlier
    Sunday, police and militant Protestants clashed ...": the root; "Also Friday, Mayor Alex Penelas and Mayor Joe
    Carollo flew ...": a subject): a day within the first three words, right before a comma, a verb after it;
    None otherwise."""
    day = next((t for t in doc[:3] if t.lower_ in days), None)
    if day is None or day.dep_ in _ADJUNCT or day.i + 1 >= len(doc) or doc[day.i + 1].text != ",":
        return None
    return day.i + 1 if any(t.pos_ == "VERB" for t in doc[day.i + 2:]) else None


def verb_of(doc, i: int) -> int:
    """The verb a token at ``i`` of a parse leads to: itself, or the verb an auxiliary serves."""
    t = doc[i]
    return t.head.i if t.dep_ in ("aux", "aux:pass", "cop") else t.i


def day_in_name(doc, days: frozenset[str]) -> list[tuple[int, int]]:
    """The days named bare right after a name that the parser made the name's last word ("attacks in Kenya and
    Tanzania Friday": "Tanzania Friday" one name), each with the noun whose phrase holds the name: the noun the
    day modifies ("the attacks ... Friday"), or, when a name heads the phrase, the name."""
    found = []
    for t in doc:
        if t.lower_ in days and t.dep_ in ("flat", "compound") and t.head.pos_ == "PROPN" and t.head.i < t.i \
                and not list(t.children):
            noun = t.head
            while noun.pos_ == "PROPN" and noun.dep_ in ("conj", "nmod", "flat", "compound", "appos") and noun.head.i < noun.i:
                noun = noun.head
            found.append((t.i, noun.i))
    return found


#: The relations of a bare day after its verb that make it a part of the clause's core.
_CORE = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "xcomp"})


def day_after_verb(doc, days: frozenset[str]) -> list[int]:
    """The indices of the days named bare right after the verb they hang on as its subject, object or
    complement ("Adams said Sunday": two subjects; "the airline announced Friday": an object), where
    the day is a time adjunct of that verb."""
    return [t.i for t in doc if t.lower_ in days and t.i > 0 and t.dep_ in _CORE and t.head.i == t.i - 1
            and t.head.pos_ == "VERB" and all(c.is_punct for c in t.children)]
def without_bare_day(nlp, doc, days: frozenset[str], text: str):
    """``doc`` (the parse of ``text``), or, where a bare day between a noun and its verb broke it
    ("The panel Thursday refused"), the parse of the text without the day, the day hung on the verb; where an
    opening day is no time adjunct ("Also Thursday, Saudi Arabia called ..." read with the day as root), the parse of the rest, the day's
    words hung on its root as a time adjunct and the comma as punctuation."""
    i = bare_day(doc, days) if days.intersection(text.lower().replace(",", " ").split()) else None
    comma = opening_day(doc, days) if i is None else None
    if comma is not None:
        rest = next(iter(nlp.pipe([text[doc[comma].idx + 1:].lstrip()])))
        root = next(t.i for t in rest if t.head.i == t.i)
        mark = doc[comma]
        joined = spliced(nlp, rest, 0, [","], [bool(mark.whitespace_)], root, "punct", ["PUNCT"], [mark.tag_], text[mark.idx:])
        words = doc[:comma]
        return (spliced(nlp, joined, 0, [t.text for t in words], [bool(t.whitespace_) for t in words], root + 1,
                        "obl:unmarked", [t.pos_ for t in words], [t.tag_ for t in words], text) if joined else None) or doc
    if i is None:
        return doc
    day = doc[i]
    rest = next(iter(nlp.pipe([text[:day.idx] + text[day.idx + len(day.text_with_ws):]])))
    if [t.text for t in rest] != [t.text for t in doc if t.i != i]:
        return doc
    return spliced(nlp, rest, i, [day.text], [bool(day.whitespace_)], verb_of(rest, i), "obl:unmarked",
                   [day.pos_], [day.tag_], text) or doc


