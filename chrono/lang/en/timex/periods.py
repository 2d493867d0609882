"""English rules of periods in short or fractional forms, spliced into the rule table of ``rules.py``
(examples as there): quarters written "Q3", "Q1 2019", "3Q19"; fractions of a century ("a quarter
century", "half a century") as the years they count (TimeML: P25Y, P50Y); a sentence opened by a part
of the day ("In the morning, ..."), in news the part of the day spoken of.
"""
from __future__ import annotations

from ...timex import Rule

SHORT_QUARTERS: tuple[Rule, ...] = (
    Rule("quarter_code", r"{B}(?:(?:(?P<year0>{YEAR})\s+)?(?-i:Q)(?P<q>[1-4])(?:['’](?P<yy>\d\d)|\s+(?:of\s+)?(?P<year>{YEAR}))?"
                         r"|(?P<q2>[1-4])(?-i:Q)(?P<yy2>\d\d))(?![\w-])",
         "DATE", "quarter_code", (
             ("Revenue rose 4% in Q3, the company said.", "2019-11-19", "Q3", "2019-Q3", "DATE"),
             ("Sales were weak in Q1 2019.", "2019-11-19", "Q1 2019", "2019-Q1", "DATE"),
             ("Its 3Q19 sales grew.", "2019-11-19", "3Q19", "2019-Q3", "DATE"),
             ("Margins fell in Q4'18.", "2019-11-19", "Q4'18", "2018-Q4", "DATE"),
         ), mods="range", triggers=('num',), reach=16, reports_quarter=True),
)

CENTURY_FRACTIONS: tuple[Rule, ...] = (
    Rule("quarter_century", r"{B}(?:(?:a\s+)?quarter\s+of\s+a\s+|a\s+quarter[\s-])century(?![\w-])",
         "DURATION", "fixed", (
             ("Turnout was the lowest in nearly a quarter century.", "2019-11-19", "nearly a quarter century", "P25Y", "DURATION"),
             ("It had not happened in a quarter of a century.", "2019-11-19", "a quarter of a century", "P25Y", "DURATION"),
         ), mods="quant", params={"value": "P25Y"}, triggers=('century',), reach=32),
    Rule("half_century", r"{B}(?:half\s+a\s+|a\s+half[\s-])century(?![\w-])",
         "DURATION", "fixed", (
             ("The treaty has held for half a century.", "2019-11-19", "half a century", "P50Y", "DURATION"),
             ("It ended a half-century of rule.", "2019-11-19", "a half-century", "P50Y", "DURATION"),
         ), mods="quant", params={"value": "P50Y"}, triggers=('century',), reach=32),
)


PARTS_OF_DAY: tuple[Rule, ...] = (
    Rule("opening_part_of_day", r"{B}(?-i:In)\s+(?P<x>the\s+(?P<unit>morning|afternoon|evening))(?=\s*,)",
         "DATE", "that_unit", (
             ("In the afternoon, the envoy testified.", "2019-11-19", "the afternoon", "2019-11-19TAF", "TIME"),
             ("The hearing opened on Tuesday. In the evening, Volker spoke.", "2019-11-20",
              "the evening", "2019-11-19TEV", "TIME"),
         ), triggers=('deictic',)),
)
