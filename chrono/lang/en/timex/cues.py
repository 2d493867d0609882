"""English cues of the tagger: modifiers, the words around a match that builders weigh, macros,
trigger words.

Each cue is read by one builder of :mod:`chrono.timex.build` (named in the comment) or by the engine
(the modifiers); the rule examples in ``rules.py`` exercise them.
"""
from __future__ import annotations

import re

from ...timex import BuildCues, ModifierWords, trigger_words
from . import lexicon as lx
from .. import dateline

MODIFIERS = ModifierWords(
    range=lx.RANGE_MODS,
    quant=lx.QUANT_MODS,
    article="the",
    # TimeML leaves these outside the extent ("about five hours" tags "five hours")
    outside=frozenset({"about", "around", "approximately", "roughly", "some", "only", "just", "barely",
                       "an estimated", "close to"}),
    need_number=frozenset({"some", "over", "under", "only", "just", "barely"}),
    number_start=re.compile(r"\s*(?:a|an|\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)\b",
                            re.IGNORECASE),
    detached=frozenset({"earlier", "later"}),
    attaches=re.compile(r"(?:(?:this|next|last)\s+(?:year|month|quarter)|that\s+(?:day|week|month|year)|the\s+(?:year|month)"
                        r"|yesterday)\b", re.IGNORECASE),
    # only a date said of the clause, after its preposition ("On 9 June 2014, ...", "in June 2014"),
    # tells a story or takes its year; one that names a thing ("the Dec. 21, 1988, bombing") is background
    adverbial_before=re.compile(r"(?<![\w-])(?:on|in|during|since|from|until|till|through|after|before)\s+\Z",
                                re.IGNORECASE),
    # in news, a period's start ("have fallen since March 2012") lends its year to no later month
    period_start_before=re.compile(r"(?<![\w-])(?:ever\s+)?since\s+\Z", re.IGNORECASE),
)

_DIRECTIONS = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "preceding": -1, "next": 1,
               "coming": 1, "following": 1, "same": 0, "latest": 0, "prior": -1, "this past": -1}

CUES = BuildCues(
    # date, month_ok: "May I", "March on", "Theresa May"
    ambiguous_months=frozenset({"may", "march"}),
    before_month=frozenset({"in", "of", "since", "until", "till", "by", "from", "to", "through", "last", "next",
                            "this", "early", "late", "mid", "mid-", "during", "before", "after", "between", "and",
                            "or", "that", "each", "every", "on", "for", "around", "about", "past", "coming", "end",
                            "beginning", "start", "middle", "late-", "early-", "earlier", "later", "in-", "as"}),
    name_titles=re.compile(r"(?:Mrs?|Ms|Dr|Miss|Prime|Minister|Theresa|Brian|Rep|Sen|Gov)\.?$"),
    sentence_after_name=re.compile(r"\s+(?:[A-Z][a-z]+day|The|A|In|On|At|But|And|He|She|It|They|We)\b"),
    amount_after=re.compile(r"\s*(?:%|percent|points?)"),
    determiner_before=re.compile(r"\b(?:the|an?|its|their|his|her)\s+\Z", re.IGNORECASE),
    # year: "about 1500 people", "Windows 2000", "0735 GMT", "1990 elections"
    not_before_year=frozenset({"about", "some", "than", "nearly", "almost", "approximately", "roughly", "around",
                               "only", "just", "no.", "number", "flight", "route", "page", "room", "at", "ft",
                               "over", "under", "top", "with", "highway", "model", "boeing", "airbus", "windows",
                               "version", "$"}),
    year_prepositions=frozenset({"since", "in", "by", "until", "till", "before", "after", "during", "through",
                                 "throughout", "from"}),
    before_year_in_name=frozenset({"fiscal", "fy", "calendar", "year", "class", "spring", "summer", "autumn",
                                   "fall", "winter", "mid"}),
    clock_after_year=re.compile(r"\s*(?:GMT|UTC|Z\b|hrs\b|local\s+time)"),
    measure_after=re.compile(r"\s*(?:[-–]\s*)?(?:feet|ft|meters|metres|miles|km|kg|pounds|tons|points|percent|per\b|m\b|mph)"),
    noun_after_year=re.compile(r"\s*(?:[-–]\s*)?(?:[a-z]+s\b(?<!'s)|feet|ft|meters|metres|miles|km|kg|pounds|tons|points|"
                               r"percent|per\b|hours|m\b|mph)"
                               r"|\s*(?:[x×]\s*\d|(?:million|billion|trillion|thousand|hundred)\b"      # "1920 x 1080", "2019 million"
                               r"|(?i:k?cal|mg|ml|mm|cm|gb|mb|tb|kw|mw|gw|kwh|mah)\b)"),
    year_nouns=re.compile(r"\s*(?:levels|lows|highs|has|was|is|sales|results|figures|earnings|elections|games|"
                          r"olympics|budgets|numbers|levels|plans|as|this|its|his|hers|theirs|ours)\b"),
    year_prefix_mods={"pre": "BEFORE", "post": "AFTER"},
    open_before=re.compile(r"earlier|before"),
    # fiscal_year: "the 1988 period"; the_unit: "the year ended Sept. 30"
    period_end=re.compile(r"(?:period|quarter)$", re.IGNORECASE),
    period_ended_after=re.compile(r"\s+(?:ended|ending|to\s+(?:the\s+end|[A-Z]|\d)|through\s+[A-Z])"),
    # decade: "the nineties"; "in his 30s" is an age
    decade_words={"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                  "eighties": 8, "nineties": 9},
    age_words=frozenset({"his", "her", "their", "my", "your", "our", "early", "mid", "late"}),
    age_before=re.compile(r"(?:his|her|their|my|your|our)\s+(?:(?:early|mid|late)[\s-]+)?$", re.IGNORECASE),
    # quarter, quarter_relative
    quarter_ordinals={"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
                      "final": 4, "last": 4},
    game_context=re.compile(r"\b(?:touchdowns?|field goals?|yards?|quarterbacks?|interceptions?|fumbles?|rebounds?"
                            r"|halftime|half-time|overtime|innings?|3-pointers?|free throws?|goals?|scored|scoring"
                            r"|the game|(?:\d{1,3}|\w+)-point lead)\b", re.IGNORECASE),
    quarter_directions={
        "corresponding": (None, 0), "comparable": (None, 0),
        "year earlier": ("year", -1), "year ago": ("year", -1), "prior year": ("year", -1),
        "year before": ("year", -1), "previous year": ("year", -1), "last year's": ("year", -1),
        "same": ("year", 0),
        "latest": ("quarter", -1), "recent": ("quarter", -1), "most recent": ("quarter", -1),
        "this": ("quarter", 0), "current": ("quarter", 0),
        "last": ("quarter", -1), "previous": ("quarter", -1), "past": ("quarter", -1),
        "preceding": ("quarter", -1), "prior": ("quarter", -1),
        "next": ("quarter", 1), "coming": ("quarter", 1), "following": ("quarter", 1),
    },
    vague_period_nouns=frozenset({"period"}),
    quarter_nouns=frozenset({"quarter", "period"}),
    # season: "fall" is a verb too
    ambiguous_seasons=frozenset({"fall"}),
    before_season=frozenset({"in", "during", "since", "until", "by", "through", "early", "late", "mid", "this"}),
    before_ambiguous_season=frozenset({"in", "the", "this", "during", "since"}),
    # month_relative, relative_unit, quarter, half, season, holiday, weekday, part_of_day
    directions=_DIRECTIONS,
    anaphoric_directions={"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1, "the preceding": -1},
    anaphoric_units=frozenset({"following", "previous", "preceding", "same", "prior"}),
    span_directions=frozenset({"past", "next", "coming", "following", "previous", "preceding"}),
    span_units=frozenset({"decade", "century"}),
    same_words=frozenset({"same"}),
    # deictic_day, clock, noon
    deictic_days={"today": (0, None), "tomorrow": (1, None), "yesterday": (-1, None), "tonight": (0, "TNI"),
                  "the day before yesterday": (-2, None), "the day after tomorrow": (2, None)},
    generic_deictic=frozenset({"today", "tomorrow"}),
    generic_nouns_after=re.compile(r"['’]s\s+(?:\w+\s+)?(?:world|society|youth|young|generations?|kids|children|teenagers|"
                                   r"parents|families|culture|standards|technology|computers|economy|consumers|"
                                   r"workers|workplace|students|women|men|people|leaders|America|Americans|Europe)\b"),
    generic_of_before=re.compile(r"\b(?:of|for)\s*$"),
    generic_noun_of_before=re.compile(r"\b(?:the|our|their)\s+\w+\s+(?:of|for)\s*$"),
    # ago: sign, and whether it counts from the last mentioned date
    ago_directions={"ago": (-1, False), "earlier": (-1, True), "later": (1, True), "from now": (1, False),
                    "hence": (1, False), "on": (1, True),
                    # narratives: "five days after the fall of Girona", "two years before,"
                    "after": (1, True), "before": (-1, True)},
    day_prepositions=frozenset({"on"}),
    comparison_after=re.compile(r"\s+than\b"),
    utc_zones=frozenset({"GMT", "UTC", "Z"}),
    # "the night of <date>" stays out: TimeBank tags the date alone ("the night of [Oct. 23]",
    # 1998-10-23, both times), WikiWars (TIMEX2) the whole ("the night of 20 June 1791",
    # 1791-06-20TNI). The engine takes it in when this cue is given, e.g.
    # re.compile(r"(?<![\w-])(?:the\s+)?(?P<part>morning|afternoon|evening|night)\s+of\s+\Z", re.I)
    # as it does in narratives, which follow WikiWars ("the morning of April 19", 1775-04-19TMO)
    duration_of_date_narrative=re.compile(r"\s+of\s+"),
    part_of_date_before_narrative=re.compile(r"(?<![\w-])(?:the\s+)?(?P<part>morning|afternoon|evening|night)\s+of\s+\Z",
                                             re.I),
    part_of_day_directions={"this": 0, "yesterday": -1, "tomorrow": 1, "last": -1, "early this": 0, "late this": 0,
                            "later this": 0, "earlier this": 0, "the": 0, "today": 0, "the next": 1,
                            "the following": 1, "the previous": -1},
    # TimeBank and AQUAINT type "Friday night" and "Tuesday morning" DATE (14 of 18), "Friday
    # evening" and "Friday afternoon" TIME as TimeML does
    date_parts=frozenset({"morning", "night"}),
    night_only_directions=frozenset({"last"}),
    not_before_noon=frozenset({"high"}),
    clock_pm="p",
    clock_am="a",
    # weekday: "Saturday Night Live", "Friday Night Lights", "Good Friday" (words as written)
    weekday_in_title=re.compile(r"\s+(?:Night|Morning|Evening|Afternoon)\s+[A-Z]"),
    weekday_name_after=re.compile(r"\s+(?!The\b|A\b|In\b|On\b|At\b)[A-Z][a-z]"),
    weekday_name_before=frozenset({"Good", "Black", "Super", "Cyber", "Bloody", "Ash", "Holy", "Palm", "Easter",
                                   "Maundy"}),
    possessive_after=re.compile(r"['\u2019]s\b"),
    # ranges: "14 August-24 August", "26 June - 4 August 1952", "August and September 1914", "15 to 22 February"
    range_between=re.compile(r"\s*(?:[-\u2013\u2014]|to|through|until|till|and|or)\s*"),
    # policy: a wire story's dateline, an upper-case place (and agency) before a dash
    dateline=dateline.OPENING,
    # duration, the_plural, vague_duration, ref
    age_after=re.compile(r"[\s-]+old\b"),
    of_after=re.compile(r"\s+of\b"),
    indefinite=frozenset({"a", "an"}),
    year_determiners=frozenset({"a", "an", "the"}),
    determiners=re.compile(r"(?:the|a|an)\s+", re.IGNORECASE),
    keep_determiner=frozenset({"a", "an", "few"}),
    # what makes "a year" a rate (SET): an amount before it ("$5 a year", "50,000 barrels a day")
    rate_before=re.compile(r"(?:\d|times|once|twice|per|\$\S*|million|billion|trillion|thousand|hundred|dozens?|"
                           r"dollars|cents|barrels|tons|shares|percent)\s*\Z", re.IGNORECASE),
    around_event_after=re.compile(r"\s+(?:just\s+|immediately\s+)?(?:before|after|leading|preceding)"),
    before_vague_duration=frozenset({"for", "within", "in", "over", "after", "lasted", "last", "lasting", "took",
                                     "take", "takes", "spent", "spend", "than", "of"}),
    recent=frozenset({"recent"}),
    coming=frozenset({"coming", "next"}),
    articles=frozenset({"the"}),
    adjective_refs=frozenset({"present"}),
    ref_noun_after=re.compile(r"\s+(?:day|time|moment|era|period|level)"),
    topic_refs=frozenset({"the future", "the past"}),
    ordinal_refs_after=frozenset({"the", "its", "his", "her", "their", "our", "my", "your", "a"}),
)

#: Building blocks of English patterns, beside those :mod:`chrono.timex.patterns` makes from the tables.
MACROS = {
    "DAY": r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?",
    # a year said in words: "nineteen ninety-four"
    "YEARW": r"(?:(?:nineteen|twenty)[\s-]+(?:{TENS}[\s-]{DIGIT}|{TENS}|ten|eleven|twelve|thirteen|fourteen|fifteen"
             r"|sixteen|seventeen|eighteen|nineteen))",
    "TZ": r"(?-i:GMT|UTC|EST|EDT|CST|CDT|MST|MDT|PST|PDT|CET|CEST|BST|ET|PT|CT|MT)\b",
    "CLOCK": r"(?:(?:1[0-2]|0?[1-9])(?::[0-5]\d)?\s*(?:[ap]\.\s?m\.?|[AP]\.\s?M\.?|[ap]m\b|[AP]M\b)"
             r"|(?:[01]?\d|2[0-3]):[0-5]\d(?=\s*(?:GMT|UTC|EST|EDT|CST|CDT|PST|PDT|local|hours|h\b))"
             # a 24-hour time without a zone: "03:00hrs", "shot at 10:57"
             r"|(?:[01]?\d|2[0-3]):[0-5]\d\s*hrs?\b|(?<=\bat\s)(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]|[.,]\d))",
    # after a date, a hyphen that does not open the other end of a range ("August-based", not "August-September")
    "NOT_RANGE": r"[-–](?!\s*(?:\d|{MONTH_FULL}\b|{SEASON}\b))",
    # the second end of a range of years after a hyphen: "-17", "-1780"
    "YEAR_END": r"(?:\d\d|{YEAR})(?![\w%/'-]|[.,:]\d)",
    # eras: "BC", "B.C.", "BCE"; "AD", "A.D.", "CE"
    "ERA_BC": r"(?-i:B\.C\.E\.|B\.C\.?|BCE|BC)(?!\w)",       # "B.C" too: "(149 B.C to 146 B.C)"
    "ERA_AD": r"(?-i:A\.D\.?|AD|CE)(?!\w)",
}


def _triggers() -> dict[str, frozenset[str]]:
    """Word classes that trigger rules: lower-case words (letters only) per class."""
    units = trigger_words(lx.UNITS, lx.CALENDAR_UNITS, extra=("centuries", "millennia", "weekend", "year", "week"))
    units = units | {u + "s" for u in units} | {u + "long" for u in ("hour", "day", "week", "month", "year")}
    weekdays = trigger_words(lx.WEEKDAYS)
    return {
        "month": trigger_words(lx.MONTHS),
        "weekday": weekdays | {d + "s" for d in weekdays},
        "unit": units,
        "quarter": frozenset({"quarter", "quarters", "period", "half", "fiscal"}),
        "century": frozenset({"century", "centuries"}),
        "season": trigger_words(lx.SEASONS),
        # not "of": every name with it has a rarer word ("Fourth of July")
        # the words before an apostrophe too ("Mother's Day": the tokens are "Mother" and "s"), and
        # "year" for "New Year's"
        "holiday": (trigger_words(lx.HOLIDAYS) - {"day", "s", "new", "eve", "of"})
                   | {w.split("'")[0] for w in trigger_words(lx.HOLIDAYS) if "'" in w},
        "yearword": frozenset(lx.CENTURY_WORDS) | {"thousand", "twenties", "thirties", "forties", "fifties", "sixties",
                                                     "seventies", "eighties", "nineties"},
        "deictic": frozenset({"today", "tomorrow", "yesterday", "tonight", "morning", "afternoon", "evening",
                              "night", "noon", "midnight", "midday", "overnight", "day", "week", "month",
                              "year"}),
        "set": trigger_words(lx.SETS, extra=("every", "each", "once", "twice", "thrice", "times")),
        "ref": trigger_words(lx.REFS) - {"the", "at", "as", "a", "in", "this", "these", "right"},
        # the references of narratives (TIMEX2): "the former king", "future wars", "recent conflict"
        "narrative_ref": frozenset({"former", "formerly", "recent", "future", "night", "daytime"}),
        "vague": frozenset({"time", "while", "period"}),
        # eras: "BC", "BCE", "AD", "CE", and the letters of "B.C." and "A.D." (not "a")
        "era": frozenset({"bc", "bce", "ad", "ce", "b", "d"}),
    }


TRIGGERS = _triggers()
