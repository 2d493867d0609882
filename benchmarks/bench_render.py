"""Speed of the renderers: each writer and the whole `chrono build`, start-up included.

    python benchmarks/bench_render.py                   # this working tree
    python benchmarks/bench_render.py --rev 82778a9     # ... and beside it a git revision (before/after)

Every figure is the median wall time of --repeat runs of the installed `chrono` command in a fresh
process (start-up and imports included: that is what a user waits for), with the largest resident
set of those runs. Rows: `chrono build` with its default formats (docx, png, json), each format
alone, and the example article with a hostile sentence (a 5,000-digit 'word', runs of '/-.' and
'(' inside an event's headline) for the picture and the briefing. --rev exports that revision with `git archive` into a
temporary folder and runs the same commands with it first on PYTHONPATH.

    python benchmarks/bench_render.py --corpus 2000 --keep /tmp/corpus-out

builds 2,000 articles made from TempEval-3 (benchmarks/make_corpus.py) in every format, then renders its
JSON in each format alone (the analyst's loop at scale); docs/corpus-timeline.png is its PNG.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "dw-raqqa-2017-10-14.txt"
# `chrono` from the tree on PYTHONPATH: run from a neutral folder, so that neither the current
# folder nor the editable install's import hook picks another tree
CHRONO = "import sys; from chrono.cli import main; sys.exit(main())"
HOSTILE = ("9" * 5000 + " " + "/-." * 2000 + " " + "(" * 3000 + " January" * 500)


def run(cmd: list[str], env: dict) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one run of a command."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=tempfile.gettempdir(), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}")
    return wall, usage.ru_maxrss / 1024


def timed(cmd: list[str], env: dict, repeat: int) -> tuple[float, float]:
    runs = [run(cmd, env) for _ in range(repeat)]
    return statistics.median(w for w, _ in runs), max(m for _, m in runs)


def hostile_article(folder: Path) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    lines = text.splitlines()
    body = "\n".join(lines[:6] + [f"Rebels took the town {HOSTILE} on Friday, officials said."] + lines[6:])
    path = folder / "hostile.txt"
    path.write_text(body, encoding="utf-8")
    return path


def rows(chrono: list[str], folder: Path) -> list[tuple[str, list[str]]]:
    out = ["--out", str(folder / "out"), "-q"]
    hostile = hostile_article(folder)
    return [("build (docx,png,json)", chrono + ["build", str(EXAMPLE)] + out),
            *[(f"  --format {f}", chrono + ["build", str(EXAMPLE), "--format", f] + out)
              for f in ("json", "png", "docx", "svg", "pdf")],
            ("hostile --format png", chrono + ["build", str(hostile), "--format", "png"] + out),
            ("hostile --format docx", chrono + ["build", str(hostile), "--format", "docx"] + out)]


def corpus(count: int, folder: Path, keep: Path | None) -> None:
    """A corpus of ``count`` articles (benchmarks/make_corpus.py from TempEval-3): `chrono build` of it
    in every format, then `chrono render` of its JSON in each format alone; every output is checked to
    exist. With ``keep``, the outputs are copied there (the PNG is the one in docs/)."""
    from chrono.formats import names
    source = ROOT.parent / "shared" / "data" / "tempeval3" / "train"
    articles = folder / "corpus"
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(source), str(articles),
                    "--count", str(count)], check=True, stdout=subprocess.DEVNULL)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    chrono = [sys.executable, "-c", CHRONO]
    out = folder / "out"
    every = [f for f in names()]
    wall, peak = run(chrono + ["build", str(articles), "--format", ",".join(every), "--out", str(out),
                               "--name", "corpus", "-q"], env)
    print(f"{f'build {count} articles, every format':<40}{wall:8.2f} s {peak:6.0f} MB", flush=True)
    for fmt in every:
        if fmt == "timeml":
            continue
        wall, peak = run(chrono + ["render", str(out / "corpus.json"), "--format", fmt, "--out",
                                   str(folder / "again"), "--name", "corpus"], env)
        print(f"{f'  render --format {fmt}':<40}{wall:8.2f} s {peak:6.0f} MB", flush=True)
    from chrono.formats import SUFFIXES
    missing = [f for f in every if not (out / f"corpus{SUFFIXES[f]}").is_file()]
    assert not missing, missing
    if keep:
        keep.mkdir(parents=True, exist_ok=True)
        for path in out.iterdir():
            shutil.copy(path, keep / path.name)


def export_revision(rev: str, folder: Path) -> Path:
    target = folder / f"rev-{rev}"
    target.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    return target


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--rev", help="also time this git revision (e.g. the one before a change)")
    ap.add_argument("--corpus", type=int, metavar="N",
                    help="instead: build a corpus of N TempEval-3 articles in every format, render its JSON")
    ap.add_argument("--keep", type=Path, help="with --corpus: copy the corpus's outputs to this folder")
    args = ap.parse_args()
    if args.corpus:
        folder = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
        try:
            corpus(args.corpus, folder, args.keep)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return
    chrono = [sys.executable, "-c", CHRONO]
    folder = Path(tempfile.mkdtemp(prefix="bench-render-"))
    trees = [("this tree", dict(os.environ, PYTHONPATH=str(ROOT)))]
    if args.rev:
        src = export_revision(args.rev, folder)
        trees.insert(0, (args.rev, dict(os.environ, PYTHONPATH=str(src))))
    try:
        print(f"median of {args.repeat} runs, wall seconds / peak RSS MB, start-up included "
              f"({os.cpu_count()} cores)")
        header = f"{'':<24}" + "".join(f"{name:>22}" for name, _ in trees)
        print(header)
        for label, cmd in rows(chrono, folder):
            cells = []
            for _, env in trees:
                wall, peak = timed(cmd, env, args.repeat)
                cells.append(f"{wall:8.2f} s {peak:6.0f} MB")
            print(f"{label:<24}" + "".join(f"{c:>22}" for c in cells), flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
