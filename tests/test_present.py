"""What the writers show: the date phrases of a pack, the Briefing computed once, a made-up language's
words in the outputs, and the one registry of formats."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
import textwrap
from datetime import date

import pytest

import chrono
from chrono import formats, lang
from chrono.datetext import day_text, show, words_of
from chrono.export import csv_export, ics, timelinejs
from chrono.model import Chronology, Document, Event, Grain, Mention, Modality, Relation, When
from chrono.present import Briefing, briefing_date, key_points, language_of
from chrono.render import layout
from chrono.timevalue import interval
from fixtures_chronology import example_chron, two_doc_chron  # noqa: F401  (pytest fixtures)


def _when(value: str, mod: str | None = None, relation: str = "on") -> When:
    base = interval(value) if value else None
    return When(value, mod, *(base or (None, None, None)), Relation(relation))


@pytest.mark.parametrize("code", lang.available())
def test_the_date_examples_of_each_pack(code):
    words = words_of(code).dates
    assert words.examples, f"the {code} pack shows no date examples"
    for value, mod, relation, written, shown in words.examples:
        assert show(_when(value, mod, relation), timex_text=written, words=words) == shown, (value, mod)


def test_a_run_of_days_and_a_day_without_its_year():
    run = When("2017-10-14", None, date(2017, 10, 14), date(2017, 10, 16), Grain.DAY)
    assert show(run) == "Sat 14\u2013Sun 15 Oct 2017"
    assert show(When("2017-10-31", None, date(2017, 10, 31), date(2017, 11, 2), Grain.DAY)) == \
        "Tue 31 Oct\u2013Wed 1 Nov 2017"
    assert show(run, year=False) == "Sat 14\u2013Sun 15 Oct"


def test_every_relation_and_modality_has_its_words():
    words = words_of()
    assert {r.value for r in Relation} <= set(words.dates.relations)
    assert {m.value for m in Modality} <= set(words.briefing.status)
    assert len(words.dates.months) == 12 and len(words.dates.weekdays) == 7


def test_the_briefing_is_computed_once_and_holds_what_writers_read(two_doc_chron):
    b = Briefing.of(two_doc_chron)
    assert Briefing.of(two_doc_chron) is b and Briefing.of(b) is b
    assert b.date == briefing_date(two_doc_chron) == max(d.published for d in two_doc_chron.documents)
    assert len(b.rows) == len(two_doc_chron.events)
    number = {d.id: i for i, d in enumerate(two_doc_chron.documents, start=1)}
    for row in b.rows:
        docs = {m.doc for m in row.event.mentions}
        assert set(row.doc_ids) == docs and row.sources == tuple(sorted(number[d] for d in docs))
        mentioned = [d.published for d in two_doc_chron.documents if d.id in docs and d.published]
        assert row.published == (max(mentioned) if mentioned else b.date)
    assert b.language is lang.get("en") and b.words is lang.get("en").display


def test_a_day_drops_its_year_only_when_every_article_is_of_the_briefing_year():
    day = Event("e1", "The talks resumed", "The talks resumed on Jan. 7.", _when("2019-01-07"),
                mentions=(Mention("b", 0, 10),))
    def short(*published):
        docs = tuple(Document(k, "x", published=p) for k, p in zip("ab", published))
        return Briefing.of(Chronology(docs, events=(day,))).rows[0].date_short
    assert short(date(2019, 3, 1), date(2019, 2, 1)) == "Mon 7 Jan"
    assert short(date(2018, 3, 1), date(2019, 2, 1)) == "Mon 7 Jan 2019"   # a corpus of two years


def test_titles_of_a_chronology_without_one():
    docs = (Document("a", "x", title="First"), Document("b", "y", title="Second"))
    b = Briefing.of(Chronology(docs))
    assert b.title == "Chronology of 2 articles" and b.feed_title == b.title
    assert Briefing.of(Chronology(docs[:1])).title == "First"
    assert Briefing.of(Chronology(())).title == "Chronology"


def test_key_points_say_latest_expected_background(example_chron):
    keys = [key for key, _ in key_points(example_chron)]
    assert keys[0] == "latest" and "expected" in keys and keys[-1] == "background"


_PACK = '''
from dataclasses import replace

from chrono.lang import Language
from chrono.lang.en.display import DISPLAY

MONTHS = ("Jnr", "Fbr", "Mrz", "Apl", "Mai", "Jun", "Jul", "Agt", "Spt", "Okt", "Nvb", "Dzb")
DATES = replace(DISPLAY.dates, months=MONTHS, weekdays=("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
                day="{weekday}, {day}. {month}", relations={"since": "seit {text}"}, examples=())
LANGUAGE = Language(code="zz", name="Made-up", timex=None,
                    display=replace(DISPLAY, dates=DATES, untitled="Zeitleiste", untitled_many="Zeitleiste aus {n} Artikeln",
                                    feeds=replace(DISPLAY.feeds, date="Datum: {date}")))
'''


@pytest.fixture(scope="module")
def made_up(tmp_path_factory):
    folder = tmp_path_factory.mktemp("packs") / "zz"
    folder.mkdir()
    (folder / "__init__.py").write_text(textwrap.dedent(_PACK), encoding="utf-8")
    return lang.load(folder)


def test_a_made_up_language_is_shown_in_its_own_words(made_up):
    doc = Document("d", "text", published=date(2017, 10, 14), language="zz")
    since = Event("e1", "Kampf", "", _when("2017-10-13", relation="since"), mentions=(Mention("d", 0, 4),))
    chron = Chronology((doc,), events=(since,))
    b = Briefing.of(chron)
    assert language_of(chron) is made_up and b.title == "Zeitleiste"
    assert b.rows[0].date == "seit Fr, 13. Okt 2017"
    assert next(csv.DictReader(io.StringIO(csv_export.dumps(chron))))["date"] == "seit Fr, 13. Okt 2017"
    assert "Datum: seit Fr, 13. Okt 2017" in ics.description(b, b.rows[0])
    assert timelinejs.to_dict(chron)["events"][0]["display_date"] == "seit Fr, 13. Okt 2017"
    segs = layout.segments([(date(2017, 10, 13), date(2017, 10, 14))], date(2017, 10, 14))
    assert layout.headers(segs[0], b.words.dates)[0] == "Okt 2017"
    assert day_text(date(2017, 10, 14), words=b.words.dates) == "Sa, 14. Okt 2017"


def test_a_pack_without_display_words_is_shown_in_the_default_language():
    bare = lang.Language(code="zy", name="Bare", timex=None)
    assert words_of(bare) is lang.get(lang.DEFAULT).display


# --- the registry of formats ------------------------------------------------------------------

def test_one_registry_of_formats():
    assert dict(chrono.FORMATS) == dict(formats.SUFFIXES) == {f.name: f.suffix for f in formats.ALL}
    assert formats.names() == list(chrono.FORMATS)
    for fmt in formats.ALL:
        assert callable(fmt.load()) and formats.get(fmt.name) is fmt
    with pytest.raises(chrono.InputError, match="unknown format"):
        formats.get("doc")


def test_the_registry_and_the_briefing_import_light():
    code = ("import sys, chrono.formats, chrono.present, chrono.export; "
            "heavy = [m for m in ('matplotlib', 'docx', 'icalendar') if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


# --- what a picture of many events draws, and the title of a corpus --------------------------------

def _many(n: int = 30, reported: dict | None = None) -> Chronology:
    """``n`` one-day events of one story (``reported``: event index -> number of documents)."""
    docs = tuple(Document(f"d{k}", "x", title=f"Hodeidah talks, report {k}", published=date(2021, 3, 1 + k))
                 for k in range(5))
    reported = reported or {}
    events = []
    for i in range(n):
        d = date(2021, 1, 1).toordinal() + 2 * i
        value = date.fromordinal(d).isoformat()
        mentions = tuple(Mention(f"d{k}", i, i + 1) for k in range(reported.get(i, 1)))
        events.append(Event(f"e{i + 1}", f"Event {i}", "", _when(value), mentions=mentions))
    return Chronology(docs, events=tuple(events))


def test_select_keeps_the_most_reported_and_the_span_of_the_story_never_by_position():
    from chrono.present import select, weight
    chron = _many(reported={12: 4, 17: 3, 3: 2})
    chosen = select(chron, 6)
    ids = [r.event.headline for r in chosen.rows]
    assert not chosen.complete and chosen.total == 30 and len(ids) == 6
    assert {"Event 12", "Event 17", "Event 3"} <= set(ids)              # the most reported
    assert {"Event 0", "Event 29"} <= set(ids)                           # the first and the last
    assert ids == sorted(ids, key=lambda h: int(h.split()[1]))           # shown in chronological order
    assert select(chron, 40).complete and len(select(chron, 40).rows) == 30
    fact, forecast = (Briefing.of(chron).rows[0], Briefing.of(chron).rows[1])
    forecast = type(forecast)(**{**forecast.__dict__, "event": Event("f", "f", "", forecast.event.when,
                                                                       Modality.FORECAST)})
    assert weight(fact) < weight(forecast)                               # facts before forecasts


def test_key_points_are_chosen_among_the_selected_events():
    from chrono.present import select
    chron = _many(reported={12: 4, 17: 3})
    chosen = select(chron, 5)
    points = key_points(chron, chosen)
    assert points and all(row in chosen.rows for _, row in points)
    assert [r.event.headline for k, r in points if k == "latest"] == ["Event 29"]


def test_a_corpus_is_titled_by_its_subject_and_span_not_a_list_of_titles():
    from chrono.chronology import _title as joined
    chron = _many()
    made_up = chron.replace(title=joined(chron.documents, None))
    assert Briefing.of(made_up).title == "Hodeidah, Mon 1–Fri 5 Mar 2021"
    assert Briefing.of(chron).title == "Hodeidah, Mon 1–Fri 5 Mar 2021"
    assert Briefing.of(chron.replace(title="My title")).title == "My title"    # a title given is kept
    assert Briefing.of(made_up).feed_title == Briefing.of(made_up).title


def test_the_alt_text_says_what_the_picture_shows():
    from chrono.present import alt_text, select
    chron = _many(reported={12: 4})
    text = alt_text(chron, select(chron, 4))
    assert text.startswith("Timeline: Hodeidah") and "30 events" in text and "Event 12" in text
    assert "Event 13" not in text
