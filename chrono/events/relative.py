"""Times given relative to another event: "a day after the swap", "two weeks before the vote".

A duration the tagger found ("a day", ``P1D``) that is followed by an *after*/*before* preposition
of the language (:class:`chrono.lang.events.DatingWords` ``relations``) and a noun names a time
relative to a happening. When an earlier event of the article is that happening — its trigger and
the noun share their stem: "swap" / "swapped", "attack" / "attacked" — and is dated to a day, the
phrase is a date: that day plus or minus the duration. It then dates its clause like any other date.
When no trigger shares the noun's stem, the phrase up to the clause's end ("after clinching the doubles
title in the ATP Finals") names the latest earlier day-dated event whose sentence shares two of its
content words, a name among them; a happening the article tells only later is looked for in a second
reading (:meth:`.extract.Extractor.extract`). Durations in days, weeks and hours are resolved; "hours
after" keeps the day.

Two more counts from a date the tagger does not know (:meth:`RelativeDates.story_dates`,
:meth:`RelativeDates.from_today`): "Two days later", "the following day" (the language's
``story_offset``), counted by the tagger from the publication day, count from the story's last date;
and "This comes less than a week after Bloomberg reported ..." dates the reported clause by the day's
news, the publication day less the duration.

A sentence with no date of its own that tells what followed the story's last happening, or stood at its
time ("Afterwards, the team gave its first impressions", "The doctor subsequently prescribed steroids",
"In a post at the time she called it ...", "Hours later, ..."; the language's ``sequel``), is dated by
the latest earlier factual event (:meth:`RelativeDates.sequel`, :func:`story_anchor`).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from .. import lang
from ..model import AnchorKind, Event, Modality, Relation, Timex, TimexType
from ..timevalue import add_months, interval
from .around import MIN_STEM as _MIN_STEM, around_event, dated_noun, same_stem as _same_stem
from .counting import clock_before as _clock_before, count as _count, from_date as _from_date, shift, told_in_clause
from .syntax import Syntax
from .words import stage, words_of

_YEARS = re.compile(r"^P(\d+)Y$")
_MONTHS = re.compile(r"^P(\d+)M$")
_WORD = re.compile(r"[\w'’\-]+")
#: The shortest noun that may name an earlier event by its stem.
MIN_STEM = _MIN_STEM
_DAY = timedelta(days=1)
#: Grains, finest first: a count in days needs an anchor dated to a day.
_FINENESS = {"time": 0, "day": 1, "week": 2, "month": 3, "quarter": 4, "half": 4, "season": 4, "year": 5}
#: How many content words a phrase and an earlier event's sentence share when it names that event.
SHARED_WORDS = 2
_CLAUSE_END = re.compile(r"[,;:.!?—–]")
_CLAUSE_BREAK = re.compile(r"[,;:!?—–]")
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]?\s")
#: One or two more lowercase words that end a clause after a noun: its compound ("the press conference.").
_COMPOUND_TAIL = re.compile(r"(?:\s+[a-z][\w\-]*){1,2}(?=\s*(?:[,;:.!?—–]|$))")
#: Events that date no sequel: the day's news of an undated lede, a noun phrase's date.
_NO_ANCHOR = frozenset({"lede-news", "nominal"})


class RelativeDates:
    """Times relative to earlier events, in one language."""

    def __init__(self, language: lang.Language) -> None:
        relations = words_of(language).dating.relations
        wanted = (Relation.AFTER.value, Relation.BEFORE.value)
        self._directions = {p: r for p, r in relations.items() if r in wanted and " " not in p}
        dating = words_of(language).dating

        def compiled(pattern):          # a pattern of the language's, or None when it has none
            return pattern.compiled if pattern is not None else None
        self._story, self._soon, self._sequel = (compiled(p) for p in (dating.story_offset, dating.soon_relative, dating.sequel))
        self._step = compiled(dating.date_step)
        self._verb = stage(Syntax, language).is_verb_form
        self._nouns = dating.event_nouns
        self._same, self._clause = compiled(dating.same_time), compiled(dating.anchor_clause)
        self._vague_future = compiled(dating.vague_future)
        merge = words_of(language).merge
        self._stopwords, self._stemming = merge.stopwords, merge.stemming

    def soon(self, sentence: str, off: int, earlier: Sequence[Event], text: str,
             timexes: Sequence[Timex] | None = None) -> list[Timex]:
        """Dates named by "shortly after the arrest": the date of the latest earlier event whose
        trigger shares the noun's stem, whatever its grain (the sentence needs no time expression).
        A sentence without a date of its own (no date or time among ``timexes``) told as what followed the
        story's last happening, or at its time, is dated by it (:meth:`sequel`)."""
        if timexes is not None and not any(t.type in (TimexType.DATE, TimexType.TIME) for t in timexes):
            found = self.sequel(sentence, off, earlier, text) or self.vague_future(sentence, off, text)
            if found:
                return found
        out = told_in_clause(self._clause, self._nouns, self._anchor_when, sentence, off, earlier, text)
        for m in self._soon.finditer(sentence) if self._soon is not None else ():
            noun = m.group("noun")
            when = self._anchor_when(noun, earlier, self._nouns.get(noun.lower(), ())) \
                or _told_before(noun, text, off, earlier)
            value = when.value if when is not None else None
            if value is not None and m.groupdict().get("step"):     # "the day after his death": the next day
                after = self._directions.get(m.group("dir").lower()) == Relation.AFTER.value
                day = when.start if when.end is not None and when.end - when.start == _DAY else None
                value = (day + (_DAY if after else -_DAY)).isoformat() if day else None
            if value is not None:      # the noun's compound to the clause's end: "after the press conference."
                tail = _COMPOUND_TAIL.match(sentence, m.end())
                start, end = off + m.start(), off + (tail.end() if tail else m.end())
                out.append(Timex(start, end, text[start:end], TimexType.DATE, value, rule="relative-event"))
        return out

    def sequel(self, sentence: str, off: int, earlier: Sequence[Event], text: str) -> list[Timex]:
        """The date of what follows the story's last happening, or stood at its time, in a sentence
        with no date of its own: "Afterwards, the team gave its first impressions", "The doctor
        subsequently prescribed steroids", "In a post at the time she called it the worst case" (the
        language's ``sequel``; its ``verb`` group, when it has one, a past form; its ``day`` group needs
        a happening dated to a day: "hours later"). The connective, as a time expression of the value of
        the latest earlier factual event dated by the text (:func:`story_anchor`); none when no such
        event was told."""
        m = self._sequel.search(sentence) if self._sequel is not None else None
        if m is not None and m.groupdict().get("verb") and not self._verb(m.group("verb")):
            return []               # "subsequently the team": the adverb of no verb
        if m is not None and m.groupdict().get("also"):
            anchor = _previous_step(sentence[:m.start()], off, earlier, text, self._stopwords)
        else:
            anchor = story_anchor(earlier, bool(m.groupdict().get("day"))) if m is not None else None
        if anchor is None:
            return []
        said = m.group(0).strip()
        a = off + m.start() + m.group(0).index(said)
        b = a + len(said)
        return [Timex(a, b, text[a:b], TimexType.DATE, anchor.value, rule="relative-event")]

    def vague_future(self, sentence: str, off: int, text: str) -> list[Timex]:
        """A vague time ahead next to a modal ("prosecutors may soon seek an indictment"; the language's
        ``vague_future``) in a sentence with no date of its own: a FUTURE_REF time expression of its words."""
        m = self._vague_future.search(sentence) if self._vague_future is not None else None
        if m is None:
            return []
        a, b = m.span("when") if m.group("when") else m.span("when2")
        return [Timex(off + a, off + b, text[off + a:off + b], TimexType.DATE, "FUTURE_REF", rule="relative-event")]

    def counts_from(self, sentence: str, off: int, timexes: Sequence[Timex]) -> bool:
        """Whether a duration of the sentence counts from a happening ("two days after clinching ...")."""
        for t in timexes:
            rest = _WORD.findall(sentence[t.end - off:t.end - off + 60]) if t.type == TimexType.DURATION else []
            if len(rest) >= 2 and rest[0].lower() in self._directions and shift(t.value) is not None:
                return True
        return False

    def story_dates(self, timexes: Sequence[Timex], earlier: Sequence[Event], published: date | None) -> list[Timex]:
        """Times counted from the story's last date that the tagger counted from the publication day
        ("The army attacked on Monday. Two days later, ..."): the same count from the date of the
        latest earlier event (or earlier time expression of the sentence) dated at that grain or finer."""
        out: list[Timex] = []
        if self._story is None or published is None:
            return out
        for k, t in enumerate(timexes):
            same = self._same is not None and self._same.search(t.text) is not None     # "that same day"
            if t.type != TimexType.DATE or t.anchor is None or t.anchor.kind != AnchorKind.DCT or \
                    not (same or self._story.search(t.text)):
                continue
            span = interval(t.value)
            if span is None:
                continue
            told = next((e.when for e in reversed(earlier) if e.when.start and e.rule not in _NO_ANCHOR), None) if same else None
            if same:                        # "last October ... that same day": the month; a day is the tagger's
                if told is not None and _FINENESS.get(told.granularity.value, 9) > _FINENESS.get(span[2].value, -1):
                    out.append(replace(t, value=told.value, mod=told.mod, rule="relative-event"))
                continue
            dated = [interval(u.value, u.mod) for u in reversed(timexes[:k]) if u.type == TimexType.DATE]
            dated = [(d[0], d[2]) for d in dated if d is not None]
            dated += [(e.when.start, e.when.granularity) for e in reversed(earlier) if e.when.start and e.rule != "lede-news"]
            anchor = next((day for day, grain in dated if _FINENESS.get(grain.value, 9) <= _FINENESS.get(span[2].value, -1)),
                          None)
            value = _count(t.value, span[2].value, published, anchor) if anchor else None
            if value and value != t.value:
                out.append(replace(t, value=value, mod=None, rule="relative-event"))
        return out

    def from_today(self, sentence: str, off: int, timexes: Sequence[Timex], published: date | None,
                   has_verb, earlier: Sequence[Event] = ()) -> tuple[Timex, str] | None:
        """A happening counted from the day's news ("This comes less than a week after Bloomberg
        reported WeWork is the subject of an SEC inquiry"): a sentence whose main clause has no past or
        perfect (``has_verb``: no verb form the language's patterns know) before a duration, then
        "after"/"before" and a clause with a verb. The clause, dated by the publication day less (or
        plus) the duration: a day for days, the ISO week for weeks or a duration that is not exact. A
        main clause with a verb counts from its own happening when the article told it earlier
        (``earlier``; :meth:`_from_told`): "The map was created seven years before NASA is set to
        launch its Dragonfly mission" dates the launch seven years after the map's day."""
        if published is None:
            return None
        for t in timexes:
            delta = shift(t.value) if t.type == TimexType.DURATION else None
            rest = sentence[t.end - off:]
            words = _WORD.findall(rest[:40])
            years = t.type == TimexType.DURATION and _YEARS.match(t.value)
            months = t.type == TimexType.DURATION and _MONTHS.match(t.value)    # "barely a month after X suspended ..."
            if not (delta or years or months) or not words or words[0].lower() not in self._directions:
                continue
            clause = _CLAUSE_BREAK.split(rest[rest.index(words[0]) + len(words[0]):], 1)[0].strip().rstrip(".")
            if len(clause.split()) < 3 or not has_verb(clause):
                continue
            after = self._directions[words[0].lower()] == Relation.AFTER.value
            main = sentence[:t.start - off]
            if has_verb(main):              # "The map was created seven years before NASA is set to launch ...":
                value = self._from_told(main, t, after, earlier)     # counted from the map's date
            elif delta:
                day = published - delta if after else published + delta
                week = t.value.endswith("W") or t.mod is not None
                value = "{}-W{:02d}".format(*day.isocalendar()[:2]) if week else day.isoformat()
            elif months:                    # the month so many months back (or ahead)
                value = add_months(published, (-1 if after else 1) * int(months.group(1))).isoformat()[:7]
            else:
                value = None
            if value is None:
                continue
            at = t.end + rest.index(words[0]) + len(words[0])
            return replace(t, end=at, text=sentence[t.start - off:at - off], type=TimexType.DATE, value=value,
                           mod=None, rule="relative-event"), clause
        return None

    def _from_told(self, main: str, t: Timex, after: bool, earlier: Sequence[Event]) -> str | None:
        """The date of the clause after "before"/"after" counted from the main clause's happening, told
        earlier in the article (the latest dated event whose headline shares a content word with it), at the
        duration's grain: years give a year."""
        stems = self._content(main)[0]
        told = next((e.when.start for e in reversed(earlier) if e.when.start and e.rule != "lede-news"
                     and stems & self._content(e.headline)[0]), None)
        if told is None:
            return None
        years = _YEARS.match(t.value)
        sign = -1 if after else 1
        if years:
            return str(told.year + sign * int(years.group(1)))
        return (told + sign * shift(t.value)).isoformat()

    def resolve(self, sentence: str, off: int, timexes: Sequence[Timex], earlier: Sequence[Event],
                text: str, published: date | None = None) -> list[Timex]:
        """Dates for the durations of a sentence that count from an earlier event, and for the times
        counted from the story's last date (:meth:`story_dates`) or from a date told after them (:meth:`from_date`);
        ``text`` is the document's, ``off`` where the sentence starts in it."""
        from_dates = self.from_date(sentence, off, timexes, text)
        out = self.story_dates(timexes, earlier, published) + from_dates
        counted = {t.start for t in from_dates}     # (a count from a date is no count from an event as well)
        for t in timexes:
            if t.start in counted:
                continue
            around = around_event(sentence[t.end - off:t.end - off + 60], t, earlier, self._directions,
                                  self._nouns, self._anchor_when)
            if around is not None:
                out.append(around)
            if t.type != TimexType.DURATION:
                continue
            delta = shift(t.value)
            rest = _WORD.findall(sentence[t.end - off:t.end - off + 60])
            if delta is None or len(rest) < 2 or rest[0].lower() not in self._directions:
                continue
            direction = self._directions[rest[0].lower()]
            noun = next((w for w in rest[1:4] if len(w) >= MIN_STEM), None)
            anchor = self._anchor(noun, earlier, self._nouns.get(noun.lower(), ())) if noun else None
            end = t.end + sentence[t.end - off:].index(noun) + len(noun) if noun else t.end
            if anchor is None and noun:     # "Two days after clinching the doubles title in the ATP Finals"
                named = _CLAUSE_END.split(sentence[t.end - off:], 1)[0].rstrip()
                anchor = self._anchor_by_words(named, earlier)
                end = t.end + len(named)    # the whole phrase names the happening
            if anchor is None:
                continue
            day = anchor + delta if direction == Relation.AFTER.value else anchor - delta
            clock = _clock_before(t, timexes, text)     # "at 6 a.m. ten days before the shooting"
            begin, value = (clock.start, f"{day.isoformat()}T{clock.value.split('T')[1]}") if clock \
                else (t.start, day.isoformat())
            out.append(replace(t, start=begin, end=end, text=text[begin:end], type=TimexType.DATE, value=value,
                               mod=None, rule="relative-event"))
        return out

    def from_date(self, sentence: str, off: int, timexes: Sequence[Timex], text: str) -> list[Timex]:
        """Dates counted from a date told right after "after"/"before" (:func:`.counting.from_date`)."""
        return _from_date(sentence, off, timexes, text, self._step, self._directions, self._stopwords)

    def _content(self, text: str) -> tuple[set[str], set[str]]:
        """The content stems of a text, and those of its capitalised words (names)."""
        stems, names = set(), set()
        for w in _WORD.findall(text):
            low = w.lower()
            for clitic in self._stemming.clitics:
                low = low.removesuffix(clitic)
            if low in self._stopwords or len(low) < 3 or low.isdigit():
                continue
            for suffix in self._stemming.suffixes:
                if len(low) > len(suffix) + self._stemming.min_rest and low.endswith(suffix):
                    low = low[:-len(suffix)]
                    break
            stems.add(low[:self._stemming.length])
            if w[:1].isupper():
                names.add(low[:self._stemming.length])
        return stems, names

    def _anchor_by_words(self, phrase: str, earlier: Sequence[Event]) -> date | None:
        """The day of the latest earlier event, dated to a day, whose sentence shares with the phrase
        after "after"/"before" :data:`SHARED_WORDS` content words, a name among them ("after clinching
        the doubles title in the ATP Finals" / "... at the ATP Finals, where they defeated ... on Sunday")."""
        stems, names = self._content(phrase)
        if not names:
            return None
        for e in reversed(earlier):
            w = e.when
            if not (w.start and w.end and w.end - w.start == _DAY) or e.rule == "lede-news":
                continue
            shared = stems & self._content(e.text)[0]
            if len(shared) >= SHARED_WORDS and shared & names:
                return w.start
        return None

    @staticmethod
    def _anchor_when(noun: str, earlier: Sequence[Event], stems: Sequence[str] = ()):
        """The :class:`When` of the latest earlier dated event whose trigger (or, without one, a word of
        its headline) shares the noun's stem, or starts with one of ``stems`` (the words of another stem that tell the noun's happening: "death"
        -> "kill")."""
        for e in reversed(earlier):
            told = [e.trigger[2].lower()] if e.trigger else [w.lower() for w in _WORD.findall(e.headline)]
            named = any(_same_stem(noun, w) or any(w.startswith(s) for s in stems) for w in told)
            if named and e.when.start and not e.when.mod:
                return e.when
        return None

    @staticmethod
    def _anchor(noun: str, earlier: Sequence[Event], stems: Sequence[str] = ()) -> date | None:
        """The day of the latest earlier event, dated to a day or finer, whose trigger shares the noun's
        stem or starts with one of ``stems`` (the words of its kind: "the shooting" / "was slain")."""
        for e in reversed(earlier):
            w = e.when
            names = [e.trigger[2].lower()] if e.trigger else [n.lower() for n in _WORD.findall(e.headline)]
            named = any(_same_stem(noun, n) or n.startswith(tuple(stems)) for n in names) if stems \
                else any(_same_stem(noun, n) for n in names)
            if named and w.start and w.end and w.end - w.start <= _DAY:
                return w.start
        return dated_noun(noun, earlier, stems)


def story_anchor(earlier: Sequence[Event], day: bool = False):
    """The :class:`When` of the story's last happening: the latest earlier event told as a fact and
    dated by a time expression of the text to a known interval (not the day's news of an undated lede,
    not a noun phrase's date, not "now"); with ``day``, the latest dated to a day or finer."""
    for e in reversed(earlier):
        w = e.when
        fine = not day or (w.granularity is not None and _FINENESS.get(w.granularity.value, 9) <= _FINENESS["day"])
        if e.modality == Modality.FACT and e.rule not in _NO_ANCHOR and w.start is not None and fine:
            return w
    return None


def _previous_step(before: str, off: int, earlier: Sequence[Event], text: str, stopwords=frozenset()):
    """The :class:`When` of the happening a sentence's "also" adds to ("Freeh assigned more agents this
    week. Freeh also ordered ..."): the last event, a fact dated by the text, of the sentence right
    before (no sentence end between its mention and ``off``), told of the same actor (a name of the
    subject, ``before``: the sentence up to "also", is in its headline; a capitalised stopword, "The", names
    no one); None when "also" stands in a clause set off by a comma, or the sentence before told no such event."""
    if _CLAUSE_BREAK.search(before) or not earlier:
        return None
    e = earlier[-1]
    names = {w for w in _WORD.findall(before) if w[:1].isupper() and len(w) >= 3 and w.lower() not in stopwords}
    if not names & set(_WORD.findall(e.headline)):
        return None                 # not the same actor: "Grisham also accused ..." after a witness's words
    if len(_SENTENCE_END.findall(text[e.mentions[0].end:off].strip() + " ")) > 1:
        return None                 # a sentence told in between
    ok = e.modality == Modality.FACT and e.rule not in _NO_ANCHOR and e.when.start is not None
    return e.when if ok else None


def _told_before(noun: str, text: str, off: int, earlier: Sequence[Event]):
    """The :class:`When` of the story's last day-dated happening (:func:`story_anchor`) for "immediately
    after the press conference" when no event's trigger names the noun but the text told of it before
    (the definite noun points back to a happening of the story's current day: "said Freeh at a press
    conference ... Freeh flew to Washington immediately after the press conference"); None otherwise."""
    told = re.search(r"\b" + re.escape(noun) + r"\b", text[:off], re.IGNORECASE)
    return story_anchor(earlier, True) if told else None


def relative_dates(sentence: str, off: int, timexes: Sequence[Timex], earlier: Sequence[Event], text: str,
                   language: lang.Language | str | None = None) -> list[Timex]:
    """Dates for the durations of a sentence that count from an earlier event (:class:`RelativeDates`)."""
    return stage(RelativeDates, language).resolve(sentence, off, timexes, earlier, text)


def told_sequels(found: Sequence[Event], timexes: Sequence[Timex], published: date | None = None) -> list[Event]:
    """The events of a sentence but a forecast or a supposition dated by the time of another, past happening (a
    relative-event time expression of ``timexes``: a connective of :meth:`RelativeDates.sequel`, "shortly after
    the arrest"): "Then, with help from tuft cells, the body can fight off the invaders" tells what follows
    from it, no later happening of the story; a forecast after a happening still to come ("soon after next week's
    vote, the bill will go to the Senate") stays."""
    dated = {(r.start, r.end) for r in timexes if r.rule == "relative-event" and not r.value.endswith("_REF")
             and not ((span := interval(r.value, r.mod)) and published and span[0] > published)}
    return [e for e in found if not (e.modality in (Modality.FORECAST, Modality.HYPOTHETICAL) and
                                     (e.mentions[0].timex_start, e.mentions[0].timex_end) in dated)]


__all__ = ["MIN_STEM", "SHARED_WORDS", "RelativeDates", "relative_dates", "shift", "told_sequels"]
