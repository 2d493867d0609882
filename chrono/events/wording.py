"""A headline's clause finished as words: what its relative word becomes, the form of its first verb,
a comma left between subject and verb, the frame of a bare infinitive (over a UD tree, :mod:`.tree`).

- :func:`relative_words` — "which it acquired" -> "it acquired Meetup"; "with whom the king met" ->
  "the king met with Saddam"; "where they defeated ..." -> "they defeated ... at the ATP Finals";
- :func:`finish` — the text of the kept tokens (:func:`.phrase.text_of`) with what the cuts broke
  mended: agreement with a lent subject ("He ... to have won" -> "He has won", "(since) being sacked"
  -> "was sacked"), the auxiliary of a participle ("companies selected by NASA" -> "companies were
  selected by NASA"), the frame of an infinitive ("is expected to rule"), a stray comma.

Language-neutral: the verb forms are the language's (:class:`chrono.lang.events.HeadlineWords`, registered by
the headline writer with :func:`register` in :data:`AGREEMENT`, :data:`PASSIVE` and :data:`PAST`: a bare gerund
given its clause's subject is told in the past, "He clinching the title" -> "He clinched the title").
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .phrase import text_of
from .sentencehood import antecedent_ids, relative_as_head
from .tree import SUBJECTS, Token, antecedent, own_subject, relative_of, span_ids, subject_of

#: Per language, the verb forms that agree with their subject, as (singular, plural) (set likewise).
AGREEMENT: dict[str, dict[str, tuple[str, str]]] = {}


#: Per language, the auxiliary of a passive, (singular, plural) (set likewise).
PASSIVE: dict[str, tuple[str, str]] = {}

#: Per language, a gerund -> its simple past (set likewise): a bare gerund that took its subject.
PAST: dict[str, Callable[[str], str]] = {}

#: Per language, the ending of a possessor, and of one that ends in "s" (set likewise): "whose" -> "X's".
POSSESSIVE: dict[str, tuple[str, str]] = {}


def register(code: str, words) -> None:
    """Register a language's verb forms and possessive (its :class:`~chrono.lang.events.HeadlineWords`)."""
    for table, value in ((AGREEMENT, words.agreement), (PASSIVE, words.passive_auxiliary), (PAST, words.gerund_past)):
        if value:
            table[code] = value
    POSSESSIVE[code] = words.possessive


def passive_auxiliary(top: Token, noun: Token | None) -> str | None:
    """The auxiliary a participle that modifies ``noun`` takes as the predicate of a headline: "the
    original nine CLPS companies selected by NASA" -> "were" (selected by NASA), "The suspect, arrested in
    France on March 29," -> "was" (a passive participle after its noun); None for any other."""
    forms = PASSIVE.get(top.doc.lang_)
    morph = str(top.morph)
    if not forms or noun is None or top.dep_ != "acl" or "VerbForm=Part" not in morph or \
            not (any(c.dep_ == "obl:agent" for c in top.children) or "Voice=Pass" in morph and top.i > noun.i
                 and _argument(noun)) \
            or any(c.dep_ in ("aux", "aux:pass", "mark", "cop") or c.dep_ in SUBJECTS for c in top.children):
        return None
    plural = _plural(noun) or any(c.dep_ == "conj" for c in noun.children)
    return forms[1] if plural else forms[0]


def _plural(noun: Token) -> bool:
    """Whether a noun is plural, a plural-only one too ("goods": ``Number=Ptan``)."""
    return "Number=Plur" in noun.morph or "Number=Ptan" in noun.morph


def _argument(noun: Token) -> bool:
    """Whether a noun is an argument of a verb of its own, a finite one or one with an auxiliary (so
    that a participle after it describes it, and is not the sentence's misparsed predicate: "The
    unemployment rate for adult men declined to 3.8 percent"); not an object's, whose "participle" may be
    its clause's verb ("The figures showed the rate declined")."""
    verb = noun.head
    if noun.dep_ in ("obl", "nmod") and any(c.dep_ == "case" for c in noun.children):
        return True                     # a noun of a phrase ("similar to the concept previewed in January")
    return noun.dep_ not in ("ROOT", "obj") and verb.pos_ in ("VERB", "AUX") and (
        "VerbForm=Fin" in str(verb.morph) or any(c.dep_ in ("aux", "aux:pass", "cop") for c in verb.children))


def agreement(doc, keep: set[int], top: Token, subj: Token | None, lent: bool) -> dict[int, str]:
    """The form the first verb of a headline's clause takes to agree with its subject, where the
    clause lost its own agreement: a subject lent to a non-finite clause ("He ... to have won" ->
    "He has won"), a coordinated subject cut to one conjunct. ``{token id: form}``, empty when none."""
    table = AGREEMENT.get(doc.lang_, {})
    if not table or subj is None or "Person=1" in str(subj.morph) or "Person=2" in str(subj.morph):
        return {}
    verbs = sorted((c for c in top.children if c.dep_ in ("aux", "aux:pass", "cop") and c.i in keep),
                   key=lambda c: c.i) + ([top] if top.i in keep else [])
    first = next((v for v in verbs if v.text.lower() in table), None)
    if first is None or first.i != verbs[0].i:
        return {}
    cut = [c for c in subj.children if c.dep_ == "conj" and c.i not in keep]
    bare = "VerbForm=Fin" not in str(first.morph)     # "to have won", "being sacked"
    if not (lent and bare) and not (cut and not lent):
        return {}
    kept_conj = any(c.dep_ == "conj" and (c.i in keep or lent) for c in subj.children)
    number = "Plur" if kept_conj or _plural(subj) else "Sing"
    singular, plural = table[first.text.lower()]
    form = singular if number == "Sing" else plural
    return {} if form == first.text.lower() else {first.i: form}


def relative_words(top: Token, pred: Token, keep: set[int], excluded: set[int],
                   short: Callable[[Token], str | None]) -> tuple[dict[int, str], dict[int, str], str]:
    """What a relative clause's relative word becomes in its headline, as ``(replace, after, tail)``
    for :func:`finish`: an object relative dropped and its antecedent (``short`` gives its phrase) put
    after the predicate ("which it acquired" -> "it acquired Meetup"); an adjunct relative put at the
    end with its preposition ("with whom the king met" -> "the king met with Saddam")."""
    replace: dict[int, str] = {}
    after: dict[int, str] = {}
    own = short

    def short(t: Token) -> str | None:      # (an antecedent misread with a subject: its noun's own phrase)
        ids = antecedent_ids(t)
        return own(t) if ids is None else text_of(t.doc, ids)
    rel = relative_of(top)
    whose = _possessive_relative(top, keep, short)
    if whose is not None:
        replace[whose[0]] = whose[1]        # "whose sales hit $600 million" -> "the dolls' sales hit ..."
    verb = relative_as_head(top)
    if verb is not None and top.i in keep and verb.i in keep:
        inner = (span_ids(top) & keep) - {top.i}        # "which the presidents signed" misread
        return {top.i: text_of(top.doc, inner, after={verb.i: short(top.head) or ""})}, {}, ""
    if rel is None or rel.dep_ in SUBJECTS:
        return replace, after, ""
    if rel.i in keep:
        replace[rel.i] = ""
        ante = antecedent(top, rel) if rel.dep_ == "obj" else None
        if ante is not None:
            after[pred.i] = short(ante) or ""
    ante = antecedent(top, rel)
    prep = adjunct_relative(rel, ante, excluded)
    found = short(ante) if prep is not None else None
    return replace, after, (prep + " " + found if found else "")


def _possessive_relative(top: Token, keep: set[int], short) -> tuple[int, str] | None:
    """The possessive relative word of a relative clause's subject ("whose sales"), and its antecedent made
    a possessor (the language's ``possessive``); None for none."""
    ends = POSSESSIVE.get(top.doc.lang_, ())
    subj = own_subject(top)
    if not ends or top.dep_ != "acl:relcl" or subj is None:
        return None
    rel = next((c for c in subj.children if c.dep_ == "nmod:poss" and "PronType=Rel" in str(c.morph) and c.i in keep), None)
    ante = short(top.head) if rel is not None else None
    if not ante:
        return None
    return rel.i, ante + (ends[1] if ante.endswith("s") else ends[0])


def finish(doc, keep: set[int], top: Token, subj: Token | None, lent: bool, replace: dict[int, str],
           after: dict[int, str], tail: str = "") -> str:
    """The text of a headline's kept tokens (:func:`text_of`), with ``tail`` at its end, its first verb
    agreeing with its subject (:func:`agreement`), and the auxiliary of a participle whose subject
    was lent (:func:`passive_auxiliary`)."""
    keep = whole_words(doc, keep, {top.i} | ({subj.i} if subj is not None else set()))
    after = dict(after)
    if tail and keep:
        after[max(keep)] = (tail + " " + after.get(max(keep), "")).strip()
    if not any("," in words for words in replace.values()):    # ("The head, John Smith, said": a pair)
        keep = keep - _subject_comma(doc, keep, top)
    first = doc[min(keep)] if keep else None
    opens = first is not None and (first.i == top.i or (first.head.i == top.i and first.dep_ in ("aux", "aux:pass")))
    frame = _frame(doc, top) if lent and opens else ""
    if not frame:
        replace = {**replace, **agreement(doc, keep, top, subj, lent)}     # "He have won" -> "He has won"
    text = text_of(doc, keep, replace, after)
    aux = passive_auxiliary(top, subj) if lent else None
    if aux and text.split(" ", 1)[0] == top.text:
        text = aux + " " + text             # "the companies selected by NASA" -> "... were selected by NASA"
    return frame + " " + text if frame else text


def told_past(top: Token, text: str) -> str:
    """A fact's headline ``text`` whose clause is a bare gerund given the subject of the clause it hangs on, told in
    the past ("He clinching the title" -> "He clinched the title"; the language's :data:`PAST`); else ``text``."""
    if not (_bare_gerund(top) and subject_of(top)[1]) or top.doc.lang_ not in PAST or \
            any(c.dep_ == "conj" and _bare_gerund(c) and c.text in text.split() for c in top.children):
        return text                         # (not one of two kept gerunds: "winding down or disposing of")
    return re.sub(rf"(?<!\w){re.escape(top.text)}(?!\w)", PAST[top.doc.lang_](top.text), text, count=1)


def _bare_gerund(top: Token) -> bool:
    """Whether a clause's verb is a gerund with no auxiliary ("after clinching the title"): with a subject lent from
    the clause it hangs on, it tells a past happening."""
    return top.pos_ == "VERB" and top.dep_ in ("advcl", "conj", "ROOT") and ("VerbForm=Ger" in top.morph or "VerbForm=Part" in top.morph and "Tense=Pres" in top.morph) \
        and not any(c.dep_ in ("aux", "aux:pass", "cop") for c in top.children)


#: At most this many words go with a hyphenated word's kept pieces; a longer phrase keeps the word whole.
WHOLE_WORD_CUT = 4


def whole_words(doc, keep: set[int], protected: set[int]) -> set[int]:
    """``keep`` with no word written with hyphens cut in two ("in over[-the-counter trading]",
    "al[-Assad]"): the parser may hang its pieces in different phrases. A word that holds a protected
    token stays whole; another goes with the phrases its kept pieces head."""
    out = set(keep)
    i, n = 0, len(doc)
    while i < n:
        j = i
        while j + 1 < n and not doc[j].whitespace_ and "-" in (doc[j].text, doc[j + 1].text):
            j += 1
        piece = range(i, j + 1)
        inside = [k for k in piece if k in out]
        if 0 < len(inside) < len(piece):
            gone = set().union(*(span_ids(doc[k]) for k in inside)) & out - protected
            if any(k in protected for k in piece) or sum(1 for k in gone if not doc[k].is_punct) > WHOLE_WORD_CUT:
                out |= set(piece)
            else:
                out -= gone
        i = j + 1
    return out


def _subject_comma(doc, keep: set[int], top: Token) -> set[int]:
    """A comma left between a subject and its verb when what it closed was cut ("The chairman
    [of the electoral commission], Wafula Chebukati, denied")."""
    verbs = {top.i} | {c.i for c in top.children if c.dep_ in ("aux", "aux:pass", "cop")}
    kept = sorted(keep)
    out: set[int] = set()
    shown = [j for j in kept if doc[j].text == "," and j - 1 in keep and j + 1 in keep]
    for a in shown:
        if a + 1 in verbs and sum(1 for j in shown if j < a) % 2 == 0:
            out.add(a)                      # (the second comma of a pair stays: "Hassan, the king's brother, was")
    return out


def _frame(doc, top: Token) -> str:
    """The words an infinitive's or a gerund's clause was cut from, when the headline would open with it
    bare: "(The court) is expected to | rule on ...", "(It) expects the economy to | slow", "(He)
    suggested | delaying the vote"."""
    head = top.head
    morph = str(top.morph)
    infinitive = "VerbForm=Inf" in morph or any(c.dep_ == "mark" and c.pos_ == "PART" for c in top.children)
    gerund = "VerbForm=Ger" in morph or "VerbForm=Part" in morph and "Tense=Pres" in morph    # "suggested | pushing back"
    if top.dep_ != "xcomp" or not (infinitive or gerund) or head.i == top.i or head.i > top.i:
        return ""
    ids = {c.i for c in head.children if c.dep_ in ("aux", "aux:pass", "cop") or
           (c.dep_ == "advmod" and "Polarity=Neg" in str(c.morph))} | {head.i}
    ids |= {i for c in head.children if c.dep_ in ("obj", "iobj") and head.i < c.i < top.i for i in span_ids(c)}
    ids |= {c.i for c in top.children if c.dep_ == "mark"}
    return text_of(doc, ids)


def adjunct_relative(rel: Token, ante: Token | None, excluded: set[int]) -> str | None:
    """The preposition a relative adjunct stands for its antecedent with: "with whom the king met" ->
    "with" (... met with Saddam), "where they defeated" -> the antecedent's own ("at the ATP Finals");
    None for an object or subject, a date ("in June, when ...") or no antecedent."""
    if ante is None or ante.i in excluded or rel.dep_ not in ("obl", "advmod", "nmod"):
        return None
    own = [c for c in rel.children if c.dep_ == "case"]
    if own:
        return " ".join(c.text for c in sorted(own, key=lambda c: c.i))
    if rel.dep_ == "advmod" and ante.pos_ in ("NOUN", "PROPN"):
        case = [c for c in ante.children if c.dep_ == "case" and c.i < ante.i]
        return " ".join(c.text for c in case) if case else None
    return None


__all__ = ["AGREEMENT", "PASSIVE", "PAST", "register", "told_past", "adjunct_relative", "agreement", "finish", "inside", "passive_auxiliary", "relative_words"]


def inside(clause: str, text: str, openers: frozenset[str] = frozenset()) -> str:
    """A clause put after its report ("the mayor announced a new bridge will open"): its first word
    loses the capital it had at the sentence's start when it is a word that opens sentences ("the",
    "many": the language's ``openers``, words of two letters or more) or the text writes it in small
    letters elsewhere ("a"); not a name or "I", which the text never writes so."""
    word = clause.split(None, 1)[0] if clause else ""
    if not word[:1].isupper() or not word.isalpha():
        return clause
    low = word[:1].lower() + word[1:]
    if low == word or not ((len(word) > 1 and low in openers)
                           or re.search(rf"(?<!\w){re.escape(low)}(?!\w)", text)):
        return clause
    return low + clause[len(word):]

