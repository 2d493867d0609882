"""From time expressions to events, on hand-made documents (no reader, no tagger needed)."""
from __future__ import annotations

import re
from datetime import date

import pytest

from chrono.events import extract_events, when_of
from chrono.model import Document, Grain, Modality, Relation, Span, Timex, TimexType

PUBLISHED = date(2017, 10, 14)


def make_doc(paragraphs, *, kinds=None, published=PUBLISHED, doc_id="d"):
    """A document of paragraphs (kind "body" unless ``kinds`` says otherwise), split into sentences."""
    kinds = kinds or ["body"] * len(paragraphs)
    text, blocks, sentences, pos = "", [], [], 0
    for para, kind in zip(paragraphs, kinds):
        start = len(text)
        text += para + "\n\n"
        blocks.append(Span(start, start + len(para), kind))
        if kind in ("body", "heading"):
            for m in re.finditer(r'.+?(?:[.!?]["”]?(?=\s+["“A-Z])|$)', para):
                if m.group().strip():
                    sentences.append(Span(start + m.start(), start + m.end(), kind))
    return Document(doc_id, text, published=published, blocks=tuple(blocks), sentences=tuple(sentences))


def tx(doc, text, value, type_=TimexType.DATE, mod=None, nth=0):
    starts = [m.start() for m in re.finditer(re.escape(text), doc.text)]
    s = starts[nth]
    return Timex(s, s + len(text), text, type_, value, mod)


def events_of(paragraphs, marks, **kw):
    doc = make_doc(paragraphs, **kw)
    timexes = [tx(doc, *m) if isinstance(m, tuple) else tx(doc, m[0], m[1]) for m in marks]
    return extract_events(doc, timexes)


def one(paragraphs, marks, **kw):
    events = events_of(paragraphs, marks, **kw)
    assert len(events) == 1, [e.headline for e in events]
    return events[0]


def test_clause_not_sentence_and_since_relation():
    e = one(["A spokesman for the army, Colonel Jane Roe, said that around 50 fighters had already "
             "surrendered and been disarmed since Friday."], [("Friday", "2017-10-13")])
    assert e.headline == "Around 50 fighters had surrendered and been disarmed"
    assert e.when.value == "2017-10-13" and e.when.relation is Relation.SINCE
    assert e.attribution == "A spokesman for the army, Colonel Jane Roe"
    assert "since Friday" in e.text
    assert e.modality is Modality.FACT


@pytest.mark.parametrize("prep,relation", [
    ("until", Relation.UNTIL), ("before", Relation.BEFORE), ("after", Relation.AFTER),
    ("during", Relation.DURING), ("prior to", Relation.BEFORE), ("following", Relation.AFTER), ("in", Relation.ON),
])
def test_relation_prepositions(prep, relation):
    e = one([f"The curfew in the town was lifted {prep} March 2016."], [("March 2016", "2016-03")])
    assert e.when.relation is relation
    assert e.headline == "The curfew in the town was lifted"


def test_coordinated_times_give_one_event_dated_by_the_earliest():
    e = one(['"The army is advancing. Today or tomorrow the town may be liberated," commander Ali Hassan said.'],
            [("Today", "2017-10-14"), ("tomorrow", "2017-10-15")])
    assert e.when.value == "2017-10-14"
    assert e.modality is Modality.FORECAST
    assert e.headline == "The town may be liberated"
    assert e.attribution == "commander Ali Hassan"


def test_two_dates_in_one_clause_give_two_events_sharing_the_subject():
    events = events_of(["The group had overrun the town in January 2014 and declared it its capital in June 2014."],
                       [("January 2014", "2014-01"), ("June 2014", "2014-06")])
    assert [(e.when.value, e.headline) for e in events] == [
        ("2014-01", "The group had overrun the town"),
        ("2014-06", "The group declared it its capital")]


def test_reporting_day_events():
    events = events_of([
        "Separately, the army and allied militias retook the town of Deir Hafer from IS after heavy fighting, "
        "the defence ministry said Saturday.",
        "Tribal leaders announced Saturday they had agreed a truce with the militia.",
    ], [("Saturday", "2017-10-14", TimexType.DATE, None, 0), ("Saturday", "2017-10-14", TimexType.DATE, None, 1)])
    # a report dated by its day is the event: read from the tree, its headline says who reported it
    assert [e.headline for e in events] in ([
        "The army and allied militias retook the town of Deir Hafer from IS",
        "Tribal leaders had agreed a truce with the militia"], [
        "The army and allied militias retook the town of Deir Hafer from IS",
        "Tribal leaders announced they had agreed a truce with the militia"])
    assert all(e.when.value == "2017-10-14" and e.rule == "reporting-day" for e in events)
    assert events[0].attribution == "the defence ministry"


def test_reporting_day_gives_way_to_a_date_of_the_content():
    e = one(["The army said Saturday that 40 fighters had surrendered since Thursday."],
            [("Saturday", "2017-10-14"), ("Thursday", "2017-10-12")])
    assert e.when.value == "2017-10-12" and e.when.relation is Relation.SINCE


def test_forecasts_with_vague_future_and_within_days():
    events = events_of([
        '"We expect heavy fighting in the weeks ahead and will not give a date," he said.',
        "The militia told AFP that the army could take the town within days.",
    ], [("the weeks ahead", "FUTURE_REF"), ("days", "PXD", TimexType.DURATION)])
    assert [(e.when.value, e.modality) for e in events] == [("FUTURE_REF", Modality.FORECAST),
                                                            ("PXD", Modality.FORECAST)]
    assert events[1].when.relation is Relation.DURING
    assert events[1].attribution == "The militia"


def test_he_said_resolves_to_the_last_named_source():
    events = [e for e in events_of([
        "Army spokesman Omar Said said the offensive had begun.",
        '"We will reach the river next week," he said.',
    ], [("next week", "2017-W43")]) if e.when.value == "2017-W43"]    # (the undated report lede is the day's)
    assert events[0].attribution == "Army spokesman Omar Said"
    assert events[0].modality is Modality.FORECAST


def test_quotation_over_several_sentences_takes_the_closing_source():
    events = events_of([
        '"The town fell on Monday. Everything is calm now. We are clearing mines," the governor said.',
    ], [("Monday", "2017-10-09")])
    assert events[0].attribution == "the governor"


@pytest.mark.parametrize("sentence,modality", [
    ("The army did not enter the town on Monday.", Modality.NEGATED),
    ("The talks will resume on Monday.", Modality.FORECAST),
    ("If the truce holds, aid would arrive on Monday.", Modality.HYPOTHETICAL),
    ("The army entered the town on Monday.", Modality.FACT),
])
def test_each_modality(sentence, modality):
    assert one([sentence], [("Monday", "2017-10-09")]).modality is modality


def test_date_after_publication_is_a_forecast():
    e = one(["Elections take place in March 2018."], [("March 2018", "2018-03")])
    assert e.modality is Modality.FORECAST


def test_nominal_event_inside_a_subject():
    e = one(['"The problem is that the organiser of attacks in Brussels in March 2016 is believed to be there," '
             "he said."], [("March 2016", "2016-03")])
    assert e.headline == "Attacks in Brussels"
    assert e.rule == "nominal" and e.modality is Modality.FACT


def test_fronted_time_and_its_comma_are_dropped():
    e = one(["In July, Iraqi forces retook Mosul, the group's largest stronghold in Iraq."], [("July", "2017-07")])
    assert e.headline == "Iraqi forces retook Mosul, the group's largest stronghold in Iraq"
    assert e.when.granularity is Grain.MONTH and e.when.start == date(2017, 7, 1)


def test_only_body_sentences_give_events():
    events = events_of([
        "Fighters in the town in 2016",                                 # caption
        "Stronghold since 2014",                                        # heading: background, no event
        "Read more: The army took the town in May",                     # read-more link
        "The army took the town in May 2016.",
    ], [("2016", "2016", TimexType.DATE, None, 0), ("2014", "2014"), ("May", "2017-05"),
        ("May 2016", "2016-05")], kinds=["caption", "heading", "readmore", "body"])
    assert [e.when.value for e in events] == ["2016-05"]


def test_no_date_is_invented_and_vague_past_stays_vague():
    # a state with no time gives nothing; "recently" on an eventive past dates it only vaguely (round 8)
    events = events_of(["The army controls the town.", "The army recently retook the village.",
                        "The town has been calm recently."], [("recently", "PAST_REF"), ("recently", "PAST_REF", TimexType.DATE, None, 1)])
    assert [(e.headline, e.when.value, e.when.start) for e in events] == [("The army retook the village", "PAST_REF", None)]


def test_durations_without_within_give_no_event():
    assert events_of(["The siege lasted four months."], [("four months", "P4M", TimexType.DURATION)]) == []


def test_mention_points_at_evidence_and_timex():
    doc = make_doc(["The army entered the town on Monday."])
    t = tx(doc, "Monday", "2017-10-09")
    (e,) = extract_events(doc, [t])
    (m,) = e.mentions
    assert doc.text[m.start:m.end] == "The army entered the town on Monday."
    assert (m.timex_start, m.timex_end) == (t.start, t.end) and m.doc == "d"


def test_when_of_honours_modifier():
    w = when_of(Timex(0, 10, "early 2014", TimexType.DATE, "2014", "START"))
    assert (w.start, w.end, w.granularity) == (date(2014, 1, 1), date(2014, 5, 1), Grain.YEAR)
    assert when_of(Timex(0, 4, "days", TimexType.DURATION, "PXD")).start is None


def test_a_time_word_heading_a_noun_phrase_dates_nothing():
    # a tagger may read "The fall" as a season; "of" shows it is the noun "fall"
    assert events_of(["The fall of the city is a major blow to the group."], [("The fall", "2017-FA")]) == []


def test_coordinated_clause_borrows_the_subject():
    events = events_of(["We expect heavy fighting and will begin the assault on Monday."], [("Monday", "2017-10-16")])
    assert events[0].headline == "We will begin the assault"
    assert events[0].modality is Modality.FORECAST


def test_possessive_time_is_cut_whole():
    e = one(["Saturday's attack on the convoy killed ten soldiers."], [("Saturday", "2017-10-14")])
    assert e.headline == "The attack on the convoy killed ten soldiers"


def test_relative_clause_takes_its_antecedent_and_subordinate_its_own_subject():
    events = events_of(["The garrison, which had been encircled since 2014, linked up with troops.",
                        "The operation began in May, after government forces retook Palmyra in March."],
                       [("2014", "2014"), ("May", "2017-05"), ("March", "2017-03")])
    assert [(e.when.value, e.headline) for e in events] == [
        ("2014", "The garrison had been encircled"), ("2017-05", "The operation began"),
        ("2017-03", "Government forces retook Palmyra")]
    assert events[0].when.relation is Relation.SINCE


def test_wire_dateline_and_addressee_are_not_in_headlines():
    events = events_of(["BEIRUT (Reuters) - Government forces broke the siege on Tuesday, state media said.",
                        '"We will push on in the coming weeks," an army officer told state TV.'],
                       [("Tuesday", "2017-09-05"), ("the coming weeks", "FUTURE_REF")])
    assert [e.headline for e in events] == ["Government forces broke the siege", "An army officer will push on"]
    assert [e.attribution for e in events] == ["state media", "an army officer"]


def test_gapped_conjunct_borrows_subject_and_verb():
    events = events_of(["Iraqi forces retook Ramadi in December 2015 and Falluja in June 2016."],
                       [("December 2015", "2015-12"), ("June 2016", "2016-06")])
    assert [(e.when.value, e.headline) for e in events] == [
        ("2015-12", "Iraqi forces retook Ramadi"), ("2016-06", "Iraqi forces retook Falluja")]


def test_irregular_past_ends_the_subject_lent_to_a_coordinated_verb():
    events = events_of(["The US began air strikes in Iraq in August 2014, and extended them to Syria in September 2014."],
                       [("August 2014", "2014-08"), ("September 2014", "2014-09")])
    assert events[1].headline == "The US extended them to Syria"


def test_a_noun_headed_time_does_not_hide_the_next_date():
    events = events_of(["The Kurds offered on Wednesday to hold talks on the future of the territories, "
                        "after Iraqi forces seized Kirkuk on Monday."],
                       [("Wednesday", "2017-10-11"), ("the future", "FUTURE_REF"), ("Monday", "2017-10-09")])
    assert [(e.when.value, e.headline) for e in events] == [
        ("2017-10-11", "The Kurds offered to hold talks on the future of the territories"),
        ("2017-10-09", "Iraqi forces seized Kirkuk")]


def test_time_of_time_dates_with_both():
    e = one(["In July of that year, government forces cut the Castello Road."],
            [("July", "2016-07"), ("that year", "2016")])
    assert (e.when.value, e.headline) == ("2016-07", "Government forces cut the Castello Road")


def test_time_premodifying_a_noun_dates_the_noun():
    e = one(["It did not say whether it would annul the Sept. 25 independence referendum, which Baghdad rejects."],
            [("Sept. 25", "2017-09-25")])
    assert (e.headline, e.modality, e.rule) == ("Independence referendum", Modality.FACT, "nominal")


def test_appositive_relative_clause_takes_its_own_date():
    e = one(["IS has lost control of Raqqa, the Syrian city it had used as its capital since 2014."],
            [("2014", "2014")])
    assert e.when.relation is Relation.SINCE and "lost control" not in e.headline
    assert e.headline == "Raqqa, the Syrian city it had used as its capital"


@pytest.mark.parametrize("entry,kind,value,headline", [
    ("June 2014: IS captures Mosul", "heading", "2014-06", "IS captures Mosul"),
    ("2016 - Losses mount", "heading", "2016", "Losses mount"),
    ("March 2011: Protests against President Assad begin in Deraa.", "body", "2011-03",
     "Protests against President Assad begin in Deraa"),
])
def test_timeline_entries(entry, kind, value, headline):
    doc = make_doc([entry, "IS fighters seized the city in a lightning offensive."], kinds=[kind, "body"])
    start = doc.text.index(entry.split(":")[0].split(" -")[0])
    text = entry.split(":")[0].split(" -")[0]
    events = extract_events(doc, [Timex(start, start + len(text), text, TimexType.DATE, value, None)])
    assert [(e.when.value, e.headline, e.rule) for e in events] == [(value, headline, "timeline")]


def test_headings_give_no_events_but_timeline_entries():
    doc = make_doc(["IS stronghold since 2014", "The city fell."], kinds=["heading", "body"])
    s = doc.text.index("2014")
    assert extract_events(doc, [Timex(s, s + 4, "2014", TimexType.DATE, "2014", None)]) == []


def test_wire_style_day_between_subject_and_verb_dates_the_clause():
    e = one(["BEIRUT (AP) — Syrian troops on Tuesday recaptured the town of Quriyatayn, state media said."],
            [("Tuesday", "2017-10-10")])
    assert e.rule in ("clause:on", "tree:on") and e.headline == "Syrian troops recaptured the town of Quriyatayn"


def test_attribution_inside_the_clause():
    e = one(["The town, the army said, fell on Monday."], [("Monday", "2017-10-09")])
    assert (e.headline, e.attribution, e.when.value) == ("The town fell", "the army", "2017-10-09")


def test_first_person_quotation_reads_as_a_report():
    events = events_of(['"We still expect difficult fighting in the days ahead," a coalition spokesman said.',
                        '"We expect the talks to last until Friday," the minister told reporters.',
                        '"I will resign on Monday," the mayor said.'],
                       [("the days ahead", "FUTURE_REF"), ("Friday", "2017-10-20"), ("Monday", "2017-10-23")],
                       published=date(2017, 10, 16))
    assert [e.headline for e in events] == ["Difficult fighting expected", "The talks expected to last",
                                            "The mayor will resign"]
    assert [e.attribution for e in events] == ["a coalition spokesman", "the minister", "the mayor"]


def test_sentence_opening_pronoun_takes_the_named_subject_before_it():
    events = events_of(["The SDF launched its offensive on Raqqa in June. They broke into the Old City in July.",
                        "Abadi visited the city on Sunday. He declared victory on Monday.",
                        "The army advanced in May. He resigned in August.",
                        "The talks failed in March.",
                        "They resumed in April."],
                       [("June", "2017-06"), ("July", "2017-07"), ("Sunday", "2017-07-09"), ("Monday", "2017-07-10"),
                        ("May", "2017-05"), ("August", "2017-08"), ("March", "2017-03"), ("April", "2017-04")])
    assert [e.headline for e in events] == [
        "The SDF launched its offensive on Raqqa", "The SDF broke into the Old City",
        "Abadi visited the city", "Abadi declared victory",
        "The army advanced", "He resigned",          # "he" is not "the army"
        "The talks failed", "They resumed"]          # another paragraph: not safe


def test_date_of_a_second_predicate_and_of_a_premodified_noun():
    events = events_of(["Odinga refused to accept the result and took his case to the court on August 18.",
                        "The court on Friday annulled the result of the August 8 presidential election."],
                       [("August 18", "2017-08-18"), ("Friday", "2017-09-01"), ("August 8", "2017-08-08")],
                       published=date(2017, 9, 1))
    assert [(e.when.value, e.modality.value, e.headline) for e in events] == [
        ("2017-08-18", "fact", "Odinga took his case to the court"),
        ("2017-09-01", "fact", "The court annulled the result of the August 8 presidential election"),
        ("2017-08-08", "fact", "Presidential election")]


def test_a_past_clause_dated_after_publication_gives_no_event():
    events = events_of(["The US began airstrikes on 8 August.", "Three years later, forces have raised their flag.",
                        "The vote was postponed to 8 August.", "The talks are on 9 August.",
                        "The ministry said talks would open on 10 August."],
                       [("8 August", "2017-08-08"), ("Three years later", "2020"), ("8 August", "2017-08-08", TimexType.DATE, None, 1),
                        ("9 August", "2017-08-09"), ("10 August", "2017-08-10")],
                       published=date(2017, 7, 15))
    assert [(e.when.value, e.modality.value) for e in events] == [
        ("2017-08-08", "forecast"), ("2017-08-09", "forecast"), ("2017-08-10", "forecast")]


def test_a_date_inside_an_example_list_dates_the_listed_noun_phrase():
    events = events_of(["The group planned attacks abroad from Raqqa, including the attacks in Paris in November 2015 "
                        "that killed 130 people."], [("November 2015", "2015-11")])
    assert [(e.when.value, e.headline, e.rule) for e in events] == [
        ("2015-11", "The attacks in Paris that killed 130 people", "nominal")]


def test_adjunct_tail_with_an_adjective_of_a_common_name_is_cut():
    from chrono.events.headline import compress
    assert compress("The SDF launched its offensive on Raqqa with the help of U.S.-led coalition airstrikes "
                    "and special forces") == "The SDF launched its offensive on Raqqa"
    assert compress("Government forces and allied militias retook the strategic eastern town of Deir el-Zour "
                    "after weeks of heavy fighting") .endswith("Deir el-Zour")
