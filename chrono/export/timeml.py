"""The documents as TimeML: each article's text unchanged, with its TIMEX3 tags inline.

For one document the file is plain TimeML::

    <?xml version="1.0" encoding="UTF-8"?>
    <TimeML>
    <DOCID>dw-raqqa-2017-10-14</DOCID>
    <DCT><TIMEX3 tid="t0" type="DATE" value="2017-10-14" temporalFunction="false"
         functionInDocument="CREATION_TIME">2017-10-14</TIMEX3></DCT>
    <TEXT>... <TIMEX3 tid="t3" type="DATE" value="2017-10-14">Saturday</TIMEX3> ...</TEXT>
    </TimeML>

The text inside ``<TEXT>`` is the document's text byte for byte once un-escaped and stripped of
tags: ``&``, ``<`` and ``>`` are escaped and a carriage return is written ``&#13;`` (an XML parser
would otherwise turn ``\\r\\n`` into ``\\n``). Characters XML 1.0 cannot hold at all (control
characters other than tab, newline and carriage return; lone surrogates) are replaced by U+FFFD,
one for one, so offsets still hold; that is logged.

Several documents go in one file: a ``<TimeMLCorpus>`` root holding one ``<TimeML>`` element per
document, in order (:func:`documents_of` reads either form back), their TIMEX3 ids numbered on from
one document to the next (``t0``... for the first, then on), so every id in the file is unique. :func:`to_timeml` gives the
TimeML of one document, for writing one file each.

Events: each event whose trigger (the predicate's head, :attr:`chrono.model.Event.trigger`) stands in
its first mention's document is written as an inline ``<EVENT>`` on that trigger, one
``<MAKEINSTANCE>`` and, when the time expression that dates it is a TIMEX3 of the file, one
``<TLINK>`` from the instance to that TIMEX3; both after ``</TEXT>``, as in the TempEval-3 files. What
chrono does not know it does not claim:

* ``class`` is REPORTING when the event is a report dated by its day (rule ``reporting-day``) or its
  trigger is one of the language's reporting verbs; OCCURRENCE otherwise (chrono tells no states,
  perceptions or aspectual events apart);
* ``tense`` is FUTURE for a forecast and NONE otherwise (chrono keeps no verb tense); ``aspect`` is
  NONE; ``polarity`` is NEG for a negated event, POS otherwise; no ``pos`` (chrono keeps no part of
  speech) and no ``modality`` word;
* ``relType`` from how the event relates to its date (:func:`rel_type`): on a date IS_INCLUDED, over a
  duration DURING, since BEGUN_BY, until ENDED_BY, before BEFORE, after AFTER.

An event without a trigger, or whose trigger does not match the text or overlaps a time expression or
another trigger, gets no EVENT; one dated by another event ("a day after the swap"), whose date is no
TIMEX3 of the file, gets its EVENT and instance but no TLINK. Two events on one trigger
share its EVENT, each with its own instance. Ids go on from document to document like the TIMEX3 ids:
the k-th event written in the file is instance ``ei<k>`` with TLINK ``l<k>``, on EVENT ``e<k>`` (the
number of the first instance of its trigger).

Every other event the text mentions (:func:`chrono.events.mentions.document_mentions`: its verbs that are
predicates, the nouns and adjectives of the language's event words) is an EVENT too, after the
chronology's in id order, with its instance (``tense`` NONE, ``polarity`` POS: the tagger tells neither)
and a TLINK (IS_INCLUDED, DURING for a duration) to each TIMEX3 it governs in the parse
(:func:`chrono.events.mentions.dated_mention`; from a chronology event's instance when the mention is its
trigger and the link is not its own); one overlapping a time expression or a trigger is left out. ``dumps(chron, mentions=False)``
writes the chronology's events only. The mentions need the language's parser (none without it).
"""
from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import quoteattr

from .. import lang
from ..errors import ChronoError
from ..model import Anchor, AnchorKind, Chronology, Document, Event, Mention, Modality, Relation, Timex, TimexType

log = logging.getLogger(__name__)

_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'


def escape_text(text: str) -> str:
    """Text as XML character data that parses back to the same string."""
    if _INVALID.search(text):
        log.warning("timeml: text holds characters XML cannot hold; replaced by U+FFFD")
        text = _INVALID.sub("\ufffd", text)
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("\r", "&#13;"))


def _attr(value: str) -> str:
    return quoteattr(_INVALID.sub("\ufffd", value)).replace("\r", "&#13;").replace("\n", "&#10;")


def _usable(doc: Document, timexes: list[Timex]) -> list[Timex]:
    """Timexes in text order that match the text and do not overlap an earlier one."""
    kept: list[Timex] = []
    end = -1
    for t in sorted(timexes, key=lambda t: (t.start, -t.end)):
        if not (0 <= t.start < t.end <= len(doc.text)) or doc.text[t.start:t.end] != t.text:
            log.warning("timeml: %s [%d:%d] %r does not match the text; left out", doc.id, t.start, t.end,
                        t.text)
            continue
        if t.start < end:
            log.info("timeml: %s [%d:%d] overlaps an earlier expression; left out", doc.id, t.start, t.end)
            continue
        kept.append(t)
        end = t.end
    return kept


#: The relType of a TLINK from an event to the time expression that dates it, by their relation.
REL_TYPES = {Relation.ON: "IS_INCLUDED", Relation.SINCE: "BEGUN_BY", Relation.UNTIL: "ENDED_BY",
             Relation.BEFORE: "BEFORE", Relation.AFTER: "AFTER", Relation.DURING: "DURING"}


def rel_type(relation: Relation, timex_type: TimexType | None = None) -> str:
    """The TimeML relType of an event to its date: an event on a duration ("for two weeks") is DURING it."""
    if relation == Relation.ON and timex_type == TimexType.DURATION:
        return "DURING"
    return REL_TYPES[relation]


@dataclass(frozen=True)
class Instance:
    """An event as written in a document: its trigger's offsets and the usable timex dating it (an index)."""

    event: Event
    start: int
    end: int
    timex: int | None


def trigger_mention(event: Event) -> Mention | None:
    """The mention the trigger stands in: of the first mention's document, the first whose evidence holds
    the trigger (a merged event keeps the trigger of one of its mentions); else the first mention."""
    if not event.mentions:
        return None
    first = event.mentions[0]
    if event.trigger is None:
        return first
    s, e = event.trigger[0], event.trigger[1]
    return next((m for m in event.mentions if m.doc == first.doc and m.start <= s and e <= m.end), first)


def dating_timex(event: Event, timexes: list[Timex]) -> int | None:
    """The index of the time expression with the span of the one that dates the mention of the trigger."""
    m = trigger_mention(event)
    if m is None or m.timex_start is None:
        return None
    return next((i for i, t in enumerate(timexes) if (t.start, t.end) == (m.timex_start, m.timex_end)), None)


def instances(doc: Document, events: list[Event], kept: list[Timex]) -> list[Instance]:
    """The events written in a document, in text order: those whose trigger stands in it, matches the text
    and overlaps neither a time expression nor another trigger."""
    out: list[Instance] = []
    for e in events:
        if e.trigger is None or not e.mentions or e.mentions[0].doc != doc.id:
            continue
        s, end, word = e.trigger
        if not (0 <= s < end <= len(doc.text)) or doc.text[s:end] != word:
            log.warning("timeml: %s trigger [%d:%d] %r does not match the text; left out", doc.id, s, end, word)
            continue
        if any(t.start < end and s < t.end for t in kept):
            log.info("timeml: %s trigger [%d:%d] overlaps a time expression; left out", doc.id, s, end)
            continue
        out.append(Instance(e, s, end, dating_timex(e, kept)))
    out.sort(key=lambda i: (i.start, i.end))
    kept_out: list[Instance] = []
    for i in out:
        if kept_out and i.start < kept_out[-1].end and (i.start, i.end) != (kept_out[-1].start, kept_out[-1].end):
            log.info("timeml: %s trigger [%d:%d] overlaps another; left out", doc.id, i.start, i.end)
            continue
        kept_out.append(i)
    return kept_out


@lru_cache(maxsize=None)
def _reporting_verbs(code: str) -> frozenset[str]:
    """The reporting verbs of a language pack (none for a pack without event words)."""
    from ..events.words import words_of
    try:
        return frozenset(v.lower() for v in words_of(lang.of(code)).reporting.verbs)
    except (ChronoError, KeyError, LookupError):
        return frozenset()


def event_class(event: Event, language: str) -> str:
    """REPORTING for a report dated by its day or a reporting verb of the language; OCCURRENCE otherwise."""
    word = event.trigger[2].lower() if event.trigger else ""
    return "REPORTING" if event.rule == "reporting-day" or word in _reporting_verbs(language) else "OCCURRENCE"


def _instance_tags(doc: Document, found: list[Instance], kept: list[Timex], first_tid: int,
                   first_event: int) -> tuple[list[tuple[int, int, str]], list[str]]:
    """The inline EVENT tags (start, end, opening tag) and the MAKEINSTANCE and TLINK lines."""
    inline: list[tuple[int, int, str]] = []
    lines: list[str] = []
    links: list[str] = []
    eids: dict[tuple[int, int], str] = {}
    for k, i in enumerate(found, start=first_event):
        eid = eids.get((i.start, i.end))
        if eid is None:
            eid = eids[(i.start, i.end)] = f"e{k}"
            inline.append((i.start, i.end, f'<EVENT eid="{eid}" class="{event_class(i.event, doc.language)}">'))
        tense = "FUTURE" if i.event.modality == Modality.FORECAST else "NONE"
        polarity = "NEG" if i.event.modality == Modality.NEGATED else "POS"
        lines.append(f'<MAKEINSTANCE eiid="ei{k}" eventID="{eid}" tense="{tense}" aspect="NONE" '
                     f'polarity="{polarity}"/>\n')
        if i.timex is not None:
            t = kept[i.timex]
            rel = rel_type(i.event.when.relation, t.type)
            links.append(f'<TLINK lid="l{k}" relType="{rel}" eventInstanceID="ei{k}" '
                         f'relatedToTime="t{first_tid + 1 + i.timex}"/>\n')
    return inline, lines + links


def _timex_tag(doc: Document, t: Timex, tid: str, dct: str) -> str:
    attrs = f'tid="{tid}" type={_attr(t.type.value)} value={_attr(t.value)}'
    if t.mod:
        attrs += f" mod={_attr(t.mod)}"
    if t.freq:
        attrs += f" freq={_attr(t.freq)}"
    if t.quant:
        attrs += f" quant={_attr(t.quant)}"
    anchor = Anchor.of(t.anchor)
    if doc.published and anchor is not None and anchor.kind is AnchorKind.DCT:
        attrs += f' temporalFunction="true" anchorTimeID="{dct}"'
    else:
        attrs += ' temporalFunction="false"'
    return f"<TIMEX3 {attrs}>"


def mention_tags(doc: Document, mentions: Sequence, taken: list[tuple[int, int]], first: int,
                 kept: Sequence[Timex] = (), first_tid: int = 0, dated: dict | None = None) -> tuple[list, list[str]]:
    """The inline EVENT tags, MAKEINSTANCE and TLINK lines of the event mentions (:mod:`chrono.events.mentions`)
    that overlap no time expression or trigger already tagged (``taken``), numbered from ``first``; a mention
    ``dated`` (its extent -> the time expressions it dates) is linked to those of ``kept``."""
    inline, lines, links = [], [], []
    k = first
    index = {(t.start, t.end): i for i, t in enumerate(kept, start=1)}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if doc.text[m.start:m.end] != m.text or any(a < m.end and m.start < b for a, b in taken):
            continue
        taken.append((m.start, m.end))
        inline.append((m.start, m.end, f'<EVENT eid="e{k}" class="{m.cls}">'))
        lines.append(f'<MAKEINSTANCE eiid="ei{k}" eventID="e{k}" tense="NONE" aspect="NONE" polarity="POS"/>\n')
        for n, t in enumerate(t for t in (dated or {}).get((m.start, m.end), ()) if (t.start, t.end) in index):
            links.append(f'<TLINK lid="l{k}{"abcdefgh"[n] if n else ""}" relType="{rel_type(Relation.ON, t.type)}" '
                         f'eventInstanceID="ei{k}" relatedToTime="t{first_tid + index[(t.start, t.end)]}"/>\n')
        k += 1
    return inline, lines + links


def _trigger_links(found: list[Instance], dated: dict, kept: Sequence[Timex], first_tid: int, first_event: int) -> list[str]:
    """The TLINKs of the time expressions a mention dates (``dated``) where the mention is a chronology
    event's trigger: from the trigger's first instance, to each it is not linked to already."""
    index = {(t.start, t.end): i for i, t in enumerate(kept, start=1)}
    first: dict[tuple[int, int], tuple[int, int | None]] = {}
    for k, i in enumerate(found, start=first_event):
        first.setdefault((i.start, i.end), (k, i.timex))
    lines = []
    for span, times in dated.items():
        if span not in first:
            continue
        k, linked = first[span]
        for n, t in enumerate(times):
            at = index.get((t.start, t.end))
            if at is not None and at - 1 != linked:
                lines.append(f'<TLINK lid="l{k}m{n}" relType="{rel_type(Relation.ON, t.type)}" eventInstanceID="ei{k}" '
                             f'relatedToTime="t{first_tid + at}"/>\n')
    return lines


def to_timeml(doc: Document, timexes: list[Timex], events: Sequence[Event] = (), *, declaration: bool = True,
              first_tid: int = 0, first_event: int = 1, mentions: Sequence = (), links: Sequence = ()) -> str:
    """One document as a TimeML string: DOCID, DCT (its publication date), the tagged TEXT, and the
    instances and event–time links of its events; then the other event ``mentions`` of its text
    (:func:`chrono.events.mentions.document_mentions`), each an EVENT and an instance, linked to the time
    expressions ``links`` give it ((mention, timex) pairs).

    Its TIMEX3 ids are ``t<first_tid>`` (the DCT) and on, its instances ``ei<first_event>`` and on: a
    file of several documents numbers them on from document to document, so no id repeats in it."""
    dct = f"t{first_tid}"
    parts = [_DECL if declaration else "", "<TimeML>\n", f"<DOCID>{escape_text(doc.id)}</DOCID>\n"]
    if doc.published:
        iso = doc.published.isoformat()
        parts.append(f'<DCT><TIMEX3 tid="{dct}" type="DATE" value="{iso}" temporalFunction="false" '
                     f'functionInDocument="CREATION_TIME">{iso}</TIMEX3></DCT>\n')
    if doc.title:
        parts.append(f"<TITLE>{escape_text(doc.title)}</TITLE>\n")
    kept = _usable(doc, timexes)
    found = instances(doc, list(events), kept)
    inline, tail = _instance_tags(doc, found, kept, first_tid, first_event)
    taken = [(t.start, t.end) for t in kept] + [(a, b) for a, b, _ in inline]
    dated: dict = {}
    for m, t in links:
        dated.setdefault((m.start, m.end), []).append(t)
    more, made = mention_tags(doc, mentions, taken, first_event + len(found), kept, first_tid, dated)
    inline += more
    made_instances = [line for line in made if line.startswith("<MAKEINSTANCE")]
    tail = tail[:len(found)] + made_instances + tail[len(found):] + made[len(made_instances):]   # instances, links
    tail += _trigger_links(found, dated, kept, first_tid, first_event)
    tags = [(t.start, t.end, _timex_tag(doc, t, f"t{first_tid + i}", dct), "</TIMEX3>")
            for i, t in enumerate(kept, start=1)]
    tags += [(s, e, tag, "</EVENT>") for s, e, tag in inline]
    parts.append("<TEXT>")
    pos = 0
    for start, end, opening, closing in sorted(tags, key=lambda x: x[0]):
        parts += [escape_text(doc.text[pos:start]), opening, escape_text(doc.text[start:end]), closing]
        pos = end
    parts.append(escape_text(doc.text[pos:]))
    parts.append("</TEXT>\n")
    parts += tail
    parts.append("</TimeML>\n")
    return "".join(parts)


def _grouped(chron: Chronology) -> tuple[dict[str, list[Timex]], dict[str, list[Event]]]:
    """The timexes and the events of each document (an event in the document of its first mention)."""
    timexes: dict[str, list[Timex]] = {d.id: [] for d in chron.documents}
    events: dict[str, list[Event]] = {d.id: [] for d in chron.documents}
    for dt in chron.timexes:
        timexes.setdefault(dt.doc, []).append(dt.timex)
    for e in chron.events:
        if e.mentions:
            events.setdefault(e.mentions[0].doc, []).append(e)
    return timexes, events


def _mentions(doc: Document, timexes: Sequence[Timex] = ()) -> tuple[list, list]:
    """Every event the document's text mentions, and the (mention, timex) links of ``timexes`` (none
    without a parser for its language)."""
    from ..events.mentions import document_mentions
    from ..reader.document import parse_text
    links: list = []
    try:                                # (a build keeps no sentences of its documents: read them again)
        spans = doc.sentences or parse_text(doc.text, published=doc.published, doc_id=doc.id,
                                            language=doc.language).sentences
        return document_mentions(doc.text, [(s.start, s.end) for s in spans], doc.language, timexes, links), links
    except (ChronoError, LookupError) as exc:
        log.info("timeml: no event mentions for %s: %s", doc.id, exc)
        return [], []


def dumps(chron: Chronology, mentions: bool = True) -> str:
    """The TimeML of the chronology's documents: plain TimeML for one, a TimeMLCorpus for several; with
    ``mentions``, every event their texts mention is an EVENT too, not only the chronology's."""
    by_doc, events = _grouped(chron)
    if len(chron.documents) == 1:
        doc = chron.documents[0]
        found, links = _mentions(doc, _usable(doc, by_doc[doc.id])) if mentions else ([], [])
        return to_timeml(doc, by_doc[doc.id], events[doc.id], mentions=found, links=links)
    body, first, first_event = [], 0, 1
    for d in chron.documents:
        kept = _usable(d, by_doc[d.id])
        found, links = _mentions(d, kept) if mentions else ([], [])
        body.append(to_timeml(d, kept, events[d.id], declaration=False, first_tid=first, first_event=first_event,
                              mentions=found, links=links))
        first += len(kept) + 1
        taken = [(t.start, t.end) for t in kept]
        written = instances(d, events[d.id], kept)
        taken += [(i.start, i.end) for i in written]
        first_event += len(written) + len(mention_tags(d, found, taken, 0)[0])
    return f"{_DECL}<TimeMLCorpus>\n{''.join(body)}</TimeMLCorpus>\n"


def documents_of(xml: str | bytes) -> list:
    """The ``<TimeML>`` elements of a file written by :func:`write` (one or several)."""
    import xml.etree.ElementTree as ET
    root = ET.fromstring(xml)
    return [root] if root.tag == "TimeML" else list(root.iter("TimeML"))


def write(chron: Chronology, path: Path, **_: object) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(dumps(chron))
