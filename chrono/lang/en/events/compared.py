"""English for comparison figures: "up from 633.8 million francs last year", "from an estimated $470 million
this year", "compared with 3,200 in 1995". The date after such a figure dates the figure, not its clause."""
from __future__ import annotations

from ...events import Pattern

_NUMBER = (r"(?:[$£€¥]\s?|(?:US|C|A|HK|NZ)\$\s?)?(?:\d(?:[\d,.]*\d)?|one|two|three|four|five|six|seven|eight|nine|ten"
           r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+dozen|a\s+handful)")
_UNIT = r"(?:\s*%|\s+(?!(?:in|at|on|during|for|by|of|and|or|the|a|an)\b)[a-z][a-z\-]*)"

#: Text before a time expression that ends with a figure compared with: its ``figure`` group.
COMPARED = Pattern(
    r"(?:\b(?:up|down|higher|lower)\b(?:\s+[\d.,]+\s*(?:%|percent|points?))?\s+)?"
    r"\b(?:from|compared\s+(?:with|to)|against|versus)\s+"
    r"(?P<figure>(?:an?\s+)?(?:(?:estimated|expected|revised|projected|restated)\s+)?"
    r"(?:(?:net\s+)?(?:loss|profit|gain|deficit|surplus|income|earnings)\s+of\s+)?" + _NUMBER + _UNIT + r"{0,3})"
    r"(?:\s*,\s*or\s+" + _NUMBER + r"(?:\s+[A-Za-z]+){0,3}\s+a\s+share\s*,)?"   # ", or $1.40 a share,"
    r"(?:\s+(?:in|during|for|at))?\s*,?\s*$",
    examples=(("profit is likely to be 4.7 billion francs, up from 633.8 million francs ",
               "up from 633.8 million francs "),
              ("will rise slightly, Mr. Marous said, from an estimated $470 million ", "from an estimated $470 million "),
              ("to 25% of total corporate sales from 20% ", "from 20% "),
              ("It has 13 facilities, up from seven ", "up from seven "),
              ("employs 5,000 people, compared with 3,200 in ", "compared with 3,200 in "),
              ("a dividend of 4.6 pence, up 15% from 4 pence ", "up 15% from 4 pence "),
              ("net was $306 million, compared with a loss of $195 million in ",
               "compared with a loss of $195 million in "),
              ("net jumped to $87 million, or $2.02 a share, from $58 million, or $1.40 a share, ",
               "from $58 million, or $1.40 a share, "),
              ("from $52.2 million, or 48 cents a share, in ", "from $52.2 million, or 48 cents a share, in "),
              ("compared with C$18.1 million, or 21 Canadian cents a share, ",
               "compared with C$18.1 million, or 21 Canadian cents a share, ")),
    misses=("The company was founded ", "moved its headquarters from Boston ", "rose to $2 billion ",
            "from 9 a.m. to 5 p.m. ", "said the shares sold from ", "rose 5% from "),
)

#: Text before a time expression that premodifies a figure compared with ("compared with a [year-earlier] loss of
#: $26,956"): the comparison and the figure's article (``article``); the figure follows the date (``COMPARED_AFTER``).
COMPARED_LEAD = Pattern(
    r"\b(?:from|compared\s+(?:with|to)|against|versus)\s+(?P<article>(?:an?|the)\s+)?$",
    examples=(("a loss of $158,666 in the third quarter, compared with a ", "compared with a "),
              ("net income of $5 million, compared with ", "compared with ")),
    misses=("said it had a ", "compared with a loss of $195 million in "),
)

#: Text after a time expression that premodifies a figure compared with: the figure (``figure``) the date dates,
#: the period's own words left out ("[year-earlier] third-quarter net income of $967,809" -> "net income of $967,809").
COMPARED_AFTER = Pattern(
    r"^\s*(?:(?:first|second|third|fourth)-quarter\s+|(?:three|six|nine|12|twelve)-month\s+|fiscal\s+|period\s+)?"
    r"(?P<figure>(?:net\s+)?(?:loss|profit|gain|deficit|surplus|income|earnings|net|sales|revenue|revenues)"
    r"\s+of\s+" + _NUMBER + _UNIT + r"{0,3})",
    examples=((" loss of $26,956, or two cents a share.", " loss of $26,956"),
              (" third-quarter net income of $967,809, or 62 cents", " third-quarter net income of $967,809"),
              (" net of $77.2 million", " net of $77.2 million")),
    misses=(" loss was $26,956", " results included a gain", " quarter, the company had a loss of $2 million"),
)

#: Text before a time expression that is itself what a change is measured from, with no figure: the
#: date dates nothing ("profit grew 19% from a year ago": the growth is of the period reported on).
COMPARED_BASE = Pattern(
    r"(?:\b\d[\d.,]*\s*(?:%|percent|points?)\s+(?:from|over|than)|\b(?:higher|lower|better|worse)\s+than)"
    r"\s+(?:(?:in|during)\s+)?$",
    examples=(("third-quarter profit grew a robust 19% from ", "19% from "),
              ("left wages 3.8 percent higher than ", "higher than "),
              ("oil prices higher than ", "higher than "),
              ("sales were up 12% over ", "12% over "),
              ("fell 8.4% from ", "8.4% from ")),
    misses=("rose to $2 billion ", "moved its headquarters from ", "up from $58 million ", "from 9 a.m. to ",
            "more than ", "said the shares sold from ", "Oil prices have come down from "),
)

#: A figure of a report of results: an amount of money, a percentage, points, a price in cents ("fell 8% to
#: $368.5 million", "closed at 362 pence", "2.46 billion guilders"); an undated sentence holding one after a dated
#: figure goes on with its period (chrono/events/follow_on.py). Not a bare count ("13 facilities").
FIGURE = Pattern(
    r"(?:[$£€¥]|\b(?:US|C|A|HK|NZ)\$)\s?\d(?:[\d,.]*\d)?|\b\d[\d,.]*\s*(?:%|percent\b|points?\b|cents?\b|pence\b"
    r"|(?:million|billion|trillion)\s+(?:guilders|marks|francs|yen|pounds|lire|pesetas|kronor|dollars|yuan|rupees|shares)\b)",
    examples=(("Sales rose 8% to $368.5 million", "8%"), ("closed at $29, up 25 cents", "$29"),
              ("Shares rose 15 pence to 362 pence", "15 pence"), ("were 2.46 billion guilders", "2.46 billion guilders"),
              ("The Dow gained 72.24 points", "72.24 points"), ("revenue of C$291.6 million", "C$291.6"),
              ("volume totaled 175.2 million shares", "175.2 million shares"), ("rose 6.2 percent", "6.2 percent")),
    misses=("It has 13 facilities", "in 1989", "Kimberly-Clark attributed the gain", "two million people",
            "The quarter-to-quarter comparison"),
)

#: A sum of money in millions (not a count of shares traded): figures of a period's report, not of a day's market
#: ("Sales fell 20% to $722 million" is no move of the day's close before it).
AMOUNT = Pattern(r"\b(?:million|billion|trillion)\b(?!\s+shares\b)",
                 examples=(("Sales fell 20% to $722 million", "million"), ("profit of 2.46 billion guilders", "billion")),
                 misses=("volume of about 3.5 million shares", "closed at $29, up 25 cents"))

#: The past forms that tell a figure of their subject beside ``VALUE_VERBS`` and ``STATING_VERBS``: a follow-on
#: figure's predicate ("GM Class H closed at $29", "Catastrophe losses reduced net income by $50 million").
FIGURE_VERBS = frozenset({"closed", "ended", "finished", "reduced", "totaled", "totalled", "amounted"})
#: Nouns of a market's prices: "Bethlehem shares rose 50 cents" is a move of a day, not a period's figure.
MARKET_NOUNS = frozenset({"share", "shares", "stock", "stocks"})

#: A listed stock's day of trading: its close or the exchange it moved on ("GM Class H closed at $29, up 25 cents",
#: "rose 15 pence to 362 pence in London trading", "fell 50 cents to close at $36.125"): told with no date, the
#: story's trading day (chrono/events/market_day.py).
MARKET_CLOSE = Pattern(
    r"\b(?:closed|ended|finished)\s+(?:(?:up|down|off|unchanged|higher|lower)\s+(?:[\w$.,/ ]{1,25}?\s+)?)?at\s+(?:[$£]|[A-Z]{1,2}\$|\d)"
    r"|\bto\s+close\s+at\b"
    r"|\b(?:composite|over-the-counter|Big\s+Board|Stock\s+Exchange|Nasdaq)\s+trading\b"
    r"|\b(?:on|in)\s+(?:the\s+)?(?:(?:New\s+York|American|London|Tokyo|Toronto|Paris|Frankfurt)(?:'s)?\s+Stock\s+Exchange|Big\s+Board)\b",
    examples=(("GM Class H closed at $29, up 25 cents", "closed at $"),
              ("Magna shares closed up 37.5 Canadian cents at C$9.625", "closed up 37.5 Canadian cents at C$"),
              ("Dow Jones shares fell 50 cents to close at $36.125", "to close at"),
              ("rose 87.5 cents to $38.875 on the New York Stock Exchange", "on the New York Stock Exchange"),
              ("closed unchanged at $18.375 in NYSE composite trading", "closed unchanged at $"),
              ("McCaw shares fell $2.50 in Nasdaq trading", "Nasdaq trading"),
              ("GM Class E fell 75 cents to $52.25 on the Big Board", "on the Big Board")),
    misses=("The plant closed in 1989", "The offer closed at midnight Friday", "The company ended the year with a loss",
            "sales rose 8% to $368.5 million"))

#: The copula that states a compared figure of its subject, by tense and number.
COMPARED_COPULA = {"past": "was", "past-plural": "were", "present": "is", "present-plural": "are"}

#: Predicates whose subject the figure measures: "profit is likely to be X, up from Y", "sales rose to X from Y".
_VALUE_LEMMAS = ("rise", "grow", "fall", "drop", "climb", "increase", "decrease", "decline", "jump", "gain",
                 "total", "reach", "slip", "surge", "soar", "plunge", "slump", "tumble", "edge", "advance", "dip",
                 "sink", "swell", "shrink", "expand", "widen", "narrow", "improve")
_IRREGULAR = ("be", "is", "are", "was", "were", "been", "being", "rose", "risen", "grew", "grown", "fell", "fallen",
              "sank", "sunk", "swelled", "swollen", "shrank", "shrunk")


def _forms(lemma: str) -> tuple[str, ...]:
    """A regular verb's forms: "rise" -> "rises", "rised", "rising"; "drop" -> "dropped", "dropping"."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    if lemma in ("drop", "slip", "dip"):
        stem = lemma + lemma[-1]
    return lemma, lemma + "s", stem + "ed", stem + "ing"


#: Predicates (past forms) whose object is a figure of their subject: "X earned $45.2 million, compared with $84.9
#: million a year earlier" states the year-earlier figure with the same verb, "X earned $84.9 million".
STATING_VERBS = frozenset({"earned", "posted", "reported", "recorded", "lost", "netted", "booked", "showed", "had"})

#: Predicates (lemmas and forms) whose subject the figure measures: "profit is likely to be X, up from Y".
VALUE_VERBS = frozenset(_IRREGULAR + tuple(f for lemma in _VALUE_LEMMAS for f in _forms(lemma)))
