"""Learn a language's simple pasts of gerunds ("winning" -> "won") from the Universal Dependencies treebanks.

    .venv/bin/python training/past_forms.py en

Every word of the language's training treebanks in ``../shared/data/ud/<code>/`` (for English the train parts
of EWT and of the Wikimedia part of GUM, as ``training/build.py`` trains on) tagged VERB with
``Tense=Past|VerbForm=Fin`` gives one (lemma, form) pair, lower-cased; each lemma keeps its most frequent past
form when it was seen at least ``--min-count`` times (once, for a form of the language's hand list of irregular
pasts, ``IRREGULAR_PAST``: "fled", "fought"), and its most frequent gerund (VERB, ``VerbForm=Ger`` or a present
participle). Where the gerund's regular past (:func:`chrono.lang.en.events.past.gerund_past` without the list:
"clinching" -> "clinched", "stopping" -> "stopped", "trying" -> "tried") is not the learnt one, the pair goes to
``chrono/lang/<code>/events/past_forms.tsv`` (gerund, past, times the past was seen), read by the language's
headline words: a
headline whose subject a bare gerund took from its clause tells it in the past ("He flew home after clinching
the title on Sunday" -> "He clinched the title"). The list is derived from UD English-EWT (CC BY-SA 4.0) and
GUM (CC BY).
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from udconv import read_conllu  # noqa: E402

from chrono.lang.en.events.past import regular_gerund_past  # noqa: E402
from chrono.lang.en.events.syntax import IRREGULAR_PAST  # noqa: E402

UD = ROOT.parent / "shared" / "data" / "ud"
TRAIN = {"en": ("en_ewt-train.conllu", "en_gum-wikimedia-train.conllu")}


def learn(paths: list[Path], min_count: int) -> list[tuple[str, str, int]]:
    """(gerund, past form, times the past was seen) for the verbs whose gerund's past is not the regular one."""
    pasts: dict[str, Counter] = defaultdict(Counter)
    gerunds: dict[str, Counter] = defaultdict(Counter)
    for path in paths:
        for sent in read_conllu(path):
            for w in sent.words:
                feats, lemma, form = set(w.feats.split("|")), w.lemma.lower(), w.form.lower()
                if w.upos != "VERB" or not lemma.isalpha() or not form.isalpha():
                    continue
                if {"Tense=Past", "VerbForm=Fin"} <= feats:
                    pasts[lemma][form] += 1
                elif form.endswith("ing") and ("VerbForm=Ger" in feats or {"VerbForm=Part", "Tense=Pres"} <= feats):
                    gerunds[lemma][form] += 1
    out = []
    for lemma, forms in sorted(pasts.items()):
        past, n = forms.most_common(1)[0]
        if gerunds.get(lemma) and (n >= min_count or past in IRREGULAR_PAST):
            gerund = gerunds[lemma].most_common(1)[0][0]
            if past != regular_gerund_past(gerund):
                out.append((gerund, past, n))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("lang", choices=sorted(TRAIN))
    ap.add_argument("--ud", type=Path, default=UD, help="the UD folder (default: ../shared/data/ud)")
    ap.add_argument("--min-count", type=int, default=2, help="times a past form must be seen (default 2)")
    args = ap.parse_args(argv)
    paths = [args.ud / args.lang / name for name in TRAIN[args.lang]]
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"past_forms: no treebank at {missing[0]}", file=sys.stderr)
        return 1
    rows = learn(paths, args.min_count)
    out = ROOT / "chrono" / "lang" / args.lang / "events" / "past_forms.tsv"
    out.write_text("# gerund\tpast\tseen  (training/past_forms.py; UD " + ", ".join(TRAIN[args.lang]) + ")\n" +
                   "".join(f"{lemma}\t{form}\t{n}\n" for lemma, form, n in rows), encoding="utf-8")
    print(f"{len(rows)} gerunds of irregular pasts -> {out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
