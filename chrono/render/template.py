"""A user's Word template made safe to build on: nothing in it may reach outside the briefing.

A template can carry external relationships: an attached template on a server (Word fetches it
when the briefing opens), hyperlinks or pictures linked to remote content in its headers and
footers. Copied into every briefing they would leak who opens it and pull in content nobody chose.
:func:`drop_external` removes every external relationship of every part and the XML that uses it
(an attached template goes; a hyperlink keeps its text; a linked picture goes), and says what it
dropped.
"""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)

_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _users(element, rid: str) -> list:
    """The elements of a part's XML that refer to the relationship ``rid``."""
    return [e for e in element.iter() if any(k.startswith(_R) and v == rid for k, v in e.attrib.items())]


def _remove(node) -> None:
    """Remove an element that used a dropped relationship: a hyperlink keeps its runs; an attached
    template, a linked picture or anything else goes whole."""
    parent = node.getparent()
    if parent is None:
        return
    if node.tag == f"{_W}hyperlink":
        for child in list(node):
            node.addprevious(child)
        parent.remove(node)
        return
    while parent is not None and node.tag.startswith("{http://schemas.openxmlformats.org/drawingml"):
        node, parent = parent, parent.getparent()           # climb to the drawing that holds the picture
    if parent is not None:
        parent.remove(node)


def drop_external(document, label: str = "the template") -> list[str]:
    """Remove the external relationships of a python-docx ``Document``; the targets dropped."""
    dropped: list[str] = []
    for part in document.part.package.iter_parts():
        rels = part.rels
        external = [rid for rid, rel in list(rels.items()) if rel.is_external]
        if not external:
            continue
        element = getattr(part, "_element", None)
        for rid in external:
            dropped.append(f"{rels[rid].reltype.rsplit('/', 1)[-1]} -> {rels[rid].target_ref}")
            if element is not None:
                for node in _users(element, rid):
                    _remove(node)
            rels.pop(rid)
    if dropped:
        log.warning("%s links outside the briefing; dropped: %s", label, "; ".join(dropped))
    return dropped


__all__ = ["drop_external"]
