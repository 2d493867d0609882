"""Parser slips around a clause's subject, mended in place before a sentence's tree is read (:mod:`.reported`).

- :func:`mend_stranded_case` — a noun's prepositional modifier taken for the subject of the verb after it
  ("Net income for the third quarter rose 12%": "quarter" the subject of "rose");
- :func:`mend_subject_marker` — a clause's subordinator taken for a preposition of its subject ("after
  convention delegates voted", "said Sunday that Netanyahu's comments were ...": "after", "that" the
  subject's ``case``) or for a determiner it does not agree with ("anticipate that steel market
  conditions will ..."): a subject takes no preposition, so the word marks the clause;
- :func:`mend_marked_clause` — a clause opened by a subordinator read as a prepositional phrase with a
  finite verb for its modifier ("after Libyan leader Moammar Gadhafi agreed in April to hand them over":
  "Gadhafi" an oblique, "agreed" its modifier clause): the verb heads an adverbial clause, the noun is its
  subject, the subordinator its marker;
- :func:`mend_split_subject` — one subject read as two of one verb, the second right after the first: a
  conjunct ("Djokovic and Andy Murray will make"), a prepositional modifier ("The slogan for an anti-drug
  campaign drew"), the possessed noun of a genitive, or a name cut in two ("Waertsilae Marine's bankruptcy proceedings began"),
  an intensive pronoun ("the president himself met");
- :func:`mend_marker_predicate` — an adjective with a copula taken for the marker of the infinitive it
  governs ("The procedures are due to go before the Council": "due" the ``mark`` of "go"): it is the
  predicate, the infinitive its complement;
- :func:`mend_reduced_relative` — a reduced relative taken for its noun's predicate and the verb after it
  for its adjunct ("the body found along a highway belonged to Jorge Hernandez": "found" with "body" for
  subject, "belonged" its adverbial clause): the finite verb is the clause's, the participle its subject's;
- :func:`mend_fronted_subject` — the subject of a verb with none, after a fronted adjunct and its comma,
  taken for the adjunct's apposition or conjunct ("On Sunday, Tanzanian police and FBI agents said ...",
  "During the day Friday, Elian played ..."): it is the verb's subject;
- :func:`mend_extraposed_infinitive` — "it expects to release results" read as an expletive and a clausal
  subject: the pronoun is the subject, the infinitive the verb's complement;
- :func:`mend_noun_acl_root` — a sentence's root made of its subject, the verb a finite modifier after
  the subject's apposition ("WeWork's parent company, The We Company, announced ...");
- :func:`mend_noun_root` — a sentence's root made of the noun before its verb ("Alibaba shares closed in New
  York on Tuesday"), and :func:`mend_fronted_subjects` — the name after a fronted date taken for the date's
  apposition ("As of Wednesday evening, Lazaro Gonzalez, the boy's great-uncle, still had not signed"): both
  called by :func:`.reported.mended` around :func:`mend`, on the sentence and on its dates' heads;
- :func:`mend_noun_conj_root` — a sentence's root made of its subject, the verb its conjunct ("Esselte AB,
  as expected, proposed ..."): the verb is the root;
- :func:`mend_verbal_noun` — a gerund with a determiner, in a noun's place, taken for a verb ("details of
  the slaying emerged"): a determiner makes it a noun.

The slips of where a phrase attaches (a preposition read as a marker, a date's compound, a bare adverbial
clause) are mended by :mod:`.slips_attachment`, in the same order of :func:`mend`.

Language-neutral: UD relations, parts of speech and features only. A tree the library refuses to change
is kept as parsed.
"""
from __future__ import annotations

from .slips_attachment import SUBORDINATORS, mend_bare_adverbial, mend_date_compound, mend_stranded_marker
from .tree import SUBJECTS, own_subject

#: The relations of a phrase fronted before its verb and subject ("On Sunday, ...", "During the day, ...").
_FRONTED = frozenset({"obl", "obl:unmarked", "obl:tmod", "obl:npmod", "advcl", "advmod"})

#: The relations of a noun's place in a clause or a phrase.
_NOMINAL_PLACES = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "nmod", "appos", "conj"})


def mend(parsed) -> None:
    """Every mend of this module, in order."""
    mend_stranded_case(parsed)
    mend_stranded_marker(parsed)
    mend_subject_marker(parsed)
    mend_marked_clause(parsed)
    mend_verbal_noun(parsed)
    mend_date_compound(parsed)
    mend_split_subject(parsed)
    mend_marker_predicate(parsed)
    mend_reduced_relative(parsed)
    mend_fronted_subject(parsed)
    mend_extraposed_infinitive(parsed)
    mend_bare_adverbial(parsed)


def mend_stranded_case(parsed) -> None:
    """Mend a parser slip in place: a noun's prepositional modifier taken for the subject of the verb after
    it, its preposition hung on the verb ("Net income for the third quarter rose 12%": "quarter" the subject
    of "rose", "for" the verb's, the verb a modifier of "income"). A preposition opens no subject: the
    phrase is the noun's, and the noun is the verb's subject in the verb's stead."""
    for verb in parsed:
        subj = own_subject(verb)
        noun = verb.head
        case = next((c for c in verb.children if c.dep_ == "case" and c.i == subj.left_edge.i - 1), None) \
            if subj is not None else None
        if case is None or verb.pos_ != "VERB" or "VerbForm=Fin" not in str(verb.morph) or \
                noun.pos_ not in ("NOUN", "PROPN") or not noun.i < case.i < subj.i < verb.i or \
                verb.dep_ not in ("nmod", "acl", "acl:relcl", "appos") or \
                any(c.dep_ in SUBJECTS or c.dep_ == "cop" for c in noun.children):
            continue
        try:
            top, dep = (verb, "ROOT") if noun.dep_ == "ROOT" else (noun.head, noun.dep_)
            verb.head, verb.dep_ = top, dep
            noun.head, noun.dep_ = verb, "nsubj"
            subj.head, subj.dep_ = noun, "nmod"
            case.head = subj
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


def mend_subject_marker(parsed) -> None:
    """Mend a parser slip in place: the subordinator opening a clause hung on the clause's subject as its
    preposition (``case``, the first word of the subject's phrase, the verb after the subject, the only
    subject of it, no marker of its own): it marks the verb's clause."""
    words = SUBORDINATORS.get(parsed.lang_, frozenset())
    for subj in parsed:
        verb = subj.head
        if subj.dep_ not in SUBJECTS or subj.pos_ == "PRON" or verb.i <= subj.i:
            continue
        case = next((c for c in subj.children if c.i == subj.left_edge.i and c.lower_ in words and
                     (c.dep_ == "case" or c.dep_ == "det" and _disagrees(c, subj))), None)
        if case is None or sum(c.dep_ in SUBJECTS for c in verb.children) != 1 or \
                any(c.dep_ == "mark" and c.i < subj.i for c in verb.children):
            continue
        try:
            case.head, case.dep_, case.pos_ = verb, "mark", "SCONJ"
            if verb.dep_ in ("xcomp", "parataxis"):     # (a clause with a subject and a marker is adverbial, not
                verb.dep_ = "advcl"                     # open nor set beside: "are dropping after the company cut")
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


def mend_marked_clause(parsed) -> None:
    """Mend a parser slip in place (see the module's docstring): a finite verb with no subject hung as a
    modifier clause on the noun right before it, the noun's phrase opened by one of the language's
    subordinators hung as its preposition."""
    words = SUBORDINATORS.get(parsed.lang_, frozenset())
    for verb in parsed:
        noun = verb.head
        if verb.dep_ != "acl" or verb.pos_ != "VERB" or "VerbForm=Fin" not in str(verb.morph) or \
                noun.pos_ not in ("NOUN", "PROPN") or verb.i != noun.i + 1 or own_subject(verb) is not None:
            continue
        case = next((c for c in noun.children if c.dep_ == "case" and c.i == noun.left_edge.i and c.lower_ in words), None)
        if case is None or noun.head.i == noun.i:
            continue
        try:
            verb.head, verb.dep_ = noun.head, "advcl"
            noun.head, noun.dep_ = verb, "nsubj"
            case.head, case.dep_, case.pos_ = verb, "mark", "SCONJ"
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


def mend_split_subject(parsed) -> None:
    """Mend a parser slip in place: a verb with two subjects before it, the second's phrase right after the
    first's (see the module's docstring). One verb has one subject."""
    for verb in parsed:
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if len(subjects) != 2 or subjects[1].i > verb.i:
            continue
        first, second = subjects
        if first.right_edge.i + 1 != second.left_edge.i:
            continue
        deps = {c.dep_ for c in second.children if c.i < second.i}
        last = parsed[first.right_edge.i]
        try:
            if "cc" in deps:
                second.head, second.dep_ = first, "conj"
            elif any(c.dep_ == "case" and c.i == second.left_edge.i for c in second.children):
                second.head, second.dep_ = first, "nmod"
            elif last.dep_ == "case" and "Poss=Yes" in str(last.morph) or last.tag_ == "POS":
                first.head, first.dep_ = second, "nmod:poss"
            elif "Reflex=Yes" in str(second.morph) and second.i == first.right_edge.i + 1:
                second.head, second.dep_ = first, "appos"
            elif first.pos_ == second.doc[second.left_edge.i].pos_ == "PROPN" and not list(first.children) and \
                    second.doc[second.left_edge.i].dep_ in ("compound", "nmod:poss", "flat"):
                first.head, first.dep_ = second.doc[second.left_edge.i], "compound"     # a name cut in two
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


def mend_marker_predicate(parsed) -> None:
    """Mend a parser slip in place (see the module's docstring): the adjective takes the verb's place, its
    subject and auxiliaries; the verb is its open complement."""
    for adj in parsed:
        verb = adj.head
        if adj.pos_ != "ADJ" or adj.dep_ not in ("mark", "case") or verb.pos_ != "VERB" or verb.i <= adj.i or \
                not any(c.dep_ == "cop" for c in adj.children):
            continue
        try:
            top, dep = (adj, "ROOT") if verb.dep_ == "ROOT" else (verb.head, verb.dep_)
            adj.head, adj.dep_ = top, dep
            for c in [c for c in verb.children if c.i < adj.i and (c.dep_ in SUBJECTS or c.dep_ in ("aux", "advmod"))]:
                c.head = adj
            verb.head, verb.dep_ = adj, "xcomp"
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


def mend_reduced_relative(parsed) -> None:
    """Mend a parser slip in place (see the module's docstring): a past participle with neither auxiliary nor
    object, its subject right before it, and a finite verb with no subject of its own hung on it after it."""
    for part in parsed:
        morph = str(part.morph)
        subj = next((c for c in part.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i == part.i - 1), None)
        if subj is None or part.pos_ != "VERB" or "Tense=Past" not in morph or \
                any(c.dep_ in ("aux", "aux:pass", "obj", "cop") for c in part.children):
            continue
        verb = next((c for c in part.children if c.i > part.i and c.pos_ in ("VERB", "AUX") and
                     not any(d.dep_ in SUBJECTS or d.dep_ in ("mark", "cc") for d in c.children) and
                     (c.dep_ == "advcl" and "VerbForm=Fin" in str(c.morph) and "VerbForm=Part" in morph or
                      c.dep_ == "conj" and any(d.dep_ in ("aux", "aux:pass") for d in c.children))), None)
        if verb is None:                # ("... found along a highway | belonged", "arrested Tuesday | was charged")
            continue
        host = part.head
        marks = [c for c in part.children if c.dep_ == "mark" and c.i < subj.i]
        try:
            top, dep = (verb, "ROOT") if part.dep_ == "ROOT" else (host, part.dep_)
            if marks and dep in ("acl", "acl:relcl") and host.pos_ in ("NOUN", "PROPN") and host.head.pos_ == "VERB":
                top, dep = host.head, "ccomp"   # "confirmed Friday that ...": the report's content, not the day's
            verb.head, verb.dep_ = top, dep
            for c in marks:
                c.head = verb
            subj.head, subj.dep_ = verb, "nsubj:pass" if any(d.dep_ == "aux:pass" for d in verb.children) else "nsubj"
            part.head, part.dep_ = subj, "acl"
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


def mend_fronted_subject(parsed) -> None:
    """Mend a parser slip in place (see the module's docstring): the words between the fronted adjunct's
    last comma and the verb, all hung inside the adjunct, open with the head of their phrase."""
    for verb in parsed:
        if verb.pos_ not in ("VERB", "AUX") or own_subject(verb) is not None:
            continue
        front = next((c for c in verb.children if c.i < verb.i and c.dep_ in _FRONTED), None)
        inside = {t.i for t in front.subtree} if front is not None else set()
        commas = [i for i in inside if parsed[i].text == "," and i < verb.i]
        if not commas or not set(range(max(commas), verb.i)) <= inside:
            continue
        comma = max(commas)
        noun = next((t for t in parsed[comma + 1:verb.i] if t.head.i < comma and t.dep_ in ("appos", "conj")), None)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or any(t.head.i < comma and t.i != noun.i and
                                                                       t.dep_ not in ("conj", "cc", "punct")
                                                                       for t in parsed[comma + 1:verb.i]):
            continue
        try:
            others = [t for t in parsed[noun.i + 1:verb.i] if t.head.i < comma]
            noun.head, noun.dep_ = verb, "nsubj"
            for t in others:                # "police and FBI agents": the conjuncts are the subject's
                t.head = noun
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


def mend_extraposed_infinitive(parsed) -> None:
    """Mend a parser slip in place (see the module's docstring): a marked infinitive after a verb, its
    clausal subject, with an expletive before the verb."""
    for inf in parsed:
        verb = inf.head
        expl = next((c for c in verb.children if c.dep_ == "expl" and c.i < verb.i), None)
        if inf.dep_ != "csubj" or inf.i < verb.i or verb.pos_ != "VERB" or expl is None or \
                not any(c.dep_ == "mark" for c in inf.children):
            continue
        try:
            expl.dep_, inf.dep_ = "nsubj", "xcomp"
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


def mend_noun_root(parsed) -> None:
    """Mend a parser slip in place: a sentence's root made of the noun before its verb, the verb hung on
    it as a reduced relative or an adverbial clause with no subject of its own ("Alibaba shares closed in
    New York on Tuesday at $185.25": "shares" the root, "closed" its clause). A sentence with no other
    predicate has its verb for root: the noun is its subject, and what followed the verb is the verb's."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("cop", "nsubj", "nsubj:pass") for c in root.children):
        return
    verb = next((c for c in root.children if c.dep_ in ("acl", "advcl") and c.pos_ == "VERB" and c.i == root.right_edge.i
                 or c.dep_ in ("acl", "advcl") and c.pos_ == "VERB" and c.i == root.i + 1), None)
    if verb is None or "Tense=Past" not in str(verb.morph) or own_subject(verb) is not None or \
            any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) for t in parsed):
        return
    after = [c for c in root.children if c.i > verb.i]
    try:
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "nsubj"
        for c in after:
            c.head = verb
    except Exception:                   # a tree the library refuses to change: keep it as parsed
        return


def mend_noun_conj_root(parsed) -> None:
    """Mend a parser slip in place: a sentence's root made of its subject, the main verb hung on it as a
    conjunct with no coordinator and no subject of its own ("Esselte AB, as expected, proposed to acquire
    ...": "Esselte" the root, "proposed" its ``conj``). Nothing coordinates a name with a finite verb: the
    verb is the root, the noun its subject, and what the noun held after the verb is the verb's."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("cop", "nsubj", "nsubj:pass") for c in root.children):
        return
    verb = next((c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > root.i), None)
    if verb is None or "Tense=Past" not in str(verb.morph) or own_subject(verb) is not None or \
            any(c.dep_ in ("cc", "aux", "aux:pass") for c in verb.children) or \
            any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) and t.i < verb.i for t in parsed):
        return                          # (a past with no auxiliary, the first finite word: the main verb)
    moved = [c for c in root.children if c.i > root.right_edge.i or c.dep_ in ("acl", "advcl") and c.i < verb.i
             and any(g.dep_ == "mark" for g in c.children)]
    try:
        verb.head, verb.dep_ = verb, "ROOT"
        verb.set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")     # (a past with no auxiliary: finite)
        root.head, root.dep_ = verb, "nsubj"
        for c in moved:
            c.head, c.dep_ = verb, "advcl" if c.dep_ == "acl" else c.dep_
    except Exception:                   # a tree the library refuses to change: keep it as parsed
        return


#: The words of a noun's own phrase before it.
_PREMODIFIERS = frozenset({"det", "amod", "compound", "nmod:poss", "nummod", "flat"})


def mend_noun_acl_root(parsed) -> None:
    """Mend a parser slip in place: a sentence's root made of its subject, the main verb hung on it as a
    finite modifier clause with no subject of its own, after the noun's apposition ("WeWork's parent
    company, The We Company, announced on Sept. 30 that it was withdrawing its filing": "company" the root,
    "announced" its ``acl``, the complement clause a relative of "company"). A finite past with no
    auxiliary, the sentence's first finite word (but a relative clause's, set off before it: the verb hung on
    it), is the root; the noun its subject; what the noun held after the verb is the verb's, a clause opened by
    a marker its complement."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("NOUN", "PROPN") or any(c.dep_ in ("cop", "nsubj", "nsubj:pass", "case") for c in root.children) \
            or any(t.pos_ in ("ADP", "SCONJ") for c in root.children if c.i < root.i and c.dep_ in _PREMODIFIERS for t in c.subtree):
        return                          # (not a phrase: "In composite trading Friday, X closed ...")
    relatives = [c for c in root.children if c.dep_ == "acl:relcl" and c.i > root.i]
    verb = next((c for h in [root] + relatives for c in h.children if c.dep_ == "acl" and c.pos_ == "VERB" and c.i > root.i
                 and "Tense=Past" in str(c.morph) and (h is root or parsed[c.i - 1].text == ",")), None)
    inside = {t.i for r in relatives for t in r.subtree} - ({t.i for t in verb.subtree} if verb is not None else set())
    if verb is None or own_subject(verb) is not None or any(c.dep_ in ("cc", "aux", "aux:pass", "mark") for c in verb.children) or \
            any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) and t.i < verb.i and t.i not in inside for t in parsed):
        return                          # (the verb after a relative clause set off: "Society Corp., which is a bank, agreed")
    moved = [c for c in root.children if c.i > verb.i]
    marked = [c for c in moved if c.dep_ in ("acl", "acl:relcl") and own_subject(c) is not None and any(
        g.dep_ == "mark" or g.i == c.left_edge.i and g.dep_ == "obj" and "PronType=Rel" in str(g.morph) for g in c.children)]
    if "VerbForm=Fin" not in str(verb.morph) and not ((marked or verb.head is not root) and parsed[verb.i - 1].text == ","):
        return                          # (a participle: only set off after a relative clause, or after the apposition
        #                                 with what it reports after it)
    try:
        verb.head, verb.dep_ = verb, "ROOT"
        verb.set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")
        root.head, root.dep_ = verb, "nsubj"
        for c in moved:
            c.head, c.dep_ = verb, "ccomp" if c in marked else c.dep_
    except Exception:                   # a tree the library refuses to change: keep it as parsed
        return


def mend_fronted_subjects(heads: list) -> None:
    """Mend a parser slip in place: the subject after a fronted date taken for the date's apposition
    ("As of Wednesday evening, Lazaro Gonzalez, the boy's great-uncle, still had not signed": "Gonzalez"
    an apposition of "evening", which hangs on "uncle", an oblique of "signed"). A date has no name for
    apposition: the verb it fronts, with no subject, has the name for subject, the noun between them
    is the name's apposition, and the date is the verb's."""
    for head in heads:
        if head is None or not (head.dep_.startswith("obl") or head.dep_.startswith("nmod") and
                                head.head.dep_.startswith("obl")):
            continue                    # (or on the phrase it ends: "In NYSE trading Friday, Conseco closed")
        name = next((c for c in head.children if c.dep_ == "appos" and c.i > head.i and not any(g.like_num for g in c.subtree)
                     and (c.pos_ == "PROPN" or c.pos_ == "NOUN" and any(g.dep_ == "appos" and g.pos_ == "PROPN" for g in c.children))),
                    None)               # (or a title with the name: "Truman's secretary of state, Dean Acheson, signed")
        pred = head.head
        for _ in range(4):
            if pred.pos_ in ("VERB", "AUX") or pred.head.i == pred.i:
                break
            pred = pred.head
        if name is None or pred.pos_ not in ("VERB", "AUX") or pred.i <= name.i or own_subject(pred) is not None:
            continue
        host = head.head
        try:
            name.head, name.dep_ = pred, "nsubj"
            if host.i != pred.i and host.pos_ == "NOUN" and host.head.i == pred.i and name.i < host.i < pred.i and \
                    not any(g.dep_ == "case" for g in host.children):
                host.head, host.dep_ = name, "appos"
                head.head = pred
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


def _disagrees(det, noun) -> bool:
    """Whether a determiner and its noun differ in number ("that steel market conditions will ...": the
    "that" opens the clause)."""
    a, b = det.morph.get("Number"), noun.morph.get("Number")
    return bool(a and b and a != b)


def mend_verbal_noun(parsed) -> None:
    """Mend a parser slip in place: a gerund in a noun's place with a determiner and neither subject nor
    auxiliary, tagged a verb ("the slaying", "the bombing"): it is a noun."""
    for t in parsed:
        if t.pos_ != "VERB" or "VerbForm=Ger" not in str(t.morph) or t.dep_ not in _NOMINAL_PLACES:
            continue
        deps = {c.dep_ for c in t.children}
        if "det" not in deps or deps & (SUBJECTS | {"aux", "aux:pass", "mark", "obj"}):
            continue
        try:
            t.pos_ = "NOUN"
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue


__all__ = ["SUBORDINATORS", "mend", "mend_marked_clause", "mend_bare_adverbial", "mend_date_compound", "mend_stranded_marker", "mend_extraposed_infinitive", "mend_fronted_subject",
           "mend_fronted_subjects", "mend_noun_acl_root", "mend_noun_root", "mend_marker_predicate", "mend_reduced_relative", "mend_split_subject", "mend_stranded_case", "mend_subject_marker", "mend_verbal_noun"]
