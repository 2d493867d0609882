"""Events and event–time links of chrono scored against the EVENT and TLINK annotation of TimeML gold.

What is measured, per document whose gold has EVENT tags (the counts summed over documents):

* **Event extents.** chrono's events are scored by their triggers (the predicate's head); events
  without a trigger have no extent and are only counted; two events on one trigger are one extent.
  Each gold EVENT pairs with at most one trigger, as timexes do: *strict* is the exact extent,
  *relaxed* any overlap. chrono only extracts events that a time expression dates, so recall against
  every gold EVENT (every verb, noun and state TimeML marks) is low by design. The *dated* rows keep
  the gold events with a TLINK to a TIMEX3 of the text (the ones a chronology is about): their recall,
  and the share of chrono's extents that fall on one of them.
* **Event–time links.** Gold: the TLINKs between an EVENT and a TIMEX3 of the text, either direction,
  any relType (BEFORE, AFTER, BEGUN_BY, ... locate an event in time as much as IS_INCLUDED does, and
  chrono dates events by such relations too); links to the DCT are left out, since chrono dates events
  by the time expressions of their text. chrono's link of an event is (its trigger, the time expression
  that dates it). A chrono link is right when its trigger overlaps a gold EVENT and its time expression
  overlaps a gold TIMEX3 that gold links to that EVENT. Precision is over chrono's links, recall over
  the gold links (a gold event linked to two time expressions has two). TimeBank does not link every
  event to every time expression it relates to, so precision is a lower bound.
* **Link accuracy**: of chrono's links whose trigger falls on a dated gold event (one gold does date),
  the share whose time expression is one gold links it to.
* **relType**: of the right links, the share whose relType (:func:`chrono.export.timeml.rel_type`)
  is gold's (gold links written time-first are read event-first, inverted).
"""
from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, fields

from ..errors import ChronoError
from ..export.timeml import rel_type, trigger_mention
from ..model import Event, Timex
from .gold import GoldDocument

log = logging.getLogger(__name__)


@dataclass
class EventCounts:
    """The counts behind the event figures (see the module's documentation)."""

    docs: int = 0            # documents whose gold has EVENT tags
    gold: int = 0            # gold EVENTs
    dated: int = 0           # gold EVENTs with a TLINK to a TIMEX3 of the text
    system: int = 0          # chrono's events
    triggered: int = 0       # chrono's events with a trigger
    extents: int = 0         # distinct trigger extents
    strict: int = 0          # gold EVENT–trigger pairs of the same extent
    relaxed: int = 0         # overlapping pairs
    dated_strict: int = 0
    dated_relaxed: int = 0
    gold_links: int = 0      # gold EVENT–TIMEX3 pairs linked
    system_links: int = 0    # chrono's distinct (trigger, time expression) pairs
    found: int = 0           # gold links chrono has
    right: int = 0           # chrono links that are gold links
    judged: int = 0          # chrono links on a dated gold event
    same_rel: int = 0        # right links of gold's relType
    mentions: int = 0        # chrono's event mentions (every event the text mentions, :mod:`chrono.events.mentions`)
    mention_strict: int = 0
    mention_relaxed: int = 0
    mention_links: int = 0   # (mention, time expression) links of the mention tagger
    mention_right: int = 0
    mention_found: int = 0

    def add(self, other: "EventCounts") -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def table(self) -> str:
        """The event figures, in percent, as lines below the timex table."""
        return "\n".join([
            f"events: {self.docs} documents with gold EVENTs, {self.gold} gold events, "
            f"{self.dated} dated (TLINK to a TIMEX3 in TEXT)",
            f"        {self.system} chrono events, {self.triggered} with a trigger ({self.extents} extents scored)",
            f"{'':14} {'P':>6} {'R':>6} {'F1':>6}",
            _row("strict", self.strict, self.extents, self.strict, self.gold),
            _row("relaxed", self.relaxed, self.extents, self.relaxed, self.gold),
            _row("dated strict", self.dated_strict, self.extents, self.dated_strict, self.dated),
            _row("dated relaxed", self.dated_relaxed, self.extents, self.dated_relaxed, self.dated),
            f"event-time links: {self.gold_links} gold (EVENT-TIMEX3 TLINKs in TEXT, any relType, DCT left out), "
            f"{self.system_links} chrono (trigger, timex)",
            _row("links", self.right, self.system_links, self.found, self.gold_links),
            f"{'link accuracy':14} {'':6} {'':6} {_pct(self.right, self.judged):6.1f}"
            f"  ({self.judged} chrono links on dated gold events)",
            f"{'relType':14} {'':6} {'':6} {_pct(self.same_rel, self.right):6.1f}  ({self.right} right links)",
            f"event mentions: every event the text mentions, as TimeML marks them: {self.mentions} chrono mentions",
            _row("mention strict", self.mention_strict, self.mentions, self.mention_strict, self.gold),
            _row("mention relax.", self.mention_relaxed, self.mentions, self.mention_relaxed, self.gold),
            _row("mention links", self.mention_right, self.mention_links, self.mention_found, self.gold_links),
        ])


def _pct(a: int, b: int) -> float:
    return 100 * a / b if b else 0.0


def _row(label: str, right: int, system: int, found: int, gold: int) -> str:
    """P (right of system), R (found of gold) and F1 as a row."""
    p, r = _pct(right, system), _pct(found, gold)
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"{label:14} {p:6.1f} {r:6.1f} {f1:6.1f}"


Span = tuple[int, int]


def _overlap(a: Span, b: Span) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def align(gold: Sequence[Span], system: Sequence[Span]) -> dict[int, int]:
    """Each gold extent paired with at most one system extent, as the TempEval-3 scorer pairs them: the
    gold in order, each taking the unused system extent of the same extent, else of the widest overlap."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for gi, g in enumerate(gold):
        best, best_key = None, None
        for si, s in enumerate(system):
            if si in used or not _overlap(g, s):
                continue
            key = (s == g, min(s[1], g[1]) - max(s[0], g[0]))
            if best_key is None or key > best_key:
                best, best_key = si, key
        if best is not None:
            pairs[gi] = best
            used.add(best)
    return pairs


def _links(events: Sequence[Event], timexes: Sequence[Timex]) -> dict[tuple[Span, Span], str]:
    """chrono's links: (trigger extent, extent of the dating time expression) -> relType; none for an event
    dated by the sentences around it (a period's further figures: no time expression of its own)."""
    types = {(t.start, t.end): t.type for t in timexes}
    out: dict[tuple[Span, Span], str] = {}
    for e in events:
        m = trigger_mention(e)
        if e.trigger is None or m is None or m.timex_start is None or m.timex_end is None or m.timex_start == m.timex_end:
            continue                        # (dated by the text around it, with no time expression to link)
        tx = (m.timex_start, m.timex_end)
        out.setdefault(((e.trigger[0], e.trigger[1]), tx), rel_type(e.when.relation, types.get(tx)))
    return out


@dataclass(frozen=True)
class LinkError:
    """One event–time link error: kind is link-missed (a gold link chrono does not have), link-wrong
    (chrono dates a dated gold event by another time expression) or link-spurious (chrono's link is on
    no dated gold event)."""

    doc: str
    kind: str
    gold: str
    system: str
    context: str

    def line(self) -> str:
        return f"{self.kind:8}\t{self.doc}\tgold={self.gold}\tsys={self.system}\t{self.context}"


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start].replace("\n", " ")
    right = text[end:end + width].replace("\n", " ")
    return f"{left}[[{text[start:end]}]]{right}"


def _link_errors(doc: GoldDocument, links: dict[tuple[Span, Span], str], found: set[tuple[str, str]],
                 wrong: list[tuple[Span, Span]], spurious: list[tuple[Span, Span]]) -> list[LinkError]:
    """The link errors of one document, in text order of kind: missed, wrong, spurious."""
    text, out = doc.text, []
    events = {g.eid: g for g in doc.events}
    times = {t.tid: t for t in doc.timexes}

    def shown(link: tuple[Span, Span]) -> str:
        (a, b), (c, d) = link
        return f"{text[a:b]!r} {links[link]} {text[c:d]!r}"
    for g in doc.links:
        if (g.eid, g.tid) not in found:
            ev, tx = events[g.eid], times[g.tid]
            mine = [k for k in links if _overlap(k[0], (ev.start, ev.end))]
            out.append(LinkError(doc.id, "link-missed", f"{ev.text!r} {g.rel} {tx.text!r}",
                                 shown(mine[0]) if mine else "-", _context(text, ev.start, ev.end)))
    for kind, group in (("link-wrong", wrong), ("link-spurious", spurious)):
        out += [LinkError(doc.id, kind, "-", shown(k), _context(text, *k[0])) for k in group]
    return out


def score_events(doc: GoldDocument, events: Sequence[Event], timexes: Sequence[Timex] = (),
                 errors: list | None = None) -> EventCounts:
    """The event counts of one document: chrono's ``events`` (dated by ``timexes``) against its gold;
    appends its link errors (:class:`LinkError`) to ``errors`` if given."""
    gold = [(g.start, g.end) for g in doc.events]
    dated_eids = {link.eid for link in doc.links}
    dated = [g.eid in dated_eids for g in doc.events]
    extents = sorted({(e.trigger[0], e.trigger[1]) for e in events if e.trigger is not None})
    pairs = align(gold, extents)
    c = EventCounts(docs=1, gold=len(gold), dated=sum(dated), system=len(events),
                    triggered=sum(e.trigger is not None for e in events), extents=len(extents),
                    relaxed=len(pairs), strict=sum(gold[g] == extents[s] for g, s in pairs.items()),
                    dated_relaxed=sum(dated[g] for g in pairs),
                    dated_strict=sum(dated[g] and gold[g] == extents[s] for g, s in pairs.items()))
    gold_rel = {(link.eid, link.tid): link.rel for link in doc.links}
    c.gold_links = len(gold_rel)
    found: set[tuple[str, str]] = set()
    wrong: list[tuple[Span, Span]] = []
    spurious: list[tuple[Span, Span]] = []
    links = _links(events, timexes)
    c.system_links = len(links)
    for (trigger, tx), rel in links.items():
        on = [g.eid for g in doc.events if _overlap(trigger, (g.start, g.end))]
        times = [t.tid for t in doc.timexes if _overlap(tx, (t.start, t.end))]
        judged = any(eid in dated_eids for eid in on)
        c.judged += judged
        hits = [(eid, tid) for eid in on for tid in times if (eid, tid) in gold_rel]
        if hits:
            c.right += 1
            c.same_rel += any(gold_rel[h] == rel for h in hits)
            found.update(hits)
        else:
            (wrong if judged else spurious).append((trigger, tx))
    c.found = len(found)
    if errors is not None:
        errors += _link_errors(doc, links, found, wrong, spurious)
    return c


def score_mentions(doc: GoldDocument, mentions: Sequence, links: Sequence = ()) -> EventCounts:
    """The mention counts of one document: chrono's event mentions (extents) against every gold EVENT, and
    its (mention, time expression) ``links`` against the gold EVENT–TIMEX3 TLINKs, judged as the
    chronology's links are (overlapping extents)."""
    gold = [(g.start, g.end) for g in doc.events]
    extents = sorted({(m.start, m.end) for m in mentions})
    pairs = align(gold, extents)
    gold_rel = {(link.eid, link.tid) for link in doc.links}
    found: set[tuple[str, str]] = set()
    right = 0
    for m, t in {((m.start, m.end), (t.start, t.end)) for m, t in links}:
        hits = {(g.eid, x.tid) for g in doc.events if _overlap(m, (g.start, g.end))
                for x in doc.timexes if _overlap(t, (x.start, x.end))} & gold_rel
        right += bool(hits)
        found |= hits
    return EventCounts(mentions=len(extents), mention_relaxed=len(pairs),
                       mention_strict=sum(gold[g] == extents[k] for g, k in pairs.items()),
                       mention_links=len({((m.start, m.end), (t.start, t.end)) for m, t in links}),
                       mention_right=right, mention_found=len(found))


def chrono_mentions(doc: GoldDocument, language: str, timexes: Sequence[Timex] = (),
                    links: list | None = None) -> list:
    """Every event chrono finds mentioned in a gold document's text (:func:`chrono.events.mentions.document_mentions`),
    and with ``links`` the time expressions of ``timexes`` each dates."""
    from ..events.mentions import document_mentions
    from ..reader.document import parse_text
    try:
        article = parse_text(doc.text, published=doc.dct, doc_id=doc.id, language=language)
        return document_mentions(article.text, [(s.start, s.end) for s in article.sentences], language, timexes, links)
    except ChronoError as exc:
        log.warning("eval: no event mentions for %s: %s", doc.id, exc)
        return []


def chrono_events(doc: GoldDocument, timexes: Sequence[Timex], language: str) -> list[Event]:
    """chrono's events of a gold document's text, dated by ``timexes`` (none, logged, for a language
    whose pack has no event words)."""
    from ..events.extract import extract_events
    from ..reader.document import parse_text
    try:
        article = parse_text(doc.text, published=doc.dct, doc_id=doc.id, language=language)
        return extract_events(article, timexes, language)
    except ChronoError as exc:
        log.warning("eval: no events for %s: %s", doc.id, exc)
        return []


__all__ = ["EventCounts", "LinkError", "align", "chrono_events", "chrono_mentions", "score_events", "score_mentions"]
