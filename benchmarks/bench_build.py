"""Speed and scale of chrono: one article end to end, and a corpus on every core.

    python benchmarks/bench_build.py                       # one article: import, tag, build, peak memory
    python benchmarks/bench_build.py --corpus /tmp/corpus  # + corpus throughput with 1 and N jobs, memory an article
    python benchmarks/bench_build.py --merge               # + the merge on one-day buckets (bench_scale.py merge)

Make a corpus with benchmarks/make_corpus.py. Figures are wall-clock medians of --repeat runs of the
installed `chrono` command (start-up included); peak memory is the largest resident set of a run.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "dw-raqqa-2017-10-14.txt"
CHRONO = [str(Path(sys.executable).parent / "chrono")]


def timed(cmd: list[str], repeat: int) -> tuple[float, float]:
    """Median wall seconds and peak RSS (MB) of a command."""
    times, peaks = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
        peaks.append(max(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, before) / 1024)
    return statistics.median(times), max(peaks)


def single(repeat: int) -> None:
    out = tempfile.mkdtemp()
    rows = [
        ("import chrono", [sys.executable, "-c", "import chrono"]),
        ("chrono tag", CHRONO + ["tag", str(EXAMPLE)]),
        ("chrono build (docx,png,json)", CHRONO + ["build", str(EXAMPLE), "--out", out, "-q"]),
    ]
    print(f"one article ({EXAMPLE.name}), median of {repeat}:")
    for label, cmd in rows:
        wall, peak = timed(cmd, repeat)
        print(f"  {label:<30} {wall:6.3f} s   peak RSS {peak:6.1f} MB")
    shutil.rmtree(out)


def digest(folder: Path) -> str:
    return hashlib.sha256((folder / "chronology.json").read_bytes()).hexdigest()[:16]


def corpus(path: Path, jobs: list[int]) -> None:
    n = sum(1 for p in path.rglob("*.txt"))
    print(f"corpus {path} ({n} articles):")
    base = None
    digests = set()
    for j in jobs:
        out = Path(tempfile.mkdtemp())
        cmd = CHRONO + ["build", str(path), "--jobs", str(j), "--format", "json", "--out", str(out), "-q"]
        wall, peak = timed(cmd, 1)
        base = base or wall
        digests.add(digest(out))
        print(f"  --jobs {j}: {wall:6.2f} s  {n / wall:7.1f} articles/s  speed-up x{base / wall:.2f}  "
              f"peak RSS {peak:6.1f} MB ({peak * 1024 / max(n, 1):.1f} KB an article, the largest process so far)")
        shutil.rmtree(out)
    print(f"  same chronology for every --jobs: {'yes' if len(digests) == 1 else 'NO'}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--jobs", default=f"1,{os.cpu_count() or 1}")
    ap.add_argument("--merge", action="store_true", help="the merge on one-day buckets of 4,000 and 8,000 articles")
    args = ap.parse_args()
    single(args.repeat)
    if args.corpus:
        corpus(args.corpus, [int(j) for j in args.jobs.split(",")])
    if args.merge:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from bench_scale import merge
        print("the merge on one-day buckets (CPU s of assemble; see benchmarks/bench_scale.py):")
        merge([4000, 8000])


if __name__ == "__main__":
    main()
