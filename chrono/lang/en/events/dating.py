"""English for dating events: prepositions of time, coordinated dates, events named by noun phrases."""
from __future__ import annotations

from ...events import DatingWords, NominalWords, Pattern
from .compared import (AMOUNT, COMPARED, COMPARED_AFTER, COMPARED_BASE, COMPARED_COPULA, COMPARED_LEAD, FIGURE,
                       FIGURE_VERBS, MARKET_CLOSE, MARKET_NOUNS, STATING_VERBS, VALUE_VERBS)
from .ledes import LEDE_REPORT, LEDE_SIMPLE_PAST

#: Adverbs of closeness before "after" or "before" ("soon after", "shortly before"): what they open happened close
#: to its host (the host of a dated "after" clause so opened happened then too), and they go with it in a headline.
CLOSE_ADVERBS = frozenset({"soon", "shortly", "immediately", "just", "right"})

#: Preposition (lowercase, as it stands before the time expression) -> relation.
RELATION_PREPOSITIONS: dict[str, str] = {
    "since": "since", "ever since": "since",
    "until": "until", "till": "until", "up to": "until", "up until": "until", "through": "until",
    "before": "before", "prior to": "before", "by": "before", "ahead of": "before", "earlier than": "before",
    "after": "after", "following": "after", "later than": "after", "from": "since",
    "during": "during", "throughout": "during", "within": "during", "over": "during", "in the course of": "during",
    "in": "on", "on": "on", "at": "on", "of": "on", "as of": "on",
}

#: Prepositions that make a DURATION date an event ("within days", "in the coming weeks").
DURATION_DATING_PREPOSITIONS: frozenset[str] = frozenset({"within", "in", "in the next", "in the coming"})

#: Openers of an example list after a comma: a time expression inside the list dates the listed
#: noun phrase, not the clause ("planned attacks abroad, including the attacks in Paris in
#: November 2015 that killed 130 people" -> "The attacks in Paris that killed 130 people").
LIST_OPENERS: tuple[str, ...] = ("including", "such as", "among them", "notably", "especially")

#: The words that tell a killing, whatever noun names it ("the shooting", "the slaying", "his death").
_KILLING: tuple[str, ...] = ("die", "dead", "kill", "slay", "slain", "shot", "shoot", "murder", "gunned",
                             "assassinat")

DATING = DatingWords(
    relations=RELATION_PREPOSITIONS,
    point_prepositions=("on", "in", "at"),
    duration_prepositions=DURATION_DATING_PREPOSITIONS,
    deadline_prepositions=("to", "for", "till", "until", "by", "before", "from"),
    genitives=("of",),
    # A range word after a comma joins no range: "its bid, due to expire last Thursday, to Nov. 6".
    coordination=Pattern(r"^(?:[\s,]*(?:(?:or|and|-|–|—)[\s,]*)?|\s*(?:to|through|till|until|ended|ending)\s*)"
                         r"(?:(?:(?:more|most|less)\s+)?(?:likely|probably|possibly|perhaps|maybe|even)\s+)?"
                         r"(?:early|late|mid)?[\s,]*$",
                         examples=((" or ", " or "), (" and early ", " and early "), ("-", "-"), (" ended ", " ended "),
                                   (", and more likely ", ", and more likely "), (" or perhaps ", " or perhaps ")),
                         misses=(" the army said on ", ", to "), ignore_case=True),
    relative_start=Pattern(r"\s*(?:which|who)\s+", examples=(("which had been held by IS", "which "),),
                           ignore_case=True),
    # "the future" is no time of a happening: "take steps to avoid them in the future" (but "soon",
    # "in the days ahead" date a forecast; a predicate's own "will" or "could" makes "in the future" one:
    # ``vague_dating``); nor is "as soon as possible", the urgency of a wish or a plan ("urged him to make
    # a deal as soon as possible")
    undated_vague=Pattern(r"\bfuture\b|\bas\s+soon\s+as\s+(?:possible|practicable|feasible)\b",
                          examples=(("the near future", "future"), ("as soon as possible", "as soon as possible")),
                          misses=("soon", "the days ahead", "as soon as Friday"), ignore_case=True),
    # An undated first sentence told in the present perfect or the present progressive is the day's
    # news ("Jose Mourinho has agreed a deal", "WeWork is reportedly being investigated", "shares are
    # dropping"), and so is the past passive of a wire brief's lede with no time expression at all
    # (``lede_past``: "X was named chairman", "two men were arrested"), and its simple past on the main
    # verb (``lede_simple_past``: "holders adopted a rights plan"); a state or a plan is not ("is set to
    # raise", "are still", "was supposed to be signed").
    # Right after (or before) a happening the article dated: "shortly after the arrest" takes the
    # arrest's date.
    # "The day after his death" is the next day (group ``step``).
    soon_relative=Pattern(
        r"\b(?:(?P<step>the\s+day)|shortly|soon|just|immediately|right)\s+(?P<dir>after|before)\s+"
        r"(?:the|his|her|their|its)\s+(?P<noun>[a-z][\w\-]{3,})\b"
        r"(?!\s+(?:was|were|is|are|had|has|have|would|will|could|did)\b)",   # (a clause's subject: "the universe was born")
        examples=(("Ocasio-Cortez shortly after the arrest linked", "shortly after the arrest"),
                  ("soon after the vote", "soon after the vote"),
                  ("showed up the day after his death", "the day after his death")),
        misses=("shortly after 5 p.m.", "soon after taking office", "shortly after the universe was born"), ignore_case=True),
    # "soon" next to a modal dates a forecast of a sentence with no date: "prosecutors may soon seek an
    # indictment", "it soon will begin selling" (not "Dr. Soon-Shiong", "soon after the vote", "offer it soon").
    vague_future=Pattern(
        r"\b(?:will|would|may|might|could|should|can|must|shall)\s+(?P<when>soon)\b(?!-)"
        r"|\b(?P<when2>soon)(?=\s+(?:will|would|may|might|could|should|can|must|shall)\b)",
        examples=(("they may soon seek an indictment", "may soon"), ("it soon will begin selling", "soon")),
        misses=("Dr. Patrick Soon-Shiong", "soon after the vote", "offer a true experience soon",
                "as soon as it can", "Answers began to roll in soon")),
    # A vague time (the whole time expression) that dates a happening when it modifies an eventive
    # predicate of a main clause (chrono/events/vague.py reads the tree): "Milton Roy recently fended off
    # overtures", "in the past it considered a merger", "in recent years the market has moved", "I changed
    # it several weeks ago", "police are now beginning to report", "his firm will be recommending it in the
    # future" (not "the current rates", "the former king", "until now", "for now").
    vague_dating=Pattern(
        r"^(?:(?:more|most|only|just|very|quite)\s+){0,2}recently$|^lately$|^the\s+past$"
        r"|^recent\s+(?:days|weeks|months|years|decades)$|^(?:[a-z]+\s+){0,2}(?:days|weeks|months|years)\s+ago$"
        r"|^now$|^currently$|^the\s+(?:near\s+|distant\s+|foreseeable\s+)?future$|^(?:last|this|next)\s+season$",
        examples=(("recently", "recently"), ("More recently", "More recently"), ("the past", "the past"),
                  ("recent weeks", "recent weeks"), ("several weeks ago", "several weeks ago"), ("now", "now"),
                  ("the near future", "the near future"), ("last season", "last season")),
        misses=("current", "former", "the past two years", "recent", "the days ahead", "right now"),
        ignore_case=True),
    inceptive_verbs=frozenset({"begin", "begins", "beginning", "began", "begun", "start", "starts", "starting",
                               "started", "commence", "commences", "commencing", "commenced"}),
    terminative_verbs=frozenset({"ended", "ends", "finished", "finishes", "concluded", "concludes", "wrapped"}),
    # Nouns of happenings told by words of another stem: "the day after his death" after "was shot".
    # A killing is told by any of its kind's words: "ten days before the shooting" after "was slain".
    event_nouns={**{k: _KILLING for k in ("death", "killing", "shooting", "slaying", "murder", "assassination")},
                 "birth": ("born",), "sale": ("sold", "sell"), "loss": ("lost", "lose"), "flight": ("flew", "fly"),
                 "departure": ("left", "depart"), "theft": ("stole", "steal"), "speech": ("spoke", "speak")},
    # A present perfect takes no past point ("*have provided it in May"): a past date the parser hung
    # on one is that of a simple past between them ("have provided all the money NASA requested in May").
    perfect_undated=True,
    # A period counted back from now dates no happening: "did not have that physical done in the past
    # two years", "in recent weeks" (a look-back, never the look-ahead of "in two years").
    lookback=Pattern(r"^(?:the\s+)?(?:past|last|previous|preceding|recent)\b|^the\s+first\b",
                     examples=(("the past two years", "the past"), ("recent weeks", "recent"),
                               ("the last two months", "the last"),
                               ("the first nine months", "the first")),     # (of the year: a period, not ahead)
                     misses=("two years", "the next two years", "the coming weeks"), ignore_case=True),
    # A day or a week from the date right after it: "the day after Christmas", "the week before the Oct. 12 crash"
    # (matched on the words before that date, up to it).
    date_step=Pattern(r"\bthe\s+(?P<unit>day|week)\s+(?P<dir>after|before)\s+(?:the\s+)?$",
                      examples=(("He left the day after ", "the day after "), ("in the week before the ", "the week before the ")),
                      misses=("the day after his death ", "every day before "), ignore_case=True),
    # Counted from the story's last date, not from the publication day: "Two days later, the rebels
    # withdrew", "a week earlier", "The following day" (but "two days from now", "next week" are today's).
    story_offset=Pattern(r"\b(?:later|earlier|afterwards?)$|^the\s+(?:following|next)\s+(?:day|morning|evening|night)$"
                         r"|^the\s+following\s+(?:week|month|year)$",
                         examples=(("Two days later", "later"), ("a week earlier", "earlier"),
                                   ("the following day", "the following day"), ("the next morning", "the next morning")),
                         misses=("two days from now", "next week", "two days ago", "the next week"), ignore_case=True),
    # The time of the story's last happening, not today: "that same day", "the same day", "that night".
    same_time=Pattern(r"^(?:that\s+(?:same\s+|very\s+)?|the\s+(?:same|very)\s+)(?:day|night|morning|evening|afternoon)$"
                      r"|^(?:that|the)\s+same\s+(?:week|month|year)$",
                      examples=(("that same day", "that same day"), ("the same day", "the same day"),
                                ("that night", "that night")),
                      misses=("the day", "this day", "the same", "that same day next year"), ignore_case=True),
    lede_news=Pattern(
        r"(?:\b(?:has|have)|(?<=[a-z])['’]ve)\s+(?:[a-z]+ly\s+)?(?:been|won|lost|made|struck|hit|found|left|sold|bought|cut"
        r"|begun|put|taken|given|shown|chosen|written|broken|drawn|thrown|fallen|risen|told|sent|paid|built|brought"
        r"|caught|[a-z]{3,}ed)\b"
        r"|\b(?:is|are)\s+(?:[a-z]+ly\s+)?(?:being\s+[a-z]{3,}(?:ed|en)\b|(?!going\b)[a-z]{3,}ing\b)",
        examples=(("Jose Mourinho has agreed a deal", "has agreed"),
                  ("WeWork is reportedly being investigated by", "is reportedly being investigated"),
                  ("Shares of Home Depot are dropping in trading", "are dropping"),
                  ("there has been news on the film", "has been"),
                  ("Now they've put out another statement", "'ve put"),
                  ("the carmaker has taken the covers off its new sedan", "has taken")),
        misses=("Alibaba is set to raise up to $12.9bn", "The Doobie Brothers are still smoking.",
                "Rafael Nadal kept Spain's hopes alive", "it is going to rain", "it's coming to an end",
                "Sondland is likely to be unpredictable", "the crossover has become the car of choice")),
    lede_report=LEDE_REPORT,
    lede_simple_past=LEDE_SIMPLE_PAST,
    lede_past=Pattern(r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\b(?!\s+to\b)",
                      examples=(("H. Marshall Schwarz was named chairman of U.S. Trust", "was named"),
                                ("Two men were arrested", "were arrested")),
                      misses=("A trade deal was supposed to be signed", "The launch was scheduled to happen",
                              "Rafael Nadal kept Spain's hopes alive")),
    # A briefing's line to its reader: it tells no happening, and the story starts after it.
    reader_address=Pattern(
        r"\b(?:what|things?|news|stories)\s+(?:that\s+)?you\s+(?:need|want|ought|should)\s+to\s+know\b"
        r"|^\s*(?:good\s+(?:morning|afternoon|evening)|welcome\s+to|(?:here\s+is|here['’]s|here\s+are)\s+"
        r"(?:what|your|the\s+(?:latest|news|stories)))\b",
        examples=(("This is the tech news you need to know this Tuesday.", "news you need to know"),
                  ("Good morning! Here are the stories", "Good morning"),
                  ("Here's what you need to know today", "Here's what"),
                  ("Welcome to the Morning Briefing.", "Welcome to")),
        misses=("Investors need to know the figures by Friday", "Here is the museum where it happened",
                "She said it was good news for the morning show", "You need to see it"), ignore_case=True),
    # A round-up of the day's results: each item opens a section (after a heading line in capitals, or
    # behind a score label) and tells its result undated, in the simple past: the day's news too.
    section_heading=Pattern(r"^(?:[A-Z][A-Z0-9.'’&\-]*\s+){0,4}[A-Z][A-Z0-9.'’&\-]+$",
                            examples=(("US FALLS", "US FALLS"), ("KAZAKHSTAN WINS AGAIN", "KAZAKHSTAN WINS AGAIN")),
                            misses=("Pittsburgh", "US falls to Canada", "THE UNITED STATES LOST TO CANADA IN THE CUP")),
    # A time named by a happening told in a clause: "crossed out the day he was killed", "the night they
    # were arrested" (the passive of a happening done to someone; its day is that happening's).
    anchor_clause=Pattern(r"\bthe\s+(?:very\s+|same\s+)?(?:day|night|morning|evening|afternoon)\s+(?:that\s+|when\s+)?"
                          r"(?:he|she|they|we|it|[A-Z][a-z]+)\s+(?:was|were)\s+(?P<verb>[a-z]{2,}(?:ed|en|wn|ot|in))\b",
                          examples=(("was crossed out the day he was killed.", "the day he was killed"),
                                    ("the night they were arrested", "the night they were arrested"),
                                    ("on the morning that Smith was shot", "the morning that Smith was shot")),
                          misses=("the day he was there", "the day was killed", "the day it was quiet")),
    # What opens an adverbial clause whose happening a framing predicate dates: "were mixed Tuesday after CNBC
    # reported ...", "That's the view of Reed on Nov. 14 after the deal was approved" (chrono/events/adjoined.py).
    adjoined_marks=frozenset({"after", "as", "while"}),
    # What opens an adverbial clause told as a happening before its dated host: "Shares fell Tuesday after the
    # company cut its guidance": the cut, before Tuesday's fall (chrono/events/afterward.py).
    preceding_marks=frozenset({"after"}),
    close_before=CLOSE_ADVERBS,
    compared=COMPARED, compared_lead=COMPARED_LEAD, compared_after=COMPARED_AFTER, compared_base=COMPARED_BASE, compared_copula=COMPARED_COPULA, value_verbs=VALUE_VERBS,
    stating_verbs=STATING_VERBS, figure=FIGURE, amount=AMOUNT, figure_verbs=FIGURE_VERBS, market_nouns=MARKET_NOUNS,
    market_close=MARKET_CLOSE,
    section_label=Pattern(r"^(?:[A-Z][\w.'’\-]*\s+){1,3}\d+,\s+(?:[A-Z][\w.'’\-]*\s+){1,3}\d+:\s",
                          examples=(("Wild 4, Sabres 1: Zach Parise scored twice", "Wild 4, Sabres 1: "),
                                    ("Blue Jackets 5, Canadiens 2: Dubois had two goals", "Blue Jackets 5, Canadiens 2: ")),
                          misses=("Chapter 4: the plan", "In 2019, Minnesota beat Buffalo", "Nelson's goal lifts Isles")),
    # A line that is a result, a round-up item of its own: "Palm Bay d. Rockledge 70-44", "Heritage def. Titusville".
    section_result=Pattern(r"^(?:[A-Z][\w.'’\-]*\s+){1,4}(?:d|def)\.\s+(?:[A-Z][\w.'’\-]*\s*){1,4}(?:\d+-\d+)?\s*$",
                           examples=(("Palm Bay d. Rockledge 70-44", "Palm Bay d. Rockledge 70-44"),
                                     ("Merritt Island d. Titusville", "Merritt Island d. Titusville"),
                                     ("Palm Bay Magnet def. Astronaut 5-0", "Palm Bay Magnet def. Astronaut 5-0")),
                           misses=("Palm Bay (1-0): Tolivert 25 points.", "Rockledge 14 11 6 15 — 44",
                                   "Vitamin d. Researchers found it helps.")),
    section_news=Pattern(
        r"^[^,;:]*?\b(?:[a-z]{2,}ed|beat|won|lost|got|took|fell|rose|struck|led|came|held|gave|ran|hit|swept|threw"
        r"|d(?=\.\s)|def(?=\.\s))\b",
        examples=(("The United States lost to Canada", "The United States lost"),
                  ("Argentina comfortably got past Chile 3-0", "Argentina comfortably got"),
                  ("Zach Parise scored twice, and Minnesota beat Buffalo", "Zach Parise scored"),
                  ("Palm Bay d. Rockledge 70-44", "Palm Bay d")),
        misses=("Spain will be back in action", "The Panthers are 6-2-1 in their past nine games",
                "Serbia takes on Japan")),
    # What follows the story's last happening, or what stood at its time, without a date of its own: a
    # sentence opened by "Afterwards," / "Subsequently," / "Later," / "Then," / "By then,"; "hours later",
    # "within hours" (group ``day``: the story's last day-dated happening; "days later" is no day); an
    # adverb of sequence before a verb (group ``verb``, which the code checks is a past form: "The doctor
    # subsequently prescribed"); "at the time" (not "at the time of", "at the time when"; opening a
    # sentence, only before a comma: "At the time Howes was captured, ..." names its own time). Not a bare
    # "then" or "later" before a verb: "then needed to sit", "later crewed missions", "he later asked"
    # tell habits, plans and asides as often as the story's next step. "also" before a past in -ed
    # (group ``also``: "Freeh also ordered ...") adds a step to the previous sentence's happening, of
    # its date (the code takes it only in a main clause, right after a dated sentence).
    sequel=Pattern(
        r"^\s*(?:afterwards?|subsequently|later|then|thereafter|(?:soon|shortly)\s+(?:after(?:wards?)?|thereafter)"
        r"|not\s+long\s+after(?:wards?)?|after\s+that|by\s+then)(?=\s*,)"
        r"|(?P<day>^\s*within\s+(?:hours|minutes)(?=\s*,)|\b(?:hours|minutes|moments|seconds)\s+(?:later|afterwards?)\b)"
        r"|\b(?:subsequently|afterwards?|thereafter)(?=\s+(?P<verb>[a-z]+)\b)"
        r"|(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bhad\s)"
        r"\balso(?=\s+(?P<also>[a-z]{3,}ed)\b)"
        r"|^\s*at\s+(?:the|that)\s+time(?=\s*,)|(?<=\w\s)at\s+(?:the|that)\s+time\b(?!\s+(?:of|when)\b)",
        examples=(("Afterwards, the team gave their first impressions", "Afterwards"),
                  ("The nurse subsequently moved him to a ward", "subsequently"),
                  ("In a letter at the time she called it unfair", "at the time"),
                  ("Later, the mayor apologised", "Later"),
                  ("Police arrested him a few hours later.", "hours later"),
                  ("Freeh also ordered the inquiry", "also")),
        misses=("at the time of the attack", "a later date", "things did not get better afterwards.",
                "Two days later the rebels withdrew", "then there is the question", "at the time when he left",
                "a stepping stone to later crewed missions", "and then needed to rest",
                "At the time the guard was hired, the bank had no alarm", "Days later, the talks collapsed",
                "He also said it would", "It is also expected to rise", "They have also agreed"),
        ignore_case=True),
    # A time expression in the possessive before a superlative bounds a comparison, as "of the year"
    # after one does, and dates no happening: "easily the year's best song", "last season's biggest
    # upset" (but "Tuesday's vote", "2016's Star Trek Beyond" name a dated happening or release).
    ranked_possessive=Pattern(
        r"['’]s\s+(?:single\s+|very\s+)?(?:best|worst|biggest|largest|greatest|highest|lowest|strongest|weakest"
        r"|hottest|coldest|wettest|driest|busiest|longest|shortest|fastest|deadliest|costliest|most|least|top)\b",
        examples=(("’s best original movie song", "’s best"), ("'s biggest upset", "'s biggest"),
                  ("'s most watched game", "'s most")),
        misses=("'s vote", "’s Star Trek Beyond", "'s first game", "s best"), ignore_case=True),
)

NOMINAL = NominalWords(
    premodifier_before=Pattern(
        r"(?:\b(?:the|a|an|last|this)|\b[A-Z][\w.\-]*['’]s)\s+(?:planned\s+|scheduled\s+|upcoming\s+|disputed\s+)?$",
        examples=(("annulled the result of the ", "the "), ("ahead of the planned ", "the planned "),
                  ("questions about Trump’s ", "Trump’s ")),
        misses=("annulled the result on ",), ignore_case=True),
    list_openers=LIST_OPENERS,
    subordinators=("that", "which", "who", "because", "as", "while", "when", "whether", "if"),
    # "the 2020 Olympics", "the 2019 Tour de France", "the 2020 Bangkok International Motor Show" (not "the
    # 2020 Sentra", a model year): tests/test_events_precision.py
    named_happenings=frozenset({
        "show", "festival", "fest", "fair", "expo", "exhibition", "biennale", "games", "olympics", "olympiad",
        "paralympics", "cup", "championship", "championships", "open", "masters", "tournament", "league", "final",
        "finals", "playoffs", "series", "bowl", "derby", "classic", "race", "marathon", "prix", "rally", "tour",
        "draft", "awards", "oscars", "grammys", "emmys", "globes", "election", "elections", "primary", "primaries",
        "caucus", "caucuses", "referendum", "convention", "conference", "congress", "summit", "forum", "meeting",
        "week", "day", "season", "census", "budget", "act", "war", "crisis", "attack", "attacks", "earthquake",
        "hurricane", "storm", "flood", "fire", "strike", "march", "parade", "gala", "concert", "ceremony",
        "launch", "mission", "debate", "hearing", "trial", "contest", "competition", "edition", "jamboree"}),
)
