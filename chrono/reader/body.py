"""Where the article is in a text dump or pasted page: a body detector that judges lines by what they are.

A saved or pasted page (``lynx -dump``, a browser's "save as text", a copy of the page) holds the
article among menus, buttons, link lists, teasers and banners. As jusText does, each paragraph is
judged by what it is, not by phrases that would end the article:

* page furniture: a dump's markers (``(BUTTON)``, ``IFRAME:``, ``[image]``, form fields ``____``,
  lynx's ``#alternate`` link lines), a bare list bullet, a line repeated on the page;
* a list item (lynx's bullets ``* + o #``, ``-``, ``•``) that is not a full sentence: a menu entry;
* the density of function words (the language's, :attr:`chrono.lang.reading.ReadingWords.function_words`)
  and the length: long paragraphs of running prose are the article, long lines without function
  words (a tag cloud, a list of names) are not;
* short lines take their verdict from their neighbours: a subheading before article text is kept,
  a short line among menus is not; an ad slot alone between two paragraphs does not part them;
* a line printed twice in a row is a picture's text over its caption; a teaser cut short (",...")
  is furniture; a copy of a line shown above the article (a standfirst) is the article's own
  paragraph when it stands inside the article's run; a run of date-led lines (a tour's dates, a
  timeline) is judged as its neighbours; the scores of a results story ("3-0, 6-4") do not make a
  paragraph a list of names.

:func:`judge` gives each line ``"good"`` (article), ``"bad"`` (furniture) or ``"short"`` (left to the
block rules); :func:`pick_title` chooses the headline among the lines above the article by what a
headline looks like and the words it shares with the first paragraphs. Pure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import lang
from .lynx import is_carried
from .marks import BOXED, SLOT, ad_boxes, before_form, picture_labels

#: A dump's page furniture (the markup words lynx prints; no language words).
FURNITURE = re.compile(r"^\s*(?:\(BUTTON\)|IFRAME:|\[[ Xx]\](?:\s|$)|\[[\w\s-]{0,20}\]\s*$|_{3,}|\[INS:|:INS\]|#[^\s#]"
                       r"|REFRESH\(\d+|\(\w+\)\s*$)")
#: A list bullet at the start of a line: lynx's ``* + o #``, dashes, dots, arrows.
BULLET = re.compile(r"^\s*(?:[*+#\u2022\u00b7\u25aa\u25cf\u2023\u203a\u00bb>-]|o(?=\s))\s*")
#: A row of a table laid out in columns (a dump's tables): two gaps of several spaces between cells.
TABLE_ROW = re.compile(r"\S(?: {2,}|\t)\S.*\S(?: {2,}|\t)\S")
#: A teaser cut short: its text ends in a comma and an ellipsis ("... diagnosed with the plague,...").
TRUNCATED = re.compile(r"[,;:]\s*(?:\.{3}|\u2026)\s*$")
_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_TERMINAL = ".!?\u2026\u3002\uff01\uff1f"
_CLOSING = "\"'\u201d\u2019\u00bb)]"
#: A paragraph this long (characters) with enough function words is article text.
LENGTH_GOOD = 150
#: Shorter than this (characters) a paragraph is "short": its neighbours decide.
LENGTH_SHORT = 70
#: Function words among the words of running prose (jusText's ``stopwords_high``, a bit lower).
DENSITY_GOOD = 0.28
#: Below this, a long line is not prose (names, tags, headlines run together).
DENSITY_BAD = 0.12
#: When the text's long lines reach this density at best, the pack is not the text's language
#: and the density is not used.
DENSITY_KNOWN = 0.2
#: A title is looked for among at most this many lines above the first article paragraph.
TITLE_WINDOW = 25
#: ... and a line the page's share links carry among this many (a video box or a "see also" teaser
#: may stand between the headline and the text).
TITLE_WINDOW_CARRIED = 60
TITLE_MIN_WORDS = 3
TITLE_MAX_WORDS = 30
#: A line of at least this many words, most of whose word triples (this share) were already on
#: the page, is a copy (a standfirst shown twice, the article again in a summary box).
DUPLICATE_MIN_WORDS = 8
DUPLICATE_SHARE = 0.8
#: This many date-led lines one after the other are a timeline or a list of dates (article text).
TIMELINE_MIN_LINES = 3
#: What a short line and a line of furniture cost the article's run (characters of text).
SHORT_COST = 10
BAD_COST = 40
#: Bonus of a title line set apart from the text (less indented: a dump's headings), of one
#: followed by a byline or date line; cost of a full stop at its end (captions, teasers); cost per
#: line of distance from the article's run.
TITLE_INDENTED = 0.4
TITLE_SIGNED = 0.15
TITLE_FULL_STOP = 0.3
TITLE_DISTANCE_COST = 0.01
#: Cost of a line right over a caption or a photo credit (the picture's label or alt text).
TITLE_OVER_CAPTION = 0.3
#: Bonus of a line the page's share links carry (a lynx dump's link list): the page's headline.
TITLE_CARRIED = 1.0
#: A byline or date line this many lines under a headline signs it.
TITLE_BYLINE_LINES = 3
#: The first article paragraphs a title is compared with.
TITLE_CONTEXT = 4


@dataclass
class Line:
    """One line of the text as the detector sees it."""

    text: str                 # without its bullet
    indent: int
    bullet: bool
    furniture: bool
    repeated: bool
    verdict: str = ""
    twin: bool = False        # printed twice in a row: a picture's text over its caption


def _density(text: str, words: frozenset[str], numbers: bool = True) -> float:
    """The share of function words among the words of ``text`` (``numbers=False``: numbers are
    not counted as words)."""
    toks = [t for t in _WORD.findall(text.lower()) if numbers or not t.isdigit()]
    return sum(t in words for t in toks) / len(toks) if toks else 0.0


def _terminal(text: str) -> bool:
    t = text.rstrip().rstrip(_CLOSING).rstrip()
    return bool(t) and t[-1] in _TERMINAL


def _size(text: str) -> int:
    """Characters, a CJK character counting as three (a word's worth of Latin letters)."""
    return len(text) + 2 * len(_CJK.findall(text))


def _seen_before(words: list[str], seen: set[tuple[str, ...]]) -> bool:
    """Whether most of a line's word triples were already on the page (a copy of the article)."""
    grams = {tuple(words[k:k + 3]) for k in range(len(words) - 2)}
    old = sum(g in seen for g in grams)
    seen |= grams
    return len(words) >= DUPLICATE_MIN_WORDS and old >= DUPLICATE_SHARE * len(grams)


def _repeated(texts: list[str]) -> list[bool]:
    """Whether each line shows more than once among ``texts`` (a short one), or copies lines above."""
    tokens = [_WORD.findall(t.lower()) for t in texts]
    keys = [" ".join(t) for t in tokens]
    counts: dict[str, int] = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    seen: set[tuple[str, ...]] = set()
    return [_seen_before(toks, seen) or (counts[k] > 1 and _size(t) < LENGTH_GOOD)
            for t, k, toks in zip(texts, keys, tokens)]


def _twins(texts: list[str]) -> list[bool]:
    """Lines printed twice in a row, word for word or the second cut short: a picture's text
    alternative over its caption (so on 7 of the 90 dev pages, never a paragraph of the story)."""
    keys = [_WORD.findall(t.lower()) for t in texts]
    twin = [False] * len(texts)
    for i in range(len(texts) - 1):
        a, b = keys[i], keys[i + 1]
        n = min(len(a), len(b))
        if n >= DUPLICATE_MIN_WORDS and a[:n] == b[:n]:
            twin[i] = twin[i + 1] = True
    return twin


def _lines(texts: list[str], indents: list[int]) -> list[Line]:
    out = []
    for t, ind, rep, twin in zip(texts, indents, _repeated(texts), _twins(texts)):
        m = BULLET.match(t)
        bare = t[m.end():] if m else t
        out.append(Line(bare, ind, bool(m), bool(FURNITURE.match(t) or TRUNCATED.search(t)) or not _WORD.search(t),
                        rep, twin=twin))
    return out


def _own_copies(lines: list[Line], lo: int, hi: int) -> list[int]:
    """Sentences of the article's run marked as copies only because the page showed them above or
    below the run first (a standfirst, a teaser of the story): the article's own paragraphs."""
    inside = _repeated([ln.text for ln in lines[lo:hi + 1]])
    return [lo + k for k, rep in enumerate(inside) if lines[lo + k].repeated and not rep
            and not lines[lo + k].bullet and _terminal(lines[lo + k].text)
            and len(_WORD.findall(lines[lo + k].text)) >= DUPLICATE_MIN_WORDS]


def _first_pass(ln: Line, words: frozenset[str], known: bool) -> str:
    if ln.furniture:
        return "bad"
    if TABLE_ROW.search(ln.text) and not ln.bullet:
        return "near"                         # a row of a table laid out in columns: as its neighbours
    size = _size(ln.text)
    density = _density(ln.text, words) if known else DENSITY_GOOD
    prose = _terminal(ln.text) or size >= 2 * LENGTH_GOOD
    if ln.bullet and not (size >= LENGTH_SHORT and prose and density >= DENSITY_GOOD):
        return "bad"                          # a menu entry, a teaser in a list
    if ln.repeated:
        return "bad"
    if size < LENGTH_SHORT:
        return "short"
    if known and density < DENSITY_BAD and _density(ln.text, words, numbers=False) < DENSITY_BAD:
        return "bad"                          # not prose (numbers left out: a results story's "3-0, 6-4")
    if size >= LENGTH_GOOD and density >= DENSITY_GOOD and prose:
        return "good"
    return "near"


def _neighbour(verdicts: list[str], i: int, step: int, slots: list[int] = (), labels: list[bool] = ()) -> str:
    """The verdict of the nearest line that has one ("good" or "bad") before (``step`` -1) or
    after line ``i``; a ``slots`` line alone between two paragraphs ("Advertisement") is passed,
    and so are ``labels`` (a picture's label, an ad's box: :mod:`chrono.reader.marks`)."""
    j = i + step
    while 0 <= j < len(verdicts):
        lone = (slots and slots[j] == SLOT and 0 < j < len(verdicts) - 1
                and verdicts[j - 1] in ("good", "near") and verdicts[j + 1] in ("good", "near")) \
            or bool(labels and labels[j])
        if verdicts[j] == "good" or (verdicts[j] == "bad" and not lone):
            return verdicts[j]
        j += step
    return "bad"


@dataclass(frozen=True)
class Judgement:
    """The detector's verdicts on the lines of a text."""

    verdicts: list[str]       # "good", "bad" or "short" (kept for the block rules to name)
    first_pass: list[str]     # before the neighbours are heard; "near": a middling paragraph
    repeated: list[bool]      # the line shows more than once on the page
    start: int                # the article's first and last lines (the best-scoring run)
    end: int
    anchor: int = 0           # where the title is looked for above: the run's first line, or the
                              # picture over it (a caption printed twice, the article's own)


def _region(first: list[str], sizes: list[int], bullets: list[bool], labels: list[bool] = ()) -> tuple[int, int]:
    """The run of lines with the most article text in it, furniture counted against (as BTE does);
    ``labels`` (a picture's label printed over each of its copies, an ad's box) count for nothing."""
    best, best_span = 0.0, (0, len(first) - 1)
    total, lo = 0.0, 0
    for i, v in enumerate(first):
        w = 0.0 if labels and labels[i] else {"good": sizes[i], "near": sizes[i] / 2, "short": -SHORT_COST}.get(v, -BAD_COST)
        w /= 3 if bullets[i] and v in ("good", "near") else 1
        if total <= 0:
            total, lo = 0.0, i
        total += w
        if total > best:
            best, best_span = total, (lo, i)
    return best_span


def _prose_runs(lines: list[Line], first: list[str], words: frozenset[str], known: bool) -> list[bool]:
    """Middling paragraphs that are sentences of running prose, two or more one after the other,
    before the first long paragraph: the one-sentence paragraphs a story may open with (a teaser
    stands alone between its headline and its date; a newsletter box after the story is left out)."""
    opening = first.index("good") if "good" in first else len(first)
    prose = [i < opening and v == "near" and not ln.bullet and _terminal(ln.text)
             and (not known or _density(ln.text, words) >= DENSITY_GOOD) for i, (ln, v) in enumerate(zip(lines, first))]
    return [p and ((i > 0 and prose[i - 1]) or (i + 1 < len(prose) and prose[i + 1])) for i, p in enumerate(prose)]


def _timelines(lines: list[Line], first: list[str], dated: list[bool]) -> None:
    """A run of ``TIMELINE_MIN_LINES`` or more date-led lines ("June 9 -- Coral Sky Amphitheatre,
    Tampa, FL": a tour's dates, a timeline) is judged as its neighbours, not as short lines."""
    i = 0
    while i < len(dated):
        k = i
        while k < len(dated) and dated[k] and not lines[k].bullet and not lines[k].furniture:
            k += 1
        if k - i >= TIMELINE_MIN_LINES:
            first[i:k] = ["near"] * (k - i)
        i = max(k, i + 1)


def _link_lists(lines: list[Line], first: list[str]) -> None:
    """A list most of whose items are furniture (links to other stories) is furniture, its one
    long item too (a teaser: "Want the best tools to get healthy? Check out our picks ...")."""
    i = 0
    while i < len(lines):
        k = i
        while k < len(lines) and lines[k].bullet:
            k += 1
        bad = sum(v == "bad" for v in first[i:k])
        if k - i >= 3 and bad > (k - i) / 2:
            first[i:k] = ["bad"] * (k - i)
        i = max(k, i + 1)


def _after_pictures(lines: list[Line], first: list[str], hi: int, pictures: list[bool]) -> int:
    """The run's last line, or the paragraph of running prose after it when only furniture stands
    between, a picture's caption or credit among it (a gallery set before the last paragraph)."""
    k, seen = hi + 1, False
    while pictures and k < len(first) and first[k] not in ("good", "near"):
        seen = seen or pictures[k]
        k += 1
    return k if seen and k < len(first) and first[k] == "good" and not lines[k].bullet else hi


def judge(texts: list[str], indents: list[int], language: lang.Language | str | None = None,
          furniture: list[bool] = (), dated: list[bool] = (), pictures: list[bool] = ()) -> Judgement:
    """The verdict on each line (``texts``: the lines, ``indents``: their indentation, ``furniture``:
    lines the block rules know as menus or boilerplate, ``dated``: lines led by a date, a timeline's
    entries, ``pictures``: captions and credits). Lines outside the article's run are ``"bad"``; inside it, a short line the neighbours
    keep stays ``"short"`` (a subheading, dateline or caption, for the block rules to name)."""
    words = lang.of(language).reading.function_words
    lines = _lines(texts, indents)
    for ln, known_furniture in zip(lines, furniture):
        ln.furniture = ln.furniture or known_furniture
    slots = [0 if ln.bullet else SLOT if named else BOXED if ln.furniture or _size(ln.text) < LENGTH_SHORT else 0 for ln, named in zip(lines, furniture)]  # noqa: E501 - SLOT: the block rules named it
    long_ones = [_density(ln.text, words) for ln in lines if _size(ln.text) >= LENGTH_GOOD and not ln.furniture]
    known = bool(words) and bool(long_ones) and max(long_ones) >= DENSITY_KNOWN
    first = [_first_pass(ln, words, known) for ln in lines]
    _timelines(lines, first, list(dated))
    _link_lists(lines, first)
    sizes, bullets = [_size(ln.text) for ln in lines], [ln.bullet for ln in lines]
    labels = [a or b for a, b in zip(picture_labels(texts, bullets, first), ad_boxes(first, slots))]
    anchor = _region(first, sizes, bullets, labels)[0] if "good" in first else 0
    for i, ln in enumerate(lines):
        if ln.twin:             # a picture's text and its caption: not the article's paragraphs
            ln.furniture, first[i] = True, "bad"
    if "good" not in first:     # no article text to judge by: the block rules decide
        return Judgement(["short"] * len(lines), first, [ln.repeated for ln in lines], 0, len(lines) - 1, 0)
    lo, hi = _region(first, sizes, bullets, labels)
    own = _own_copies(lines, lo, hi)
    for i in own:
        lines[i].repeated = False
        first[i] = _first_pass(lines[i], words, known)
    if own:
        lo, hi = _region(first, sizes, bullets, labels)
    hi = before_form([ln.text for ln in lines], first, sizes, lo, _after_pictures(lines, first, hi, list(pictures)))
    repeated = [ln.repeated for ln in lines]
    raw, first = first, [v if lo <= i <= hi or v not in ("good", "near") else "bad" for i, v in enumerate(first)]
    out = list(first)
    run = _prose_runs(lines, first, words, known)
    for i, v in enumerate(first):           # near-good: kept unless furniture on both sides
        if v == "near":
            out[i] = "good" if run[i] or "good" in (_neighbour(first, i, -1, slots, labels),
                                                    _neighbour(first, i, 1, slots, labels)) else "bad"
    settled = list(out)
    for i, v in enumerate(settled):         # short: kept before article text, or closing it
        if v == "short":
            before, after = _neighbour(settled, i, -1, labels=labels), _neighbour(settled, i, 1, labels=labels)
            keep = after == "good" or (before == "good" and _terminal(lines[i].text))
            out[i] = "short" if keep else "bad"
    return Judgement(out, raw, repeated, lo, hi, min(anchor, lo))


def _content(text: str, words: frozenset[str]) -> set[str]:
    return {t for t in _WORD.findall(text.casefold()) if t not in words and (len(t) > 2 or _CJK.search(t))}


def _headline_like(text: str) -> bool:
    n = len(text.split()) if not _CJK.search(text) else _size(text) // 3
    t = text.rstrip()
    tokens = [w for w in t.split() if _WORD.search(w)]
    numbers = sum(not any(c.isalpha() for c in w) for w in tokens)     # a score line: "Palm Bay 18 22 — 70"
    return (TITLE_MIN_WORDS <= n <= TITLE_MAX_WORDS and len(t) <= 250 and not t[:1].islower()
            and not t.endswith(":") and t.count(". ") <= 1 and 2 * numbers < len(tokens))


def _window_top(texts: list[str], kinds: list[str | None], start: int, size: int) -> int:
    """The first line of the title window: ``size`` lines above ``start``, not counting list
    bullets, lines of furniture and lines the block rules named boilerplate (a share panel)."""
    top, count = start, 0
    while top > 0 and count < size:
        top -= 1
        count += not (FURNITURE.match(texts[top]) or BULLET.match(texts[top]) or kinds[top] == "boilerplate")
    return top


def pick_title(texts: list[str], indents: list[int], judgement: Judgement, kinds: list[str | None],
               language: lang.Language | str | None = None, carried: frozenset[str] = frozenset()) -> int | None:
    """The headline: among the lines just above the article and at its top (``kinds``: what the
    block rules already named), the headline-like one sharing most words with the first
    paragraphs; a line set apart (less indented than the text) or followed by a byline or date
    line is preferred, one ending in a full stop (a caption, a teaser) less so, and one the page's
    share links carry (``carried``: :func:`chrono.reader.lynx.carried_texts`) most."""
    words = lang.of(language).reading.function_words
    j = judgement
    goods = [k for k in range(j.start, j.end + 1)
             if j.verdicts[k] == "good" and not BULLET.match(texts[k]) and kinds[k] is None]   # not a caption
    if not goods:
        return None
    if len(goods) > 1 and _headline_like(texts[goods[0]]) and not _terminal(texts[goods[0]]) \
            and indents[goods[0]] != indents[goods[1]]:
        goods = goods[1:]            # the headline, set apart, was read as the text's first line
    first = goods[0]
    context: set[str] = set()
    for i in goods[:TITLE_CONTEXT]:
        context |= _content(texts[i], words)
    best: tuple[float, int] | None = None
    near_top = _window_top(texts, kinds, j.anchor, TITLE_WINDOW)
    top = _window_top(texts, kinds, j.anchor, TITLE_WINDOW_CARRIED) if carried else near_top
    for i in range(top, first):
        far = i < near_top
        if (far and not is_carried(texts[i], carried)) or FURNITURE.match(texts[i]) or BULLET.match(texts[i]) \
                or (kinds[i] is not None and not far) or not _headline_like(texts[i]):
            continue
        own = _content(texts[i], words)
        if not own:
            continue
        shared = len(own & context) / len(own)
        signed = any(k in ("byline", "dateline") for k in kinds[i + 1:i + 1 + TITLE_BYLINE_LINES])
        score = (shared + (TITLE_INDENTED if indents[i] < indents[first] else 0.0)
                 + (TITLE_SIGNED if signed else 0.0) - (TITLE_FULL_STOP if _terminal(texts[i]) else 0.0)
                 - TITLE_DISTANCE_COST * abs(j.anchor - i) + (TITLE_CARRIED if is_carried(texts[i], carried) else 0.0)
                 - (TITLE_OVER_CAPTION if i + 1 < len(kinds) and kinds[i + 1] in ("caption", "credit") else 0.0))
        if (shared > 0 or indents[i] < indents[first]) and (best is None or score > best[0]):
            best = (score, i)
    return best[1] if best else None


__all__ = ["BULLET", "FURNITURE", "Judgement", "judge", "pick_title"]
