"""Builders of durations, sets and vague references: "three years", "decades-long", "every week",
"twice a day", "recent years", "the days ahead"."""
from __future__ import annotations

import re

from ..grammar import Grammar
from ..patterns import lookup
from ..spec import Spec, SpecKind
from .common import (builder, capitalised_name, duration_value, fixed_duration, group, is_plural, month_number,
                     next_text, number, prev_word, singular, unit_code, words_of)


def _not_a_duration(g: Grammar, m: re.Match, n, num_s: str, letter: str, is_time: bool) -> bool:
    """An age ("a 6-year-old"), a fraction ("a quarter of"), "a second group", a huge number."""
    cues = g.cues
    nxt = next_text(m, 12)
    if cues.age_after.match(nxt):
        return True              # ages: "a 6-year-old", "the 30 year old"
    unit = m.group("unit")
    if letter == "Q" and (cues.of_after.match(nxt) or "-" in m.group(0)
                          or (n is not None and n < 4 and is_plural(g, unit.lower()))):
        return True              # fractions: "three-quarters of", "a quarter of the market"
    if letter == "S" and is_time and num_s.strip().lower() in cues.indefinite:
        return True              # "a second group"
    if re.search(r"\d{4}\s*[-\u2013]\s*\Z", m.string[max(0, m.start("num") - 8):m.start("num")]):
        return True              # the second end of a range of years: "the 1957-58 season"
    return isinstance(n, (int, float)) and n is not None and n > 10000


@builder
def duration(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    cues = g.cues
    num_s = m.group("num")
    n = number(g, num_s)
    unit = m.group("unit")
    letter, is_time = unit_code(g, unit) or ("", False)
    if _not_a_duration(g, m, n, num_s, letter, is_time):
        return None
    if num_s and num_s.strip().lower() in cues.indefinite and cues.rate_before.search(m.string, max(0, m.start() - 24), m.start()):
        v = duration_value(g, 1, unit)
        return Spec.fixed(v, type="SET") if v else None     # "$5 a year", "twice a day"
    adj = (group(m, "adj") or "").lower()
    tail = m.string[m.end("unit"):m.end()].lower()
    plural = any(tail.startswith(s) for s in g.words.plural_suffixes) or is_plural(g, unit.lower())
    if isinstance(n, int) and 1000 <= n <= 2099 and not plural and "-" not in m.group(0):
        return None              # a year before a noun: "the 1988 quarter", "the 1990 season"
    if group(m, "half") and n is not None:
        n += 0.5                 # "a minute and a half"
        if letter == "M" and is_time:
            return Spec.fixed(f"PT{int(n)}M30S")
    v = duration_value(g, n, unit)
    if v is None:
        return None
    skip = 0
    det = cues.determiners.match(m.group(0))
    adjectival = not plural and (n is None or n != 1 or "-" in m.group(0)[m.start("num") - m.start():])
    if det and adjectival and not adj and num_s.lower() not in cues.keep_determiner:
        skip = det.end()                  # "a 16-hour flight" tags "16-hour"
    mod = "APPROX" if group(m, "orso") or group(m, "num2") else None          # "two years or so", "two to three weeks"
    return Spec.fixed(v, skip=skip, mod=mod)


@builder
def long_duration(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    """"decades-long" (PXY, decades counted in years as the annotators do), "day-long" (P1D), "two-week-long" (P2W): adjectival durations."""
    n = number(g, group(m, "num")) if group(m, "num") else (None if group(m, "pl") else 1)
    return fixed_duration(g, n, m.group("unit"))


@builder
def the_plural(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    """"in the weeks before the shooting": the bare plural unit (TimeML leaves "the" out), a date
    around the event (the month of the last mentioned date); "the years that followed": a duration."""
    if g.cues.around_event_after.match(next_text(m)) and unit_code(g, m.group("unit")) in (("D", False), ("W", False)):
        return Spec(SpecKind.PREVIOUS, unit="month", type="DATE")
    return fixed_duration(g, None, m.group("unit"))


@builder
def ordinal_day(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    """"the second day of the offensive", "his first day in office": a day counted from an event,
    taken as the day of the reference (the anchor in news)."""
    unit = m.group("unit").lower()
    if lookup(g.words.calendar_units, unit) == "week":
        return Spec(SpecKind.OFFSET, unit="week", n=0)
    part = g.words.parts_of_day.get(unit)
    return Spec(SpecKind.OFFSET, unit="day", n=0, time="T" + part if part else None)


@builder
def vague_duration(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    """Bare plural units: "within days" (PXD), "for years" (PXY)."""
    cues = g.cues
    unit = m.group("unit")
    adj = (group(m, "adj") or "").lower()
    if not adj and prev_word(m).lower() not in cues.before_vague_duration:
        return None
    if adj in cues.recent and lookup(g.words.calendar_units, unit) == "year":
        return Spec.fixed("PAST_REF")      # "recent years"; "recent weeks" is PXW (annotators' use)
    if adj in cues.coming and m.group(0).split()[0].lower() in cues.articles:
        return Spec.fixed("FUTURE_REF")
    return fixed_duration(g, None, unit)


@builder
def set_word(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    if capitalised_name(m, "w"):
        return None              # "the Daily Mail", "New York Daily News"
    return Spec.fixed(g.words.sets[words_of(m.group("w"))])


@builder
def set_every(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    unit = m.group("unit")
    wd = lookup(g.words.weekdays, unit)
    if wd:
        return Spec.fixed(f"XXXX-WXX-{wd}")
    mo = month_number(g, unit)
    if mo and unit[:1].isupper():
        return Spec.fixed(f"XXXX-{mo:02d}")
    part = g.words.parts_of_day.get(unit.lower())
    if part:
        return Spec.fixed("XXXX-XX-XX" + (part if part.startswith("T") else "T" + part))    # "every morning"
    return fixed_duration(g, number(g, group(m, "num")) if group(m, "num") else 1, unit)


@builder
def set_times(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    return fixed_duration(g, 1, m.group("unit"))


@builder
def weekday_plural(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    wd = lookup(g.words.weekdays, m.group("wd"))
    part = group(m, "part") or group(m, "part2")
    t = ""
    if part:
        t = g.words.parts_of_day.get(singular(g, part.lower()), "")
        t = t if t.startswith("T") else "T" + t
    return Spec.fixed(f"XXXX-WXX-{wd}{t}")


@builder
def ref(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    cues = g.cues
    w = words_of(m.group("w"))
    v = g.words.refs.get(w)
    if v is None:
        return None
    if w in cues.adjective_refs and not cues.ref_noun_after.match(next_text(m, 25)):
        return None              # adjectives count only before a noun of time ("present day")
    if w in cues.topic_refs and cues.of_after.match(next_text(m, 6)):
        return None              # "the future of our peoples": a topic, not a time
    if " " in w and prev_word(m).lower() in cues.ordinal_refs_after:
        return None              # "the last season of the show": the final one, no time counted from now
    if m.group("w")[:1].isupper() and re.search(r"(?<![.!?:;\"'“‘])\s[A-Z]\w*\s+$", m.string[max(0, m.start() - 30):m.start()]):
        return None              # a capitalised word inside a name: "its Sony Now service", "PlayStation Now"
    return Spec.fixed(v)


@builder
def fixed(m: re.Match, p: dict, g: Grammar) -> Spec | None:
    return Spec.fixed(p["value"])
