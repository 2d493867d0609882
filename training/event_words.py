"""Learn a language's event words (nouns, proper nouns, adjectives TimeML marks as EVENTs) from TimeML gold.

    .venv/bin/python training/event_words.py en ../shared/data/tempeval3/train
    .venv/bin/python training/event_words.py es ../shared/data/tempeval3/spanish-train   # (where there is one)

Every sentence of every TimeML file (its TEXT, as ``chrono eval`` reads it) is parsed with the shipped
pipeline of the language; a noun, proper noun or adjective form (lower-cased) is an event word when gold
marks it as an EVENT extent at least ``--min-count`` times and in at least ``--min-share`` of its
occurrences. The words go to ``chrono/lang/<code>/events/event_words.tsv`` (UPOS, form, times marked,
occurrences), read by :mod:`chrono.lang.<code>.events.mentions`. Verbs need no list: every verb that is a
predicate is an event (:mod:`chrono.events.mentions`).

It prints, as a check of what a list learnt this way does on text it was not learnt from, the strict
extent P/R/F1 of the whole tagger on each half of the files with the list learnt on the other half.
The list is derived from the annotations of TimeBank 1.2 and AQUAINT (TempEval-3 training data).
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chrono import lang  # noqa: E402
from chrono.evaluation.gold import find_timeml, read_timeml  # noqa: E402
from chrono.events import parse as parsing  # noqa: E402
from chrono.events.mentions import sentence_mentions  # noqa: E402
from chrono.lang.events import MentionWords  # noqa: E402
from chrono.reader.document import parse_text  # noqa: E402

POS = ("NOUN", "PROPN", "ADJ")


def parsed_documents(paths: list[Path], code: str) -> list[tuple[set, list]]:
    """Per document: its gold EVENT extents and its parsed sentences (offset, parse)."""
    out = []
    for path in paths:
        doc = read_timeml(path)
        if not doc.events:
            continue
        article = parse_text(doc.text, published=doc.dct, doc_id=doc.id, language=code)
        spans = [(s.start, s.end) for s in article.sentences]
        parses = parsing.parse([article.text[a:b] for a, b in spans], code)
        out.append(({(g.start, g.end) for g in doc.events},
                    [(a, p) for (a, _b), p in zip(spans, parses) if p is not None]))
    return out


def count(docs) -> tuple[Counter, Counter]:
    marked, seen = Counter(), Counter()
    for gold, sentences in docs:
        for offset, parsed in sentences:
            for t in parsed:
                if t.pos_ in POS:
                    key = (t.pos_, t.lower_)
                    seen[key] += 1
                    marked[key] += (offset + t.idx, offset + t.idx + len(t.text)) in gold
    return marked, seen


def learn(docs, min_count: int, min_share: float) -> dict[str, frozenset[str]]:
    marked, seen = count(docs)
    keep = [k for k in seen if marked[k] >= min_count and marked[k] / seen[k] >= min_share]
    return {pos: frozenset(f for p, f in keep if p == pos) for pos in POS}


def score(docs, forms) -> tuple[float, float, float]:
    words = MentionWords(forms)
    tp = fp = fn = 0
    for gold, sentences in docs:
        found = {(m.start, m.end) for offset, parsed in sentences for m in sentence_mentions(parsed, offset, words)}
        tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
    p, r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    return 100 * p, 100 * r, 200 * p * r / max(p + r, 1e-9)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("code", help="language code (en, es, ...)")
    ap.add_argument("gold", nargs="+", help="TimeML files or folders")
    ap.add_argument("--min-count", type=int, default=1)
    ap.add_argument("--min-share", type=float, default=0.5)
    ap.add_argument("--out", type=Path, default=None, help="default: chrono/lang/<code>/events/event_words.tsv")
    args = ap.parse_args(argv)
    lang.of(args.code)
    if parsing.parser(args.code) is None:
        print(f"event_words: no parser for {args.code}", file=sys.stderr)
        return 2
    docs = parsed_documents(find_timeml(args.gold), args.code)
    order = list(range(len(docs)))
    random.Random(1).shuffle(order)
    halves = [[docs[i] for i in order[:len(order) // 2]], [docs[i] for i in order[len(order) // 2:]]]
    for k in (0, 1):
        p, r, f = score(halves[1 - k], learn(halves[k], args.min_count, args.min_share))
        print(f"learnt on half {k + 1}, scored on the other: P {p:.1f} R {r:.1f} F1 {f:.1f}")
    marked, seen = count(docs)
    forms = learn(docs, args.min_count, args.min_share)
    out = args.out or ROOT / "chrono" / "lang" / args.code / "events" / "event_words.tsv"
    rows = sorted((pos, f) for pos in POS for f in forms[pos])
    out.write_text("# UPOS\tform\tmarked\tseen  (training/event_words.py; TimeML gold: "
                   + ", ".join("/".join(Path(g).resolve().parts[-2:]) for g in args.gold) + ")\n"
                   + "".join(f"{pos}\t{f}\t{marked[(pos, f)]}\t{seen[(pos, f)]}\n" for pos, f in rows),
                   encoding="utf-8")
    print(f"{len(rows)} event words from {len(docs)} documents -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
