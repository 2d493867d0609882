"""Facts about one predicate of a parsed sentence that the tree reading (:mod:`.structure`) asks."""
from __future__ import annotations

from datetime import date

from ..model import Timex, TimexType
from ..timevalue import interval
from . import phrase, tree
from .described import described


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


def present_state(pred, head, timex: Timex, published: date | None, words, point: bool = True) -> bool:
    """Whether a clause is a simple present of a state or of a habit, dated by a time that is not after
    publication: it tells how things stand or go, no happening (``words``: the language's
    :class:`~chrono.lang.events.ModalityWords`). Not one dated after publication ("The hearing is on
    Wednesday", "The show airs weekly from next month": schedules). A language whose pack tells no word of a
    change (``change_predicates``) reads no state: without them, "is over" would be one."""
    if published is None or not words.change_predicates or not _not_after(timex, published):
        return False
    return _state(pred, head, point, words.stative_verbs, words.change_predicates) or described(pred, head) or \
        _habit(pred, words.frequency) or point and _relative_present(pred, head, timex, published)


def _relative_present(pred, head, timex: Timex, published: date) -> bool:
    """A relative clause in the simple or progressive present dated by the present day ("the economic
    conditions we're experiencing today", "the best consoles that exist today"): it tells which things the
    noun is, as they stand now. Not a perfect ("a spin-off that has been rumored since 2017"), nor a span
    that holds the day ("the Finals, which take place 18-24 November": a happening)."""
    if pred.dep_ != "acl:relcl" or head.head.i != pred.i or "Tense=Past" in str(pred.morph) or \
            timex.value not in ("PRESENT_REF", published.isoformat()):
        return False
    auxes = [c for c in pred.children if c.dep_ in ("aux", "aux:pass", "cop")]
    return _in_present(auxes + [pred]) and not any("Tense=" not in str(a.morph) and "VerbForm=Fin" in str(a.morph)
                                                   for a in auxes)


def _not_after(timex: Timex, published: date) -> bool:
    if timex.value == "PRESENT_REF":
        return True
    span = interval(timex.value, timex.mod) if timex.type in (TimexType.DATE, TimexType.TIME) else None
    return span is not None and span[0] <= published


def _in_present(tokens) -> bool:
    """Whether the finite ones of some tokens (a predicate and its auxiliaries) are all in the present."""
    finite = [t for t in tokens if "VerbForm=Fin" in str(t.morph)]
    return bool(finite) and all("Tense=Pres" in str(t.morph) for t in finite)


def _state(pred, head, point: bool, stative: frozenset[str], changes: frozenset[str]) -> bool:
    """A present state ("The plate is really full today", "We're really happy today", "vehicles that exist
    today"): a present copula (no other auxiliary) whose predicate is no verb and no word of a change
    (``changes``: "Today's hearing is over", "the index is down 2% today"), or a verb of a state (``stative``:
    "exist"). Not a date that is the predicate ("The vote is today") or its subject ("Today is the
    deadline"). Only a date that is the predicate's own point adverbial (``point``): not a state dated by
    "since" ("Starry nights are less visible since ..."), not a date of a noun or a participle in the clause
    ("hopes are slim after the loss Monday night", "the view mouthed by Reed, ..., on Nov. 14": those are
    happenings), not a predicate with a clause of its own ("is set to announce the terms later on Wednesday")."""
    if not point or head.i == pred.i or head.head.i != pred.i or \
            not (head.dep_.startswith("obl") or head.dep_ in ("advmod", "nmod:tmod")):
        return False
    if any(c.dep_ in ("aux", "aux:pass", "xcomp", "ccomp", "csubj") or c.dep_ == "advcl" and "VerbForm=Inf" in str(c.morph)
           for c in pred.children):
        return False                        # ("Today I'm here to tell you we have our suspect": the telling)
    cop = next((c for c in pred.children if c.dep_ == "cop"), None)
    if cop is not None:
        near = list(pred.children) + [g for c in pred.children if c.dep_ in ("nummod", "amod") for g in c.children]
        said = {pred.text.lower(), pred.lemma_.lower()} | {
            c.text.lower() for c in near if c.dep_ in ("advmod", "case", "compound:prt")}
        if pred.pos_ in ("VERB", "AUX") or said & changes:
            return False                    # "is down 2% today": the change's words may be the predicate's own
        return _in_present([cop])
    return pred.pos_ == "VERB" and bool({pred.text.lower(), pred.lemma_.lower()} & stative) and _in_present([pred])


def _habit(pred, frequency: frozenset[str]) -> bool:
    """A present habit: a present predicate (no modal) with an adverb of frequency (``frequency``) of its
    own ("The podcast is produced weekly throughout the year", "Teams usually play two singles this
    year", "The club meets every week this season"). A past habit is told as what happened then."""
    auxes = [c for c in pred.children if c.dep_ in ("aux:pass", "cop")]
    if not _in_present(auxes + [pred]) or any(c.dep_ == "aux" for c in pred.children):
        return False                        # ("will", "can", "has had ... every month": no simple present)
    for c in pred.children:
        if c.dep_ in ("advmod", "xcomp", "obl", "obl:tmod", "nmod:tmod", "obl:unmarked") and (
                c.text.lower() in frequency or any(d.dep_ == "det" and d.text.lower() in frequency for d in c.children)):
            return True
    return False


def proposed(top, pred, report, proposing: frozenset[str]) -> bool:
    """Whether a dated predicate is the non-finite complement of a verb that proposes it (``proposing``:
    "He suggested pushing back the return to the Moon to 2028", "urged Mr. Trump to make a deal as soon as
    possible"), up its chain of open complements or as what a reporting verb reports: what is proposed is
    a supposition, not a happening nor a plan. Not the proposal's own date ("In 2018, Jackson suggested Trump
    change his diet": the suggesting happened), nor a finite clause ("suggested that the talks had failed")."""
    links = list(zip(tree.chain(top, pred), tree.chain(top, pred)[1:]))
    if report is not None and report.i not in (top.i, pred.i):
        links.append((report, top))
    for verb, content in links:
        said = {verb.text.lower(), verb.lemma_.lower()}
        finite = [t for t in [content] + [c for c in content.children if c.dep_ in ("aux", "aux:pass", "cop")]
                  if "VerbForm=Fin" in str(t.morph)]
        if said & proposing and not finite:
            return True
    return False


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


def negated_opinion(top, raising: frozenset[str]) -> bool:
    """Whether a clause is the complement of a negated verb of opinion that raises its negation
    (``raising``: "I don't think Kellogg can get back to 40% this year" says it cannot): the clause is
    denied. The negation is the verb's own (UD ``Polarity=Neg``), not one inside the clause."""
    h = top.head
    if top.dep_ != "ccomp" or h.i == top.i or not {h.text.lower(), h.lemma_.lower()} & raising:
        return False
    return any(c.dep_ == "advmod" and "Polarity=Neg" in str(c.morph) for c in h.children)


def supposed_above(top, is_supposed) -> bool:
    """Whether a clause lies inside a supposed scenario: up its chain of complements and adverbial or
    participial clauses (a conjunct only when it shares its head's subject), a predicate whose own
    auxiliaries and marker suppose it (``is_supposed``: "would then have claimed that he was told that ...",
    "if Putin gave space ... keeping quiet and making ... seem successful before Election Day"): what the
    scenario holds did not happen, it is imagined. A clause of its own (a relative clause, a subject of its
    own after "and") ends the chain."""
    t = top
    for _ in range(8):
        h, dep = t.head, t.dep_
        if h.i == t.i or dep not in ("ccomp", "xcomp", "advcl", "acl", "csubj", "conj") or \
                dep == "conj" and tree.own_subject(t) is not None:
            return False
        if is_supposed([h] + [c for c in h.children if c.dep_ in ("aux", "aux:pass", "mark")]):
            return True
        t = h
    return False


def possible_above(top, possibility: frozenset[str]) -> bool:
    """Whether a clause is what an adjective of possibility supposes ("it's possible (that) the car could arrive",
    "It is conceivable that he left on Monday"): the clause is the adjective's complement or subject clause."""
    h = top.head
    if top.dep_ in ("ccomp", "csubj") and h.i != top.i and h.pos_ == "ADJ" and h.lower_ in possibility:
        return True
    return any(c.pos_ == "ADJ" and c.lower_ in possibility and c.i < top.i and c.dep_ in ("advcl", "parataxis") and
               any(g.dep_ == "cop" for g in c.children) for c in top.children)   # ("it's possible" hung on the clause)


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
    foursome will tour together in nearly a quarter century", "the highest level in a decade", "for the
    first time in 25 years", the ranked phrase right before the duration): it looks back, and dates no happening."""
    if timex.type != TimexType.DURATION:
        return False
    t = head.head
    if any(c.i != head.i and c.dep_.startswith("obl") and _ranked(c) and c.right_edge.i + 1 == head.left_edge.i
           for c in t.children):
        return True                         # "will tour together for the first time in 25 years": its sibling ranks
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


def antecedent_object(parsed, top, limit: int) -> tuple[int, str] | None:
    """Where a contact relative clause's antecedent stands as its verb's object, and its words: after the
    verb or its particle ("the agreement it reached in June" -> "it reached | the agreement"); the name
    before an appositive antecedent stands for it ("Raqqa, the Syrian city it had used as its capital" ->
    "it had used | Raqqa"). None for no verb that takes an object (a copula, a passive)."""
    if top.pos_ != "VERB" or any(c.dep_ in ("aux:pass", "cop", "ccomp", "xcomp", "mark") or c.pos_ == "ADP" and not list(c.children)
                                 for c in top.children) or \
            any("PronType=Rel" in str(t.morph) or "PronType=Int" in str(t.morph) for t in top.subtree):
        return None                         # (nor one whose gap is a preposition's, "warned about", nor one opened by a
                                            # marker, "que", nor "whose")
    noun = top.head
    j = min(t.i for t in noun.subtree if not t.is_punct) - 1
    named = j > 0 and parsed[j].text == "," and parsed[j - 1].pos_ == "PROPN"
    found = short_phrase(parsed, limit, parsed[j - 1] if named else noun)
    if not found:
        return None
    if found[:1].isupper() and parsed[noun.left_edge.i].pos_ != "PROPN" and not named:
        found = found[0].lower() + found[1:]
    particle = [c for c in top.children if c.dep_ == "compound:prt" and c.i == top.i + 1]
    return (particle[0].i if particle else top.i), found


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


def teller_text(parsed, report, limit: int, heads) -> str | None:
    """Who a pronoun reported by ``report`` stands for: the report's subject, short, its name, or its
    heads (``heads``: text -> heads): "The top commander of a resistance force said he ..." -> "The top commander"."""
    teller = tree.own_subject(report)
    return short_phrase(parsed, limit, teller) or name_of(teller) or heads(phrase.text_of(parsed, tree.span_ids(teller))) or None


def named_subject(parsed, limit: int) -> str | None:
    """The named subject of the sentence's root (at most ``limit`` words), for a pronoun in its other clauses."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    subj = tree.own_subject(root) if root is not None else None
    if subj is not None and subj.pos_ == "PROPN":
        found = phrase.noun_phrase(subj)
        if len(found) <= limit:
            return phrase.text_of(parsed, {t.i for t in found})
    return None


def reports_content(report) -> bool:
    """Whether a reporting verb reports a clause (:func:`.tree.content_of`), rather than being a
    happening of its passive subject ("after the initial dozen offerings were revealed last week")."""
    return tree.content_of(report) is not None and not (
        report.dep_ == "advcl" and any(c.dep_ == "nsubj:pass" for c in report.children))


def hedge(head, is_report) -> bool:
    """Whether a time expression is taken by the speaker's own hedge: a reporting verb (``is_report``)
    with a first-person subject and a modal ("..., opportunity of 2024, or I would say even 2028", "I
    would argue"): it tells what the speaker holds, no report that happened, and a date it takes (by an
    ellipsis) dates nothing. Not a present ("We announce today that ...": a performative, it happens)."""
    report = tree.predicate_of(head)
    if report is None or head.head.i != report.i or not is_report(report):
        return False
    subj = tree.own_subject(report)
    if subj is None or subj.pos_ != "PRON" or "Person=1" not in str(subj.morph):
        return False
    return any("Tense=" not in str(a.morph) and "VerbForm=Fin" in str(a.morph) or "Mood=Cnd" in str(a.morph)
               for a in report.children if a.dep_ == "aux")     # "would", "could", "might"


def is_teller(parsed, subj, ids) -> bool:
    """Whether the subject of a reporting verb (its tokens ``ids``) can be who says so: a noun phrase or a
    personal pronoun, not a verb, a relative pronoun or a phrase a preposition or subordinator opens."""
    first = parsed[min(ids)] if ids else subj
    return subj.pos_ not in ("VERB", "AUX", "ADP", "SCONJ") and "PronType=Rel" not in str(subj.morph) \
        and first.pos_ not in ("ADP", "SCONJ")


def bare_participle(pred) -> bool:
    """Whether a predicate is a participle with no auxiliary ("the letter, dated Monday", read as a conjunct)."""
    return "VerbForm=Part" in str(pred.morph) and not any(c.dep_ in ("aux", "aux:pass", "cop") for c in pred.children)


def present_copula(pred, cores) -> bool:
    """Whether a predicate is an adjective with a copula in the present ("The reduced dividend is payable Jan. 2"):
    no past, whatever the participle before it."""
    return pred.pos_ == "ADJ" and any(t.dep_ == "cop" and "VerbForm=Fin" in str(t.morph) and "Tense=Pres" in str(t.morph)
                                      for t in cores)


#: The complements a verb takes: a headline ending at its verb without them is a fragment.
_CORE = frozenset({"obj", "iobj", "ccomp", "xcomp"})


def is_complement(c) -> bool:
    """Whether a dependent is a complement of its verb: a core one, or a clause the parser left unlabelled
    (``dep``) that its marker or subject shows ("asserted [that Noel and Thomas were the only officers]")."""
    return c.dep_ in _CORE or c.dep_ == "dep" and any(d.dep_ in ("mark", "nsubj", "cop") for d in c.children)


__all__ = ["possible_above", "agree", "bare_participle", "is_complement", "is_teller", "present_copula", "antecedent_object", "antecedent_text", "at_dated", "content_dated", "hedge", "name_of", "named_subject", "negated_above", "negated_opinion", "negative_argument", "present_state", "proposed", "ranks_since", "reports_content", "scheduled_present", "short_phrase", "supposed_above", "teller_text", "touches", "words_text"]
