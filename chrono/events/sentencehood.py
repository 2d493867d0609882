"""What a headline's clause needs to stay a sentence when cuts are made (:mod:`.phrase`, :mod:`.wording`).

- :func:`copular_purpose` — a purpose infinitive of a bare copular predicate ("We are here | to witness
  the rendezvous", "Officials were there to sign the accord"): the place says nothing, the purpose is
  what happens, so it stays in the clause;
- :func:`object_predicate` — a verbless predicate of the object ("regarded the law | as unconstitutional"):
  a complement, not a clause of its own;
- :func:`comparison_clause` — what a comparative is compared with ("profits higher | than expected");
- :func:`noun_infinitive` — an infinitive that completes a core noun ("announced plans | to acquire
  the unit", "made a decision to close the plant"): "It announced plans" says nothing, so the
  infinitive is cut only after every other phrase;
- :func:`antecedent_ids` — the phrase an antecedent a parser took for a clause's head stands in
  ("The dispute concerns a new treaty, which ...", "concerns" parsed as its subject): its own
  modifiers before it, never its subject;
- :func:`relative_as_head` — an object relative clause the parser headed with its relative word ("a
  treaty, which the two presidents signed": "signed" hung on "presidents"), read as "the two presidents
  signed a treaty";
- :func:`hung_figure` — an amount a parser hung on a date ("fell [59%] in the latest quarter"): the verb's;
- :func:`matched` — the tokens inside a match of one of the language's patterns (a per-share aside);
- :func:`deadline_dates` — a dating phrase that is the deadline argument of "have"/"give" before the
  infinitive it bounds ("have until Thursday to approve"): cut, it would leave "have to approve".

Language-neutral: UD relations and parts of speech only; the deadline verbs are the language's
(``deadline_verbs`` of :class:`chrono.lang.events.HeadlineWords`, registered in :data:`DEADLINE_VERBS`).
"""
from __future__ import annotations

from .tree import SUBJECTS, Token, span_ids

#: Per language, the forms of the verbs whose dating phrase is a deadline argument (registered by the headline writer).
DEADLINE_VERBS: dict[str, frozenset[str]] = {}
#: Per language, the nouns of a part (``partitives`` of :class:`chrono.lang.events.HeadlineWords`) and the
#: prepositions of their complement (the ``genitives`` of :class:`chrono.lang.events.DatingWords`: "of").
PARTITIVES: dict[str, tuple[frozenset[str], frozenset[str]]] = {}

#: The parts of speech of a copular predicate that tells only where or how its subject is ("here", "ready").
_BARE_PREDICATES = frozenset({"ADV", "ADJ"})

#: The relations of a nominal's modifiers before it that an antecedent keeps.
_NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "nmod:poss", "flat"})


def _marked_infinitive(t: Token) -> bool:
    return "VerbForm=Inf" in str(t.morph) and any(c.dep_ == "mark" and c.pos_ == "PART" and c.i < t.i
                                                  for c in t.children) \
        and not any(c.dep_ in SUBJECTS for c in t.children)


def copular_purpose(c: Token) -> bool:
    """Whether ``c`` is a subjectless marked infinitive after a copular predicate that is a bare
    adverb or adjective ("are here to witness", "is ready to sign"): the clause's content."""
    head = c.head
    return c.dep_ == "advcl" and c.i > head.i and head.pos_ in _BARE_PREDICATES and _marked_infinitive(c) and \
        any(d.dep_ == "cop" for d in head.children)


def object_predicate(c: Token, excluded: set[int]) -> bool:
    """Whether ``c`` is a verbless predicate of its verb's object, after it ("regarded the law | as
    unconstitutional", "declared the vote invalid"): the parser's adverbial clause is a complement
    (not a dating phrase of ``excluded``, nor the end of an equative, "as high a dividend | as last")."""
    head = c.head
    return c.dep_ == "advcl" and c.pos_ in _BARE_PREDICATES and c.i > head.i and \
        not any(d.dep_ in SUBJECTS or d.dep_ in ("cop", "aux", "aux:pass", "case") for d in c.children) and \
        any(d.dep_ == "obj" and d.i < c.i for d in head.children) and not span_ids(c) & excluded


def comparison_clause(c: Token, excluded: set[int]) -> bool:
    """Whether ``c`` is the clause a comparative needs after it ("higher | than expected", "worse than
    analysts had forecast"): marked, after a word in the comparative degree, and no dating phrase
    (``excluded``: "as last [year]" goes with its date); the comparison's content."""
    head = c.head
    return c.dep_ == "advcl" and c.i > head.i and "Degree=Cmp" in str(head.morph) and \
        any(d.dep_ == "mark" and d.i < c.i for d in c.children) and not span_ids(c) & excluded


def noun_infinitive(t: Token, protected: set[int]) -> bool:
    """Whether ``t`` is a marked infinitive completing a noun that is a core argument of a protected
    predicate, right after it ("plans to acquire", "the decision to close"; not "part [of the program] to
    pay", where the phrase between would go first and leave "part to pay")."""
    noun = t.head
    return t.dep_ == "acl" and t.left_edge.i == noun.i + 1 and noun.pos_ == "NOUN" and _marked_infinitive(t) and \
        noun.head.i in protected and (noun.dep_ in ("obj", "nsubj", "nsubj:pass") or noun.i in protected)


def antecedent_ids(ante: Token) -> set[int] | None:
    """The ids of an antecedent's phrase when the parser gave it a subject of its own (a sentence misread
    as one noun phrase: "The dispute concerns a new treaty"): the noun and the modifiers right before
    it; None when it has no subject (its usual phrase stands)."""
    if not any(c.dep_ in SUBJECTS for c in ante.children):
        return None
    ids = {ante.i}
    for c in ante.children:
        if c.i < ante.i and c.dep_ in _NOUN_MODIFIERS:
            ids |= span_ids(c)
    return ids


def relative_as_head(top: Token) -> Token | None:
    """The verb of an object relative clause the parser headed with its relative word ("a treaty, which
    the two presidents signed", "signed" hung on "presidents" as a participle): the verb after the
    relative word's subject, which takes the antecedent as its object; None for any other clause."""
    if top.dep_ != "acl:relcl" or top.pos_ != "PRON" or top.head.i > top.i:
        return None
    subj = next((c for c in top.children if c.dep_ in SUBJECTS and c.i > top.i), None)
    if subj is None:
        return None
    verb = next((c for c in subj.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i > subj.i and
                 not any(d.dep_ in ("obj", "mark") for d in c.children)), None)
    return verb


def deadline_dates(doc, excluded: set[int]) -> set[int]:
    """The ids of a dating phrase in ``excluded`` that is a deadline argument of its verb, followed by the
    infinitive it bounds ("Lawmakers have until Thursday to approve the budget", "gave prosecutors until
    May 1 to respond"): cut, it would leave "have to approve" (an obligation) or "gave prosecutors to
    respond"; it stays in the clause."""
    verbs = DEADLINE_VERBS.get(doc.lang_, frozenset())
    out: set[int] = set()
    for i in excluded:
        d = doc[i]
        verb = d.head
        if d.dep_ not in ("obl", "obj") or verb.text.lower() not in verbs or verb.i > d.i or \
                not span_ids(d) <= excluded | {j for j in span_ids(d) if doc[j].is_punct}:
            continue
        inf = [c for c in list(verb.children) + list(d.children) if c.i > d.i and c.dep_ in ("advcl", "xcomp", "acl")
               and _marked_infinitive(c)]
        if inf:
            out |= span_ids(d)
    return out


def partitive_dates(doc, excluded: set[int]) -> set[int]:
    """The ids of a dating phrase in ``excluded`` that completes a noun of a part (the language's
    ``partitives``: "spent part [of Sunday night] with protesters", "for much [of last year]"): cut, it would
    leave the noun empty ("spent part"); it stays in the clause."""
    parts, of = PARTITIVES.get(doc.lang_, (frozenset(), frozenset()))
    out: set[int] = set()
    for i in excluded if parts else ():
        d, noun = doc[i], doc[i].head
        if d.dep_ != "nmod" or noun.lower_ not in parts or noun.i in excluded or noun.i > d.i or \
                not any(c.dep_ == "case" and c.i in excluded and c.lower_ in of for c in d.children) or \
                not span_ids(d) <= excluded | {j for j in span_ids(d) if doc[j].is_punct}:
            continue
        out |= span_ids(d)
    return out


def hung_figure(t: Token) -> bool:
    """Whether ``t`` is an amount a parser hung on a date as its unmarked modifier ("fell [59%] in the latest
    quarter"): the verb's, kept with it."""
    return t.dep_ == "nmod:unmarked" and (t.pos_ in ("SYM", "NUM") or any(c.like_num for c in t.children))


def appositive_comma(t: Token, ids: set[int]) -> bool:
    """Whether a comma opens a kept appositive or conjunct noun after it, the words before it cut ("second [this
    year], an affirmation"): it stays; not a comma inside the phrase a cut date premodified ("the [Dec. 21, 1988,]
    bombing")."""
    return t.text == "," and t.i > 0 and t.head.i in ids and t.head.i > t.i and t.head.dep_ in ("appos", "conj") and \
        t.head.pos_ in ("NOUN", "PROPN") and t.i - 1 not in span_ids(t.head)


def report_comma(t: Token, ids: set[int]) -> bool:
    """Whether a comma closes what a report after it tells, the words before it cut ("... on the AMAs [or block her
    special]," they said): the next kept word is the subject of the sentence's main verb, right after it."""
    nxt = next((k for k in range(t.i + 1, min(len(t.doc), t.i + 3)) if k in ids), None)
    subj = t.doc[nxt] if nxt is not None else None
    return t.text == "," and subj is not None and subj.dep_ == "nsubj" and subj.head.dep_ == "ROOT" and \
        subj.head.i == subj.i + 1 and subj.head.i in ids and any(k < t.i for k in ids)


def matched(doc, *patterns) -> set[int]:
    """The ids of the tokens wholly inside a match of one of the language's ``patterns`` in the sentence ("$2.5
    million[, or seven cents a share,]"): none for no pattern (None)."""
    spans = [m.span() for pattern in patterns if pattern is not None for m in pattern.compiled.finditer(doc.text)]
    return {t.i for t in doc for a, b in spans if a <= t.idx and t.idx + len(t.text) <= b}


def broken_subject(first, subj) -> bool:
    """Whether a headline's first token, a preposition or a coordinator inside the subject, shows a subject the
    parser broke ("of $167.4 million ended"); not the preposition of a number's quantifier ("at least four people")."""
    return first.pos_ in ("ADP", "CCONJ") and first.dep_ in ("case", "cc") and first.i in span_ids(subj) and \
        first.head.head.pos_ != "NUM"


__all__ = ["broken_subject", "partitive_dates", "appositive_comma", "report_comma", "hung_figure", "matched", "DEADLINE_VERBS", "antecedent_ids", "comparison_clause", "deadline_dates", "object_predicate", "relative_as_head", "copular_purpose", "noun_infinitive"]
