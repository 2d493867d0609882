#!/usr/bin/env python3
"""News constructions the UD treebanks hold too few of, added to a copy of the training sentences.

An experiment, not part of the shipped model's build (see training/README.md). Today's English model
misparses a day named bare between a subject and its verb ("The panel Thursday refused to order a
hearing"), which is rare in EWT and GUM but common in wire news: it makes the day the subject or part of
a name. This script copies training sentences whose nominal subject stands right before its verb (or the
verb's auxiliary) and puts a bare day after the subject, hung on the verb as ``obl:unmarked`` (the UD
relation the treebanks give "yesterday" and "Monday" as bare adjuncts), then writes the copies as a
DocBin beside the converted training data, so that ``spacy train`` reads both.

Usage:  python training/augment.py [--share 0.25] [--scratch DIR]
        then  python -m spacy train training/en.cfg --paths.train DIR/en/augmented
              --paths.dev DIR/en/corpus/dev.spacy --output DIR/en/model-augmented

Nothing but the CoNLL-U files is read; the copies are made by a fixed random seed.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from training import udconv  # noqa: E402

#: The days put in (form, lemma, UPOS, FEATS), as the English treebanks write them.
DAYS = (("Monday", "Monday", "PROPN", "Number=Sing"), ("Tuesday", "Tuesday", "PROPN", "Number=Sing"),
        ("Wednesday", "Wednesday", "PROPN", "Number=Sing"), ("Thursday", "Thursday", "PROPN", "Number=Sing"),
        ("Friday", "Friday", "PROPN", "Number=Sing"), ("yesterday", "yesterday", "NOUN", "Number=Sing"),
        ("today", "today", "NOUN", "Number=Sing"))
_BEFORE_VERB = frozenset({"aux", "aux:pass"})


def _right_edge(word_id: int, kids: dict[int, list[int]]) -> int:
    return max([word_id] + [_right_edge(k, kids) for k in kids[word_id]])


def with_bare_day(sent: udconv.Sentence, day: tuple[str, str, str, str]) -> udconv.Sentence | None:
    """A copy of ``sent`` with ``day`` right after its first nominal subject that stands right before
    its verb or the verb's auxiliary, hung on the verb; None when it has no such subject (or has
    multi-word tokens, which are left alone)."""
    if sent.ranges:
        return None
    by_id = {w.id: w for w in sent.words}
    kids: dict[int, list[int]] = defaultdict(list)
    for w in sent.words:
        kids[w.head].append(w.id)
    for w in sent.words:
        verb = by_id.get(w.head)
        if w.deprel not in ("nsubj", "nsubj:pass") or w.upos not in ("NOUN", "PROPN") or verb is None \
                or verb.upos != "VERB" or verb.id < w.id:
            continue
        edge = _right_edge(w.id, kids)
        nxt = by_id.get(edge + 1)
        if nxt is None or "SpaceAfter=No" in by_id[edge].misc or \
                not (nxt.id == verb.id or nxt.head == verb.id and nxt.deprel in _BEFORE_VERB):
            continue

        def shift(i: int) -> int:
            return i + 1 if i > edge else i

        words = [replace(x, id=shift(x.id), head=shift(x.head) if x.head else 0) for x in sent.words]
        form, lemma, upos, feats = day
        words.insert(edge, udconv.Word(edge + 1, form, lemma, upos, feats, shift(verb.id), "obl:unmarked", "_"))
        return udconv.Sentence(sent_id=sent.sent_id + "-day", text="", doc_id=None, words=words)
    return None


def main() -> None:
    from spacy.tokens import DocBin
    from spacy.vocab import Vocab

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--share", type=float, default=0.25, help="share of the eligible sentences copied")
    ap.add_argument("--scratch", type=Path, default=Path(os.environ.get("CHRONO_TRAINING_SCRATCH",
                                                                           "/tmp/training-scratch")))
    args = ap.parse_args()
    corpus = args.scratch / "en" / "corpus"
    if not (corpus / "train.spacy").exists():
        raise SystemExit(f"no {corpus / 'train.spacy'}: run  python training/build.py en --steps convert  first")
    out = args.scratch / "en" / "augmented"
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy(corpus / "train.spacy", out / "train.spacy")
    rng = random.Random(0)
    aligner, vocab, db, made = udconv.Aligner("en"), Vocab(), DocBin(store_user_data=False), 0
    for part in udconv.splits("en")["train"]:
        for sent in part.sentences():
            if rng.random() >= args.share:
                continue
            copy = with_bare_day(sent, rng.choice(DAYS))
            if copy is not None:
                db.add(udconv.sentence_doc(vocab, copy, aligner))
                made += 1
    db.to_disk(out / "bare_days.spacy")
    print(f"{made} sentences with a bare day, beside {corpus / 'train.spacy'}, in {out}")


if __name__ == "__main__":
    main()
