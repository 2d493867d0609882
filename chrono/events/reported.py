"""Two happenings in one reported sentence, over a Universal Dependencies tree (language-neutral):

- :func:`content_own_dated` — whether the clause a dated report reports is dated by a date of its
  own predicate ("said Wednesday the town fell on Monday": the fall is the event, the report is not
  listed); a date deeper in it ("said Wednesday that they had concluded that K fired the shots that
  killed D last October"; "has decided to admit them in early March, an official said Wednesday")
  dates that deeper happening, and the report's content, undated, is the report's day's: two events;
- :func:`reduced_relative` — a date after the publication day at the end of a reduced passive
  relative ("to ship a computer based on the chip early next year"): such a participle tells what
  the noun is, not a happening ahead, and the date is the predicate's the noun stands in;
- :func:`perfect_after_phrase` — a past point after a prepositional phrase on a present perfect
  ("has been arrested in connection with the bombings last year"): a perfect takes no past point
  in the languages whose pack says so, and the date is the phrase's noun's, not the perfect's;
- :func:`mend_subject_dates` — a bare date the parser took for a second subject ("The warrant issued
  Monday charged ...") modifies the participle before it;
- :func:`mend_report_conjuncts` — a bare reported clause taken for the reporting verb's conjunct;
- :func:`mend_fronted_subjects` — the subject after a fronted date taken for its apposition ("As of
  Wednesday evening, Lazaro Gonzalez, ..., had not signed") is the predicate's subject;
- :func:`dated_predicate` — the predicate a date dates, with the rules above and :mod:`.attachment`'s.
"""
from __future__ import annotations

from typing import Any

from . import slips, tree
from .slips import mend_fronted_subjects, mend_noun_root  # noqa: F401 - (named here before)
from .slips_attachment import mend_appositive_date, mend_fronted_date, mend_prepositional_subject
from .asking import inverted_question
from .attachment import close_after_host, ended_setting, past_between, rehang_between, past_point, perfect, set_off_host
from .dating import is_future

Token = Any


def content_own_dated(report: Token, by_top: dict) -> bool:
    """Whether the content of ``report`` is dated by its own predicate: a dated predicate key of
    ``by_top`` (key -> [(group, head, predicate)]) that is the content's head, its date on that head
    itself rather than on an open complement of it ("has decided to admit ... in early March")."""
    content = tree.content_of(report)
    if content is None:
        return False
    top = tree.clause_top(content)
    for key, found in by_top.items():
        if key in (content.i, top.i) and any(pred.i == key for _g, _h, pred in found):
            return True
    return False


def reduced_relative(pred: Token, future: bool) -> Token:
    """The predicate a date after publication dates, when the parser hung it on a past participle
    modifying a noun with no auxiliary or subject of its own ("a computer based on the chip early
    next year"): the predicate the noun stands in; else ``pred``."""
    morph = str(pred.morph)
    if not future or pred.dep_ != "acl" or "VerbForm=Part" not in morph or "Tense=Past" not in morph or \
            any(c.dep_ in tree.SUBJECTS or c.dep_ in ("aux", "aux:pass", "mark") for c in pred.children):
        return pred
    up = pred.head
    for _ in range(12):
        if up.i != pred.i and tree.is_predicate(up):
            return up if tree.subject_of(tree.clause_top(up))[0] is not None else pred
        if up.head.i == up.i:
            break
        up = up.head
    return pred


def perfect_after_phrase(head: Token, pred: Token) -> bool:
    """Whether a date hung on a present perfect ``pred`` follows a prepositional phrase of it with
    no verb between ("has been arrested in connection with the bombings [last year]")."""
    if head.i < pred.i:
        return False
    doc = head.doc
    between = doc[pred.i + 1:head.left_edge.i]
    if any(t.pos_ in ("VERB", "AUX") for t in between):
        return False
    return any(t.dep_ == "obl" and t.head.i == pred.i and any(c.dep_ == "case" for c in t.children) and
               t.i < head.i for t in pred.children)


def mend_subject_dates(heads: list) -> None:
    """Mend a parser slip in place: a bare time expression taken for a second subject of a predicate
    right after a participle ("The warrant issued Monday charged Kopp ...": "warrant" and "Monday" both
    subjects of "charged"). A clause has one subject; the date modifies the participle before it."""
    for head in heads:
        if head is None or head.dep_ != "nsubj" or head.head.i == head.i or list(head.children) and \
                any(c.dep_ not in ("amod", "det", "compound", "nummod") for c in head.children):
            continue
        pred, doc = head.head, head.doc
        first = head.left_edge.i
        prev = doc[first - 1] if first else None
        others = [c for c in pred.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i != head.i]
        if prev is None or not others or prev.pos_ != "VERB" or prev.dep_ != "acl" or \
                "VerbForm=Part" not in str(prev.morph) or prev.head.i != others[0].i:
            continue
        try:
            head.head, head.dep_ = prev, "obl:unmarked"
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


def mend_report_conjuncts(parsed, is_report) -> None:
    """Mend a parser slip in place: the clause right after a reporting verb, with a subject of its own and
    no coordinator, taken for the verb's conjunct ("Acme reported profit jumped 45%": "jumped" a conjunct
    of "reported"). Nothing coordinates them: the clause is what is reported, the verb's complement."""
    for t in parsed:
        report = t.head
        if t.dep_ != "conj" or t.pos_ not in ("VERB", "AUX") or t.i < report.i or not is_report(report):
            continue
        subj = tree.own_subject(t)
        if subj is None or subj.left_edge.i != report.i + 1 or any(c.dep_ == "cc" for c in t.children) or \
                any(c.dep_ in ("obj", "ccomp", "xcomp", "iobj") for c in report.children):
            continue
        try:
            t.dep_ = "ccomp"
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


def mend_trailing_report(parsed, is_report) -> None:
    """Mend a parser slip in place: a reporting verb that closes the sentence after a comma and its subject
    ("..., the U.S. Attorney's Office for the Western District announced Monday."), hung inside the clause it
    reports (an ``xcomp`` of "kill", its subject an apposition of the object). Nothing but its own words
    follows it and a bare noun phrase is all between the comma and it: it is paratactic to the sentence's
    root, which it reports, and the phrase is its subject."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    for verb in parsed:
        if root is None or verb.i == root.i or verb.pos_ != "VERB" or "VerbForm=Fin" not in str(verb.morph) or \
                not is_report(verb) or \
                tree.own_subject(verb) is not None or any(c.dep_ in ("ccomp", "obj") and c.i < verb.i for c in verb.children):
            continue
        if any(not t.is_punct and verb.i not in {a.i for a in t.ancestors} for t in parsed[verb.i + 1:]):
            continue
        comma = next((t.i for t in reversed(parsed[:verb.i]) if t.text == ","), None)
        between = parsed[comma + 1:verb.i] if comma is not None else []
        tops = [t for t in between if not comma < t.head.i < verb.i]
        if comma is None or root.i > comma or not between or len(tops) != 1 or \
                tops[0].pos_ not in ("NOUN", "PROPN") or any(t.pos_ in ("VERB", "AUX") for t in between):
            continue
        try:
            verb.head, verb.dep_ = root, "parataxis"
            tops[0].head, tops[0].dep_ = verb, "nsubj"
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue
        return


def mended(heads: list, parsed, is_report) -> list:
    """The dates' heads ``heads`` after the parser's slips around them and its reports are mended in place
    (:func:`mend_noun_root`, ``slips.mend_noun_conj_root``, ``slips.mend_noun_acl_root``, :func:`.slips_attachment.mend_fronted_date`,
    :func:`.slips_attachment.mend_appositive_date`, :func:`.slips_attachment.mend_prepositional_subject`,
    :func:`mend_subject_dates`, :func:`mend_fronted_subjects`, :func:`mend_report_conjuncts`,
    :func:`mend_trailing_report`)."""
    slips.mend_noun_root(parsed)
    slips.mend_noun_conj_root(parsed)
    slips.mend_noun_acl_root(parsed)
    slips.mend(parsed)
    mend_prepositional_subject(parsed)
    mend_fronted_date(heads)
    mend_appositive_date(heads)
    mend_subject_dates(heads)
    slips.mend_fronted_subjects(heads)
    mend_report_conjuncts(parsed, is_report)
    mend_trailing_report(parsed, is_report)
    return heads


def governing(pred):
    """For a participle with no subject to be found (a parser's noun-like "conducted" in "In his physical
    conducted in 2018, Trump had been diagnosed"), the predicate it hangs on; else ``pred`` itself."""
    if pred.dep_ in ("obl", "advcl", "acl") and "VerbForm=Part" in str(pred.morph) and \
            (tree.subject_of(pred)[0] is None or pred.dep_ == "acl" and _framing(pred.head)) and tree.predicate_of(pred) is not None:
        return tree.predicate_of(pred)  # (and "According to data released by MOTIE in August, capacity reached ...")
    return pred


def _framing(noun) -> bool:
    """Whether a noun opens with a preposition of several words ("according to"), however the parser
    labelled its first word: a frame of the clause it hangs on, not a subject."""
    return any(c.dep_ in ("case", "mark") and any(f.dep_ == "fixed" for f in c.children) for c in noun.children)


def dated_predicate(ctx, g, head, pred, dating, is_report, perfect_undated: bool, points):
    """The predicate the dating group ``g`` (head ``head``, hung on ``pred``) dates: past a participle
    with no subject, a present perfect, a reduced relative, to a report right before; None when the
    date is no predicate's ("has been arrested in connection with the bombings last year")."""
    if inverted_question(pred):
        return None                     # "so can you give me until tomorrow?": asked, not told
    pred = set_off_host(ctx.parsed, head, pred, g.start, g.end)    # "extend its bid, due to expire Thursday, to Nov. 6"
    pred = ended_setting(pred, head, dating.words.terminative_verbs)   # "won in a series that ended Wednesday"
    pred = close_after_host(pred, head, dating.words.preceding_marks, dating.words.close_before)    # "tweeted soon after ..."
    pred = governing(pred)              # "In his physical conducted in 2018, Trump had been diagnosed"
    prep = dating.preposition(ctx.sentence, g.start)[0]
    if perfect_undated and past_point(g, prep, points, ctx.doc.published):
        if prep is None and perfect(pred) and past_between(head, pred) is None and perfect_after_phrase(head, pred):
            return None                 # the date is the phrase's noun's: a perfect takes no past point
        pred = rehang_between(past_between(head, pred), pred, head) or pred    # "have provided the money it requested in May"
    pred = reduced_relative(pred, is_future(g.main, ctx.doc.published))    # "a computer based on ... next year"
    said = tree.preceding(ctx.parsed, g.start)
    if said is not None and said.i != pred.i and is_report(said) and tree.content_of(said) is not None:
        pred = said                     # "X said (on) Wednesday he could ...": the day of the report
    return pred


__all__ = ["mend_trailing_report", "dated_predicate", "mend_fronted_subjects", "mend_report_conjuncts", "mended", "mend_subject_dates", "content_own_dated", "perfect_after_phrase", "reduced_relative"]
