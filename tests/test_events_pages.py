"""What real news pages taught the event layer (issue 11, ``benchmarks/bench_pages.py``), one case a line.

Each case is a short article (paragraphs separated by blank lines), its publication date, and the
events chrono must list: ``(value, modality, words the headline holds)``; an empty list means no
event at all (a caption, a schedule, an invitation, a vague "future", a year that only names a
noun). They run the shipped syntactic pipeline end to end, so they skip without it.
"""
from __future__ import annotations

from datetime import date

import pytest

import chrono
from chrono.events import parse as parsing

NOV19, NOV20 = date(2019, 11, 19), date(2019, 11, 20)

CASES = [
    # the event is the predicate the date attaches to, through a participle of an adjunct
    ("Omar asked for compassion during Carlineo's sentencing in a letter posted on Twitter Tuesday.", NOV19,
     [("2019-11-19", "fact", "Omar asked for compassion")]),
    ("In his previous physical conducted in 2018, Trump had been diagnosed with a common form of heart disease.",
     NOV19, [("2018", "fact", "Trump had been diagnosed")]),
    # a relative clause with its own date is its own event, even when the main clause is ill-parsed
    ("Taylor Swift's first six albums were released through Big Machine, which was bought out by a company "
     "owned by talent manager Scooter Braun earlier this year.", NOV19, [("2019", "fact", "Big Machine was bought out")]),
    # two happenings told one after the other are not joined
    ("Mourinho won three Premier League titles over two spells in charge of Chelsea and returned to England to "
     "manage Manchester United in 2016.", NOV19, [("2016", "fact", "returned to England to manage Manchester United")]),
    # "Wednesday of trying": a complement follows the date, it is no genitive
    ("Britain's Conservative Party was accused Wednesday of trying to deceive voters.", NOV20,
     [("2019-11-20", "fact", "accused of trying to deceive voters")]),
    # a simple present dated today or later is a schedule: a forecast
    ("The California Public Utilities Commission holds a public hearing Wednesday with executives.", NOV20,
     [("2019-11-20", "forecast", "holds a public hearing")]),
    # a phrase set off by commas with a multi-word preposition leaves the headline
    ("President Donald Trump, according to the White House, made an unscheduled trip to Walter Reed hospital on "
     "Saturday.", NOV19, [("2019-11-16", "fact", "President Donald Trump made an unscheduled trip")]),
    # a report dated by its own day is an event beside a dated happening deep in what follows
    ("Earlier this year, Johnston told Billboard the Doobies have been in the studio with producer John Shanks, "
     "creating five songs for an EP the band plans to release next year.", NOV19,
     [("2019", "fact", "Johnston told Billboard"), ("2020", "forecast", "EP")]),
    # no happening
    ("PG&E is taking steps to avoid them in the future.", NOV19, []),
    ("It's unclear whether Hawley's film is still based on the 2016 plan.", NOV19, []),
    ("I think I played one of the best matches of the year.", NOV19, []),
    ("Listen to Newsbeat live at 12:45 and 17:45 weekdays.", NOV19, []),
    ("In this Monday, Oct. 28, 2019, file photo, Gordon Sondland walks to a secure area of the Capitol.", NOV19, []),
    ("A shopper looks at extension cords at a hardware store, Tuesday, Nov. 19, 2019, in Grass Valley, Calif.",
     NOV19, []),
    ("The band's 2020 tour dates:\n\nJune 9 -- Coral Sky Amphitheatre, West Palm Beach, FL\n\n"
     "June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL\n\nJune 14 -- Ameris Bank Amphitheatre, "
     "Alpharetta, GA\n\nJune 17 -- Bridgestone Arena, Nashville, TN", NOV19, []),
    # a date that premodifies a noun deeper in the clause dates the noun, not the predicate; one of the
    # predicate's occasion ("in an Oct. 26 letter") dates the predicate
    ("Former special envoy Kurt Volker shifted his own account of the July 10 meeting to say Sondland did discuss "
     "investigations with the Ukrainians.", NOV20, []),
    ("The state's Office of Emergency Services said in an Oct. 26 letter to communications companies that their "
     "level of engagement was unacceptable.", NOV20, [("2019-10-26", "fact", "letter")]),
    # a bare gerund set off after the predicate tells what came of it: it stays in the headline
    ("The weather should ease by Thursday morning, allowing PG&E to begin restoring power, said Mark Quinlan.",
     NOV20, [("2019-11-21TMO", "forecast", "should ease, allowing PG&E to begin restoring power")]),
    # "told X that he ..." read by the parser as a relative clause of X is the verb's complement; the
    # pronoun takes the reporter's name when the whole phrase is too long
    ("Former National Security Council official Timothy Morrison told investigators that he witnessed a key "
     "September conversation in Warsaw between Sondland and a top aide to Zelenskiy.", NOV20,
     [("2019-09", "fact", "Timothy Morrison witnessed a key conversation in Warsaw")]),
    # a "when" clause right after the date tells what happened then
    ("The Conservative Party became embroiled in controversy earlier this month when it posted a video on social "
     "media.", NOV20, [("2019-11", "fact", "controversy when it posted a video")]),
    # a bare weekday before a noun names a kind ("Saturday publication"), not a day
    ("McClatchy is planning to end Saturday publication of all its newspapers by the end of next year.", NOV19,
     [("2020", "forecast", "end Saturday publication")]),
    # the span a superlative or an ordinal ranks over looks back and dates nothing
    ("Kicking off in June 2020, the 30-date run will mark the first time the foursome will tour together in "
     "nearly a quarter century.", NOV19, [("2020-06", "forecast", "30-date run")]),
    # the direction of a date without a year is the tense of its own predicate, not of another clause
    ("Reed, who will be the merged company's chairman, told investors on Oct. 31 that the merger would allow the "
     "company to pay down debt.", NOV19, [("2019-10-31", "fact", "Reed told investors")]),
]


@pytest.fixture(scope="module", autouse=True)
def _parser():
    if parsing.parser("en") is None:
        pytest.skip("no syntactic pipeline for English (spaCy or the shipped model missing)")


@pytest.mark.parametrize("text,published,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_page_lesson(tmp_path, text, published, expected):
    path = tmp_path / "article.txt"
    path.write_text(f"Published {published:%B} {published.day}, {published.year}\n\n{text}\n", encoding="utf-8")
    events = list(chrono.build(str(path), published=published))
    got = [(e.when.value, e.modality.value, e.headline) for e in events]
    assert len(events) == len(expected), got
    for (value, modality, words), event in zip(expected, events):
        assert (event.when.value, event.modality.value) == (value, modality), got
        assert words in event.headline, got


def test_a_shared_name_and_one_word_do_not_merge():
    assert not chrono.chronology.similar("The most recent Star Trek film was Star Trek Beyond",
                                         "The fourth Star Trek film was greenlit")
    assert chrono.chronology.similar("Trump made an unscheduled trip to Walter Reed hospital",
                                     "What we know about Trump's visit to Walter Reed")
