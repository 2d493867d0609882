"""How close a cold ``chrono build`` is to the floor its libraries set (issue 16).

Prints, side by side in one run, the CPU time (user + system, of the child process) of

- ``chrono build EXAMPLE --format docx,png,json`` in a fresh interpreter (cold: every import paid), and
- a floor script that imports the same libraries (Pillow, which paints the PNG, python-docx, chrono's
  own packages, and the syntactic model where one is shipped and loaded by a build) and writes an
  empty 1920x1080 PNG and an empty DOCX,

with their medians over ``--runs`` runs and the ratio of the medians. Target: chrono <= 1.25 x floor.
CPU time, not wall time, so a busy machine changes the figures less.

Both run with their bytecode cached, as an installed chrono runs (``pip install`` compiles every
module): the children write and read ``.pyc`` files under a private ``PYTHONPYCACHEPREFIX`` in the
benchmark's temporary folder (the warm-up run fills it), whatever ``PYTHONDONTWRITEBYTECODE`` says,
and nothing is written into the source tree. Without it, a development tree with no ``__pycache__``
compiles each of chrono's ~110 modules from source in every build (~0.15 s here, against ~0.05 s
for the floor's chrono imports): ``--from-source`` measures that way.

The floor stays honest: the libraries (top-level packages outside the standard library) that the
build and the floor import are recorded in one extra run of each and compared; the benchmark names
any the build imports that the floor does not, or the other way round (the build no longer imports
matplotlib for the PNG, so neither does the floor; a floor that imported it would flatter the ratio).

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
from PIL import Image, ImageDraw, ImageFont
import docx
import chrono, chrono.pipeline, chrono.timex, chrono.events, chrono.chronology
from pathlib import Path
model = Path(chrono.__file__).parent / "lang" / "en" / "syntax"
if (model / "config.cfg").exists():                 # a build parses with the shipped model: so does the floor
    import spacy
    spacy.load(model)
out = sys.argv[1]
Image.new("RGB", (1920, 1080), "white").save(out + "/floor.png", format="png")
docx.Document().save(out + "/floor.docx")
"""

# Runs a script or module as the benchmark does, then writes the top-level packages it imported
# (outside the standard library) to the file named by CHRONO_BENCH_MODULES.
RECORD = r"""
import atexit, os, runpy, sys
def _record():
    names = sorted({m.split(".")[0] for m in list(sys.modules)} - set(sys.stdlib_module_names) - {"__main__"})
    with open(os.environ["CHRONO_BENCH_MODULES"], "w", encoding="utf-8") as f:
        f.write("\n".join(n for n in names if not n.startswith("_")))
atexit.register(_record)
target, sys.argv = sys.argv[1], sys.argv[1:]
if target == "-m":
    sys.argv = sys.argv[1:]
    runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
else:
    runpy.run_path(target, run_name="__main__")
"""


def child_env(tmp: Path, from_source: bool) -> dict[str, str]:
    """The children's environment: bytecode cached under ``tmp`` unless ``from_source``."""
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if not from_source:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    return env


def cpu_of(command: list[str], env: dict[str, str]) -> float:
    """CPU seconds (user + system) that ``command`` used, run to completion."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def libraries(command: list[str], folder: Path, env: dict[str, str]) -> set[str]:
    """The top-level packages outside the standard library that ``command`` (a Python command) imports."""
    record, listing = folder / "record.py", folder / "modules.txt"
    record.write_text(RECORD, encoding="utf-8")
    subprocess.run([command[0], str(record), *command[1:]], check=False, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, env={**env, "CHRONO_BENCH_MODULES": str(listing)})
    return set(listing.read_text(encoding="utf-8").split()) if listing.exists() else set()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--article", type=Path, default=EXAMPLE)
    ap.add_argument("--from-source", action="store_true",
                    help="no bytecode cache: every run compiles the modules that have no .pyc")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        env = child_env(Path(tmp), args.from_source)
        floor_script = Path(tmp) / "floor.py"
        floor_script.write_text(FLOOR, encoding="utf-8")
        build = [sys.executable, "-m", "chrono", "build", str(args.article), "--format", "docx,png,json",
                 "--out", tmp, "--quiet"]
        floor = [sys.executable, str(floor_script), tmp]
        cpu_of(build, env), cpu_of(floor, env)             # warm the page cache (and the bytecode cache)
        in_build, in_floor = libraries(build, Path(tmp), env), libraries(floor, Path(tmp), env)
        builds, floors = [], []
        for _ in range(args.runs):                         # alternate, so load changes touch both alike
            builds.append(cpu_of(build, env))
            floors.append(cpu_of(floor, env))
    b, f = statistics.median(builds), statistics.median(floors)
    print(f"cold chrono build (docx, png, json): median {b:.3f} s CPU  (min {min(builds):.3f}, max {max(builds):.3f})")
    print(f"floor (same imports, empty PNG + DOCX): median {f:.3f} s CPU  (min {min(floors):.3f}, max {max(floors):.3f})")
    mode = "compiled from source where no .pyc" if args.from_source else "bytecode cached, as installed"
    print(f"ratio {b / f:.2f} (target <= 1.25) over {args.runs} runs; {mode}")
    heavy = {"matplotlib", "PIL", "docx", "spacy", "numpy", "lxml", "thinc"}
    print(f"libraries both import: {', '.join(sorted(heavy & in_build & in_floor)) or '(none recorded)'}")
    for who, extra in (("build", in_build - in_floor), ("floor", in_floor - in_build)):
        if extra:
            print(f"only the {who} imports: {', '.join(sorted(extra))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
