"""The day's news of an undated lede: "Jose Mourinho has agreed a deal to replace Pochettino."

A news story's first body sentence often tells the day's happening without a date, in the present
perfect or the present progressive ("has agreed", "is being investigated", "are dropping"): a
careful reader dates it by the publication day. Only that first sentence (the first of a story's
lines, :func:`lede_index`) or a later one dated by "now" alone ("Now they've put out another
statement"), only in those tenses (the language's ``DatingWords.lede_news``), and only outside a
quotation and a photo caption (a line followed by its credit in brackets); a plan ("is set to raise") is no
happening yet. A wire brief's lede with no time expression at all, told in the simple past on its main
verb ("Dominion Textile holders adopted a rights plan"), is the day's news too.
A briefing's line to its reader ("This is the tech news you need to know this Tuesday") is not the lede.
A lede with no date told as a report ("Crane Co. said it holds an 8.9% stake", "Clinton says he is
committed") is the day's report; a tense heading a background clause ("While the Internet has been a
blessing, ...") tells no news, and a present perfect copula ("has been a blessing") tells a state
(:mod:`.lede_clause`).

A round-up of the day's results (a story whose first date lies within a day of publication) tells each
result in an item of its own, undated, in the simple past: the first sentence of an item, after a
heading line in capitals ("US FALLS") or behind a score label ("Wild 4, Sabres 1: Zach Parise scored
twice"), is the day's news too (:func:`ledes`; the language's ``section_heading``, ``section_label``,
``section_news``).

A live report ("The Latest") gives each entry under a line holding only a clock time ("10 p.m."): the
entry's first sentence, undated, is the news of that time (:func:`entry_leads`).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .. import lang
from ..model import Document, Modality, Span, Timex, TimexType
from ..timevalue import interval
from .dating import clause_text, when_of
from .lede_clause import MainTense, framed_background, framed_conjuncts, in_later_conjunct, mood_text, noun_dated
from .parse import parse_one
from .reference import QUOTE_OPEN
from .words import words_of

#: The rule name of a lede's event and of the publication-day date it is given.
RULE = "lede-news"
#: The value of "now": a later sentence opened by it, with no other date, and told in those tenses is
#: the day's news too ("Now they've put out another statement"; not "... and currently lie 14th").
PRESENT = "PRESENT_REF"


#: The fewest words of a lede: a shorter body line ("Created with Sketch.") is page furniture.
LEDE_MIN_WORDS = 4
_CUT = ("...", "…")


def reader_address(code: str):
    """The language's pattern of a briefing's line to its reader ("This is the tech news you need to
    know this Tuesday"), compiled; None when the language has none."""
    found = words_of(lang.of(code)).dating.reader_address
    return found.compiled if found is not None else None


def lede_index(doc: Document, sentences, kinds) -> int:
    """Which of ``sentences`` is the story's first sentence: the first of a body block (``kinds``) with
    at least :data:`LEDE_MIN_WORDS` words that does not repeat the page's title ("Share All sharing
    options for: <title>"), is not cut short and does not address the reader (:func:`reader_address`);
    -1 if none."""
    title = " ".join((doc.title or "").split())
    address = reader_address(doc.language)
    for i, span in enumerate(sentences):
        if span.kind not in kinds:
            continue
        text = " ".join(doc.text[span.start:span.end].split())
        if text.endswith(_CUT) or (address is not None and address.search(text)):
            continue                # a teaser cut short ("... diagnosed with the plague,..."), a line to the reader
        if len(text.split()) >= LEDE_MIN_WORDS and not (len(title.split()) >= LEDE_MIN_WORDS and title in text):
            return i
    return -1


#: How far from the publication day (in days) the story's first date lies when it tells the day's news.
STORY_DAY_SLACK = 1


def ledes(doc: Document, sentences, kinds, timexes, lede: int, pattern, attrs=(), handed=None) -> list[tuple[int, object]]:
    """The undated sentences that may tell the day's news, each with the pattern of its tense: the
    story's first sentence (``lede``, :func:`lede_index`) with ``pattern``, the first sentence of each
    entry of a live report under its time (:func:`entry_leads`), and in a round-up of the day's results
    (the story's first date within :data:`STORY_DAY_SLACK` days of publication) each item's first
    sentence, after a heading line ("US FALLS") or behind a score label ("Wild 4, Sabres 1: ..."), told
    in the simple past (:func:`section_pattern`). The lede's tense is looked for in its main line only
    (:class:`.lede_clause.MainTense`); a lede whose dates all stand in background clauses or in a report
    of the day framing it (``attrs``: the sentences' attributions; "Tanzania expelled five Iraqis who were
    questioned last month, a newspaper reported Friday") is read as undated, its simple past included.
    ``handed``: the reading's parses (:func:`.parse.parse_one`)."""
    words = words_of(lang.of(doc.language)).dating
    past = [p for p in (words.lede_past, words.lede_report, words.lede_simple_past) if p is not None]
    own = timexes
    if lede >= 0 and words.lede_simple_past is not None and _framed(doc, sentences[lede], timexes,
                                                                    attrs[lede] if attrs else None, handed):
        span = sentences[lede]      # its dates are not its own: told as undated (its simple past too)
        own = [t for t in timexes if not span.start <= t.start < span.end]
    found = [(lede, MainTense(lede_tense(sentences[lede], own, pattern, *past), doc.language, handed))] \
        if lede >= 0 and pattern is not None else []
    nut = scene_setting_next(doc, sentences, kinds, timexes, lede, pattern)
    found += [(nut, pattern)] if nut >= 0 else []
    news = section_pattern(words)
    found += [k for k in entry_leads(doc, sentences, kinds, timexes, news, pattern) if k[0] != lede]
    if news is None or doc.published is None or lede < 0 or not _story_day(doc, sentences[lede].start, timexes):
        return found
    heading, label = words.section_heading.compiled, words.section_label.compiled
    result = words.section_result.compiled if words.section_result is not None else None
    starts = sorted(t.start for t in timexes if not t.value.endswith("_REF"))   # ("... to a title last season": no day)
    if result is not None and result.match(doc.text[sentences[lede].start:sentences[lede].end].strip()):
        found = [(i, news) if i == lede else (i, p) for i, p in found]    # the first result line is an item too
    for i in range(1, len(sentences)):
        span = sentences[i]
        text = doc.text[span.start:span.end].strip()
        is_result = result is not None and span.kind in (*kinds, "heading") and result.match(text) is not None
        if i <= lede and not is_result or span.kind not in kinds and not is_result or \
                bisect_left(starts, span.start) < bisect_left(starts, span.end):
            continue                # not the story's text (a result line set as a heading is), or dated by its own words
        before = " ".join(doc.text[sentences[i - 1].start:sentences[i - 1].end].split())
        if (heading.match(before) or label.match(text) or is_result) and i not in (nut, lede):
            found.append((i, news))
    return found


def _framed(doc: Document, span: Span, timexes, attr, handed=None) -> bool:
    """Whether the lede ``span``'s dates all stand in its background clauses or its attribution
    (:func:`.lede_clause.framed_background`)."""
    dates = [(t.start - span.start, t.end - span.start, t.value) for t in timexes if span.start <= t.start < span.end]
    sentence = doc.text[span.start:span.end]
    return doc.published is not None and (framed_background(sentence, dates, attr, doc.published.isoformat(),
                                                            doc.language, handed) or
                                          framed_conjuncts(sentence, dates, doc.language, handed) or
                                          _ahead_of_a_past(doc, span, timexes, handed))


def _dates_ahead(span: Span, timexes, published) -> list | None:
    """The dates of a sentence (``span``) when it has some and all lie after ``published``; else None."""
    own = [t for t in timexes if span.start <= t.start < span.end and t.type == TimexType.DATE]
    spans = [interval(t.value, t.mod) for t in own]
    ahead = published is not None and spans and all(s is not None and s[0] > published for s in spans)
    return own if ahead else None


def _ahead_of_a_past(doc: Document, span: Span, timexes, handed=None) -> bool:
    """Whether every date of the lede ``span`` lies after the publication day while its main verb is a
    finite past ("ONEIDA Ltd. declared a 10% stock dividend, payable Dec. 15 to stock of record Nov. 17"): a
    past happening has no date ahead, so the dates are its nouns' and the declaring is the day's news."""
    own = _dates_ahead(span, timexes, doc.published)
    if own is None:
        return False
    parsed = parse_one(doc.text[span.start:span.end], doc.language, handed)
    root = next((t for t in parsed if t.dep_ == "ROOT"), None) if parsed is not None else None
    return root is not None and root.pos_ == "VERB" and "Tense=Past" in str(root.morph) and \
        "VerbForm=Fin" in str(root.morph) and not any(c.dep_ in ("aux", "aux:pass") for c in root.children) and \
        all(noun_dated(parsed, root, t.start - span.start) is not None for t in own)   # (none the verb's own)


def lede_tense(span: Span, timexes, pattern, *past):
    """The tenses of the story's first sentence: ``pattern``, and when the sentence holds no time
    expression at all, also the language's ``lede_past``, ``lede_report`` and ``lede_simple_past``
    (``past``; a simple past only on the main line's finite verb, :class:`.lede_clause.MainTense`): a wire
    brief's undated "H. Marshall Schwarz was named chairman", "Crane Co. said it holds an 8.9% stake",
    "Dominion Textile holders adopted a rights plan" is the day's news, where "Swift's albums were released
    through Big Machine, which was bought earlier this year" tells background beside its dated clause."""
    if pattern is None or not past or any(span.start <= t.start < span.end for t in timexes):
        return pattern
    return re.compile("|".join(f"(?:{p})" for p in [pattern.pattern] + [q.compiled.pattern for q in past]), pattern.flags)


@dataclass(frozen=True)
class EntryTense:
    """The tenses of a live report's entry lead (any of ``patterns``), and the time of its entry."""

    patterns: tuple
    value: str

    def search(self, sentence: str):
        return next((m for m in (p.search(sentence) for p in self.patterns if p is not None) if m), None)


def entry_leads(doc: Document, sentences, kinds, timexes, news, pattern) -> list[tuple[int, EntryTense]]:
    """The first sentences of a live report's entries ("The Latest": a line holding only a clock time,
    "10 p.m.", then what was known by then): each, when it holds no date of its own, is the news of its
    entry's time, told in the simple past (``news``) or the perfect or progressive (``pattern``)."""
    found = []
    ordered = sorted(timexes, key=lambda t: t.start)
    starts = [t.start for t in ordered]
    for i in range(1, len(sentences)):
        head, span = sentences[i - 1], sentences[i]
        k = bisect_left(starts, head.start)
        own = bisect_left(starts, span.start) < bisect_left(starts, span.end)
        if span.kind not in kinds or own or k >= len(ordered) or ordered[k].type != TimexType.TIME:
            continue
        t = ordered[k]
        if doc.text[head.start:head.end].strip(" \t-–—:") == t.text and t.start >= head.start and t.end <= head.end:
            found.append((i, EntryTense((news, pattern), t.value)))
    return found


def section_pattern(words):
    """A round-up item's tense (the language's ``section_news``) behind an optional score label
    (``section_label``), the tense in group 1; None when the language has no such words."""
    if words.section_news is None or words.section_label is None or words.section_heading is None:
        return None
    label, news = words.section_label.compiled, words.section_news.compiled
    return re.compile(r"^(?:" + label.pattern.removeprefix("^") + r")?(" + news.pattern.removeprefix("^") + ")",
                      label.flags | news.flags)


def _story_day(doc: Document, start: int, timexes) -> bool:
    """Whether the story's first date (at or after ``start``) lies within a day of publication."""
    for t in sorted(timexes, key=lambda t: t.start):
        span = interval(t.value, t.mod) if t.start >= start and t.type in (TimexType.DATE, TimexType.TIME) else None
        if span is not None:
            return abs((span[0] - doc.published).days) <= STORY_DAY_SLACK
    return not timexes              # a story with no date at all is of its day


def present_news(timexes, start: int) -> bool:
    """Whether a sentence's only time expression is a "now" (:data:`PRESENT`) opening it at ``start``."""
    return len(timexes) == 1 and timexes[0].value == PRESENT and timexes[0].start == start


def lede_timex(doc: Document, span: Span, sentence: str, pattern) -> tuple[Timex, int] | None:
    """The publication day as an (empty) time expression at the lede's start, and where in the
    sentence its tense stands; None when the sentence is not an undated lede of the day's news."""
    if pattern is None or doc.published is None or sentence.lstrip()[:1] in QUOTE_OPEN or "?" in sentence:
        return None
    if doc.text[span.end:span.end + 200].lstrip()[:1] == "(":
        return None                 # a photo caption over its credit: "... (Jacquelyn Martin / AP)"
    m = pattern.search(sentence)
    if m is None:
        return None
    day = getattr(pattern, "value", None) or doc.published.isoformat()
    return Timex(span.start, span.start, "", TimexType.DATE, day, rule=RULE), m.start(1) if m.re.groups else m.start()


def lede_parsed(doc: Document, span: Span, words) -> bool:
    """Whether the lede readers will likely parse the story's first sentence ``span`` (:func:`lede_timex`
    would search its tenses in its main line: one of the language's lede tenses, ``words``: its
    ``DatingWords``, is in it), so that the reading parses it with the sentences it parses."""
    sentence = doc.text[span.start:span.end]
    if doc.published is None or sentence.lstrip()[:1] in QUOTE_OPEN or "?" in sentence:
        return False
    tenses = (words.lede_news, words.lede_past, words.lede_report, words.lede_simple_past)
    return any(p is not None and p.compiled.search(sentence) for p in tenses)


#: A name, then a phrase set off by commas, then the rest: "Noah Hawley, best known for Fargo, is ...".
_SET_OFF = re.compile(r"^((?:[A-Z][\w'’\-]*\s+){0,3}[A-Z][\w'’\-]*),\s+[^,]+,\s+(?=([\w'’]+))")


def without_apposition(text: str, auxiliaries) -> str:
    """A clause without the phrase set off after its subject's name when an auxiliary follows it
    ("Noah Hawley, best known for creating Fargo, is in final talks" -> "Noah Hawley is in final talks")."""
    m = _SET_OFF.match(text)
    return f"{m.group(1)} {text[m.end():]}" if m and m.group(2).lower() in auxiliaries else text


def lede_clause_text(sentence: str, clauses, at: int, has_verb=None) -> str:
    """The text of the clause holding offset ``at`` (the whole sentence if none does); when that clause
    only announces what a colon opens ("there has been news on the fourth film: Noah Hawley is in final
    talks to direct it"), the clause after the colon, if it has a verb (``has_verb``)."""
    for k, clause in enumerate(clauses):
        if clause.start <= at < clause.end:
            after = clauses[k + 1] if k + 1 < len(clauses) else None
            if after is not None and has_verb is not None and sentence[clause.end:after.start].strip() == ":" \
                    and has_verb(clause_text(sentence, after)):
                return clause_text(sentence, after)
            return clause_text(sentence, clause)
    return sentence


def scene_setting_next(doc: Document, sentences, kinds, timexes, lede: int, pattern) -> int:
    """The first sentence of the story's second paragraph when its first paragraph only sets the scene:
    it holds no date and no sentence told in the news tenses (``pattern``): "Crossovers may have become
    the vehicle of choice, but that doesn't mean the sedan is no longer relevant." then "Nissan has taken
    the covers off the new Sentra." (a feature's delayed lede); -1 otherwise."""
    block = next((b for b in doc.blocks if b.start <= sentences[lede].start < b.end), None) if lede >= 0 else None
    if block is None or pattern is None or any(block.start <= t.start < block.end for t in timexes):
        return -1
    if any(pattern.search(doc.text[s.start:s.end]) for s in sentences if block.start <= s.start < block.end):
        return -1
    return next((i for i in range(lede + 1, len(sentences)) if sentences[i].start >= block.end
                 and sentences[i].kind in kinds), -1)


def _present_finite(token) -> bool:
    morph = str(token.morph)
    return "Tense=Pres" in morph and "VerbForm=Fin" in morph


def present_state(parsed, words) -> bool:
    """Whether a parsed clause tells how things stand, no happening: its main predicate is a present
    copula (no other auxiliary but that of its present perfect: "the Internet has been a blessing for
    researchers") whose predicate is no word of a change ("South Dakota is on meth"; not
    "the store is open again", "shares are down"), or a verb of a state in the present ("the rivalry
    still exists"). Not one with a complement of its own ("is in final talks to direct it": a process;
    "is set to launch"), nor a verb that only looks like a predicate noun ("is gone"). ``words``: the
    language's :class:`~chrono.lang.events.ModalityWords` (``stative_verbs``, ``change_predicates``); a
    language whose pack tells no word of a change reads no state."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None) if parsed is not None else None
    if root is None or not words.change_predicates:
        return False
    kids = list(root.children)
    cop = next((c for c in kids if c.dep_ == "cop"), None)
    perfect = [c for c in kids if c.dep_ == "aux" and cop is not None and "VerbForm=Part" in str(cop.morph)]
    if any(c.dep_ in ("aux", "aux:pass", "xcomp", "ccomp", "csubj") and c not in perfect[:1] or c.dep_ in
           ("advcl", "acl") and "VerbForm=Inf" in str(c.morph) for c in kids):
        return False                # (one auxiliary of a perfect copula is a state too: "has been a blessing")
    said = {root.text.lower(), root.lemma_.lower()}
    if cop is None:
        return root.pos_ == "VERB" and bool(said & words.stative_verbs) and _present_finite(root)
    said |= {c.text.lower() for c in kids if c.dep_ in ("advmod", "case", "compound:prt")}
    if said & words.change_predicates or root.pos_ in ("VERB", "AUX") and not any(c.dep_ == "case" for c in kids):
        return False
    return _present_finite(perfect[0] if perfect else cop)


def undated_main(parsed, tense_at: int, dated, ahead: bool = False) -> str | None:
    """The main clause of a sentence whose dates all lie in its adverbial or relative clauses, when its
    tense (at offset ``tense_at``) is the main clause's: "After debuting the Juke two months ago, Nissan has
    taken the covers off the Sentra" -> "Nissan has taken the covers off the Sentra"; "The FBI has released
    one of two men who were sought last week" -> "The FBI has released one of two men" (the undated main
    clause is the day's news, the dated clause its own happening). ``dated``: the sentence-relative
    spans of its time expressions; ``ahead``: they all lie after publication, so a phrase of a noun of the
    main clause holding one is cut too (:func:`.lede_clause.noun_dated`). None when a date is the main clause's own or
    the tense is not."""
    root = next((t for t in parsed if t.dep_ == "ROOT"), None) if parsed is not None else None
    if root is None:
        return None
    subs = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in parsed
            if c.dep_ == "advcl" and c.head.i == root.i or c.dep_ == "acl:relcl" or
            c.dep_ == "conj" and c.pos_ == "VERB" and c.head.pos_ == "VERB" and c.head.i < c.i and
            in_later_conjunct(parsed, c.idx)]    # (and a later conjunct: its own)
    if ahead:                           # (dates all after publication, of a past: its nouns')
        subs += [s for s in (noun_dated(parsed, root, a) for a, _b in dated) if s is not None]
    inside = lambda a, b: any(s <= a and b <= e for s, e in subs)      # noqa: E731 - a local test
    if not subs or inside(tense_at, tense_at + 1) or not dated or not all(inside(a, b) for a, b in dated):
        return None
    own = "".join(t.text_with_ws for t in parsed if not inside(t.idx, t.idx + len(t)))
    return own.strip(" ,;:-–—")


def reported_clause(parsed, at: int) -> str | None:
    """The complement clause holding the tense at offset ``at``, without its complementizer: of "Nashua
    Corp., rumored a takeover target, said that a Dutch company has sought approval to buy its shares",
    "a Dutch company has sought approval to buy its shares" (the day's news is what is reported; who
    reports it is the attribution). None when the tense is the main clause's or there is no parse."""
    tok = next((t for t in parsed if t.idx >= at), None) if parsed is not None else None
    verb = tok.head if tok is not None and tok.dep_ in ("aux", "aux:pass") else tok
    if verb is None or verb.dep_ != "ccomp":
        return None
    kept = [t for t in verb.subtree if not (t.dep_ == "mark" and t.head.i == verb.i and t.i < verb.i)]
    return "".join(t.text_with_ws for t in kept).strip(" ,;:-–—.") or None


def held_dates(span: Span, events, timexes, attr=None, published=None) -> tuple[list, list, bool] | None:
    """Of a sentence (``span``) that told some of ``events`` already: the sentence-relative spans of its
    dates (``timexes``) but those of its attribution (``attr``: "..., a newspaper reported Friday"), the
    headlines of those events but its forecasts (another happening than the main clause's: "declared a
    dividend, payable Dec. 15"), and whether all its dates lie after ``published``; None when it told none."""
    told = [e for e in events if span.start <= e.mentions[0].start < span.end]
    dated = [(t.start - span.start, t.end - span.start) for t in timexes if span.start <= t.start < span.end]
    dated = [d for d in dated if attr is None or not (attr.start <= d[0] and d[1] <= attr.end)]
    ahead = _dates_ahead(span, timexes, published) is not None
    return (dated, [e.headline for e in told if e.modality != Modality.FORECAST], ahead) if told else None


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[\w'’\-]{4,}", text)}


def lede_what(sentence: str, at: int, syntax, words, language, held=None, handed=None) -> str:
    """What an undated lede tells, its tense at offset ``at``: the clause holding it (:func:`lede_clause_text`)
    without the phrase set off after its subject (:func:`without_apposition`); of a sentence that already
    told events (``held``, :func:`held_dates`), only its undated main clause (:func:`undated_main`), unless
    one of those events is told in the same words (most of its headline's words). Empty when that tells a
    present state (:func:`present_state`; ``words``: the language's ``ModalityWords``), or there is none.
    ``handed``: the reading's parses (:func:`.parse.parse_one`)."""
    what = lede_clause_text(sentence, syntax.split(sentence), at, syntax.has_verb)
    if held is None and what == sentence.strip(" .\n"):
        what = reported_clause(parse_one(sentence, language, handed), at) or what
    if held is not None:
        what = undated_main(parse_one(sentence, language, handed), at, held[0], len(held) > 2 and held[2]) or ""
        if any(len(_words(h) & _words(what)) * 2 > len(_words(h)) for h in held[1]):
            return ""               # the main clause is already told, by the adverbial clause's date
    what = without_apposition(what, syntax.words.auxiliaries) if what else ""
    return "" if not what or present_state(parse_one(what, language, handed), words) else what


__all__ = ["EntryTense", "MainTense", "mood_text", "LEDE_MIN_WORDS", "entry_leads", "held_dates", "PRESENT", "RULE", "STORY_DAY_SLACK", "lede_clause_text", "lede_index", "lede_parsed", "lede_tense", "lede_what", "ledes", "lede_timex", "present_news", "present_state", "reader_address", "reported_clause", "scene_setting_next", "section_pattern", "undated_main", "when_of", "without_apposition"]
