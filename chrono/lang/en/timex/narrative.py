"""The English rules of narratives only (:attr:`chrono.lang.timex.Rule.narrative`): the TIMEX2
conventions of histories (WikiWars) that news corpora (TimeBank) do not follow. They run only in
texts resolved as narratives; ``rules.py`` puts them at the end of the rule table. Examples as there,
tagged as a narrative.
"""
from __future__ import annotations

from ...timex import Rule

NARRATIVE_RULES: tuple[Rule, ...] = (
    # ------------------------------------------------------------------ narratives only (TIMEX2)
    # the references a history's annotation takes that news corpora leave out
    Rule("narrative_past", r"{B}(?:former|formerly|recent)(?![\w-])", "DATE", "fixed", (
        ("The former king fled to Varennes.", "2009-12-19", "former", "PAST_REF", "DATE"),
        ("Despite recent conflict between the two nations, they allied.", "2009-12-19", "recent", "PAST_REF", "DATE"),
    ), params={"value": "PAST_REF"}, triggers=('narrative_ref',), narrative=True),
    Rule("narrative_future", r"{B}future(?=\s+[a-z])", "DATE", "fixed", (
        ("The treaty was meant to prevent future wars.", "2009-12-19", "future", "FUTURE_REF", "DATE"),
    ), params={"value": "FUTURE_REF"}, triggers=('narrative_ref',), narrative=True),
    # a part of day with no day ("moved only at night", "daytime flights"): any day's
    Rule("narrative_night", r"{B}night(?![\w-]|\s+of\b)|(?<![\w-])night(?=-[a-z])", "TIME", "fixed", (
        ("The columns moved only at night.", "2009-12-19", "night", "XXXX-XX-XXTNI", "TIME"),
        ("They were adept at night fighting.", "2009-12-19", "night", "XXXX-XX-XXTNI", "TIME"),
    ), params={"value": "XXXX-XX-XXTNI"}, triggers=('narrative_ref',), narrative=True),
    Rule("narrative_daytime", r"{B}daytime(?![\w-])", "TIME", "fixed", (
        ("Bombers halted most daytime road traffic.", "2009-12-19", "daytime", "XXXX-XX-XXTDT", "TIME"),
    ), params={"value": "XXXX-XX-XXTDT"}, triggers=('narrative_ref',), narrative=True),
    # a count of units after or before an event, to the end of its clause: the last date moved
    # ("Five days after the fall of Girona, ...", "Two years before, ..."); never over a date, nor
    # after "for" ("for about a week before moving back": a duration)
    Rule("event_offset", r"{B}(?<!\bfor\s)(?<!\bfor\sabout\s)(?:(?P<num>{NUMWORD}|{DIGITS})\s+|the\s+(?={UNIT}\s))(?P<unit>{UNIT})s?\s+(?P<dir>after|before)"
                         r"(?:\s+(?!{MONTH}|{WEEKDAY}|\d)(?:(?!{MONTH}\b|\d)[^,;.:()\"\n]){2,60}?)?"
                         r"(?=\s*[,;.:()\"\n]|\s+and\s)",
         "DATE", "ago", (
             ("Girona fell on 5 February 1939. Five days after the fall of Girona, the last resistance collapsed.",
              "2009-12-19", "Five days after the fall of Girona", "1939-02-10", "DATE"),
             ("The battle ended on 8 August 1918. The day after the battle, Ludendorff wrote.",
              "2009-12-19", "The day after the battle", "1918-08-09", "DATE"),
             ("In 1948 the war went on. Two years before, the French had refused the proposal.",
              "2009-12-19", "Two years before", "1946", "DATE"),
         ), mods="both", triggers=('unit',), reach=150, narrative=True),
)
