#!/usr/bin/env python3
"""Build chrono's spaCy pipelines (morphologizer + edit-tree lemmatizer + dependency parser) from
the Universal Dependencies treebanks in ../shared/data/ud. See training/README.md.

Usage:  python training/build.py {en,de,es,fr,all} [--steps convert,train,evaluate,install]
                                 [--max-steps N] [--scratch DIR]

Per language:
  convert   CoNLL-U -> DocBin (.spacy) in SCRATCH/<lang>/corpus/ (multi-word tokens aligned to
            spaCy's tokenizer, see training/udconv.py), following the splits in udconv.splits()
  train     `spacy train training/<lang>.cfg` on ONE thread -> SCRATCH/<lang>/model/model-best
  evaluate  UPOS/FEATS/lemma/UAS/LAS on the test parts (gold tokens, and spaCy's tokenizer) ->
            training/metrics/<lang>.json
  install   copy model-best (only what spacy.load needs) to chrono/lang/<lang>/syntax/ together
            with LICENSE.md

Nothing but the CoNLL-U files is read; nothing is downloaded.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

# one thread, whatever the caller's environment says (the machine is shared)
for _v in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_v] = "1"

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

from training import udconv  # noqa: E402

SCRATCH = Path(os.environ.get("CHRONO_TRAINING_SCRATCH", "/tmp/training-scratch"))
STEPS = ("convert", "train", "evaluate", "install")

LICENCES = {
    "en": """# Licence of this model

The files in this folder are a spaCy pipeline (tokenizer rules from spaCy, trained morphologizer,
edit-tree lemmatizer and dependency parser) trained by chrono's `training/build.py` on:

* **UD English-EWT** (Universal Dependencies, commit 15d613d), licensed
  [CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/). Attribution: the UD
  English-EWT team (Silveira et al. 2014, "A Gold Standard Dependency Corpus for English", and
  the treebank's later contributors; see its README).
* **UD English-GUM**, only its Wikimedia documents (Wikinews, Wikipedia, Wikivoyage; commit
  afb41ee), licensed [CC BY](https://creativecommons.org/licenses/by/4.0/) (the Wikimedia texts).
  Attribution: the GUM team (Zeldes 2017, "The GUM Corpus", and the GUM
  annotators; see the treebank's README). The
  other, CC BY-NC-SA parts of GUM were NOT used.

As a work derived from these data, this model is distributed under **CC BY-SA 4.0**, with
attribution to the UD English-EWT and GUM teams. It is not covered by chrono's MIT licence.
""",
    "de": """# Licence of this model

The files in this folder are a spaCy pipeline (tokenizer rules from spaCy, trained morphologizer,
edit-tree lemmatizer and dependency parser) trained by chrono's `training/build.py` on 80 % of:

* **UD German-GSD** dev+test (commit 297fcf3), licensed
  [CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/). Attribution: the UD
  German-GSD contributors (originally the Google universal dependency treebank, McDonald et
  al. 2013; see the treebank's README for the full list).
* **UD German-PUD** (commit ff80846), licensed
  [CC BY-SA 3.0](https://creativecommons.org/licenses/by-sa/3.0/). Attribution: the UD
  German-PUD contributors (the parallel treebanks made for the CoNLL 2017 shared task; see the
  treebank's README for the full list).

As a work derived from these data, this model is distributed under **CC BY-SA 4.0** (CC BY-SA 3.0
material may be adapted under 4.0), with attribution to the UD German-GSD and German-PUD teams.
It is not covered by chrono's MIT licence.
""",
    "es": """# Licence of this model

The files in this folder are a spaCy pipeline (tokenizer rules from spaCy, trained morphologizer,
edit-tree lemmatizer and dependency parser) trained by chrono's `training/build.py` on 80 % of:

* **UD Spanish-GSD** dev+test (commit 57c0456), licensed
  [CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/). Attribution: the UD
  Spanish-GSD contributors (originally the Google universal dependency treebank, McDonald et
  al. 2013; see the treebank's README for the full list).

As a work derived from these data, this model is distributed under **CC BY-SA 4.0**, with
attribution to the UD Spanish-GSD team. It is not covered by chrono's MIT licence.
""",
    "fr": """# Licence of this model

The files in this folder are a spaCy pipeline (tokenizer rules from spaCy, trained morphologizer,
edit-tree lemmatizer and dependency parser) trained by chrono's `training/build.py` on 80 % of
**UD French-GSD** dev + test (commit 830e278), licensed
[CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/). Attribution: the UD French-GSD
contributors (originally the Google universal dependency treebank, McDonald et al. 2013; see the
treebank's README for the full list). UD French-Sequoia (LGPL-LR) is not used.

As a work derived from these data, this model is distributed under **CC BY-SA 4.0**, with
attribution to the UD French-GSD team. It is not covered by chrono's MIT licence.
""",
}


def log(msg: str) -> None:
    print(f"[build {time.strftime('%H:%M:%S')}] {msg}", flush=True)


def convert(lang: str, scratch: Path) -> dict:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    out = scratch / lang / "corpus"
    out.mkdir(parents=True, exist_ok=True)
    aligner = udconv.Aligner(lang)
    vocab = Vocab()
    info = {}
    for part, parts in udconv.splits(lang).items():
        db = DocBin(store_user_data=False)
        n_sents = n_toks = 0
        for p in parts:
            if not p.path.exists():
                raise SystemExit(f"missing {p.path}")
            sents = list(p.sentences())
            n_sents += len(sents)
            for doc in udconv.group_docs(vocab, sents, aligner):
                n_toks += len(doc)
                db.add(doc)
        db.to_disk(out / f"{part}.spacy")
        info[part] = {"parts": [p.describe() for p in parts], "sentences": n_sents, "tokens": n_toks}
        log(f"{lang} {part}: {n_sents} sentences, {n_toks} tokens <- {', '.join(info[part]['parts'])}")
    info["multiword_tokens"] = dict(aligner.stats)
    log(f"{lang} multi-word tokens: {aligner.stats}")
    (out / "info.json").write_text(json.dumps(info, indent=2))
    return info


def train(lang: str, scratch: Path, max_steps: int | None) -> float:
    corpus = scratch / lang / "corpus"
    model = scratch / lang / "model"
    if model.exists():
        shutil.rmtree(model)
    (scratch / lang / "train_log.jsonl").unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "spacy", "train", str(HERE / f"{lang}.cfg"),
           "--output", str(model),
           "--paths.train", str(corpus / "train.spacy"),
           "--paths.dev", str(corpus / "dev.spacy"),
           "--training.logger.output_file", str(scratch / lang / "train_log.jsonl")]
    if max_steps is not None:
        cmd += ["--training.max_steps", str(max_steps)]
    log("running " + " ".join(cmd))
    t0 = time.time()
    subprocess.run(cmd, check=True)
    dt = time.time() - t0
    (scratch / lang / "train_seconds.txt").write_text(f"{dt:.0f}\n")
    log(f"{lang} trained in {dt / 60:.1f} min")
    return dt


def evaluate(lang: str, scratch: Path) -> dict:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_parser  # noqa: E402

    model = scratch / lang / "model" / "model-best"
    res = bench_parser.bench_language(lang, model, raw=True)
    tfile = scratch / lang / "train_seconds.txt"
    info_file = scratch / lang / "corpus" / "info.json"
    res["train_seconds"] = int(tfile.read_text()) if tfile.exists() else None
    res["corpus"] = json.loads(info_file.read_text()) if info_file.exists() else None
    meta = json.loads((model / "meta.json").read_text())
    res["dev_scores"] = meta.get("performance")
    mdir = HERE / "metrics"
    mdir.mkdir(exist_ok=True)
    (mdir / f"{lang}.json").write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n")
    bench_parser.print_table([res])
    return res


# what spacy.load needs from a model directory: config, meta, tokenizer, vocab, one dir per pipe
KEEP = ("config.cfg", "meta.json", "tokenizer", "vocab")


def install(lang: str, scratch: Path) -> Path:
    import spacy

    src = scratch / lang / "model" / "model-best"
    dest = ROOT / "chrono" / "lang" / lang / "syntax"
    cfg = spacy.util.load_config(src / "config.cfg")
    keep = list(KEEP) + list(cfg["nlp"]["pipeline"])
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for name in keep:
        s = src / name
        if s.is_dir():
            shutil.copytree(s, dest / name)
        elif s.exists():
            shutil.copy2(s, dest / name)
    # config.cfg: forget the scratch paths of the training run
    raw_cfg = spacy.util.load_config(dest / "config.cfg", interpolate=False)
    raw_cfg["paths"]["train"] = None
    raw_cfg["paths"]["dev"] = None
    raw_cfg["training"]["logger"]["output_file"] = None
    raw_cfg.to_disk(dest / "config.cfg")
    # meta.json: keep the facts, drop the long per-label score tables
    meta = json.loads((dest / "meta.json").read_text())
    meta["name"] = f"chrono_{lang}_syntax"
    meta["description"] = ("chrono's own morphologizer + edit-tree lemmatizer + parser, trained "
                           "from Universal Dependencies by training/build.py")
    perf = meta.get("performance") or {}
    meta["performance"] = {k: v for k, v in perf.items() if not isinstance(v, dict)}
    # trained with 3.8.x; the 3.8 series shares the model format (spaCy's own models say the same)
    meta["spacy_version"] = ">=3.8.0,<3.9.0"
    meta["license"] = "CC BY-SA 4.0"
    mfile = HERE / "metrics" / f"{lang}.json"
    if mfile.exists():
        m = json.loads(mfile.read_text())
        meta["ud_test"] = {k: v for k, v in m.get("gold_tokens", {}).items()}
    (dest / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
    (dest / "LICENSE.md").write_text(LICENCES[lang])
    # check it loads from there and parses
    nlp = spacy.load(dest)
    doc = nlp({"en": "The talks resumed on Monday.", "de": "Die Gespräche begannen am Montag.",
               "es": "Las conversaciones se reanudaron el lunes.",
               "fr": "Les pourparlers ont repris lundi."}[lang])
    log(" ".join(f"{t.text}/{t.pos_}/{t.lemma_}/{t.dep_}<{t.head.i}" for t in doc))
    size = sum(f.stat().st_size for f in dest.rglob("*") if f.is_file())
    log(f"{lang} installed in {dest.relative_to(ROOT)} ({size / 1e6:.1f} MB)")
    return dest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("lang", choices=list(udconv.LANGS) + ["all"])
    ap.add_argument("--steps", default=",".join(STEPS),
                    help="comma-separated subset of: " + ",".join(STEPS))
    ap.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    ap.add_argument("--scratch", type=Path, default=SCRATCH)
    args = ap.parse_args()
    steps = [s.strip() for s in args.steps.split(",") if s.strip()]
    for s in steps:
        if s not in STEPS:
            ap.error(f"unknown step {s!r}")
    langs = udconv.LANGS if args.lang == "all" else (args.lang,)
    for lang in langs:
        t0 = time.time()
        if "convert" in steps:
            convert(lang, args.scratch)
        if "train" in steps:
            train(lang, args.scratch, args.max_steps)
        if "evaluate" in steps:
            evaluate(lang, args.scratch)
        if "install" in steps:
            install(lang, args.scratch)
        log(f"{lang} done in {(time.time() - t0) / 60:.1f} min")


if __name__ == "__main__":
    main()
