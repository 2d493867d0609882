"""Failing clean and stopping clean (issue 16): one-line errors at the edges, and SIGTERM/SIGINT during a
corpus build end every worker and leave no temporary file, only whole outputs."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from chrono.cli import main

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "dw-raqqa-2017-10-14.txt"
CHRONO = [sys.executable, "-m", "chrono"]


def _one_line_error(result, needle: str) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert result.output.strip().splitlines()[-1].startswith("chrono: error:"), result.output
    assert needle in result.output, result.output


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_fifo_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    proc = subprocess.run([*CHRONO, "build", str(fifo), "--out", str(tmp_path / "out")], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "empty" in proc.stderr                        # nobody writes to it: read as empty, at once


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
def test_a_fed_pipe_is_read(tmp_path):
    """``chrono tag <(cat article.txt)`` works: a named pipe a writer holds open is read to its end."""
    proc = subprocess.run(["bash", "-c", f"{sys.executable} -m chrono tag <(cat '{EXAMPLE}')"], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert '"text": "Saturday"' in proc.stdout


def test_an_output_folder_that_cannot_be_written_is_one_line(tmp_path, monkeypatch):
    import tempfile

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(tempfile, "mkstemp", refuse)      # root may write anywhere: simulate the refusal
    result = CliRunner().invoke(main, ["build", str(EXAMPLE), "--format", "json", "--out", str(tmp_path)])
    _one_line_error(result, "cannot write in")


def test_eval_errors_into_a_missing_folder_is_one_line(tmp_path):
    gold = tmp_path / "g.tml"
    gold.write_text('<?xml version="1.0" ?><TimeML><DOCID>d</DOCID><DCT><TIMEX3 tid="t0" type="DATE" '
                    'value="2017-10-14" functionInDocument="CREATION_TIME">2017-10-14</TIMEX3></DCT>'
                    '<TEXT>It fell on <TIMEX3 tid="t1" type="DATE" value="2017-10-13">Friday</TIMEX3>.</TEXT>'
                    '</TimeML>', encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", str(gold), "--errors", str(tmp_path / "no" / "such" / "e.txt")])
    _one_line_error(result, "cannot write")


def _corpus(folder: Path, n: int) -> Path:
    folder.mkdir()
    for i in range(n):
        shutil.copy(EXAMPLE, folder / f"a{i:04d}.txt")
    return folder


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().split(")")[-1].split()[0] == "Z")


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc to find the workers")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_ends_the_workers_and_leaves_no_partial_file(tmp_path, signum):
    corpus = _corpus(tmp_path / "corpus", 400)
    out = tmp_path / "out"
    # as from a terminal: a test run started in the background (`pytest &`, nohup) inherits SIGINT
    # ignored, and Python keeps it ignored, so the child gets the default disposition back
    proc = subprocess.Popen([*CHRONO, "build", str(corpus), "--jobs", "2", "--out", str(out),
                             "--format", "json,csv"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(workers) < 2 and proc.poll() is None:
        workers |= _children(proc.pid)
        time.sleep(0.05)
    assert workers, "the build started no workers"
    time.sleep(0.3)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode != 0 and "Traceback" not in err, err
    time.sleep(0.5)
    assert not [w for w in workers if _alive(w)], "workers outlived the build"
    left = [p.name for p in out.iterdir()] if out.exists() else []
    assert not [n for n in left if n.endswith(".part")], left
    for name in left:                                   # whatever is there is whole
        if name.endswith(".json"):
            json.loads((out / name).read_text(encoding="utf-8"))
