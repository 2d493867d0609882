"""From time expressions to events: what each time expression of the body dates.

For every body sentence (never navigation, captions, credits, read-more links, agency lines,
the dateline or headings), in this order:

1. a timeline entry ("June 2014: IS captures Mosul") is one event, told by what follows the date;
2. find its attribution (:mod:`.attribution`) — "he"/"she" resolve to the last named source
   (:mod:`.reference`); a quotation continued over several sentences takes the source of the
   sentence that closes it;
3. split the reported content into clauses (:mod:`.syntax`);
4. each clause with a dating time expression gives one event (:mod:`.dating`): coordinated
   expressions ("today or tomorrow") give one event dated by the earliest; a time expression that
   names a noun phrase dates that phrase (a *nominal* event, :mod:`.nominal`);
5. a sentence whose only time expression stands in its attribution ("..., the military said
   Saturday"; "officials announced Saturday they had ...") gives a *reporting-day* event: its
   first reported clause, dated that day.

Times counted from another happening are dated by it first (:mod:`.relative`). The story's first
line, and a sentence opened by "now", told in the present perfect, are the day's news (:mod:`.lede`).
Each event gets a headline (:mod:`.headline`) and a modality (:mod:`.modality`). Other sentences
without a time expression give no event: no date is invented. The words of every step are the
language's (:class:`chrono.lang.events.EventWords`).
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace
from operator import attrgetter
from typing import NamedTuple

from .. import lang
from ..model import Document, Event, Mention, Modality, Relation, Span, Timex, TimexType, When
from .attribution import Attribution, Attributions, Form
from .bound import Parses, bounded_sentences
from .dating import Dating, DatingGroup, clause_text, is_future, when_of
from .headline import HEADLINE_MAX_WORDS, Headlines
from .wording import inside
from .lede import held_dates, lede_index, lede_parsed, ledes, present_news
from .lede_tree import lede_event
from .modality import Modalities
from .nominal import Nominals
from .parse import parse, remembered
from .reference import References, closing_quotation as _closing_quotation
from .relative import RelativeDates, told_sequels
from .retense import Retense
from .schedule import ENTRY_BULLETS, schedule
from .structure import Context, Memory, TreeEvents, event_of
from .syntax import Clause, Syntax
from .undated import undated_events
from .words import compile_any, stage, words_of

log = logging.getLogger(__name__)

#: Block kinds whose sentences may give events.
EVENT_BLOCKS = frozenset({"body"})
_HEADING = "heading"

#: How many sentences after an open quotation may close it with an attribution.
_QUOTATION_REACH = 3

#: A timeline entry: a time expression opening a line, then a colon or a dash and what happened
#: ("June 2014: IS captures Mosul", "2016 - Losses mount").
_ENTRY_SEPARATOR = re.compile(r"\s*(?:[:|]|\s[-–—])\s+(?=\S)")
#: One to three capitalised words before a comma: the name an appositive follows.
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’\-]*\s+){0,2}[A-Z][\w'’\-]*),\s*$")


def extract_events(doc: Document, timexes: Sequence[Timex], language: lang.Language | str | None = None) -> list[Event]:
    """The events of one document, in document order, each with one mention.

    ``timexes`` are those of ``doc.text`` (as :func:`chrono.timex.tag` gives them). Event ids
    are provisional (``doc-id:offset``); :func:`chrono.chronology.build_chronology` renumbers.
    """
    return stage(Extractor, language).extract(doc, timexes)


class Extractor:
    """The event extraction of one language: the stages of the layer, wired together."""

    def __init__(self, language: lang.Language) -> None:
        self.attributions = stage(Attributions, language)
        self.references = stage(References, language)
        self.syntax = stage(Syntax, language)
        self.dating = stage(Dating, language)
        self.nominals = stage(Nominals, language)
        self.modalities = stage(Modalities, language)
        self.headlines = stage(Headlines, language)
        self.trees = stage(TreeEvents, language)
        self.relatives = stage(RelativeDates, language)
        self.retense = stage(Retense, language)
        self.language = language
        self._article = compile_any(words_of(language).syntax.articles, "", r"\s")
        self._stopwords = words_of(language).merge.stopwords
        caption = words_of(language).headline.caption
        self._caption = caption.compiled if caption is not None else None
        dating = words_of(language).dating
        self._lede, self._vague = (p.compiled if p is not None else None for p in (dating.lede_news, dating.undated_vague))

    def extract(self, doc: Document, timexes: Sequence[Timex]) -> list[Event]:
        """The events of one document (see :func:`extract_events`). A time counted from a happening
        the article tells only later ("Two days after clinching the title, ..." before the final is
        told) is read in a second reading, with the events of the first."""
        sentences = bounded_sentences(doc.text, _sentences(doc), timexes)
        ordered = sorted(timexes, key=lambda t: (t.start, t.end))
        starts = [t.start for t in ordered]
        attrs = [self.attributions.find(doc.text[s.start:s.end]) for s in sentences]
        parsed = self._parsed(doc, sentences, starts, ordered)
        reading = _Reading(sentences, ordered, starts, attrs, parsed)
        events, pending = self._read(doc, reading, ())
        return self._read(doc, reading, events)[0] if pending else events

    def _read(self, doc: Document, reading: "_Reading", told: Sequence[Event]) -> tuple[list[Event], bool]:
        """One reading of the document's sentences; ``told`` are the events of an earlier reading, for
        times counted from a happening told later. Its events, and whether a time counted from a
        happening found no event to count from."""
        sentences, ordered, starts, attrs, parsed = reading
        listing = schedule(doc, sentences, starts, ordered, self._stopwords)
        sources = self.references.sources()
        memory = Memory()
        events: list[Event] = []
        pending = False
        lede = lede_index(doc, sentences, EVENT_BLOCKS)
        for i, span in enumerate(sentences):
            sentence = doc.text[span.start:span.end]
            first = bisect_left(starts, span.start)
            inside = [t for t in ordered[first:bisect_left(starts, span.end, lo=first)] if t.end <= span.end]
            attr = attrs[i] or _closing_quotation(sentence, attrs[i + 1:i + 1 + _QUOTATION_REACH]) \
                or self.references.sound_bite(doc.text, sentences, i)
            attr = self.attributions.untimed(attr, [t.text for t in inside])
            source, actor = self.references.teller(sources, attr, doc.text, sentences, i, attrs, EVENT_BLOCKS,
                                                   self.attributions.clean)
            if span.kind in EVENT_BLOCKS:   # "shortly after the arrest": dated by the arrest
                inside = sorted(inside + self.relatives.soon(sentence, span.start, events, doc.text, inside), key=_order)
            if not inside or i in listing or (self._caption is not None and self._caption.search(sentence)):
                continue                    # a schedule's lines, a photo caption: no happening of the story
            entry = self._timeline_event(doc, span, sentence, inside, sentences[i + 1:i + 2])
            if entry is not None:
                events.append(entry)
            elif span.kind in EVENT_BLOCKS:
                relative = self.relatives.resolve(sentence, span.start, inside, events, doc.text, doc.published)
                if not relative and told:   # counted from a happening told later: the nearest first
                    later = [e for e in reversed(told) if e.mentions[0].start >= span.end]
                    relative = self.relatives.resolve(sentence, span.start, inside, later, doc.text)
                pending = pending or (not relative and self.relatives.counts_from(sentence, span.start, inside))
                if relative:                # "a day after the swap": dated by the swap
                    inside = sorted([t for t in inside if all(r.start != t.start and not r.start <= t.start < r.end
                                                              for r in relative)] + relative,
                                    key=lambda t: (t.start, t.end))
                if relative or any(t.rule == "relative-event" for t in inside):
                    if i not in parsed:
                        parsed[i] = parse([sentence], self.language)[0]
                found = None
                if parsed.get(i) is not None:      # the direction of "Oct. 31" by its predicate's tense
                    inside = self.retense.timexes(parsed[i], span.start, inside, doc.published, sentence)
                    ctx = Context(doc, span, sentence, parsed[i], attr, source, actor, self._speaker(source))
                    found = self.trees.events(ctx, inside, memory)
                if found is None:
                    found = self._sentence_events(doc, span, sentence, inside, attr, source, actor)
                if not found and present_news(inside, span.start + len(sentence) - len(sentence.lstrip())):
                    found = self._lede_event(doc, span, sentence, source, handed=parsed.by_text)   # "Now they've ...": today's
                if not found:               # "This comes a week after Bloomberg reported ..."
                    found = self._from_today(doc, span, sentence, inside, source, events)
                events.extend(told_sequels(found, inside, doc.published))
        for k, tense in ledes(doc, sentences, EVENT_BLOCKS, ordered, lede, self._lede, attrs, parsed.by_text):   # the day's news
            span = sentences[k]
            at = sum(1 for e in events if e.mentions[0].start < span.start)
            held = held_dates(span, events, ordered, attrs[k], doc.published)   # its undated main clause, if it told events
            events[at:at] = self._lede_event(doc, span, doc.text[span.start:span.end], sources.resolve(attrs[k]), tense, held, parsed.by_text)
        more = undated_events(self, doc, sentences, events, ordered, EVENT_BLOCKS, attrs, sources, parsed.by_text)
        return (sorted(events + more, key=lambda e: e.mentions[0].start) if more else events), pending

    def _from_today(self, doc: Document, span: Span, sentence: str, timexes: list[Timex],
                    source: str | None, earlier: Sequence[Event] = ()) -> list[Event]:
        """The happening a sentence counts the day's news from (:meth:`.RelativeDates.from_today`)."""
        found = self.relatives.from_today(sentence, span.start, timexes, doc.published, self.syntax.has_verb, earlier)
        if found is None:
            return []
        parsed = parse([sentence], self.language)[0]
        ctx = Context(doc, span, sentence, parsed, None, source, None, self._speaker(source))
        what, who = self.trees.clause_at(ctx, found[0].end - span.start) if parsed is not None else (None, None)
        headline = self.headlines.compress(what or found[1])
        if len(headline.split()) < 2:
            return []
        return [_event(doc, span, sentence, found[0], headline, when_of(found[0]), self.modalities.classify(found[1]),
                       who or source, "relative-event", timex_text=found[0].text)]

    def _lede_event(self, doc: Document, span: Span, sentence: str, source: str | None, tense=None, held=None, handed=None):
        """The day's news of an undated first sentence (:func:`.lede_tree.lede_event`; ``tense``: its pattern), or nothing."""
        ctx = Context(doc, span, sentence, None, None, source, None, self._speaker(source))
        return lede_event(self, ctx, tense or self._lede, held, handed)

    def _parsed(self, doc: Document, sentences: Sequence[Span], starts: list[int], ordered: Sequence[Timex]) -> Parses:
        """The parses of the body sentences that hold a time expression dating an event (none without
        a parser): only those are parsed, in batches as the reading reaches them (:class:`.bound.Parses`)."""
        todo = []
        for i, span in enumerate(sentences):
            first = bisect_left(starts, span.start)
            inside = [t for t in ordered[first:bisect_left(starts, span.end, lo=first)] if t.end <= span.end]
            if span.kind in EVENT_BLOCKS and inside:
                sentence = doc.text[span.start:span.end]
                if self.dating.dating_timexes(sentence, span.start, inside)[0] or self.dating.vague_candidates(inside, sentence):
                    todo.append(i)
        lede, text_of = lede_index(doc, sentences, EVENT_BLOCKS), lambda i: doc.text[sentences[i].start:sentences[i].end]
        extra = [lede] if lede >= 0 and lede_parsed(doc, sentences[lede], words_of(self.language).dating) \
            and not remembered(text_of(lede), self.language) else []    # the lede readers' sentence, parsed with these
        return Parses(todo, lambda chosen: parse([text_of(i) for i in chosen], self.language), text_of=text_of, extra=extra)

    def _timeline_event(self, doc: Document, span: Span, sentence: str, timexes: list[Timex],
                        following: Sequence[Span]) -> Event | None:
        """The event of a timeline entry (a heading or a paragraph "DATE: what happened"), or None."""
        first = timexes[0]
        what = _entry_text(sentence, first.start - span.start, first.end - span.start)
        if what is None or not self.dating.dates_event(first, sentence, first.start - span.start):
            return None
        headline = self.headlines.compress(what)
        if len(headline.split()) < 2:
            return None
        evidence = sentence
        if span.kind == _HEADING and following and following[0].kind in EVENT_BLOCKS:
            evidence = sentence.rstrip() + ". " + doc.text[following[0].start:following[0].end]
        modality = self.modalities.classify(what, future=is_future(first, doc.published))
        event = _event(doc, span, sentence, first, headline, when_of(first), modality, None, "timeline",
                       timex_text=first.text)
        return replace(event, text=_evidence(evidence))

    def _sentence_events(self, doc: Document, span: Span, sentence: str, timexes: list[Timex],
                         attr: Attribution | None, source: str | None, actor: str | None = None) -> list[Event]:
        off = span.start
        dating, anchored = self.dating.dating_timexes(sentence, off, timexes)
        clauses = self.syntax.split(sentence, attr.content if attr else None)
        events: list[Event] = []
        for clause in clauses:
            own = [t for t in dating if clause.contains(t.start - off, t.end - off)]
            if not own:
                continue
            groups = [g for g in self.dating.group(sentence, off, own, anchored)
                      if not self.nominals.names_year_of(sentence, g)]
            if not groups:
                continue
            lent = self.syntax.lent_subject(sentence, clauses, clause)
            parts = self.dating.split_groups(sentence, clause, groups)
            if len(parts) == 1:
                cut = self.dating.conjunct_cut(sentence, clause, groups[0])
                if cut is not None:
                    parts = [(cut[0], groups[0], cut[1])]
            for k, (part, group, subject) in enumerate(parts):
                if self.trees.comparisons.figure(sentence, group) is not None:
                    continue                # a compared figure's date dates no clause
                lead = clause is clauses[0] and k == 0
                event = self._clause_event(doc, span, sentence, part, group, attr, source, first=lead,
                                           subject=subject or lent, actor=actor if lead else None)
                if event:
                    events.append(event)
            used = {id(g) for _, g, _ in parts}
            for group in groups:
                if id(group) not in used and self.nominals.premodified(sentence, group):
                    event = self._clause_event(doc, span, sentence, clause, group, attr, source, first=False)
                    if event:               # "... on Friday annulled the result of the August 8 election"
                        events.append(event)
        if not events and attr is not None and clauses:
            in_attr = [t for t in dating if attr.start <= t.start - off and t.end - off <= attr.end]
            if in_attr:
                event = self._reporting_day_event(doc, span, sentence, clauses[0], in_attr[0], attr, source)
                if event:
                    events.append(event)
        return events

    def _clause_event(self, doc: Document, span: Span, sentence: str, clause: Clause, dating: DatingGroup,
                      attr: Attribution | None, source: str | None, *, first: bool,
                      subject: str | None = None, actor: str | None = None) -> Event | None:
        prep, cut = self.dating.phrase(sentence, clause, dating)
        relation = Relation.DURING if dating.main.type == TimexType.DURATION else self.dating.relation(prep)
        nominal = self.nominals.named(sentence, clause, dating, cut)
        cut = None if prep is None and self.dating.is_subject(sentence, dating) else cut   # "2020 will be about ..."
        future = is_future(dating.main, doc.published)
        verb = attr.verb if attr else None
        if nominal:
            what, rule = nominal, "nominal"
            modality = self.modalities.classify(nominal, future=future)
        else:
            what, rule = clause_text(sentence, clause, cut), f"clause:{relation.value}"
            modality = self.modalities.classify(clause_text(sentence, clause), future=future, reporting_verb=verb,
                                                until=relation == Relation.UNTIL, timex=sentence[dating.start:dating.end])
            if future and self.dating.told_as_past(sentence, clause, prep, dating, verb):
                log.debug("dropped: a past clause dated after publication: %r", clause_text(sentence, clause))
                return None
            what = self._completed(sentence, clause, what, subject)
            opening = what.split(None, 1)[:1]
            if opening and opening[0].islower() and opening[0] in self.syntax.words.auxiliaries:
                return None                 # "would go into effect": a clause whose subject stands elsewhere
        headline = self.headlines.compress(what, subject=self._subject_for(attr, source, first) or actor,
                                           speaker=self._speaker(source))
        if len(headline.split()) < (2 if nominal else 3) or self.dating.stranded(headline):
            return None                     # a clause cut to two words is a fragment ("Who lived", "West Germany")
        return _event(doc, span, sentence, dating.main, headline, when_of(dating.main, relation), modality,
                      source, rule, timex_text=sentence[dating.start:dating.end])

    def _completed(self, sentence: str, clause: Clause, what: str, subject: str | None) -> str:
        """A clause's text with what it leaves out: the antecedent of a relative clause ("The army,
        which ..."), the name an appositive follows ("Raqqa, the Syrian city ..."), a lent subject."""
        relative = self.dating.words.relative_start.compiled.match(what)
        appositive = self._article.match(what) and _NAME_BEFORE.search(sentence[:clause.start])
        if relative:
            antecedent = self.syntax.antecedent(sentence, clause.start)
            if antecedent:
                what = antecedent + " " + what[relative.end():]
        elif appositive and len((appositive.group(1) + " " + what).split()) <= HEADLINE_MAX_WORDS:
            what = appositive.group(1) + ", " + what
        elif subject:
            what = subject + " " + what.lstrip()
        return what

    def _reporting_day_event(self, doc: Document, span: Span, sentence: str, clause: Clause, timex: Timex,
                             attr: Attribution, source: str | None) -> Event | None:
        text = clause.text(sentence)
        speaker = self._speaker(source)
        if speaker and attr.form != Form.ACCORDING and len(speaker.split()) <= 4 and \
                len(text.split()) + len(speaker.split()) < HEADLINE_MAX_WORDS:
            openers = lang.of(doc.language).reading.sentences.openers   # the report is the happening: who said what
            text = f"{speaker} {attr.verb} {inside(text.strip(), doc.text, openers)}"
        headline = self.headlines.compress(text, subject=self._subject_for(attr, source, True),
                                           speaker=speaker)
        if len(headline.split()) < 2:
            return None
        # the modality is the report's own (a report of a forecast or of a negative opinion is a fact), a denial's negated
        future = is_future(timex, doc.published)
        report = sentence[attr.start:attr.end]
        report = self.syntax.last_clause(report) if attr.verb in report else attr.verb     # (a quotation's source told later)
        modality = self.modalities.classify(report, future=future, reporting_verb=attr.verb)
        if modality == Modality.FACT and self.modalities.denies(clause.text(sentence)):
            modality = Modality.NEGATED
        return _event(doc, span, sentence, timex, headline, when_of(timex), modality, source,
                      "reporting-day", timex_text=timex.text)

    def _heads(self, source: str) -> str:
        """A source cut to its heads, or the name in it: "A spokesman, Colonel Ryan Dillon" -> "Colonel Ryan Dillon"."""
        return self.headlines.heads(self.attributions.short(source))

    def _subject_for(self, attr: Attribution | None, source: str | None, first: bool) -> str | None:
        """Who stands for a source pronoun opening the content of a leading attribution."""
        if attr is None or not source or not first or attr.form != Form.LEADING:
            return None
        return self._heads(source)

    def _speaker(self, source: str | None) -> str | None:
        """Who stands for a quotation's first person in a headline: the source, cut to its heads."""
        if not source or source.lower() in self.references.pronouns:
            return None
        return self._heads(source)


class _Reading(NamedTuple):
    """What every reading of one document shares: its sentences, time expressions and their starts,
    attributions, parses."""

    sentences: list[Span]
    ordered: list[Timex]
    starts: list[int]
    attrs: list[Attribution | None]
    parsed: Parses


def _entry_text(sentence: str, start: int, end: int) -> str | None:
    """What a timeline entry says happened, when the time expression at ``[start, end)`` opens the
    line (after bullets) and a colon or a dash follows it; else None."""
    if start != len(sentence) - len(sentence.lstrip(ENTRY_BULLETS)):
        return None
    sep = _ENTRY_SEPARATOR.match(sentence, end)
    return sentence[sep.end():] if sep else None


def _sentences(doc: Document) -> list[Span]:
    """Body sentences, and headings (they give events only as timeline entries)."""
    kinds = EVENT_BLOCKS | {_HEADING}
    spans = [s for s in doc.sentences if s.kind in kinds]
    blocks = [b for b in doc.blocks if b.kind in kinds]
    if blocks:
        spans = [s for s in spans if in_blocks(s, blocks)]
    return spans


def in_blocks(span, blocks: Sequence[Span]) -> bool:
    """Whether ``span`` lies inside one of ``blocks`` (sorted, non-overlapping): a binary search."""
    i = bisect_right(blocks, span.start, key=_start) - 1
    return i >= 0 and span.end <= blocks[i].end


def _evidence(sentence: str) -> str:
    return " ".join(sentence.split())


_event = event_of
_order, _start = attrgetter("start", "end"), attrgetter("start")


__all__ = ["EVENT_BLOCKS", "Extractor", "extract_events", "is_future", "when_of", "in_blocks"]
