"""How the corpus stages grow: the merge on one day's bucket, each writer, the memory of a corpus build.

    python benchmarks/bench_scale.py merge   [--sizes 4000,8000]          # one-day buckets
    python benchmarks/bench_scale.py writers [--sizes 2000,8000]          # every writer at N and 4N
    python benchmarks/bench_scale.py memory  --corpus DIR [--sizes 2000,4000,8000] [--jobs 2]

``merge``: N articles whose events all fall on one day (one bucket of the merge), each telling its own
happening in words that many share: "named" (each names its own place: "Forces shelled Kafr 17 near
the border"), "plain" (no names; 2 words of 20
common ones, 4 of 100,000 rare ones) and "wire" (the
common events of the story retold by every article, merging into few events). CPU seconds of
``assemble`` (the least of ``--repeat`` runs), and the ratio of the largest size to the smallest (2 for
linear); then the largest size spread over two days (two buckets of half the size) and the ratio of
one day to two days: near 1 when a bucket's size costs nothing beyond its number of events (what is
left of the first ratio above 2 is the cost of a larger process: memory, caches).

``writers``: the 500-article wire corpus of tests/test_scale.py grown to N articles (its events
spread over days), every writer timed on it; the ratio of the times for the largest and smallest
size, against the ratio of sizes.

``memory``: the peak resident memory of the merging process of ``build_corpus`` on the first N
articles of a corpus (benchmarks/make_corpus.py makes one), each N in its own process, and the
growth per article extrapolated to a million. Noisy when other work shares the machine.
"""
from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from chrono.chronology import assemble
from chrono.model import Document, Event, Mention, Modality, When
from chrono.timevalue import interval

DAY = "2021-03-04"


def _when(value: str) -> When:
    start, end, grain = interval(value)
    return When(value, None, start, end, grain)


def _headline(kind: str, i: int, rng: random.Random, vocab: list[str], weights: list[float]) -> str:
    if kind == "named":
        verb = ("shelled", "bombed", "raided", "entered", "besieged", "cleared")[i % 6]
        return f"Forces {verb} Kafr{i} near the border"
    if kind == "plain":
        return " ".join(rng.choices(vocab[:20], weights[:20], k=2) + rng.choices(vocab[20:], k=4))
    return ("Ceasefire for Hodeidah agreed in Stockholm", "United Nations monitors arrived in Hodeidah",
            "A convoy of trucks reached the port of Hodeidah")[i % 3]


def bucket(kind: str, n: int, days: int = 1):
    """``n`` one-event documents, all on one day (``days``: spread over that many days, in turn)."""
    rng = random.Random(17)
    vocab = [f"w{k}x" for k in range(100_000)]
    weights = [1 / (k + 1) for k in range(100_000)]
    docs, timexes, events = [], [], []
    whens = [_when((date.fromisoformat(DAY) + timedelta(days=d)).isoformat()) for d in range(days)]
    for i in range(n):
        doc = Document(f"a{i:05d}", "", title=f"Report {i}", published=date(2021, 3, 5))
        docs.append(doc)
        timexes.append([])
        events.append([Event("", _headline(kind, i, rng, vocab, weights), "", whens[i % days], Modality.FACT,
                             mentions=(Mention(doc.id, 0, 10),))])
    return docs, timexes, events


def _timed(parts, repeat: int) -> tuple[float, int]:
    """The least CPU seconds of ``repeat`` runs of ``assemble`` (after a collection), and its events."""
    best, count = float("inf"), 0
    for _ in range(repeat):
        gc.collect()
        t0 = time.process_time()
        chron = assemble(*parts)
        best, count = min(best, time.process_time() - t0), len(chron.events)
    return best, count


def merge(sizes: list[int], repeat: int = 3) -> None:
    """Each kind of bucket at each size; then, as a control, the largest size spread over two days (two
    buckets of half the size): what the process's size costs beside what the bucket's size does."""
    assemble(*bucket("plain", 100))                         # warm up: the language's words compiled
    print(f"{'bucket':<8}" + "".join(f"{n:>12,}" for n in sizes) + "   ratio   events        "
          f"{sizes[-1]:,} on 2 days   one day / 2 days")
    for kind in ("named", "plain", "wire"):
        runs = [_timed(bucket(kind, n), repeat) for n in sizes]
        times, counts = [t for t, _ in runs], [c for _, c in runs]
        spread, _ = _timed(bucket(kind, sizes[-1], days=2), repeat)
        print(f"{kind:<8}" + "".join(f"{t:>11.2f}s" for t in times) + f"   {times[-1] / times[0]:5.2f}   "
              + f"{'/'.join(map(str, counts)):<14}{spread:>11.2f}s   {times[-1] / spread:5.2f}", flush=True)


def wire(n: int):
    """The wire corpus of tests/test_scale.py, of ``n`` articles."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from test_scale import _corpus
    return _corpus(n)


def writers(sizes: list[int]) -> None:
    from chrono import formats
    names = [f for f in formats.names() if f not in ("png", "svg", "pdf", "pptx")]     # pictures: bench_render
    chrons = [wire(n) for n in sizes]
    print(f"{'writer':<11}" + "".join(f"{n:>12,}" for n in sizes) + f"   ratio (sizes x{sizes[-1] / sizes[0]:g})")
    from chrono.present import Briefing
    times = []
    for chron in chrons:
        t0 = time.process_time()
        Briefing.of(chron)                  # what every writer reads, computed once a chronology
        times.append(time.process_time() - t0)
    print(f"{'(briefing)':<11}" + "".join(f"{t:>11.2f}s" for t in times) + f"   {times[-1] / max(times[0], 1e-9):5.2f}")
    with tempfile.TemporaryDirectory() as out:
        for name in names:
            fmt = formats.get(name)
            times = []
            for n, chron in zip(sizes, chrons):
                t0 = time.process_time()
                fmt.write(chron, Path(out) / f"{name}-{n}{fmt.suffix}", style="briefing")
                times.append(time.process_time() - t0)
            print(f"{name:<11}" + "".join(f"{t:>11.2f}s" for t in times) + f"   {times[-1] / max(times[0], 1e-9):5.2f}",
                  flush=True)


def memory_child(corpus: Path, n: int, jobs: int) -> dict:
    from chrono.pipeline import build_corpus
    files = sorted(str(p) for p in corpus.rglob("*.txt"))[:n]
    t0 = time.perf_counter()
    result = build_corpus(*files, jobs=jobs)
    return {"n": len(files), "seconds": time.perf_counter() - t0, "events": len(result.chronology.events),
            "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def memory(corpus: Path, sizes: list[int], jobs: int) -> None:
    rows = []
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "memory-child", "--corpus", str(corpus), "--sizes", str(n),
                              "--jobs", str(jobs)], check=True, stdout=subprocess.PIPE, text=True).stdout
        rows.append(json.loads(out.strip().splitlines()[-1]))
        r = rows[-1]
        print(f"  {r['n']:>6,} articles: peak {r['peak']:6.1f} MB of the merging process, {r['seconds']:6.1f} s, "
              f"{r['events']:,} events", flush=True)
    if len(rows) > 1:
        per = (rows[-1]["peak"] - rows[0]["peak"]) / max(rows[-1]["n"] - rows[0]["n"], 1) * 1024
        print(f"  growth {per:.1f} KB an article: a million articles ~ {(rows[0]['peak'] + per * 1e6 / 1024) / 1024:.1f} GB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", choices=("merge", "writers", "memory", "memory-child"))
    ap.add_argument("--sizes")
    ap.add_argument("--corpus", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=3, help="merge: runs of each size, the least CPU time counts")
    args = ap.parse_args()
    default = {"merge": "4000,8000", "writers": "2000,8000", "memory": "2000,4000,8000"}
    sizes = [int(s) for s in (args.sizes or default.get(args.what, "")).split(",")]
    if args.what == "merge":
        merge(sizes, args.repeat)
    elif args.what == "writers":
        writers(sizes)
    elif args.what == "memory":
        memory(args.corpus, sizes, args.jobs)
    else:
        print(json.dumps(memory_child(args.corpus, sizes[0], args.jobs)))


if __name__ == "__main__":
    main()
