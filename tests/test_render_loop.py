"""The analyst's loop: build, correct the JSON (or the CSV, the workbook), ``chrono render`` again.

The chronologies are the golden JSON files of ``tests/golden/`` (what a build of the example and of two
articles gave): rendered again they give the golden outputs byte for byte, an edit shows where it was
made and nowhere else, and a malformed edit stops with exit 2 and one line naming the event and field.
"""
from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from chrono.cli import main
from chrono.export import json_export
from chrono.load import load, load_csv, schema, validate
from chrono.errors import InputError

GOLDEN = Path(__file__).resolve().parent / "golden"
RENDERED = ("c.docx", "c.png", "c.svg", "c.json", "c.csv", "c.timeline.json", "c.ics")


def _render(*args: str) -> object:
    return CliRunner().invoke(main, ["render", *args])


def _members(path: Path) -> dict[str, bytes]:
    """A file's contents: a zip as its members (a golden DOCX is kept as a folder of them)."""
    if path.is_dir():
        return {str(p.relative_to(path)): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}
    if path.suffix in (".docx", ".pptx", ".xlsx"):
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as z:
            return {n: z.read(n) for n in sorted(z.namelist())}
    return {"": path.read_bytes()}


@pytest.mark.parametrize("case", ["one", "two"])
def test_the_golden_json_renders_the_golden_outputs(case, tmp_path):
    source = tmp_path / "c.json"
    shutil.copy(GOLDEN / case / "c.json", source)
    result = _render(str(source), "--out", str(tmp_path / "out"), "--format", "docx,png,svg,json,csv,timelinejs,ics")
    assert result.exit_code == 0, result.output
    for name in RENDERED:
        if name == "c.json":                   # the same, and the fields the JSON gained since it was recorded
            assert _known(json.loads((tmp_path / "out" / name).read_text(encoding="utf-8")),
                          json.loads((GOLDEN / case / name).read_text(encoding="utf-8")))
            continue
        assert _members(tmp_path / "out" / name) == _members(GOLDEN / case / name), name


def _known(new, old) -> bool:
    """``new`` holds what ``old`` holds (and perhaps fields the JSON gained since)."""
    if isinstance(old, dict) and isinstance(new, dict):
        return all(k in new and _known(new[k], v) for k, v in old.items())
    if isinstance(old, list) and isinstance(new, list):
        return len(old) == len(new) and all(map(_known, new, old))
    return new == old


def test_the_schema_ships_in_the_package_and_accepts_what_chrono_writes():
    assert schema()["$id"] == "chrono.chronology/1"
    for case in ("one", "two"):
        validate(json.loads((GOLDEN / case / "c.json").read_text(encoding="utf-8")))


def _edit(tmp_path: Path, change) -> Path:
    data = json.loads((GOLDEN / "one" / "c.json").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "c.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _csv_lines(path: Path) -> set[str]:
    return set(path.read_text(encoding="utf-8-sig").splitlines())


def _vevents(path: Path) -> set[str]:
    return set(path.read_text(encoding="utf-8").replace("\r\n ", "").split("BEGIN:VEVENT")[1:])


def test_an_edited_date_and_headline_show_in_every_output_and_nothing_else_changes(tmp_path):
    formats = "docx,png,pptx,csv,ics"
    before, after = tmp_path / "before", tmp_path / "after"
    assert _render(str(GOLDEN / "one" / "c.json"), "--out", str(before), "--format", formats).exit_code == 0

    def change(data):
        data["events"][1]["when"]["value"] = "2015-12"                      # e2: Nov 2015 -> Dec 2015
        data["events"][3]["headline"] = "Iraqi forces retook Mosul"         # e4
    result = _render(str(_edit(tmp_path, change)), "--out", str(after), "--format", formats)
    assert result.exit_code == 0, result.output
    old, new = _csv_lines(before / "c.csv"), _csv_lines(after / "c.csv")
    assert len(old - new) == 2 and len(new - old) == 2
    assert any(line.startswith("e2,Dec 2015,2015-12-01,2016-01-01,month,2015-12,") for line in new - old)
    assert any("Iraqi forces retook Mosul" in line for line in new - old)
    assert len(_vevents(before / "c.ics") ^ _vevents(after / "c.ics")) == 4     # two events, before and after
    body = _members(after / "c.docx")["word/document.xml"].decode()
    assert "Iraqi forces retook Mosul" in body and "Dec 2015" in body and "Nov 2015" not in body
    assert (before / "c.png").read_bytes() != (after / "c.png").read_bytes()
    slides_before, slides_after = _members(before / "c.pptx"), _members(after / "c.pptx")
    changed = {n for n in slides_after if slides_after[n] != slides_before.get(n)}
    assert changed and all(n.startswith(("ppt/media/", "ppt/slides/slide2", "ppt/slides/slide3")) for n in changed)


def test_removed_and_added_events_are_rendered_in_order_with_their_ids(tmp_path):
    def change(data):
        del data["events"][0]
        data["events"].append({"headline": "Coalition declares Raqqa free", "when": {"value": "2017-10-20"},
                               "modality": "fact"})
    chron = load(_edit(tmp_path, change))
    ids = [e.id for e in chron.events]
    assert "e1" not in ids and len(set(ids)) == len(ids) == 11 and ids[-1] == "e12"   # after the last
    added = next(e for e in chron.events if e.id == "e12")
    assert (added.when.start.isoformat(), added.when.granularity.value) == ("2017-10-20", "day")


@pytest.mark.parametrize("change,words", [
    (lambda d: d["events"][3]["when"].update(value="2017-13-16"), "event e4 (events[3]): when.value"),
    (lambda d: d["events"][2].update(modality="maybe"), "event e3 (events[2]): modality"),
    (lambda d: d["events"][1].pop("headline"), "event e2 (events[1]): 'headline' is a required property"),
    (lambda d: d["events"][0]["when"].update(start="14 Oct"), "event e1 (events[0]): when.start"),
    (lambda d: d["events"][0]["mentions"][0].update(doc="nope"), "event e1 (events[0]): mentions[0].doc"),
    (lambda d: d["events"][1].update(id="e1"), "id: 'e1' is the id of"),
    (lambda d: d.update(schema="chrono.chronology/9"), "schema: expected"),
])
def test_a_malformed_edit_stops_with_one_line_naming_the_event_and_field(tmp_path, change, words):
    result = _render(str(_edit(tmp_path, change)), "--out", str(tmp_path / "out"), "--format", "png")
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], result.output
    assert not (tmp_path / "out" / "c.png").exists()


def test_the_csv_round_trips_and_carries_edits(tmp_path):
    shutil.copy(GOLDEN / "two" / "c.json", tmp_path / "c.json")
    assert _render(str(tmp_path / "c.json"), "--format", "csv").exit_code == 0
    same = load_csv(tmp_path / "c.csv")
    assert json_export.to_dict(same) == json_export.to_dict(load(tmp_path / "c.json"))
    lines = (tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()
    edited = [lines[0]] + [line.replace("IS had overrun Raqqa", "IS overran Raqqa") for line in lines[1:]
                           if not line.startswith("e3,")]
    edited.append(",,,,,2017-10-20,,on,Coalition declares Raqqa free,fact,,,dw-raqqa-2017-10-17")
    (tmp_path / "c.csv").write_text("\n".join(edited) + "\n", encoding="utf-8")
    result = _render(str(tmp_path / "c.csv"), "--format", "json", "--name", "again")
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))
    heads = [e["headline"] for e in data["events"]]
    assert "IS overran Raqqa" in heads and "Coalition declares Raqqa free" in heads
    assert not any(e["id"] == "e3" for e in data["events"]) and len(heads) == len(lines) - 1
    kept = next(e for e in data["events"] if e["headline"] == "IS overran Raqqa")
    assert kept["mentions"] and kept["text"]                             # what the CSV lacks, from the JSON


def test_the_workbook_round_trips(tmp_path):
    shutil.copy(GOLDEN / "two" / "c.json", tmp_path / "c.json")
    assert _render(str(tmp_path / "c.json"), "--format", "xlsx").exit_code == 0
    again = load(tmp_path / "c.xlsx")
    assert json_export.to_dict(again) == json_export.to_dict(load(tmp_path / "c.json"))


def _without_sc() -> bool:
    """No soffice, or a Debian LibreOffice without Calc (libreoffice-calc-nogui)."""
    program = Path("/usr/lib/libreoffice/program")
    return shutil.which("soffice") is None or (program.is_dir() and not (program / "libsclo.so").exists())


@pytest.mark.skipif(_without_sc(), reason="LibreOffice Calc is not installed (Debian: libreoffice-calc-nogui)")
def test_libreoffice_calc_opens_the_workbook_right_and_saves_it_readable(tmp_path):
    data = json.loads((GOLDEN / "one" / "c.json").read_text(encoding="utf-8"))
    data["events"][0]["headline"] = "Déjà vu – «Москва» 北京 القاهرة =1+1"
    (tmp_path / "c.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert _render(str(tmp_path / "c.json"), "--format", "xlsx").exit_code == 0
    saved = tmp_path / "saved"
    profile = (tmp_path / "lo-profile").as_uri()
    for target, folder in (("html", tmp_path), ("xlsx", saved)):
        subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
                        "--outdir", str(folder), str(tmp_path / "c.xlsx")], check=True, timeout=180,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shown = (tmp_path / "c.html").read_text(encoding="utf-8", errors="replace")
    assert "Déjà vu – «Москва» 北京 القاهرة =1+1" in shown.replace("&nbsp;", " ")
    shutil.copy(tmp_path / "c.json", saved / "c.json")
    back = load(saved / "c.xlsx")
    assert back.events[0].headline == data["events"][0]["headline"]
    assert [e.when.value for e in back.events] == [e["when"]["value"] for e in data["events"]]


def test_load_refuses_other_files(tmp_path):
    (tmp_path / "c.txt").write_text("x")
    with pytest.raises(InputError, match="json, .csv or .xlsx"):
        load(tmp_path / "c.txt")


@pytest.mark.parametrize("value", ["P1Q", "P2DE", "P1CE", "PXQ", "P3Y", "PT2H"])
def test_an_event_dated_by_a_duration_of_any_timex3_unit_loads(tmp_path, value):
    """What ``chrono build`` writes loads again (TempEval-3 has "a quarter" as P1Q)."""
    chron = load(_edit(tmp_path, lambda d: d["events"][0]["when"].update(value=value, start=None, end=None,
                                                                          granularity=None)))
    assert any(e.when.value == value and e.when.start is None for e in chron.events)
