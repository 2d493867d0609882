"""Which dates of a clause are its predicate's own, and which date a noun of it: "payable Jan. 2 to stock of
record Dec. 15" (the payment is Jan. 2; Dec. 15 is the record's), "launched it earlier this year, with plans
for its full launch set for next year" (next year is the plans')."""
from __future__ import annotations

from datetime import date

from ..model import Timex
from .dating import is_future


def own_dates(key: int, found: list, published: date | None = None) -> tuple[list, list]:
    """The dates of a clause's own predicate (``found``: dating group, head, predicate), the one that dates it
    first, and those that date a noun of it instead. Not those of a complement that is no conjunct ("tapped three
    companies in May to send landers next year": May dates the tapping); with dates of its own, not the present said
    as a contrast to a future one ("cut costs from $0.23/W today to $0.10 by 2030": the change is the 2030 one; not
    "Saturday condemned the attacks ... Friday", published that Saturday), not a day whose time the clause tells too
    ("arrivés samedi en fin d'après-midi": the afternoon), and not a date of another value hanging on a noun of an
    oblique or of the object after them ("launched it earlier this year, with plans for its full launch set for next
    year": the plans')."""
    own = [f for f in found if f[2].i == key]
    if own and len(own) < len(found) and all(f[2].dep_ in ("xcomp", "ccomp") for f in found if f[2].i != key):
        found = own
    if len(found) > 1 and any(is_future(f[0].main, published) for f in found):
        found = [f for f in found if not _present(f[0].main, published)] or found
    days = {f[0].main.value.split("T")[0] for f in found if "T" in f[0].main.value}
    found = [f for f in found if f[0].main.value not in days] or found
    hung = [f for f in found if _hung(f[1], f[2])] if len(found) > 1 else []
    kept = [f for f in found if f not in hung]
    if hung and kept and min(f[1].i for f in hung) > max(f[1].i for f in kept) and \
            not {f[0].main.value for f in hung} & {f[0].main.value for f in kept}:   # (not "Earlier Friday, ... on Friday")
        return kept, hung                   # a trailing date of a noun, after the predicate's own
    return found, []


def _hung(head, pred) -> bool:
    """Whether a date's head hangs on a noun of an oblique or the object of the predicate, not on the predicate, or on a
    noun that modifies one ("payable Jan. 2 to stock of record Dec. 15": the record's date)."""
    noun = head.head
    if not head.dep_.startswith("nmod") or noun.i == pred.i or noun.pos_ != "NOUN":
        return False
    for _ in range(3):
        if (noun.dep_.startswith("obl") or noun.dep_ == "obj") and noun.head.i == pred.i:
            return True             # (an object's too: "Saturday condemned two attacks in Kenya Friday")
        if not noun.dep_.startswith("nmod") or noun.head.pos_ != "NOUN":
            return False
        noun = noun.head
    return False


def _present(timex: Timex, published: date | None) -> bool:
    """Whether a time expression names the present: PRESENT_REF or the publication day."""
    return timex.value == "PRESENT_REF" or (published is not None and timex.value == published.isoformat())


__all__ = ["own_dates"]
