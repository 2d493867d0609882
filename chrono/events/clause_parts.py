"""What a headline's clause keeps beyond its core and what it drops first, over a UD tree (:mod:`.tree`).

- :func:`manner_gerund` — a bare gerund right after its predicate ("posted on Twitter accusing the label
  of ..."): part of the happening;
- :func:`sequel` — the undated predicate coordinated with a bare one ("That partnership began and led to
  strong sales"): what the bare one is about;
- :func:`extraposed` — the infinitive an expletive stands for ("made it possible for small firms to bid"):
  a core complement however the parser hung it;
- :func:`dash_asides` — an aside set off by a pair of dashes: the first thing a long headline drops;
- :func:`aside_noun` — a verbless parataxis after a dash, or an item of a list the parser broke: no part of
  the clause;
- :func:`fronted_description` — a common noun's description fronted before the name that is the subject;
- :func:`asyndetic` — a "conjunct" with no coordinator: an appositive the parser took for a list;
- :func:`linking_adverb` — an adverb after a comma that links a clause coordinated with no coordinator.

Language-neutral: UD relations, parts of speech and morphological features only (:mod:`.phrase` uses them).
"""
from __future__ import annotations

from .tree import RELATIVES, SUBJECTS, Token, is_predicate, own_subject, span_ids


def manner_gerund(c: Token, excluded: set[int] = frozenset()) -> bool:
    """A bare gerund right after its predicate, no comma between, telling how or with what it happened
    ("posted on Twitter accusing the label of ...", "died in 2001 leaving three children"): part of the
    happening, unless it holds a date of its own (another event)."""
    morph = str(c.morph)
    if c.dep_ != "advcl" or c.i < c.head.i or "VerbForm=Ger" not in morph and \
            not ("VerbForm=Part" in morph and "Tense=Pres" in morph):
        return False
    ids = span_ids(c)
    first = min(ids)
    return first > 0 and not c.doc[first - 1].is_punct and own_subject(c) is None and not ids & excluded and \
        not any(d.dep_ in ("mark", "aux", "aux:pass") for d in c.children)


#: The dependents that leave a predicate with something said of its subject: a clause with none of them
#: ("That partnership began") is bare.
_COMPLEMENTS = frozenset({"obj", "iobj", "obl", "xcomp", "ccomp", "nmod", "advcl", "obl:npmod", "obl:tmod"})


def sequel(top: Token, excluded: set[int]) -> set[int]:
    """The predicate coordinated with a bare one that tells what followed, when it has no subject, no
    auxiliary and no date of its own and is told in the same tense: "That partnership began last May
    and led to strong sales" -> "That partnership began and led to strong sales" (a bare "began" says
    nothing of what began). Empty for a predicate with a complement of its own."""
    if top.pos_ != "VERB" or any(c.dep_ in _COMPLEMENTS and c.i not in excluded for c in top.children):
        return set()
    tense = [f for f in str(top.morph).split("|") if f.startswith("Tense=")]
    for c in top.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and own_subject(c) is None and not span_ids(c) & excluded and \
                not any(d.dep_ in ("aux", "aux:pass", "cop", "mark") for d in c.children) and tense and \
                (tense[0] in str(c.morph).split("|") or "Tense=" not in str(c.morph)):
            return {c.i}                    # (a past the parser left tenseless: "began ... and shut down")
    return set()


#: Dashes that set off an aside when spaced ("the three bidders - A, B and C - were"), and those that
#: do unspaced too (an em dash).
_SPACED_DASHES = frozenset({"-", "--", "–", "—"})


def _words(doc, ids: set[int]) -> int:
    return sum(1 for i in ids if not doc[i].is_punct)


def dash_asides(doc, keep: set[int], protected: set[int]) -> set[int]:
    """The asides a pair of dashes sets off inside the kept words ("A few of the new members - Acme,
    Bolt and Crane - are notable" -> "A few of the new members are notable"), dashes included; never
    one that holds a protected word (the predicate, the subject's head)."""
    dashes = [i for i in sorted(keep) if doc[i].text in _SPACED_DASHES and
              (doc[i].text == "—" or (doc[i].whitespace_ and i > 0 and doc[i - 1].whitespace_))]
    out: set[int] = set()
    for a, b in zip(dashes[::2], dashes[1::2]):
        inside = {i for i in keep if a <= i <= b}
        if not inside & protected and _words(doc, inside) < _words(doc, keep) - 3:
            out |= inside
    return out


def extraposed(doc, keep: set[int], protected: set[int]) -> set[int]:
    """The infinitive an expletive stands for and the words that lead to it from the predicate: "made
    it possible for small firms [to bid]" (the infinitive is what was made possible, a core
    complement however the parser hung it); empty without an expletive."""
    for p in sorted(protected):
        if p not in keep or not any(c.dep_ == "expl" and c.i > p for c in doc[p].children):
            continue
        for i in sorted(keep):
            t = doc[i]
            if i > p and t.pos_ == "VERB" and "VerbForm=Inf" in str(t.morph) and \
                    any(c.dep_ == "mark" and c.pos_ == "PART" for c in t.children):
                path = path_up(doc, keep, t, protected)
                return path | _open_chain(t, keep) if path or t.head.i in protected else set()
    return set()


def _open_chain(tok: Token, keep: set[int]) -> set[int]:
    """``tok`` and the open complements below it ("to choose [not to display]"), with their objects' heads."""
    out = {tok.i}
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.i in keep and (c.dep_ == "xcomp" or c.dep_ in ("obj", "iobj") and t.i in out):
                out.add(c.i)
                stack.append(c)
    return out


def path_up(doc, keep: set[int], tok: Token, protected: set[int]) -> set[int]:
    """``tok`` and its heads up to the first protected one (all kept), or empty when the path leaves ``keep``."""
    out: set[int] = set()
    t = tok
    for _ in range(12):
        if t.i in protected:
            return out
        if t.i not in keep or t.head.i == t.i:
            return set()
        out.add(t.i)
        t = t.head
    return set()


def aside_noun(c: Token) -> bool:
    """A verbless phrase the parser hung as a predicate's parataxis that is no comment on it: one a dash
    sets off ("made gains — their nominee for governor, Jim Hood, ..."), or one item of a list it broke
    up (", the lungs, the nasal passages, the pancreas": two such phrases or more on one head, or one
    with conjuncts of its own: ", the kidneys, the spleen and the skin")."""
    first = min(span_ids(c))
    if first > 0 and c.doc[first - 1].text in _DASHES or c.doc[first].text in _DASHES:
        return True
    if any(s.dep_ == "conj" for s in c.children):
        return True
    return sum(1 for s in c.head.children if s.dep_ == "parataxis" and not is_predicate(s)) > 1


#: Dashes that set off an aside.
_DASHES = frozenset({"—", "–", "--"})


def fronted_description(subj: Token) -> set[int]:
    """A common noun's description fronted before the name it describes, the subject of the verb right
    after ("The son of former President X, Fritz Y was stabbed" -> "Fritz Y was stabbed"): the
    description and its comma go, however the parser hung the name (an appositive inside the subject)."""
    if subj.dep_ not in SUBJECTS or subj.i > subj.head.i:
        return set()
    twins = [c for c in subj.head.children if c.dep_ in SUBJECTS and c.i != subj.i and c.i < subj.head.i]
    if len(twins) == 1:                 # the parser's two subjects: "The son of X, | Fritz Y was stabbed"
        a, b = sorted((subj, twins[0]), key=lambda t: t.i)
        ids = span_ids(a)
        if a.pos_ == "NOUN" and b.pos_ == "PROPN" and subj.doc[max(ids)].text == "," and max(ids) + 1 == b.left_edge.i:
            return ids
        return set()
    if subj.pos_ != "NOUN":
        return set()
    doc, ids = subj.doc, span_ids(subj)
    last = max(ids)
    verb = doc[last + 1] if last + 1 < len(doc) else None
    if verb is None or not (verb.i == subj.head.i or verb.head.i == subj.head.i and verb.dep_ in ("aux", "aux:pass")):
        return set()
    for t in subj.subtree:
        name = {i for i in span_ids(t) if not doc[i].is_punct}
        first = min(name, default=last)
        if t.dep_ == "appos" and t.pos_ == "PROPN" and max(name, default=-1) == last and first > subj.i + 1 and \
                doc[first - 1].text == "," and not any(doc[i].text == "," for i in range(first, last)):
            return ids - name
    return set()


def asyndetic(t: Token) -> bool:
    """A nominal "conjunct" with no coordinator anywhere in its coordination, set off by a comma: an
    appositive the parser took for a list ("Michael Reed, the CEO of X, GateHouse's parent")."""
    if t.dep_ != "conj" or is_predicate(t) or t.pos_ not in ("NOUN", "PROPN"):
        return False
    first = min((i for i in span_ids(t) if not t.doc[i].is_punct), default=None)
    if not first or t.doc[first - 1].text != ",":          # no word (a misparsed quote mark) or first
        return False
    conjuncts = [c for c in t.head.children if c.dep_ == "conj"]
    return not any(d.dep_ == "cc" for c in conjuncts for d in c.children)


def linking_adverb(t: Token) -> bool:
    """An adverb that opens a clause coordinated with no coordinator, and so links it ("kept hopes alive,
    [then] X completed the comeback"): cut, the two clauses would run on."""
    clause = next((a for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) if t.dep_ == "advmod" else None
    if clause is None or clause.dep_ not in ("conj", "parataxis", "ccomp") or clause.i < clause.head.i:
        return False
    first = next(w for w in clause.subtree if not w.is_punct)
    return first.i == t.i and t.i > 0 and t.doc[t.i - 1].text in ",;" and \
        not any(c.dep_ in ("cc", "mark") for c in clause.children)


def clause_opener(t: Token) -> bool:
    """A relative or interrogative adverb that opens the clause it modifies ("in his kitchen last fall
    [when] he was gunned down"): cut alone, the clause would run on from the one above."""
    if t.dep_ != "advmod" or not ("PronType=Int" in str(t.morph) or "PronType=Rel" in str(t.morph)):
        return False
    clause = t.head
    first = next((w for w in clause.subtree if not w.is_punct), None)
    return clause.dep_ in ("advcl", "acl:relcl", "acl", "ccomp") and first is not None and first.i == t.i and t.i < clause.i


def adverbial_opener(first: Token) -> bool:
    """Whether the first word of a clause hung as a complement is a preposition or a marker other than the
    language's complementizers and relative words ("as", "after"; not "that"): it opens an adverbial clause."""
    return first.dep_ in ("case", "mark") and first.lower_ not in RELATIVES.get(first.doc.lang_, frozenset())


def telling_when(c: Token, excluded: set[int]) -> bool:
    """A "when" clause right after the dating phrase, telling what happened then ("became embroiled in
    controversy earlier this month when it posted a video"): part of the happening."""
    ids = [i for i in span_ids(c) if not c.doc[i].is_punct]
    first = c.doc[ids[0]]
    wh = "PronType=Int" in str(first.morph) or "PronType=Rel" in str(first.morph)
    return wh and first.i - 1 in excluded and first.dep_ in ("advmod", "mark") and first.head.i == c.i


def number_bound(t: Token) -> bool:
    """A bound a preposition opens on a number ("[at least] four people", "[up to] 500 jobs"): it says how many, and
    stays with the number (not a score's second figure, "6-4")."""
    return t.dep_ == "nmod" and t.head.pos_ == "NUM" and any(c.dep_ == "case" and c.pos_ == "ADP" for c in t.children)


__all__ = ["number_bound", "adverbial_opener", "telling_when", "aside_noun", "asyndetic", "clause_opener", "linking_adverb", "dash_asides", "extraposed", "fronted_description", "manner_gerund", "path_up", "sequel"]
