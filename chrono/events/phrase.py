"""A predicate's clause as the words of a headline, over a Universal Dependencies tree (:mod:`.tree`).

- :func:`clause_tokens` — the predicate's own clause: its subtree without the clauses it heads
  (adverbial, paratactic, coordinated predicates) and without the dating phrase;
- :func:`fronted` — what stands before the subject ("In a research report, ..."): a headline opens
  with its subject;
- :func:`name_extent` — a name the parser split ("Pacific Gas & Electric Co.");
- :func:`noun_phrase` — a nominal's phrase without its clauses, to lend as a subject (its own
  preposition cut, the "of" and "'s" inside it kept);
- :func:`appositives` — the appositives of a subject set off by commas (not a name hung as one);
- :func:`trim` — whole phrases dropped, most cuttable first, until the clause fits (an infinitive
  that completes the predicate counts as its complement: "agreed ... to set up a zone");
- :func:`text_of` — the kept tokens as text, spaced as in the sentence; a noun that lost its
  possessor (a dating phrase: "last weekend's call") takes the language's definite article.

Language-neutral: it reads UD relations and parts of speech only (the article is the pack's,
registered in :data:`DEFINITE`). :mod:`.wording` mends what the cuts broke.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .misparse import complement_on_date, infinitive_root
from .parse import cut_brackets, punctuation
from .sentencehood import appositive_comma, comparison_clause, report_comma, copular_purpose, deadline_dates, hung_figure, partitive_dates, noun_infinitive, object_predicate
from .clause_parts import adverbial_opener, number_bound, telling_when, aside_noun, asyndetic, clause_opener, dash_asides, linking_adverb, extraposed, fronted_description, manner_gerund, sequel
from .tree import (COMPLEMENT_MARKS, OWN_CLAUSES, SUBJECTS, Token, complement_gerund, is_predicate, open_complement,
                   own_subject, span_ids)

#: Phrases a headline may lose, most cuttable first (rank = index).
TRIM_RANKS: tuple[frozenset[str], ...] = (
    frozenset({"appos", "acl:relcl", "acl", "dep", "parataxis"}),
    frozenset({"advmod", "obl:npmod", "nmod:npmod", "obl:tmod", "nmod:tmod", "nmod:unmarked", "obl:unmarked"}),
    frozenset({"obl", "advcl"}),
    frozenset({"nmod"}),
    frozenset({"conj"}),
    frozenset({"ccomp", "xcomp", "obj", "iobj"}),
)


#: Dependents of a dating phrase kept in the clause: nominals a parser hung on it by mistake.
_HUNG_ON_DATES = frozenset({"compound", "nmod", "obj", "amod", "nsubj"})


def name_extent(doc, tok: Token, keep: set[int]) -> set[int]:
    """The tokens of a name a parser split, to the left of ``tok`` (the first word of a subject):
    "Pacific Gas & Electric Co." taken as "Co."."""
    out: set[int] = set()
    i = tok.left_edge.i - 1
    while i >= 0 and i not in keep and (doc[i].pos_ == "PROPN" or (doc[i].text[:1].isupper() and doc[i].pos_ == "ADJ")
                                        or (doc[i].pos_ == "CCONJ" and i and doc[i - 1].pos_ == "PROPN" and
                                            not doc[i].is_lower)):
        out.add(i)
        i -= 1
    while out and doc[min(out)].pos_ == "CCONJ":
        out.discard(min(out))
    return out if tok.pos_ == "PROPN" else set()


def noun_phrase(tok: Token, drop: Callable[[Token], bool] = lambda c: False) -> list[Token]:
    """A nominal's phrase without its clauses (relative, participle, appositive) and what ``drop`` says."""
    keep: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop()
        keep.append(t)
        for c in t.children:
            if c.dep_ in OWN_CLAUSES or c.dep_ in ("acl", "acl:relcl", "appos") or drop(c) or \
                    (c.dep_ == "punct" and c.text not in "-–&/") or (c.dep_ == "case" and t.i == tok.i) or \
                    (c.dep_ == "mark" and t.i == tok.i and c.i < tok.i and c.pos_ != "SCONJ"):
                continue                    # the phrase's own preposition goes; "of", "'s" inside it stay
            if c.dep_ == "conj" and is_predicate(c):
                continue
            stack.append(c)
    keep.sort(key=lambda t: t.i)
    while len(keep) > 1 and keep[0].dep_ == "case":
        keep.pop(0)                         # "from Quentin Tarantino": a preposition the parser hung inside
    return keep


def clause_tokens(top: Token, excluded: set[int], lent_subject: bool, joined: Iterable[int] = ()) -> set[int]:
    """The token ids of a predicate's own clause: its subtree without the clauses it heads, the ids
    ``excluded`` (dating phrases, a reporting verb), its opening marker and coordinator. The
    nominals hung on an excluded token are kept (a parser's error: "got support last week"; a dating
    phrase parsed as a clause, "es escenario desde hace cuatro años de un conflicto"); the
    coordinated predicates ``joined`` to it stay."""
    joined = set(joined) | sequel(top, excluded)
    rescued = complement_on_date(top.doc, excluded) | deadline_dates(top.doc, excluded) | partitive_dates(top.doc, excluded)
    excluded = set(excluded) - rescued
    keep: set[int] = set()
    opening = next((w.i for w in top.subtree if not w.is_punct), top.i)     # (", even if it ...": past the comma)
    stack = [top]
    while stack:
        t = stack.pop()
        if t.i not in excluded:
            keep.add(t.i)
        for c in t.children:
            if c.dep_ in OWN_CLAUSES and not (c.dep_ == "advcl" and (open_complement(c) or complement_gerund(c) or
                                                                  result_clause(c) or telling_when(c, excluded) or
                                                                  manner_gerund(c, excluded) or c.i in excluded or
                                                                  copular_purpose(c) or object_predicate(c, excluded) or
                                                                  comparison_clause(c, excluded))) and \
                    not (c.dep_ == "parataxis" and not is_predicate(c) and not aside_noun(c)):
                continue                    # (kept: ", the group's largest stronghold")
            if t.i in excluded and c.i not in excluded and c.dep_ not in _HUNG_ON_DATES and c.i not in rescued and \
                    not hung_figure(c):
                continue
            if c.dep_ == "conj" and is_predicate(c) and (is_predicate(t) or t.i == top.i) and c.i not in joined:
                continue                    # a coordinated predicate of its own
            if t.i == top.i and c.dep_ in ("mark", "cc", "advmod") and c.i < (top.left_edge.i if c.pos_ == "PART" else opening) + 2 \
                    and (own_subject(top) is None or c.i < own_subject(top).left_edge.i) and \
                    not (c.pos_ == "PART" and top.dep_ == "acl") and (c.dep_ != "advmod" or _before_mark(c, top)):
                continue                    # "that", "after", "but" opening the clause (not "plan [to] reduce"), with
                                            # the adverb before it (", even if it ...", "particularly after")
            if lent_subject and c.dep_ in SUBJECTS and t.i == top.i:
                continue
            stack.append(c)
    root = infinitive_root(top)             # "paid for ten members to fly", "paid" hung on "fly"
    if root is not None:
        keep |= clause_tokens(root, excluded | span_ids(top), False) - {i for i in span_ids(root) if i < top.i}
    return keep


def _before_mark(c: Token, top: Token) -> bool:
    """Whether an adverb of no words of its own stands right before the marker opening ``top``'s clause."""
    return not list(c.children) and c.i + 1 < len(c.doc) and c.doc[c.i + 1].dep_ == "mark" and c.doc[c.i + 1].head.i == top.i


def result_clause(c: Token) -> bool:
    """A bare gerund set off after its predicate, telling what came of it ("The weather should ease,
    allowing PG&E to begin restoring power"; "..., killing 12 people"): part of the happening."""
    morph = str(c.morph)
    if c.dep_ != "advcl" or "VerbForm=Ger" not in morph and not ("VerbForm=Part" in morph and "Tense=Pres" in morph):
        return False
    first = min(i for i in span_ids(c) if not c.doc[i].is_punct)
    return c.i > c.head.i and first > 0 and c.doc[first - 1].text == "," and own_subject(c) is None and \
        not any(d.dep_ in ("mark", "aux", "aux:pass") for d in c.children)


def fronted(top: Token, subj: Token, keep: set[int]) -> set[int]:
    """The adjuncts of ``top`` that stand before its subject ("In a research report, X said ..."): a
    headline opens with its subject; not a negative one, which its verb answers ("At no point did we say")."""
    out: set[int] = set()
    doc = top.doc
    for c in top.children:
        if c.i >= subj.left_edge.i or "Neg" in str(c.morph) or any(d.dep_ == "det" and "PronType=Neg" in str(d.morph) for d in c.children):
            continue                    # (kept: "At no point did we say ...": a denial, its verb before its subject)
        after = max(span_ids(c)) + 1
        set_off = after < len(doc) and doc[after].text == ","
        if c.dep_ in ("obl", "obl:tmod", "obl:npmod", "nmod", "advcl", "punct", "cc", "discourse") or \
                (c.dep_ == "advmod" and set_off):
            out |= span_ids(c) & keep
    rest = sorted(keep - out)
    if rest and doc[rest[0]].pos_ in ("ADP", "SCONJ", "ADV"):
        commas = [i for i in rest if doc[i].is_punct and doc[i].text == "," and i < subj.i]
        if commas:                      # an opening phrase the parser hung on the subject
            out |= {i for i in rest if i <= commas[-1]}
    return out


#: A bracket opened and not closed: what the kept tokens cut ("Forces (SDF").
_OPEN_BRACKET = re.compile(r"\s*[(\[][^)\]]*$")


def appositives(subj: Token) -> set[int]:
    """The appositives of a subject a headline drops: those set off by a comma ("The SDF, a coalition
    of fighters, launched"); not a name the parser hung as one ("Kurdish leader Masoud Barzani")."""
    out: set[int] = set()
    for c in subj.children:
        first = min(span_ids(c))
        marks = ",(–—"                      # (not a hyphen: "Bachar al-Assad" split by the parser)
        if c.dep_ == "appos" and (c.pos_ != "PROPN" or c.doc[first].text in marks or
                                  (first > 0 and c.doc[first - 1].text in marks)):
            out |= span_ids(c)
    return out | fronted_description(subj)


def set_off(doc, keep: set[int], top: Token) -> set[int]:
    """The relative and participle clauses inside ``top``'s clause that commas set off ("Meetup, which
    WeWork acquired in 2017, closed"): they tell another happening."""
    out: set[int] = set()
    for i in keep:
        t = doc[i]
        if t.dep_ in ("nmod", "obl") and t.head.i in keep and _parenthetical(doc, t):
            out |= span_ids(t)              # "Trump, according to the White House, made a trip"
            continue
        if i == top.i or t.dep_ not in ("acl:relcl", "acl") or t.head.i not in keep:
            continue
        first = min(span_ids(t))
        if doc[first].text == "," or (first > 0 and doc[first - 1].text == ","):
            out |= span_ids(t)
    return out


def _parenthetical(doc, t: Token) -> bool:
    """A phrase of a multi-word preposition set off by commas on both sides (", according to X,")."""
    ids = [i for i in span_ids(t) if not doc[i].is_punct] or [t.i]      # (a phrase of punctuation only: itself)
    first, last = min(ids), max(ids)
    multiword = any(c.dep_ == "case" and any(f.dep_ == "fixed" for f in c.children) for c in t.children)
    return multiword and first > 0 and doc[first - 1].text == "," and last + 1 < len(doc) and doc[last + 1].text == ","


def words(doc, ids: Iterable[int]) -> int:
    punct = punctuation(doc) if hasattr(doc, "user_data") else None        # (kept with the parse)
    return sum(1 for i in ids if i not in punct) if punct is not None else sum(1 for i in ids if not doc[i].is_punct)


def trim(doc, keep: set[int], protected: set[int], limit: int, slack: int = 0) -> set[int]:
    """``keep`` without whole phrases, most cuttable (then rightmost) first, until at most ``limit``
    words remain or nothing more may go; ``protected`` tokens (predicate, subject head) stay. Phrases
    that hold a name go after those that do not, and not at all while the text is within ``slack``
    words of the limit ("drove IS out of the eastern city of Deir el-Zour")."""
    keep = set(keep)
    if words(doc, keep) > limit:
        keep -= dash_asides(doc, keep, protected)
    protected = protected | extraposed(doc, keep, protected)
    genitives = COMPLEMENT_MARKS.get(doc.lang_, frozenset())  # (the language's genitives: "of")
    the = DEFINITE.get(doc.lang_)
    subject_side = {j for p in protected if doc[p].dep_ in SUBJECTS and
                    any(d.dep_ == "det" and d.text.lower() == the or d.dep_ == "nmod:poss" for d in doc[p].children)
                    for c in doc[p].children
                    if c.dep_ == "nmod" and not any(m.dep_ == "case" and m.text.lower() in genitives for m in c.children)
                    for j in span_ids(c)}   # "The government in Damascus", "The state's slogan for a campaign",
                                            # not "thousands of Syrians"
    while words(doc, keep) > limit:
        named_ok = words(doc, keep) > limit + slack
        best = None
        candidates = []
        for i in keep:
            t = doc[i]
            if i in protected or t.head.i not in keep:
                continue
            rank = 0 if asyndetic(t) else next((r for r, deps in enumerate(TRIM_RANKS) if t.dep_ in deps), None)
            if t.dep_ == "conj" and t.head.i in protected and t.pos_ == "PROPN" and t.head.pos_ == "PROPN":
                continue                    # the names of a coordinated subject stay: "X, Y and Z all voted"
            if t.dep_ == "appos" and span_ids(t) & appositives(t.head) == set() or linking_adverb(t) or clause_opener(t):
                continue                    # "Attorney General Daryl Williams": a name hung as an appositive
            if t.dep_ == "nmod" and t.head.pos_ in _QUANTITIES and t.head.i < t.i and \
                    any(c.dep_ == "case" and c.text.lower() in genitives for c in t.children):
                continue                    # "a few [of the new members]": what a quantity counts
            if t.dep_ == "advcl" and t.head.i in protected and open_complement(t) or noun_infinitive(t, protected):
                rank = len(TRIM_RANKS) - 1  # "agreed ... to set up a zone": a complement, not an adjunct
            if adverbial := t.dep_ == "ccomp" and t.left_edge.i > t.head.i and adverbial_opener(doc[t.left_edge.i]):
                rank = _ADJUNCT_RANK        # "[as U.S. aid was being stalled]": an adverbial misparsed, cut names and all
            if rank is None or number_bound(t) or t.dep_ == "advmod" and (
                    "Polarity=Neg" in str(t.morph) or t.head.dep_ in ("amod", "nummod", "advmod", "det") or    # ("down 75 cents")
                    t.i < t.head.i and any(c.dep_ == "nummod" for c in t.head.children) or t.i == t.head.i + 1 and
                    (t.pos_ == "ADP" or t.pos_ == "ADV" and t.head.pos_ == "VERB" and not list(t.children))):
                continue                    # ("the world's most widely wielded weapon", "at least four": a degree or a
                                            # bound stays; so does a verb's particle or the adverb right after it:
                                            # "running out", "pushing back")
            if rank == len(TRIM_RANKS) - 1 and (t.head.i in protected or t.dep_ in ("obj", "iobj") and any(
                    c.dep_ == "xcomp" and c.i in keep for c in t.head.children)):
                continue                    # core complements of the predicate stay, and the subject of an
                                            # open complement ("allowing [American companies] to sell")
            named = any(doc[j].pos_ == "PROPN" for j in span_ids(t) & keep)
            if (named and not adverbial or _alone(t, protected)) and not named_ok:
                continue                    # (nor an object alone: "a stabbing that killed [a passenger]")
            if t.dep_ == "conj" and t.head.i in protected and t.head.dep_ in SUBJECTS and not named:
                rank, side = TRIM_RANKS.index(frozenset({"nmod"})), 0   # "X and [their allies] drove ... of Deir el-Zour"
            else:
                side = 0 if i in subject_side else 1
            key = (rank, side, -i)          # the subject's modifiers before the object's
            candidates.append((key, t))
            if best is None or key < best[0]:
                best = (key, t)
        if best is None:
            break
        cut = _least_inside(doc, keep, protected, limit, best[1], candidates) or _with_verb(best[1], protected)
        keep -= cut
    keep -= _hanging_relative(doc, keep, protected)
    return keep - _bare_appositives(doc, keep, protected)


def _with_verb(t: Token, protected: set[int]) -> set[int]:
    """The phrase ``t`` cut, with the verb it completes when that is no part of the core: an object never
    goes alone ("expansion to include [the three nations]" -> "expansion")."""
    verb = t.head
    if t.dep_ in ("obj", "ccomp", "xcomp") and verb.pos_ == "VERB" and verb.i not in protected and \
            verb.head.i != verb.i and verb.dep_ in ("acl", "advcl", "xcomp", "conj"):
        return span_ids(verb) - protected
    return span_ids(t) - protected


def _alone(t: Token, protected: set[int]) -> bool:
    """Whether cutting ``t`` leaves its verb without an object ("a stabbing that killed [a passenger]")."""
    return t.dep_ in ("obj", "iobj") and t.head.pos_ == "VERB" and _with_verb(t, protected) == span_ids(t) - protected


_QUANTITIES = frozenset({"ADJ", "NUM", "PRON", "DET"})     #: a quantity whose "of" phrase says what it counts


def _bare_appositives(doc, keep: set[int], protected: set[int]) -> set[int]:
    """The appositives left a bare noun by the cuts ("Coty acquired a stake, a deal [announced ...]"):
    they go too."""
    out: set[int] = set()
    for i in keep:
        t = doc[i]
        if t.dep_ != "appos" or t.pos_ != "NOUN" or i in protected or t.head.i not in keep:
            continue
        left = span_ids(t) & keep
        if words(doc, left) <= 2 and any(c.i not in keep and c.dep_ in ("acl", "acl:relcl") for c in t.children):
            out |= left
    return out


def _least_inside(doc, keep: set[int], protected: set[int], limit: int, best: Token, candidates) -> set[int]:
    """The smallest adjunct or modifier inside the phrase ``best`` whose cut alone makes the text fit
    ("suffering from oversupply and anti-dumping duties [on polysilicon imports by ...]" rather than
    the whole "from ..." phrase), a noun's (never leaving a bare participle: "tariffs imposed"); empty
    when none does."""
    inside = span_ids(best)
    cuts = [span_ids(t) - protected for key, t in candidates
            if t.i != best.i and t.i in inside and key[0] <= _NESTED_RANK and t.head.pos_ in ("NOUN", "PROPN", "SYM")]
    fitting = [c for c in cuts if c and words(doc, keep - c) <= limit]
    return min(fitting, key=lambda c: words(doc, c)) if fitting else set()


_ADJUNCT_RANK, _NESTED_RANK = 2, 3  #: "obl"/"advcl"; the least cuttable rank of a phrase cut inside a longer one (:func:`_least_inside`): "nmod"


def _hanging_relative(doc, keep: set[int], protected: set[int]) -> set[int]:
    """The phrase of a relative pronoun left last when its clause was cut ("the muscle of what [are
    the upstarts]"), or of a quantity left last without what it counts: it goes too."""
    last = max((i for i in keep if not doc[i].is_punct), default=None)
    t = doc[last] if last is not None else None
    if t is None or last in protected or t.dep_ not in ("nmod", "obl", "obj"):
        return set()
    if t.pos_ in ("ADJ", "NUM", "PRON", "DET") and t.dep_ != "obj" and \
            any(c.dep_ in ("nmod", "obl") and c.i not in keep and c.i > t.i for c in t.children):
        return span_ids(t)                  # "a push by several [of the large providers]": a quantity of nothing
    if t.pos_ != "PRON":
        return set()
    return span_ids(t) if "PronType=Rel" in str(t.morph) or "PronType=Int" in str(t.morph) else set()


#: Per language, the definite article that stands for a possessor cut out (set by the headline writer).
DEFINITE: dict[str, str] = {}
def _articles_for(doc, ids: set[int], skip: set[int]) -> dict[int, str]:
    """Where a kept common noun lost its possessor ("last weekend's trade phone call", a dating phrase
    cut out) and has no determiner left: the definite article goes before its phrase."""
    article = DEFINITE.get(doc.lang_, "")
    out: dict[int, str] = {}
    if not article:
        return out
    for i in ids:
        t = doc[i]
        if t.pos_ != "NOUN" or i in skip:
            continue
        lost = [c for c in t.children if c.dep_ == "nmod:poss" and c.i < i and c.i not in ids and c.i not in skip]
        kept = [c for c in t.children if c.dep_ in ("det", "nmod:poss", "det:poss") and (c.i in ids or c.i in skip)]
        first = min(j for j in span_ids(t) & ids if j > max(lost, key=lambda c: c.i).i) if lost else None
        if lost and not kept:               # (at the opening too: "The second hearing is over", not
            out[first] = article            # "Second hearing is over")
    return out


def text_of(doc, ids: set[int], replace: dict[int, str] | None = None, after: dict[int, str] | None = None) -> str:
    """The text of the tokens ``ids``, in order, spaced as in the sentence; a punctuation mark stays
    only between two kept tokens; ``replace`` maps a token id to the words that stand for its phrase
    (empty: dropped), ``after`` to words put right after it."""
    replace, after, ids = replace or {}, after or {}, cut_brackets(doc, ids)
    out: list[str] = []
    starts: dict[int, str] = {}             # a replaced phrase is written where it starts
    skip: set[int] = set()
    for k, words_ in replace.items():
        phrase = span_ids(doc[k])
        skip |= phrase
        starts[min(phrase & ids | {k})] = words_
    for k, article in _articles_for(doc, ids, skip).items():
        starts[k] = (article + " " + starts[k]).strip() if k in starts else article
    for i in sorted(ids | set(starts)):
        if i in starts:
            out.append(starts[i] + " " if starts[i] else "")
        if i in skip:
            continue
        t = doc[i]
        quoted = t.text == "," and i - 1 in ids and i + 2 in ids and i + 2 < len(doc) and doc[i + 1].is_quote
        opens = bool(out) and (i + 1 in ids and appositive_comma(t, ids) or report_comma(t, ids))   # (kept commas)
        if t.is_punct and not (i - 1 in ids and i + 1 in ids) and t.text not in "%$€£" and not quoted and not opens and \
                not (out and i + 1 in ids and t.text == "," and result_clause(doc[i + 1])):
            continue                        # (the comma before "..., killing 12 people" or a closing quote stays)
        joiner = doc[i + 1] if i + 1 < len(doc) else None
        if joiner is not None and i + 1 not in ids and i + 2 in ids and joiner.text in "-–/." and \
                not t.whitespace_ and not joiner.whitespace_:
            out.append(t.text + joiner.text)    # "30-date": a hyphen between two kept words stays
            continue
        glued = i + 1 in ids and not (doc[i + 1].is_punct and i + 2 not in ids and doc[i + 1].text not in "%$€£")
        out.append(t.text + (t.whitespace_ or ("" if glued else " ")))    # "an, im Jahr eine" -> "an eine"
        if i in after:
            out.append(" " + after[i] + " ")
    text = " ".join("".join(out).split())
    return _OPEN_BRACKET.sub("", text)


__all__ = ["DEFINITE", "TRIM_RANKS", "appositives", "clause_tokens", "fronted", "name_extent", "noun_phrase", "set_off", "text_of", "trim",
           "words"]
