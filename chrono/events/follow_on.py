"""Figures told after a dated figure, with no date of their own: "Norton said net income for the third
quarter fell 6% to $20.6 million. ... Sales rose 8% to $368.5 million."

A report of results names its period once; the sentences that go on giving figures ("Operating profit was
$19.2 million", "Sales rose 8%"), and a market report's further moves after the day's first close ("GM Class
H closed at $29, up 25 cents"), hold no time expression, and a reader dates each by the period of the
figure before it. A sentence is read so (:func:`follow_ons`) when:

- it holds no date or time of its own and the reading gave it no event, it is body text, not a quotation
  or a question, and it holds a figure (the language's ``figure``: "$368.5 million", "8%", "25 cents");
- a fact dated by a period or a day, with a figure in its headline, was told at most :data:`REACH`
  sentences before it (or a follow-on figure of it was);
- its main predicate (a report's content: "the company said sales rose 8%") is a finite past with no
  modal (:func:`_past_predicate`).

A figure of an earlier period told in between is a comparison and the period goes on ("In the year-earlier
quarter, the tax credit was $3.3 million. Sales rose 8%": the quarter's sales; "Last year catastrophe losses
totaled $5 million"); a figure of a later period or of a day starts its own ("In the nine months, ...", the
day's close); any other happening dated in between ends the period, and so does a sentence of no figure.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import timedelta

from ..model import Event, Grain, Modality, Timex, TimexType, When
from ..timevalue import interval
from . import tree
from .parse import parse_one
from .predicate import words_text
from .record import Context, event_of
from .words import words_of

#: The rule name of a follow-on figure's event.
RULE = "follow-on"
#: How many sentences after the dated figure (or its last follow-on) a follow-on may stand.
REACH = 2
_DAY_GRAINS = frozenset({Grain.DAY, Grain.TIME})
#: The grains of the periods a report of results is of: a figure of an earlier one is compared with a later.
_REPORTED_GRAINS = frozenset({Grain.YEAR, Grain.HALF, Grain.SEASON, Grain.QUARTER, Grain.MONTH})
_DAY = timedelta(days=1)
_YEAR = timedelta(days=300)      # (a year before, give or take a period's length)


@dataclass(frozen=True)
class Period:
    """The period (or day) the figures told go on with: its date, and the sentence that last told one."""

    when: When
    at: int


def _is_period(when: When) -> bool:
    return when.granularity in _REPORTED_GRAINS


def _goes_on(when: When) -> bool:
    """Whether figures may go on with a figure dated ``when``: a report's period or a day (not a week, a
    decade, a vague time)."""
    return when.granularity in _REPORTED_GRAINS or when.granularity in _DAY_GRAINS


def _compared(when: When, latest, current: Period | None) -> bool:
    """Whether a figure dated ``when`` compares with a period told before it or beside it: a period over
    before the latest past period told so far begins (``latest``: its start; "the year-earlier quarter",
    "last year" beside the third quarter), or over before the figures' ``current`` period begins and a
    year or more before it ("A year earlier UniFirst earned $2.4 million" after the quarter ended Aug. 26)."""
    if not _is_period(when) or when.end is None:
        return False
    if latest is not None and when.end <= latest:
        return True
    start = current.when.start if current is not None else None
    return start is not None and when.end <= start and when.start is not None and start - when.start >= _YEAR


def _next(current: Period | None, events: list[Event], at: int, figure, latest) -> Period | None:
    """The period after the sentence ``at`` told ``events`` (in their order); ``latest``: :func:`_compared`."""
    for e in events:
        if e.rule == "compared" or _compared(e.when, latest, current):
            continue                    # a figure compared with: the period goes on
        told = figure.search(e.headline) is not None and e.modality == Modality.FACT and _goes_on(e.when)
        current = Period(e.when, at) if told else None
    return current


def _latest(sentences, timexes, published) -> list:
    """For each sentence, the start of the latest past period of a report (a month, a quarter, a year, over
    by ``published``) told up to its end, or None."""
    out, latest, k = [], None, 0
    for span in sentences:
        while k < len(timexes) and timexes[k].start < span.end:
            t = timexes[k]
            k += 1
            span_of = interval(t.value, t.mod) if t.type == TimexType.DATE else None
            if span_of is not None and span_of[2] in _REPORTED_GRAINS and span_of[1] <= published + _DAY:
                latest = span_of[0] if latest is None else max(latest, span_of[0])
        out.append(latest)
    return out


def _past_predicate(parsed, is_report, words, past):
    """The main predicate of a parsed sentence when it tells a figure in a finite past with no modal and is
    no past perfect of the writer's ("Norton and Texas Eastern had each held a 50% stake": before the
    period), its form one of the language's figure verbs (``words``: its ``DatingWords``), its auxiliaries past
    ones (``past``: the language's ``past_auxiliaries``); a report's
    content when its root reports ("The company said sales rose 8%"), with its verb (the copula of "Operating
    profit was $19.2 million"). Else None."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    reported = is_report(root) and (content := tree.content_of(root)) is not None
    pred = content if reported else root
    helpers = [c for c in pred.children if c.dep_ in ("aux", "aux:pass", "cop")]
    finite = [pred] + helpers
    verb = next((c for c in helpers if c.dep_ == "cop"), pred)
    if verb.lower_ not in words.value_verbs | words.stating_verbs | words.figure_verbs:
        return None
    if any(c.dep_ == "aux" and (c.lower_ not in past or "Tense=Past" not in str(c.morph)) for c in helpers):
        return None                     # "will rise", "may have risen", "has risen"
    if not reported and any(c.dep_ == "aux" for c in helpers) and "VerbForm=Part" in str(pred.morph) and \
            "Tense=Past" in str(pred.morph):
        return None                     # a past perfect ("had held"): before the period
    if not any("Tense=Past" in str(t.morph) and "VerbForm=Fin" in str(t.morph) for t in finite) and not (
            not helpers and "Tense=Past" in str(pred.morph) and any(c.dep_ == "nsubj" for c in pred.children)):
        return None                     # (a participle with an active subject and no auxiliary: a past misread)
    return pred, verb


def follow_ons(x, doc, sentences, events: list[Event], timexes, kinds, attrs, sources, handed=None) -> list[Event]:
    """The events of the undated figures that go on with a dated one (see the module), in document order.
    ``x``: the language's :class:`.extract.Extractor`; ``events``: the reading's, in document order;
    ``timexes``: the document's, ordered; ``attrs``: the sentences' attributions, ``sources`` their
    resolver; ``handed``: the reading's parses."""
    words = words_of(x.language)
    figure = words.dating.figure.compiled if words.dating.figure is not None else None
    if figure is None or doc.published is None:
        return []
    amount = words.dating.amount.compiled if words.dating.amount is not None else None
    told, dated = by_sentence(sentences, events, timexes)
    latest = _latest(sentences, timexes, doc.published)
    found: list[Event] = []
    current: Period | None = None
    for i, span in enumerate(sentences):
        if i in told:
            current = _next(current, told[i], i, figure, latest[i])
            continue
        sentence = doc.text[span.start:span.end]
        if current is None or i - current.at > REACH or span.kind not in kinds or i in dated:
            continue
        if figure.search(sentence) is None:
            current = None if i - current.at >= REACH else current
            continue
        if not _is_period(current.when) and amount is not None and amount.search(sentence):
            continue                    # a period's sum after a day's close: not of that day
        event = figure_event(x, doc, span, sentence, current.when, sources.resolve(attrs[i]), words.dating, handed)
        if event is not None:
            found.append(event)
            current = Period(current.when, i)
    return found


def figure_event(x, doc, span, sentence: str, when: When, source, words, handed, rule: str = RULE) -> Event | None:
    """The event of one undated figure sentence dated ``when`` (a follow-on's, or ``rule``'s), or None (``words``:
    the language's ``DatingWords``)."""
    stripped = sentence.strip()
    if not stripped or stripped[0] in "\"“‘'" or "?" in stripped:
        return None
    parsed = parse_one(sentence, x.language, handed)
    past = words_of(x.language).syntax.past_auxiliaries
    found = _past_predicate(parsed, x.trees.is_report, words, past) if parsed is not None else None
    if found is None or any(True for _ in tree.anomalies(parsed)) or tree.two_objects(parsed):
        return None
    pred, verb = found
    subject = tree.subject_of(pred)[0]
    if subject is not None and subject.pos_ not in ("NOUN", "PROPN", "PRON", "NUM", "SYM"):
        return None                     # "sole [subject] publicly traded": a tree no sentence has
    if _is_period(when) and subject is not None and subject.lower_ in words.market_nouns:
        return None                     # "Bethlehem shares rose 50 cents": a day's move, not the quarter's
    return context_event(x, doc, span, sentence, parsed, pred, verb, when, source, rule)


def context_event(x, doc, span, sentence: str, parsed, pred, verb, when: When, source, rule: str) -> Event | None:
    """The event of the predicate ``pred`` (its finite ``verb``) of a sentence with no date of its own, dated
    ``when`` by the text around it: its clause headlined over the parse, its mood its own; None when the
    headline is a fragment without its verb. (Also :mod:`.additions`.)"""
    ctx = Context(doc, span, sentence, parsed, None, source, None, x._speaker(source))
    what, _who = x.trees.clause_at(ctx, pred.idx)
    headline = x.headlines.compress(what) if what else ""
    if len(headline.split()) < 3 or verb.text not in headline.split():
        return None                     # a fragment without its predicate
    modality = x.modalities.classify(words_text(tree.core_tokens(tree.clause_top(pred), pred)))
    timex = Timex(span.start, span.start, "", TimexType.DATE, when.value, rule=rule)
    trigger = (span.start + verb.idx, span.start + verb.idx + len(verb.text), verb.text)
    return event_of(doc, span, sentence, timex, headline, when, modality, source, rule, timex_text="", trigger=trigger)


def by_sentence(sentences, events: list[Event], timexes) -> tuple[dict[int, list[Event]], set[int]]:
    """Which of ``sentences`` told which ``events`` (by index), and which hold a date or a time."""
    starts = [s.start for s in sentences]
    told: dict[int, list[Event]] = {}
    for e in events:
        told.setdefault(bisect_right(starts, e.mentions[0].start) - 1, []).append(e)
    return told, {bisect_right(starts, t.start) - 1 for t in timexes if t.type in (TimexType.DATE, TimexType.TIME)}

__all__ = ["REACH", "RULE", "by_sentence", "context_event", "figure_event", "follow_ons"]
