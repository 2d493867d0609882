"""Where a parser hangs a time expression and the sentence says otherwise, over a Universal
Dependencies tree (language-neutral: UD relations and features; whether a rule holds for a language
is the pack's):

- :func:`past_between` — a present perfect takes no past point in some languages (English "*has
  provided it in May"): a past date hung on one is the simple past's between them ("have provided
  all the money NASA requested in its amendment in May" -> "requested");
- :func:`rehang_between` — the obliques between that simple past and the date are its too ("the money NASA
  requested [in its budget amendment] in May");
- :func:`ended_setting` — a relative clause that only ends a happening's setting ("won in a series that ended
  at 2 a.m. on Wednesday") dates the happening;
- :func:`close_after_host` — a date inside an "after" clause right after an adverb of closeness ("tweeted soon
  after the committee concluded its hearings on Tuesday") dates the host too;
- :func:`when_clause` — a clause a relative adverb opens right after a time expression ("in 2016,
  when his father died"; "after last week, when the index fell") is a happening of that time;
- :func:`noun_when` — a when-clause right after a dated noun ("Trump's July 25 call when he asked ...") tells
  what happened then;
- :func:`when_aside` — a date on a noun with a when-clause set off after it dates that clause, not the
  predicate above the noun;
- :func:`period_participle` — "the year ended Sept. 30": the participle only ends a period, the date
  dates the clause above;
- :func:`content_noun` — a date on a noun of a verbless report's content is that noun's;
- :func:`join_conjuncts` — coordinated predicates of one subject that one date ends share it;
- :func:`set_off_host` — a date after the comma that closes a modifier set off by commas ("would extend
  its bid, due to expire last Thursday, to Nov. 6") is the predicate's the modifier interrupts;
- :func:`add_when_clauses`, :func:`past_point` — what :class:`.structure.TreeEvents` asks of them.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from ..model import TimexType
from ..timevalue import interval
from . import phrase, tree

Token = Any


def perfect(pred: Token) -> bool:
    """Whether a predicate is a present perfect: a past participle with a finite present auxiliary
    ("have provided"; a passive's own auxiliary is ``aux:pass``, "is held" is none)."""
    morph = str(pred.morph)
    return "VerbForm=Part" in morph and "Tense=Past" in morph and \
        any(c.dep_ == "aux" and "VerbForm=Fin" in str(c.morph) and "Tense=Pres" in str(c.morph) for c in pred.children)


def past_between(head: Token, pred: Token) -> Token | None:
    """The simple past the parser should have hung a past date on, when it hung it on a present
    perfect (where the language dates no perfect by a past point: "have provided all the money NASA
    requested in its amendment in May" -> "requested"): the nearest finite past verb between the
    perfect and the date, in the perfect's clause."""
    if head.i < pred.i or not perfect(pred):
        return None
    doc = head.doc
    inside = tree.span_ids(pred)
    for t in reversed(doc[pred.i + 1:head.i]):
        morph = str(t.morph)
        if t.i in inside and t.pos_ == "VERB" and "VerbForm=Fin" in morph and "Tense=Past" in morph:
            return t
    return None


def rehang_between(verb: Token | None, perfect: Token, head: Token) -> Token | None:
    """``verb`` (:func:`past_between`'s), with the obliques the parser hung on the ``perfect`` between it and the date
    (head ``head``) hung on it: they are its, as the date is ("have provided all the money NASA requested [in its
    $1.6 billion budget amendment] in May"). The parse is mended in place."""
    if verb is not None:
        for c in list(perfect.children):
            if c.dep_ == "obl" and verb.i < c.i <= head.i and head.i in tree.span_ids(c) | {c.i}:
                c.head = verb
    return verb


def when_clause(doc, end: int) -> Token | None:
    """The clause a relative adverb opens right after a time expression ending at the character
    ``end`` ("after last week, when the index recorded its worst stretch"; "in 2016, when he ran"):
    a happening of that time, whatever the time's preposition says of the clause it hangs on."""
    after = [t for t in doc if t.idx >= end]
    while after and after[0].is_punct and after[0].text in (",", "—", "–"):
        after = after[1:]
    if not after:
        return None
    rel, clause = after[0], after[0].head
    if rel.dep_ != "advmod" or not any(f in str(rel.morph) for f in ("PronType=Int", "PronType=Rel")) or \
            clause.i <= rel.i or clause.dep_ not in ("advcl", "acl:relcl", "acl") or not tree.is_predicate(clause) or \
            tree.own_subject(clause) is None:
        return None
    return clause


def noun_when(doc, sentence: str, end: int, noun_text: str, limit: int) -> str | None:
    """The words of the clause a relative adverb opens right after the noun phrase ``noun_text`` that a time
    expression ending at ``end`` premodifies ("Trump's July 25 call [when he asked Zelenskiy for ...]": what
    happened then, part of the noun's happening), with the adverb, cut to ``limit`` words; None when no such
    clause follows."""
    last = noun_text.split()[-1]
    at = sentence.find(last, end)
    clause = when_clause(doc, at + len(last)) if at >= 0 else None
    if clause is None:
        return None
    opener = [c.i for c in clause.children if c.dep_ == "advmod" and c.i < clause.i]
    keep = phrase.clause_tokens(clause, set(), False)
    keep = phrase.trim(doc, keep, {clause.i, tree.own_subject(clause).i, *opener}, limit)
    return phrase.text_of(doc, keep)


def when_aside(doc, group, head: Token, pred: Token) -> bool:
    """Whether a date (dating ``group``, head ``head``) hung on a noun, not on the predicate ``pred`` it was
    climbed to, is followed by a comma and a clause a relative adverb opens ("a dramatic turnaround from
    four years ago, when Republican Phil Bryant won"): the aside tells the date's happening, the main
    clause is not of that date (:func:`add_when_clauses` dates the aside)."""
    after = head.right_edge.i + 1
    return head.head.i != pred.i and not tree.is_predicate(head.head) and len(group.timexes) == 1 and \
        after < len(doc) and doc[after].is_punct and when_clause(doc, group.end) is not None


def period_participle(pred: Token, head: Token, periods: list[tuple[int, int]]) -> Token:
    """The predicate a date dates when the parser made a participle after a period its clause ("For the year
    ended Sept. 30, Ralston earned ...", "posted net income for the fiscal first quarter ended Sept. 30":
    "ended" with "year" or "quarter" for its oblique or subject): the participle only ends the period, which
    the clause above it is of. ``periods``: the sentence's time expressions (offsets in the sentence); the
    participle has nothing but the period before it and the date."""
    if pred.pos_ != "VERB" or pred.dep_ not in ("advcl", "acl", "acl:relcl") or head.head.i != pred.i or \
            any(c.dep_ in ("aux", "aux:pass", "cop") for c in pred.children):
        return pred
    others = [c for c in pred.children if c.i != head.i and not c.is_punct and c.dep_ not in ("mark", "case")]
    if len(others) != 1 or others[0].i > pred.i or others[0].pos_ != "NOUN" or \
            not any(a <= others[0].idx < b for a, b in periods):
        return pred
    t = pred.head
    for _ in range(12):
        if tree.is_predicate(t) or t.head.i == t.i:
            break
        t = t.head
    return t if tree.is_predicate(t) and t.i != pred.i else pred


def join_conjuncts(parsed, by_top: dict, is_report, factual) -> set[int]:
    """Coordinated predicates of one subject that one date ends ("had surrendered and been disarmed
    since Friday"): the date is the coordination's, when the first has no date of its own and both
    say the same of the world (``factual``: fact and fact). Moves them in ``by_top``; the joined conjuncts."""
    joined: set[int] = set()
    for key in sorted(by_top, reverse=True):
        top = parsed[key]
        first = top.head
        if top.dep_ != "conj" or tree.own_subject(top) is not None or first.i in by_top or \
                not tree.is_predicate(first) or is_report(first) or \
                not any(c.dep_ == "cc" for c in top.children) and top.left_edge.dep_ != "cc":
            continue                    # (no coordinator: "has arrived as the giant's service, Stadia, launched Tuesday")
        if (not any(c.dep_ in ("aux", "aux:pass") for c in first.children) and
                any(c.dep_ in ("obj", "obl", "ccomp", "xcomp") and c.i < top.i for c in first.children)) or \
                any(c.dep_ == "aux" for c in top.children):
            continue                    # "won three titles ... and returned to England in 2016": two happenings
        if not (factual(top, top) and factual(tree.clause_top(first), first)):
            continue
        by_top[first.i] = by_top.pop(key)
        joined.add(key)
    return joined


def content_noun(head: Token, report: Token) -> Token | None:
    """The noun a date hangs on inside a verbless complement of a reporting verb ("X said there will be
    three rockets: ..., the second for Artemis 2 in 2022, ..."): no verb between them, so the date is
    that noun's, not the report's. Not a noun of the report's own ("said in a statement on Monday")."""
    noun = head.head
    if not head.dep_.startswith("nmod") or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    t = noun
    for _ in range(12):
        if t.head.i == report.i:
            return noun if t.dep_ in ("ccomp", "parataxis") else None
        if t.pos_ in ("VERB", "AUX") or tree.is_predicate(t) or t.head.i == t.i:
            return None
        t = t.head
    return None


def add_when_clauses(parsed, by_top: dict, dated: list) -> None:
    """Dates in ``by_top`` (predicate key -> dating group, head, predicate) the clause a relative adverb
    opens right after a date of ``dated`` (dating group, head): "after last week, when the index
    recorded ..." (not after a range: which end?). A clause with a point of its own keeps it; a
    period of its own yields ("when the index recorded its worst run in months"), and so does a date a
    superlative ranks over ("its worst stretch since early August")."""
    for g, head in dated:
        when = when_clause(parsed, g.end) if len(g.timexes) == 1 else None
        key = tree.clause_top(when).i if when is not None else None
        if key is not None and all(f[0].main.type == TimexType.DURATION or _ranking(f[1]) for f in by_top.get(key, [])):
            by_top[key] = [(g, head, when)]


def _ranking(head) -> bool:
    """Whether a date phrase is the span a superlative or an ordinal right before it ranks over ("its worst
    stretch since early August", "its first win since 2011"): it dates no happening of the clause."""
    at = head.left_edge.i - 1
    if at >= 0 and head.doc[at].pos_ in ("ADP", "ADV", "SCONJ"):
        at -= 1                         # the date's preposition, however the parser hung it
    t = head.doc[at] if at >= 0 else None
    return t is not None and t.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "amod" and ("Degree=Sup" in str(c.morph) or "NumType=Ord" in str(c.morph)) for c in t.children)


def past_point(group, prep: str | None, points, published: date | None) -> bool:
    """Whether a dating group is a point wholly before the publication day, after no preposition or
    a point's ("in May")."""
    main = group.main
    span = interval(main.value, main.mod) if main.type in (TimexType.DATE, TimexType.TIME) else None
    return span is not None and published is not None and span[1] < published and (prep is None or prep in points)


def ended_setting(pred: Token, head: Token, terminative: frozenset[str]) -> Token:
    """The predicate a date dates when the parser hung it on a relative clause that only ends the setting of
    another happening: "defeated Khachanov and Rublev to seal the victory in a marathon series that ended
    close to 2 a.m. on Wednesday" (a verb of ``terminative``, its subject the relative pronoun, no object, the
    noun it modifies an oblique of a predicate): the date is that predicate's; else ``pred``."""
    noun = pred.head
    if pred.dep_ != "acl:relcl" or pred.text.lower() not in terminative or noun.dep_ != "obl" or \
            not any(c.dep_ == "case" for c in noun.children) or not tree.is_predicate(noun.head) or \
            any(c.dep_ in ("obj", "ccomp") or c.dep_ == "xcomp" and c.i > head.right_edge.i for c in pred.children):
        return pred
    subj = tree.own_subject(pred)
    if subj is None or "PronType=Rel" not in str(subj.morph):
        return pred
    host = noun.head
    while host.dep_ == "xcomp" and tree.is_predicate(host.head) and host.head.i != host.i:
        host = host.head                # "defeated them to seal the victory in ...": the defeat, not its aim
    return host


def close_mark(sub: Token, marks: frozenset[str], close: frozenset[str]) -> Token | None:
    """The one marker of ``marks`` that opens the adverbial clause ``sub`` right after an adverb of ``close``
    ("[soon] after the committee concluded ..."), or None."""
    found = [c for c in sub.children if c.dep_ == "mark"]
    if sub.dep_ != "advcl" or len(found) != 1 or found[0].text.lower() not in marks or found[0].i == 0:
        return None
    return found[0] if sub.doc[found[0].i - 1].text.lower() in close else None


def close_after_host(pred: Token, head: Token, marks: frozenset[str], close: frozenset[str]) -> Token:
    """The predicate a date dates when it is inside an adverbial clause opened by a preceding mark right after an
    adverb of closeness (:func:`close_mark`: "Trump tweeted soon after the committee concluded its hearings on
    Tuesday"): the clause tells when its host happened, the host is the happening; else ``pred``."""
    host, mark = pred.head, close_mark(pred, marks, close)
    if mark is None or host.i == pred.i or not tree.is_predicate(host) or mark.i > head.i:
        return pred
    return host if pred.doc[mark.i - 1].head.i in (host.i, mark.i, pred.i) else pred


def set_off_host(doc, head: Token, pred: Token, start: int, end: int) -> Token:
    """The predicate a date dates when the parser hung it on a clause set off by commas that it follows:
    "would extend its bid, due to expire last Thursday, to Nov. 6" (the bid's expiry ends at the second
    comma; Nov. 6 is the extension's), "postponed the vote, planned for May 2, to June 9". The set-off
    clause opens with a comma after its host, and the date phrase, the last of it, follows a comma of
    its own; else ``pred``."""
    host = pred.head
    if pred.dep_ not in ("advcl", "acl", "acl:relcl") or host.i == pred.i:
        return pred
    ids = tree.span_ids(pred)
    dated = tree.date_ids(doc, head, start, end)
    words = [i for i in ids if not doc[i].is_punct]
    first, k = min(words), min(i for i in dated if not doc[i].is_punct)
    if first == 0 or host.i > first or doc[first - 1].text != "," or k - 1 <= first or doc[k - 1].text != ",":
        return pred
    after = [i for i in ids if i > max(dated) and not doc[i].is_punct]
    return host if not after and not (dated & {first}) else pred


__all__ = ["close_after_host", "close_mark", "rehang_between", "ended_setting", "period_participle", "when_aside", "set_off_host", "add_when_clauses", "content_noun", "noun_when", "join_conjuncts", "past_between", "past_point", "perfect", "when_clause"]
