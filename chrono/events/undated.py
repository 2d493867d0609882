"""The readings made after a story's sentences and ledes were read: undated sentences that the events around
them date — figures going on with a dated one (:mod:`.follow_on`), what an undated lede's actor also did that day
(:mod:`.additions`), a stock's day of trading (:mod:`.market_day`), each reading what the ones before it left."""
from __future__ import annotations

from ..model import Event
from .additions import additions
from .follow_on import follow_ons
from .market_day import market_days


def undated_events(x, doc, sentences, events: list[Event], timexes, kinds, attrs, sources, handed=None) -> list[Event]:
    """The events of a story's undated sentences that the events read so far (``events``, in document order)
    date; the arguments as :func:`.follow_on.follow_ons` takes them."""
    more = follow_ons(x, doc, sentences, events, timexes, kinds, attrs, sources, handed) + \
        additions(x, doc, sentences, events, timexes, kinds, attrs, sources, handed)
    return more + market_days(x, doc, sentences, events + more, timexes, kinds, attrs, sources, handed)


__all__ = ["undated_events"]
