"""The checks of a hand-annotated article, shared by the English held-out articles
(:mod:`test_heldout_articles`) and the German, Spanish and French ones (:mod:`test_lang_events`).

An annotation (``NAME.json`` beside ``NAME.txt``) lists ``events`` (keywords, value, mod, modality,
relation, attribution, headline words), their ``order``, ``distinct`` events of one day, ``not_dated``
clauses and ``not_events`` strings of page furniture. The matching is check_seed's: an event matches
when every keyword group has a member in its headline or evidence text and its value (and ``mod``)
are the annotated ones; events whose headline holds the keywords come first.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from chrono.events.headline import HEADLINE_MAX_WORDS, NAME_SLACK
from chrono.model import Chronology, Event


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def words(event: Event) -> str:
    return f"{event.headline} {event.text}".lower()


def matches(event: Event, g: dict, headline_only: bool = False) -> bool:
    text = event.headline.lower() if headline_only else words(event)
    if not all(any(k.lower() in text for k in group) for group in g["keywords"]):
        return False
    values = g["value"] if isinstance(g["value"], list) else [g["value"]]
    return event.when.value in values and ("mod" not in g or (event.when.mod or None) == g["mod"])


def hits(chron: Chronology, g: dict) -> list[int]:
    """Matching events, those whose headline holds the keywords first (two events of one sentence
    share their evidence text)."""
    return sorted((i for i, e in enumerate(chron.events) if matches(e, g)),
                  key=lambda i: not matches(chron.events[i], g, headline_only=True))


def describe(chron: Chronology) -> str:
    return "\n".join(f"  {e.when.value} {e.when.mod or ''} {e.when.relation.value} {e.modality.value}: "
                     f"{e.headline} [{e.attribution}]" for e in chron.events)


def event_cases(paths, case_id):
    """One pytest case per annotated event (xfail where the annotation names a tagger error)."""
    for path in paths:
        for g in load(path)["events"]:
            marks = [pytest.mark.xfail(reason=g["xfail"], strict=False)] if g.get("xfail") else []
            yield pytest.param(path, g["id"], id=f"{case_id(path)}:{g['id']}", marks=marks)


def check_event(chron: Chronology, g: dict) -> None:
    found = hits(chron, g)
    assert found, f"{g['id']} ({g.get('what', '')}) not found at {g['value']}; events:\n{describe(chron)}"
    event = chron.events[found[0]]
    assert event.modality.value == g["modality"], event
    if "relation" in g:
        assert event.when.relation.value == g["relation"], event
    if "attribution" in g:
        assert g["attribution"].lower() in (event.attribution or "").lower(), event
    for group in g.get("headline", []):
        assert any(k.lower() in event.headline.lower() for k in group), event.headline
    for word in g.get("headline_not", []):
        assert word.lower() not in event.headline.lower(), event.headline
    if g.get("mentions_at_least"):
        same = [e for e in chron.events if e.when.value == g["value"]
                and any(k.lower() in words(e) for k in g["keywords"][0])]
        assert len(same) == 1 and len(same[0].mentions) >= g["mentions_at_least"], describe(chron)


def check_order(chron: Chronology, gold: dict) -> None:
    by_id = {g["id"]: g for g in gold["events"]}
    ranks = []
    for step in gold["order"]:
        ids = step if isinstance(step, list) else [step]
        ranks.append([hits(chron, by_id[i])[0] for i in ids if hits(chron, by_id[i])])
    for before, after in zip(ranks, ranks[1:]):
        if before and after:
            assert max(before) < min(after), f"{ranks}\n{describe(chron)}"


def check_distinct(chron: Chronology, gold: dict) -> None:
    by_id = {g["id"]: g for g in gold["events"]}
    for ids in gold.get("distinct", []):
        firsts = [h[0] for h in (hits(chron, by_id[i]) for i in ids) if h]
        assert len(set(firsts)) == len(firsts), f"{ids} merged:\n{describe(chron)}"


def check_not_dated(chron: Chronology, gold: dict) -> None:
    for g in gold.get("not_dated", []):
        assert not any(matches(e, g, headline_only=True) for e in chron.events), f"{g['why']}:\n{describe(chron)}"


def check_no_furniture(chron: Chronology, gold: dict) -> None:
    """No event mention lies on a line holding one of the ``not_events`` strings."""
    text = chron.documents[0].text
    lines = []
    for needle in gold.get("not_events", []):
        at = text.index(needle)
        lines.append((text.rfind("\n", 0, at) + 1, text.find("\n", at) % (len(text) + 1)))
    for e in chron.events:
        assert not any(a <= m.start < b for m in e.mentions for a, b in lines), f"from boilerplate: {e.headline!r}"


_DANGLING = re.compile(r"[,;:\-–—(\"“«]$|^[,;:.)]")


def check_headlines(chron: Chronology) -> None:
    """Every headline is a headline: 2 to HEADLINE_MAX_WORDS + NAME_SLACK words, capitalised, no
    dangling punctuation, balanced brackets and quotes."""
    for e in chron.events:
        h = e.headline
        assert 2 <= len(h.split()) <= HEADLINE_MAX_WORDS + NAME_SLACK, h
        assert h[:1].isupper() or h[:1].isdigit(), h
        assert not _DANGLING.search(h), h
        assert h.count("(") == h.count(")") and h.count("“") == h.count("”"), h
        assert h.count("«") == h.count("»") and h.count('"') % 2 == 0, h
