"""Which tense of a story's first sentence tells its news: the main clause's, not a background clause's.

A lede's tense ("has been", "said", "were questioned") tells the day's news only when it stands in the
sentence's main line: its predicate is the main clause's, or a clause reported or coordinated under it.
One heading an adverbial clause ("While the expansion of the Internet has been a blessing, ...": a
concession, a cause, a time) or a relative or participial clause ("five Iraqis who were questioned by
the FBI") tells background; the main clause may still tell the news in a later tense of the sentence
("Although sales have risen, the company is cutting jobs").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .. import lang
from .parse import parse_one
from .slips import mend_noun_conj_root, mend_noun_root
from .tree import own_subject, postnominal_adjective
from .words import words_of

#: Dependency relations of a clause that tells background to the sentence's main line.
BACKGROUND = frozenset({"advcl", "acl", "acl:relcl"})
_AUX = ("aux", "aux:pass", "cop")


def in_background(parsed, at: int) -> bool:
    """Whether the predicate of the word at sentence offset ``at`` stands in a background clause
    (:data:`BACKGROUND`) of the parse ``parsed`` (a spaCy ``Doc``); False without a parse."""
    tok = next((t for t in parsed if t.idx >= at), None) if parsed is not None else None
    if tok is None:
        return False
    verb = tok.head if tok.dep_ in _AUX else tok
    return any(t.dep_ in BACKGROUND for t in [verb, *verb.ancestors])


def main_tense(sentence: str, pattern, language, handed=None) -> object | None:
    """The first match of ``pattern`` (a lede's tenses) in ``sentence`` on a verb that does not head a
    background clause (:func:`tense_in_background`); None when none does. The sentence is parsed only
    when it holds a match (``handed``: the reading's parses, :func:`.parse.parse_one`)."""
    matches = list(pattern.finditer(sentence))
    if not matches:
        return None
    parsed = parse_one(sentence, language, handed)
    if parsed is not None:              # (an undated lede was never read over its tree: mend its root)
        mend_noun_root(parsed)
        mend_noun_conj_root(parsed)
    times = _time_nouns(lang.of(language).code)
    bare = words_of(lang.of(language)).syntax.bare_past
    return next((m for m in matches if not tense_in_background(parsed, m.start(1) if m.re.groups else m.start())
                 and _verb_at(parsed, m.start(1) if m.re.groups else m.start(), times, bare)), None)


@lru_cache(maxsize=None)
def _time_nouns(code: str) -> frozenset[str]:
    """The language's nouns of time: its units, parts of day and seasons ("day", "night", "summer")."""
    words = lang.of(code).timex
    return frozenset(words.units) | frozenset(words.parts_of_day) | frozenset(words.seasons)


def tense_in_background(parsed, at: int) -> bool:
    """Whether the predicate of the tense at offset ``at`` heads a background clause itself (or is
    coordinated with one: "who were questioned and released"): only its own clause counts, for a
    parser that hangs a main clause under a relative one ("A man who saw the crash has been questioned")
    misreads the tree above it more often than the clause's own relation; False without a parse."""
    tok = next((t for t in parsed if t.idx >= at), None) if parsed is not None else None
    verb = tok.head if tok is not None and tok.dep_ in _AUX else tok
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb is not None and verb.dep_ in BACKGROUND


def _verb_at(parsed, at: int, times: frozenset[str] = frozenset(), bare: frozenset[str] = frozenset()) -> bool:
    """Whether the word at offset ``at`` is an auxiliary ("has", "was") or a finite verb with none, of the
    main line ("expelled", "said"; not the adjective of "the embattled mayor", nor the participle of "was
    supposed to", "may have become"), that no phrase of a time dates (``times``: the language's nouns of
    time: "hit on the day that the mayor took office"), and, when its past is its base (``bare``: "cut"),
    after a singular subject ("Goody Products Inc. cut", not "Companies cut"); True without a parse."""
    tok = next((t for t in parsed if t.idx >= at), None) if parsed is not None else None
    if tok is None or tok.pos_ == "AUX":
        return True
    if tok.lower_ in bare and "Number=Sing" not in str(getattr(own_subject(tok), "morph", "")):
        return False
    main = tok.dep_ == "ROOT" or tok.dep_ == "conj" and tok.head.dep_ == "ROOT"
    finite = "VerbForm=Fin" in str(tok.morph) or _misread_past(tok)
    return tok.pos_ == "VERB" and main and finite and \
        not any(c.dep_ in _AUX or c.dep_.startswith("obl") and c.lower_ in times for c in tok.children)


def _misread_past(tok) -> bool:
    """Whether a past participle with no auxiliary is a simple past the tagger misread after an adverb that
    follows its active subject ("Montedison S.p.A. definitively agreed to buy ..."; not "A rifle found near
    the home may yield ...")."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    return "Tense=Past" in str(tok.morph) and subj is not None and \
        any(c.dep_ == "advmod" and c.pos_ == "ADV" and subj.i < c.i == tok.i - 1 for c in tok.children)


def in_later_conjunct(parsed, at: int) -> bool:
    """Whether the word at sentence offset ``at`` stands in a predicate coordinated after another that has
    its own object, or with a subject of its own ("said it hired an adviser and reported a loss for the third
    quarter": the quarter is the loss's; not "interviewed and released one of two men"); False without a parse."""
    tok = next((t for t in parsed if t.idx >= at), None) if parsed is not None else None
    for t in [tok, *tok.ancestors] if tok is not None else []:
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in _AUX:
            return t.dep_ == "conj" and t.head.pos_ == "VERB" and t.head.i < t.i and \
                (own_subject(t) is not None or any(c.dep_ in ("obj", "ccomp", "xcomp") and c.i < t.i
                                                   for c in t.head.children))    # (no object shared)
    return False


def framed_conjuncts(sentence: str, dates, language, handed=None) -> bool:
    """Whether every date of a lede told as a report (its root one of the language's ``lede_report``
    verbs: "Price Stern Sloan said it hired an adviser and reported a loss for the third quarter") stands in
    a later conjunct of what it reports or in a background clause, with at least one in a conjunct
    (:func:`in_later_conjunct`; ``dates``: sentence-relative (start, end, value)): the report of its first,
    undated predicate is the day's news. (Not a lede of the writer's: "Odinga refused to accept the result
    and took his case to the court on August 18" tells two past happenings, not today's.)"""
    parsed = parse_one(sentence, language, handed) if dates else None
    report = words_of(lang.of(language)).dating.lede_report
    root = next((t for t in parsed if t.dep_ == "ROOT"), None) if parsed is not None else None
    if root is None or report is None or not report.compiled.fullmatch(root.text):
        return False
    later = [d for d in dates if in_later_conjunct(parsed, d[0])]
    return bool(later) and all(d in later or in_background(parsed, d[0]) for d in dates)


def noun_dated(parsed, root, at: int) -> tuple[int, int] | None:
    """The span of the phrase a date at sentence offset ``at`` dates inside a nominal of the main clause
    (``root`` its predicate), when it is no date of the predicate's own: the adjective's phrase after its
    noun ("a dividend, payable Dec. 15"), or a whole prepositional phrase ("to stock of record Nov. 17");
    None when the date hangs on the predicate itself."""
    tok = next((t for t in parsed if t.idx >= at), None)
    chain = [tok, *tok.ancestors] if tok is not None else []
    k = next((n for n, t in enumerate(chain) if t.head.i == root.i and t.i != root.i), None)
    if k is None or k == 0 or chain[k].pos_ not in ("NOUN", "PROPN", "SYM") or chain[k].dep_ not in ("obj", "obl", "nsubj"):
        return None
    top = chain[k] if chain[k].dep_ == "obl" else chain[k - 1]
    if top.i == tok.i or top.i == chain[k].i and any(c.i == tok.i for c in top.children if c.dep_.startswith("obl")) or \
            top.i != chain[k].i and not postnominal_adjective(top):
        return None                     # (not a noun's complement: "announced plans to acquire it by March")
    return top.left_edge.idx, top.right_edge.idx + len(top.right_edge)


def framed_background(sentence: str, dates, attr, today: str, language, handed=None) -> bool:
    """Whether every date of a lede (``dates``: sentence-relative (start, end, value)) stands in a
    background clause (:func:`in_background`: "five Iraqis who were questioned last month") or in the
    attribution that frames it (``attr``, dated the publication day ``today``: "a newspaper reported
    Friday"), with at least one in a background clause: its undated main clause is the day's news."""
    if attr is None or not dates:
        return False
    parsed = parse_one(sentence, language, handed)
    if parsed is None:
        return False
    framing = [d for d in dates if attr.start <= d[0] and d[1] <= attr.end]
    if any(d[2] != today for d in framing) or len(framing) == len(dates):
        return False
    return all(in_background(parsed, d[0]) for d in dates if d not in framing)


def mood_text(sentence: str, at: int, what: str, language) -> str:
    """The words whose mood is a lede's: of a lede told as a report (the language's ``lede_report`` at
    offset ``at``: "Northwind Airlines told its pilots it would cut 400 jobs"), the report up to its verb
    ("Northwind Airlines told": a fact of the day, whatever the mood of what it reports); else ``what``."""
    report = words_of(lang.of(language)).dating.lede_report
    m = report.compiled.match(sentence, at) if report is not None else None
    return sentence[:m.end()] if m else what


@dataclass(frozen=True)
class MainTense:
    """A lede's tenses (``pattern``, compiled) searched in its main line only (:func:`main_tense`)."""

    pattern: object
    language: object
    handed: object = None           # the reading's parses (:func:`.parse.parse_one`)

    def search(self, sentence: str):
        return main_tense(sentence, self.pattern, self.language, self.handed)


__all__ = ["BACKGROUND", "MainTense", "in_background", "in_later_conjunct", "framed_conjuncts", "framed_background", "main_tense", "mood_text", "noun_dated"]
