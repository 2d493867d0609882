"""Facts about one predicate of a parsed sentence that the tree reading (:mod:`.structure`) asks."""
from __future__ import annotations

from datetime import date

from ..model import Timex, TimexType
from ..timevalue import interval
from . import phrase, tree


def touches(bad, top) -> bool:
    """Whether an ill-formed attachment (:func:`.tree.anomalies`) bears on the clause of ``top``: it
    lies inside it, or it is the predicate above that lends the clause its subject."""
    if bad.i in tree.span_ids(top):
        return True
    if tree.own_subject(top) is not None:
        return False
    t, seen = top, 0
    while t.head.i != t.i and seen < 40:
        t, seen = t.head, seen + 1
        if t.i == bad.i:
            return True
    return False


def report_over(top, is_report):
    """The reporting verb over a clause (:func:`.tree.report_over`), but not a coordinated one that
    reports a complement of its own ("These 11 had until Nov. 1 to submit proposals, and NASA is
    expected to pick four finalists": the expectation is the second clause's, not the first's)."""
    report = tree.report_over(top, is_report)
    if report is not None and report.dep_ == "conj" and report.head.i == top.i and \
            any(c.dep_ == "xcomp" for c in report.children):
        return None
    return report


def scheduled_present(pred, timex: Timex, published: date | None, head=None) -> bool:
    """A simple present dated on or after the publication day: a schedule ("The commission holds a
    hearing Wednesday", "management hosts a call at 9 a.m."), a forecast even on the day itself; and
    a present copula whose subject holds a later date or a time of the day ("Sondland's appearance at
    Wednesday morning's hearing is of particular concern": the happening is the subject's, still to come;
    not "Today's second hearing is over")."""
    if published is None or any(c.dep_ in ("aux", "aux:pass") for c in pred.children):
        return False
    span = interval(timex.value, timex.mod) if timex.type in (TimexType.DATE, TimexType.TIME) else None
    if span is None or span[0] < published or (span[1] - span[0]).days > 1:
        return False
    if pred.pos_ == "VERB":
        finite = pred
    else:                                   # "Today's second hearing is over": the day itself is no later
        subj = tree.own_subject(pred)
        inside = head is not None and subj is not None and head.i in tree.span_ids(subj)
        later = span[0] > published or "T" in timex.value
        finite = next((c for c in pred.children if c.dep_ == "cop"), None) if inside and later else None
    morph = str(finite.morph) if finite is not None else ""
    return "Tense=Pres" in morph and "VerbForm=Fin" in morph


def negated_above(top, is_negation, is_report) -> bool:
    """Whether what a clause says is denied by a verb it is the complement of, up its chain of
    complements ("failing to deliver on his vow that Britain would leave the EU on Oct. 31": the leaving
    did not happen): ``is_negation`` tells a verb and its next word ("failing to"); a reporting verb
    (``is_report``) or any other relation (a relative clause, an adverbial) ends the chain."""
    t, doc = top, top.doc
    for _ in range(6):
        dep, h = t.dep_, t.head
        content = dep == "acl:relcl" and any(c.dep_ == "mark" for c in t.children)   # "vow that ..."
        if h.i == t.i or is_report(h) or not (dep in ("xcomp", "obl", "obj", "nmod", "acl") or content):
            return False
        if dep == "xcomp" and h.pos_ == "VERB" and h.i + 1 < len(doc) and is_negation(f"{h.text} {doc[h.i + 1].text}"):
            return True
        t = h
    return False


def negative_argument(pred, cancelling: frozenset[str] = frozenset(), planned_for: bool = False) -> bool:
    """Whether an argument or adjunct of a predicate is a negative quantifier (UD ``PronType=Neg``:
    "At no point did we say ...", "nobody came", "no checks were made"): the clause is denied. So is
    what a verb calling it off (``cancelling``) governs, dated by a time it was planned for
    (``planned_for``: "canceled an increase in tariffs planned for Oct. 15"; not "canceled it on Monday")."""
    if planned_for and pred.text.lower() in cancelling:
        return True
    for c in pred.children:
        if c.dep_ in ("nsubj", "nsubj:pass", "obj", "obl", "advmod") and (
                "PronType=Neg" in str(c.morph) or any(d.dep_ == "det" and "PronType=Neg" in str(d.morph) for d in c.children)):
            return True
    return False


def words_text(tokens) -> str:
    """The text of some tokens of a sentence, in order: a space between tokens apart, a token's own
    spacing between neighbours ("wo" + "n't" -> "won't", so that the markers of the language match)."""
    toks = sorted(tokens, key=lambda t: t.i)
    return "".join(t.text + ((t.whitespace_ if k + 1 < len(toks) and toks[k + 1].i == t.i + 1 else " ")
                             if k + 1 < len(toks) else "") for k, t in enumerate(toks))


def governing(pred):
    """For a participle with no subject to be found (a parser's noun-like "conducted" in "In his physical
    conducted in 2018, Trump had been diagnosed"), the predicate it hangs on; else ``pred`` itself."""
    if pred.dep_ in ("obl", "advcl", "acl") and "VerbForm=Part" in str(pred.morph) and \
            tree.subject_of(pred)[0] is None and tree.predicate_of(pred) is not None:
        return tree.predicate_of(pred)
    return pred


def content_dated(report, dated_tops) -> bool:
    """Whether the clause a report reports holds one of the dated predicates ``dated_tops`` (token ids)."""
    content = tree.content_of(report)
    own = phrase.clause_tokens(content, set(), False) if content is not None else set()
    return any(k in own for k in dated_tops)


def agree(pronoun, noun) -> bool:
    """Whether a personal pronoun may stand for a noun: a noun, of the pronoun's number."""
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    number = next((f for f in str(pronoun.morph).split("|") if f.startswith("Number=")), None)
    return number is None or number in str(noun.morph) or (noun.pos_ == "PROPN" and "Number=" not in str(noun.morph))


def _ranked(t) -> bool:
    return any(c.dep_ == "amod" and ("Degree=Sup" in str(c.morph) or "NumType=Ord" in str(c.morph)) for c in t.children)


def ranks_since(head, timex: Timex) -> bool:
    """Whether a duration is the span a superlative or an ordinal ranks over ("the first time the
    foursome will tour together in nearly a quarter century", "the highest level in a decade"): it
    looks back, and dates no happening."""
    if timex.type != TimexType.DURATION:
        return False
    t = head.head
    for _ in range(3):
        if _ranked(t):
            return True
        if t.dep_ == "acl:relcl":
            return _ranked(t.head)          # "the first time (that) the foursome will tour ..."
        if tree.is_predicate(t) or t.head.i == t.i:
            return False
        t = t.head
    return False


def short_phrase(parsed, limit: int, tok) -> str | None:
    """A short noun phrase for a token (at most ``limit`` words), or None."""
    found = phrase.noun_phrase(tok, lambda c: c.dep_ in ("nmod",) and len(list(c.subtree)) > 3)
    if phrase.words(parsed, (t.i for t in found)) > limit:
        return None
    return phrase.text_of(parsed, {t.i for t in found})


def antecedent_text(parsed, noun, limit: int) -> str | None:
    """The noun a contact relative clause hangs on, after the name it is in apposition to
    ("Raqqa, the Syrian city it had used ...")."""
    found = short_phrase(parsed, limit, noun)
    j = min(t.i for t in noun.subtree if not t.is_punct) - 1
    if found and j > 0 and parsed[j].text == "," and parsed[j - 1].pos_ == "PROPN":
        name = short_phrase(parsed, limit, parsed[j - 1])
        return f"{name}, {found}" if name else found
    return found


def at_dated(noun, points) -> bool:
    """Whether a dated noun is where its clause happens ("was seen feeling faint at a September 11
    commemoration"): a point preposition (``points``: "at", "on", "in") heads it, so its date is the clause's."""
    return any(c.dep_ == "case" and c.text.lower() in points for c in noun.children)


def name_of(tok) -> str | None:
    """The name a proper noun heads, without its titles ("Former ... official Timothy Morrison" ->
    "Timothy Morrison"), to stand for a pronoun ("X announced they had ...")."""
    if tok.pos_ != "PROPN":
        return None
    ids = {tok.i} | {c.i for c in tok.children if c.dep_ == "flat"}
    return phrase.text_of(tok.doc, ids)


def named_subject(parsed, limit: int) -> str | None:
    """The named subject of the sentence's root (at most ``limit`` words), for a pronoun in its other clauses."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    subj = tree.own_subject(root) if root is not None else None
    if subj is not None and subj.pos_ == "PROPN":
        found = phrase.noun_phrase(subj)
        if len(found) <= limit:
            return phrase.text_of(parsed, {t.i for t in found})
    return None


def own_dates(key: int, found: list, published: date | None = None) -> tuple[list, list]:
    """The dates of a clause's own predicate (``found``: dating group, head, predicate), the one
    that dates it first, and those that date a noun of it instead. Not those of a complement that is
    no conjunct ("tapped three companies in May to send landers next year": May dates the tapping);
    with dates of its own, not the present said as a contrast ("cut costs from $0.23/W today to $0.10
    by 2030": the change is the 2030 one), and not a date hanging on a noun of an oblique after them
    ("launched it earlier this year, with plans for its full launch set for next year": the plans')."""
    own = [f for f in found if f[2].i == key]
    if own and len(own) < len(found) and all(f[2].dep_ in ("xcomp", "ccomp") for f in found if f[2].i != key):
        found = own
    if len(found) > 1:
        found = [f for f in found if not _present(f[0].main, published)] or found
    hung = [f for f in found if _hung(f[1], f[2])] if len(found) > 1 else []
    kept = [f for f in found if f not in hung]
    if hung and kept and min(f[1].i for f in hung) > max(f[1].i for f in kept):
        return kept, hung                   # a trailing date of a noun, after the predicate's own
    return found, []


def _hung(head, pred) -> bool:
    """Whether a date's head hangs on a noun of an oblique of the predicate, not on the predicate."""
    noun = head.head
    return head.dep_.startswith("nmod") and noun.i != pred.i and noun.pos_ == "NOUN" and \
        noun.dep_.startswith("obl") and noun.head.i == pred.i


def reports_content(report) -> bool:
    """Whether a reporting verb reports a clause (:func:`.tree.content_of`), rather than being a
    happening of its passive subject ("after the initial dozen offerings were revealed last week")."""
    return tree.content_of(report) is not None and not (
        report.dep_ == "advcl" and any(c.dep_ == "nsubj:pass" for c in report.children))


def _present(timex: Timex, published: date | None) -> bool:
    """Whether a time expression names the present: PRESENT_REF or the publication day."""
    return timex.value == "PRESENT_REF" or (published is not None and timex.value == published.isoformat())


__all__ = ["agree", "antecedent_text", "at_dated", "content_dated", "governing", "name_of", "named_subject", "negated_above", "negative_argument", "own_dates", "ranks_since", "reports_content", "scheduled_present", "short_phrase", "touches", "words_text"]
