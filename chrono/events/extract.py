"""From time expressions to events: what each time expression of the body dates.

For every body sentence (never navigation, captions, credits, read-more links, agency lines,
the dateline or headings):

1. find its attribution (:mod:`chrono.attribution`) — "he"/"she" resolve to the last named
   source; a quotation continued over several sentences takes the source of the sentence that
   closes it;
2. split the reported content into clauses (:mod:`chrono.clauses`);
3. each clause with a dating time expression gives one event: coordinated expressions ("today or
   tomorrow") give one event dated by the earliest; a time expression inside the subject of its
   clause ("the mastermind of attacks in Paris in November 2015 is believed ...") dates the noun
   phrase it follows (a *nominal* event, "Attacks in Paris");
4. a sentence whose only time expression stands in its attribution ("..., the military said
   Saturday"; "officials announced Saturday they had ...") gives a *reporting-day* event: its
   first reported clause, dated that day.

Which time expressions date an event: DATE/TIME values with an interval, the vague values of
``cues.EVENT_VAGUE_VALUES`` (FUTURE_REF), and durations after "within"/"in" ("within days").
Sentences without a time expression give no event: no date is invented.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from .attribution import Attribution, find_attribution, short_source
from .clauses import Clause, is_verb_form, split_clauses
from .cues import (AUXILIARIES, DURATION_DATING_PREPOSITIONS, EVENT_VAGUE_VALUES, HEADLINE_MAX_WORDS, LIST_OPENERS,
                   PRONOUNS,
                   RELATION_PREPOSITIONS, STOPWORDS, SUBJECT_PRONOUNS)
from .headline import compress
from ..model import Document, Event, Mention, Modality, Relation, Span, Timex, TimexType, When
from .modality import classify
from ..timevalue import interval

log = logging.getLogger(__name__)

#: Block kinds whose sentences may give events.
EVENT_BLOCKS = frozenset({"body"})

_PREPS = sorted(RELATION_PREPOSITIONS, key=lambda p: -len(p))
_COORDINATION = re.compile(r"^[\s,]*(?:(?:or|and|to|through|till|until|-|–|—)[\s,]*)?(?:early|late|mid)?[\s,]*$",
                           re.IGNORECASE)
_WORD = re.compile(r"[\w'’\-]+")
_SUBORDINATORS = re.compile(r"\b(?:that|which|who|because|as|while|when|whether|if)\s+", re.IGNORECASE)
_QUOTE_OPEN = "\"“"


@dataclass(frozen=True)
class _Dating:
    """A group of coordinated time expressions of one clause (sentence-relative offsets)."""

    timexes: tuple[Timex, ...]
    main: Timex
    start: int
    end: int


def when_of(timex: Timex, relation: Relation = Relation.ON) -> When:
    """The :class:`When` of a time expression: its value, modifier, interval and grain."""
    span = interval(timex.value, timex.mod) if timex.type in (TimexType.DATE, TimexType.TIME) else None
    if span is None:
        return When(timex.value, timex.mod, None, None, None, relation)
    start, end, grain = span
    return When(timex.value, timex.mod, start, end, grain, relation)


def _preposition(sentence: str, start: int) -> tuple[str | None, int]:
    """The relation preposition right before ``start`` and where it begins."""
    before = sentence[:start].rstrip()
    low = before.lower()
    for prep in _PREPS:
        if low.endswith(prep) and (len(low) == len(prep) or not low[-len(prep) - 1].isalnum()):
            return prep, len(before) - len(prep)
    return None, start


def _dates_event(timex: Timex, sentence: str, rel_start: int) -> bool:
    if timex.type in (TimexType.DATE, TimexType.TIME):
        return interval(timex.value, timex.mod) is not None or timex.value in EVENT_VAGUE_VALUES
    if timex.type == TimexType.DURATION:
        prep, _ = _preposition(sentence, rel_start)
        low = sentence[:rel_start].lower().rstrip()
        return prep in DURATION_DATING_PREPOSITIONS or any(low.endswith(p) for p in DURATION_DATING_PREPOSITIONS)
    return False


def _sort_key(t: Timex) -> tuple:
    span = interval(t.value, t.mod)
    return (0, span[0]) if span else (1, date.max)


def _group(sentence: str, offset: int, timexes: list[Timex], anchored: dict[int, int] | None = None
           ) -> list[_Dating]:
    """Coordinated time expressions as groups; ``anchored`` maps the start of a time expression to
    the end of the "of ..." time expression that anchors it ("July of that year")."""
    anchored = anchored or {}
    groups: list[list[Timex]] = []
    for t in timexes:
        if groups and _COORDINATION.match(sentence[groups[-1][-1].end - offset:t.start - offset]):
            groups[-1].append(t)
        else:
            groups.append([t])
    out = []
    for g in groups:
        main = min(g, key=lambda t: (_sort_key(t), t.start))
        end = max(g[-1].end, anchored.get(g[-1].start, 0))
        out.append(_Dating(tuple(g), main, g[0].start - offset, end - offset))
    return out


def is_future(timex: Timex, published: date | None) -> bool:
    """Whether a time expression lies after the publication date (or is a vague future)."""
    if timex.value in ("FUTURE_REF",):
        return True
    if timex.type == TimexType.DURATION:
        return True          # only durations after "within"/"in" date events: they look ahead
    span = interval(timex.value, timex.mod)
    return bool(span and published and span[0] > published)


def _is_verbish(word: str) -> bool:
    return is_verb_form(word)


def _nominal(sentence: str, clause: Clause, phrase_start: int, phrase_end: int) -> str | None:
    """The noun phrase a time expression dates when it stands inside its clause's subject."""
    piece = next(((a, b) for a, b in clause.pieces if a <= phrase_start and phrase_end <= b), None)
    if piece is None:
        return None
    pre = sentence[piece[0]:phrase_start]
    subs = list(_SUBORDINATORS.finditer(pre))
    if subs:
        pre = pre[subs[-1].end():]
    post_words = _WORD.findall(sentence[phrase_end:piece[1]])
    pre_words = _WORD.findall(pre)
    if not pre_words or not post_words or pre.rstrip().endswith(","):
        return None
    if any(_is_verbish(w) for w in pre_words) or post_words[0].lower() not in AUXILIARIES:
        return None                     # "Syrian troops on Tuesday recaptured ...": the clause's date
    np = pre.strip()
    m = list(re.finditer(r"\bof\s+", np))
    if m:
        np = np[m[-1].end():]
    return np if _WORD.findall(np) else None


_NOUN_WORD = re.compile(r"\s+([A-Za-z][\w\-]+)")
_PREMODIFIER_BEFORE = re.compile(r"\b(?:the|a|an|last|this)\s+(?:planned\s+|scheduled\s+|upcoming\s+|disputed\s+)?$",
                                 re.IGNORECASE)


def _premodified(sentence: str, dating: _Dating) -> str | None:
    """The noun a time expression premodifies, with what follows it up to the next break: "the
    Sept. 25 independence referendum, which ..." -> "independence referendum". The event is the
    noun's, whatever the clause around it says of it ("did not say whether it would annul ...")."""
    if not _PREMODIFIER_BEFORE.search(sentence[:dating.start]):
        return None
    words, pos = [], dating.end
    while len(words) < 4:
        m = _NOUN_WORD.match(sentence, pos)
        if m is None or m.group(1).lower() in STOPWORDS or _is_verbish(m.group(1)):
            break
        words.append(m.group(1))
        pos = m.end()
    while words and not words[-1].islower():
        words.pop()                     # end on a common noun: "the 2015 Paris attacks"
    if len(words) < 2:
        return None
    return " ".join(words)


_LIST_OPENER = re.compile(r",\s+(?:" + "|".join(LIST_OPENERS) + r")\s+", re.IGNORECASE)


def _listed(sentence: str, clause: Clause, cut: tuple[int, int]) -> str | None:
    """The listed noun phrase a time expression stands in (``cues.LIST_OPENERS``), with the rest of
    its piece of clause: "..., including the attacks in Paris in November 2015 that killed 130
    people" -> "the attacks in Paris that killed 130 people"."""
    piece = next(((a, b) for a, b in clause.pieces if a <= cut[0] and cut[1] <= b), None)
    if piece is None:
        return None
    found = list(_LIST_OPENER.finditer(sentence, piece[0], cut[0]))
    if not found:
        return None
    head = sentence[found[-1].end():cut[0]]
    words = _WORD.findall(head)
    if not words or any(_is_verbish(w) for w in words):
        return None
    tail = sentence[cut[1]:piece[1]].rstrip(" .")
    return (head.rstrip() + " " + tail.strip()).strip()


_OF = re.compile(r"\s*of\b\s*")


def _dating_timexes(sentence: str, off: int, timexes: list[Timex]) -> tuple[list[Timex], dict[int, int]]:
    """The time expressions of a sentence that date events. One followed by "of" heads a noun phrase
    ("the future of the territories", "The fall of the city") and dates nothing, unless what follows
    "of" is another time expression ("July of that year"): then the first dates, the second anchors."""
    out: list[Timex] = []
    anchors: set[int] = set()
    anchored: dict[int, int] = {}
    for t in timexes:
        if t.start in anchors or not _dates_event(t, sentence, t.start - off):
            continue
        of = _OF.match(sentence, t.end - off)
        if of:
            after = next((u for u in timexes if u.start - off == of.end()), None)
            if after is None:
                continue
            anchors.add(after.start)
            anchored[t.start] = after.end
        out.append(t)
    return out, anchored


def _clause_text(sentence: str, clause: Clause, cut: tuple[int, int] | None) -> str:
    parts = []
    for a, b in clause.pieces:
        if cut and a <= cut[0] < b:
            parts.append(sentence[a:cut[0]] + " " + sentence[cut[1]:b])
        else:
            parts.append(sentence[a:b])
    return " ".join(parts)


def _phrase(sentence: str, clause: Clause, dating: _Dating) -> tuple[str | None, tuple[int, int]]:
    """The relation preposition and the span to cut: preposition + time expressions (+ comma)."""
    prep, start = _preposition(sentence, dating.start)
    end = dating.end
    piece_start = next((a for a, b in clause.pieces if a <= dating.start < b), clause.start)
    if start < piece_start:
        prep, start = None, dating.start
    possessive = re.match(r"['’]s?\b", sentence[end:])
    if possessive:
        end += possessive.end()         # "Saturday's attack" -> "attack"
    rest = sentence[end:]
    m = re.match(r"\s*,", rest)
    if m and not sentence[piece_start:start].strip():
        end += m.end()                  # "In July, US-backed forces ..." -> drop the comma too
    return prep, (start, end)


def _relation(prep: str | None) -> Relation:
    return Relation(RELATION_PREPOSITIONS.get(prep or "", "on"))


class _Context:
    """What the sentences before tell: the last named source (for "he said")."""

    def __init__(self) -> None:
        self.last_source: str | None = None

    def resolve(self, attr: Attribution | None) -> str | None:
        if attr is None:
            return None
        source = attr.source
        if source.lower() in PRONOUNS:
            return self.last_source or source
        if any(c.isupper() for c in source):
            self.last_source = source
        return source


def _sentences(doc: Document) -> list[Span]:
    """Body sentences, and headings (they give events only as timeline entries)."""
    kinds = EVENT_BLOCKS | {"heading"}
    spans = [s for s in doc.sentences if s.kind in kinds]
    blocks = [b for b in doc.blocks if b.kind in kinds]
    if blocks:
        spans = [s for s in spans if within(s, blocks)]
    return spans


def _start(span: Span) -> int:
    return span.start


def within(span, blocks: Sequence[Span]) -> bool:
    """Whether ``span`` lies inside one of ``blocks`` (sorted, non-overlapping): a binary search."""
    i = bisect_right(blocks, span.start, key=_start) - 1
    return i >= 0 and span.end <= blocks[i].end


def _open_quote(text: str) -> bool:
    return text.lstrip()[:1] in _QUOTE_OPEN and (text.count('"') % 2 == 1 or text.count("“") > text.count("”"))


def extract_events(doc: Document, timexes: Sequence[Timex]) -> list[Event]:
    """The events of one document, in document order, each with one mention.

    ``timexes`` are those of ``doc.text`` (as :func:`chrono.timex.tag` gives them). Event ids
    are provisional (``doc-id:offset``); :func:`chrono.chronology.build_chronology` renumbers.
    """
    sentences = _sentences(doc)
    ordered = sorted(timexes, key=lambda t: (t.start, t.end))
    starts = [t.start for t in ordered]
    context = _Context()
    attrs = [find_attribution(doc.text[s.start:s.end]) for s in sentences]
    events: list[Event] = []
    for i, span in enumerate(sentences):
        sentence = doc.text[span.start:span.end]
        attr = attrs[i]
        if attr is None and _open_quote(sentence):
            for later in attrs[i + 1:i + 4]:
                if later is not None and later.form in ("trailing", "inverted"):
                    attr = Attribution(later.source, later.verb, len(sentence), len(sentence),
                                       ((0, len(sentence)),), "quotation")
                    break
        source = context.resolve(attr)
        actor = _actor_for(doc.text, sentences, i, attrs) if attr is None else None
        first = bisect_left(starts, span.start)
        inside = [t for t in ordered[first:bisect_left(starts, span.end, lo=first)] if t.end <= span.end]
        if not inside:
            continue
        entry = _timeline_event(doc, span, sentence, inside, sentences[i + 1:i + 2])
        if entry is not None:
            events.append(entry)
        elif span.kind in EVENT_BLOCKS:
            events.extend(_sentence_events(doc, span, sentence, inside, attr, source, actor))
    return events


_ACTOR_PRONOUN = re.compile(r"(they|he|she)\s+(?=[a-z])", re.IGNORECASE)
_DETERMINER_START = re.compile(r"(?:the|a|an|this|that|its|their)\s", re.IGNORECASE)


def _actor_for(text: str, sentences: Sequence[Span], i: int, attrs) -> str | None:
    """Who a sentence-opening "They"/"He"/"She" stands for, where that is safe: the named subject
    of the sentence right before, in the same paragraph, outside quotation ("The SDF launched its
    offensive in June. They broke into the Old City in July." -> "The SDF"); else None.
    "He"/"She" take only a bare name ("Abadi", "Haider al-Abadi"), never "the army"."""
    sentence = text[sentences[i].start:sentences[i].end]
    m = _ACTOR_PRONOUN.match(sentence.lstrip())
    if m is None or i == 0:
        return None
    prev = sentences[i - 1]
    if prev.kind not in EVENT_BLOCKS or "\n" in text[prev.end:sentences[i].start]:
        return None
    before = text[prev.start:prev.end]
    if attrs[i - 1] is not None or before.lstrip()[:1] in _QUOTE_OPEN:
        return None
    clauses = split_clauses(before)
    subject = _subject(before, clauses[0]) if clauses else None
    if not subject or any(c in subject for c in ",;\"“”()"):
        return None
    words = _WORD.findall(subject)
    if words[0].lower() in PRONOUNS or not any(w[0].isupper() for w in words[1:] + ([] if _DETERMINER_START.match(subject) else words[:1])):
        return None
    if m.group(1).lower() != "they" and (_DETERMINER_START.match(subject) or not all(w[0].isupper() or "-" in w for w in words)):
        return None
    return subject.strip()


#: A timeline entry: a time expression opening a line, then a colon or a dash and what happened
#: ("June 2014: IS captures Mosul", "2016 - Losses mount").
_ENTRY_SEPARATOR = re.compile(r"\s*(?:[:|]|\s[-–—])\s+(?=\S)")


def _timeline_event(doc: Document, span: Span, sentence: str, timexes: list[Timex],
                    following: Sequence[Span]) -> Event | None:
    """The event of a timeline entry (a heading or a paragraph "DATE: what happened"), or None."""
    off = span.start
    lead = len(sentence) - len(sentence.lstrip(" \t-*•·"))
    first = timexes[0]
    if first.start - off != lead or not _dates_event(first, sentence, lead):
        return None
    sep = _ENTRY_SEPARATOR.match(sentence, first.end - off)
    if sep is None:
        return None
    what = sentence[sep.end():]
    headline = compress(what)
    if len(headline.split()) < 2:
        return None
    evidence = sentence
    if span.kind == "heading" and following and following[0].kind in EVENT_BLOCKS:
        evidence = sentence.rstrip() + ". " + doc.text[following[0].start:following[0].end]
    modality = classify(what, future=is_future(first, doc.published))
    event = _event(doc, span, sentence, first, headline, when_of(first), modality, None, "timeline",
                   timex_text=first.text)
    return replace(event, text=_evidence(evidence))


def _sentence_events(doc: Document, span: Span, sentence: str, timexes: list[Timex],
                     attr: Attribution | None, source: str | None, actor: str | None = None) -> list[Event]:
    off = span.start
    dating, anchored = _dating_timexes(sentence, off, timexes)
    clauses = split_clauses(sentence, attr.content if attr else None)
    events: list[Event] = []
    for clause in clauses:
        own = [t for t in dating if clause.contains(t.start - off, t.end - off)]
        if not own:
            continue
        groups = _group(sentence, off, own, anchored)
        lent = _lent_subject(sentence, clauses, clause)
        parts = _split_groups(sentence, clause, groups)
        if len(parts) == 1:
            cut = _conjunct_cut(sentence, clause, groups[0])
            if cut is not None:
                parts = [(cut[0], groups[0], cut[1])]
        for k, (part, group, subject) in enumerate(parts):
            event = _clause_event(doc, span, sentence, part, group, attr, source,
                                  first=clause is clauses[0] and k == 0, subject=subject or lent,
                                  actor=actor if clause is clauses[0] and k == 0 else None)
            if event:
                events.append(event)
        used = {id(g) for _, g, _ in parts}
        for group in groups:
            if id(group) not in used and _premodified(sentence, group):
                event = _clause_event(doc, span, sentence, clause, group, attr, source, first=False)
                if event:               # "... on Friday annulled the result of the August 8 election"
                    events.append(event)
    if not events and attr is not None and clauses:
        in_attr = [t for t in dating if attr.start <= t.start - off and t.end - off <= attr.end]
        if in_attr:
            event = _reporting_day_event(doc, span, sentence, clauses[0], in_attr[0], attr, source)
            if event:
                events.append(event)
    return events


_SPLIT = re.compile(r"(?:,\s*)?\s\band\s+|,\s+|;\s+", re.IGNORECASE)


def _subject(sentence: str, clause: Clause) -> str | None:
    """The words before the first verb of a clause: its subject, to lend to a split-off part."""
    a, b = clause.pieces[0]
    words = list(_WORD.finditer(sentence, a, b))
    for i, w in enumerate(words):
        if i and w.group(0)[0].isupper():
            continue                    # "May", "Will": names inside a clause, not verbs
        if _is_verbish(w.group(0)):
            if 0 < i <= 6:
                return sentence[a:words[i - 1].end()]
            return None
    if words and words[0].group(0).lower() in SUBJECT_PRONOUNS:
        return words[0].group(0)        # "We expect ..." (a present verb is not recognised)
    return None


_APPOSITION_START = re.compile(r"(?:the|a|an)\s", re.IGNORECASE)
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’\-]*\s+){0,2}[A-Z][\w'’\-]*),\s*$")
_RELATIVE_START = re.compile(r"\s*(?:which|who)\s+", re.IGNORECASE)


def _antecedent(sentence: str, start: int) -> str | None:
    """The noun phrase a relative clause at ``start`` hangs on: "The army, which ..." -> "The army"."""
    before = sentence[:start].rstrip(" ,")
    cut = max(before.rfind(","), before.rfind(";"))
    phrase = before[cut + 1:].strip()
    words = _WORD.findall(phrase)
    if not words or len(words) > 6 or any(_is_verbish(w) for w in words[1:]):
        return None
    return phrase


def _lent_subject(sentence: str, clauses: list[Clause], clause: Clause) -> str | None:
    """The subject of the first clause, for a coordinated clause that opens with an auxiliary
    ("We expect fighting ... and will begin the assault on Monday")."""
    if clause is clauses[0]:
        return None
    first = _WORD.search(sentence, clause.start, clause.end)
    if first is None or first.group(0) != first.group(0).lower() or first.group(0) not in AUXILIARIES:
        return None
    return _subject(sentence, clauses[0])


def _split_groups(sentence: str, clause: Clause, groups: list[_Dating]):
    """One (clause part, dating group, borrowed subject) per group of a clause that holds several
    non-coordinated time expressions ("IS overran Raqqa in January 2014 and declared it its
    capital in June 2014"): the clause is cut at the last "and" or comma before each group.

    Two groups with no "and" or comma between them stay in one part, dated by the first. A part
    that opens with a verb borrows the subject of the first part; a part with no verb at all
    ("Iraqi forces retook Ramadi in December 2015 and Falluja in June 2016") borrows its subject
    and verb ("Iraqi forces retook"): gapping."""
    if len(groups) == 1:
        return [(clause, groups[0], None)]
    bounds = [clause.start]
    kept = [groups[0]]
    for prev, group in zip(groups, groups[1:]):
        seps = list(_SPLIT.finditer(sentence, max(prev.end, bounds[-1]), group.start))
        if not seps:
            continue
        bounds += [seps[-1].start(), seps[-1].end()]
        kept.append(group)
    bounds.append(clause.end)
    parts = []
    for k in range(len(kept)):
        lo, hi = bounds[2 * k], bounds[2 * k + 1]
        pieces = tuple((max(a, lo), min(b, hi)) for a, b in clause.pieces if a < hi and b > lo)
        parts.append(Clause(pieces))
    subject = _subject(sentence, parts[0])
    head = _head(sentence, parts[0])

    def lend(part: Clause) -> str | None:
        words = list(_WORD.finditer(sentence, part.start, part.end))
        if words and words[0].group(0).islower() and _is_verbish(words[0].group(0)):
            return subject
        if head and not any(_is_verbish(w.group(0)) for w in words):
            return head
        return None

    return [(part, group, lend(part) if k else None) for k, (part, group) in enumerate(zip(parts, kept))]


_AND_VERB = re.compile(r"\s+and\s+(?=([a-z][\w\-]*)\b)")


def _conjunct_cut(sentence: str, clause: Clause, group: _Dating) -> tuple[Clause, str | None] | None:
    """The second of two coordinated predicates, when the date stands in it and the first says
    something of another kind: "Odinga refused to accept the result and took his case to the
    court on August 18" -> ("took his case to the court on August 18", "Odinga"). The date is the
    second predicate's; the first's negation (or forecast) is not."""
    found = [m for m in _AND_VERB.finditer(sentence, clause.start, group.start)
             if is_verb_form(m.group(1)) and m.group(1) not in AUXILIARIES]
    if not found:
        return None
    m = found[-1]
    left = Clause(tuple((a, min(b, m.start())) for a, b in clause.pieces if a < m.start()))
    right = Clause(tuple((max(a, m.end()), b) for a, b in clause.pieces if b > m.end()))
    if not left.pieces or not right.pieces or not any(is_verb_form(w) for w in _WORD.findall(left.text(sentence))):
        return None
    if classify(left.text(sentence)) == classify(right.text(sentence)):
        return None
    subject = _subject(sentence, left)
    return (right, subject) if subject else None


def _head(sentence: str, clause: Clause) -> str | None:
    """Subject and verb of a clause ("Iraqi forces retook"), to lend to a gapped conjunct."""
    subject = _subject(sentence, clause)
    if subject is None:
        return None
    end = clause.start + len(subject)
    verb = _WORD.search(sentence, end, clause.end)
    if verb is None or not _is_verbish(verb.group(0)) or verb.group(0).lower() in AUXILIARIES:
        return None
    return sentence[clause.start:verb.end()]


def _evidence(sentence: str) -> str:
    return " ".join(sentence.split())


def _subject_for(attr: Attribution | None, source: str | None, first: bool) -> str | None:
    if attr is None or not source or not first or attr.form != "leading":
        return None
    who = short_source(source)
    name = who.rsplit(", ", 1)[-1]
    named = name != who and any(w[:1].isupper() for w in name.split())
    return name if named else who       # "A spokesman, Colonel Ryan Dillon" -> "Colonel Ryan Dillon"


_DEADLINE_BEFORE = re.compile(r"\b(?:to|for|till|until|by|before|from)\s+$", re.IGNORECASE)
_PAST_AUXILIARIES = frozenset({"has", "have", "had", "was", "were", "did"})


def _told_as_past(sentence: str, clause: Clause, prep: str | None, dating: _Dating,
                  attr: Attribution | None) -> bool:
    """Whether a clause dated after publication is told as the past ("The US began airstrikes on
    8 August" in July; "Three years later, forces have raised their flag" with nothing to count
    from): the date is then wrong, and a wrong date is worse than none. A clause with a forecast
    cue, a deadline ("postponed to", "by", "until") or a reporting verb that predicts is not."""
    if dating.main.type not in (TimexType.DATE, TimexType.TIME) or dating.main.value in EVENT_VAGUE_VALUES:
        return False
    if prep not in (None, "on", "in", "at") or _DEADLINE_BEFORE.search(sentence, 0, dating.start):
        return False
    text = _clause_text(sentence, clause, None)
    if classify(text, reporting_verb=attr.verb if attr else None) is not Modality.FACT and \
            classify(text, reporting_verb=attr.verb if attr else None) is not Modality.NEGATED:
        return False
    words = [w for w in _WORD.findall(text) if w.islower()]
    verb = next((w for w in words if is_verb_form(w)), None)
    return verb is not None and (verb in _PAST_AUXILIARIES or verb not in AUXILIARIES)


def _speaker(source: str | None) -> str | None:
    """Who stands for a quotation's "we"/"I" in a headline: the source, cut to its heads."""
    if not source or source.lower() in PRONOUNS:
        return None
    who = short_source(source)
    name = who.rsplit(", ", 1)[-1]
    named = name != who and any(w[:1].isupper() for w in name.split())
    return name if named else who       # "A spokesman, Colonel Ryan Dillon" -> "Colonel Ryan Dillon"


def _clause_event(doc: Document, span: Span, sentence: str, clause: Clause, dating: _Dating,
                  attr: Attribution | None, source: str | None, *, first: bool,
                  subject: str | None = None, actor: str | None = None) -> Event | None:
    prep, cut = _phrase(sentence, clause, dating)
    relation = _relation(prep)
    if dating.main.type == TimexType.DURATION:
        relation = Relation.DURING
    nominal = (_premodified(sentence, dating) or _listed(sentence, clause, cut)
               or _nominal(sentence, clause, cut[0], cut[1]))
    future = is_future(dating.main, doc.published)
    if nominal:
        what, rule = nominal, "nominal"
        modality = classify(nominal, future=future)
    else:
        what, rule = _clause_text(sentence, clause, cut), f"clause:{relation.value}"
        modality = classify(_clause_text(sentence, clause, None), future=future,
                            reporting_verb=attr.verb if attr else None)
    if future and not nominal and _told_as_past(sentence, clause, prep, dating, attr):
        log.debug("dropped: a past clause dated after publication: %r", _clause_text(sentence, clause, None))
        return None
    relative = _RELATIVE_START.match(what)
    appositive = _APPOSITION_START.match(what) and _NAME_BEFORE.search(sentence[:clause.start])
    if relative and not nominal:
        antecedent = _antecedent(sentence, clause.start)
        if antecedent:
            what = antecedent + " " + what[relative.end():]
    elif appositive and not nominal and len((appositive.group(1) + " " + what).split()) <= HEADLINE_MAX_WORDS:
        what = appositive.group(1) + ", " + what      # "Raqqa, the Syrian city it had used as ..."
    elif subject and not nominal:
        what = subject + " " + what.lstrip()
    headline = compress(what, subject=_subject_for(attr, source, first) or actor, speaker=_speaker(source))
    if len(headline.split()) < 2:
        return None
    return _event(doc, span, sentence, dating.main, headline, when_of(dating.main, relation), modality,
                  source, rule, timex_text=sentence[dating.start:dating.end])


def _reporting_day_event(doc: Document, span: Span, sentence: str, clause: Clause, timex: Timex,
                         attr: Attribution, source: str | None) -> Event | None:
    text = clause.text(sentence)
    headline = compress(text, subject=_subject_for(attr, source, True), speaker=_speaker(source))
    if len(headline.split()) < 2:
        return None
    modality = classify(text, future=is_future(timex, doc.published), reporting_verb=attr.verb)
    return _event(doc, span, sentence, timex, headline, when_of(timex), modality, source,
                  "reporting-day", timex_text=timex.text)


def _event(doc: Document, span: Span, sentence: str, timex: Timex, headline: str, when: When,
           modality: Modality, source: str | None, rule: str, *, timex_text: str) -> Event:
    lead = len(sentence) - len(sentence.lstrip())
    trail = len(sentence.rstrip())
    mention = Mention(doc.id, span.start + lead, span.start + trail, timex.start, timex.end)
    return Event(id=f"{doc.id}:{timex.start}", headline=headline, text=_evidence(sentence), when=when,
                 modality=modality, attribution=source, mentions=(mention,), timex_text=timex_text,
                 anchor=timex.anchor, rule=rule)


__all__ = ["extract_events", "when_of", "is_future", "EVENT_BLOCKS"]
