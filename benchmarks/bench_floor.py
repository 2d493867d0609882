"""How close a cold ``chrono build`` is to the floor its libraries set (issue 16).

Prints, side by side in one run, the CPU time (user + system, of the child process) of

- ``chrono build EXAMPLE --format docx,png,json`` in a fresh interpreter (cold: every import paid), and
- a floor script that imports the same libraries (matplotlib's Agg backend, python-docx, chrono's
  own packages, and the syntactic model where one is shipped and loaded by a build) and writes an
  empty 1920x1080 PNG and an empty DOCX,

with their medians over ``--runs`` runs and the ratio of the medians. Target: chrono <= 1.25 x floor.
CPU time, not wall time, so a busy machine changes the figures less.

    python benchmarks/bench_floor.py [--runs 7] [--article FILE]
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "dw-raqqa-2017-10-14.txt"

FLOOR = r"""
import sys, io
import matplotlib
matplotlib.use("Agg")
from matplotlib.figure import Figure
from matplotlib.backends.backend_agg import FigureCanvasAgg
import docx
import chrono, chrono.pipeline, chrono.timex, chrono.events, chrono.chronology
from pathlib import Path
model = Path(chrono.__file__).parent / "lang" / "en" / "syntax"
if (model / "config.cfg").exists():                 # a build parses with the shipped model: so does the floor
    import spacy
    spacy.load(model)
out = sys.argv[1]
fig = Figure(figsize=(19.2, 10.8), dpi=100)
FigureCanvasAgg(fig)
fig.savefig(out + "/floor.png", format="png")
docx.Document().save(out + "/floor.docx")
"""


def cpu_of(command: list[str]) -> float:
    """CPU seconds (user + system) that ``command`` used, run to completion."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={**os.environ, "PYTHONHASHSEED": "0"})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--article", type=Path, default=EXAMPLE)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        floor_script = Path(tmp) / "floor.py"
        floor_script.write_text(FLOOR, encoding="utf-8")
        build = [sys.executable, "-m", "chrono", "build", str(args.article), "--format", "docx,png,json",
                 "--out", tmp, "--quiet"]
        floor = [sys.executable, str(floor_script), tmp]
        cpu_of(build), cpu_of(floor)                       # warm the page cache and matplotlib's font cache
        builds, floors = [], []
        for _ in range(args.runs):                         # alternate, so load changes touch both alike
            builds.append(cpu_of(build))
            floors.append(cpu_of(floor))
    b, f = statistics.median(builds), statistics.median(floors)
    print(f"cold chrono build (docx, png, json): median {b:.3f} s CPU  (min {min(builds):.3f}, max {max(builds):.3f})")
    print(f"floor (same imports, empty PNG + DOCX): median {f:.3f} s CPU  (min {min(floors):.3f}, max {max(floors):.3f})")
    print(f"ratio {b / f:.2f} (target <= 1.25) over {args.runs} runs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
