"""Round 6 of the merge, on invented sentences: a time expression followed by ", when ..." dates its
sentence's earlier state (dated since it) through the happening the when-clause tells (chrono.restated.merge_time_relative);
across grains, two sentences of one document whose time expressions attach to other predicates (or one
to a predicate the other sentence does not tell), stay two happenings whatever description they share
(chrono.clusters.predicates_apart), while one predicate told at a month and at a day of it still merges."""
from __future__ import annotations

from chrono.chronology import merge_events
from chrono.lang.en.events.merge import TIME_RELATIVES
from chrono.model import Event, Mention, Modality, Relation, When
from chrono.timevalue import interval


def _when(value: str, mod: str | None = None, relation: Relation = Relation.ON) -> When:
    start, end, grain = interval(value)
    return When(value, mod, start, end, grain, relation)


def _event(headline: str, text: str, value: str, timex: str, verb: str | None, start: int = 0, doc: str = "d",
           modality: Modality = Modality.FACT, rule: str = "tree:on", mod: str | None = None) -> Event:
    relation = Relation.SINCE if rule.endswith("since") else Relation.ON
    at = text.find(timex)
    v = text.find(verb) if verb else -1
    return Event("", headline, text, _when(value, mod, relation), modality,
                 mentions=(Mention(doc, start, start + len(text), start + at, start + at + len(timex)),),
                 timex_text=timex, rule=rule, trigger=(start + v, start + v + len(verb), verb) if verb else None)


KNOWN = ("The Corran valley caves had been known to geologists since the 1920s, when quarrymen found "
         "their entrance behind a waterfall.")


def test_the_time_relative_clause_is_the_language_data():
    assert "when" in TIME_RELATIVES


def test_a_state_since_a_time_and_the_when_clause_telling_it_are_one_happening_headlined_by_the_state():
    state = _event("The Corran valley caves had been known to geologists", KNOWN, "192", "the 1920s", "known",
                   start=100, rule="tree:since")
    found = _event("Quarrymen found their entrance behind a waterfall", KNOWN, "192", "the 1920s", "found", start=100)
    got = merge_events([state, found])
    assert len(got) == 1
    assert got[0].headline == state.headline and got[0].when.relation is Relation.SINCE


def test_a_state_since_and_the_when_clause_merge_in_either_order():
    text = "The lighthouse has stood empty since 2027, when its last keeper, Odile Brant, retired."
    empty = _event("The lighthouse has stood empty", text, "2027", "2027", "stood", rule="tree:since")
    retired = _event("Its last keeper, Odile Brant, retired", text, "2027", "2027", "retired")
    got = merge_events([retired, empty])
    assert len(got) == 1 and got[0].headline == empty.headline


def test_a_happening_of_its_own_at_the_time_of_the_when_clause_stays_apart():
    text = "The violinist moved to Lisbon in 2027, when her mentor retired from the orchestra."
    moved = _event("The violinist moved to Lisbon", text, "2027", "2027", "moved")
    retired = _event("Her mentor retired from the orchestra", text, "2027", "2027", "retired")
    assert len(merge_events([moved, retired])) == 2


def test_a_predicate_dated_since_but_not_told_in_a_perfect_stays_apart():
    text = "Turnout made a dramatic turnaround from four years ago, when Mayor Odile Brant won by a landslide."
    made = _event("Turnout made a dramatic turnaround", text, "2027", "four years ago", "made", rule="tree:since")
    won = _event("Mayor Odile Brant won by a landslide", text, "2027", "four years ago", "won")
    assert len(merge_events([made, won])) == 2


def test_a_when_clause_before_the_main_clause_does_not_date_it():
    text = "In 2027, when the harbour froze, the ferry company cancelled its winter timetable."
    froze = _event("The harbour froze", text, "2027", "In 2027", "froze")
    cancelled = _event("The ferry company cancelled its winter timetable", text, "2027", "In 2027", "cancelled")
    assert len(merge_events([froze, cancelled])) == 2


def test_two_predicates_of_one_date_without_a_when_clause_stay_apart():
    text = "The museum reopened in 2027 and its director resigned in protest over the budget."
    reopened = _event("The museum reopened", text, "2027", "2027", "reopened")
    resigned = _event("Its director resigned in protest over the budget", text, "2027", "2027", "resigned")
    assert len(merge_events([reopened, resigned])) == 2


def test_other_modalities_stay_apart():
    state = _event("The caves will be known", KNOWN, "192", "the 1920s", "known", start=100,
                   modality=Modality.FORECAST)
    found = _event("Quarrymen found their entrance behind a waterfall", KNOWN, "192", "the 1920s", "found", start=100)
    assert len(merge_events([state, found])) == 2


RUMOUR = ("A false story was spread in March 2029 to smear the retired harbour master of Port Ellery, "
          "Agnes Moll, on local forums.")
TESTIFIED = ("On March 12, 2029, the retired harbour master of Port Ellery, Agnes Moll, testified before "
             "the county inquiry.")


def test_across_grains_other_predicates_sharing_a_description_stay_apart():
    spread = _event("A false story was spread to smear the retired harbour master of Port Ellery, Agnes Moll",
                    RUMOUR, "2029-03", "March 2029", "spread")
    testified = _event("The retired harbour master of Port Ellery, Agnes Moll, testified before the county inquiry",
                       TESTIFIED, "2029-03-12", "March 12, 2029", "testified", start=300)
    assert len(merge_events([spread, testified])) == 2
    undated_predicate = _event("The retired harbour master of Port Ellery, Agnes Moll", TESTIFIED, "2029-03-12",
                               "March 12, 2029", None, start=300, rule="nominal")
    assert len(merge_events([spread, undated_predicate])) == 2


def test_across_grains_a_predicate_told_in_the_other_sentence_still_merges():
    month = _event("The county inquiry heard the retired harbour master of Port Ellery, Agnes Moll",
                   "The county inquiry heard the retired harbour master of Port Ellery, Agnes Moll, who testified "
                   "in March 2029.", "2029-03", "March 2029", "heard")
    day = _event("The retired harbour master of Port Ellery, Agnes Moll, testified before the county inquiry",
                 TESTIFIED, "2029-03-12", "March 12, 2029", "testified", start=300)
    assert len(merge_events([month, day])) == 1


def test_across_grains_one_predicate_told_twice_still_merges():
    month = _event("Agnes Moll testified before the county inquiry",
                   "Agnes Moll, the retired harbour master, testified before the county inquiry in March 2029.",
                   "2029-03", "March 2029", "testified")
    day = _event("The retired harbour master Agnes Moll testified before the county inquiry", TESTIFIED,
                 "2029-03-12", "March 12, 2029", "testified", start=300)
    got = merge_events([month, day])
    assert len(got) == 1 and got[0].when.value == "2029-03-12"

