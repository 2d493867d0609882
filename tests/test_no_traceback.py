"""``chrono`` never prints a traceback without ``--debug`` (issue 16): every bad input of
``test_bad_input.py`` and of ``test_clean_stop.py`` driven through the real command line, in a
process of its own (CliRunner would catch what a user would see as a traceback)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "dw-raqqa-2017-10-14.txt"


def _bad_inputs(tmp: Path) -> list[list[str]]:
    """Commands a user may get wrong, each with the input that makes it fail."""
    files = {"empty.txt": b"", "blank.txt": b" \n\t\r\n  \xc2\xa0\n", "nul.txt": b"Some text\x00\x00\x01 more",
             "image.txt": b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "doc.pdf": b"%PDF-1.7\n" + bytes(range(256)) * 4,
             "nodate.txt": b"A title line\n\nRebels took the town on Friday, officials said.\n",
             "bad.tml": b"<TimeML><TEXT>not closed"}
    for name, data in files.items():
        (tmp / name).write_bytes(data)
    (tmp / "empty_folder").mkdir()
    blocker = tmp / "blocker"
    blocker.write_text("a file where a folder should be")
    commands = [["build", str(tmp / name), "--out", str(tmp / "out")] for name in files if name.endswith((".txt", ".pdf"))]
    commands += [["tag", str(tmp / name)] for name in files if name.endswith((".txt", ".pdf")) and name != "nodate.txt"]
    commands += [
        ["build", str(tmp / "missing.txt")], ["tag", str(tmp / "missing.txt")],
        ["build", str(tmp / "empty_folder")],
        ["build", str(EXAMPLE), "--out", str(blocker / "sub")],
        ["build", str(EXAMPLE), "--format", "nope"],
        ["build", str(EXAMPLE), "--style", "nope"],
        ["build", str(EXAMPLE), "--style", str(tmp / "nope.docx"), "--out", str(tmp / "out")],
        ["build", str(EXAMPLE), "--style", str(tmp / "image.txt").replace(".txt", ".docx"), "--out", str(tmp / "o")],
        ["build", str(EXAMPLE), "--published", "14/10/2017"],
        ["build", str(EXAMPLE), "--jobs", "0"],
        ["eval", str(tmp / "bad.tml")], ["eval", str(tmp / "missing.tml")],
        ["eval", str(ROOT / "tests"), "--errors", str(tmp / "no" / "such" / "errors.txt")],
        ["nosuchcommand"],
    ]
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp / "fifo.txt")
        commands += [["build", str(tmp / "fifo.txt")], ["tag", str(tmp / "fifo.txt")]]
    (tmp / "image.docx").write_bytes(files["image.txt"])
    return commands


def test_no_bad_input_prints_a_traceback(tmp_path):
    failures = []
    for command in _bad_inputs(tmp_path):
        proc = subprocess.run([sys.executable, "-m", "chrono", *command], capture_output=True, text=True,
                              timeout=120, cwd=tmp_path)
        if "Traceback" in proc.stdout + proc.stderr or proc.returncode not in (1, 2):
            failures.append(f"{' '.join(command)} -> exit {proc.returncode}: {(proc.stderr or proc.stdout)[-300:]}")
        elif proc.returncode == 2 and not proc.stderr.strip():
            failures.append(f"{' '.join(command)}: exit 2 without a reason")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("command", [["--debug", "build", "missing.txt"]])
def test_debug_keeps_the_traceback(tmp_path, command):
    proc = subprocess.run([sys.executable, "-m", "chrono", *command], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)
    assert proc.returncode != 0 and "Traceback" in proc.stderr
