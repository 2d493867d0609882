"""Property tests: any text or bytes through reader, tagger and chronology builder (issue 6).

No exception escapes but the documented ChronoError family; every offset lies inside its text;
every interval has start <= end; the JSON chronology always serialises.
"""
from __future__ import annotations

import json
from datetime import date

from hypothesis import HealthCheck, given, settings, strategies as st

import chrono
from chrono.chronology import build_chronology
from chrono.export.json_export import dumps

NEWSY = st.sampled_from([
    "October 14, 2017", "said Friday", "since Friday", "in July", "early 2014", "two days later",
    "the days ahead", "within days", "today or tomorrow", "will meet next week", "1990s", "Q3",
    "U.S.", "Col.", "\xa0", "\r\n", "\n\n", '"', "(", ")", "Image: AP", "Read more: x", "cw/amp (Reuters)",
    "Skip to content", "9" * 40, "/-.", "May", "may", "March", "We", "6-year-old", "$27", "50%",
])
TEXTS = st.lists(st.one_of(st.text(max_size=40), NEWSY), max_size=30).map(" ".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(chron: chrono.Chronology) -> None:
    texts = {d.id: d.text for d in chron.documents}
    for dt in chron.timexes:
        text = texts[dt.doc]
        assert 0 <= dt.timex.start <= dt.timex.end <= len(text)
        assert text[dt.timex.start:dt.timex.end] == dt.timex.text
    for event in chron.events:
        assert event.mentions
        for m in event.mentions:
            assert 0 <= m.start <= m.end <= len(texts[m.doc])
        if event.when.start is not None:
            assert event.when.start <= event.when.end
    json.loads(dumps(chron))


@SETTINGS
@given(TEXTS, st.booleans())
def test_any_text_builds_a_valid_chronology(text, narrative):
    try:
        doc = chrono.read(text.encode("utf-8", "surrogatepass"), published=date(2017, 10, 14))
    except chrono.ChronoError:
        return
    policy = chrono.AnchorPolicy.NARRATIVE if narrative else chrono.AnchorPolicy.NEWS
    check(build_chronology([doc], policy=policy))


@SETTINGS
@given(st.binary(max_size=2000))
def test_any_bytes_read_or_refuse_cleanly(data):
    try:
        doc = chrono.read(data, published=date(2017, 10, 14))
    except chrono.ChronoError:
        return
    for span in doc.blocks + doc.sentences:
        assert 0 <= span.start <= span.end <= len(doc.text)
    check(build_chronology([doc]))


@settings(max_examples=40, deadline=None)
@given(st.lists(TEXTS, min_size=2, max_size=4))
def test_several_documents_merge_without_losing_mentions(texts):
    docs = []
    for i, text in enumerate(texts):
        try:
            docs.append(chrono.read(text.encode("utf-8", "surrogatepass"), published=date(2017, 10, 14),
                                    doc_id=f"d{i}"))
        except chrono.ChronoError:
            pass
    if not docs:
        return
    separate = [build_chronology([d]) for d in docs]
    merged = build_chronology(docs)
    check(merged)
    mentions = lambda chron: sorted((m.doc, m.start, m.end) for e in chron.events for m in e.mentions)  # noqa: E731
    assert mentions(merged) == sorted(m for c in separate for m in mentions(c))
