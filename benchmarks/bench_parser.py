#!/usr/bin/env python3
"""Accuracy and speed of chrono's own spaCy pipelines on the UD test parts.

Usage:  python benchmarks/bench_parser.py [LANG ...] [--no-raw] [--no-load] [--json FILE]

For each language (default: en de es fr) it loads the pipeline shipped in
chrono/lang/<code>/syntax/ and parses the held-out test part(s) of its UD treebanks (the split is
the one of training/udconv.py: English EWT and GUM-Wikimedia test; French Sequoia and GSD test;
German and Spanish the 10 % hash bucket held back from dev+test). A language whose model or data
is missing is skipped with a message.

Two settings:
* gold tokens (the main figures): each Doc is built from the gold words of one gold sentence of
  the treebank (multi-word tokens aligned as in training, see training/udconv.py), with the
  sentence boundary imposed (``sent_starts=[True, False, ...]``, which spaCy's parser respects),
  so the scores measure tagging, lemmatisation and parsing only. The parser's own sentence
  splitting inside those Docs is measured too ("own sents": UAS/LAS when the parser may break
  the gold sentence). UPOS, FEATS (whole feature set) and lemma
  (exact, case-sensitive) are accuracies over all tokens; UAS and LAS over all tokens INCLUDING
  punctuation (as in the CoNLL 2018 evaluation); LAS compares the full deprel, subtypes
  included. words/s is the pipeline alone on one thread.
* spaCy tokenizer ("raw"): the text of each group of up to 10 consecutive sentences goes through
  nlp(text) - spaCy's tokenizer and the parser's own sentence splitting - and is scored with
  spaCy's Scorer against the gold (token F1, sentence F1; tags/lemmas/heads only on tokens
  that align one-to-one; spaCy's UAS/LAS leave punctuation out). words/s includes the tokenizer.

Timings use one thread (OMP/OPENBLAS/MKL_NUM_THREADS=1). Cold load time and peak RSS of
`import spacy; spacy.load(path)` are measured in a fresh interpreter.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_v, "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from training import udconv  # noqa: E402

MODELS = ROOT / "chrono" / "lang"


def _gold_scores(nlp, parts, aligner, impose_sents: bool = True) -> dict:
    from spacy.tokens import Doc

    gold, preds = [], []
    for p in parts:
        for s in p.sentences():
            toks = udconv.sentence_tokens(s, aligner)
            gold.append(toks)
            # the gold sentence is imposed: the parser may not start another one inside it
            preds.append(Doc(nlp.vocab, words=[t["word"] for t in toks],
                             spaces=[t["space"] for t in toks[:-1]] + [False],
                             sent_starts=[True] + [False] * (len(toks) - 1) if impose_sents
                             else None))
    t0 = time.perf_counter()
    preds = list(nlp.pipe(preds, batch_size=256))
    dt = time.perf_counter() - t0
    n = upos = feats = lemma = uas = las = 0
    for toks, doc in zip(gold, preds):
        for t, tok in zip(toks, doc):
            n += 1
            upos += tok.pos_ == t["pos"]
            feats += str(tok.morph) == t["morph"]
            lemma += tok.lemma_ == t["lemma"]
            if tok.head.i == t["head"]:
                uas += 1
                las += tok.dep_.lower() == t["dep"].lower()
    pct = lambda x: round(100.0 * x / n, 2)  # noqa: E731
    return {"sentences": len(gold), "tokens": n, "upos": pct(upos), "feats": pct(feats),
            "lemma": pct(lemma), "uas": pct(uas), "las": pct(las),
            "words_per_s": round(n / dt)}


def _raw_scores(nlp, parts, aligner) -> dict:
    from spacy.training import Example

    refs = []
    for p in parts:
        refs.extend(udconv.group_docs(nlp.vocab, list(p.sentences()), aligner))
    n = sum(len(d) for d in refs)
    t0 = time.perf_counter()
    preds = list(nlp.pipe((d.text for d in refs), batch_size=64))
    dt = time.perf_counter() - t0
    examples = [Example(p, r) for p, r in zip(preds, refs)]
    scorer_input = examples
    from spacy.scorer import Scorer

    sc = Scorer(nlp).score(scorer_input)
    r = lambda k: round(100.0 * sc[k], 2) if sc.get(k) is not None else None  # noqa: E731
    return {"token_f": r("token_f"), "sents_f": r("sents_f"), "upos": r("pos_acc"),
            "feats": r("morph_acc"), "lemma": r("lemma_acc"), "uas": r("dep_uas"),
            "las": r("dep_las"), "words_per_s": round(n / dt)}


def load_cost(path: Path) -> dict:
    # peak RSS from VmHWM (ru_maxrss of a child can carry over the forking parent's peak)
    code = ("import time, resource; t=time.perf_counter(); import spacy; "
            "nlp=spacy.load(%r); t1=time.perf_counter()-t; nlp('Warm up.'); "
            "hwm=[l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM')] "
            "if __import__('os').path.exists('/proc/self/status') else []; "
            "print(t1, hwm[0] if hwm else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
            % str(path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    secs, rss_kb = out.stdout.split()
    return {"load_s": round(float(secs), 2), "rss_mb": round(int(rss_kb) / 1024)}


def model_size(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6, 1)


def bench_language(lang: str, model: Path | None = None, raw: bool = True,
                   load: bool = True) -> dict:
    import spacy

    model = model or MODELS / lang / "syntax"
    if not (model / "config.cfg").exists():
        return {"lang": lang, "skipped": f"no model at {model} (run: python training/build.py {lang})"}
    groups = udconv.test_groups(lang)
    missing = [str(p.path) for ps in groups.values() for p in ps if not p.path.exists()]
    if missing:
        return {"lang": lang, "skipped": "missing data: " + ", ".join(missing)}
    nlp = spacy.load(model)
    aligner = udconv.Aligner(lang)
    res = {"lang": lang, "model": str(model), "size_mb": model_size(model),
           "spacy": spacy.__version__, "gold_tokens": {}, "raw": {}}
    if load:
        res.update(load_cost(model))
    for name, parts in groups.items():
        res["gold_tokens"][name] = _gold_scores(nlp, parts, aligner)
        own = _gold_scores(nlp, parts, aligner, impose_sents=False)
        res["gold_tokens"][name]["uas_own_sents"] = own["uas"]
        res["gold_tokens"][name]["las_own_sents"] = own["las"]
        if raw:
            res["raw"][name] = _raw_scores(nlp, parts, aligner)
    return res


def print_table(results: list[dict]) -> None:
    print("\nGold tokens, gold sentences imposed (UAS/LAS incl. punctuation), one thread:")
    print(f"{'test part':22} {'sents':>6} {'tokens':>7} {'UPOS':>6} {'FEATS':>6} {'lemma':>6} "
          f"{'UAS':>6} {'LAS':>6} {'words/s':>8}   UAS/LAS own sents")
    for res in results:
        if "skipped" in res:
            print(f"{res['lang']:22} skipped: {res['skipped']}")
            continue
        for name, s in res["gold_tokens"].items():
            print(f"{name:22} {s['sentences']:>6} {s['tokens']:>7} {s['upos']:>6.2f} {s['feats']:>6.2f} "
                  f"{s['lemma']:>6.2f} {s['uas']:>6.2f} {s['las']:>6.2f} {s['words_per_s']:>8}   "
                  f"{s.get('uas_own_sents', 0):.2f}/{s.get('las_own_sents', 0):.2f}")
    if any(res.get("raw") for res in results):
        print("\nspaCy tokenizer + predicted sentences (spaCy Scorer: aligned tokens, UAS/LAS excl. punct):")
        print(f"{'test part':22} {'tokF':>6} {'sentF':>6} {'UPOS':>6} {'FEATS':>6} {'lemma':>6} "
              f"{'UAS':>6} {'LAS':>6} {'words/s':>8}")
        f = lambda v: f"{v:>6.2f}" if v is not None else f"{'-':>6}"  # noqa: E731
        for res in results:
            for name, s in res.get("raw", {}).items():
                print(f"{name:22} {f(s['token_f'])} {f(s['sents_f'])} {f(s['upos'])} {f(s['feats'])} "
                      f"{f(s['lemma'])} {f(s['uas'])} {f(s['las'])} {s['words_per_s']:>8}")
    print("\nModels:")
    for res in results:
        if "skipped" in res:
            continue
        extra = (f", cold `import spacy; spacy.load()` {res['load_s']} s, peak RSS {res['rss_mb']} MB"
                 if "load_s" in res else "")
        print(f"{res['lang']}: {res['size_mb']} MB on disk{extra} ({res['model']})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("langs", nargs="*", default=list(udconv.LANGS))
    ap.add_argument("--no-raw", action="store_true", help="skip the spaCy-tokenizer setting")
    ap.add_argument("--no-load", action="store_true", help="skip the cold-load measurement")
    ap.add_argument("--model", type=Path, default=None, help="model dir (one language only)")
    ap.add_argument("--json", type=Path, default=None, help="also write the results here")
    args = ap.parse_args()
    try:
        import spacy  # noqa: F401
    except ImportError:
        sys.exit("spaCy is not installed: pip install 'spacy>=3.8,<3.9'")
    results = []
    for lang in args.langs:
        if lang not in udconv.LANGS:
            ap.error(f"unknown language {lang!r}")
        res = bench_language(lang, args.model, raw=not args.no_raw, load=not args.no_load)
        if "skipped" in res:
            print(f"{lang}: skipped - {res['skipped']}", flush=True)
        results.append(res)
    print_table(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
