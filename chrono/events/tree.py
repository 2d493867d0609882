"""Reading a Universal Dependencies tree: which predicate a time expression dates, and its clause.

Language-neutral: it reads UD relations, parts of speech and morphological features (the words
it needs, reporting verbs, come from the pack through the caller). A token is a spaCy ``Token``.

- :func:`timex_head` — the token of a time expression that attaches it to the sentence;
- :func:`predicate_of` — the predicate it dates: climbing from the head through nominals
  ("attacked the town on Monday", misattached to "town") to the first token that heads a clause;
- :func:`clause_top` — up an ``xcomp`` chain ("plans to end ... in 2020" -> "plans");
- :func:`subject_of` — the predicate's subject, lent by the head of a conjunct, an open complement
  or an adverbial clause, the antecedent of a relative pronoun, the noun of a participle;
- :func:`date_ids` — the tokens of a dating phrase and its frame (:mod:`.phrase` builds the clause without them);
- :func:`anomalies` — attachments no well-formed tree has: such a parse is not trusted;
- :func:`report_over`, :func:`content_of` — the reporting verb that governs a clause, and what it reports;
- :func:`core_tokens` — what the modality reads: the predicate chain, auxiliaries, negation, markers.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import Any

from .infinitive import dating_infinitive, set_off
from .number import agreeing as _agreeing
from .parse import text_length, token_bounds
from .ranking import ranks_within
from .date_frame import background_progressive, date_ids, framing_degree

Token = Any

#: Relations of a subject.
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl"})
#: Dependents that are clauses of their own: never part of another predicate's headline.
OWN_CLAUSES = frozenset({"advcl", "parataxis", "discourse", "vocative", "reparandum", "dislocated", "list",
                         "orphan", "dep"})
#: Dependents the modality of a predicate reads.
MODAL_DEPS = frozenset({"aux", "aux:pass", "cop", "mark", "advmod", "xcomp", "compound:prt"})
_LENDERS = frozenset({"conj", "xcomp", "advcl"})
_NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def timex_head(doc, start: int, end: int) -> Token | None:
    """The token of the span ``[start, end)`` (characters) whose head lies outside it."""
    inside = list(doc.char_span(max(start, 0), min(end, text_length(doc)), alignment_mode="expand") or ())
    ids = {t.i for t in inside}
    return next((t for t in inside if t.head.i not in ids or t.head.i == t.i), inside[0] if inside else None)


def preceding(doc, start: int) -> Token | None:
    """The word right before the character ``start``, past a preposition ("said on | Wednesday")."""
    for i in range(bisect_right(token_bounds(doc)[1], start) - 1, -1, -1):     # those ending by ``start``
        if doc[i].pos_ != "ADP":
            return doc[i]
    return None


def span_ids(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


#: Set by the caller: the language's relative words, lower case ("which", "who", "that").
RELATIVES: dict[str, frozenset[str]] = {}
#: Per language, the markers of a gerund that completes its predicate ("accused Wednesday of trying
#: to deceive"): such an adverbial clause is the predicate's complement, kept in its headline.
COMPLEMENT_MARKS: dict[str, frozenset[str]] = {}


def relative_of(top: Token) -> Token | None:
    """The relative word of a relative clause headed by ``top`` ("which", "who", "where"): marked
    so by the morphology, or a relative word of the language opening a clause that modifies."""
    words = RELATIVES.get(top.doc.lang_, frozenset())
    for c in top.children:
        if c.i > top.i or c.dep_ in ("mark", "det"):
            continue
        if "PronType=Rel" in str(c.morph):
            return c
        if c.text.lower() in words and (top.dep_ in ("acl:relcl", "acl", "advcl") or c.i == top.left_edge.i):
            prev = top.doc[c.i - 1] if c.i else None
            if prev is not None and (prev.is_punct or prev.pos_ in _NOMINAL_POS):
                return c
    return None


def antecedent(top: Token, rel: Token) -> Token | None:
    """What a relative word stands for: the noun a relative clause hangs on, or, when the parser
    did not hang it, the nominal right before the relative word ("Meetup, which ...")."""
    if top.dep_ == "acl:relcl" and top.head.pos_ in _NOMINAL_POS:
        return _agreeing(top.head, top) if rel.dep_ in SUBJECTS else top.head
    doc = top.doc
    i = rel.left_edge.i - 1                 # before "with whom"
    while i >= 0 and doc[i].is_punct:
        i -= 1
    return doc[i] if i >= 0 and doc[i].pos_ in ("NOUN", "PROPN") else None


def complement_gerund(tok: Token) -> bool:
    """An adverbial gerund with no subject, marked by one of the language's complement markers."""
    marks = COMPLEMENT_MARKS.get(tok.doc.lang_, frozenset())
    morph = str(tok.morph)
    gerund = "VerbForm=Ger" in morph or ("VerbForm=Part" in morph and "Tense=Pres" in morph)
    return tok.dep_ == "advcl" and gerund and own_subject(tok) is None and \
        any(c.dep_ == "mark" and c.text.lower() in marks for c in tok.children)


def is_predicate(tok: Token) -> bool:
    """Whether a token heads a clause: a verb (not a participle used as an adjective), or a word
    with a subject or a copula (not a copula itself, though the parser hung a subject on it: its noun is)."""
    if tok.dep_ == "cop" and tok.head.i != tok.i:
        return False
    if any(c.dep_ in SUBJECTS or c.dep_ == "cop" for c in tok.children):
        return True
    if tok.pos_ == "VERB":
        morph = str(tok.morph)
        participle = "VerbForm=Ger" in morph or ("VerbForm=Part" in morph and "Tense=Pres" in morph)
        bare = not any(c.dep_ in SUBJECTS or c.dep_ in ("aux", "mark") for c in tok.children)
        if tok.dep_ in ("acl", "advcl") and participle and bare:
            return False                # "missions starting in 2023", "Kicking off in June, the run will ...":
                                        # the date of the clause the participle hangs on
        return tok.dep_ not in ("amod", "compound", "case", "mark", "fixed")
    return tok.pos_ == "AUX" and tok.dep_ == "ROOT"


def postnominal_adjective(tok: Token) -> bool:
    """Whether a token is an adjective modifying a noun before it ("a dividend, payable Dec. 15")."""
    return tok.pos_ == "ADJ" and tok.dep_ == "amod" and tok.head.i < tok.i


def predicate_of(head: Token) -> Token | None:
    """The predicate a time expression whose head is ``head`` dates, or None (a verbless fragment)."""
    t = head if head.dep_ == "ROOT" else head.head
    if t.pos_ == "VERB" and t.dep_ in ("advcl", "acl") and head.dep_ in ("obj", "obl") and not _compared(t) and \
            all(c.i == head.i or c.is_punct for c in t.children) and t.head.i != t.i:
        t = t.head                      # "lifted following March 2016": a participle used as a preposition
    elif t.i != head.i and dating_infinitive(head):
        t = t.head
    seen = 0
    while (not is_predicate(t) or _fronted_into(head, t)) and t.dep_ != "ROOT" and seen < 40:
        t, seen = t.head, seen + 1
    if _adjunct_participle(t):          # "asked for compassion in a letter posted Tuesday": the asking's date
        t = t.head
        while t.dep_ in ("obl", "nmod") and not is_predicate(t):
            t = t.head
    elif background_progressive(t):     # "A man who was waiting ... on Tuesday was struck": the striking's date
        t = t.head.head
    return t if is_predicate(t) else None


def _compared(participle: Token) -> bool:
    """Whether a participle modifies the noun an adjective takes as its complement ("looks similar to the
    concept previewed in January"): the compared thing's own happening, no adjunct of the clause."""
    noun = participle.head
    return participle.dep_ == "acl" and noun.dep_ == "obl" and noun.head.pos_ == "ADJ" and not is_predicate(noun.head)


def _adjunct_participle(t: Token) -> bool:
    """A participle with no subject modifying the noun of an adjunct of a predicate ("in a letter posted
    on Twitter Tuesday", "In his physical conducted in 2018, Trump had been diagnosed"): its date is the
    predicate's. An object's or subject's noun keeps its participle ("eliminate the tariffs imposed on Sept. 1")."""
    noun = t.head
    if not (t.dep_ == "acl" and t.pos_ == "VERB" and "VerbForm=Part" in str(t.morph) and noun.i != t.i and
            own_subject(t) is None and any(c.dep_ == "case" for c in noun.children)):
        return False
    while noun.dep_ in ("obl", "nmod") and noun.head.i != noun.i:
        noun = noun.head
        if is_predicate(noun):
            return True
    return False


def _fronted_into(head: Token, pred: Token) -> bool:
    """A date before the noun a participle or relative clause modifies ("In July, forces backed by the
    coalition retook Mosul") is the clause's the noun stands in."""
    return pred.dep_ in ("acl", "acl:relcl") and head.i < pred.head.i and pred.head.i != pred.i


def _infinitive(pred: Token) -> bool:
    return "VerbForm=Inf" in str(pred.morph) and any(c.dep_ == "mark" and c.pos_ == "PART" for c in pred.children)


def _up(pred: Token) -> Token | None:
    """The predicate an open complement completes: an ``xcomp``'s head; an infinitive with no subject
    of its own the parser took for an adverbial ("was set to begin"); an infinitive after an object
    ("expect the talks to last"); not one set off by a comma ("its bid, due to expire Thursday, to ...")."""
    head = pred.head
    if head.i == pred.i:
        return None
    if pred.dep_ == "xcomp":
        return head
    if pred.dep_ == "advcl" and _infinitive(pred) and own_subject(pred) is None and head.pos_ in ("VERB", "AUX") and not set_off(pred):
        return head
    if pred.dep_ == "acl" and (_infinitive(pred) or _marked_gerund(pred)) and head.dep_ in ("obj", "iobj") and head.head.pos_ == "VERB":
        return head.head                # ("has no intention of tapping")
    return None


def _marked_gerund(pred: Token) -> bool:
    return "VerbForm=Ger" in str(pred.morph) and any(c.dep_ == "mark" and c.i < pred.i for c in pred.children)


def open_complement(pred: Token) -> bool:
    return _up(pred) is not None


def clause_top(pred: Token) -> Token:
    """The top of the open-complement chain a predicate stands in ("set to begin" -> "set")."""
    for _ in range(8):
        up = _up(pred)
        if up is None:
            break
        pred = up
    return pred


def chain(top: Token, pred: Token) -> list[Token]:
    """The predicates from ``top`` down to ``pred`` through ``xcomp``."""
    out = [pred]
    while out[-1].i != top.i and _up(out[-1]) is not None and len(out) < 8:
        out.append(_up(out[-1]))
    return out[::-1]


def own_subject(pred: Token) -> Token | None:
    found = next((c for c in pred.children if c.dep_ in SUBJECTS), None)
    if found is None:                       # hung on the auxiliary by the parser ("hat Richter X ... verurteilt")
        found = next((g for c in pred.children if c.dep_ in ("aux", "aux:pass", "cop") for g in c.children
                      if g.dep_ in SUBJECTS), None)     # (or on the copula: "there has been a trend")
    return found


def subject_of(pred: Token) -> tuple[Token | None, bool]:
    """The subject of a predicate and whether it is lent (it stands outside the predicate's clause)."""
    t, lent = pred, False
    for _ in range(6):
        subj = own_subject(t)
        if subj is not None:
            rel = relative_of(t)
            if rel is not None and rel.i == subj.i:
                return antecedent(t, subj), True    # "The army, which retook ..." -> "The army"
            return subj, lent
        if t.dep_ == "acl" and t.head.pos_ in _NOMINAL_POS:
            return t.head, True             # "the hostages, held since 2016" -> "the hostages"
        if t.dep_ not in _LENDERS or t.head.i == t.i or _reduced_relative(t):
            return None, lent
        t, lent = t.head, True
    return None, lent


def _reduced_relative(t: Token) -> bool:
    """A passive participle with no auxiliary the parser hung as an adverbial ("the tariffs imposed on
    Sept. 1"): it modifies a noun, and the subject of its head is not its own."""
    morph = str(t.morph)
    return (t.dep_ == "advcl" and "VerbForm=Part" in morph and "Tense=Past" in morph
            and not any(c.dep_ in ("aux", "aux:pass", "mark") for c in t.children))


def misread_subject(head: Token) -> bool:
    """Whether the head of a time expression was taken for the subject right after a preposition made a
    marker ("a stock that until [this year] had been falling"): that is its object, never a subject (not
    "if Friday is a holiday"); its clause's parse is not to be read."""
    return head.dep_ in ("nsubj", "nsubj:pass") and head.head.i != head.i and \
        any(m.dep_ == "mark" and m.pos_ == "ADP" and m.i == head.left_edge.i - 1 for m in head.head.children)


def anomalies(doc) -> list[Token]:
    """Tokens whose attachment no well-formed tree has: two subjects of one predicate, a subject or
    object that is a finite verb with a subject of its own, a preposition heading a subject or an
    object, a subject led by a preposition, a noun coordinated with a verb, a passive main clause with
    no auxiliary, a noun as the root of a sentence with a finite verb. A parse with any is not to be
    trusted."""
    out = []
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is not None and not is_predicate(root) and root.pos_ in ("NOUN", "PROPN") and \
            any("VerbForm=Fin" in str(t.morph) and t.pos_ == "VERB" for t in doc):
        out.append(root)                # a noun taken for the main clause of a sentence with a finite verb
    for t in doc:
        deps = [c.dep_ for c in t.children]
        if sum(d in ("nsubj", "nsubj:pass") for d in deps) > 1:
            out.append(t)
        elif t.dep_ in ("nsubj", "nsubj:pass", "obj") and t.pos_ == "VERB" and "nsubj" in deps:
            out.append(t)
        elif t.pos_ == "ADP" and any(d in ("nsubj", "obj", "nsubj:pass") for d in deps):
            out.append(t)
        elif t.dep_ in ("nsubj", "nsubj:pass") and "case" in deps and t.pos_ != "PRON":
            out.append(t)
        elif "nsubj:pass" in deps and not any(d in ("aux", "aux:pass", "cop") for d in deps) and \
                "VerbForm=Part" in str(t.morph) and t.dep_ in ("ROOT", "ccomp", "conj"):
            out.append(t)               # "forces backed by the coalition retook ...": a passive with no auxiliary
        elif t.dep_ == "acl" and "VerbForm=Fin" in str(t.morph):
            out.append(t)               # a finite verb taken for a participle ("after forces seized ...")
        elif t.dep_ == "ccomp" and t.pos_ == "NOUN" and not any(d in SUBJECTS or d == "cop" for d in deps) and \
                any(c.pos_ == "VERB" and c.dep_ == "amod" for c in t.children):
            out.append(t)               # a verb taken for a noun ("Today's hearing only further [exposes] that ...")
        elif t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and t.head.pos_ == "VERB" and \
                not any(d in ("cop", "nsubj") for d in deps):
            out.append(t)               # a noun coordinated with a verb
        elif t.pos_ == "VERB" and "det" in deps or t.pos_ in ("SYM", "NUM") and "nsubj" in deps and t.dep_ != "ROOT" \
                and not any(d in ("cop", "aux") for d in deps):   # a determiner on a verb ("as the UK prepares"),
            out.append(t)               # an amount taken for a clause ("has paid [the agency nearly $449,000]")
    return out


def two_objects(doc, outside: frozenset = frozenset()) -> bool:
    """Whether a token of a parse (but those ``outside``) has two objects ("cut its dividend to five cents [a
    share] from 11.5 cents [a share]"): the phrases of such a tree are no guide to a headline."""
    return any([c.dep_ for c in t.children].count("obj") > 1 for t in doc if t.i not in outside)


def core_tokens(top: Token, pred: Token) -> list[Token]:
    """The tokens the modality of a predicate reads: the xcomp chain from ``top`` to ``pred`` with
    their auxiliaries, copulas, markers (with no words of their own but punctuation: "If, for some
    reason, ..."), adverbs and negation, the markers of adverbial clauses,
    and the determiners of their subjects and objects ("no agreement was reached")."""
    found: dict[int, Token] = {}
    for p in chain(top, pred):
        found[p.i] = p
        if p.dep_ == "acl" and p.i != top.i:
            found[p.head.i] = p.head        # "has no plans to sell": the noun the complement completes
        for c in p.children:
            if c.dep_ in MODAL_DEPS and all(g.is_punct for g in c.children) or c.dep_ in ("aux", "aux:pass", "cop"):
                found[c.i] = c
            elif c.dep_ == "advcl":
                for m in c.children:        # (with an adverb right before it: "even if", a concession)
                    if m.dep_ == "mark" or m.dep_ == "advmod" and m.i + 1 < len(m.doc) and m.doc[m.i + 1].dep_ == "mark":
                        found[m.i] = m
            elif c.dep_ == "xcomp":         # "refused to accept": the complement's verb and marker
                found[c.i] = c
                for m in c.children:
                    if m.dep_ == "mark":
                        found[m.i] = m
            elif c.dep_ in SUBJECTS or c.dep_ == "obj":
                for d in c.children:
                    if d.dep_ == "det":
                        found[d.i] = d
    return [found[i] for i in sorted(found)]


def report_over(top: Token, is_report: Callable[[Token], bool]) -> Token | None:
    """The reporting verb whose content holds the clause of ``top``: an ancestor reached through a
    complement clause ("officials said the town fell"), or a paratactic or adverbial reporting verb
    of the clause or of a predicate it is coordinated with ("the town fell, officials said")."""
    t = top
    for _ in range(12):
        for c in t.children:
            if c.dep_ in ("parataxis", "advcl", "conj", "ccomp") and c.i != top.i and is_report(c) and \
                    c.i > top.i and _bare(c) and _trailing(c, c.dep_ != "parataxis"):
                return c
        if t.dep_ == "ROOT" or t.head.i == t.i:
            return None
        parent = t.head
        if is_report(parent) and t.dep_ in ("ccomp", "parataxis", "xcomp"):
            return parent
        if t.dep_ not in ("conj", "ccomp", "xcomp", "advcl", "parataxis", "acl:relcl"):
            return None
        t = parent
    return None


def _bare(report: Token) -> bool:
    """A reporting verb with nothing of its own to report: no complement clause, no object but an
    addressee named or pronominal ("told Reuters", "told him"), not "declared the city ..."."""
    return not any(d.dep_ == "ccomp" or (d.dep_ == "obj" and d.pos_ not in ("PROPN", "PRON"))
                   for d in report.children)


def _trailing(report: Token, comma: bool = True) -> bool:
    """A reporting verb that closes its sentence after a comma ('"...," the minister told reporters');
    with ``comma`` False, any reporting verb after its clause."""
    doc = report.doc
    if not comma:
        return True
    start = min(i for i in (t.i for t in report.subtree) if not doc[i].is_punct or i == report.i)
    i = start - 1
    while i >= 0 and doc[i].is_punct and doc[i].text != ",":
        i -= 1
    before = {t.i for t in report.subtree}
    return i >= 0 and doc[i].text == "," or any(doc[j].text == "," for j in before if j < report.i)


def content_of(report: Token) -> Token | None:
    """What a reporting verb reports: its complement clause, or the clause it is paratactic to."""
    found = next((c for c in report.children if c.dep_ in ("ccomp", "parataxis") and is_predicate(c)), None)
    if found is not None:
        objects = [c for c in report.children if c.dep_ == "obj" and c.pos_ not in ("PROPN", "PRON")]
        return found if not objects else None     # "declared victory ... , days after ...": no report
    if report.dep_ in ("parataxis", "advcl") or (report.dep_ == "conj" and _bare(report) and _trailing(report)):
        return report.head if report.head.i != report.i else None
    return None


__all__ = ["COMPLEMENT_MARKS", "MODAL_DEPS", "OWN_CLAUSES", "RELATIVES", "complement_gerund", "SUBJECTS", "anomalies", "ranks_within", "antecedent", "chain", "clause_top", "content_of",
           "core_tokens", "date_ids", "is_predicate", "open_complement", "postnominal_adjective", "own_subject", "preceding", "predicate_of", "misread_subject", "relative_of", "report_over", "span_ids", "subject_of", "timex_head"]
