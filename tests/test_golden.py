"""Golden outputs: the whole of every output, byte for byte, kept in ``tests/golden/``.

A refactoring must not change what chrono writes. These files were recorded before the move to stage
packages and language packs (issue "One house for every language"); a change of behaviour shows here
as a diff to review. To record them anew after a reviewed change of behaviour::

    CHRONO_REGEN_GOLDEN=1 pytest tests/test_golden.py

then read ``git diff --stat tests/golden`` (and the diffs of the text formats) before committing.
DOCX files are compared member by member (the zip container itself carries timestamps).
"""
from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from chrono.cli import main

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
EXAMPLE = ROOT / "examples" / "dw-raqqa-2017-10-14.txt"
SECOND = ROOT / "tests" / "data" / "events" / "dw-raqqa-2017-10-17.txt"
FORMATS = "docx,png,svg,json,csv,timelinejs,ics,timeml"
TEMPEVAL = ROOT.parent / "shared" / "data" / "tempeval3" / "train" / "TimeBank"
REGEN = os.environ.get("CHRONO_REGEN_GOLDEN") == "1"


def _members(path: Path) -> dict[str, bytes]:
    """What a file holds: a DOCX as its zip members, anything else as its bytes."""
    if path.suffix == ".docx":
        with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as z:
            return {f"{path.name}/{n}": z.read(n) for n in sorted(z.namelist())}
    return {path.name: path.read_bytes()}


def _check(case: str, produced: dict[str, bytes]) -> None:
    folder = GOLDEN / case
    if REGEN:
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.rglob("*"):
            if old.is_file():
                old.unlink()
        for name, data in produced.items():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        return
    if not folder.exists():
        pytest.fail(f"no golden outputs for {case}; record them with CHRONO_REGEN_GOLDEN=1")
    kept = {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
    assert sorted(produced) == sorted(kept), f"{case}: other files than recorded"
    changed = [name for name in kept if kept[name] != produced[name]]
    assert not changed, f"{case}: outputs differ from tests/golden/{case}: {changed}"


@pytest.mark.parametrize("case,articles", [("one", [EXAMPLE]), ("two", [EXAMPLE, SECOND])])
def test_build_outputs_are_unchanged(case, articles, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)            # paths as a user gives them, relative: the outputs name them so
    result = CliRunner().invoke(main, ["build", *(str(a.relative_to(ROOT)) for a in articles), "--format", FORMATS,
                                       "--out", str(tmp_path), "--name", "c"])
    assert result.exit_code == 0, result.output
    produced: dict[str, bytes] = {}
    for path in sorted(tmp_path.iterdir()):
        produced.update(_members(path))
    _check(case, produced)


def _tempeval_files() -> list[Path]:
    if not TEMPEVAL.is_dir():
        pytest.skip(f"{TEMPEVAL} is absent (../shared not beside the repository)")
    return sorted(TEMPEVAL.glob("*.tml"))[:10]


def test_tag_output_is_unchanged_on_tempeval_files(tmp_path):
    from chrono.evaluate import read_timeml
    produced: dict[str, bytes] = {}
    for path in _tempeval_files():
        gold = read_timeml(path)
        source = tmp_path / (path.stem + ".txt")
        source.write_text(gold.text, encoding="utf-8")
        result = CliRunner().invoke(main, ["tag", str(source), "--published", gold.dct.isoformat()])
        assert result.exit_code == 0, result.output
        produced[path.stem + ".jsonl"] = result.output.encode("utf-8")
    assert len(produced) == 10
    _check("tag", produced)


def test_golden_json_is_a_chronology():
    """The recorded JSON is itself valid (guards against recording an error page)."""
    data = json.loads((GOLDEN / "one" / "c.json").read_text(encoding="utf-8"))
    assert data["schema"] == "chrono.chronology/1" and len(data["events"]) >= 10
