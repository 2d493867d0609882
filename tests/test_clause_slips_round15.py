"""Round 15: dates kept with their own clause and headlines kept whole.

- a verb conjunct with no coordinator ("has finally arrived as the tech giant's service, Stadia, launched
  Tuesday", a misparse) is not joined to the first predicate: no headline "has arrived giant's game launched";
- a past date premodifying one noun in a clause told as a forecast ("is likely to face questions about
  Trump's July 25 call") is the noun's, a fact of that day, not a forecast of July 25;
- read without a parse, "on and around the moon" is one phrase, and "... by 2024 and to establish a presence
  by 2028" gives the second date its own infinitive, with the subject and verb lent ("Artemis aims to
  establish ..."), not "Artemis aims to put around the moon";
- a date that is its clause's subject ("2020 will be about getting these services ...") stays in the headline;
- a date set off by a comma after an appositive ("served as the CEO of Hipcricket, a company which innovated
  mobile messaging, from 2004 – 2014") dates the clause above the appositive, not its relative clause;
- a place the parser hung on a date after its preposition ("told reporters in the Rose Garden Wednesday") heads
  its phrase: no headline "... told reporters Rose Garden";
- a date alone in brackets after a noun ("a family fun day (Oct. 13)") is the noun's, not the list's verb's; not
  a date that explains another ("Monday night (Nov. 18)");
- a clause opened by a coordinator and a subordinator ("— or whether a tariff ... would remain") loses both;
- an infinitive hung on a figure's unit ("rose $2.50 a share to close at $117.375") has no subject there: no
  headline "A share to close at ..."; a result's participle alone ("thus increasing sales") is no headline;
- a date cut before an appositive keeps the appositive's comma ("Du Pont's second, an affirmation of ..."), and a
  cut before a closing report keeps its comma ("... on the AMAs, they said");
- a date ending in a year set off by commas premodifies the noun after it ("the Dec. 21, 1988, bombing of Pan Am
  Flight 103"): the noun's event, not the clause's ("replace two former agents");
- a headline of a subject and its verb alone keeps a dating phrase that bounds it: "Trump tweeted before Election
  Day", not "Trump tweeted" (but "He resigned", dated in August);
- a dated predicate that only frames (a copula, an adjective, a supposition) dates the happening of its adverbial
  clause ("The mood was tense on Tuesday after the minister resigned": the resignation); a predicate that tells a
  happening keeps its own ("Stocks fell sharply on Tuesday after ...").
"""
from datetime import date

import pytest

from stories import build, english_parser  # noqa: F401 - the fixture of pytestmark

pytestmark = pytest.mark.usefixtures("english_parser")


def _events(text: str, published: date):
    return build(text + "\n", published).events


def test_a_conjunct_without_coordinator_is_not_joined():
    events = _events("Google's long-gestating foray into gaming has finally arrived as the tech giant's game "
                     "streaming service, Stadia, launched Tuesday morning.", date(2019, 11, 19))
    assert events and not any("giant's game launched" in e.headline or "arrived giant" in e.headline for e in events)


def test_a_past_noun_of_a_forecast_clause_is_the_nouns():
    events = _events("The envoy is likely to face tough questions from lawmakers of both parties about Trump's "
                     "July 25 call when he asked Ukraine's president for the political investigations.",
                     date(2019, 11, 20))
    july = [e for e in events if e.when.value == "2019-07-25"]
    assert july and all(e.modality.value == "fact" and "call" in e.headline for e in july), \
        [(e.when.value, e.modality.value, e.headline) for e in events]
    assert not any("face" in e.headline for e in july)


def test_an_infinitive_conjunct_and_a_joined_preposition():
    events = _events("Artemis aims to put the first woman, and the next man, on the lunar surface by 2024 and to "
                     "establish a long-term, sustainable human presence on and around the moon by 2028.",
                     date(2019, 11, 20))
    by_value = {e.when.value: e.headline for e in events}
    assert "establish" in by_value["2028"] and "presence" in by_value["2028"], by_value
    assert "put" not in by_value["2028"], by_value
    assert "lunar surface" in by_value["2024"], by_value


def test_a_date_that_is_the_subject_stays():
    events = _events('For the nascent game streaming industry, "2020 will be about getting these services in good '
                     'working order," Ward says.', date(2019, 11, 19))
    assert any(e.when.value == "2020" and "2020 will be" in e.headline for e in events), \
        [(e.when.value, e.headline) for e in events]


def test_a_date_after_an_appositive_dates_the_clause_above():
    events = _events("Ivan served as the CEO of Hipcricket, a mobile marketing company which innovated mobile "
                     "messaging as a marketing vehicle, from 2004 – 2014.", date(2019, 11, 20))
    dated = [e.headline for e in events if e.when.value == "2004"]
    assert dated and all("served as the CEO of Hipcricket" in h for h in dated), [(e.when.value, e.headline) for e in events]


def test_a_bracketed_date_is_its_nouns():
    events = _events("The historic show features the $132,000 Grand Prix de Penn National, the Dover Saddlery/USEF "
                     "National Hunter Seat Medal Final, a family fun day (Oct. 13) and an extensive trade fair.",
                     date(2018, 10, 1))
    assert [(e.when.value, e.headline) for e in events] == [("2018-10-13", "A family fun day")]
    events = _events("Simmons teased the tour during the band's set Monday night (Nov. 18) at the Ryman Auditorium.",
                     date(2019, 11, 20))
    assert events and all("teased" in e.headline for e in events), [(e.when.value, e.headline) for e in events]


def test_a_coordinated_question_opens_with_its_subject():
    events = _events("The most recent twists in the China trade talks have left firms uncertain whether a 15 percent "
                     "tariff that the Trump administration had planned to impose Dec. 15 on another $160 billion of "
                     "goods, including smartphones, laptops and footwear, would go into effect — or whether a 15 "
                     "percent tariff imposed on consumer goods in September would remain.", date(2019, 11, 19))
    assert events and not any(e.headline.lower().startswith(("or ", "whether")) for e in events), \
        [e.headline for e in events]


def test_a_figures_unit_is_no_subject_and_a_bare_participle_no_headline():
    events = _events("Du Pont's stock rose $2.50 a share to close at $117.375 in New York Stock Exchange composite "
                     "trading yesterday.", date(1989, 10, 26))
    assert events and all(e.headline.startswith("Du Pont's stock rose") for e in events), [e.headline for e in events]
    events = _events("A spokesman said herbicide use was delayed earlier in the year by heavy rains, thus increasing "
                     "sales in the third quarter.", date(1989, 10, 26))
    assert not any(e.headline.lower().startswith("thus") for e in events), [e.headline for e in events]


def test_a_cut_date_keeps_the_appositives_comma():
    events = _events("The dividend increase was Du Pont's second this year, an affirmation of statements by top "
                     "executives.", date(1989, 10, 26))
    assert any("second, an affirmation" in e.headline for e in events), [e.headline for e in events]
    events = _events('"At no point did we say Taylor could not perform on the AMAs or block her Netflix special," they '
                     'said in a statement on their website last Friday.', date(2019, 11, 20))
    assert any(e.headline.endswith("on the AMAs, they said") for e in events), [e.headline for e in events]


def test_a_year_set_off_by_commas_premodifies_its_noun():
    events = _events("On the FBI list, Bin Laden and Kopp replace two former Libyan intelligence agents charged in "
                     "the Dec. 21, 1988, bombing of Pan Am Flight 103 that killed 259 people.", date(1999, 6, 7))
    dated = [e for e in events if e.when.value == "1988-12-21"]
    assert dated and all("bombing of Pan Am Flight 103" in e.headline.lower() or "Bombing of Pan Am" in e.headline
                         for e in dated), [e.headline for e in dated]
    assert not any("replace" in e.headline for e in dated)


def test_a_two_word_headline_keeps_its_dating_phrase():
    events = _events("Trump tweeted before Election Day.", date(2019, 11, 7))
    assert [e.headline for e in events] == ["Trump tweeted before Election Day"]
    events = _events("He resigned in August.", date(2019, 11, 7))
    assert [e.headline for e in events] == ["He resigned"]


def test_a_framing_predicate_dates_its_adjoined_happening():
    events = _events("The mood was tense on Tuesday after the minister resigned.", date(2019, 11, 20))
    assert [(e.when.value, e.modality.value, e.headline) for e in events] == \
        [("2019-11-19", "fact", "The minister resigned")]
    events = _events("Stocks fell sharply on Tuesday after the minister resigned.", date(2019, 11, 20))
    # a happening itself: the fall, and the resignation before it (round 17, chrono.events.afterward)
    assert [(e.when.relation.value, e.headline) for e in events] == [("before", "The minister resigned"), ("on", "Stocks fell sharply")]
    events = _events("That's the optimistic view mouthed by Michael Reed, the CEO of New Media Investment Group, on "
                     "Nov. 14 after the deal was approved by shareholders of both companies.", date(2019, 11, 20))
    assert [(e.when.value, e.headline) for e in events] == \
        [("2019-11-14", "The deal was approved by shareholders of both companies")]


def test_a_place_hung_on_a_date_keeps_its_preposition():
    events = _events("``I told you I would do my best,'' Clinton told reporters in the Rose Garden Wednesday.",
                     date(2000, 1, 6))
    assert events and not any(e.headline.endswith("reporters Rose Garden") for e in events), [e.headline for e in events]
    assert all("Rose Garden" not in e.headline or "in the Rose Garden" in e.headline for e in events)
