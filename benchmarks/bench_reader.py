#!/usr/bin/env python3
"""chrono's reader on real news pages, beside trafilatura and htmldate: body, title, date, speed.

    python benchmarks/bench_reader.py                        # the 90 pages of shared/data/pages
    python benchmarks/bench_reader.py --limit 10 --errors /tmp/reader-errors.json
    python benchmarks/bench_reader.py --only 70cb2d5b        # one page (an id or its prefix)

Systems, each on every page:
  chrono html     chrono.read(the page's HTML bytes); body = the text of the Document's body blocks
  chrono dump     chrono.read(the page's text dump, benchmarks/page_dumps.py: lynx -dump ..., with its link list)
  (--fallback)    chrono.read(the HTML) with trafilatura switched off: chrono's own extractor alone
  trafilatura     trafilatura.extract(html, include_comments=False, output_format="json",
                  with_metadata=True): its text, title and date
  htmldate        htmldate.find_date(html), date only; and find_date(html, original_date=True)

No system is given the URL (it carries the reference date) nor a publication date: chrono must find
its own (a ChronoError counts as an empty body and no date, and is counted).

Scores, the same for every system:
  body     token precision / recall / F1 against the page's articleBody (ground-truth.json) (chrono's:
           its body and embed blocks, the article's prose and the posts and pull quotes it embeds, as
           the articleBody has them; --prose-only: body blocks alone); tokens
           are \\w+ words, lowercased, as a bag with counts (multiset intersection). micro = sums of
           intersections over sums of sizes; macro = mean of per-page F1; "F1>=.9" = share of pages.
  title    against benchmarks/data/page_titles.json (how it was made: its "about"): exact after
           normalising Unicode (NFKC), quotes, dashes, whitespace and case; close = token F1 >= 0.8.
  date     on the pages whose URL carries a full date (/2019/11/19/, 2019-11-19, -20191115/): the
           URL's date is the reference; exact, and within one day (time zones).
  CPU pages/s  the same over the process's CPU seconds (steadier when other jobs share the cores)
  pages/s  pages over the seconds spent in the system's calls (after one warm-up call, not counted;
           dump making is timed apart); one-off costs met later (a library loading its data on first
           use) are in it, and show as "ms max" beside the median milliseconds per page.
"""
from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import page_dumps  # noqa: E402

import chrono  # noqa: E402

# Taken once, at import: for a while a subpackage named ``chrono.read`` shadowed the function once
# it was first imported (the attribute then named the module).
chrono_read = chrono.read

PAGES = ROOT.parent / "shared" / "data" / "pages"
TITLES = HERE / "data" / "page_titles.json"

WORD = re.compile(r"\w+")


# -- scoring ----------------------------------------------------------------------------------------

def tokens(text: str | None) -> Counter:
    return Counter(WORD.findall((text or "").lower()))


def prf(found: Counter, ref: Counter) -> tuple[int, float, float, float]:
    """Intersection size, precision, recall, F1 of two bags of tokens."""
    inter = sum((found & ref).values())
    nf, nr = sum(found.values()), sum(ref.values())
    p = inter / nf if nf else 0.0
    r = inter / nr if nr else 0.0
    return inter, p, r, (2 * p * r / (p + r) if p + r else 0.0)


_QUOTES = str.maketrans({c: "'" for c in "‘’‚‛′`´ʼ‹›"} | {c: '"' for c in "“”„‟″«»"}
                        | {c: "-" for c in "‐‑‒–—―−"})


def norm_title(title: str | None) -> str:
    """A title for exact comparison: NFKC, one kind of quote and dash, single spaces, casefolded."""
    t = unicodedata.normalize("NFKC", title or "").translate(_QUOTES)
    return " ".join(t.split()).casefold()


def title_scores(found: str | None, ref: str) -> tuple[bool, bool]:
    if not found:
        return False, False
    return norm_title(found) == norm_title(ref), prf(tokens(found), tokens(ref))[3] >= 0.8


_URL_DATES = (
    re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?=/|$|\.|-)"),     # /2019/11/19/
    re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)"),           # 2019-11-19
    re.compile(r"(?<![\d])((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)"),           # /20191119/, -20191115/
)


def url_date(url: str) -> date | None:
    """The publication date a URL carries, to the day, or None."""
    path = url.split("://", 1)[-1]
    path = path[path.find("/"):] if "/" in path else ""
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            try:
                d = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                continue
            if 1995 <= d.year <= 2030:
                return d
    return None


def as_date(value) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


# -- systems ----------------------------------------------------------------------------------------

@dataclass
class Found:
    body: str | None = None          # None: the system gives no body (date-only systems)
    title: str | None = None
    date: date | None = None
    error: str | None = None         # "ChronoError: ..." / "crash: ..."
    kinds: dict | None = None        # chrono: blocks per kind
    lost: dict | None = None         # chrono: reference tokens found in blocks of other kinds
    seconds: float = 0.0


@dataclass
class Page:
    id: str
    url: str
    html: bytes
    body: str
    title: str
    ref_date: date | None
    dump: page_dumps.Dump | None = None


#: chrono's blocks that are the article's text: its prose, and what it embeds (posts, pull quotes:
#: kind "embed", set apart for the events; the page's articleBody holds them). ``--prose-only``: "body".
ARTICLE_KINDS = {"body", "embed"}


def _chrono_found(doc, ref: Counter) -> Found:
    body = "\n".join(doc.text[b.start:b.end] for b in doc.blocks if b.kind in ARTICLE_KINDS)
    kinds: dict[str, int] = {}
    by_kind: dict[str, Counter] = {}
    for b in doc.blocks:
        kinds[b.kind] = kinds.get(b.kind, 0) + 1
        if b.kind not in ARTICLE_KINDS:
            by_kind.setdefault(b.kind, Counter()).update(tokens(doc.text[b.start:b.end]))
    lost = {k: n for k, c in by_kind.items() if (n := sum((c & ref).values()))}
    return Found(body=body, title=doc.title, date=as_date(doc.published), kinds=kinds, lost=lost)


def run_chrono(source, ref: Counter) -> Found:
    try:
        doc = chrono_read(source)
    except chrono.ChronoError as exc:
        return Found(body="", error=f"{type(exc).__name__}: {exc}")
    except Exception as exc:  # noqa: BLE001 - a bug of the reader: count it, go on
        return Found(body="", error=f"crash {type(exc).__name__}: {exc}")
    return _chrono_found(doc, ref)


def run_chrono_own(html: bytes, ref: Counter) -> Found:
    """chrono with trafilatura switched off: its own HTML extractor, the fallback for pages
    trafilatura finds no text in (``--fallback``)."""
    import chrono.reader.page as page
    saved, page.read_page = page.read_page, lambda *a, **k: None
    try:
        return run_chrono(html, ref)
    finally:
        page.read_page = saved


def run_trafilatura(html: bytes) -> Found:
    import trafilatura
    try:
        out = trafilatura.extract(html, include_comments=False, output_format="json", with_metadata=True)
    except Exception as exc:  # noqa: BLE001
        return Found(body="", error=f"crash {type(exc).__name__}: {exc}")
    if not out:
        return Found(body="", error="nothing extracted")
    data = json.loads(out)
    return Found(body=data.get("text") or "", title=data.get("title"), date=as_date(data.get("date")))


def run_htmldate(html: bytes, original: bool) -> Found:
    from htmldate import find_date
    try:
        return Found(date=as_date(find_date(html, original_date=original)))
    except Exception as exc:  # noqa: BLE001
        return Found(error=f"crash {type(exc).__name__}: {exc}")


SYSTEMS = {
    "chrono html": lambda p, ref: run_chrono(p.html, ref),
    "chrono dump": lambda p, ref: run_chrono(str(p.dump.path), ref),
    "trafilatura 2.3": lambda p, ref: run_trafilatura(p.html),
    "htmldate find_date": lambda p, ref: run_htmldate(p.html, original=False),
    "htmldate original_date": lambda p, ref: run_htmldate(p.html, original=True),
}


# -- the run ----------------------------------------------------------------------------------------

@dataclass
class Tally:
    name: str
    seconds: float = 0.0
    cpu: float = 0.0                 # process CPU seconds: steadier than wall time on a shared machine
    times: list = field(default_factory=list)
    pages: int = 0
    inter: int = 0
    n_found: int = 0
    n_ref: int = 0
    f1s: list = field(default_factory=list)
    title_exact: int = 0
    title_close: int = 0
    titles: int = 0
    date_pages: int = 0
    date_exact: int = 0
    date_near: int = 0
    date_none: int = 0
    errors: Counter = field(default_factory=Counter)
    has_body: bool = False


def load_pages(pages_dir: Path, only: str | None, limit: int | None) -> list[Page]:
    truth = json.loads((pages_dir / "ground-truth.json").read_text(encoding="utf-8"))
    titles = json.loads(TITLES.read_text(encoding="utf-8"))
    ids = sorted(truth)
    if only:
        ids = [i for i in ids if i.startswith(only)]
        if not ids:
            sys.exit(f"no page id starts with {only!r}")
    if limit:
        ids = ids[:limit]
    return [Page(id=i, url=truth[i]["url"], body=truth[i]["articleBody"], title=titles[i],
                 ref_date=url_date(truth[i]["url"]),
                 html=gzip.decompress((pages_dir / "html" / f"{i}.html.gz").read_bytes()))
            for i in ids]


def make_dumps(pages: list[Page], dumps: Path, tool: str) -> str:
    t0 = time.perf_counter()
    cached = sum(1 for p in pages if page_dumps.cached_path(p.id, dumps, tool).exists())
    used: Counter = Counter()
    for p in pages:
        p.dump = page_dumps.dump_page(p.html, dumps, name=p.id, tool=tool)
        used[p.dump.tool] += 1
    made = ", ".join(f"{n} by {t}" for t, n in sorted(used.items()))
    return f"text dumps in {dumps}: {made} ({cached} already cached), {time.perf_counter() - t0:.1f} s"


def fmt(x: float | None, pct: bool = False) -> str:
    if x is None:
        return "—"
    return f"{100 * x:.1f}%" if pct else f"{x:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pages", default=str(PAGES), help="folder with html/ and ground-truth.json")
    ap.add_argument("--limit", type=int, help="the first N pages (sorted by id)")
    ap.add_argument("--only", help="the page whose id starts with this")
    ap.add_argument("--errors", help="write per-page results of every system to this JSON file")
    ap.add_argument("--dumps", default=str(page_dumps.DEFAULT_DIR), help="cache folder of the text dumps")
    ap.add_argument("--dump-tool", default="auto", choices=page_dumps.TOOLS)
    ap.add_argument("--prose-only", action="store_true",
                    help="chrono's body: its body blocks only (not the posts and pull quotes it embeds)")
    ap.add_argument("--fallback", action="store_true",
                    help="also run chrono's own HTML extractor alone (trafilatura switched off)")
    args = ap.parse_args(argv)
    if args.prose_only:
        ARTICLE_KINDS.discard("embed")
    systems = dict(SYSTEMS)
    if args.fallback:
        systems = {"chrono html": SYSTEMS["chrono html"],
                   "chrono html, own extractor": lambda p, ref: run_chrono_own(p.html, ref),
                   **{k: v for k, v in SYSTEMS.items() if k != "chrono html"}}

    import htmldate
    import trafilatura

    pages = load_pages(Path(args.pages), args.only, args.limit)
    print(f"{len(pages)} pages; chrono {chrono.__version__}, trafilatura {trafilatura.__version__}, "
          f"htmldate {htmldate.__version__}")
    print(make_dumps(pages, Path(args.dumps), args.dump_tool))

    refs = {p.id: tokens(p.body) for p in pages}
    results: dict[str, dict[str, Found]] = {p.id: {} for p in pages}
    tallies = []
    t_all = time.perf_counter()
    for name, fn in systems.items():
        tally = Tally(name)
        fn(pages[0], refs[pages[0].id])                           # warm-up: imports, compiled rules
        for p in pages:
            t0, c0 = time.perf_counter(), time.process_time()
            found = fn(p, refs[p.id])
            found.seconds = time.perf_counter() - t0
            tally.seconds += found.seconds
            tally.cpu += time.process_time() - c0
            tally.times.append(found.seconds)
            results[p.id][name] = found
            score(tally, p, found, refs[p.id])
        tallies.append(tally)
    wall = time.perf_counter() - t_all

    print_table(tallies, len(pages))
    print(f"\nsystems run in {wall:.1f} s (warm-ups included)")
    for t in tallies:
        if t.name.startswith("chrono"):
            chrono_errors = sum(n for e, n in t.errors.items() if not e.startswith("crash"))
            crashes = sum(n for e, n in t.errors.items() if e.startswith("crash"))
            no_date = sum(1 for p in pages if results[p.id][t.name].date is None)
            print(f"  {t.name}: {chrono_errors} ChronoError, {crashes} crash(es); "
                  f"no publication date found on {no_date} of {len(pages)} pages")
        for err, n in sorted(t.errors.items()):
            print(f"  {t.name}: {n} page(s) with {err}")
    if args.errors:
        write_errors(Path(args.errors), pages, refs, results)
        print(f"per-page results: {args.errors}")
    return 0


def score(t: Tally, p: Page, f: Found, ref: Counter) -> None:
    t.pages += 1
    if f.error:
        t.errors[f.error.split(":")[0]] += 1
    if f.body is not None:
        t.has_body = True
        found = tokens(f.body)
        inter, _, _, f1 = prf(found, ref)
        t.inter += inter
        t.n_found += sum(found.values())
        t.n_ref += sum(ref.values())
        t.f1s.append(f1)
        t.titles += 1
        exact, close = title_scores(f.title, p.title)
        t.title_exact += exact
        t.title_close += close
    if p.ref_date:
        t.date_pages += 1
        if f.date is None:
            t.date_none += 1
        elif f.date == p.ref_date:
            t.date_exact += 1
        if f.date is not None and abs((f.date - p.ref_date).days) <= 1:
            t.date_near += 1


def print_table(tallies: list[Tally], n: int) -> None:
    head = ["system", "F1 micro", "P micro", "R micro", "F1 macro", "F1>=.9", "title exact",
            "title close", "date exact", "date ±1d", "no date", "pages/s", "CPU pages/s", "ms median", "ms max"]
    rows = []
    for t in tallies:
        if t.has_body:
            p = t.inter / t.n_found if t.n_found else 0.0
            r = t.inter / t.n_ref if t.n_ref else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            body = [fmt(f1), fmt(p), fmt(r), fmt(sum(t.f1s) / len(t.f1s)),
                    fmt(sum(x >= 0.9 for x in t.f1s) / len(t.f1s), pct=True),
                    fmt(t.title_exact / t.titles, pct=True), fmt(t.title_close / t.titles, pct=True)]
        else:
            body = ["—"] * 7
        d = t.date_pages
        rows.append([t.name, *body, fmt(t.date_exact / d if d else None, pct=True),
                     fmt(t.date_near / d if d else None, pct=True),
                     str(t.date_none), f"{t.pages / t.seconds:.1f}" if t.seconds else "—",
                     f"{t.pages / t.cpu:.1f}" if t.cpu else "—",
                     f"{1000 * statistics.median(t.times):.1f}" if t.times else "—",
                     f"{1000 * max(t.times):.0f}" if t.times else "—"])
    dated = tallies[0].date_pages if tallies else 0
    print(f"\n{n} pages; titles on all {n}; dates on the {dated} whose URL carries one\n")
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    line = lambda cells: "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths)) + " |"  # noqa: E731
    print(line(head))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(line(r))


def write_errors(path: Path, pages: list[Page], refs: dict, results: dict) -> None:
    out = []
    for p in pages:
        entry = {"id": p.id, "url": p.url, "title": p.title,
                 "date": p.ref_date.isoformat() if p.ref_date else None,
                 "ref_tokens": sum(refs[p.id].values()), "systems": {}}
        for name, f in results[p.id].items():
            s: dict = {}
            if f.body is not None:
                found = tokens(f.body)
                _, pr, rc, f1 = prf(found, refs[p.id])
                exact, close = title_scores(f.title, p.title)
                s.update(f1=round(f1, 4), precision=round(pr, 4), recall=round(rc, 4),
                         tokens=sum(found.values()), title=f.title, title_exact=exact, title_close=close)
            s["date"] = f.date.isoformat() if f.date else None
            s["seconds"] = round(f.seconds, 4)
            if p.ref_date:
                s["date_ok"] = f.date == p.ref_date
            if f.error:
                s["error"] = f.error
            if f.kinds is not None:
                s["kinds"] = f.kinds
                s["ref_tokens_in_other_kinds"] = f.lost
            entry["systems"][name] = s
        out.append(entry)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
