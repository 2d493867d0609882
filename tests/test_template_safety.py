"""A user's Word template that links outside (an attached template on a server, a remote hyperlink in
its header) builds a briefing that links nowhere, with a warning (issue 16)."""
from __future__ import annotations

import logging
import zipfile
from pathlib import Path

import pytest

docx = pytest.importorskip("docx")
from docx.opc.constants import RELATIONSHIP_TYPE as RT  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402

import chrono  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "dw-raqqa-2017-10-14.txt"
BRIEFING = ROOT / "chrono" / "styles" / "briefing.docx"
ATTACHED_TEMPLATE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"


def _linking_template(path: Path) -> Path:
    doc = docx.Document(str(BRIEFING))
    settings_part = doc.part.part_related_by(RT.SETTINGS)
    rid = settings_part.relate_to("http://templates.example.org/corp.dotm", ATTACHED_TEMPLATE, is_external=True)
    attached = OxmlElement("w:attachedTemplate")
    attached.set(qn("r:id"), rid)
    settings_part.element.append(attached)
    header = doc.sections[0].header
    link_id = header.part.relate_to("http://intranet.example.org/track", RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), link_id)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "Intranet"
    run.append(text)
    link.append(run)
    header.paragraphs[0]._p.append(link)
    doc.save(str(path))
    return path


def test_external_links_of_a_template_are_dropped_with_a_warning(tmp_path, caplog):
    template = _linking_template(tmp_path / "corp.docx")
    with zipfile.ZipFile(template) as z:          # the template itself does link outside
        assert any("External" in z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".rels"))
    chron = chrono.build(EXAMPLE)
    with caplog.at_level(logging.WARNING):
        written = chrono.write(chron, tmp_path / "out", ["docx"], style=str(template))
    assert any("dropped" in r.getMessage() and "example.org" in r.getMessage() for r in caplog.records)
    with zipfile.ZipFile(written[0]) as z:
        for name in z.namelist():
            data = z.read(name).decode("utf-8", "replace")
            assert "example.org" not in data, name
            assert 'TargetMode="External"' not in data, name
    reopened = docx.Document(str(written[0]))         # still a document Word and python-docx open
    assert reopened.paragraphs
