"""Round 12: headlines that read as sentences where an adjective or a participle carries the date.

- "The new rules, effective Jan. 1, will require ...": the adjective that only tells the date goes with it
  (it was left dangling: "The new rules, effective will require").
- "The suspect, arrested in France on March 29, was extradited ...": the participle after its noun, dated
  by its own date, is headlined as a passive clause ("The suspect was arrested in France"), not a fragment;
  not a participle the parser hung on an object ("The figures showed the rate declined").
"""
from datetime import date

import chrono


def _build(tmp_path, text: str, published: date):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return chrono.build(str(path), published=published).events


def _headlines(events, value: str) -> list[str]:
    return [e.headline for e in events if e.when.value == value]


def test_an_adjective_that_only_tells_the_date_goes_with_it(tmp_path):
    events = _build(tmp_path, "The new rules, effective Jan. 1, will require banks to hold more capital.\n",
                    date(1989, 11, 2))
    assert _headlines(events, "1990-01-01") == ["The new rules will require banks to hold more capital"]


def test_a_name_that_ends_in_an_adjective_keeps_it(tmp_path):
    events = _build(tmp_path, "The Portuguese boss had been out of work since being sacked by Manchester United "
                              "in December 2018.\n", date(2019, 11, 20))
    assert any("Manchester United" in h for h in _headlines(events, "2018-12"))


def test_a_dated_participle_after_its_noun_reads_as_a_passive(tmp_path):
    events = _build(tmp_path, "The suspect, arrested in France on March 29, was extradited to the United States "
                              "on Friday.\n", date(2001, 6, 8))
    assert _headlines(events, "2001-03-29") == ["The suspect was arrested in France"]
    assert _headlines(events, "2001-06-08") == ["The suspect was extradited to the United States"]


def test_a_participle_hung_on_an_object_takes_no_auxiliary(tmp_path):
    events = _build(tmp_path, "The figures showed the unemployment rate for adult men declined to 3.8 percent "
                              "in January.\n", date(1998, 2, 6))
    assert not any(" was declined" in h for h in _headlines(events, "1998-01"))
