"""A regular install works (issue 16): the wheel carries the styles and templates, found through
importlib.resources, and builds the example away from the repository.

The wheel is built without its dependencies and unpacked into a temporary folder; a fresh
interpreter, started outside the repository with only that folder (and this environment's
third-party packages) on its path, builds the example in every default format and with --style dark.
``.ci/run`` does the same with a fresh virtual environment and ``pip install <wheel>``.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "dw-raqqa-2017-10-14.txt"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    for isolation in ([], ["--no-build-isolation"]):    # isolated (fetches setuptools), else this environment's
        proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", *isolation, "-q",
                               "-w", str(out), str(ROOT)], capture_output=True, text=True, timeout=600)
        if proc.returncode == 0:
            break
    if proc.returncode != 0:
        pytest.skip(f"pip could not build the wheel here: {proc.stderr.strip().splitlines()[-1:]}")
    return next(out.glob("chrono-*.whl"))


def test_the_wheel_carries_styles_and_language_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for style in ("briefing", "dark"):
        assert f"chrono/styles/{style}.mplstyle" in names and f"chrono/styles/{style}.docx" in names
    assert "chrono/lang/en/__init__.py" in names and "chrono/py.typed" in names
    assert "chrono/schema/chronology.schema.json" in names
    if (ROOT / "chrono" / "lang" / "en" / "syntax" / "config.cfg").exists():      # the parser we train ships whole
        shipped = {str(p.relative_to(ROOT)).replace("\\", "/") for p in (ROOT / "chrono" / "lang" / "en" / "syntax").rglob("*")
                   if p.is_file()}
        assert shipped <= names, sorted(shipped - names)


def test_an_installed_chrono_builds_outside_the_repository(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    work = tmp_path / "work"
    work.mkdir()
    third_party = [p for p in sys.path if p.endswith("site-packages")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), *third_party]), "PYTHONSAFEPATH": "1"}
    for style in ("briefing", "dark"):
        proc = subprocess.run([sys.executable, "-c", "from chrono.cli import main; main()", "build", str(EXAMPLE),
                               "--out", str(work / style), "--style", style], cwd=work, env=env,
                              capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        written = sorted(p.name for p in (work / style).iterdir())
        assert written == ["dw-raqqa-2017-10-14.docx", "dw-raqqa-2017-10-14.json", "dw-raqqa-2017-10-14.png"]
        assert json.loads((work / style / "dw-raqqa-2017-10-14.json").read_text(encoding="utf-8"))["events"]
    probe = subprocess.run([sys.executable, "-c", "import chrono; print(chrono.__file__)"], cwd=work, env=env,
                           capture_output=True, text=True, timeout=60)
    assert probe.stdout.strip().startswith(str(site)), probe.stdout     # the installed copy, not the repository's
