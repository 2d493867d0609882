"""Round 19: the time that ends a happening's setting, a day after the paper's, brackets cut in half.

- a relative clause of a verb of ending on the setting of a happening ("defeated them in a series that ended
  close to 2 a.m. on Wednesday") only ends the setting: its date is the happening's;
- a clock time and the day after it are one time, a zone or a conversion between them ("2 a.m. local time (0100
  GMT) on Wednesday"); a small-hours time of the day after the paper's, told in the past, is that day, not a week
  back;
- a simple past dated the day after publication is told as done: a fact, not a forecast;
- a headline writes no closing bracket whose opening it cut ("Rublev 6-4, 7-6 (5)" never as "Rublev 5)");
- the host of an "after" clause opened by an adverb of closeness that holds the date ("resigned soon after the
  scandal broke on Monday") happened then too, and the adverb goes with the clause; "it" stands for no plural
  subject ("Shares of the company fell after it cut ...");
- a reported "would" dated today or later is the future of the past: a forecast ("said the gain would mean a
  higher dividend this year");
- a past date moved from a present perfect to the simple past between them takes the obliques between that past
  and the date ("have provided the money NASA requested [in its budget amendment] in May");
- a month joined to its range word ("late-September") is no name before a capitalised word; "last season" is a
  past of its own (PAST_REF) that dates a happening, and a round-up item it alone dates is still the day's news;
- a clause that asks by inverting its auxiliary ("so can you give me until tomorrow?") tells nothing; a time's
  conversion in brackets ("10:35 a.m. (0735 GMT) Friday") is apart from the day, as TimeBank tags it, and leaves the
  headline with its time;
- a subject counted with "at least" is a subject, and a bound on a number ("at least four") stays in a cut
  headline;
- a reaction ("deplored the blasts which killed ...") is not told again by the happening it names at a finer time;
- an opening day the parser made the root ("Also Thursday, Saudi Arabia called ...") is parsed apart and hung on
  the verb;
- a connective dated by the story's last happening ("Then, ... the body can fight off the invaders") dates no
  forecast or supposition, but one after a happening still to come ("soon after the vote next week") stays;
- a report read without a parse takes its modality from its own clause ("did not mention Ritter by name, but said
  Friday that ...": said, a fact); a phrase of a preposition the parser took for a second subject ("the naval
  barricade now [in force] might be extended") modifies the first, a noun right after the first's phrase of a
  preposition heads it ("A group of Florida [lawmakers]"), and a quantity before "of" heads its subject ("[two] of
  Elian's Miami cousins");
- a present description dated by a premodifier of its noun ("is a 20th century democrat", "is the improved
  September quarter earnings") is no happening.
"""
from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")

TUESDAY = date(2019, 11, 19)
MARATHON = ("Granollers and Lopez defeated Karen Khachanov and Andrey Rublev 6-4, 7-6 (5) to seal the victory for "
            "Spain in a marathon series that ended close to 2 a.m. local time (0100 GMT) on Wednesday.")


def _shown(text: str, published: date):
    return [(e.when.value, e.modality.value, e.headline) for e in build(text, published).events]


def test_the_end_of_a_setting_dates_the_happening_in_it():
    shown = _shown(MARATHON, TUESDAY)
    assert [(v, m) for v, m, _ in shown] == [("2019-11-20T02:00", "fact")], shown
    assert shown[0][2].startswith("Granollers and Lopez defeated Karen Khachanov and Andrey Rublev"), shown


def test_a_cut_bracket_leaves_no_closing_bracket():
    shown = _shown("Granollers and Lopez defeated Karen Khachanov and Andrey Rublev 6-4, 7-6 (5) to seal the victory "
                   "for Spain on Wednesday.", date(2019, 11, 20))
    assert shown and shown[0][0] == "2019-11-20", shown
    assert not any(")" in headline or " 5 " in headline for _, _, headline in shown), shown


def test_a_relative_clause_that_ends_with_its_own_object_keeps_its_event():
    shown = _shown("The summit, which ended the talks on Wednesday, was a failure.", TUESDAY)
    assert not any("failure" in headline for _, _, headline in shown), shown


def test_a_past_told_days_after_is_a_week_back_and_an_evening_is_not_moved():
    assert [v for v, _, _ in _shown("Spain beat Russia on Wednesday.", TUESDAY)] == ["2019-11-13"]
    assert [v for v, _, _ in _shown("The match ended at 9 p.m. on Wednesday.", TUESDAY)] == ["2019-11-13T21:00"]


def test_a_relative_in_brackets_keeps_its_clause():
    shown = _shown("The company (which was founded in 2001) filed for bankruptcy on Monday.", TUESDAY)
    assert ("2001", "fact", "The company was founded") in shown, shown


def test_the_host_of_a_clause_soon_after_a_date_happened_then():
    shown = _shown("The governor resigned soon after the scandal broke on Monday.", date(2019, 11, 20))
    assert ("2019-11-18", "fact", "The governor resigned") in shown, shown
    assert ("2019-11-18", "fact", "The scandal broke") in shown, shown


def test_an_after_clause_without_closeness_keeps_its_date_to_itself():
    shown = _shown("He left early after the meeting ended on Monday.", date(2019, 11, 20))
    assert [h for _, _, h in shown] == ["The meeting ended"], shown


def test_a_singular_pronoun_does_not_stand_for_a_plural_subject():
    shown = _shown("Shares of the company fell sharply on Tuesday after it cut its forecast.", date(2019, 11, 20))
    assert not any(h.startswith("Shares of the company cut") for _, _, h in shown), shown
    assert ("2019-11-19", "fact", "Shares of the company fell sharply") in shown, shown


def test_a_reported_would_of_today_or_later_is_a_forecast():
    shown = _shown("Fournier said the exceptional gain would mean nearly twice as high a dividend this year.", date(1989, 10, 27))
    assert [(v, m) for v, m, _ in shown] == [("1989", "forecast")], shown


def test_a_reported_would_of_the_past_stays_a_supposition():
    shown = _shown("Officials said the dam would have failed last year without the repairs.", date(1989, 10, 27))
    assert all(m == "hypothetical" for _, m, _ in shown) and shown, shown


def test_a_past_moved_from_a_perfect_takes_the_phrases_before_its_date():
    shown = _shown("Neither the House nor the Senate have provided all the money NASA requested in its $1.6 billion "
                   "budget amendment in May.", date(2019, 11, 20))
    assert ("2019-05", "fact", "NASA requested all the money in its $1.6 billion budget amendment") in shown, shown


def _tagged(text: str, published: date):
    import chrono
    return [(t.text, t.value) for t in chrono.tag(text, published=published)]


def test_a_month_joined_to_its_range_word_is_no_name_before_a_capital():
    assert _tagged("Schiff unleashed his late-September Ukrainian caper.", date(2019, 11, 5)) == [("late-September", "2019-09")]
    assert _tagged("The August Wilson play opened.", date(2019, 11, 5)) == []


def test_a_season_counted_from_now_is_a_vague_time_that_dates():
    assert _tagged("He helped his team to a title last season.", date(2019, 11, 5)) == [("last season", "PAST_REF")]
    assert _tagged("The last season of the show aired.", date(2019, 11, 5)) == []
    shown = _shown("Pat Maroon helped his hometown team to a Stanley Cup title last season.", date(2019, 11, 20))
    assert ("PAST_REF", "fact", "Pat Maroon helped his hometown team to a Stanley Cup title") in shown, shown


def test_a_time_and_its_conversion_in_brackets_stay_apart_from_the_day():
    shown = _tagged("The blast occurred at about 10:35 a.m. (0735 GMT) Friday.", date(1998, 8, 8))
    assert [text for text, _ in shown] == ["10:35 a.m.", "Friday"], shown     # (as TimeBank tags them)


def test_a_conversion_in_brackets_leaves_the_headline():
    shown = _shown("The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a crowded building.",
                   date(1998, 8, 8))
    assert shown and not any("GMT" in h for _, _, h in shown), shown


def test_a_clause_asked_by_inverting_its_auxiliary_tells_nothing():
    shown = _shown("The actor spoke to reporters on Monday about her new film. I can’t say ‘I don’t know what the "
                   "emotion is for the character, so can you give me until tomorrow?’", date(2019, 11, 13))
    assert ("2019-11-11", "fact", "The actor spoke to reporters about her new film") in shown, shown
    assert not any("give" in h for _, _, h in shown), shown


def test_a_subject_counted_with_at_least_is_a_subject():
    shown = _shown("Also on Friday morning, at least four people were killed in an explosion that took place near the "
                   "American embassy in Dar es Salaam, the capital of Tanzania.", date(1998, 8, 8))
    assert ("1998-08-07TMO", "fact", "At least four people were killed in an explosion") in shown, shown


def test_a_reaction_is_not_the_happening_it_names_across_grains():
    shown = _shown("South Africa deplored Friday the bomb blasts which killed scores of people outside embassies of "
                   "the United States in Kenya and Tanzania. Also on Friday morning, at least four people were killed "
                   "in an explosion near the American embassy in Dar es Salaam.", date(1998, 8, 8))
    headlines = [h for _, _, h in shown]
    assert any(h.startswith("South Africa deplored") for h in headlines), shown
    assert any(h.startswith("At least four people were killed") for h in headlines), shown


def test_a_bound_on_a_number_stays_in_the_headline():
    shown = _shown("The Friday explosions at U.S. embassies in Nairobi, Kenya, and Dar-es-Salaam, Tanzania, killed at "
                   "least 110 people, and the number injured topped 2,200.", date(1998, 8, 8))
    assert any("at least 110 people" in h for _, _, h in shown), shown


def test_an_opening_day_the_parser_made_the_root_is_hung_on_the_verb():
    from chrono.events.parse import parse_one
    doc = parse_one("Earlier Sunday, police and militant Protestants clashed in a religiously polarized part of "
                    "north Belfast.", "en")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert root.text == "clashed" and doc[1].head.i == root.i and doc[1].dep_.startswith("obl"), \
        [(t.text, t.dep_, t.head.text) for t in doc]
    assert doc.text == "Earlier Sunday, police and militant Protestants clashed in a religiously polarized part of north Belfast."


def test_a_sequel_connective_dates_no_forecast():
    shown = _shown("Researchers identified the role of tuft cells in 2011. Then, with help from tuft cells and other parts "
                   "of the immune system, the body can fight off the invaders before they’ve gotten a foothold.",
                   date(2019, 11, 19))
    assert shown == [("2011", "fact", "Researchers identified the role of tuft cells")], shown


def test_a_report_read_without_a_parse_takes_its_modality_from_its_own_clause():
    from chrono.events.syntax import Syntax
    from chrono.events.words import stage
    from chrono import lang
    syntax = stage(Syntax, lang.of("en"))
    assert syntax.last_clause("The agency did not mention Ritter by name, but said Friday that") == "said Friday that"
    assert syntax.last_clause("Officials said Friday that") == "Officials said Friday that"


def test_a_phrase_of_a_preposition_taken_for_a_second_subject_modifies_the_first():
    shown = _shown("Bush told a news conference on Tuesday that the naval barricade now in force might be extended to "
                   "Jordan's Aqaba ``if it is a hole through which commerce flows'' in and out of Iraq.", date(1990, 8, 15))
    assert any(h.startswith("Bush told a news conference that the naval barricade") for _, _, h in shown), shown


def test_subjects_the_parser_broke_are_mended():
    shown = _shown("Later Thursday, two of Elian's Miami cousins sought support on Capitol Hill for legislation that "
                   "would help keep the boy in America.", date(2000, 2, 11))
    assert ("2000-02-10", "fact", "Two of Elian's Miami cousins sought support on Capitol Hill for legislation") in shown, shown
    shown = _shown("A group of Florida lawmakers introduced legislation this month to grant Elian American citizenship.",
                   date(2000, 1, 14))
    assert ("2000-01", "fact", "A group of Florida lawmakers introduced legislation to grant Elian American citizenship") \
        in shown, shown


def test_a_present_description_dated_by_a_premodifier_is_no_happening():
    assert _shown("A key reason for the market rally is the improved September quarter earnings.", date(2019, 11, 20)) == []
    shown = _shown("The September quarter earnings rose 12%.", date(2019, 11, 20))
    assert [(v, m) for v, m, _ in shown] == [("2019-Q3", "fact")], shown       # (a happening of its noun's time)


def test_a_forecast_after_a_happening_still_to_come_stays():
    shown = _shown("The Senate will vote on the bill next week. Soon after the vote, the bill will go to the president.",
                   date(2019, 11, 19))
    assert ("2019-W48", "forecast", "The bill will go to the president") in shown, shown
