"""How well chrono reads real news pages: its chronologies scored against hand annotations.

    python benchmarks/bench_pages.py             # the saved HTML pages
    python benchmarks/bench_pages.py --text      # the same pages as lynx text dumps (needs lynx)
    python benchmarks/bench_pages.py -v          # + every miss and every event chrono listed
    python benchmarks/bench_pages.py --only 1ace8c

The annotations are ``tests/data/pages/<id>.json`` (see the README there): what a careful reader lists
as the dated happenings of each page, made by reading the page, not from chrono's output. The pages
are ``shared/data/pages/html/<id>.html.gz`` (``--data`` points elsewhere). Each page is decompressed to
a temporary ``<id>.html`` (or, for ``--text``, dumped by ``benchmarks/page_dumps.py`` as bench_reader
dumps it: what ``lynx -dump`` prints, link marks and the References list kept, cached in ``--dumps``)
and built with ``chrono.build(path, published=<the annotated publication date>)``.

An annotation with a ``"timeml"`` key (a path under ``shared/data``, e.g. a TempEval-3 story) is built
from that file's text instead (``tests/data/stories``; the same for ``--text``).

Scores, per page and in total (the last line):

- recall: annotated events matched by some chrono event: every keyword group has a member (a
  case-insensitive substring) in its headline or text, and its value is the annotated one (one of them
  when a list), with the annotated ``mod`` when there is one;
- exact: matched by an event whose headline is readable (holds a member of every keyword group, or of
  the ``headline`` groups when given; at most 18 words; no dangling "," or ":") and whose modality is
  right;
- precision: chrono events that match some annotated event, over all chrono events listed;
- duplicates: annotated events matched by more than one chrono event; "told twice": those that more than one
  chrono event tells, an event telling the annotated events its headline holds the keywords of (else those it
  matches): an event whose evidence sentence also holds another happening's keywords tells that one only
  when its headline does;
- well-formed: exact, and the headline passes a rough check of a sentence (``malformed``: a verb, a
  subject before a gerund, no opening relative word, no dangling last word, no doubled word);
- attribution (only where annotations give ``said_by``): found events whose attribution names who
  says so (``said_by`` alternatives; ``[]`` when the writer tells it as fact and chrono must name none);
- furniture: chrono events whose headline or text holds a ``not_events`` string (captions, credits,
  bylines, related links...), or whose evidence text (12 characters or more) lies inside one (a
  sentence cut out of a longer credit line).

A page whose build raises counts all its events as missed, with the one-line error printed. A
benchmark measures: it always exits 0.
"""
from __future__ import annotations

import argparse
import gzip
from collections import Counter
import json
import re
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "tests" / "data" / "pages"
DATA_CANDIDATES = (ROOT.parent / "shared" / "data" / "pages", ROOT / "shared" / "data" / "pages")
HEADLINE_WORDS = 18
sys.path.insert(0, str(Path(__file__).resolve().parent))
import page_dumps  # noqa: E402 - the dumps bench_reader reads: what `lynx -dump` prints, link list kept
_DANGLING = re.compile(r"[,:]\s*$")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", (s or "").replace("\xa0", " ")).strip()


def _values(g: dict) -> list[str]:
    return g["value"] if isinstance(g["value"], list) else [g["value"]]


def _has_groups(text: str, groups: list[list[str]]) -> bool:
    text = text.lower()
    return all(any(k.lower() in text for k in group) for group in groups)


def matches(event, g: dict) -> bool:
    """The matching of tests/test_heldout_articles.py: keywords in headline or text, value, mod."""
    if not _has_groups(f"{event.headline} {event.text}", g["keywords"]):
        return False
    if event.when.value not in _values(g):
        return False
    return "mod" not in g or (event.when.mod or None) == g["mod"]


def readable(event, g: dict) -> bool:
    h = event.headline or ""
    return (_has_groups(h, g.get("headline") or g["keywords"])
            and len(h.split()) <= HEADLINE_WORDS and not _DANGLING.search(h))


def exact(event, g: dict) -> bool:
    return readable(event, g) and event.modality.value == g["modality"]


_FUNCTION_END = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART"})
_OPENERS = frozenset({"which", "who", "when", "where", "whose", "if", "or", "and", "but", "than", "as"})


def malformed(headline: str, nominal: bool = False) -> str | None:
    """Why a headline does not read as a sentence, by a rough check a reader would make (None: it does):
    no verb, a gerund or participle with no subject before it, an opening relative word or
    conjunction, a last word that needs a phrase after it, a word doubled. Needs the shipped parser
    (without it every headline passes). A stricter proxy of "readable" than the keyword check."""
    from chrono.events import parse as parsing

    words = headline.split()
    if any(a.lower() == b.lower() and a.isalpha() for a, b in zip(words, words[1:])):
        return "doubled word"
    if words and words[0].lower() in _OPENERS:
        return "opens with " + words[0]
    doc = parsing.parse([headline])[0] if parsing.parser("en") is not None else None
    if doc is None or not len(doc):
        return None
    toks = [t for t in doc if not t.is_punct]
    if not toks:
        return "empty"
    if not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return None if nominal else "no verb"       # a dated noun's event is named by its noun phrase
    if toks[-1].pos_ in _FUNCTION_END and toks[-1].text.lower() not in ("up", "down", "out", "off", "in", "on", "over", "back"):
        return "ends with " + toks[-1].text
    first_verb = next((t for t in toks if t.pos_ in ("VERB", "AUX")), toks[0])
    if first_verb.i == toks[0].i and first_verb.tag_ in ("VBG", "VBN", "TO") or toks[0].tag_ == "TO":
        return "no subject"
    return None


def attributed(event, g: dict) -> bool:
    """The annotated ``said_by`` (alternative names of who says so; ``[]``: the writer's own telling)
    against the event's attribution, case-insensitively."""
    said = (event.attribution or "").lower()
    return any(k.lower() in said for k in g["said_by"]) if g["said_by"] else not said


class Score:
    FIELDS = ("annotated", "recall", "exact", "listed", "precise", "duplicates", "furniture",
              "attributable", "attributed", "formed", "told_twice")

    def __init__(self):
        for f in self.FIELDS:
            setattr(self, f, 0)

    def add(self, other: "Score") -> None:
        for f in self.FIELDS:
            setattr(self, f, getattr(self, f) + getattr(other, f))

    def line(self) -> str:
        def pct(a, b):
            return f"{a}/{b} ({100 * a / b:.0f}%)" if b else f"{a}/{b}"
        return (f"recall {pct(self.recall, self.annotated)}  exact {pct(self.exact, self.annotated)}  "
                f"precision {pct(self.precise, self.listed)}  duplicates {self.duplicates} (told twice {self.told_twice})  "
                f"furniture {self.furniture}  well-formed {pct(self.formed, self.annotated)}"
                + (f"  attribution {pct(self.attributed, self.attributable)}" if self.attributable else ""))


def score(chron, gold: dict) -> tuple[Score, list[str]]:
    """The scores of one chronology, and the lines -v prints."""
    s = Score()
    events = list(chron.events)
    s.annotated, s.listed = len(gold["events"]), len(events)
    needles = [_norm(n) for n in gold.get("not_events", [])]
    hit_by: dict[int, list[str]] = {i: [] for i in range(len(events))}
    lines = []
    for g in gold["events"]:
        hits = [i for i, e in enumerate(events) if matches(e, g)]
        for i in hits:
            hit_by[i].append(g["id"])
        if hits:
            s.recall += 1
            if any(exact(events[i], g) for i in hits):
                s.exact += 1
                if any(exact(events[i], g) and not malformed(events[i].headline, events[i].rule == "nominal") for i in hits):
                    s.formed += 1
                else:
                    lines.append(f"    ! {g['id']:<14} exact, not well-formed "
                                 f"({malformed(events[hits[0]].headline, events[hits[0]].rule == 'nominal')}): {events[hits[0]].headline!r}")
            else:
                best = events[hits[0]]
                why = ("modality " + best.modality.value) if readable(best, g) else "headline"
                lines.append(f"    ~ {g['id']:<14} {'/'.join(_values(g))}: found, not exact ({why}): {best.headline!r} <{best.rule}>")
            if "said_by" in g:
                s.attributable += 1
                if any(attributed(events[i], g) for i in hits):
                    s.attributed += 1
                else:
                    lines.append(f"    @ {g['id']:<14} said by {g['said_by'] or 'the writer'}, chrono: "
                                 f"{events[hits[0]].attribution!r}")
            if len(hits) > 1:
                s.duplicates += 1
                lines.append(f"    = {g['id']:<14} matched by {len(hits)} events")
        else:
            mod = f" {g['mod']}" if g.get("mod") else ""
            lines.append(f"    - {g['id']:<14} {'/'.join(_values(g))}{mod} {g['modality']}: {g.get('what', '')}")
    by_headline = {i: [g["id"] for g in gold["events"] if g["id"] in hit_by[i] and
                       _has_groups(e.headline or "", g.get("headline") or g["keywords"])] for i, e in enumerate(events)}
    tellers = Counter(gid for i in hit_by for gid in (by_headline[i] or hit_by[i]))
    s.told_twice = sum(1 for n in tellers.values() if n > 1)
    for i, e in enumerate(events):
        said, text = _norm(f"{e.headline} {e.text}"), _norm(e.text)
        furniture = [n for n in needles if n and (n in said or (len(text) >= 12 and text in n))]
        s.precise += bool(hit_by[i])
        s.furniture += bool(furniture)
        tag = ",".join(hit_by[i] + (["FURNITURE"] if furniture else [])) or "?"
        lines.append(f"      [{tag}] {e.when.value}{' ' + e.when.mod if e.when.mod else ''} "
                     f"{e.modality.value}: {e.headline}  <{e.rule}>")
    return s, lines


def story_text(tml: Path, out: Path) -> Path:
    """A TimeML story (an annotation with ``"timeml": "<path under shared/data>"``) as the plain text
    a user would give chrono: the TEXT element without its tags (the same text ``chrono eval`` reads)."""
    from chrono.evaluation.gold import read_timeml

    out.write_text(read_timeml(tml).text.strip() + "\n", encoding="utf-8")
    return out


def find_data(arg: str | None) -> Path | None:
    for path in ([Path(arg)] if arg else list(DATA_CANDIDATES)):
        if (path / "html").is_dir():
            return path
    return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--text", action="store_true", help="build from lynx text dumps of the pages")
    ap.add_argument("--dumps", default=str(page_dumps.DEFAULT_DIR),
                    help="cache folder of the text dumps (benchmarks/page_dumps.py; shared with bench_reader)")
    ap.add_argument("--data", help="folder holding html/<id>.html.gz (default: shared/data/pages)")
    ap.add_argument("--pages", default=str(ANNOTATIONS), help="folder of the annotations")
    ap.add_argument("--only", action="append", default=[], help="only pages whose id starts so")
    ap.add_argument("-v", "--verbose", action="store_true", help="list misses and chrono's events")
    args = ap.parse_args(argv)

    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(args.pages).glob("*.json"))]
    golds = [g for g in golds if not args.only or any(g["page"].startswith(o) for o in args.only)]
    data = find_data(args.data)
    if not golds or data is None:
        print(f"nothing to measure: {len(golds)} annotations in {args.pages}, pages folder "
              f"{args.data or ' or '.join(map(str, DATA_CANDIDATES))} {'found' if data else 'not found'}")
        return 0
    if args.text and not shutil.which("lynx"):
        print("--text needs lynx (apt-get install -y lynx): skipped")
        return 0
    try:
        import chrono
    except Exception as exc:  # noqa: BLE001 - a benchmark reports, it does not stop
        print(f"cannot import chrono: {type(exc).__name__}: {exc}")
        return 0

    mode = "lynx text dumps" if args.text else "HTML pages"
    print(f"chrono on {len(golds)} annotated {mode} ({sum(len(g['events']) for g in golds)} events)")
    total = Score()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-pages-") as tmp:
        for gold in golds:
            pid = gold["page"]
            host = urlparse(gold.get("url", "")).netloc.removeprefix("www.")
            label = f"{pid:<20}" if gold.get("timeml") else f"{pid[:8]} {host[:24]:<24}"
            src = data / "html" / f"{pid}.html.gz"
            page_score = Score()
            page_score.annotated = len(gold["events"])
            try:
                if gold.get("timeml"):
                    path = story_text(data.parent / gold["timeml"], Path(tmp) / f"{pid}.txt")
                elif args.text:
                    path = page_dumps.dump_page(src, args.dumps, name=pid, tool="lynx").path
                else:
                    path = Path(tmp) / f"{pid}.html"
                    path.write_bytes(gzip.decompress(src.read_bytes()))
                t0 = time.perf_counter()
                chron = chrono.build(str(path), published=date.fromisoformat(gold["document"]["published"]))
                took = time.perf_counter() - t0
            except Exception as exc:  # noqa: BLE001 - count the page as missed, say why, go on
                total.add(page_score)
                print(f"{label} ERROR {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:300])
                continue
            page_score, lines = score(chron, gold)
            total.add(page_score)
            print(f"{label} {page_score.line()}  [{page_score.listed} listed, {took:.1f} s]")
            if args.verbose:
                print("\n".join(lines))
    print(f"total ({len(golds)} pages, {time.perf_counter() - started:.0f} s): {total.line()}")
    return 0


if __name__ == "__main__":
    try:
        main()
    except Exception as exc:  # noqa: BLE001 - a benchmark measures, it does not assert
        print(f"benchmark error: {type(exc).__name__}: {exc}")
    sys.exit(0)
