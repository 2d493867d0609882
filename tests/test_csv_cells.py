"""The CSV's cells, without a spreadsheet: what is quoted, and a day a spreadsheet saved as a number."""
from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from chrono.export import csv_export
from chrono.export.csv_export import BOM, field
from chrono.load import events_of_csv, spreadsheet_value
from fixtures_chronology import example_chron  # noqa: F401


@pytest.mark.parametrize("cell, written", [
    ("plain", "plain"), ("", ""), ("2017-10-13", "2017-10-13"),
    ("a, b", '"a, b"'), ('say "no"', '"say ""no"""'), ("line\nbreak", '"line\nbreak"'),
    ("d1; d2", '"d1; d2"'), ("tab\there", '"tab\there"'),                 # Calc's dialog splits on ; and tab
    (" lead", '" lead"'), ("Zürich — 北京", "Zürich — 北京"),
])
def test_a_cell_is_quoted_when_a_spreadsheet_could_split_it(cell, written):
    assert field(cell) == written
    if cell:
        assert next(csv.reader(io.StringIO(written + "\r\n"))) == [cell]


def test_the_csv_reads_back_cell_for_cell(example_chron):
    events = list(example_chron.events)
    events[0] = replace(events[0], headline='One; "two", three\tfour — قوات 叙利亚')
    text = csv_export.dumps(replace(example_chron, events=tuple(events)))
    assert text.endswith("\r\n") and not text.startswith(BOM)
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert len(rows) == len(events) and all(len(r) == len(csv_export.COLUMNS) for r in rows)
    assert rows[0]["headline"] == events[0].headline
    back = events_of_csv(text, {"events": []}, "c.csv")
    assert back[0]["headline"] == events[0].headline


@pytest.mark.parametrize("cell, value", [
    ("43021", "2017-10-13"), ("43021.0", "2017-10-13"), ("36000", "1998-07-24"),     # serial days
    ("2017", "2017"), ("2017-10", "2017-10"), ("P1Q", "P1Q"), ("", ""), ("1234567", "1234567"),
])
def test_a_day_a_spreadsheet_saved_as_a_number_is_a_day_again(cell, value):
    assert spreadsheet_value(cell) == value
