"""Hand-built chronologies for the output tests: the example article's, and a stress case.

They are shaped like what ``chrono.build`` gives for ``examples/dw-raqqa-2017-10-14.txt`` so the
renderers and exporters can be tested without the tagger and the event builder.
"""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from chrono.model import (Chronology, Document, DocTimex, Event, Grain, Mention, Modality, Relation,
                          Timex, TimexType, When)

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "dw-raqqa-2017-10-14.txt"
PUBLISHED = date(2017, 10, 14)

# (text, type, value, mod, anchor, rule) in the order they occur in the article
_TIMEXES = [
    ("October 14, 2017", "DATE", "2017-10-14", None, "none", "dateline"),
    ("2017", "DATE", "2017", None, "none", "year"),
    ("Saturday", "DATE", "2017-10-14", None, "dct:2017-10-14", "weekday"),
    ("Friday", "DATE", "2017-10-13", None, "dct:2017-10-14", "weekday"),
    ("the days ahead", "DATE", "FUTURE_REF", None, "dct:2017-10-14", "vague-future"),
    ("days", "DURATION", "PXD", None, "none", "within-days"),
    ("Today", "DATE", "2017-10-14", None, "dct:2017-10-14", "today"),
    ("tomorrow", "DATE", "2017-10-15", None, "dct:2017-10-14", "tomorrow"),
    ("June", "DATE", "2017-06", None, "dct:2017-10-14", "month-name"),
    ("Saturday", "DATE", "2017-10-14", None, "dct:2017-10-14", "weekday"),
    ("November 2015", "DATE", "2015-11", None, "none", "month-year"),
    ("November 2015", "DATE", "2015-11", None, "none", "month-year"),
    ("Saturday", "DATE", "2017-10-14", None, "dct:2017-10-14", "weekday"),
    ("2014", "DATE", "2014", None, "none", "year"),
    ("early 2014", "DATE", "2014", "START", "none", "part-of-year"),
    ("July", "DATE", "2017-07", None, "dct:2017-10-14", "month-name"),
]


def _example_timexes(text: str) -> list[Timex]:
    found, pos = [], 0
    for surface, kind, value, mod, anchor, rule in _TIMEXES:
        start = text.index(surface, pos)
        if surface == "days" and text[start - 4:start] == "the ":     # "within days", not "the days ahead"
            start = text.index(surface, start + 1)
        found.append(Timex(start, start + len(surface), surface, TimexType(kind), value, mod, rule, anchor))
        pos = start + len(surface)
    return found


def _when(value: str, mod: str | None = None, relation: Relation = Relation.ON,
          end: date | None = None) -> When:
    from chrono.timevalue import interval
    base = interval(value, mod)
    if base is None:
        return When(value, mod, None, None, None, relation)
    start, stop, grain = base
    return When(value, mod, start, end or stop, grain, relation)


def _mention(text: str, doc: str, needle: str, timex: str | None = None) -> Mention:
    start = text.index(needle)
    if timex:
        t = text.index(timex, start)
        return Mention(doc, start, start + len(needle), t, t + len(timex))
    return Mention(doc, start, start + len(needle))


def example_chronology() -> Chronology:
    """The chronology of the example article, as the build should find it."""
    text = EXAMPLE.read_text(encoding="utf-8")
    doc = Document(id="dw-raqqa-2017-10-14", text=text, path="examples/dw-raqqa-2017-10-14.txt",
                   title="IS facing imminent collapse in Syria's Raqqa", published=PUBLISHED,
                   section="Politics", agencies=("Reuters", "AP", "dpa"))
    d = doc.id
    ev = [
        Event("e1", "IS seized Raqqa in a broad offensive in Syria and Iraq",
              "IS had seized Raqqa as part of a broad offensive in Syria and Iraq in early 2014 and the "
              "city has since served as the jihadists' primary Syrian stronghold.",
              _when("2014", "START"), mentions=(_mention(text, d, "IS had seized Raqqa", "early 2014"),),
              timex_text="early 2014", anchor="none", rule="part-of-year"),
        Event("e2", "IS supporters killed 130 people in attacks across Paris",
              "IS supporters killed 130 people in multiple terrorist attacks across Paris in November 2015.",
              _when("2015-11"), attribution="Rami Abdel-Rahman, SOHR head",
              mentions=(_mention(text, d, "the mastermind of attacks in Paris", "November 2015"),
                        _mention(text, d, "IS supporters killed 130", "November 2015")),
              timex_text="November 2015", anchor="none", rule="month-year"),
        Event("e3", "SDF offensive to retake Raqqa started, with US-led airstrikes",
              "The SDF offensive to retake Raqqa started in June with the help of US-led airstrikes and "
              "several hundred US special forces.",
              _when("2017-06"), mentions=(_mention(text, d, "The SDF offensive", "June"),),
              timex_text="June", anchor="dct:2017-10-14", rule="month-name"),
        Event("e4", "US-backed Iraqi forces retook Mosul",
              "In July, US-backed Iraqi forces retook Mosul, the jihadists' de-facto capital in Iraq.",
              _when("2017-07"), mentions=(_mention(text, d, "In July, US-backed", "July"),),
              timex_text="July", anchor="dct:2017-10-14", rule="month-name"),
        Event("e5", "Around 100 IS militants surrendered and were removed from the city",
              "A spokesman for the US-led coalition, Colonel Ryan Dillon, said that around 100 IS militants "
              "had already surrendered and been \"removed\" from the city since Friday.",
              _when("2017-10-13", relation=Relation.SINCE),
              attribution="Colonel Ryan Dillon, US-led coalition spokesman",
              mentions=(_mention(text, d, "A spokesman for the US-led coalition", "Friday"),),
              timex_text="since Friday", anchor="dct:2017-10-14", rule="weekday"),
        Event("e6", "US-backed forces on the brink of defeating IS in Raqqa",
              "US-backed forces were on the brink of defeating the last remnants of the \"Islamic State\" "
              "(IS) group in the jihadists' de-facto Syrian capital of Raqqa on Saturday, according to "
              "officials close to the operation to retake the city.",
              _when("2017-10-14"), attribution="officials close to the operation",
              mentions=(_mention(text, d, "US-backed forces were on the brink", "Saturday"),),
              timex_text="Saturday", anchor="dct:2017-10-14", rule="weekday"),
        Event("e7", "Deal struck to evacuate civilians and local fighters from Raqqa",
              "Local officials from the Raqqa Civil Council and tribal leaders announced Saturday they had "
              "struck a deal to evacuate civilians and local fighters.",
              _when("2017-10-14"), attribution="Raqqa Civil Council and tribal leaders",
              mentions=(_mention(text, d, "Local officials from the Raqqa", "Saturday"),),
              timex_text="Saturday", anchor="dct:2017-10-14", rule="weekday"),
        Event("e8", "Syrian government forces retook Mayadeen from IS",
              "Separately, the Syrian government and allied Shiite militia retook the town of Mayadeen from "
              "IS after intense fighting and Russian airstrikes, the Syrian military said Saturday.",
              _when("2017-10-14"), attribution="Syrian military",
              mentions=(_mention(text, d, "Separately, the", "Saturday"),),
              timex_text="Saturday", anchor="dct:2017-10-14", rule="weekday"),
        Event("e9", "Raqqa may be liberated today or tomorrow",
              "\"Today or tomorrow the city may be liberated,\" YPG spokesman Nouri Mahmoud said.",
              _when("2017-10-14", end=date(2017, 10, 16)), modality=Modality.FORECAST,
              attribution="Nouri Mahmoud, YPG spokesman",
              mentions=(_mention(text, d, "Today or tomorrow", "Today"),),
              timex_text="Today or tomorrow", anchor="dct:2017-10-14", rule="today"),
        Event("e10", "Difficult fighting expected in the days ahead",
              "\"We still expect difficult fighting in the days ahead and will not set a time for when we "
              "think Islamic State will be completely defeated in Raqqa,\" he said.",
              _when("FUTURE_REF"), modality=Modality.FORECAST,
              attribution="Colonel Ryan Dillon, US-led coalition spokesman",
              mentions=(_mention(text, d, "\"We still expect", "the days ahead"),),
              timex_text="the days ahead", anchor="dct:2017-10-14", rule="vague-future"),
    ]
    timexes = tuple(DocTimex(d, t) for t in _example_timexes(text))
    return Chronology(documents=(doc,), timexes=timexes, events=tuple(ev), title=doc.title)


def stress_chronology(n: int = 30) -> Chronology:
    """``n`` events on the same day with long headlines, plus one in 1990 and a vague forecast."""
    day = date(2021, 3, 5)
    doc = Document(id="stress", text="x", path="stress.txt", published=day,
                   title="A very long title of an article that goes on and on about many things at once, "
                         "more than a slide can hold in one line of type",
                   agencies=("AFP", "Reuters", "AP", "dpa", "ANSA", "EFE"))
    events = [Event(f"s{i}", f"Event number {i}: " + "a very long headline that keeps going " * 4,
                    "text", When("2021-03-05", None, day, day + timedelta(days=1), Grain.DAY),
                    Modality.FORECAST if i % 5 == 0 else Modality.FACT, attribution="someone")
              for i in range(n - 2)]
    events.insert(0, Event("old", "Long ago", "text",
                           When("1990", None, date(1990, 1, 1), date(1991, 1, 1), Grain.YEAR)))
    events.append(Event("vague", "Something vague will follow, some day, if things go as they say", "t",
                        When("FUTURE_REF", None, None, None, None), Modality.FORECAST, timex_text="soon"))
    return Chronology(documents=(doc,), events=tuple(events), title=doc.title)


def two_document_chronology() -> Chronology:
    """The example plus a second short article a day later: one briefing, two sources."""
    chron = example_chronology()
    text2 = "Raqqa, October 15, 2017. SDF forces said Sunday that the city was almost clear."
    doc2 = Document(id="second", text=text2, path="second.txt", title="Raqqa almost clear, SDF says",
                    published=date(2017, 10, 15), agencies=("AFP",))
    t, s0 = text2.index("Sunday"), text2.index("SDF")
    tx = Timex(t, t + 6, "Sunday", TimexType.DATE, "2017-10-15", None, "weekday", "dct:2017-10-15")
    ev = Event("f1", "SDF said the city was almost clear", text2[s0:], _when("2017-10-15"),
               attribution="SDF", mentions=(Mention("second", s0, len(text2), t, t + 6),),
               timex_text="Sunday", anchor="dct:2017-10-15", rule="weekday")
    events = list(chron.events)
    events.insert(9, ev)
    return Chronology(documents=chron.documents + (doc2,), timexes=chron.timexes + (DocTimex("second", tx),),
                      events=tuple(events), title="Raqqa, October 2017")


@pytest.fixture
def example_chron() -> Chronology:
    return example_chronology()


@pytest.fixture
def stress_chron() -> Chronology:
    return stress_chronology()


@pytest.fixture
def two_doc_chron() -> Chronology:
    return two_document_chronology()
