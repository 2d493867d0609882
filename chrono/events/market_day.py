"""A stock's day of trading told with no date: "Primerica closed at $28.25, down 50 cents."

A business story tells how the stocks it names traded on the story's trading day, often with no time expression
("Courtaulds' shares rose 15 pence to 362 pence", "In New York Stock Exchange composite trading, Kimberly-Clark
closed at $66.50 a share, up $1.50"). A reader dates such a move by that day: the day of another close the story
dates ("Williams shares ... closed yesterday at $23.25"), and when it dates none, the day of the story's news (its
undated lede's day, :mod:`.lede`, or the publication day). :mod:`.follow_on` dates the moves right after a dated
figure; this module the others (:func:`market_days`), when:

- the sentence holds no date or time and the reading gave it no event; it is body text, not a quotation or a
  question;
- it holds a figure and one of the language's ``market_close`` phrases ("closed at $29", "to close at",
  "composite trading", "on the New York Stock Exchange");
- its main predicate tells the figure in a finite past with no modal (:func:`.follow_on.figure_event`).
"""
from __future__ import annotations

from ..model import Event, Grain, Modality, Timex, TimexType
from .dating import when_of
from .follow_on import by_sentence, figure_event
from .lede import RULE as LEDE_RULE
from .words import words_of

#: The rule name of such an event.
RULE = "market-day"
_DAYS = frozenset({Grain.DAY, Grain.TIME})


def _closes(events: dict[int, list[Event]], close, published) -> list[tuple[int, object]]:
    """The dated closes of the story: (sentence index, the day) of each fact of a day, not after ``published``,
    whose sentence tells a close."""
    return sorted((i, e.when) for i, told in events.items() for e in told
                  if e.modality == Modality.FACT and e.when.granularity in _DAYS and e.when.start is not None and
                  e.when.start <= published and close.search(e.text or "") and e.rule != LEDE_RULE)


def _day(closes, i: int, fallback):
    """The day of the dated close nearest before sentence ``i`` (else after it), or ``fallback``."""
    before = [w for k, w in closes if k < i]
    after = [w for k, w in closes if k > i]
    return before[-1] if before else after[0] if after else fallback


def market_days(x, doc, sentences, events: list[Event], timexes, kinds, attrs, sources, handed=None) -> list[Event]:
    """The events of the undated stock moves of a story (see the module), in document order. ``x``: the
    language's :class:`.extract.Extractor`; ``events``: the reading's so far; ``timexes``: the document's,
    ordered; ``attrs``: the sentences' attributions, ``sources`` their resolver; ``handed``: the reading's parses."""
    words = words_of(x.language).dating
    close, figure = words.market_close, words.figure
    if close is None or figure is None or doc.published is None:
        return []
    close, figure = close.compiled, figure.compiled
    told, dated = by_sentence(sentences, events, timexes)
    closes = _closes(told, close, doc.published)
    lede = next((e for e in events if e.rule == LEDE_RULE), None)
    fallback = lede.when if lede is not None else when_of(Timex(0, 0, "", TimexType.DATE, doc.published.isoformat(), rule=RULE))
    found: list[Event] = []
    for i, span in enumerate(sentences):
        if i in told or i in dated or span.kind not in kinds:
            continue
        sentence = doc.text[span.start:span.end]
        if close.search(sentence) is None or figure.search(sentence) is None:
            continue
        event = figure_event(x, doc, span, sentence, _day(closes, i, fallback), sources.resolve(attrs[i]), words,
                             handed, RULE)
        if event is not None:
            found.append(event)
    return found


__all__ = ["RULE", "market_days"]
