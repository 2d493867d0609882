"""English simple pasts of gerunds, for a headline whose bare gerund took its subject from the clause it hangs on
("He flew home after clinching the title on Sunday" -> "He clinched the title"): the irregular ones learnt from the
UD treebanks (``python training/past_forms.py en``: ``past_forms.tsv`` beside this file), else the regular rule
(:func:`regular_gerund_past`)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .syntax import BARE_PAST

_TABLE = Path(__file__).with_name("past_forms.tsv")


def regular_gerund_past(gerund: str) -> str:
    """The regular past of a gerund: "clinching" -> "clinched", "stopping" -> "stopped", "closing" -> "closed",
    "agreeing" -> "agreed", "trying" -> "tried", "bidding" -> "bid" (a past that is its base: the language's
    ``BARE_PAST``); a word not ending in "-ing" is left as it is."""
    if not gerund.endswith("ing") or len(gerund) < 5:
        return gerund
    stem = gerund[:-3]
    if stem in BARE_PAST or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in BARE_PAST):
        return stem if stem in BARE_PAST else stem[:-1]     # "bidding" -> "bid", "setting" -> "set"
    if stem.endswith("e"):
        return stem + "d"
    if re.search(r"[^aeiou]y$", stem):
        return stem[:-1] + "ied"
    return stem + "ed"


@lru_cache(maxsize=1)
def _learnt() -> dict[str, str]:
    if not _TABLE.exists():
        return {}
    rows = (line.split("\t") for line in _TABLE.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
    return {r[0]: r[1] for r in rows if len(r) >= 2}


def gerund_past(gerund: str) -> str:
    """The simple past of a gerund: learnt when the treebanks gave it ("winning" -> "won", "taking" -> "took"),
    else regular; in the gerund's case ("Winning" -> "Won")."""
    low = gerund.lower()
    past = _learnt().get(low) or regular_gerund_past(low)
    return past.capitalize() if gerund[:1].isupper() else past


#: (gerund, past) pairs: checked by the tests.
PAST_EXAMPLES: tuple[tuple[str, str], ...] = (
    ("clinching", "clinched"), ("testing", "tested"), ("agreeing", "agreed"), ("trying", "tried"), ("winning", "won"),
    ("stopping", "stopped"), ("taking", "took"), ("closing", "closed"), ("saying", "said"), ("Making", "Made"),
    ("bidding", "bid"), ("cutting", "cut"),
)
