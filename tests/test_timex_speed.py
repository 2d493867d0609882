"""The tagger's speed-ups change no output: each fast form is checked against the plain one.

- word alternations factored by common prefixes (:func:`chrono.timex.patterns.trie`,
  :func:`~chrono.timex.patterns.factor`) match what the flat, longest-first alternation matches;
- the trigger positions found over the token list at once are those of the token-by-token loop;
- the merged windows are those of the plain merge.
"""
from __future__ import annotations

import random
import re

import pytest

from chrono.lang import get
from chrono.timex import engine
from chrono.timex.grammar import grammar
from chrono.timex.patterns import expand, factor, trie

LANGS = ("en", "es", "de", "fr")


def _flat(forms) -> str:
    return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=lambda s: (-len(s), s)))


def _texts(words, seed: int, n: int = 300) -> list[str]:
    """Texts that hit the words, their prefixes and extensions, in every case, with odd blanks."""
    rnd = random.Random(seed)
    pieces = list(words) + [w[:max(1, len(w) - 2)] for w in words] + [w + "s" for w in words] + ["x", "-", "  ", "\n"]
    out = []
    for _ in range(n):
        parts = [rnd.choice(pieces) for _ in range(rnd.randint(1, 6))]
        text = rnd.choice([" ", "  ", "\t", ", "]).join(parts)
        out.append(rnd.choice([text, text.upper(), text.title()]))
    return out


def _same(flat: str, fast: str, texts, flags=re.IGNORECASE, tail: str = r"(?:\s+end|\b)") -> None:
    """Both regexes (with a continuation that makes them backtrack) find the same matches."""
    a, b = re.compile(f"(?:{flat}){tail}", flags), re.compile(f"(?:{fast}){tail}", flags)
    for t in texts:
        assert [m.span() for m in a.finditer(t)] == [m.span() for m in b.finditer(t)], t


@pytest.mark.parametrize("code", LANGS)
def test_the_tables_factored_match_as_the_flat_alternations(code):
    words = get(code).timex
    for table in (words.units, words.refs, words.numbers, words.ordinals, words.tens, words.sets):
        forms = {w for w in table}
        fast = trie(forms, cased=False)
        if fast is None:                     # not lower-case ASCII: the flat alternation is kept
            continue
        _same(_flat(forms), fast, _texts(sorted(forms), seed=len(forms)))
    names = {f for w in words.months for f in (w[:1].upper() + w[1:], w.upper())}
    _same(_flat(names), trie(names, cased=True), _texts(sorted(names), seed=7), flags=0)


def test_a_trie_tries_the_longest_first():
    assert trie({"seven", "seventeen", "seventy"}, cased=False) == "seven(?:t(?:een|y))?"
    assert re.match(trie({"on", "once"}, cased=False) + "c", "once").group() == "onc"     # backtracks as "on|once"
    assert trie({"Mai", "mai"}, cased=False) is None           # case-insensitive forms must be lower case
    assert trie({"a\tb"}, cased=False) is None                # a blank other than a space


def test_groups_of_words_are_factored_only_where_the_order_allows():
    assert factor(r"(?P<d>this\s+past|this|last)\s") == r"(?P<d>(?:last|this(?:\s+past)?))\s"
    assert factor(r"(?:on|once)x") == r"(?:on|once)x"          # the shorter first: kept as written
    assert factor(r"\(?:a|b)") == r"\(?:a|b)"                  # an escaped parenthesis is no group
    _same(r"(?:on|once)", factor(r"(?:on|once)"), ["once", "on", "oncex"], tail="")


@pytest.mark.parametrize("code", LANGS)
def test_every_rule_factored_matches_as_written(code):
    g = grammar(code)
    texts = [e[1] for e in g.words.examples()][:400]
    for rule in g.words.rules:
        plain = expand(rule.pattern, g.macros)
        fast = factor(plain)
        if fast == plain:
            continue
        a, b = re.compile(plain, re.IGNORECASE), re.compile(fast, re.IGNORECASE)
        for t in texts:
            assert [m.span() for m in a.finditer(t)] == [m.span() for m in b.finditer(t)], (rule.name, t)


def _positions_plain(g, text):
    found = {name: [] for name in (*g.trigger_classes, "num")}
    for m in re.finditer(r"[^\W\d_]+|\d+", text):
        w = m.group()
        if w[0].isdigit():
            found["num"].append(m.start())
            continue
        names = g.word_class.get(w.lower()) if len(w) > 1 or g.single_letter_triggers else None
        for name in names or ():
            found[name].append(m.start())
    return found


@pytest.mark.parametrize("code", LANGS)
def test_trigger_positions_are_those_of_the_token_loop(code):
    g = grammar(code)
    rnd = random.Random(3)
    words = sorted(g.word_class) + ["x", "İstanbul", "²nd", "١٢٣", "o'clock", "B.C.", "12th", "1990s", "", "--"]
    for _ in range(200):
        text = rnd.choice([" ", "", "-", "'", ". "]).join(rnd.choice(words) for _ in range(rnd.randint(0, 12)))
        text = rnd.choice([text, text.upper(), text.title()])
        assert engine.trigger_positions(g, text) == _positions_plain(g, text), text


def _windows_plain(text, positions, reach):
    spans = []
    for p in positions:
        s, e = max(0, p - reach), min(len(text), p + reach)
        if spans and s <= spans[-1][1]:
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def test_windows_are_those_of_the_plain_merge():
    rnd = random.Random(5)
    for _ in range(500):
        n = rnd.randint(1, 400)
        positions = sorted(rnd.randrange(n) for _ in range(rnd.randint(0, 20)))
        reach = rnd.choice([1, 8, 24, 64, 150])
        assert engine.windows("x" * n, positions, reach) == _windows_plain("x" * n, positions, reach)
