"""Every format of one build tells the same events with the same dates (issue 5)."""
from __future__ import annotations

import csv
import html
import json
from pathlib import Path

import docx
import icalendar
import pytest
from click.testing import CliRunner

from chrono.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "dw-raqqa-2017-10-14.txt"
SECOND = ROOT / "tests" / "data" / "events" / "dw-raqqa-2017-10-17.txt"
FORMATS = "docx,png,svg,json,csv,timelinejs,ics,timeml"


@pytest.fixture(scope="module", params=[[EXAMPLE], [EXAMPLE, SECOND]], ids=["one", "two"])
def outputs(request, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(main, ["build", *map(str, request.param), "--format", FORMATS, "--out", str(out),
                                       "--name", "c"])
    assert result.exit_code == 0, result.output
    return out


def test_every_format_is_written(outputs):
    names = sorted(p.name for p in outputs.iterdir())
    assert names == sorted(["c.docx", "c.png", "c.svg", "c.json", "c.csv", "c.timeline.json", "c.ics", "c.tml"])


def test_same_events_and_dates_in_every_format(outputs):
    events = json.loads((outputs / "c.json").read_text(encoding="utf-8"))["events"]
    assert events
    by_id = {e["id"]: e for e in events}

    rows = list(csv.DictReader((outputs / "c.csv").open(encoding="utf-8-sig", newline="")))
    assert [r["id"] for r in rows] == [e["id"] for e in events]
    for r in rows:
        w = by_id[r["id"]]["when"]
        assert (r["value"], r["start"] or None, r["end"] or None) == (w["value"], w["start"], w["end"])
        assert r["headline"].lstrip("'") == by_id[r["id"]]["headline"]

    tl = json.loads((outputs / "c.timeline.json").read_text(encoding="utf-8"))["events"]
    assert [t["unique_id"] for t in tl] == [e["id"] for e in events]
    for t in tl:
        e = by_id[t["unique_id"]]
        assert html.unescape(t["text"]["headline"]) == e["headline"]
        assert t["group"] == e["modality"]
        if e["when"]["start"]:
            assert t["start_date"]["year"] == int(e["when"]["start"][:4])

    cal = icalendar.Calendar.from_ical((outputs / "c.ics").read_bytes())
    vevents = [c for c in cal.walk("VEVENT")]
    dated = [e for e in events if e["when"]["start"]]
    assert len(vevents) == len(dated)
    for v, e in zip(vevents, dated):
        assert v.decoded("dtstart").isoformat() == e["when"]["start"]
        assert e["headline"] in str(v.get("summary"))

    tables = docx.Document(str(outputs / "c.docx")).tables
    table = next(t for t in tables if [c.text for c in t.rows[0].cells][:2] == ["Date", "Event"])
    body = [row.cells[1].text for row in table.rows[1:]]
    assert len(body) == len(events)
    for cell, e in zip(body, events):
        assert cell.startswith(e["headline"])
