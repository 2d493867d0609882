"""What the event layer needs of a language: its words, as one frozen :class:`EventWords`.

The types here are language-neutral; each pack fills an :class:`EventWords` with its words
(``chrono/lang/<code>/events/``). The event layer (:mod:`chrono.events`) and the merge
(:mod:`chrono.chronology`) hold no word of any language: they read these.

The groups follow the questions the event layer asks of a sentence, and so stay the same when the
clause splitter gives way to a dependency parser (the next step): the parser finds the predicate a
time expression attaches to, its subject, auxiliaries and negation, and the pack still says which
verbs report speech (:class:`ReportingWords`), which markers make a forecast, a supposition or a
denial (:class:`ModalityWords`), which prepositions relate an event to its time
(:class:`DatingWords`), which kinds of happening there are and how words are stemmed
(:class:`MergeWords`). A German pack fills the same fields ("sagte", "wird", "nicht", "seit").

Every :class:`Pattern` carries examples, and ``EventWords.examples`` holds examples of whole
decisions (a modality, a relation, a verb form); ``tests/test_events_cues.py`` runs them all.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass
from functools import cached_property
from typing import Iterator


@dataclass(frozen=True)
class Pattern:
    """A regular expression of a language's words, with examples that run as tests.

    ``examples`` are ``(text, found)`` pairs: searching ``text`` finds ``found`` first. ``misses``
    are texts in which the pattern finds nothing.
    """

    regex: str
    examples: tuple[tuple[str, str], ...]
    misses: tuple[str, ...] = ()
    ignore_case: bool = False

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.regex, re.IGNORECASE if self.ignore_case else 0)


@dataclass(frozen=True, eq=False)
class SyntaxWords:
    """Function words and verb forms: where a clause ends, what is a verb, what is a subject."""

    auxiliaries: frozenset[str]             # auxiliaries and modals ("will", "has")
    past_auxiliaries: frozenset[str]        # auxiliaries of a past or perfect ("had", "was")
    irregular_past: frozenset[str]          # past forms that no suffix tells ("retook", "fled")
    past_suffixes: tuple[str, ...]          # endings of regular past forms ("-ed")
    past_min_length: int                    # the shortest word a suffix makes a verb of
    subject_pronouns: frozenset[str]        # pronouns that open a clause ("and he ...")
    determiners: frozenset[str]             # determiners that may open a coordinated subject
    articles: tuple[str, ...]               # articles ("the", "a")
    coordinators: tuple[str, ...]           # conjunctions that may join clauses ("and", "but", "or")
    break_coordinators: tuple[str, ...]     # after a comma they end a clause when one starts after them
    contrastive: frozenset[str]             # after them a bare verb opens a new predicate ("..., but warned")
    additive: tuple[str, ...]               # the conjunction of lists and predicates ("and")
    complementizers: tuple[str, ...]        # words that open reported content ("that")
    subordinate_openers: frozenset[str]     # words that open a subordinate clause ("if", "when")
    relative_openers: tuple[str, ...]       # openers of a relative clause set off by commas
    clause_break: Pattern                   # separators that always end a clause ("; ", ", while ")
    appositive_relative: Pattern            # a trailing appositive with a relative clause; groups w1, w2
    possessive: Pattern                     # a possessive ending after a time expression ("Saturday's")
    group_pronouns: tuple[str, ...]         # pronouns that may stand for a group ("they")
    person_pronouns: tuple[str, ...]        # pronouns that stand for a person ("he", "she")
    subject_determiners: tuple[str, ...]    # determiners of a subject that a group pronoun may stand for
    bare_past: frozenset[str] = frozenset()  # past forms like the base ("bid", "cut"): past after "the firm"
    bare_days: frozenset[str] = frozenset()  # days named bare before a verb ("The panel Thursday refused"), lower case
    thing_pronouns: tuple[str, ...] = ()    # pronouns that stand for a thing or a body ("it"): a named subject before
    expletive_after: tuple[str, ...] = ()   # verbs after which such a pronoun stands for nothing ("It was the first time")
    person_relatives: tuple[str, ...] = ()  # relative words of a person ("who"): "the case of Elian, who was rescued" is Elian's


@dataclass(frozen=True, eq=False)
class ReportingWords:
    """Who says so: reporting verbs, their adjuncts, and the shapes of an attribution."""

    verbs: frozenset[str]                   # verbs that report speech ("said", "told")
    zero_that_verbs: frozenset[str]         # verbs that introduce content without a complementizer
    addressee_verbs: frozenset[str]         # verbs whose addressee comes before the content ("told")
    addressees: tuple[str, ...]             # common addressees in lower case ("reporters")
    adjunct: Pattern                        # adjuncts after a reporting verb ("in a statement on Saturday")
    tail_prepositions: tuple[str, ...]      # may open a phrase after a trailing reporting verb ("of")
    modality: dict[str, str]                # reporting verb -> modality it gives its content
    discourse_markers: tuple[str, ...]      # glue that opens a sentence ("But", "Separately")
    pronouns: frozenset[str]                # pronouns that can be a source ("he said")
    source_pronouns: frozenset[str]         # pronouns of content that refer to the reporter
    adding: Pattern                         # more content of the same source (", adding that")
    according: Pattern                      # "according to SOURCE"
    according_verb: str                     # the verb an "according to" attribution reports with
    purpose_clause: Pattern                 # a purpose clause inside a source ("... to retake the city")
    leading_adverbial: Pattern              # an adverbial before the source ("In Iraq, ...")
    source_relative: Pattern                # a relative clause inside a source (", which monitors ...")
    perfect: Pattern                        # a perfect auxiliary between source and verb ("has said")
    content_opener: Pattern                 # a clause start after a bare reporting verb ("said they ...")
    finite_verb: Pattern                    # a finite verb in the content after a bare reporting verb
    main_clause_before: Pattern             # a main clause before a reporting verb: not a source
    trim_prepositions: tuple[str, ...]      # open a phrase that may be cut from a source ("from")
    lemmas: frozenset[str] = frozenset()    # lemmas of the reporting verbs, as the parser gives them ("say")
    quoted: Pattern | None = None           # "X was quoted as saying (that)", "Y quoted X as saying": groups src_subj, src_obj
    noun_determiner: Pattern | None = None  # a determiner ending the text before a time expression ("the ")
    dated_noun: Pattern | None = None       # a noun right after a time expression ("[the August 7] bombings"); group genitive
    #: hesitation words of transcribed speech ("uh"): a paragraph holding one is a sound bite of the last source named
    fillers: frozenset[str] = frozenset()
    #: a speaker's label opening a quotation in a transcript ("McCurry on Friday: ``I want ..."); group src
    label: Pattern | None = None
    source_participle: Pattern | None = None    # a participle's phrase after a source's name (", facing a squeeze")


@dataclass(frozen=True, eq=False)
class ModalityWords:
    """Markers of a forecast, a supposition or a denial (each a pattern of alternatives)."""

    forecast: Pattern                       # future and prospective markers ("will", "expects")
    hypothetical: Pattern                   # conditions, modal perfects ("if", "could have been")
    conditional: Pattern                    # a bare conditional: supposed unless dated after publication
    negation: Pattern                       # negation ("not", "never", "failed to")
    indirect_questions: frozenset[str]      # the object of a negation or a forecast before it ("whether")
    #: UD features of the predicate's own tokens (the parser's morphology) that make a forecast or a
    #: bare conditional, for languages that tell them by endings (Spanish "atacará": ``Tense=Fut``)
    forecast_features: frozenset[str] = frozenset()
    conditional_features: frozenset[str] = frozenset()
    #: verb forms that call off what they govern: a date of that ("an increase planned for Oct. 15") is denied
    cancelling: frozenset[str] = frozenset()
    #: a simple present of a state is no happening ("the plate is really full today"): the lemmas of verbs
    #: that tell a state ("exist"), and the words a copula's predicate may be that tell a change ("is over")
    stative_verbs: frozenset[str] = frozenset()
    frequency: frozenset[str] = frozenset()     # adverbs of frequency, and determiners ("every week"): a habit
    #: verb forms that propose what their non-finite complement says ("suggested pushing the return back to
    #: 2028", "urged him to make a deal"): a date of that is of a supposition, not of a happening
    proposing: frozenset[str] = frozenset()
    #: the adjectives of a possibility whose clause is supposed ("it's possible the car could arrive"): hypothetical
    possibility: frozenset[str] = frozenset()
    change_predicates: frozenset[str] = frozenset()
    #: a negated past happening ("did not say", "had never agreed", "at no point"): what a report that
    #: denies says; a report of a negative opinion ("the people aren't buying it") is no denial (None: any negation)
    denial: Pattern | None = None
    #: a negated plan ("did not plan to remove him"): what is planned is denied, not forecast (None: none)
    negated_plans: Pattern | None = None
    #: verbs of opinion that raise a negation ("I don't think he can win"): what they govern is denied
    neg_raising: frozenset[str] = frozenset()
    #: words that open a subordinate clause (relative pronouns, complementizers, interrogatives): in a clause
    #: read without a parse, the markers of one after the date are that clause's ("approved in 1987 that didn't ...")
    subordinators: frozenset[str] = frozenset()
    #: verb forms that ask an indirect question ("are investigating whether ..."): the asking is the clause's
    asking: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class DatingWords:
    """How an event relates to the time expression that dates it, and which clause it dates."""

    relations: dict[str, str]               # preposition before a time expression -> relation code
    point_prepositions: tuple[str, ...]     # place an event at its date ("on", "in", "at")
    duration_prepositions: frozenset[str]   # make a duration date an event ("within days")
    deadline_prepositions: tuple[str, ...]  # a deadline before a date ("postponed to", "by")
    genitives: tuple[str, ...]              # a time expression followed by one heads a noun phrase
    coordination: Pattern                   # what joins coordinated time expressions ("today or tomorrow")
    relative_start: Pattern                 # a relative clause that needs its antecedent ("which ...")
    undated_vague: Pattern | None = None    # a vague time that dates no happening ("in the future")
    lede_news: Pattern | None = None        # an undated lede told as the day's news ("X has agreed ...")
    lede_past: Pattern | None = None        # the tense of a lede with no time expression that is the day's news too ("X was named")
    lede_report: Pattern | None = None      # a lede with no time expression told as a report of the day ("X said ...")
    lede_simple_past: Pattern | None = None  # a lede's main clause dated only by background clauses ("X expelled ...")
    soon_relative: Pattern | None = None    # "shortly after the arrest": groups dir (after/before), noun
    lookback: Pattern | None = None         # a period counted back from now, no look-ahead ("the past two years")
    story_offset: Pattern | None = None     # counted from the story's last date, not today ("two days later")
    date_step: Pattern | None = None        # a step from the date after it ("the day after [Christmas]"): groups unit, dir
    reader_address: Pattern | None = None   # a newsletter's line to its reader, no news ("the news you need to know")
    section_heading: Pattern | None = None  # a round-up's section heading line ("US FALLS")
    section_label: Pattern | None = None    # a round-up item's opening label ("Wild 4, Sabres 1: ")
    section_result: Pattern | None = None   # a round-up item that is a result line ("Palm Bay d. Rockledge 70-44")
    same_time: Pattern | None = None        # "that same day": the story's last happening's time, whatever its grain
    anchor_clause: Pattern | None = None    # "the day he was killed": group verb, the anchor happening's
    compared: Pattern | None = None         # a figure compared with, its date next: "up from 20% [last year]"
    adjoined_marks: frozenset[str] = frozenset()   # an adverbial clause's happening a framing predicate dates ("after")
    preceding_marks: frozenset[str] = frozenset()  # an adverbial clause told as what came before its dated host ("after")
    compared_lead: Pattern | None = None    # a comparison before a date premodifying its figure: "compared with a [year-ago] loss"
    compared_after: Pattern | None = None   # that figure after the date: "loss of $2 million" (group figure)
    compared_base: Pattern | None = None    # a date compared with, no figure: "rose 5% from [a year ago]"
    compared_copula: dict[str, str] = field(default_factory=dict)   # "past"/"present" + "-plural": "was", "were"
    value_verbs: frozenset[str] = frozenset()   # lemmas whose subject a figure measures ("rise", "be")
    stating_verbs: frozenset[str] = frozenset()  # past forms whose object is a figure of the subject ("earned")
    figure: Pattern | None = None           # a figure of a report ("$368.5 million", "8%"): undated ones go on with the period
    amount: Pattern | None = None           # a sum in millions: a period's figure, no day's market move
    figure_verbs: frozenset[str] = frozenset()  # past forms telling a figure beside value and stating verbs ("closed")
    market_nouns: frozenset[str] = frozenset()  # nouns of market prices ("shares"): their moves are a day's
    market_close: Pattern | None = None     # a listed stock's day of trading ("closed at $29", "in composite trading")
    section_news: Pattern | None = None     # an undated round-up item told as the day's result ("Argentina beat Chile")
    sequel: Pattern | None = None           # dated by the story's last happening ("Afterwards, ...", "at the time")
    perfect_undated: bool = False           # a present perfect takes no past point ("*has won in May"): such a date is another verb's
    ranked_possessive: Pattern | None = None  # after a time expression: 's and a superlative it bounds ("the year's best")
    #: a vague time ahead next to a modal, in a sentence with no date ("may soon seek"): group ``when`` or
    #: ``when2`` holds its words; it dates a forecast FUTURE_REF
    vague_future: Pattern | None = None
    #: a noun of a happening -> the stems of the words that tell it in another form ("death" -> "kill",
    #: "died"): "the day after his death" names the killing the article told
    event_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: a vague time ("recently", "in the past", "now", "in the future") that dates a happening when the
    #: tree shows it modifying an eventive predicate (:mod:`chrono.events.vague`); None: such times date none
    vague_dating: Pattern | None = None
    #: forms of the verbs of beginning: "now" dates the present of one ("are now beginning to report")
    inceptive_verbs: frozenset[str] = frozenset()
    #: forms of the verbs of ending: a relative clause of one on the setting of a happening only ends the
    #: setting ("won in a marathon series that ended at 2 a.m. on Wednesday"): its date is the happening's
    terminative_verbs: frozenset[str] = frozenset()
    #: adverbs of closeness right before a preceding mark ("soon after"): the host of a dated "after" clause so
    #: opened happened on that date too ("Trump tweeted soon after the committee concluded its hearing on Tuesday")
    close_before: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class NominalWords:
    """Events named by noun phrases: "the Sept. 25 referendum", "including the attacks in Paris"."""

    premodifier_before: Pattern             # what stands before a time expression that premodifies a noun
    list_openers: tuple[str, ...]           # open an example list after a comma ("including")
    subordinators: tuple[str, ...]          # a subject starts after the last of these
    #: the head words of names of happenings: a year before a name with none ("the 2020 Sentra") names a
    #: model or an edition and dates nothing; "the 2020 Bangkok International Motor Show" is dated
    named_happenings: frozenset[str] = frozenset()


@dataclass(frozen=True, eq=False)
class HeadlineWords:
    """What a headline drops, and how it reads a first-person quotation as a report."""

    drop_words: frozenset[str]              # hedging adverbs ("reportedly")
    leading_subordinators: tuple[str, ...]  # dropped from the start ("after forces retook" -> "Forces retook")
    dateline: Pattern                       # a wire dateline ("BEIRUT (Reuters) - ")
    quotation_marks: Pattern                # quotation marks, not apostrophes
    first_person: frozenset[str]            # first-person subject pronouns ("we")
    first_person_passive: dict[str, str]    # verb after "we" -> its participle ("expect" -> "expected")
    first_person_adverbs: frozenset[str]    # may stand between the pronoun and its verb ("still")
    object_words: frozenset[str]            # after the verb, leave nothing to report ("We expect it")
    infinitive: Pattern                     # an infinitive after an object ("the talks to last")
    trim_cues: tuple[str, ...]              # openers of trailing adjuncts, most cuttable first
    name: Pattern                           # a proper name, with its particles ("al-Assad")
    place_noun: Pattern                     # a place noun before a name ("the city of ")
    mid_appositive: Pattern                 # an appositive set off by commas (", a coalition of ..., ")
    place_aside: Pattern | None = None      # a company's city and state after its name (", Peoria, Ill., ")
    close_adverb: Pattern | None = None     # an adverb of closeness that measures the clause after it ("[soon] after")
    stranded_clause: Pattern | None = None  # a fragment: a clause cut after its subject ("... is that Elian")
    caption: Pattern | None = None          # a photo caption written as a sentence: no event ("In this file photo")
    dangling_ends: frozenset[str] = frozenset()     # words no headline ends with ("pushed into" a cut date)
    purpose_tail: Pattern | None = None     # a phrase of a purpose left without its complement ("in a bid", "on behalf")
    fronted_participle: Pattern | None = None       # a fronted participial phrase to its comma ("Tired of waiting, ")
    definite_article: str = ""              # stands for a possessor cut out ("last weekend's call" -> "the call")
    indefinite_articles: tuple[str, str] = ()       # the forms before a consonant and a vowel sound ("a", "an")
    vowel_sound: Pattern | None = None      # a word that opens with a vowel sound ("hour", not "union")
    agreement: dict[str, tuple[str, str]] = field(default_factory=dict)  # a verb form -> its (singular, plural)
    agent_marker: str = ""                  # names the owner of a nominal event ("a research report by Fadem")
    passive_auxiliary: tuple[str, str] = ()  # (singular, plural): "companies selected" -> "companies were selected"
    gerund_past: Callable[[str], str] | None = None     # a gerund -> its simple past ("clinching" -> "clinched")
    past_examples: tuple[tuple[str, str], ...] = ()  # (gerund, past)
    possessive_ends: tuple[str, ...] = ()  # the endings of a possessor ("'s"): no headline ends with one
    deadline_verbs: frozenset[str] = frozenset()    # verb forms whose date is a deadline argument ("has until May to")
    partitives: frozenset[str] = frozenset()        # nouns of a part whose date stays with them ("part of Sunday night")
    kept_phrases: frozenset[str] = frozenset()      # phrases whose drop word stays ("break even")
    per_share: Pattern | None = None        # a figure's per-share aside, or what a cut left of it: dropped
    possessive: tuple[str, str] = ()        # what makes a possessor of a noun phrase, and of one ending in "s"


@dataclass(frozen=True)
class Stemming:
    """A crude stemmer: lowercase, no clitic, no common suffix, at most ``length`` letters.

    The first of ``suffixes`` that the word ends with is cut if more than ``min_rest`` letters
    remain; ``examples`` are ``(word, stem)`` pairs.
    """

    clitics: tuple[str, ...]
    suffixes: tuple[str, ...]
    min_rest: int
    length: int
    examples: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, eq=False)
class MergeWords:
    """What makes two headlines of one day tell the same event."""

    stopwords: frozenset[str]               # words that carry no content
    common_names: frozenset[str]            # capitalised words too common to identify an event
    kinds: dict[str, tuple[str, ...]]       # kind of happening -> words that tell it
    stemming: Stemming
    kind_examples: tuple[tuple[str, str, bool], ...] = ()   # (headline, headline, merged?)
    sole_kinds: frozenset[str] = frozenset()  # kinds merging only with their own ("condemned": a reaction)
    occasions: frozenset[str] = frozenset()  # kinds naming a dated occasion (a hearing): one a day in a document
    occasion_markers: frozenset[str] = frozenset()  # words placing a mention at the occasion ("at", "'s")
    alternatives: frozenset[str] = frozenset()  # words offering a second date for one happening ("or", "likely")
    alternative_examples: tuple[tuple[str, bool], ...] = ()  # (words between two dates, alternatives?)
    time_relatives: frozenset[str] = frozenset()  # words opening a clause on the time just named ("..., when")
    perfect: frozenset[str] = frozenset()  # auxiliaries of a perfect, a state dated since ("had been known")


@dataclass(frozen=True, eq=False)
class MentionWords:
    """The nouns, proper nouns and adjectives that name an event wherever they stand, as TimeML marks them
    ("attack", "talks", "war"; :mod:`chrono.events.mentions`): lower-cased forms by UPOS, learnt from TimeML
    gold (``training/event_words.py``). ``examples``: sentences with the words a tagger marks in them."""

    forms: dict[str, frozenset[str]]
    examples: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def marks(self, pos: str, form: str) -> bool:
        """Whether a word of this part of speech and (lower-cased) form names an event."""
        return form in self.forms.get(pos, ())


@dataclass(frozen=True, eq=False)
class EventWords:
    """Everything the event layer and the merge know of a language.

    ``examples`` are ``(kind, input, expected)`` decisions: ``modality`` (a clause's modality),
    ``relation`` (a preposition's relation), ``verb`` (whether a word is a verb form: yes/no).
    """

    syntax: SyntaxWords
    reporting: ReportingWords
    modality: ModalityWords
    dating: DatingWords
    nominal: NominalWords
    headline: HeadlineWords
    merge: MergeWords
    examples: tuple[tuple[str, str, str], ...] = field(default=())
    mentions: MentionWords | None = None        # the words of every event TimeML marks (None: verbs only)

    def patterns(self) -> Iterator[tuple[str, Pattern]]:
        """Every pattern of the pack, with its name (``group.field``): to run their examples."""
        for group in fields(self):
            value = getattr(self, group.name)
            for entry in fields(value) if is_dataclass(value) else ():
                pattern = getattr(value, entry.name)
                if isinstance(pattern, Pattern):
                    yield f"{group.name}.{entry.name}", pattern


__all__ = ["DatingWords", "EventWords", "HeadlineWords", "MentionWords", "MergeWords", "ModalityWords", "NominalWords", "Pattern",
           "ReportingWords", "Stemming", "SyntaxWords"]
