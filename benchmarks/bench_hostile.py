"""Time and memory of the analysis on pathological text, at growing sizes: the tagger, and the whole
build (reader, tagger, events, merge).

    python benchmarks/bench_hostile.py [--sizes 40000,160000,640000] [--kinds dates,months]

Each kind of hostile text is one unit repeated to the size. Every (kind, size) runs in its own
process, after a warm-up on a short text (so the parser's loading is not counted), and prints the
seconds of ``tag`` and of ``build``, and the peak resident memory of the process. The ratio is the
CPU time per character of the largest size over that of the smallest: about 1 means linear time
(the acceptance of issue 17: build at most 1.5, peak memory under 300 MB).
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from datetime import date

KINDS = {
    "digits": "1234567890",
    "separators": "/-.:,/ ",
    "months": "January February March 2017 ",
    "brackets": "((([[[{{{",
    "quotes": '"\' “”‘’ ',
    "dates": "on Friday, 14 October 2017, 10:30 a.m., since early 2014 and two days later. ",
    "no spaces": "abcdefghij",
    "newlines": "x.\n\n",
    "sentences": "The army said on Monday it will attack next week. ",
    "attacked": "the army attacked on Monday and ",
    "anaphora": "Two days later, five days earlier, a week after that, ",
    "reporting": "the minister said the general said ",
}

HEAD = "Title\n\nOctober 14, 2017\n\n"


def text_of(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


def measure(unit: str, n: int) -> dict:
    """In this process: tag and build seconds (CPU) of ``unit`` repeated to ``n`` characters, and peak MB."""
    from chrono.chronology import build_chronology
    from chrono.reader.document import parse_text
    from chrono.timex import tag
    published = date(2017, 10, 14)
    build_chronology([parse_text(HEAD + text_of(unit, 2000), published=published)])     # warm-up
    text = HEAD + text_of(unit, n)
    t0 = time.process_time()
    tag(text, published)
    t1 = time.process_time()
    chron = build_chronology([parse_text(text, published=published)])
    t2 = time.process_time()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"tag": t1 - t0, "build": t2 - t1, "peak": peak, "events": len(chron.events)}


def child(kind: str, n: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", kind, str(n)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="40000,160000,640000")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(measure(KINDS[args.child[0]], int(args.child[1]))))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'kind':<11}" + "".join(f"{n:>22,}" for n in sizes) + "   tag ratio  build ratio  peak MB")
    print(f"{'':<11}" + "".join(f"{'tag s / build s':>22}" for _ in sizes))
    for kind in args.kinds.split(","):
        runs = [child(kind, n) for n in sizes]
        ratio = {k: (runs[-1][k] / sizes[-1]) / max(runs[0][k] / sizes[0], 1e-12) for k in ("tag", "build")}
        cells = "".join(f"{r['tag']:>10.2f} / {r['build']:>7.2f}" for r in runs)
        print(f"{kind:<11}{cells}   {ratio['tag']:8.2f}  {ratio['build']:10.2f}  {max(r['peak'] for r in runs):7.0f}",
              flush=True)


if __name__ == "__main__":
    main()
