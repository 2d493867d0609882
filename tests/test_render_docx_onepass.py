"""The briefing's .docx is written in one pass (issue 16): the same bytes as saving it with
python-docx and making the zip reproducible afterwards, with the picture stored, not deflated."""
from __future__ import annotations

import io
import zipfile

from chrono.render import docx as briefing
from fixtures_chronology import example_chron, two_doc_chron  # noqa: F401


def _two_pass(chron) -> bytes:
    buf = io.BytesIO()
    briefing.build_document(chron).save(buf)
    return briefing.reproducible_zip(buf.getvalue())


def test_one_pass_gives_the_bytes_of_save_and_rezip(example_chron, two_doc_chron):
    for chron in (example_chron, two_doc_chron):
        assert briefing.docx_bytes(chron) == _two_pass(chron)


def test_members_fixed_and_the_picture_stored(example_chron):
    z = zipfile.ZipFile(io.BytesIO(briefing.docx_bytes(example_chron)))
    assert z.namelist()[0] == "[Content_Types].xml"
    for info in z.infolist():
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
        want = zipfile.ZIP_STORED if info.filename.endswith((".png", ".jpeg")) else zipfile.ZIP_DEFLATED
        assert info.compress_type == want, info.filename
