"""English event words: the nouns, proper nouns and adjectives TimeML marks as events wherever they stand.

Learnt from the TempEval-3 training data (TimeBank 1.2 and AQUAINT annotations) by
``python training/event_words.py en ../shared/data/tempeval3/train``: ``event_words.tsv`` beside this
module lists each form with how often gold marks it and how often it occurs. ``EXAMPLES`` are sentences
with the words the tagger (:mod:`chrono.events.mentions`) marks in them, checked by the tests.
"""
from __future__ import annotations

from pathlib import Path

from ...events import MentionWords


def _forms(path: Path) -> dict[str, frozenset[str]]:
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    return {pos: frozenset(r[1] for r in rows if r[0] == pos) for pos in {r[0] for r in rows}}


#: (sentence, the words marked as events in it, in order)
EXAMPLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("The army retook the town after a week of fighting, officials said.", ("retook", "fighting", "said")),
    ("The attack killed 12 people.", ("attack", "killed")),
    ("Talks between the two sides will resume on Monday.", ("Talks", "resume")),
    ("According to officials, the strike ended after the talks.", ("strike", "ended", "talks")),
)

MENTIONS = MentionWords(_forms(Path(__file__).with_name("event_words.tsv")), EXAMPLES)

__all__ = ["EXAMPLES", "MENTIONS"]
