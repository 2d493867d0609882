"""One happening told again in one document at its date, and one expected happening told as a forecast
and as a supposition: merged after :mod:`chrono.clusters` and :mod:`chrono.occasions`, the last passes of
:func:`chrono.chronology.merge_events`.

- :func:`merge_restated`: within one document, two clusters of one date and modality, in other
  sentences, with no names apart in their headlines, are one happening told twice when

  - the same word dates both: the content word next to each time expression (the first that is not a
    stopword, on the same side) has one stem, not a name or a number (nor past a reporting verb: "officials
    said Tuesday" dates a report), and the sentences share a name
    besides ("Google Stadia launches tomorrow, and early reviews are mixed" / "The Stadia editions
    launch tomorrow (November 19) in 14 countries"); or
  - a noun its time expression premodifies in one ("Trump's July 25 phone call with Zelensky", a
    nominal event) is a word of the other's sentence, or tells a kind of happening a word of it tells,
    and the sentences share a name ("... a call the White House released; both testified the July 25
    transcript was accurate"; "the Oct. 23 killing of Dr. Slepian" / "Slepian was shot ... on Oct. 23"); or
  - one is told without a time expression of its own (the lead's news, dated by the publication day)
    and the other, dated, shares :data:`RETOLD_NAMES` of its names and :data:`RETOLD_WORDS` other
    content words ("NASA has recruited SpaceX and Blue Origin to join its moon program" / "Today, NASA
    announced the selection of SpaceX, Blue Origin and three others to join its payload program").

  The merged happening is headlined by a mention whose headline holds the word that dates both (the
  noun, for a nominal), when the first does not.

- :func:`merge_alternatives`: two clusters of one sentence of one document, of one modality, whose time
  expressions are offered as alternatives (only stopwords and the language's ``alternatives`` between
  them: "pushed back its first launch to at least late 2020, and more likely 2021", "Tuesday or
  Wednesday") are one happening, dated by the first.

- :func:`merge_time_relative`: a state dated since a time expression that the language's
  ``time_relatives`` follow ("Tuft cells had been known since the mid-1950s, when microscopy studies
  found them") starts with the happening of that clause: one happening, headlined by the state.

- :func:`merge_expected`: a supposition (hypothetical) and a forecast of one date whose headlines are
  similar (:meth:`chrono.chronology.Similarity.similar`) tell one expected happening, listed once as
  the forecast ("its planned 2024 crewed moon shot" / "whether a crewed 2024 moon mission is feasible").
"""
from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from .clusters import Cluster, _sentence_stems, same_telling_groups
from .model import Event, Mention, Modality, Relation

if TYPE_CHECKING:
    from .chronology import Similarity

#: The rule of nominal events (a time expression premodifying a noun: "Trump's July 25 phone call").
NOMINAL = "nominal"
#: The rule of the lead's news told without a time expression (:mod:`chrono.events.lede`).
LEDE = "lede-news"
#: A mention told without a time expression and a dated one share this many names of their sentences...
RETOLD_NAMES = 2
#: ...and this many other content stems (less time expressions, numbers and names).
RETOLD_WORDS = 2
#: Stopwords skipped, at most, between a time expression and the content word next to it ("landing in 2024").
NEXT_SKIP = 2


def _next_word(words: list[str], sim: "Similarity") -> str | None:
    """The stem of the first content word of ``words`` (within :data:`NEXT_SKIP` stopwords), unless it
    is a name or a number, or a reporting verb comes first."""
    stopwords, stemming = sim.words.stopwords, sim.words.stemming
    if words and _bare_clitic(words[0], stemming.clitics):
        words = words[1:]                   # the possessive of the date: "Monday's meeting"
    for n, raw in enumerate(words[:NEXT_SKIP + 1]):
        w = raw.strip("“”\"'‘’()[],.;:!?—–-")
        if not w or w.lower() in sim.reporting:
            return None                     # "officials said Tuesday": the day of a report, not of a happening
        if w.lower() in stopwords and n < NEXT_SKIP:
            continue
        if w.lower() in stopwords or w[0].isupper() or any(ch.isdigit() for ch in w):
            return None
        return sim.stem(w) if stemming else None
    return None


def _bare_clitic(word: str, clitics: tuple[str, ...]) -> bool:
    w = word.replace("’", "'").lower().rstrip(",.;:!?")
    return w in clitics


def _dating_words(cluster: Cluster, sim: "Similarity") -> frozenset[tuple[str, str]]:
    """The content words next to the time expressions of a cluster's mentions: ("<", stem) before,
    (">", stem) after."""
    out: set[tuple[str, str]] = set()
    for e in cluster.events:
        at = e.text.find(e.timex_text) if e.timex_text else -1
        if at < 0:
            continue
        before = _next_word(e.text[:at].split()[::-1], sim)
        after = _next_word(e.text[at + len(e.timex_text):].split(), sim)
        out |= {(side, st) for side, st in (("<", before), (">", after)) if st}
    return frozenset(out)


def _heads(cluster: Cluster, sim: "Similarity", premodified: bool = False) -> frozenset[str]:
    """The stems of the nouns a time expression premodifies in a cluster's nominal mentions (with
    ``premodified``, in any whose time expression follows a determiner or a possessive: "the October slaying
    of Dr. Slepian"): the last word of the run of content words after it ("Trump's July 25 phone call
    with..." gives "call")."""
    out: set[str] = set()
    stopwords = sim.words.stopwords
    for e in cluster.events:
        at = e.text.find(e.timex_text) if e.timex_text else -1
        if at < 0 or not (e.rule == NOMINAL or premodified and sim.premodifier.search(e.text[:at])):
            continue
        run: list[str] = []
        for raw in e.text[at + len(e.timex_text):].split():
            w = raw.strip("“”\"'‘’()[],.;:!?—–-")
            if not w or w.lower() in stopwords or w[0].isupper() or any(ch.isdigit() for ch in w):
                break
            run.append(w)
            if w != raw.rstrip("’'"):
                break                       # punctuation ends the noun phrase
        if run:
            out.add(sim.stem(run[-1]))
    return frozenset(out)


def _sentence_names(cluster: Cluster, sim: "Similarity") -> frozenset[str]:
    out: set[str] = set()
    for e in cluster.events:
        out |= sim.names(e.text.replace(e.timex_text, " ") if e.timex_text else e.text)
    return frozenset(out)


class _Told:
    """What :func:`merge_restated` compares of a cluster."""

    __slots__ = ("cluster", "dating", "heads", "names", "words", "undated", "spans")

    def __init__(self, cluster: Cluster, sim: "Similarity") -> None:
        self.cluster = cluster
        self.dating = _dating_words(cluster, sim)
        self.heads = _heads(cluster, sim)
        self.names = _sentence_names(cluster, sim)
        self.words = _sentence_stems(cluster, sim)
        self.undated = not any(e.timex_text for e in cluster.events)
        self.spans = frozenset((m.start, m.end) for e in cluster.events for m in e.mentions)


def _retold(a: _Told, b: _Told, sim: "Similarity") -> frozenset[str] | None:
    """Whether ``b`` tells ``a``'s happening again: None if not, else the stems of the words that date
    both (the nominal's noun; empty when it is told once without a time expression)."""
    ca, cb = a.cluster, b.cluster
    if (ca.names and cb.names and not ca.names & cb.names) or a.spans & b.spans:
        return None
    if a.names & b.names and (sim.kinds(a.heads) & sim.kinds(b.words) or sim.kinds(b.heads) & sim.kinds(a.words)):
        return a.heads | b.heads            # the other sentence tells the nominal's kind, whatever its headline
    ka, kb = ca.kinds(sim), cb.kinds(sim)
    if sim.kinds_apart(ka, kb):
        return None
    if a.dating & b.dating and a.names & b.names:
        return frozenset(st for _, st in a.dating & b.dating)
    if a.names & b.names and (a.heads & b.words or b.heads & a.words):
        return a.heads | b.heads
    if a.undated != b.undated and len(a.names & b.names) >= RETOLD_NAMES \
            and len(a.words & b.words) >= RETOLD_WORDS:
        return frozenset()
    return None


def _lead_with(cluster: Cluster, stems: frozenset[str], sim: "Similarity") -> None:
    """The cluster is headlined by a mention whose headline names what dates its mentions (one of
    ``stems``): the first such dated predicate, else the first such mention; unchanged if none names it."""
    naming = [e for e in cluster.events if stems & sim.content_stems(e.headline)]
    if naming:
        cluster.lead = next((e for e in naming if e.rule not in (NOMINAL, LEDE)), naming[0])


def merge_restated(clusters: list[Cluster], sim: "Similarity") -> set[int]:
    """One happening told again in one document at one date (see the module doc): the later cluster
    joins the earlier; the ids of those that joined. Compared through the words next to their time
    expressions and the names of their sentences."""
    groups = same_telling_groups(clusters)
    absorbed: set[int] = set()
    for group in (g for g in groups.values() if len(g) > 1):
        kept: list[_Told] = []
        by_word: dict[tuple[str, str], list[int]] = defaultdict(list)
        by_name: dict[tuple[bool, str], list[int]] = defaultdict(list)    # (undated, name) -> kept
        by_head_name: dict[str, list[int]] = defaultdict(list)            # name -> kept with nominal heads
        for c in group:
            told = _Told(c, sim)
            found = {k for w in told.dating for k in by_word.get(w, ())}
            found |= {k for n in told.names for k in by_name.get((not told.undated, n), ())}
            found |= {k for n in told.names for k in (by_name.get((told.undated, n), []) + by_name.get(
                (not told.undated, n), []) if told.heads else by_head_name.get(n, ()))}
            target, dating = next(((k, d) for k in sorted(found)
                                   if (d := _retold(kept[k], told, sim)) is not None), (None, None))
            if target is None:
                for w in told.dating:
                    by_word[w].append(len(kept))
                for n in told.names:
                    by_name[(told.undated, n)].append(len(kept))
                    if told.heads:
                        by_head_name[n].append(len(kept))
                kept.append(told)
            else:
                kept[target].cluster.join(c)
                absorbed.add(id(c))
                _lead_with(kept[target].cluster, dating, sim)
    return absorbed


def alternatives(between: str, sim: "Similarity") -> bool:
    """Whether the words between two time expressions of one sentence offer the second as another date
    of the first's happening: stopwords and at least one of the language's ``alternatives``, no number."""
    words = [w.lower() for w in _WORD.findall(between)]
    alt, stop = sim.words.alternatives, sim.words.stopwords
    return not any(ch.isdigit() for ch in between) and any(w in alt for w in words) \
        and all(w in alt or w in stop for w in words)


_WORD = re.compile(r"[^\W\d_]+")


def merge_alternatives(clusters: list[Cluster], sim: "Similarity") -> set[int]:
    """A cluster dated by an alternative date of one sentence (:func:`alternatives`) joins the cluster of
    the date offered first, which dates them. The ids of those that joined."""
    if not sim.words.alternatives:
        return set()
    sentences: dict[tuple, list[tuple[int, Cluster]]] = defaultdict(list)
    for c in clusters:
        e = c.events[0]
        at = e.text.find(e.timex_text) if e.timex_text and e.mentions else -1
        if at >= 0 and len(c.events) == 1:
            m = e.mentions[0]
            sentences[(m.doc, m.start, m.end, e.modality)].append((at, c))
    absorbed: set[int] = set()
    for told in (sorted(t, key=lambda x: x[0]) for t in sentences.values() if len(t) > 1):
        first_at, first = told[0]
        end = first_at + len(first.events[0].timex_text)
        for at, c in told[1:]:
            e = c.events[0]
            if at < end or e.when == first.events[0].when or not alternatives(e.text[end:at], sim):
                break
            first.absorb(c)
            absorbed.add(id(c))
            end = at + len(e.timex_text)
    return absorbed


def _perfect(e: Event, m: Mention, perfect: frozenset[str]) -> bool:
    """Whether the word right before the event's predicate is an auxiliary of a perfect ("had controlled")."""
    before = e.text[:max(0, e.trigger[0] - m.start)].split()
    return bool(before) and before[-1].lower() in perfect


def _after_time(cluster: Cluster, perfect: frozenset[str]) -> tuple[tuple, int, int] | None:
    """A one-event cluster's sentence and time expression (document, sentence span, expression span,
    modality, value), with where its predicate is relative to the expression: -1 before (a state since
    the time, told in a perfect), 1 after, 0 otherwise."""
    e = cluster.events[0]
    m = e.mentions[0] if len(cluster.events) == 1 and e.mentions else None
    if m is None or e.trigger is None or m.timex_start is None or m.timex_end is None:
        return None
    side = -1 if e.trigger[1] <= m.timex_start and e.when.relation is Relation.SINCE and _perfect(e, m, perfect) \
        else 1 if e.trigger[0] >= m.timex_end else 0
    return (m.doc, m.start, m.end, m.timex_start, m.timex_end, e.modality, e.when.value, e.when.mod), side, m.timex_end - m.start


def merge_time_relative(clusters: list[Cluster], sim: "Similarity") -> set[int]:
    """A time expression followed by a comma and one of the language's ``time_relatives`` ("since the
    mid-1950s, when microscopy studies found them") opens a clause telling what happened then: a state
    of that sentence told in a perfect and dated since the same expression, before it ("Tuft cells had
    been known"), starts
    with that happening: the clause joins the state, which headlines them (the sentence's main clause,
    dated since); a happening of its own at that time does not ("The painter moved to Paris in 2016,
    when his father died"). The ids of those that joined."""
    relatives = sim.words.time_relatives
    if not relatives:
        return set()
    sentences: dict[tuple, list[tuple[int, Cluster]]] = defaultdict(list)
    ends: dict[tuple, int] = {}
    for c in clusters:
        found = _after_time(c, sim.words.perfect)
        if found is not None and found[1]:
            sentences[found[0]].append((found[1], c))
            ends[found[0]] = found[2]
    absorbed: set[int] = set()
    for key, told in sentences.items():
        text = told[0][1].events[0].text
        m = _RELATIVE.match(text, ends[key]) if text == _sentence(told[0][1]) else None
        states = [c for side, c in told if side < 0]
        if m is None or m.group(1).lower() not in relatives or not states:
            continue
        for side, c in told:
            if side > 0:
                states[0].join(c)
                absorbed.add(id(c))
        states[0].lead = states[0].events[0]
    return absorbed


_RELATIVE = re.compile(r"\s*,\s*([^\W\d_]+)\b")


def _sentence(cluster: Cluster) -> str:
    """The evidence text of a one-event cluster, when it is its whole sentence (offsets hold in it)."""
    e = cluster.events[0]
    m = e.mentions[0]
    return e.text if len(e.text) == m.end - m.start else ""


def merge_expected(clusters: list[Cluster], sim: "Similarity") -> set[int]:
    """A supposition joins a forecast of the same date whose headline is similar (the first such); the
    merged cluster is the forecast. The ids of those that joined."""
    forecasts: dict[tuple, list[Cluster]] = defaultdict(list)
    postings: dict[tuple, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for c in clusters:
        e = c.events[0]
        if e.modality is Modality.FORECAST:
            key = (e.when.value, e.when.mod)
            for st in c.stems:
                postings[key][st].append(len(forecasts[key]))
            forecasts[key].append(c)
    absorbed: set[int] = set()
    for c in clusters:
        e = c.events[0]
        key = (e.when.value, e.when.mod)
        if e.modality is not Modality.HYPOTHETICAL or key not in forecasts:
            continue
        found = sorted({k for st in c.stems for k in postings[key].get(st, ())})
        target = next((forecasts[key][k] for k in found
                       if sim.similar(c.stems, c.names, forecasts[key][k].stems, forecasts[key][k].names)), None)
        if target is not None:
            target.join(c)
            target.modality = Modality.FORECAST
            absorbed.add(id(c))
    return absorbed


__all__ = ["NEXT_SKIP", "RETOLD_NAMES", "RETOLD_WORDS", "alternatives", "merge_alternatives", "merge_expected",
           "merge_restated", "merge_time_relative"]
