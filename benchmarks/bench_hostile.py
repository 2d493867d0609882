"""Time of the whole analysis (reader, tagger, events, merge) on pathological text, at growing sizes.

    python benchmarks/bench_hostile.py [--sizes 10000,100000,1000000]

For each kind of hostile text it prints the seconds per size and the ratio of time per character
between the largest and the smallest size: about 1 means linear time.
"""
from __future__ import annotations

import argparse
import time
from datetime import date

from chrono.reader.document import parse_text
from chrono.chronology import build_chronology

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
}


def seconds(text: str) -> float:
    t0 = time.perf_counter()
    doc = parse_text("Title\n\nOctober 14, 2017\n\n" + text, published=date(2017, 10, 14))
    build_chronology([doc])
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="10000,100000,1000000")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(f"{'kind':<12}" + "".join(f"{n:>12,}" for n in sizes) + "   ratio (per char, largest/smallest)")
    for kind, unit in KINDS.items():
        times = [seconds((unit * (n // len(unit) + 1))[:n]) for n in sizes]
        ratio = (times[-1] / sizes[-1]) / (times[0] / sizes[0])
        print(f"{kind:<12}" + "".join(f"{t:>11.3f}s" for t in times) + f"   {ratio:5.2f}")


if __name__ == "__main__":
    main()
