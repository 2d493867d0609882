"""The CSV (and the workbook) as LibreOffice Calc opens them, measured with headless Calc.

A double-click on a ``.csv`` opens Calc's Text Import dialog. In LibreOffice 7.4 the dialog guesses
the charset from the file's bytes (ICU's detector, which reads the UTF-8 byte order mark) and ticks
comma, semicolon and tab as separators (``org.openoffice.Office.Calc/Dialogs/CSVImport``); the
first test gives headless Calc exactly those options. Calc given no options at all reads a CSV as
Windows-1252 whatever it holds, so a script must name the charset (76, UTF-8), as the second test
does; the workbook needs no options (third test).
"""
from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from chrono.export import csv_export, xlsx_export
from chrono.export.xlsx_export import read_rows
from chrono.load import load_csv, spreadsheet_value
from fixtures_chronology import example_chron  # noqa: F401

HEADLINES = (
    "Café owners in Zürich said; \"we reopen\", the Müller family",     # é ü, a semicolon, quotes, a comma
    "قوات سوريا الديمقراطية تعلن السيطرة على الرقة",                     # Arabic
    "叙利亚民主力量宣布收复拉卡",                                         # Chinese
    "Ceasefire\tagreed in Raqqa — Москва welcomes it",                    # a tab, a dash, Cyrillic
)
REGISTRY = Path("/usr/lib/libreoffice/share/registry/main.xcd")


def _dialog_separators() -> str:
    """The separators Calc's Text Import dialog ticks in a new profile (the installed defaults)."""
    text = REGISTRY.read_text(encoding="utf-8", errors="replace") if REGISTRY.is_file() else ""
    found = re.search(r'oor:name="CSVImport">.*?oor:name="Separators"[^>]*>\s*<value>([^<]*)</value>', text, re.S)
    return found.group(1) if found else ",;\t"


#: The options of Calc's Text Import dialog as it opens a UTF-8 CSV: its separators (comma, semicolon
#: and tab in 7.4); text delimiter "; charset UTF-8 (76, detected); from line 1; language default;
#: quoted fields not as text; special numbers not detected.
DIALOG = "Text - txt - csv (StarCalc):{seps},34,76,1,,0,false,false".format(
    seps="/".join(str(ord(c)) for c in _dialog_separators()))
PLAIN = "Text - txt - csv (StarCalc):44,34,76"
#: Writing CSV back: comma, ", UTF-8, from line 1.
OUT_CSV = "csv:Text - txt - csv (StarCalc):44,34,76,1"


def _without_calc() -> bool:
    """No soffice, or a Debian LibreOffice without Calc (libreoffice-calc-nogui)."""
    program = Path("/usr/lib/libreoffice/program")
    return shutil.which("soffice") is None or (program.is_dir() and not (program / "libsclo.so").exists())


pytestmark = pytest.mark.skipif(_without_calc(), reason="LibreOffice Calc (soffice) is not installed")


@pytest.fixture
def world_chron(example_chron):
    events = list(example_chron.events)
    for i, headline in enumerate(HEADLINES):
        events[i] = replace(events[i], headline=headline)
    return replace(example_chron, events=tuple(events))


def _calc(source: Path, target: str, tmp_path: Path, infilter: str | None = None) -> Path:
    """``soffice --headless --convert-to target`` of ``source`` (its own profile), the file it wrote."""
    out = tmp_path / "calc"
    command = ["soffice", f"-env:UserInstallation={(tmp_path / 'lo-profile').as_uri()}", "--headless"]
    if infilter:
        command.append(f"--infilter={infilter}")
    command += ["--convert-to", target, "--outdir", str(out), str(source)]
    subprocess.run(command, check=True, timeout=180, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    written = out / f"{source.stem}.{target.split(':')[0]}"
    assert written.is_file(), f"soffice wrote no {written.name}"
    return written


def test_calc_with_its_import_dialog_defaults_reads_every_cell(world_chron, tmp_path):
    source = tmp_path / "c.csv"
    csv_export.write(world_chron, source)
    workbook = _calc(source, "xlsx", tmp_path, DIALOG)
    rows = read_rows(workbook.read_bytes())
    expected = list(csv.DictReader(io.StringIO(source.read_text(encoding="utf-8-sig"), newline="")))
    assert [list(r) for r in rows[:1]] == [list(csv_export.COLUMNS)]        # no column split off, none added
    assert len(rows) == len(expected)
    for got, want in zip(rows, expected):
        assert got["headline"] == want["headline"] and got["sources"] == want["sources"]
        assert got["id"] == want["id"] and spreadsheet_value(got["value"]) == want["value"]   # a day: a number
    assert [r["headline"] for r in rows[:len(HEADLINES)]] == list(HEADLINES)
    again = load_csv(workbook)                                      # saved as a workbook, rendered again
    assert {(e.id, e.when.value, e.headline) for e in again.events} == \
        {(e.id, e.when.value, e.headline) for e in world_chron.events}


def test_a_csv_calc_saved_again_renders(world_chron, tmp_path):
    folder = tmp_path / "build"
    folder.mkdir()
    source = folder / "c.csv"
    csv_export.write(world_chron, source)
    saved = _calc(source, OUT_CSV, tmp_path, PLAIN)
    text = saved.read_text(encoding="utf-8-sig")
    assert all(h.replace('"', '""') in text for h in HEADLINES if "\t" not in h)
    again = load_csv(saved)
    assert {e.headline for e in again.events} == {e.headline for e in world_chron.events}
    assert {(e.id, e.when.value) for e in again.events} == {(e.id, e.when.value) for e in world_chron.events}


def test_calc_opens_the_workbook_without_options(world_chron, tmp_path):
    source = tmp_path / "c.xlsx"
    xlsx_export.write(world_chron, source)
    saved = _calc(source, OUT_CSV, tmp_path)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8-sig"), newline="")))
    assert [r["headline"] for r in rows[:len(HEADLINES)]] == list(HEADLINES)
