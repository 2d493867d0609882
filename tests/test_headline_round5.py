"""Headlines that hold what happened: a bare predicate takes the undated one coordinated with it, a
gerund that tells how it happened stays, an infinitive an expletive stands for is a core complement,
a gerund reported by its governor keeps it ("suggested pushing back"), an aside between dashes goes
first, and what a quantity counts stays. Every sentence is invented."""
from __future__ import annotations

from datetime import date

import pytest

from chrono.events.headline import compress, shorten
from chrono.events.parse import parser
from stories import headline_builder

PUBLISHED = date(2019, 11, 19)


@pytest.fixture(scope="module")
def headlines(tmp_path_factory):
    return headline_builder(tmp_path_factory.mktemp("round5"), PUBLISHED)


@pytest.fixture(scope="module")
def nlp():
    found = parser("en")
    if found is None:
        pytest.skip("no parser model")
    return found


# --- a bare predicate and its sequel -----------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The partnership started in 2015 and produced two hit albums.",
     "The partnership started and produced two hit albums"),
    ("The strike began on Monday and shut down three car plants in the region.",
     "The strike began and shut down three car plants in the region"),
])
def test_a_bare_predicate_takes_the_undated_predicate_coordinated_with_it(headlines, sentence, expected):
    assert expected in headlines(sentence)


def test_a_coordinated_predicate_with_its_own_date_stays_apart(headlines):
    out = headlines("The strike began on Monday and ended on Friday.")
    assert "The strike began" in out and "The strike ended" in out, out


# --- a gerund that tells how it happened --------------------------------------------------------

def test_a_bare_gerund_after_its_predicate_is_part_of_the_happening(headlines):
    out = headlines("The singer died in 2001 leaving three children and an unfinished album.")
    assert "The singer died leaving three children and an unfinished album" in out, out


def test_manner_gerund_reads_the_tree(nlp):
    from chrono.events.clause_parts import manner_gerund
    doc = nlp("The singer died in 2001 leaving three children.")
    leaving = next(t for t in doc if t.text == "leaving")
    if leaving.dep_ != "advcl":
        pytest.skip(f"parsed as {leaving.dep_}")
    assert manner_gerund(leaving)
    assert not manner_gerund(leaving, excluded={leaving.i + 1})    # a date of its own: another event


# --- a gerund reported by its governor ------------------------------------------------------------

def test_a_gerund_content_keeps_the_verb_it_completes(headlines):
    out = headlines("The mayor suggested pushing back the vote on the new budget to March.")
    assert any(h.startswith("The mayor suggested pushing back the vote") for h in out), out


# --- an infinitive an expletive stands for ----------------------------------------------------------

def test_the_infinitive_of_an_expletive_is_a_core_complement(nlp):
    from chrono.events.clause_parts import extraposed
    doc = nlp("The council made it easier for small shops to apply for permits.")
    made = next(t for t in doc if t.text == "made")
    apply = next(t for t in doc if t.text == "apply")
    if not any(c.dep_ == "expl" for c in made.children):
        pytest.skip("the parser took the expletive for an object")
    assert apply.i in extraposed(doc, {t.i for t in doc if not t.is_punct}, {made.i})


def test_no_expletive_no_extraposed_infinitive(nlp):
    from chrono.events.clause_parts import extraposed
    doc = nlp("The council voted to rent empty shop fronts to artists.")
    voted = next(t for t in doc if t.text == "voted")
    assert extraposed(doc, {t.i for t in doc}, {voted.i}) == set()


# --- asides and quantities --------------------------------------------------------------------------

def test_an_aside_between_dashes_goes_before_the_predicate_complement(nlp):
    from chrono.events.clause_parts import dash_asides
    doc = nlp("Two of the bidders - Acme, Bolt and Crane - were notable for their low prices.")
    dashes = [t.i for t in doc if t.text == "-"]
    verb = next(t for t in doc if t.text == "were")
    gone = dash_asides(doc, {t.i for t in doc}, {verb.i, 0})
    assert gone == set(range(dashes[0], dashes[1] + 1))


def test_an_aside_that_holds_the_predicate_stays(nlp):
    from chrono.events.clause_parts import dash_asides
    doc = nlp("The mill - which closed in May - reopened.")
    closed = next(t for t in doc if t.text == "closed")
    assert dash_asides(doc, {t.i for t in doc}, {closed.i}) == set()


def test_an_unspaced_hyphen_is_no_dash(nlp):
    from chrono.events.clause_parts import dash_asides
    doc = nlp("The long-awaited and much-delayed bridge opened.")
    assert dash_asides(doc, {t.i for t in doc}, set()) == set()


def test_what_a_quantity_counts_stays(nlp):
    from chrono.events.phrase import trim
    doc = nlp("Several of the new members were elected to the board.")
    verb = next(t for t in doc if t.text == "elected")
    subj = next(t for t in doc if t.text == "Several")
    if subj.dep_ not in ("nsubj", "nsubj:pass"):
        pytest.skip(f"parsed as {subj.dep_}")
    kept = trim(doc, {t.i for t in doc if not t.is_punct}, {verb.i, subj.i}, limit=4)
    assert {t.i for t in doc if t.text in ("of", "members")} <= kept


# --- the headline of an unparsed clause -------------------------------------------------------------

def test_a_cut_after_a_list_of_names_never_loses_the_predicate():
    out = compress("The jury of Anna Berg, Tom Weller and Mia Lund gave their final verdict on the long case "
                   "at the county court")
    assert out.startswith("The jury of Anna Berg, Tom Weller and Mia Lund gave"), out


def test_a_hard_cut_ends_where_a_phrase_ends():
    out = compress("The new panel of Anna Berg, Tom Weller and Mia Lund gave their first detailed opinions of "
                   "the revised city plan")
    assert out.endswith("gave their first detailed opinions"), out


def test_a_fronted_prepositional_phrase_with_names_goes_before_the_subject():
    out = compress("At a meeting of the Harbor Board that oversees the port, Mayor Ann Cole, the head of the "
                   "board, called for new cranes")
    assert out.startswith("Mayor Ann Cole") and "called for new cranes" in out, out


def test_a_name_before_a_comma_survives_a_hard_cut():
    from chrono import lang
    from chrono.events.headline import Headlines
    from chrono.events.words import stage
    out = stage(Headlines, lang.get("en"))._hard_cut(
        "At the hearing in the hall of the city, Judge Anna Berg, the head of the court", 13)
    assert out.endswith("Judge Anna Berg"), out


def test_a_clause_after_its_report_loses_its_opening_capital():
    from chrono.events.wording import inside
    openers = frozenset({"the", "many", "a", "i"})
    assert inside("A new bridge will open", "the mayor met a group", openers) == "a new bridge will open"
    assert inside("Many residents will come", "", openers) == "many residents will come"
    assert inside("I will be there", "", openers) == "I will be there"            # never written "i"
    assert inside("Trump will visit", "Trump said", openers) == "Trump will visit"  # a name
    assert inside("NASA will launch", "", openers) == "NASA will launch"
