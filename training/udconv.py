"""CoNLL-U -> spaCy Docs for chrono's pipelines, and the train/dev/test splits.

Shared by ``training/build.py`` (corpus conversion) and ``benchmarks/bench_parser.py`` (which
re-reads the gold test parts), so that both see exactly the same tokens and the same splits.

Multi-word tokens (CoNLL-U range lines such as ``3-4 del`` = ``de`` + ``el``) are aligned to what
spaCy's rule-based tokenizer does with the surface form, because at run time the pipeline only
ever sees the tokenizer's tokens:

* if ``spacy.blank(lang)`` splits the surface form into exactly as many pieces as the range has
  syntactic words (English ``don't`` -> ``do`` ``n't``, ``cannot`` -> ``can`` ``not``, ``I'm``,
  ``gonna``), the words are kept as separate tokens, spelled as the tokenizer spells them;
* otherwise (Spanish ``del``/``al``/``dárselo``, French ``du``/``au``/``aux``/``des``, German
  ``zum``/``im``/``zur``, English ``its`` for "it's") the range becomes ONE token with the surface
  form. Its UPOS, FEATS, lemma, head and deprel are those of the range's syntactic head (the word
  whose head lies outside the range; if there are several, the first: ``del`` -> ``de`` ADP
  ``case``, lemma ``de``; ``dárselo`` -> ``dar`` VERB). Dependents of the other words are
  re-attached to the merged token. The other words' own annotation (e.g. the article ``el`` in
  ``del``) is dropped.

spaCy's own ``spacy convert`` instead either keeps the words as tokens whose text no longer matches
the raw text (``de`` ``el`` for "del" - tokens the tokenizer never produces), or, with
``--merge-subtokens``, merges them with a space-joined lemma (``de el``), an ``ADP_DET`` tag and the
union of all features, which makes poor training targets for the edit-tree lemmatizer and the
morphologizer. Hence this converter.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

ROOT = Path(__file__).resolve().parents[1]
UD_DIR = ROOT.parent / "shared" / "data" / "ud"

LANGS = ("en", "de", "es", "fr")


@dataclass
class Word:
    id: int
    form: str
    lemma: str
    upos: str
    feats: str
    head: int
    deprel: str
    misc: str


@dataclass
class Sentence:
    sent_id: str
    text: str
    doc_id: str | None
    words: list[Word] = field(default_factory=list)
    ranges: list[tuple[int, int, str, str]] = field(default_factory=list)  # start, end, form, misc


def read_conllu(path: Path) -> Iterator[Sentence]:
    """Yield the sentences of a CoNLL-U file (empty nodes ``n.m`` are skipped)."""
    doc_id = None
    sent: Sentence | None = None
    auto_doc = 0
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if sent is not None and sent.words:
                    yield sent
                sent = None
                continue
            if sent is None:
                sent = Sentence(sent_id="", text="", doc_id=doc_id)
            if line.startswith("#"):
                key, _, value = line[1:].partition("=")
                key, value = key.strip(), value.strip()
                if key in ("newdoc id", "newdoc"):
                    auto_doc += 1
                    doc_id = value or f"doc{auto_doc}"
                    sent.doc_id = doc_id
                elif key == "sent_id":
                    sent.sent_id = value
                elif key == "text":
                    sent.text = value
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError(f"{path}: bad line {line!r}")
            id_ = cols[0]
            if "." in id_:
                continue
            if "-" in id_:
                a, b = id_.split("-")
                sent.ranges.append((int(a), int(b), cols[1], cols[9]))
                continue
            sent.words.append(
                Word(
                    id=int(id_),
                    form=cols[1],
                    lemma=cols[2],
                    upos=cols[3],
                    feats=cols[5],
                    head=int(cols[6]) if cols[6] != "_" else 0,
                    deprel=cols[7],
                    misc=cols[9],
                )
            )
    if sent is not None and sent.words:
        yield sent


def _space_after(misc: str) -> bool:
    return "SpaceAfter=No" not in misc.split("|")


class Aligner:
    """Decides, per multi-word-token surface form, whether spaCy's tokenizer splits it like UD."""

    def __init__(self, lang: str):
        import spacy

        self.tokenizer = spacy.blank(lang).tokenizer
        self.cache: dict[str, list[str] | None] = {}
        self.stats = {"split": 0, "merged": 0}

    def pieces(self, form: str, n: int) -> list[str] | None:
        key = f"{n}\x00{form}"
        if key not in self.cache:
            toks = [t.text for t in self.tokenizer(form)]
            self.cache[key] = toks if len(toks) == n else None
        return self.cache[key]


def sentence_tokens(sent: Sentence, aligner: Aligner) -> list[dict]:
    """Return the sentence's tokens as dicts (words, spaces, lemmas, pos, morphs, heads, deps),
    with multi-word tokens split or merged as described in the module docstring.
    Heads are indices into the returned list."""
    by_id = {w.id: w for w in sent.words}
    range_of: dict[int, tuple[int, int, str, str]] = {}
    for r in sent.ranges:
        for i in range(r[0], r[1] + 1):
            range_of[i] = r
    tokens: list[dict] = []
    word2tok: dict[int, int] = {}
    i = 0
    words = sent.words
    while i < len(words):
        w = words[i]
        r = range_of.get(w.id)
        if r is None or r[0] != w.id:
            word2tok[w.id] = len(tokens)
            tokens.append(dict(word=w.form, space=_space_after(w.misc), src=w))
            i += 1
            continue
        start, end, form, misc = r
        sub = [by_id[j] for j in range(start, end + 1) if j in by_id]
        pieces = aligner.pieces(form, len(sub))
        if pieces is not None:
            aligner.stats["split"] += 1
            for k, (p, sw) in enumerate(zip(pieces, sub)):
                word2tok[sw.id] = len(tokens)
                last = k == len(sub) - 1
                tokens.append(dict(word=p, space=_space_after(misc) if last else False, src=sw))
        else:
            aligner.stats["merged"] += 1
            ids = {sw.id for sw in sub}
            outside = [sw for sw in sub if sw.head not in ids]
            main = outside[0] if outside else sub[0]
            for sw in sub:
                word2tok[sw.id] = len(tokens)
            tokens.append(dict(word=form, space=_space_after(misc), src=main))
        i += len(sub)
    out = []
    for t_i, t in enumerate(tokens):
        w: Word = t["src"]
        head = word2tok[w.head] if w.head else t_i
        dep = "ROOT" if w.deprel == "root" or not w.head else w.deprel
        out.append(
            dict(
                word=t["word"],
                space=t["space"],
                lemma=w.lemma if w.lemma != "_" or w.form == "_" else "",
                pos=w.upos if w.upos != "_" else "",
                morph=w.feats if w.feats != "_" else "",
                head=head,
                dep=dep,
            )
        )
    return out


def sentence_doc(vocab, sent: Sentence, aligner: Aligner):
    from spacy.tokens import Doc

    toks = sentence_tokens(sent, aligner)
    toks[-1]["space"] = False
    return Doc(
        vocab,
        words=[t["word"] for t in toks],
        spaces=[t["space"] for t in toks],
        lemmas=[t["lemma"] for t in toks],
        pos=[t["pos"] for t in toks],
        morphs=[t["morph"] for t in toks],
        heads=[t["head"] for t in toks],
        deps=[t["dep"] for t in toks],
        sent_starts=[True] + [False] * (len(toks) - 1),
    )


def group_docs(vocab, sents: Iterable[Sentence], aligner: Aligner, n_sents: int = 10):
    """Yield multi-sentence Docs: consecutive sentences of the same document (``newdoc id``),
    at most ``n_sents`` per Doc, so that the parser also learns sentence boundaries."""
    from spacy.tokens import Doc

    batch: list = []
    cur_doc = object()
    for s in sents:
        if batch and (len(batch) >= n_sents or s.doc_id != cur_doc):
            yield Doc.from_docs(batch)
            batch = []
        cur_doc = s.doc_id
        batch.append(sentence_doc(vocab, s, aligner))
    if batch:
        yield Doc.from_docs(batch)


# --------------------------------------------------------------------------------------------
# Splits
# --------------------------------------------------------------------------------------------

def bucket(key: str) -> str:
    """Deterministic 80/10/10 split: md5 of the key, mod 10: 0 -> test, 1 -> dev, else train."""
    h = int(hashlib.md5(key.encode("utf-8")).hexdigest(), 16) % 10
    return "test" if h == 0 else "dev" if h == 1 else "train"


def _hashed(path: Path, part: str) -> Iterator[Sentence]:
    """Sentences of ``path`` whose bucket is ``part``. The key is the document id where the file
    has ``newdoc id`` lines (whole documents stay together), else the sentence id; it is prefixed
    with the file name so that ``test-s1`` of two treebanks do not collide."""
    for s in read_conllu(path):
        key = path.name + ":" + (s.doc_id if s.doc_id else s.sent_id)
        if bucket(key) == part:
            yield s


def _whole(path: Path) -> Iterator[Sentence]:
    yield from read_conllu(path)


@dataclass
class Part:
    name: str          # e.g. "ewt-test"
    path: Path
    hashed: str | None  # None: whole file; else the bucket taken from it

    def sentences(self) -> Iterator[Sentence]:
        return _hashed(self.path, self.hashed) if self.hashed else _whole(self.path)

    def describe(self) -> str:
        return f"{self.path.name}" + (f" [hash bucket {self.hashed}]" if self.hashed else "")


def splits(lang: str, ud_dir: Path = UD_DIR) -> dict[str, list[Part]]:
    """train/dev/test parts per language (test may list several parts, reported separately)."""
    d = ud_dir / lang
    if lang == "en":
        return {
            "train": [Part("ewt-train", d / "en_ewt-train.conllu", None),
                      Part("gum-wikimedia-train", d / "en_gum-wikimedia-train.conllu", None)],
            "dev": [Part("ewt-dev", d / "en_ewt-dev.conllu", None),
                    Part("gum-wikimedia-dev", d / "en_gum-wikimedia-dev.conllu", None)],
            "test": [Part("ewt-test", d / "en_ewt-test.conllu", None),
                     Part("gum-wikimedia-test", d / "en_gum-wikimedia-test.conllu", None)],
        }
    if lang == "de":
        files = [("gsd-dev", "de_gsd-dev.conllu"), ("gsd-test", "de_gsd-test.conllu"),
                 ("pud-test", "de_pud-test.conllu")]
        out: dict[str, list[Part]] = {"train": [], "dev": [], "test": []}
        for part in out:
            for name, fn in files:
                out[part].append(Part(f"{name}.{part}", d / fn, part))
        # report one figure per treebank: merge the two GSD files' held-back parts
        return out
    if lang == "es":
        files = [("gsd-dev", "es_gsd-dev.conllu"), ("gsd-test", "es_gsd-test.conllu")]
        return {part: [Part(f"{name}.{part}", d / fn, part) for name, fn in files]
                for part in ("train", "dev", "test")}
    if lang == "fr":
        # French-GSD only (CC BY-SA 4.0), split like Spanish: French-Sequoia is LGPL-LR, whose
        # terms for a model derived from it are unclear, so it is left out of what we ship.
        files = [("gsd-dev", "fr_gsd-dev.conllu"), ("gsd-test", "fr_gsd-test.conllu")]
        return {part: [Part(f"{name}.{part}", d / fn, part) for name, fn in files]
                for part in ("train", "dev", "test")}
    raise ValueError(f"unknown language {lang!r}")


def test_groups(lang: str, ud_dir: Path = UD_DIR) -> dict[str, list[Part]]:
    """The test parts grouped into the figures that are reported (one per treebank)."""
    groups: dict[str, list[Part]] = {}
    for p in splits(lang, ud_dir)["test"]:
        tb = p.name.split("-")[0]
        groups.setdefault(f"{lang}_{tb}", []).append(p)
    return groups
