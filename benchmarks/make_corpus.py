"""Make a news corpus for the scale benchmarks from TimeML files.

Each article is a dateline line made from the file's DCT, a blank line, then the TEXT content with the
tags removed. The TimeML files are cycled until N articles exist (file names carry the round number).

    python benchmarks/make_corpus.py ../shared/data/tempeval3/train /tmp/corpus --count 2000
"""
from __future__ import annotations

import argparse
import html
import re
from datetime import date
from pathlib import Path

TAG = re.compile(r"<[^>]*>")
DCT = re.compile(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*value="(\d{4})-(\d{2})-(\d{2})')
DCT_ALT = re.compile(r'<TIMEX3[^>]*value="(\d{4})-(\d{2})-(\d{2})[^"]*"[^>]*functionInDocument="CREATION_TIME"')
TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)


def article(tml: str) -> str | None:
    m = DCT.search(tml) or DCT_ALT.search(tml)
    body = TEXT.search(tml)
    if not m or not body:
        return None
    d = date(int(m[1]), int(m[2]), int(m[3]))
    text = html.unescape(TAG.sub("", body[1])).strip()
    return f"{d:%B} {d.day}, {d.year}\n\n{text}\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", type=Path)
    ap.add_argument("target", type=Path)
    ap.add_argument("--count", type=int, default=2000)
    args = ap.parse_args()
    texts = []
    for path in sorted(args.source.rglob("*.tml")):
        a = article(path.read_text(encoding="utf-8"))
        if a:
            texts.append((path.stem, a))
    args.target.mkdir(parents=True, exist_ok=True)
    for i in range(args.count):
        stem, text = texts[i % len(texts)]
        (args.target / f"{i // len(texts):02d}-{stem}.txt").write_text(text, encoding="utf-8")
    print(f"wrote {args.count} articles from {len(texts)} TimeML files to {args.target}")


if __name__ == "__main__":
    main()
