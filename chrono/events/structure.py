"""Events from the structure of a sentence: its Universal Dependencies tree (:mod:`.tree`).

For a parsed body sentence, each dating group of time expressions (:mod:`.dating`) dates the predicate it attaches to
(:func:`.tree.predicate_of`, past the parser's slips: :mod:`.attachment`); two dated predicates give two events, each
with its own date. For each predicate:

- the headline is its own clause (:func:`.tree.clause_tokens`): subject (lent by a predicate it is coordinated with
  or complements; a relative's antecedent; the last named actor for a pronoun), predicate, auxiliaries, negation, core
  complements; whole phrases go until it fits (:func:`.tree.trim`), then :mod:`.headline` cleans it;
- the modality reads the predicate's own auxiliaries, negation and markers (:func:`.tree.core_tokens`) with the
  pack's markers (:mod:`.modality`), the reporting verb over it and the date;
- the attribution is the subject of the reporting verb that governs the clause (:func:`.tree.report_over`),
  or an "according to" or a quotation closed later (:mod:`.attribution`); the trigger is the predicate's head.

A date on a reporting verb ("officials announced Saturday they had ...") dates what is reported when the sentence gives
no other event (a *reporting-day* event); a time expression premodifying a noun ("the Sept. 25 referendum") names a
*nominal* event (:mod:`.nominal`). :meth:`TreeEvents.events` gives None when the tree cannot tell (a verbless fragment,
two dates on one predicate split by a conjunction, gapping): the regex path then reads the sentence.
"""
from __future__ import annotations

import logging

from .. import lang
from ..model import Event, Modality, Relation, Timex, TimexType
from . import afterward, date_frame, next_day, number, phrase, slips, tree, wording
from .compared import Comparisons, nominal_event
from .gapped import gapped_events
from .adjoined import adjoined_clause, frames_only
from .asking import imperative, wh_question
from .misparse import misparsed, passive_participle, unit_infinitive
from .slips_attachment import mend_place_date
from .attachment import add_when_clauses, content_noun, join_conjuncts, noun_when, period_participle, when_aside, when_clause
from .reported import content_own_dated, dated_predicate, mended
from .attribution import Attributions
from .dating import Dating, DatingGroup, calendar_days_ahead, is_future, not_past, when_of
from .headline import HEADLINE_MAX_WORDS, NAME_SLACK, Headlines
from .modality import Modalities, features_of
from .nominal import Nominals
from .own_dates import own_dates
from .predicate import (possible_above, bare_participle, is_complement, present_copula, agree, antecedent_object, antecedent_text, at_dated, hedge, named_subject, negated_above, negated_opinion, supposed_above, teller_text,
                        negative_argument, present_state, proposed, ranks_since, report_over, reports_content, scheduled_present, short_phrase, touches, words_text)
from .sentencehood import broken_subject, matched, relative_as_head
from .reporting_day import LENT_SUBJECT_WORDS, reporting_day_events
from .record import Context, Memory, Unreadable as _Unreadable, event_of, whole as _whole
from .retense import habitual
from .speaker import reporter, told_by
from .syntax import Clause
from .words import stage, words_of

log = logging.getLogger(__name__)
#: Relations of a date that tell when a happening took place: a headline needs no "on Monday" then.
_AT = (Relation.ON, Relation.DURING)

_AUX_DEPS, _CONTENTS = ("aux", "aux:pass", "cop"), ("obj", "ccomp", "xcomp", "iobj", "nsubj:pass")  # (what a report reports)


class TreeEvents:
    """The events of parsed sentences, in one language."""

    def __init__(self, language: lang.Language) -> None:
        words = words_of(language)
        self.dating = stage(Dating, language)
        self.nominals, self.comparisons = stage(Nominals, language), stage(Comparisons, language)
        self.modalities = stage(Modalities, language)
        self.headlines = stage(Headlines, language)
        self.attributions = stage(Attributions, language)
        self._report_lemmas = words.reporting.lemmas
        self._report_forms = words.reporting.verbs
        self._pronouns = words.reporting.pronouns
        self._genitives = frozenset(words.dating.genitives)
        self._openers = tuple(o.split()[0] for o in words.nominal.list_openers)   # ("including", "such" of "such as")
        self._articles = frozenset(words.syntax.articles)
        self._points = frozenset(words.dating.point_prepositions)
        self._denies = lambda text: self.modalities.classify(text) == Modality.NEGATED
        self._supposed = lambda tokens: self.modalities.supposes(words_text(tokens))
        self._asides = tuple(getattr(self.headlines.words, k) for k in ("per_share", "place_aside", "close_adverb"))  # "[soon] after"
        self._perfect_undated = words.dating.perfect_undated
        self._cancels = words.modality.cancelling
        self.language = language
        tree.RELATIVES[language.code] = frozenset(words.syntax.relative_openers + words.syntax.complementizers)
        tree.COMPLEMENT_MARKS[language.code] = frozenset(words.dating.genitives)
        number.PERSON_RELATIVES[language.code] = frozenset(words.syntax.person_relatives)
        date_frame.POINTS[language.code] = frozenset(words.dating.point_prepositions)
        slips.SUBORDINATORS[language.code] = frozenset(
            w for w in words.syntax.complementizers + words.headline.leading_subordinators if w.isalpha())

    def is_report(self, tok) -> bool:
        """Whether a token is a reporting verb of the language ("said", "told")."""
        if tok.pos_ != "VERB":
            return False
        return tok.lemma_.lower() in self._report_lemmas if tok.lemma_ else tok.text.lower() in self._report_forms

    # --- a sentence -------------------------------------------------------------------------

    def events(self, ctx: Context, timexes: list[Timex], memory: Memory) -> list[Event] | None:
        """The events of one parsed sentence, or None when its tree cannot tell (read it with regexes)."""
        sentence, parsed = ctx.sentence, ctx.parsed
        groups, heads = self._dating_groups(ctx, timexes)
        if not groups:
            return []
        aside = matched(parsed, *self._asides)     # ("..., or 93 cents a share,": no clause's)
        bad = [b for b in tree.anomalies(parsed) if b.i not in aside]
        by_top: dict[int, list[tuple[DatingGroup, object, object]]] = {}
        reporting: list[tuple[DatingGroup, object]] = []
        events: list[Event] = []
        if any(h is None for h in heads):
            return None
        kinds: set[int] = set()
        for g, head in zip(groups, heads):
            if tree.ranks_within(head, self._genitives) or ranks_since(head, g.main) or hedge(head, self.is_report) \
                    or tree.misread_subject(head) or misparsed(head, self._openers) or self.nominals.era_kind(head):
                continue                    # "the notes, which will be due [Nov. 1]"; "the best of the year"; "a [1990s] band"
            if len(g.timexes) == 1 and habitual(g.main, head, self.language):
                kinds.add(g.start)          # "end Saturday publication": a kind of publication, no day
                continue
            named = self.nominals.premodified_noun(sentence, g, parsed, ctx.doc.published, head, self._core_modality)
            if named:                       # "the Sept. 25 independence referendum"; "Trump's July 25 call when he asked ..."
                when = noun_when(parsed, sentence, g.end, named, HEADLINE_MAX_WORDS - len(named.split()))
                events.append(self._nominal_event(ctx, g, f"{named} {when}" if when else named))
                continue
            pred = tree.predicate_of(head)
            if pred is None:
                log.debug("regex path (no predicate): %r", sentence)
                return None
            if when_aside(parsed, g, head, pred):   # "a turnaround from four years ago, when Bryant won"
                continue
            if (pred := self._dated_predicate(ctx, g, head, pred, (events, timexes))) is None:
                continue                    # "has been arrested in connection with the bombings last year"
            noun = self.nominals.named_by(head, pred, tuple((x.start, x.end) for x in groups))
            if noun is not None:            # "the organiser of attacks in Brussels in March 2016 is ..."
                text = self.nominals.noun_text(noun, tree.date_ids(parsed, head, g.start, g.end))
                if text and len([w for w in text.split() if w.lower() not in self._articles]) > 1:
                    events.append(self._nominal_event(ctx, g, text))
                    continue
                if head.i < noun.i and not at_dated(noun, self._points):
                    continue                # "his account of the July 10 meeting": the date is the meeting's
            top = tree.clause_top(pred)
            if self.is_report(top) and pred.i != top.i and not (pred.dep_ == "acl" and pred.head.head.i == top.i):
                top = tree.chain(top, pred)[1]  # "X were said to have run into issues in 2018": the report's content
            elif self.is_report(top) and reports_content(top):
                noun = content_noun(head, top)  # "said ...: the second for Artemis 2 in 2022": the noun's
                text = self.nominals.noun_text(noun, tree.date_ids(parsed, head, g.start, g.end)) if noun else None
                if text and len([w for w in text.split() if w.lower() not in self._articles]) > 1:
                    events.append(self._nominal_event(ctx, g, text))
                else:
                    reporting.append((g, top))  # "officials said Saturday (that) ...": what is reported
                continue
            by_top.setdefault(top.i, []).append((g, head, pred))
        add_when_clauses(parsed, by_top, [(g, h) for g, h in zip(groups, heads) if g.start not in kinds])
        tops = set(by_top) | {top.i for _, top in reporting}
        if bad and (not tops or any(touches(b, parsed[k]) for b in bad for k in tops)):
            log.debug("regex path (an ill-formed parse): %r", sentence)   # where the events are read
            return None
        memory.sentence_actor = named_subject(parsed, LENT_SUBJECT_WORDS)
        joined = join_conjuncts(parsed, by_top, self.is_report,
                                lambda top, pred: self._core_modality(top, pred) == Modality.FACT)
        kept = [(g, h) for g, h in zip(groups, heads) if g.start not in kinds]   # a kind stays in the headline
        groups, heads = [g for g, _ in kept], [h for _, h in kept]
        try:
            events += self._predicates(ctx, groups, heads, by_top, joined, memory)
            if reporting and (not events or not content_own_dated(reporting[0][1], by_top)):
                group, report = reporting[0]    # the report's own date, its content undated: the report is the event
                events.extend(reporting_day_events(self, ctx, group, report, memory))
        except _Unreadable as why:
            log.debug("regex path (%s): %r", why.args[1] if len(why.args) > 1 else "", sentence)
            return None
        except (ValueError, IndexError, KeyError) as exc:   # a tree no rule foresaw: never fail a build
            log.warning("regex path (the tree could not be read: %s): %r", exc, sentence)
            return None
        return sorted(events, key=lambda e: e.mentions[0].timex_start or 0)

    def _dating_groups(self, ctx: Context, timexes: list[Timex]) -> tuple[list[DatingGroup], list]:
        """The sentence's dating groups and the head token of each; none for an invitation ("Listen to Newsbeat live
        at 12:45"), a question ("What vehicles can launch it by 2024?") or a year that names ("the 2016 election")."""
        off, sentence, parsed = ctx.span.start, ctx.sentence, ctx.parsed
        dating, anchored = self.dating.dating_timexes(sentence, off, timexes, parsed)   # vague ones too, by the tree
        groups = [g for g in self.dating.group(sentence, off, dating, anchored) if not self.nominals.names_year_of(sentence, g, parsed)]
        if not groups or wh_question(parsed) or imperative(parsed) and not calendar_days_ahead(groups, ctx.doc.published):
            return [], []
        return groups, mend_place_date(mended([tree.timex_head(parsed, g.start, g.end) for g in groups], parsed, self.is_report), groups)

    def _dated_predicate(self, ctx: Context, g: DatingGroup, head, pred, told: tuple | None = None):
        """The predicate a date dates (:func:`.reported.dated_predicate`), or None ("up from 20% last year": the figure's event to ``told``)."""
        if told is not None and (figure := self.comparisons.figure(ctx.sentence, g)) is not None:
            told[0].extend(self.comparisons.events(ctx, g, figure, pred, told[1], self.is_report,
                                                   lambda report: self._source(ctx, report)[0]))
            return None
        if told is not None:                # "For the year ended Sept. 30, Ralston earned ..."
            pred = period_participle(pred, head, [(t.start - ctx.span.start, t.end - ctx.span.start) for t in told[1]])
        return dated_predicate(ctx, g, head, pred, self.dating, self.is_report, self._perfect_undated, self._points)

    def clause_at(self, ctx: Context, at: int, outside: frozenset = frozenset()) -> tuple[str | None, str | None]:
        """The headline's text of the clause whose predicate heads the words at offset ``at`` ("... after Bloomberg reported
        WeWork is the subject of an inquiry"), but the tokens ``outside``, and who says so when it reports; None if untold."""
        tok = next((t for t in ctx.parsed if t.idx >= at and not t.is_punct), None)
        pred = tree.predicate_of(tok) if tok is not None else None
        if pred is None or pred.i < tok.i:
            return None, None
        marks = {c.i for c in pred.children if c.dep_ == "mark"} | outside
        try:
            text = self._clause_text(ctx, tree.clause_top(pred), pred, marks, None, Memory())
            return text, (self._source(ctx, pred)[0] if self.is_report(pred) else None)
        except (ValueError, IndexError, KeyError):
            return None, None

    _nominal_event = nominal_event          # (self, ctx, group, text) -> Event: a dated noun phrase's

    def _core_modality(self, top, pred) -> Modality:
        return self.modalities.classify(words_text(tree.core_tokens(top, pred)))

    def _predicates(self, ctx: Context, groups, heads, by_top, joined: set[int], memory: Memory) -> list[Event]:
        sentence = ctx.sentence
        events = []
        for key, found in by_top.items():
            if not (found := gapped_events(self, ctx, found, groups, heads, memory, joined, events)):
                continue                    # "include Greece in 1952, Germany in 1955 and Spain in 1982": each its own
            found, hung = own_dates(key, found, ctx.doc.published)
            texts = [(g, h, p, self.nominals.noun_text(h.head, tree.date_ids(ctx.parsed, h, g.start, g.end))) for g, h, p in hung]
            events += [self._nominal_event(ctx, g, t) for g, _, _, t in texts if t and len(t.split()) > 2]  # "with plans for ..."
            kept = {i for g, h, _ in found for i in tree.date_ids(ctx.parsed, h, g.start, g.end)}
            for g, h, p, t in texts:        # "payable Jan. 2 to stock of record Dec. 15": the clause, its noun's date told
                if not (t and len(t.split()) > 2) and h.head.dep_.startswith("nmod") and \
                        (event := self._predicate_event(ctx, g, h, p, kept, memory, joined, told=True)) is not None:
                    events.append(event)
            if len(found) > 1 and len(self.dating.split_groups(sentence, _whole(sentence), [f[0] for f in found])) > 1:
                # two dates on one predicate split by a conjunction: gapping ("retook A in 2015 and B in 2016")
                raise _Unreadable(sentence, "two dates on a predicate")
            group, head, pred = found[0]
            others = {i for g, h in zip(groups, heads) if h.i != head.i and not self.nominals.premodified(sentence, g)
                      for i in tree.date_ids(ctx.parsed, h, g.start, g.end)}
            top = ctx.parsed[key]
            if tree.chain(top, pred)[0].i != top.i:
                pred = top                  # a joined conjunct: the coordination's first predicate
            for part in self.dating.listed(sentence, group, ctx.doc.published):     # "in 1994, 1995 and 1997": one each
                event = self._predicate_event(ctx, part, head, pred, others, memory, joined, top)   # (and its "after" clause's)
                events += [e for e in (event, afterward.preceding_event(self, ctx, part.main, pred, event, others | tree.date_ids(
                    ctx.parsed, head, part.start, part.end), memory, sentence[part.start:part.end])) if e is not None]
        return events

    # --- one predicate ----------------------------------------------------------------------

    def _subject_text(self, ctx: Context, subj, lent: bool, report, memory: Memory) -> tuple[str | None, dict]:
        """What stands for the subject: a lent phrase (text), or a replacement of a pronoun (map)."""
        parsed = ctx.parsed
        if subj is None:
            return None, {}
        pronoun = subj.pos_ == "PRON" and "PronType=Prs" in str(subj.morph) and "Person=3" in str(subj.morph)
        stand_in = None
        if pronoun:
            if self.is_report(subj.head) and ctx.source and ctx.source.lower() not in self._pronouns:
                stand_in = ctx.source
            elif report is not None and report.i < subj.i and agree(subj, tree.own_subject(report)) and \
                    not number.thing_told(tree.own_subject(report), subj):
                stand_in = teller_text(parsed, report, LENT_SUBJECT_WORDS, lambda s: self.headlines.heads(self.attributions.short(s)))
            else:                           # the named subject right before (:meth:`References.actor`), for the
                opener = ctx.actor if ctx.sentence.split()[:1] == [subj.text] else None     # sentence's opening pronoun
                root = subj.head.dep_ == "ROOT" or subj.head.i == subj.head.head.i
                stand_in = opener if root else None if number.named_between(parsed, subj) else memory.sentence_actor or opener
        if lent:
            return (stand_in or short_phrase(parsed, LENT_SUBJECT_WORDS, subj)), {}
        return None, ({subj.i: stand_in} if stand_in else {})

    def _clause_text(self, ctx: Context, top, pred, excluded: set[int], report, memory: Memory,
                     joined: set[int] = frozenset(), subject_as: str | None = None) -> str | None:
        """The clause of a predicate as a headline's text; None when it would be a fragment (no subject, a bare relative)."""
        parsed = ctx.parsed
        subj, lent = tree.subject_of(top)
        if subj is None or lent and unit_infinitive(top):   # (a figure's unit is no subject: "rose $2.50 a share to close")
            return None
        lent_text, replace = self._subject_text(ctx, subj, lent, report, memory)
        if lent and not lent_text:
            return None
        if subject_as and not lent and subj.i not in replace:
            replace[subj.i] = subject_as    # a reporter cut to its heads
        keep = phrase.clause_tokens(top, excluded, lent, joined)
        if not lent:
            keep |= phrase.name_extent(parsed, subj, keep)
        dateline = self.headlines.words.dateline.compiled.match(ctx.sentence)
        if dateline:
            keep = {i for i in keep if parsed[i].idx >= dateline.end()}
            if not lent and subj.idx < dateline.end():      # "SAN FRANCISCO (AP) — PG&E was set ...":
                subj = next((c for c in subj.children if c.idx >= dateline.end()), None)  # the subject after
                if subj is None:
                    return None
        keep -= phrase.set_off(parsed, keep, top) | matched(parsed, *self._asides)   # (", or 93 cents a share,")
        if not lent:
            keep -= phrase.appositives(subj)
            keep -= phrase.fronted(top, subj, keep)
            if top.i not in keep:
                return None
            if broken_subject(parsed[min(keep)], subj):
                return None                 # "of $167.4 million ended": a subject the parser broke
        rel_replace, after, tail = wording.relative_words(top, pred, keep, excluded,   # "which it acquired"
                                                         lambda t: short_phrase(parsed, LENT_SUBJECT_WORDS, t))
        replace.update(rel_replace)
        if report is not None:
            keep -= tree.span_ids(report) if report.i in keep else set()
        protected = {p.i for p in tree.chain(top, pred)} | {t.i for t in tree.core_tokens(top, pred)}
        if subj is not None and not lent:
            protected.add(subj.i)
        gap = None
        whose = subj is not None and any(c.dep_ == "nmod:poss" and "PronType=Rel" in str(c.morph) for c in subj.children)
        if top.dep_ == "acl:relcl" and tree.relative_of(top) is None and not lent and not whose and \
                not any(c.dep_ == "obj" and c.i not in excluded for c in top.children) and relative_as_head(top) is None:
            gap = antecedent_object(parsed, top, LENT_SUBJECT_WORDS) if subj.pos_ != "PRON" or subj.i in replace \
                else None                   # "the agreement it reached in June": the object, the pronoun named
            if gap is not None:
                after[gap[0]] = gap[1]      # -> "it reached the agreement"
            else:
                lent_text = antecedent_text(parsed, top.head, LENT_SUBJECT_WORDS)    # "Raqqa, the Syrian city it had used ..."
        limit = HEADLINE_MAX_WORDS - (len(lent_text.split()) if lent_text else 0) - (len(gap[1].split()) if gap else 0)
        for k, words_ in replace.items():   # a phrase written in other words counts as those
            limit += phrase.words(parsed, tree.span_ids(parsed[k]) & keep) - len(words_.split())
        if phrase.words(parsed, keep) > limit - len(tail.split()):    # "the eastern city of Deir el-Zour" -> "Deir el-Zour"
            place = matched(parsed, self.headlines.words.place_noun)   # (with its noun goes its protected article)
            keep -= place - {i for i in protected if not (parsed[i].dep_ == "det" and parsed[i].head.i in place)}
        keep = phrase.trim(parsed, keep, protected, limit - len(tail.split()), NAME_SLACK)
        text = wording.finish(parsed, keep, top, subj, lent and bool(lent_text), replace, after, tail)
        return (lent_text + " " + text) if lent_text else text

    def _predicate_event(self, ctx: Context, group: DatingGroup, head, pred, others: set[int],
                         memory: Memory, joined: set[int] = frozenset(), top=None, told: bool = False) -> Event | None:
        """The event of a predicate dated by ``group`` (its ``head``); ``others``: tokens of other dates, left
        out; ``told``: the date is told in the headline (a noun's, not the predicate's own)."""
        sentence, parsed = ctx.sentence, ctx.parsed
        top = top if top is not None else tree.clause_top(pred)
        subject = head.dep_ in tree.SUBJECTS and not any(c.dep_ == "case" for c in head.children)
        dated = set() if subject or told else tree.date_ids(parsed, head, group.start, group.end)
        excluded = dated - ({pred.i} if pred.dep_ == "acl" and pred.i == top.i and head.head.i == pred.i else set()) | others
        own = self.is_report(top)           # "officials announced a deal on Saturday": their report
        if own and not any(c.dep_ in _CONTENTS and c.i not in excluded for c in top.children):
            if not passive_participle(top) and any(t.pos_ in ("VERB", "AUX") and "VerbForm=Fin" in str(t.morph) and
                                                   t.i != top.i and t.dep_ not in _AUX_DEPS for t in parsed):
                raise _Unreadable(sentence, "a report without what it reports")     # (what it reports, misparsed)
            own = False                     # a report of nothing is an act ("Trump tweeted before Election Day", "the deal announced")
        report = top if own else report_over(top, self.is_report)
        source, verb = self._source(ctx, report, top)
        text = self._clause_text(ctx, top, pred, excluded, None if own else report, memory, joined)
        if text is None:
            raise _Unreadable(sentence, "no subject")
        prep, _cut = self.dating.phrase(sentence, _whole(sentence), group)
        relation = Relation.DURING if group.main.type == TimexType.DURATION else self.dating.relation(prep)
        if getattr(when_clause(parsed, group.end), "i", None) == pred.i:
            relation = Relation.ON          # "after last week, when ...": the clause is of that week
        future = is_future(group.main, ctx.doc.published) and not next_day.past_next_day(pred, group.main, ctx.doc.published)
        cores = tree.core_tokens(top, pred)
        core = words_text(cores)
        if group.main.type == TimexType.DURATION and any("Tense=Past" in str(t.morph) for t in cores) and \
                self.modalities.classify(core) != Modality.FORECAST:
            log.debug("dropped: a past period is no look-ahead: %r", sentence)   # "has seen ... in two months"
            return None
        if present_state(pred, head, group.main, ctx.doc.published, self.modalities.words, relation == Relation.ON):
            return None                     # "The plate is really full today": a present state, no happening
        scheduled = future or scheduled_present(pred, group.main, ctx.doc.published, head)
        modality = self.modalities.classify(core, future=scheduled, reporting_verb=verb, features=features_of(cores),
                                            until=relation == Relation.UNTIL,   # "did not sail until Friday": sailed then
                                            reported_ahead=verb is not None and not_past(group.main, ctx.doc.published))
        if not future and modality in (Modality.FACT, Modality.HYPOTHETICAL) and negated_above(top, self._denies, self.is_report) \
                or not future and negated_opinion(top, self.modalities.words.neg_raising) or modality == Modality.FACT and negative_argument(pred, self._cancels, self.dating.planned_for(sentence, group.start)):
            modality = Modality.NEGATED     # "failing to deliver on his vow that Britain would leave ...", "no checks"
        if modality in (Modality.FACT, Modality.FORECAST) and proposed(top, pred, None if own else report, self.modalities.words.proposing) \
                or modality == Modality.FACT and not future and supposed_above(top, self._supposed) or possible_above(top, self.modalities.words.possibility):
            modality = Modality.HYPOTHETICAL    # "suggested pushing back the return to 2028": proposed
        ids = phrase.clause_tokens(top, set(), False)
        start = min(parsed[i].idx for i in ids)
        end = max(parsed[i].idx + len(parsed[i].text) for i in ids)
        if future and not told and not present_copula(pred, cores) and \
                self.dating.told_as_past(sentence, Clause(((start, end),)), prep, group, verb):
            if head.head.i != pred.i and tree.postnominal_adjective(head.head):   # "declared a dividend, payable
                # Dec. 1": the adjective's date, told in the headline
                return self._predicate_event(ctx, group, head, pred, others, memory, joined, top, told=True)
            log.debug("dropped: a past clause dated after publication: %r", sentence[start:end])
            return None
        framed = adjoined_clause(pred, self.dating.words.adjoined_marks, excluded) if frames_only(pred, modality) else None
        if framed is not None and (told_text := self._clause_text(ctx, framed[0], framed[0], excluded | {framed[1].i},
                                                                  None, memory)):   # "were mixed Tuesday after CNBC
            text, pred, dated = told_text, framed[0], set()                       # reported ...": what CNBC reported
            modality = self.modalities.classify(words_text(tree.core_tokens(pred, pred)))
        text = wording.told_past(top, text) if modality in (Modality.FACT, Modality.NEGATED) and not future else text
        headline = self.headlines.compress(text, speaker=ctx.speaker, clause=True)
        if len(headline.split()) == 2 and dated and not bare_participle(pred) and (relation not in _AT or any(
                parsed[i].dep_ == "advmod" and parsed[i].pos_ == "ADV" for i in dated)):   # "Trump tweeted before
            whole = self._clause_text(ctx, top, pred, others, None if own else report, memory, joined)  # Election Day", "It stretches well into 2020"
            headline = self.headlines.compress(whole, speaker=ctx.speaker, clause=True) if whole else headline
        if len(headline.split()) < 2 or len(headline.split()) == 2 and bare_participle(pred) or \
                headline.split()[-1] == pred.text and any(is_complement(c) and c.i not in excluded and c.i > pred.i
                                                          for c in pred.children):
            return None                     # "Gonzalez dated": a participle that only carries the date; "He gets":
                                            # a verb that lost what it takes (not a date the parser made its object)
        off = ctx.span.start
        trigger = (off + pred.idx, off + pred.idx + len(pred.text), pred.text)
        return event_of(ctx.doc, ctx.span, sentence, group.main, headline, when_of(group.main, relation), modality,
                        source, f"tree:{relation.value}", timex_text=sentence[group.start:group.end], trigger=trigger)

    _source = told_by                      # (self, ctx, report, top=None) -> (who says so, with which verb)


__all__ = ["Context", "LENT_SUBJECT_WORDS", "Memory", "TreeEvents", "event_of"]
