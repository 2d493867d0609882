"""What came before a dated happening, told in its "after" clause: "Shares of Home Depot fell Tuesday after the
company cut its full-year sales guidance" tells the fall, of Tuesday, and the cut, before it; "The We Company
announced on Sept. 30 that it was withdrawing its filing, shortly after Neumann stepped down" tells the
stepping down, before Sept. 30.

The host, dated at a point (``on``), is a dated predicate that tells a happening itself (one that only frames, a
copula or a supposition, is :mod:`.adjoined`'s: its clause's happening replaces it), the content of a report
dated by its own day, or the main predicate of a lede telling the day's news ("Shares of Home Depot are dropping
after the company cut ..."). Its adverbial clause
opened by one of the language's ``preceding_marks`` ("after"), with a subject and a past finite verb, no time
expression and no modal of its own (:func:`.adjoined.adjoined_clause`), and no measure before its marker ("two
months after": a time counted from it), is a second event: its own headline and modality, dated ``before`` the
host's time — no more than the sentence says. A clause that holds the host's date after an adverb of closeness
("Trump tweeted soon after the committee concluded its hearings on Tuesday": :func:`.attachment.close_after_host`)
is an event of that date.
"""
from __future__ import annotations

from ..model import Event, Modality, Relation
from . import tree
from .adjoined import adjoined_clause, close_dated_clause, frames_only
from .dating import when_of
from .predicate import words_text
from .record import event_of


#: The rules of the hosts: a dated predicate's, a report's dated by its own day, the day's news of a lede.
HOSTS = frozenset({"tree:on", "reporting-day", "lede-news"})


def preceding_event(trees, ctx, timex, pred, host: Event | None, dated: set[int], memory, timex_text: str = "") -> Event | None:
    """The event of the "after" clause of ``pred``, whose event ``host`` the time expression ``timex`` (written
    ``timex_text``) dates, or None. ``trees``: the language's :class:`.structure.TreeEvents`; ``dated``: the tokens
    of the sentence's dates."""
    marks = trees.dating.words.preceding_marks
    if host is None or pred is None or not marks or host.when.relation != Relation.ON or host.modality != Modality.FACT or \
            frames_only(pred, host.modality) or host.rule not in HOSTS:
        return None
    found, relation = adjoined_clause(pred, marks, dated), Relation.BEFORE
    if found is None:
        found, relation = close_dated_clause(pred, marks, trees.dating.words.close_before, dated), Relation.ON
    if found is None:
        return None
    sub, mark = found
    if any(t.i < mark.i and not t.is_punct and t.pos_ != "ADV" for t in sub.subtree):
        return None                     # "nearly two months after ...": counted from the clause, another time
    text = trees._clause_text(ctx, sub, sub, dated | {mark.i}, None, memory)
    if not text:
        return None
    headline = trees.headlines.compress(text, speaker=ctx.speaker, clause=True)
    if len(headline.split()) < 3:
        return None
    own = trees.modalities.classify(words_text(tree.core_tokens(sub, sub)))
    off = ctx.span.start
    trigger = (off + sub.idx, off + sub.idx + len(sub.text), sub.text)
    return event_of(ctx.doc, ctx.span, ctx.sentence, timex, headline, when_of(timex, relation),
                    own, host.attribution, "tree:after-clause", timex_text=timex_text, trigger=trigger)


__all__ = ["preceding_event"]
