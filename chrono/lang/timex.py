"""What the temporal tagger needs of a language: its words, as one frozen :class:`TimexWords`.

The types here are language-neutral; each pack fills a :class:`TimexWords` with its words
(``chrono/lang/<code>/timex/``). The tagger (:mod:`chrono.timex`) holds no word of any language: it
builds its patterns from the tables here, runs the pack's :class:`Rule` table, and its builders read
the pack's cues (:class:`BuildCues`) and tense markers (:class:`TenseWords`).

A pack need only give what it uses: every table and cue has an empty default, and a cue that is not
given never matches. The smallest pack is month names, weekday names and a rule table.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from enum import Enum
from typing import Any, Mapping

#: A pattern that never matches: the default of every cue.
NEVER = re.compile(r"(?!)")

Example = tuple[str, str, str, str, str]
"""An example of a rule: ``(text, reference date, extent, value, type)``. Tagging the text with the
reference date as publication date gives a timex of exactly that extent, value and type, found by
that rule."""


class YearBack(str, Enum):
    """How a rule's "a year back" offset takes part in a report's comparisons ("a year earlier")."""

    NONE = ""
    #: compared with the period reported on ("the year-earlier quarter"); after a reported date that
    #: is itself a year back, that same date
    COMPARED = "compared"
    #: a counted offset ("a year ago"): compared as well, but the same date only after a COMPARED,
    #: COUNTED or PERIOD one; counted from a quarter, the same quarter of that year
    COUNTED = "counted"
    #: compared, and every date it finds is itself a year back ("the 1988 period")
    PERIOD = "period"
    #: "last year": the date it finds is a year back, though not compared with anything
    DEICTIC = "deictic"


@dataclass(frozen=True)
class Rule:
    """One kind of expression: a pattern, its TIMEX3 type, its builder, and examples.

    ``pattern`` has ``{MACRO}`` placeholders (:mod:`chrono.timex.patterns`); its group ``x``, when it
    has one, is the extent, otherwise the whole match is. ``build`` names a builder of
    :mod:`chrono.timex.build`. ``mods`` says which modifiers the expression takes on its left:
    ``"range"`` ("early", "the end of"), ``"quant"`` ("about", "more than"), ``"both"`` or none.
    ``triggers`` are word classes (:attr:`TimexWords.triggers`) one of which every match contains: the
    rule runs only within ``reach`` characters of them (none: the rule scans the whole text).

    The flags say how the engine treats what the rule finds (never its name):
    ``year_back`` (:class:`YearBack`), ``reports_quarter`` (it names the quarter a report is about,
    "the third quarter"), ``after_hyphen`` (it may start just after a hyphen joined to a word or a
    number: the second day of "Nov. 6-7"), ``narrative`` (it is found only in texts resolved as
    narratives: the TIMEX2 conventions of histories, "the former king", "five days after the fall
    of Girona", that news corpora do not follow).
    """

    name: str
    pattern: str
    type: str
    build: str
    examples: tuple[Example, ...] = ()
    mods: str = ""
    params: Mapping = field(default_factory=dict)
    triggers: tuple[str, ...] = ()
    reach: int = 64
    year_back: YearBack = YearBack.NONE
    reports_quarter: bool = False
    after_hyphen: bool = False
    narrative: bool = False


@dataclass(frozen=True, eq=False)
class TenseWords:
    """The markers of tense in a sentence: the tense of a date without a year is the nearest one's.

    ``future`` and ``past`` are words or phrases; ``past_forms`` a regex of regular past forms (an
    English "-ed"), ``past_suffix`` their ending. The ``*_before`` patterns are searched in the text
    just before a marker or an expression (anchored with ``\\Z``). ``verb_first``: in a tie, the
    marker before the expression wins (English puts the verb first: "said Friday").
    """

    future: tuple[str, ...] = ()
    past: tuple[str, ...] = ()
    past_forms: str = ""
    future_forms: str = ""      # a regex of future and conditional forms ("celebrará", "podría")
    present: tuple[str, ...] = ()   # present forms that give a clause its own tense ("the case is heard in May")
    past_suffix: str = ""
    not_past: frozenset[str] = frozenset()          # words the past forms regex takes wrongly ("need")
    not_participle: frozenset[str] = frozenset()    # past markers that stay past after "to be"
    reporting: frozenset[str] = frozenset()         # reporting verbs: past, but not of what they report
    not_future: re.Pattern = NEVER                  # a future word that is not ("next to")
    past_frame: re.Pattern = NEVER                  # before a future word: a pluperfect frame
    passive_before: re.Pattern = NEVER              # before a past form: a participle
    adjective_before: re.Pattern = NEVER            # before a past form: an adjective
    reported_before: re.Pattern = NEVER             # just before the expression: "said"
    deadline_before: re.Pattern = NEVER             # just before the expression: "by", "until"
    pluperfect: re.Pattern = NEVER                  # around the expression: no deadline then
    verb_first: bool = True


@dataclass(frozen=True, eq=False)
class BuildCues:
    """The words around a match that builders weigh to accept or reject a reading, per builder.

    Word sets hold lower-case words; patterns are compiled with their own flags. See the builder
    that reads each cue in :mod:`chrono.timex.build` and the pack's values for what they say.
    """

    # month names that are other words too ("May", "March"), and what may stand before them
    ambiguous_months: frozenset[str] = frozenset()
    before_month: frozenset[str] = frozenset()
    name_titles: re.Pattern = NEVER                 # the word before a name ("Mrs.")
    sentence_after_name: re.Pattern = NEVER         # a capitalised word that opens a sentence
    amount_after: re.Pattern = NEVER                # "May 5 percent"
    determiner_before: re.Pattern = NEVER           # "the Sept. 25 referendum"
    # years
    not_before_year: frozenset[str] = frozenset()   # words before an amount ("about 1500")
    year_prepositions: frozenset[str] = frozenset()
    before_year_in_name: frozenset[str] = frozenset()   # capitalised words that do not make a name
    clock_after_year: re.Pattern = NEVER
    measure_after: re.Pattern = NEVER
    noun_after_year: re.Pattern = NEVER
    year_nouns: re.Pattern = NEVER                  # nouns a year may stand before ("1990 elections")
    year_prefix_mods: Mapping[str, str] = field(default_factory=dict)     # "pre-1959": BEFORE
    open_before: re.Pattern = NEVER                 # "1994 or earlier" (else "or later")
    period_end: re.Pattern = NEVER                  # "the 1988 period": the quarter reported on
    period_ended_after: re.Pattern = NEVER          # "the year ended Sept. 30"
    # decades, quarters, halves, seasons
    decade_words: Mapping[str, int] = field(default_factory=dict)
    age_words: frozenset[str] = frozenset()
    age_before: re.Pattern = NEVER                  # "in his 30s"
    quarter_ordinals: Mapping[str, int] = field(default_factory=dict)
    #: words of its sentence that make "the third quarter" a period of a game, not of the year
    game_context: re.Pattern = NEVER
    #: "the year-earlier quarter": kind ("previous", "year", "quarter") and count
    quarter_directions: Mapping[str, tuple[str, int]] = field(default_factory=dict)
    vague_period_nouns: frozenset[str] = frozenset()
    #: nouns that name a quarter after a year's offset: "the year-earlier [period]" of "the quarter ended Sept. 30"
    quarter_nouns: frozenset[str] = frozenset()
    ambiguous_seasons: frozenset[str] = frozenset()
    before_season: frozenset[str] = frozenset()
    before_ambiguous_season: frozenset[str] = frozenset()
    # relative words: direction words and their sign; anaphoric ones count from the last date
    directions: Mapping[str, int] = field(default_factory=dict)
    anaphoric_directions: Mapping[str, int] = field(default_factory=dict)
    anaphoric_units: frozenset[str] = frozenset()   # "the following month"
    same_words: frozenset[str] = frozenset()        # "the same month": that month itself
    #: "the past decade", "over the next decade": a span of long units counted from the reference,
    #: a duration (P10Y), not the calendar decade
    span_directions: frozenset[str] = frozenset()
    span_units: frozenset[str] = frozenset()
    #: "today", "yesterday": day offset and time of day
    deictic_days: Mapping[str, tuple[int, str | None]] = field(default_factory=dict)
    generic_deictic: frozenset[str] = frozenset()   # "today's youth"
    generic_nouns_after: re.Pattern = NEVER
    generic_of_before: re.Pattern = NEVER
    generic_noun_of_before: re.Pattern = NEVER
    #: "ago", "later": sign and whether it counts from the last mentioned date
    ago_directions: Mapping[str, tuple[int, bool]] = field(default_factory=dict)
    comparison_after: re.Pattern = NEVER            # "a month earlier than usual"
    day_prepositions: frozenset[str] = frozenset()  # "on the day": the day spoken of (the_unit)
    utc_zones: frozenset[str] = frozenset()         # zones written with the UTC designator Z
    #: "the night of 20 June 1791": the part of day of a date, taken into the extent (engine)
    part_of_date_before: re.Pattern = NEVER
    part_of_date_before_narrative: re.Pattern = NEVER     # the same, only in narratives
    #: between a duration and a date it lies in, one extent in narratives: "the first ten months of
    #: 1915" (engine)
    duration_of_date_narrative: re.Pattern = NEVER
    part_of_day_directions: Mapping[str, int] = field(default_factory=dict)
    night_only_directions: frozenset[str] = frozenset()     # "last night", not "last morning"
    date_parts: frozenset[str] = frozenset()        # parts of day that keep a weekday a DATE ("Friday night")
    not_before_noon: frozenset[str] = frozenset()           # "high noon"
    clock_pm: str = ""
    clock_am: str = ""
    weekday_in_title: re.Pattern = NEVER            # "Saturday Night Live"
    weekday_name_after: re.Pattern = NEVER          # "Friday Night Lights"
    weekday_name_before: frozenset[str] = frozenset()       # "Good Friday"
    possessive_after: re.Pattern = NEVER            # "Friday's ruling"
    #: between the two ends of a range ("6-7 January 1916", "August and September 1950"): the first
    #: end takes the fields it leaves open from the second (engine)
    range_between: re.Pattern = NEVER
    #: a dateline opening a text ("MIAMI _", "INDEPENDENCE, MO. (AP)--"): a news report (policy)
    dateline: re.Pattern = NEVER
    # durations, sets, references
    age_after: re.Pattern = NEVER                   # "a 6-year-old"
    of_after: re.Pattern = NEVER                    # "a quarter of", "the future of"
    indefinite: frozenset[str] = frozenset()        # "a", "an": one
    year_determiners: frozenset[str] = frozenset()  # before a year premodifying a noun: "a 2009 analysis", "the 1777 campaigns"
    determiners: re.Pattern = NEVER                 # at the start of a match
    keep_determiner: frozenset[str] = frozenset()   # numbers that keep the determiner in the extent
    rate_before: re.Pattern = NEVER                 # "$5 a year": a rate
    around_event_after: re.Pattern = NEVER          # "the weeks before the shooting"
    before_vague_duration: frozenset[str] = frozenset()
    recent: frozenset[str] = frozenset()
    coming: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    adjective_refs: frozenset[str] = frozenset()    # "present": a time only before certain nouns
    ref_noun_after: re.Pattern = NEVER
    topic_refs: frozenset[str] = frozenset()        # "the future of": a topic
    ordinal_refs_after: frozenset[str] = frozenset()    # before "last season": an ordinal ("the last season of")


@dataclass(frozen=True, eq=False)
class ModifierWords:
    """Modifiers on the left of an expression ("early 2014", "about two years")."""

    range: Mapping[str, str | None] = field(default_factory=dict)      # "early": START
    quant: Mapping[str, str | None] = field(default_factory=dict)      # "about": APPROX
    article: str = ""                            # may stand between a range word and the expression
    outside: frozenset[str] = frozenset()        # left out of the extent ("about five hours")
    need_number: frozenset[str] = frozenset()    # taken only before a number ("some two years")
    number_start: re.Pattern = NEVER             # what a number starts with
    detached: frozenset[str] = frozenset()       # in the extent only before what they attach to
    attaches: re.Pattern = NEVER                 # "earlier this year", "later that day"
    adverbial_before: re.Pattern = NEVER         # "On 9 June 2014, ...": said of the clause
    period_start_before: re.Pattern = NEVER      # "since March 2012": the start of a period that runs to now


@dataclass(frozen=True, eq=False)
class TimexWords:
    """Every word the tagger knows of a language: tables, rules, macros, modifiers, tense, cues.

    Tables map a lower-case surface form to its meaning. ``month_abbreviations`` and
    ``weekday_abbreviations`` are the forms that may take a full stop ("Sept."); the other forms are
    full names. ``macros`` add or replace the pattern building blocks of
    :mod:`chrono.timex.patterns`. ``triggers`` are word classes for the rules' ``triggers`` (None: the
    classes made from the tables). ``plural_suffixes`` end the plural forms of unit words.
    """

    rules: tuple[Rule, ...]
    months: Mapping[str, int] = field(default_factory=dict)
    month_abbreviations: frozenset[str] = frozenset()
    weekdays: Mapping[str, int] = field(default_factory=dict)
    weekday_abbreviations: frozenset[str] = frozenset()
    weekday_abbreviations_with_stop: frozenset[str] = frozenset()    # words too ("sun"): only with "."
    name_small_words: frozenset[str] = frozenset()       # not capitalised in names ("Fourth of July")
    numbers: Mapping[str, int | None] = field(default_factory=dict)  # None: a vague number ("several")
    tens: Mapping[str, int] = field(default_factory=dict)
    digits: Mapping[str, int] = field(default_factory=dict)          # the units after tens ("twenty-five")
    ordinals: Mapping[str, int] = field(default_factory=dict)
    units: Mapping[str, tuple[str, bool]] = field(default_factory=dict)   # ISO letter, a time unit
    calendar_units: Mapping[str, str] = field(default_factory=dict)
    parts_of_day: Mapping[str, str] = field(default_factory=dict)
    seasons: Mapping[str, str] = field(default_factory=dict)
    sets: Mapping[str, str] = field(default_factory=dict)
    refs: Mapping[str, str] = field(default_factory=dict)
    holidays: Mapping[str, str] = field(default_factory=dict)        # MM-DD, or NTH: see below
    #: month, ISO weekday, n-th (-1: the last), and the day of the month counting starts on
    nth_weekday_holidays: Mapping[str, tuple[int, int, int, int]] = field(default_factory=dict)
    century_words: Mapping[str, int] = field(default_factory=dict)
    plural_suffixes: tuple[str, ...] = ()
    macros: Mapping[str, str] = field(default_factory=dict)
    triggers: Mapping[str, frozenset[str]] | None = None
    modifiers: ModifierWords = ModifierWords()
    tense: TenseWords = TenseWords()
    cues: BuildCues = BuildCues()

    def examples(self) -> list[tuple[str, str, str, str, str, str]]:
        """Every example of every rule: (rule name, text, reference date, extent, value, type)."""
        return [(r.name, *e) for r in self.rules for e in r.examples]


def timex_words(*modules, **given) -> TimexWords:
    """A pack's :class:`TimexWords` from its modules (lexicon, cues, rules, tense): every upper-case
    name of theirs that names a field (``MONTHS`` -> ``months``, ``RULES`` -> ``rules``; the first
    module that has it wins), and the fields ``given`` (a pack's own choice: ``plural_suffixes``)."""
    names = {f.name for f in fields(TimexWords)}
    found: dict[str, Any] = {}
    for module in modules:
        for name, value in vars(module).items():
            if name.isupper() and name.lower() in names:
                found.setdefault(name.lower(), value)
    return TimexWords(**{**found, **given})


def trigger_words(*tables, extra=()) -> frozenset[str]:
    """The words of the keys of tables (split at blanks and hyphens, without dots and apostrophes
    at their ends), lower case, with ``extra``: a word class of :attr:`TimexWords.triggers`."""
    out: set[str] = set(extra)
    for table in tables:
        for key in table:
            out.update(w.strip(".'") for w in re.split(r"[\s-]+", key.lower()))
    return frozenset(w for w in out if w)



def names(words, *, lower: bool = True, capital: bool = True, upper: bool = True) -> str:
    """A case-sensitive alternation of words, each in the cases chosen (lower case, capitalised,
    upper case; never mixed within a word), longest first; a space matches any run of blanks.

    >>> names(["mayo"], lower=False)
    '(?-i:MAYO|Mayo)'
    """
    forms = {f for w in words for f in ((w,) if lower else ()) + ((w[:1].upper() + w[1:],) if capital else ())
             + ((w.upper(),) if upper else ())}
    return "(?-i:" + "|".join(re.escape(f).replace(r"\ ", r"\s+")
                              for f in sorted(forms, key=lambda s: (-len(s), s))) + ")"


def trie(words) -> str:
    """A regex of words as a trie ("un|una|uno" -> "un(?:a|o)?"): one branch per letter, so a long
    table (150 number words) costs a few comparisons per position, not one per word; a space matches
    any run of blanks.

    >>> trie(["un", "una", "uno"])
    '(?:un(?:(?:a|o))?)'
    """
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        ends = "" in node
        branches = [(re.escape(ch) if ch != " " else r"\s+") + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + build(root) + ")"

__all__ = ["BuildCues", "Example", "ModifierWords", "NEVER", "Rule", "TenseWords", "TimexWords", "YearBack", "names", "timex_words", "trie",
           "trigger_words"]
