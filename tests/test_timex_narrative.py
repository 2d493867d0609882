"""Issue 13: narratives, ranges, eras, and the policy chosen per document."""
from __future__ import annotations

from datetime import date

from chrono.model import AnchorPolicy
from chrono.timex import choose_policy, tag

DOWNLOADED = date(2009, 12, 19)


def _values(text, policy=AnchorPolicy.NARRATIVE, anchor=DOWNLOADED):
    return [(t.text, t.value) for t in tag(text, anchor, policy=policy)]


def test_a_narrative_date_takes_the_last_year_written():
    text = "In June 1917 the army mutinied. On 3 March the Tsar had abdicated."
    assert ("3 March", "1917-03-03") in _values(text)
    # news resolves it against the publication date
    assert ("3 March", "1917-03-03") not in _values(text, AnchorPolicy.NEWS)


def test_a_far_or_bracketed_bare_year_is_an_aside():
    text = ("In 1788 the Estates were called, arranged as in 1614. On 27 December the King agreed. "
            "In 1790 the Clergy (1750) resisted. On 4 May they met.")
    values = dict(_values(text))
    assert values["27 December"] == "1788-12-27"
    assert values["4 May"] == "1790-05-04"


def test_the_story_moves_on_to_the_next_year_after_december():
    assert ("14 January", "1917-01-14") in _values("In December 1916 peace was offered. On 14 January it was refused.")


def test_a_years_winter_is_the_one_at_its_end():
    assert ("winter", "1915-WI") in _values("In 1914 he attacked in winter and lost.")


def test_ranges_are_split_into_their_two_ends():
    assert _values("The siege of Kut (1915-16) ended.") == [("1915", "1915"), ("16", "1916")]
    assert _values("Battles (23-28 March 1951) raged.") == [("23", "1951-03-23"), ("28 March 1951", "1951-03-28")]
    assert _values("In the Battle of the Frontiers (14 August-24 August 1914) they lost.") == [
        ("14 August", "1914-08-14"), ("24 August 1914", "1914-08-24")]
    assert _values("The 2009-2010 season was long.", AnchorPolicy.NEWS) == [("2009", "2009"), ("2010", "2010")]


def test_eras():
    assert _values("The war lasted from 264 to 241 BC.") == [("264", "BC0264"), ("241 BC", "BC0241")]
    assert _values("Carthage was founded in the 9th century BC.") == [("the 9th century BC", "BC08")]


def test_durations_and_names_are_not_dates():
    assert _values("The harvest came a month earlier than usual.", AnchorPolicy.NEWS) == [("a month", "P1M")]
    assert _values("Prices doubled over the past decade.", AnchorPolicy.NEWS) == [("the past decade", "P10Y")]
    assert _values("After the fall of Atlanta the army moved.", AnchorPolicy.NEWS) == []
    assert _values("A 2009 analysis found more.", AnchorPolicy.NEWS) == [("2009", "2009")]


def test_headings_and_paragraph_breaks():
    assert _values("The war widens\n\nIn 1917, America joined.") == [("1917", "1917")]
    assert [v for _, v in _values("He left in May\n\n2010 brought change.", AnchorPolicy.NEWS)] == ["2009-05", "2010"]


def test_timeml_values():
    assert _values("Trading opened at 0930 GMT.", AnchorPolicy.NEWS, date(2013, 5, 2)) == [("0930 GMT", "2013-05-02T09:30Z")]
    assert _values("He ran every morning.", AnchorPolicy.NEWS) == [("every morning", "XXXX-XX-XXTMO")]
    assert _values("It took two centuries.", AnchorPolicy.NEWS) == [("two centuries", "P2CE")]


def test_the_policy_is_chosen_per_document():
    history = "In 1914 war broke out. In 1916 came the Somme. In 1917 Russia left. In 1918 it ended. In 1919 peace."
    assert choose_policy(history, DOWNLOADED) is AnchorPolicy.NARRATIVE
    assert choose_policy(history, None) is AnchorPolicy.NARRATIVE
    assert choose_policy("BEIRUT (Reuters) - " + history, DOWNLOADED) is AnchorPolicy.NEWS      # a dateline
    assert choose_policy("The ministers will meet Friday, officials said.", date(2017, 10, 14)) is AnchorPolicy.NEWS
    assert choose_policy("Rome fought Carthage in 264 BC and again in 218 BC.", DOWNLOADED) is AnchorPolicy.NARRATIVE
    # tag() with no policy chooses it
    assert ("3 March", "1919-03-03") in [(t.text, t.value) for t in tag(
        history + " On 3 March the Tsar abdicated.", DOWNLOADED, policy=None)]


def test_a_history_of_recent_years_is_a_narrative_too():
    text = ("The Iraq War began in 2003. In 2004 the insurgency grew. In 2005 elections were held. In 2006 "
            "violence peaked. In 2007 the surge began. In 2008 an agreement was signed. In 2009 troops left.")
    assert choose_policy(text, DOWNLOADED) is AnchorPolicy.NARRATIVE
    # a report of the day that looks back over years still says "today", "Friday"
    report = "Troops left Baghdad on Friday, officials said today. " + text
    assert choose_policy(report, DOWNLOADED) is AnchorPolicy.NEWS


def test_a_pack_may_take_the_part_of_day_of_a_date_into_it():
    import re
    from dataclasses import fields, replace

    from chrono.lang import Language, get
    from chrono.lang.timex import TimexWords
    en = get("en").timex
    cues = replace(en.cues, part_of_date_before=re.compile(r"(?:the\s+)?(?P<part>night|morning)\s+of\s+\Z", re.I))
    words = TimexWords(**{f.name: getattr(en, f.name) for f in fields(TimexWords) if f.name != "cues"}, cues=cues)
    variant = Language(code="en-parts", name="English variant", timex=words)
    text = "On the night of 20 June 1791 the royal family fled."
    assert [(t.text, t.type.value, t.value) for t in tag(text, DOWNLOADED, language=variant)] == [
        ("the night of 20 June 1791", "TIME", "1791-06-20TNI")]
    assert [(t.text, t.value) for t in tag(text, DOWNLOADED)] == [("20 June 1791", "1791-06-20")]


def test_a_narrative_takes_the_part_of_day_of_a_date_news_the_date_alone():
    text = "On the night of 20 June 1791 the royal family fled. On the morning of April 19, they marched."
    assert [(t.text, t.value) for t in tag(text, DOWNLOADED, policy=AnchorPolicy.NARRATIVE)] == [
        ("the night of 20 June 1791", "1791-06-20TNI"), ("the morning of April 19", "1791-04-19TMO")]
    assert [t.text for t in tag(text, DOWNLOADED, policy=AnchorPolicy.NEWS)] == ["20 June 1791", "April 19"]


def test_the_timex2_conventions_of_histories_hold_in_narratives_only():
    text = ("The former king fled in 1791. Girona fell on 5 February 1939. Five days after the fall of Girona, "
            "resistance ended. Two years before, the French had refused. They sought to prevent future wars.")
    narrative = _values(text)
    assert ("former", "PAST_REF") in narrative
    assert ("Five days after the fall of Girona", "1939-02-10") in narrative
    assert ("Two years before", "1937") in narrative
    assert ("future", "FUTURE_REF") in narrative
    news = _values(text, AnchorPolicy.NEWS)
    assert ("Five days", "P5D") in news and ("Two years", "P2Y") in news
    assert not {"former", "future"} & {t for t, _ in news}


def test_an_event_offset_never_takes_in_a_date_nor_a_duration_after_for():
    text = "The siege began in May 1940. They held for about a week before moving back, and two days after 5 May, left."
    texts = [t for t, _ in _values(text)]
    assert "5 May" in texts and "a week" in texts
    assert not any("after" in t or "before" in t for t in texts)


def test_years_possessive_and_eras_without_the_last_stop():
    assert ("1981", "1981") in _values("The army grew from 1981's 500,000 soldiers.")
    assert _values("The Third Punic War (149 B.C to 146 B.C) ended Carthage.") == [
        ("149 B.C", "BC0149"), ("146 B.C", "BC0146")]


def test_holidays_with_an_apostrophe_are_found():
    found = [t.text for t in tag("New Year's Day was cold; Mother's Day and Valentine's Day came later.",
                                 DOWNLOADED)]
    assert found == ["New Year's Day", "Mother's Day", "Valentine's Day"]


def test_a_narrative_takes_a_duration_and_the_date_it_lies_in_as_one():
    text = "For the first ten months of 1915, Austria-Hungary fought in the east."
    assert _values(text) == [("the first ten months of 1915", "P10M")]
    assert _values(text, AnchorPolicy.NEWS) == [("the first ten months", "P10M"), ("1915", "1915")]


def test_the_policy_of_a_page_is_judged_on_its_body_not_its_archive_links():
    """A text dump's navigation lists archive years ("2012 2013 2014 ...") and dated captions; the
    article, dated by the page, is news: its "Tuesday" is the Tuesday before publication."""
    from chrono.model import Document, Span
    from chrono.pipeline import analyse
    nav = "Archive\n" + "\n".join(str(y) for y in range(2005, 2016)) + "\n"
    body = "Stocks fell on Tuesday, traders said."
    doc = Document("p", nav + body, published=date(2019, 11, 20),
                   sentences=(Span(len(nav), len(nav) + len(body)),))
    assert choose_policy(doc.text, doc.published) is AnchorPolicy.NARRATIVE    # the whole page looks like a history
    result = analyse(doc)
    assert result.document.policy == "news"
    assert [t.timex.value for t in result.timexes if t.timex.text == "Tuesday"] == ["2019-11-19"]


def test_ago_counts_from_the_day_of_writing_even_in_a_story():
    text = ("The alliance was founded in 1949. Greece joined in 1952, Spain in 1982. "
            "It first went to war almost four years ago, and the old bloc fell a decade ago.")
    values = dict(_values(text, anchor=date(1999, 3, 12)))
    assert values["almost four years ago"] == "1995"
    assert values["a decade ago"] == "1989"
    # "four years later" still counts from the year last written
    assert ("four years later", "1986") in _values("Spain joined in 1982. It voted four years later.",
                                                     anchor=date(1999, 3, 12))


def test_today_in_a_story_is_the_day_of_writing():
    text = "The treaty was signed in 1949. Spain joined in 1982. \"Today we are home,\" the minister said."
    assert ("Today", "1999-03-12") in _values(text, anchor=date(1999, 3, 12))


def test_a_clause_in_the_present_takes_no_past_from_another_clause():
    text = ("As of Wednesday, the uncle still had not signed the agreement to hand the boy over if the "
            "relatives lose when the case is heard in May.")
    assert ("May", "2000-05") in _values(text, AnchorPolicy.NEWS, anchor=date(2000, 3, 29))
    # a past clause keeps its past; "IS", the group's name, is no verb
    assert ("May", "1999-05") in _values("The uncle had signed the agreement in May.", AnchorPolicy.NEWS,
                                         anchor=date(2000, 3, 29))
    assert ("Saturday", "2017-10-14") in _values("Forces were close to defeating IS in the city on Saturday.",
                                                 AnchorPolicy.NEWS, anchor=date(2017, 10, 15))
