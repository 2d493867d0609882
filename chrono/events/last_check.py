"""The last check of a headline's words, after every cut (:meth:`.headline.Headlines.compress`).

- :func:`articles` — each indefinite article in the form its next word takes ("an Oct. 26 letter"
  cut to "an letter" -> "a letter");
- :func:`undangle` — no word a headline may not end with ("could be pushed into" -> "could be pushed"),
  and no possessor left without what it possessed ("Fournier said Navigation Mixte's [1989 profit]":
  the possessor goes with the determiner before it, "the company's" -> "").

Language-neutral: the words are the caller's (the language's ``dangling_ends``, ``possessive_ends``,
articles and vowel sound).

>>> undangle("The chairman said Navigation Mixte's", frozenset(), ("'s",))
'The chairman said'
>>> undangle("The board could be pushed into", frozenset({"into"}))
'The board could be pushed'
"""
from __future__ import annotations

_MIN_WORDS = 3      #: the fewest words a headline keeps when its end is cut


def articles(text: str, forms: tuple[str, str], vowel) -> str:
    """Each indefinite article of ``forms`` (before a consonant, before a vowel) in the form its next word
    takes by ``vowel`` (a compiled pattern); a capital letter after a word, "Plan A is", is no article."""
    if not forms or vowel is None:
        return text
    words = text.split(" ")
    for i, w in enumerate(words[:-1]):
        if w.lower() not in forms or (i and not w.islower()):
            continue
        nxt = words[i + 1].lstrip("\"“‘'([")
        form = forms[1] if vowel.search(nxt) else forms[0]
        words[i] = form.capitalize() if w[:1].isupper() else form
    return " ".join(words)


def undangle(text: str, dangling: frozenset[str], possessive: tuple[str, ...] = (),
             determiners: frozenset[str] = frozenset()) -> str:
    """``text`` without the words it may not end with (``dangling``), nor a possessor that lost what it
    possessed (a last word ending in one of ``possessive``, with the name or the determiner before it),
    while at least three words remain; ``text`` itself when nothing goes."""
    words = text.split()
    n = len(words)
    while len(words) > _MIN_WORDS:
        last = words[-1]
        if last.lower().strip(",;:") in dangling:
            words.pop()
        elif possessive and last.endswith(possessive) and len(last) > 2:
            start = len(words) - 1
            while start > 1 and words[start - 1][:1].isupper() and not words[start - 1].endswith(","):
                start -= 1                  # "Navigation Mixte's": the whole name
            if start > 1 and words[start - 1].lower() in determiners:
                start -= 1                  # "the company's"
            if start < _MIN_WORDS:
                break
            del words[start:]
        else:
            break
    return text if len(words) == n else " ".join(words)


__all__ = ["articles", "undangle"]
