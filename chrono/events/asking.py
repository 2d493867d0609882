"""A sentence that asks what it would tell: a direct question opened by an interrogative word ("What commercial
launch vehicles exist today that can launch the HLS by 2024?") tells no happening, whatever its dates; a yes-no
question ("Was it a misjudgement to hold the opening ceremony at 2:30pm on a Monday?") still tells what it asks
about. Language-neutral: the question mark and the ``PronType=Int`` feature of the sentence's first word.
"""
from __future__ import annotations

from typing import Any

Token = Any
_CLOSING = "\"'”’»)] \n\t"


def wh_question(doc) -> bool:
    """Whether a parsed sentence is a direct question whose first word is interrogative ("What ...?", "When ...?")."""
    words = [t for t in doc if not t.is_punct]
    if not words or not doc.text.rstrip(_CLOSING).endswith("?"):
        return False
    first = words[0]
    return "PronType=Int" in str(first.morph) or "PronType=Int" in str(first.head.morph) and first.dep_ == "det"


__all__ = ["wh_question"]
