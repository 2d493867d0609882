"""Which time expression dates which clause, and how the event relates to it.

Which time expressions date an event: DATE/TIME values with an interval, the vague values of
:data:`EVENT_VAGUE_VALUES` (FUTURE_REF; with the sentence's tree, the vague times :mod:`.vague` admits:
"recently fended off", "are now beginning to"), and durations after the language's duration prepositions
("within days"). One followed by a genitive ("The fall of the city") heads a noun phrase and dates
nothing, unless what follows is another time expression ("July of that year").

Coordinated time expressions ("today or tomorrow") make one group, dated by the earliest. A clause
with several groups is cut into parts, one a group (:meth:`Dating.split_groups`); a date in the
second of two coordinated predicates of different modality dates that one only
(:meth:`Dating.conjunct_cut`). The preposition before a group gives the relation ("since Friday").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .. import lang
from ..model import Modality, Relation, Timex, TimexType, When
from ..timevalue import interval
from .modality import Modalities
from .syntax import WORD, Clause, Syntax
from .vague import VagueDates
from .words import alternatives, compile_any, stage, words_of

#: Vague DATE values that date an event (a forecast "in the days ahead"). PAST_REF and
#: PRESENT_REF ("recently", "now") say little of when: they date one only where the sentence's tree
#: shows a happening (:mod:`.vague`), and never a sentence read without one.
EVENT_VAGUE_VALUES: frozenset[str] = frozenset({"FUTURE_REF"})

_POINT_TYPES = (TimexType.DATE, TimexType.TIME)


@dataclass(frozen=True)
class DatingGroup:
    """A group of coordinated time expressions of one clause (sentence-relative offsets)."""

    timexes: tuple[Timex, ...]
    main: Timex
    start: int
    end: int


def when_of(timex: Timex, relation: Relation = Relation.ON) -> When:
    """The :class:`When` of a time expression: its value, modifier, interval and grain."""
    span = interval(timex.value, timex.mod) if timex.type in _POINT_TYPES else None
    if span is None:
        return When(timex.value, timex.mod, None, None, None, relation)
    start, end, grain = span
    return When(timex.value, timex.mod, start, end, grain, relation)


def is_future(timex: Timex, published: date | None) -> bool:
    """Whether a time expression lies after the publication date (or is a vague future)."""
    if timex.value in EVENT_VAGUE_VALUES:
        return True
    if timex.type == TimexType.DURATION:
        return True          # only durations after "within"/"in" date events: they look ahead
    span = interval(timex.value, timex.mod)
    return bool(span and published and span[0] > published)


def not_past(timex: Timex, published: date | None) -> bool:
    """Whether a date or time ends after the publication day begins: it holds the day ("today", "this year") or is
    later."""
    span = interval(timex.value, timex.mod) if timex.type in (TimexType.DATE, TimexType.TIME) else None
    return bool(span and published and span[1] > published)


def calendar_days_ahead(groups: "list[DatingGroup]", published: date | None) -> bool:
    """Whether a time expression of the groups is a day of the calendar after the publication date: a
    bare imperative dated so invites to a scheduled occasion ("Visit the show, Oct. 11-21"), where a
    clock time or a vague time does not date one ("Listen live at 12:45 weekdays")."""
    return any(_DAY.match(g.main.value or "") and is_future(g.main, published) for g in groups)


_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _sort_key(t: Timex) -> tuple:
    span = interval(t.value, t.mod)
    return (0, span[0]) if span else (1, date.max)


def clause_text(sentence: str, clause: Clause, cut: tuple[int, int] | None = None) -> str:
    """The text of a clause, without the stretch ``cut`` (a time expression and its preposition)."""
    parts = []
    for a, b in clause.pieces:
        if cut and a <= cut[0] < b:
            parts.append(sentence[a:cut[0]] + " " + sentence[cut[1]:b])
        else:
            parts.append(sentence[a:b])
    return " ".join(parts)


class Dating:
    """Dating clauses by their time expressions, in one language."""

    def __init__(self, language: lang.Language) -> None:
        words = words_of(language)
        w = self.words = words.dating
        self.syntax = stage(Syntax, language)
        self.modalities = stage(Modalities, language)
        self.vague = stage(VagueDates, language)
        self._prepositions = sorted(w.relations, key=lambda p: -len(p))
        self._genitive = compile_any(w.genitives, r"\s*", r"\b\s*", 0)
        self._determiners = frozenset(words.syntax.subject_determiners)
        self._undated = w.undated_vague.compiled if w.undated_vague is not None else None
        self._lookback = w.lookback.compiled if w.lookback is not None else None
        self._address = w.reader_address.compiled if w.reader_address is not None else None
        self._dateline = words.headline.dateline.compiled if words.headline.dateline is not None else None
        self._ranked = w.ranked_possessive.compiled if w.ranked_possessive is not None else None
        self._deadline = compile_any(w.deadline_prepositions, r"\b", r"\s+$")
        self._infinitive = words.headline.infinitive.compiled
        self._stranded = words.headline.stranded_clause.compiled if words.headline.stranded_clause is not None else None
        and_ = alternatives(words.syntax.additive)
        self._part_separator = re.compile(r"(?:,\s*)?\s\b" + and_ + r"\s+|,\s+|;\s+|\s[—–]\s+", re.IGNORECASE)
        self._list_joiner = re.compile(r"^\s*,?\s*$|^\s*,?\s*" + and_ + r"\s*$", re.IGNORECASE)
        self._and_verb = re.compile(r"\s+" + and_ + r"\s+(?=([a-z][\w\-]*)\b)")
        self._report_that = re.compile(r"\b" + alternatives(sorted(words.reporting.verbs)) + r"(?:\s+"   # ("announced
                                       + alternatives(w.point_prepositions) + r"\s+[^,;.\"“”]{1,30}?)?\s+"   # in Washington that")
                                       + alternatives(words.syntax.complementizers) + r"\s+")

    def preposition(self, sentence: str, start: int) -> tuple[str | None, int]:
        """The relation preposition right before ``start`` and where it begins."""
        before = sentence[:start].rstrip()
        low = before.lower()
        for prep in self._prepositions:
            if low.endswith(prep) and (len(low) == len(prep) or not (low[-len(prep) - 1].isalnum() or
                                                                      low[-len(prep) - 1] == "-")):   # "Jae-in"
                return prep, len(before) - len(prep)
        return None, start

    def relation(self, prep: str | None) -> Relation:
        return Relation(self.words.relations.get(prep or "", Relation.ON.value))

    def dates_event(self, timex: Timex, sentence: str, rel_start: int) -> bool:
        if timex.type in _POINT_TYPES:
            if timex.value in EVENT_VAGUE_VALUES and self._undated is not None and self._undated.search(timex.text):
                return False                # "in the future"
            return interval(timex.value, timex.mod) is not None or timex.value in EVENT_VAGUE_VALUES
        if timex.type == TimexType.DURATION:
            if self._lookback is not None and self._lookback.search(timex.text):
                return False                # "in the past two years": a look-back, no look-ahead
            preps = self.words.duration_prepositions
            prep, _ = self.preposition(sentence, rel_start)
            low = sentence[:rel_start].lower().rstrip()
            return prep in preps or any(low.endswith(p) for p in preps)
        return False

    def dating_timexes(self, sentence: str, off: int, timexes: list[Timex], parsed=None) -> tuple[list[Timex], dict[int, int]]:
        """The time expressions of a sentence that date events, and the anchors of those followed by
        a genitive and another time expression (start of the first -> end of the second). A briefing's line
        to its reader (the language's ``reader_address``) dates nothing. With the sentence's tree
        (``parsed``), the vague times that the tree shows dating a happening too ("recently fended off",
        :mod:`.vague`)."""
        if self._address is not None and self._address.search(sentence):
            return [], {}                   # "This is the tech news you need to know this Tuesday": no happening
        out, anchored = self._dating(sentence, off, timexes)
        return (out if parsed is None else self.vague.admitted(parsed, off, timexes, out)), anchored

    def vague_candidates(self, timexes: list[Timex], sentence: str | None = None) -> list[Timex]:
        """The vague times of a sentence that date a happening if its tree shows one (:mod:`.vague`)."""
        return self.vague.candidates(timexes, sentence)

    def _dating(self, sentence: str, off: int, timexes: list[Timex]) -> tuple[list[Timex], dict[int, int]]:
        out: list[Timex] = []
        anchors: set[int] = set()
        anchored: dict[int, int] = {}
        wire = self._dateline.match(sentence) if self._dateline is not None else None
        for t in timexes:
            if t.start in anchors or not self.dates_event(t, sentence, t.start - off):
                continue
            if wire and t.start - off < wire.end():
                continue                    # "BEIJING, March 3 (Xinhua) --": the day it was filed, no happening
            if self._ranked is not None and self._ranked.match(sentence, t.end - off):
                continue                    # "the year's best song": bounds a comparison, dates nothing
            of = self._genitive.match(sentence, t.end - off)
            if of:
                after = next((u for u in timexes if u.start - off == of.end()), None)
                if after is None and (t.type not in _POINT_TYPES or self._determined(sentence, t.start - off, t.text)):
                    continue                # "the fall of the city": a noun phrase, not a date
                if after is None:
                    out.append(t)           # "was accused Wednesday of trying": a complement follows
                    continue
                anchors.add(after.start)
                anchored[t.start] = after.end
            out.append(t)
        return out, anchored

    def _determined(self, sentence: str, start: int, text: str) -> bool:
        """Whether a time expression has a determiner (in it or right before it): only then may it
        head a noun phrase ("the week of the attack")."""
        before = WORD.findall(sentence[max(0, start - 12):start])
        first = WORD.findall(text)[:1]
        return any(w.lower() in self._determiners for w in before[-1:] + first)

    def group(self, sentence: str, offset: int, timexes: list[Timex], anchored: dict[int, int] | None = None
              ) -> list[DatingGroup]:
        """Coordinated time expressions as groups; ``anchored`` maps the start of a time expression to
        the end of the time expression that anchors it ("July of that year")."""
        anchored = anchored or {}
        groups: list[list[Timex]] = []
        coordination = self.words.coordination.compiled
        for t in timexes:
            if groups and coordination.match(sentence[groups[-1][-1].end - offset:t.start - offset]):
                groups[-1].append(t)
            else:
                groups.append([t])
        out = []
        for g in groups:
            main = min(g, key=lambda t: (_sort_key(t), t.start))
            end = max(g[-1].end, anchored.get(g[-1].start, 0))
            out.append(DatingGroup(tuple(g), main, g[0].start - offset, end - offset))
        return out

    def listed(self, sentence: str, group: DatingGroup, published: date | None = None) -> list[DatingGroup]:
        """A list of distinct points of one grain after a point's preposition, joined by commas and a
        last "and" ("won the title in 1994, 1995 and 1997", "played on May 3 and June 9"): one happening
        at each, a group for each (the whole list's span, each its own date); else ``[group]``. Not
        alternatives ("today or tomorrow"), not a range ("from 1994 to 1997", "between 1994 and 1997"), not
        days next to each other ("on Dec. 14 and 15": one occasion), not points either side of publication."""
        ts = group.timexes
        if len(ts) < 2 or any(t.type not in _POINT_TYPES for t in ts) or len({t.value for t in ts}) < len(ts):
            return [group]
        prep, _ = self.preposition(sentence, group.start)
        spans = [interval(t.value, t.mod) for t in ts]
        if prep is None or self.relation(prep) != Relation.ON or None in spans or len({sp[2] for sp in spans}) > 1:
            return [group]
        off = ts[0].start - group.start
        joiners = [sentence[a.end - off:b.start - off] for a, b in zip(ts, ts[1:])]
        if not all(self._list_joiner.match(j) for j in joiners) or not joiners[-1].strip(" ,") or \
                len({is_future(t, published) for t in ts}) > 1:
            return [group]
        ends = sorted((sp[0], sp[1]) for sp in spans)
        if spans[0][2] in ("day", "time") and any((b[0] - a[1]).days < 1 for a, b in zip(ends, ends[1:])):
            return [group]
        return [DatingGroup(ts, t, group.start, group.end) for t in ts]

    def phrase(self, sentence: str, clause: Clause, dating: DatingGroup) -> tuple[str | None, tuple[int, int]]:
        """The relation preposition and the span to cut: preposition + time expressions (+ comma)."""
        prep, start = self.preposition(sentence, dating.start)
        end = dating.end
        piece_start = next((a for a, b in clause.pieces if a <= dating.start < b), clause.start)
        if start < piece_start:
            prep, start = None, dating.start
        possessive = self.syntax.words.possessive.compiled.match(sentence[end:])
        if possessive:
            end += possessive.end()         # "Saturday's attack" -> "attack"
        m = re.match(r"\s*,", sentence[end:])
        if m and not sentence[piece_start:start].strip():
            end += m.end()                  # "In July, US-backed forces ..." -> drop the comma too
        return prep, (start, end)

    def split_groups(self, sentence: str, clause: Clause, groups: list[DatingGroup]):
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
            seps = [m for m in self._part_separator.finditer(sentence, max(prev.end, bounds[-1]), group.start)
                    if not self._joins_prepositions(sentence, m)]
            if not seps:
                continue
            sep = next((m for m in reversed(seps) if self._opens_predicate(sentence, m, group.start)), seps[-1])
            if len(seps) > 1 and sep.group(0).strip() == "," and not sentence[sep.end():group.start].strip():
                sep = seps[-2]              # "a lunch, Dec. 3, and a dinner, Dec. 4": a comma sets a date after its phrase
            bounds += [sep.start(), sep.end()]
            kept.append(group)
        bounds.append(clause.end)
        parts = []
        for k in range(len(kept)):
            lo, hi = bounds[2 * k], bounds[2 * k + 1]
            pieces = tuple((max(a, lo), min(b, hi)) for a, b in clause.pieces if a < hi and b > lo)
            parts.append(Clause(pieces))
        syntax = self.syntax
        subject = syntax.subject(sentence, parts[0])
        head = syntax.head(sentence, parts[0])

        def lend(part: Clause) -> str | None:
            words = list(WORD.finditer(sentence, part.start, part.end))
            if words and words[0].group(0).islower() and syntax.is_verb_form(words[0].group(0)):
                return subject
            opened = self._infinitive.match(" " + sentence[part.start:part.end].lstrip())
            first = self._infinitive.search(parts[0].text(sentence))
            if opened and first and head:   # "... and to establish a presence": "Artemis aims" to establish
                return parts[0].text(sentence)[:first.start()].strip() or None
            if head and not any(syntax.is_verb_form(w.group(0)) for w in words):
                return head
            return None

        return [(part, group, lend(part) if k else None) for k, (part, group) in enumerate(zip(parts, kept))]

    def stranded(self, headline: str) -> bool:
        """Whether a headline ends in a clause cut after its subject ("What matters most is that Elian"; the
        language's ``stranded_clause``): a fragment."""
        return self._stranded is not None and self._stranded.search(headline) is not None

    def is_subject(self, sentence: str, dating: DatingGroup) -> bool:
        """Whether a time expression opens its clause before an auxiliary, its subject ("2020 will be about getting
        these services ..."): the headline keeps it."""
        after = sentence[dating.end:].split(None, 1)[:1]
        return bool(after) and after[0] in self.syntax.words.auxiliaries and \
            sentence[:dating.start].rstrip()[-1:] in ("", ",", '"', "“", ":")

    def _opens_predicate(self, sentence: str, sep, end: int) -> bool:
        """Whether what follows a conjunction up to ``end`` opens with an infinitive ("... by 2024 and to establish
        a long-term, sustainable presence by 2028": the part opens at "and", not at the comma)."""
        return "," not in sep.group(0) and self._infinitive.match(" " + sentence[sep.end():end]) is not None

    def _joins_prepositions(self, sentence: str, sep) -> bool:
        """Whether a separator is a conjunction between a preposition and the word after it, no verb: "a
        presence on and around the moon" is one phrase, no clause ends at "on"."""
        before = sentence[:sep.start()].split()[-1:]
        after = WORD.match(sentence, sep.end())
        return bool(before) and "," not in sep.group(0) and before[0].lower() in self._prepositions and \
            after is not None and not self.syntax.is_verb_form(after.group(0))

    def conjunct_cut(self, sentence: str, clause: Clause, group: DatingGroup) -> tuple[Clause, str | None] | None:
        """The second of two coordinated predicates, when the date stands in it and the first says
        something of another kind: "Odinga refused to accept the result and took his case to the
        court on August 18" -> ("took his case to the court on August 18", "Odinga"). The date is the
        second predicate's; the first's negation (or forecast) is not. Also what a report inside an adverbial says
        when the date stands in it (:meth:`_content_cut`)."""
        content = self._content_cut(sentence, clause, group)
        if content is not None:
            return content, None
        syntax = self.syntax
        found = [m for m in self._and_verb.finditer(sentence, clause.start, group.start)
                 if syntax.is_verb_form(m.group(1)) and m.group(1) not in syntax.words.auxiliaries]
        if not found:
            return None
        m = found[-1]
        left = Clause(tuple((a, min(b, m.start())) for a, b in clause.pieces if a < m.start()))
        right = Clause(tuple((max(a, m.end()), b) for a, b in clause.pieces if b > m.end()))
        if not left.pieces or not right.pieces or not syntax.has_verb(left.text(sentence)):
            return None
        if self.modalities.classify(left.text(sentence)) == self.modalities.classify(right.text(sentence)):
            return None
        subject = syntax.subject(sentence, left)
        return (right, subject) if subject else None

    def _content_cut(self, sentence: str, clause: Clause, group: DatingGroup) -> Clause | None:
        """What a report set inside another clause's adverbial says, when the date stands in it: "Castro's statement
        came less than an hour after Craig announced in Washington that the father would be traveling Thursday" ->
        "the father would be traveling Thursday" (the main clause is not of Thursday)."""
        found = [m for m in self._report_that.finditer(sentence, clause.start, group.start)]
        if not found or not self.syntax.has_verb(sentence[clause.start:found[-1].start()]):
            return None
        cut = found[-1].end()
        pieces = tuple((max(a, cut), b) for a, b in clause.pieces if b > cut)
        return Clause(pieces) if pieces else None

    def told_as_past(self, sentence: str, clause: Clause, prep: str | None, dating: DatingGroup,
                     reporting_verb: str | None) -> bool:
        """Whether a clause dated after publication is told as the past ("The US began airstrikes on
        8 August" in July; "Three years later, forces have raised their flag" with nothing to count
        from): the date is then wrong, and a wrong date is worse than none. A clause with a forecast
        cue, a deadline ("postponed to", "by", "until") or a reporting verb that predicts is not."""
        if dating.main.type not in _POINT_TYPES or dating.main.value in EVENT_VAGUE_VALUES:
            return False
        if (prep is not None and prep not in self.words.point_prepositions) or \
                self._deadline.search(sentence, 0, dating.start):
            return False
        text = clause_text(sentence, clause)
        if self.modalities.classify(text, reporting_verb=reporting_verb) not in (Modality.FACT, Modality.NEGATED):
            return False
        if self._of_infinitive(sentence[clause.start:dating.start]):
            return False                    # "were eligible ... to land that cargo on the moon next year"
        words = [w for w in WORD.findall(text) if w.islower()]
        verb = next((w for w in words if self.syntax.is_verb_form(w)), None)
        syntax = self.syntax.words
        return verb is not None and (verb in syntax.past_auxiliaries or verb not in syntax.auxiliaries)

    def planned_for(self, sentence: str, start: int) -> bool:
        """Whether the time expression at ``start`` follows a deadline's preposition ("planned for")."""
        return self._deadline.search(sentence, 0, start) is not None

    def _of_infinitive(self, before: str) -> bool:
        """Whether the text before a date ends in an infinitive and its complements (no verb form
        after the infinitive's own): the date is the infinitive's, a plan of the clause's time."""
        found = list(self._infinitive.finditer(before))
        if not found:
            return False
        words = [w for w in WORD.findall(before[found[-1].end() - 1:]) if w.islower()][1:]
        return not any(self.syntax.is_verb_form(w) for w in words)


__all__ = ["Dating", "DatingGroup", "EVENT_VAGUE_VALUES", "calendar_days_ahead", "clause_text", "is_future", "when_of"]
