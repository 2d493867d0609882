"""Parser slips in where a phrase attaches, mended in place with those of :mod:`.slips` (called by :func:`.slips.mend`).

- :func:`mend_stranded_marker` — a noun's prepositional modifier after a verb's object, its preposition taken for the marker of
  the verb after it ("Norton said net income for the third quarter fell 6%": "for" the ``mark`` of "fell",
  "quarter" its subject, "income" the object of "said"): a word that opens no finite clause marks none;
- :func:`mend_date_compound` — a noun between a preposition and a date taken for the date's compound, the
  preposition for the date's ("to stock of record Nov. 16": "of" and "record" hung on "16"): the noun heads
  the phrase, the date modifies it;
- :func:`mend_bare_adverbial` — a word after a verb taken for a finite adverbial clause with no subject, marker
  or auxiliary ("150 Indians returned home broke on Wednesday": "broke" an ``advcl`` of "returned"): no such
  clause stands alone, so it is the verb's secondary predicate (``xcomp``), and its date the verb's;
- :func:`mend_fronted_date` — a date that opens the sentence, set off by its comma, hung on a noun after it
  ("On Nov. 15, 2019, former U.S. ambassador Marie Yovanovitch testified": "15" a ``nummod`` of
  "ambassador"): a fronted phrase modifies the clause, so the date is the oblique of the noun's predicate
  (called by :func:`.reported.mended` on the dates' heads);

Language-neutral: UD relations, parts of speech and features only. A tree the library refuses to change
is kept as parsed.
"""
from __future__ import annotations

from .tree import is_predicate, own_subject

#: Per language, the words that open a subordinate clause (shared with :mod:`.slips`, set by the tree reader).
SUBORDINATORS: dict[str, frozenset[str]] = {}


def mend_stranded_marker(parsed) -> None:
    """Mend a parser slip in place: a noun's prepositional modifier taken for the subject of a finite verb
    after it, its preposition for the verb's marker, the noun left the object of a verb before ("X said
    net income for the third quarter fell 6%"). A marker that opens no finite clause (not one of the
    language's subordinators) is the phrase's preposition, the phrase the noun's, the noun the verb's
    subject, and the verb the complement the noun was."""
    words = SUBORDINATORS.get(parsed.lang_, frozenset())
    for verb in parsed:
        subj = own_subject(verb)
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.i == subj.left_edge.i - 1), None) \
            if subj is not None else None
        noun = parsed[mark.i - 1] if mark is not None and mark.i > 0 else None
        if noun is None or mark.lower_ in words or mark.pos_ != "ADP" and mark.pos_ != "SCONJ" or \
                verb.pos_ != "VERB" or "VerbForm=Fin" not in str(verb.morph) or \
                noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "obj" or noun.head.i >= noun.i or \
                verb.head.i != noun.head.i or subj.pos_ not in ("NOUN", "PROPN"):
            continue
        try:
            verb.dep_ = "ccomp"
            noun.head, noun.dep_ = verb, "nsubj"
            subj.head, subj.dep_ = noun, "nmod"
            mark.head, mark.dep_, mark.pos_ = subj, "case", "ADP"
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


def mend_date_compound(parsed) -> None:
    """Mend a parser slip in place: a number (a date's day or year) whose phrase opens with a preposition and
    a noun hung on it as ``case`` and ``compound`` ("of record Nov. 16"): the noun is the phrase's head, the
    preposition its, and the number (with the rest of its date) modifies the noun."""
    for num in parsed:
        if num.pos_ != "NUM" or num.dep_ in ("ROOT", "compound", "nummod"):
            continue
        kids = [c for c in num.children if c.i < num.i]
        case = next((c for c in kids if c.dep_ == "case"), None)
        noun = next((c for c in kids if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
        if case is None or noun is None or not case.i < noun.i or \
                any(c.i > noun.i and c.pos_ not in ("PROPN", "NUM", "PUNCT") for c in kids):
            continue
        try:
            noun.head, noun.dep_ = num.head, num.dep_
            case.head = noun
            num.head, num.dep_ = noun, "nmod:unmarked"
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


def mend_bare_adverbial(parsed) -> None:
    """Mend a parser slip in place: a finite verb after its head verb, hung on it as an adverbial clause with
    no subject, marker or auxiliary of its own ("returned home broke on Wednesday"): a secondary predicate of
    the head (``xcomp``), which its dates then date."""
    for verb in parsed:
        head = verb.head
        if verb.dep_ != "advcl" or verb.pos_ != "VERB" or "VerbForm=Fin" not in str(verb.morph) or \
                head.pos_ != "VERB" or head.i >= verb.i or own_subject(verb) is not None or \
                any(c.dep_ in ("mark", "aux", "aux:pass", "cop", "obj", "ccomp", "xcomp") for c in verb.children) or \
                any(t.is_punct or t.head.i != head.i or t.dep_ not in ("obj", "advmod", "compound:prt")
                    for t in parsed[head.i + 1:verb.i]) or verb.i - head.i > 3:
            continue                    # (only the verb's own object or adverb between: "returned home broke")
        try:
            verb.dep_ = "xcomp"
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


def _predicate_above(tok):
    """The nearest predicate at or above a token (a few steps up its heads), or None."""
    for _ in range(6):
        if is_predicate(tok) or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok if is_predicate(tok) else None


def mend_fronted_date(heads: list) -> None:
    """Mend a parser slip in place: a date's head ``heads`` (None for none) whose phrase opens the sentence
    and ends at a comma, hung on a noun or adjective after it: it is the oblique of the nearest predicate
    above that noun, after the comma."""
    for head in heads:
        if head is None or head.left_edge.i != 0 or head.head.i == head.i:
            continue
        doc, end = head.doc, head.right_edge.i
        comma = doc[end] if doc[end].is_punct else (doc[end + 1] if end + 1 < len(doc) else None)
        host = head.head
        if comma is None or comma.text != "," or host.i <= end or \
                host.pos_ not in ("NOUN", "PROPN", "PRON", "ADJ", "NUM") or is_predicate(host):
            continue
        pred = _predicate_above(host)
        if pred is None or pred.i <= end:
            continue
        try:
            head.head, head.dep_ = pred, "obl"
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


def mend_place_date(heads: list, groups) -> list:
    """Mend a parser slip in place: a date's head ``heads`` (None for none; ``groups``: the dates, with their
    ``start`` in the sentence) whose phrase opens with a preposition and names a place hung on the date as
    ``compound`` ("told reporters in the Rose Garden Wednesday", "Wednesday" heading "in the Rose Garden"): the
    place is the phrase's head, the preposition and article its, and the date stays the predicate's own. The heads."""
    for head, start in zip(heads, [g.start for g in groups]):
        if head is None or head.head.i == head.i:
            continue
        kids = [c for c in head.children if c.i < head.i]
        places = [c for c in kids if c.dep_ == "compound" and c.idx < start and c.pos_ in ("PROPN", "NOUN")]
        case = next((c for c in kids if c.dep_ == "case"), None)
        if not places or case is None or not case.i < places[0].left_edge.i:
            continue
        place = places[-1]
        try:
            place.head, place.dep_ = head.head, "obl"
            for c in kids:
                if c.i != place.i and c.idx < start:
                    c.head = place      # "in", "the", "Rose"
            head.dep_ = "obl"
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue
    return heads


def _after_comma(tok) -> bool:
    """Whether a token's phrase opens with a comma or right after one."""
    left = tok.left_edge
    return left.text == "," or left.i > 0 and tok.doc[left.i - 1].text == ","


def mend_appositive_date(heads: list) -> None:
    """Mend a parser slip in place: a date's head ``heads`` (None for none) set off by a comma after an
    appositive that a comma opens, hung on a clause inside it ("served as the CEO of Hipcricket, a company
    which innovated mobile messaging, from 2004 – 2014"): it is the oblique of the predicate above the
    appositive's noun."""
    for head in heads:
        if head is None or head.left_edge.i < 2:
            continue
        pred = head.head
        noun = pred.head
        if not _after_comma(head) or pred.dep_ not in ("acl:relcl", "acl") or noun.dep_ != "appos" or \
                not _after_comma(noun) or head.i < noun.i:
            continue
        above = _predicate_above(noun.head)
        if above is None or above.i > noun.left_edge.i:
            continue
        try:
            head.head, head.dep_ = above, "obl"
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


def mend_prepositional_subject(doc) -> None:
    """Subjects the parser broke, mended in place: of a predicate with two subjects before it, the later one a
    phrase a preposition opens modifies the first ("the naval barricade now [in force] might be extended"), and a
    noun right after the first's phrase of a preposition heads that phrase ("A group of Florida [lawmakers]
    introduced ..."); a subject with a preposition after a number or a determiner of its own is that quantity's
    ("[two] of Elian's Miami cousins sought ...")."""
    by_head: dict[int, list] = {}
    for t in doc:
        if t.dep_ in ("nsubj", "nsubj:pass") and t.head.i != t.i:
            by_head.setdefault(t.head.i, []).append(t)
    for head, subjects in by_head.items():
        try:
            if len(subjects) == 2 and subjects[1].i < head:
                _two_subjects(doc, *subjects)
            elif len(subjects) == 1:
                _quantity_subject(subjects[0])
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


def _two_subjects(doc, first, later) -> None:
    if later.pos_ == "PRON" or any(c.dep_ == "case" for c in first.children):
        return
    if any(c.dep_ == "case" for c in later.children):
        later.head, later.dep_ = first, "nmod"           # "the naval barricade now in force"
        return
    named = doc[later.i - 1]
    cases = [c for c in named.children if c.dep_ == "case"]
    if named.head.i == first.i and named.dep_ == "nmod" and cases and named.pos_ in ("NOUN", "PROPN") and \
            later.pos_ in ("NOUN", "PROPN") and not list(later.children):
        later.head, later.dep_ = first, "nmod"           # "A group of Florida lawmakers"
        named.head, named.dep_ = later, "compound"
        for c in cases:
            c.head = later


def _quantity_subject(subject) -> None:
    case = next((c for c in subject.children if c.dep_ == "case" and c.i < subject.i), None)
    amount = next((c for c in subject.children if c.dep_ in ("nummod", "det") and case is not None and c.i < case.i
                   and c.pos_ in ("NUM", "DET", "PRON")), None)
    if amount is None or subject.pos_ not in ("NOUN", "PROPN") or list(amount.children):
        return
    verb, dep = subject.head, subject.dep_
    amount.head, amount.dep_ = verb, dep               # "two of Elian's Miami cousins"
    subject.head, subject.dep_ = amount, "nmod"


__all__ = ["mend_prepositional_subject", "mend_appositive_date", "mend_place_date", "mend_fronted_date", "mend_bare_adverbial", "mend_date_compound", "mend_stranded_marker"]
