#!/usr/bin/env python3
"""Tagging throughput beside dateparser.search_dates, and a linearity check.

Usage:  python benchmarks/bench_tag.py [CORPUS_DIR] [--dateparser-docs N]
        python benchmarks/bench_tag.py --lang de,es,fr     (tokens/s per language, English beside)

Throughput is whitespace tokens per second over the TEXT of every TimeML file of the
corpus (default: ../shared/data/tempeval3/train). dateparser is slow, so it runs on the
first N documents (default 40) and chrono is timed on exactly the same documents too.
The linearity check tags pathological texts of growing size (digit runs, repeated month
names, separators): time per character must stay flat.
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chrono.evaluate import find_timeml, read_timeml  # noqa: E402
from chrono.timex import tag  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "data" / "tempeval3" / "train"
DATA = ROOT.parent / "shared" / "data"
#: The development corpus of each language: TimeML folders, and raw news (``news-multi``, dated by its index).
CORPORA = {"en": ([DEFAULT], None), "es": ([DATA / "tempeval3-es" / "train"], None),
           "de": ([DATA / "krauts-de"], None), "fr": ([ROOT / "tests" / "data" / "fr"], "fr")}


def _corpus(code: str) -> list[tuple[str, date | None]]:
    """(text, publication date) of every development document of a language."""
    import json
    folders, raw = CORPORA[code]
    docs = [(d.text, d.dct) for d in (read_timeml(f) for f in find_timeml([str(p) for p in folders]))]
    index = DATA / "news-multi" / "index.json"
    if raw and index.exists():
        for entry in json.loads(index.read_text(encoding="utf-8")).get(raw, []):
            path = index.parent / raw / entry["file"]
            docs.append((path.read_text(encoding="utf-8"), date.fromisoformat(entry["published"])))
    return docs


def by_language(codes: list[str]) -> None:
    """Tokens/s of each language's corpus, English measured in the same run (a loaded machine
    slows all alike: compare the ratios)."""
    codes = ["en"] + [c for c in codes if c != "en"]
    base = None
    for code in codes:
        docs = _corpus(code)
        tokens = sum(len(text.split()) for text, _ in docs)
        for text, dct in docs[:3]:
            tag(text, dct, language=code)                                # compile the rules

        def run():
            for text, dct in docs:
                tag(text, dct, language=code)
        t = _time(run, repeat=3)
        c = _time(run, repeat=3, clock=time.process_time)
        base = base or tokens / c
        print(f"{code}  {len(docs):4} docs {tokens:8,} tokens: {tokens / t:10,.0f} tokens/s wall, "
              f"{tokens / c:10,.0f} CPU  ({tokens / c / base:.2f} of English)")


def _time(fn, repeat: int = 1, clock=time.perf_counter) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = clock()
        fn()
        best = min(best, clock() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--dateparser-docs", type=int, default=40)
    ap.add_argument("--lang", help="comma-separated language codes: tokens/s per language (and English)")
    args = ap.parse_args()
    if args.lang:
        by_language([c.strip() for c in args.lang.split(",") if c.strip()])
        return
    docs = [read_timeml(f) for f in find_timeml([args.corpus])]
    tokens = sum(len(d.text.split()) for d in docs)
    tag("warm up on Friday, 10 a.m., two years ago", date(2017, 10, 14))   # compile the rules

    def run_chrono(ds):
        for d in ds:
            tag(d.text, d.dct)

    t = _time(lambda: run_chrono(docs), repeat=3)
    print(f"chrono       {len(docs)} docs, {tokens} tokens: {t:.3f} s = {tokens / t:,.0f} tokens/s")
    c = _time(lambda: run_chrono(docs), repeat=3, clock=time.process_time)
    print(f"  CPU time   {c:.3f} s = {tokens / c:,.0f} tokens/s (what a loaded machine leaves comparable)")

    subset = docs[:args.dateparser_docs]
    sub_tokens = sum(len(d.text.split()) for d in subset)
    t_c = _time(lambda: run_chrono(subset), repeat=3)
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("dateparser not installed: no comparison")
        return

    def run_dp():
        for d in subset:
            base = datetime.combine(d.dct, datetime.min.time()) if d.dct else None
            search_dates(d.text, languages=["en"], settings={"RELATIVE_BASE": base} if base else None)

    t_d = _time(run_dp)
    print(f"same {len(subset)} docs, {sub_tokens} tokens:")
    print(f"  chrono     {sub_tokens / t_c:12,.0f} tokens/s")
    print(f"  dateparser {sub_tokens / t_d:12,.0f} tokens/s  (search_dates)")
    print(f"  ratio      {t_d / t_c:12.1f} x")

    print("linearity (time per 1,000 characters must stay flat):")
    units = {
        "digit runs": "1234567890" * 10 + " ",
        "month names": "May June July August 1998 ",
        "separators": "12/12/12-12.12:12,12 -- // ",
        "mixed": "early last Friday two years ago the third quarter of 1989 10 a.m. ",
    }
    for name, unit in units.items():
        row = []
        for n in (1_000, 10_000, 100_000):
            text = (unit * (n // len(unit) + 1))[:n]
            dt = _time(lambda: tag(text, date(2017, 10, 14)), repeat=2)
            row.append(dt / n * 1000 * 1000)
        print(f"  {name:12} " + "  ".join(f"{n:>7,} chars {r:7.2f} ms/1k" for n, r in zip((1_000, 10_000, 100_000), row))
              + f"   ratio 100k/1k per char {row[2] / row[0]:.2f}")


if __name__ == "__main__":
    main()
