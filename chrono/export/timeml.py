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
"""
from __future__ import annotations

import logging
import re
from pathlib import Path
from xml.sax.saxutils import quoteattr

from ..model import Anchor, AnchorKind, Chronology, Document, Timex

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


def to_timeml(doc: Document, timexes: list[Timex], *, declaration: bool = True, first_tid: int = 0) -> str:
    """One document as a TimeML string: DOCID, DCT (its publication date) and the tagged TEXT.

    Its TIMEX3 ids are ``t<first_tid>`` (the DCT) and on: a file of several documents numbers them on
    from document to document, so no id repeats in it."""
    dct = f"t{first_tid}"
    parts = [_DECL if declaration else "", "<TimeML>\n", f"<DOCID>{escape_text(doc.id)}</DOCID>\n"]
    if doc.published:
        iso = doc.published.isoformat()
        parts.append(f'<DCT><TIMEX3 tid="{dct}" type="DATE" value="{iso}" temporalFunction="false" '
                     f'functionInDocument="CREATION_TIME">{iso}</TIMEX3></DCT>\n')
    if doc.title:
        parts.append(f"<TITLE>{escape_text(doc.title)}</TITLE>\n")
    parts.append("<TEXT>")
    pos = 0
    for i, t in enumerate(_usable(doc, timexes), start=1):
        parts.append(escape_text(doc.text[pos:t.start]))
        attrs = f'tid="t{first_tid + i}" type={_attr(t.type.value)} value={_attr(t.value)}'
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
        parts.append(f"<TIMEX3 {attrs}>{escape_text(t.text)}</TIMEX3>")
        pos = t.end
    parts.append(escape_text(doc.text[pos:]))
    parts.append("</TEXT>\n</TimeML>\n")
    return "".join(parts)


def dumps(chron: Chronology) -> str:
    """The TimeML of the chronology's documents: plain TimeML for one, a TimeMLCorpus for several."""
    by_doc: dict[str, list[Timex]] = {d.id: [] for d in chron.documents}
    for dt in chron.timexes:
        by_doc.setdefault(dt.doc, []).append(dt.timex)
    if len(chron.documents) == 1:
        doc = chron.documents[0]
        return to_timeml(doc, by_doc[doc.id])
    body, first = [], 0
    for d in chron.documents:
        kept = _usable(d, by_doc[d.id])
        body.append(to_timeml(d, kept, declaration=False, first_tid=first))
        first += len(kept) + 1
    return f"{_DECL}<TimeMLCorpus>\n{''.join(body)}</TimeMLCorpus>\n"


def documents_of(xml: str | bytes) -> list:
    """The ``<TimeML>`` elements of a file written by :func:`write` (one or several)."""
    import xml.etree.ElementTree as ET
    root = ET.fromstring(xml)
    return [root] if root.tag == "TimeML" else list(root.iter("TimeML"))


def write(chron: Chronology, path: Path, **_: object) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(dumps(chron))
