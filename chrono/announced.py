"""A happening and the report of it a few days later, merged (:func:`merge_announced`): a pass of
:func:`chrono.chronology.merge_events`, after :mod:`chrono.restated`.

News tells a happening at its day and, elsewhere, the report that made it known, dated by the day of
the report: "Buried a foot beneath the ground, the weapon was unearthed during a search Thursday" /
"Investigators said Friday they found a rifle buried near his home". The report (an event dated by its
reporting verb's day, rule ``reporting-day``) tells the same happening when, in one document and one
modality, a happening is dated on a day at most :data:`ANNOUNCED_DAYS` days before the report (or on
its day), their headlines tell a common kind of happening (the language's ``kinds``: "unearthed" /
"found"), no names of their headlines (past the first word) are apart, and their sentences share a
content word besides the words of that kind (less time expressions, numbers and reporting verbs). The
report joins the happening, which dates and headlines it, credited to the report's source when it names
none: the finding is listed once, at its day. The
nearest such happening before the report is taken.
"""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from .clusters import Cluster, _one_doc
from .model import Grain
from .retold import _sourced

if TYPE_CHECKING:
    from .chronology import Similarity

#: The rule of an event dated by the day of its report ("officials said Friday they had found ...").
REPORT = "reporting-day"
#: A report tells a happening of at most this many days before it.
ANNOUNCED_DAYS = 3


def _day(cluster: Cluster):
    w = cluster.events[0].when
    return w.start if w.granularity is Grain.DAY and w.start is not None and not w.mod else None


def _tells(happening: Cluster, report: Cluster, sim: "Similarity") -> bool:
    na, nb = _names(happening, sim), _names(report, sim)
    if na and nb and not na & nb:
        return False
    common = happening.kinds(sim) & report.kinds(sim)
    if not common:
        return False
    shared = _words(happening, sim) & _words(report, sim)
    return bool(shared - sim.kind_stems(common))


def _names(cluster: Cluster, sim: "Similarity") -> frozenset[str]:
    """The names of a cluster's headlines past their first word (a capital that starts a sentence names
    nothing: "Hikers found..." / "Rescuers said...")."""
    return frozenset(n for e in cluster.events for n in sim.names(" ".join(e.headline.split()[1:])))


def _words(cluster: Cluster, sim: "Similarity") -> frozenset[str]:
    """The content stems of a cluster's sentences, less time expressions, numbers and reporting verbs
    (names kept: a name both tell is a word they share)."""
    out: set[str] = set()
    for e in cluster.events:
        text = e.text.replace(e.timex_text, " ") if e.timex_text else e.text
        out |= {st for st in sim.content_stems(text) if not st.isdigit()}
    return frozenset(out) - {sim.stem(v) for v in sim.reporting}


def merge_announced(clusters: list[Cluster], sim: "Similarity") -> set[int]:
    """A report dated by its day joins the happening of the days before it that it tells (see the module
    doc); the ids of those that joined."""
    by_doc: dict[tuple, list[Cluster]] = defaultdict(list)
    for c in clusters:
        doc = _one_doc(c)
        if doc is not None and _day(c) is not None and c.events[0].text:
            by_doc[(doc, c.events[0].modality)].append(c)
    absorbed: set[int] = set()
    for group in (g for g in by_doc.values() if len(g) > 1):
        for report in group:
            if len(report.events) != 1 or report.events[0].rule != REPORT or id(report) in absorbed:
                continue
            day = _day(report)
            before = [c for c in group if c is not report and id(c) not in absorbed
                      and c.events[0].rule != REPORT and 0 <= (day - _day(c)).days <= ANNOUNCED_DAYS]
            before.sort(key=lambda c: (day - _day(c)).days)
            target = next((c for c in before if _tells(c, report, sim)), None)
            if target is not None:
                target.join(report)
                target.lead = _sourced(target.lead or target.events[0], report)
                absorbed.add(id(report))
    return absorbed


__all__ = ["ANNOUNCED_DAYS", "merge_announced"]
