"""The day's news of a briefing and of a round-up, and a coordinated expectation (chrono.events):

- a briefing's line to its reader ("This is the tech news you need to know this Tuesday") tells no
  happening and is not the lede: the story's first real sentence is;
- in a round-up of the day's results, each item's undated first sentence (after a heading line in
  capitals, or behind a score label "Wild 4, Sabres 1:") told in the simple past is the day's result;
  not so in a story whose first date lies far from the publication day; a line that is a result ("Palm Bay d.
  Rockledge 70-44", the first line too) is an item of its own, even after box scores, and a round-up with no
  date at all is of the publication day; a line of box scores or statistics is none;
- "X had until Nov. 1 to submit ..., and NASA is expected to pick ...": the expectation is the second
  clause's, the past deadline stays a fact.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import chrono
from chrono.events.lede import section_pattern
from chrono.events.words import words_of
from stories import show as _show
from chrono import lang

PUBLISHED = date(2019, 11, 19)          # a Tuesday


def _build(text: str, tmp_path: Path, published: date = PUBLISHED):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    return chrono.build(str(path), published=published)




BRIEFING = ("10 things in tech\n\nGood morning! This is the tech news you need to know this Tuesday.\n\n"
            "The New York attorney general is investigating WeWork amid layoffs. The company confirmed it had "
            "been contacted by the office.\n\nApple is holding an event in New York on December 2.\n")


def test_a_line_to_the_reader_is_no_event_and_no_lede(tmp_path):
    chron = _build(BRIEFING, tmp_path)
    shown = _show(chron)
    assert not any("need to know" in h for h, _, _ in shown), shown
    lede = [e for e in chron.events if "WeWork" in e.headline]
    assert lede and lede[0].when.value == "2019-11-19" and lede[0].modality.value == "fact", shown


ROUNDUP = ("Isles win again\n\nThe New York Islanders beat the Pittsburgh Penguins 5-4 Tuesday night to extend "
           "their unbeaten streak to 15 games.\n\n"
           "Wild 4, Sabres 1: Zach Parise scored twice and Minnesota beat Buffalo. The Wild improved to "
           "4-2-1 in their last seven.\n\n"
           "US FALLS\n\nThe United States lost to Canada for the first time in the competition.\n\n"
           "Serbia takes on Japan on Wednesday.\n")


def test_round_up_items_are_the_days_results(tmp_path):
    shown = _show(_build(ROUNDUP, tmp_path))
    assert any("Parise" in h and v == "2019-11-19" and m == "fact" for h, v, m in shown), shown
    assert any("lost to Canada" in h and v == "2019-11-19" and m == "fact" for h, v, m in shown), shown
    assert not any("improved to" in h and v == "2019-11-19" for h, v, m in shown), shown   # not an item's first


def test_no_round_up_in_a_story_of_another_time(tmp_path):
    story = ROUNDUP.replace("Tuesday night", "in March 2017").replace(" on Wednesday", " next spring")
    shown = _show(_build(story, tmp_path))
    assert not any("Parise" in h or "lost to Canada" in h for h, _, _ in shown), shown


RESULTS = ("High School Roundup\n\nGIRLS BASKETBALL\n\nPalm Bay d. Rockledge 70-44\n\nRockledge 14 11 6 15 — 44\n\n"
           "Palm Bay (1-0): Tolivert 25 points. Davis 17 points.\n\nHeritage d. Titusville 53-9\n\n"
           "Heritage (1-0): Armani Sheffield 19 points and 3 steals.\n\nBOYS SOCCER\n\nViera d. Rockledge 3-1\n\n"
           "Viera (4-0): K. Hupfer 1 goal.\n")


def test_result_lines_are_the_days_results(tmp_path):
    shown = _show(_build(RESULTS, tmp_path))
    results = sorted(h for h, v, m in shown if v == "2019-11-19" and m == "fact")
    assert results == ["Heritage d. Titusville 53-9", "Palm Bay d. Rockledge 70-44", "Viera d. Rockledge 3-1"], shown
    assert len(shown) == 3, shown                           # no box score, no player's points


def test_section_pattern_reads_the_tense_behind_the_label():
    pattern = section_pattern(words_of(lang.of("en")).dating)
    m = pattern.search("Wild 4, Sabres 1: Zach Parise scored twice")
    assert m and m.group(1) == "Zach Parise scored"
    assert pattern.search("The Panthers are 6-2-1 in their past nine games") is None


def test_a_coordinated_expectation_is_not_the_first_clauses(tmp_path):
    text = ("Landers\n\nThis past May, the agency selected 11 companies to build prototypes. These 11 had until "
            "Nov. 1 to submit detailed proposals for the lander, and NASA is expected to pick up to four "
            "finalists early next year.\n")
    shown = _show(_build(text, tmp_path))
    found = [(h, v, m) for h, v, m in shown if "proposals" in h]
    assert found and found[0][1] == "2019-11-01" and found[0][2] == "fact", shown
