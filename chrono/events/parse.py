"""The syntax of sentences: the language's Universal Dependencies pipeline, loaded when first needed.

A language pack may ship a trained spaCy pipeline (tagger, lemmatizer, dependency parser) in
``chrono/lang/<code>/syntax/``; :func:`parser` loads it once per process (importing spaCy only
then: ``import chrono`` and ``chrono tag`` never do). ``CHRONO_SYNTAX_MODEL`` points to another
pipeline folder (a model being trained); ``CHRONO_SYNTAX=off`` turns the parser off. With no
pipeline, no spaCy, or the parser off, :func:`parser` gives None and the event layer reads
sentences with its regular expressions (said once in the log).

:func:`parse` parses only what it is given (the event layer gives the sentences that hold a
dating time expression), in batches, and skips sentences longer than :data:`MAX_WORDS` words.
"""
from __future__ import annotations

import logging
import os
from collections import OrderedDict
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from .. import lang
from .spliced import day_after_verb, day_in_name, spliced, without_bare_day

log = logging.getLogger(__name__)

#: Sentences longer than this (in white-space words) are not parsed: run-ons, lists, tables.
MAX_WORDS = 90
#: Sentences parsed per batch: past about 30 the parser gains little, and the memory of its layers grows
#: with the batch (a parse is the same in any batch).
BATCH = 32
#: Components of a pipeline the event layer does not read, left out for speed (a fifth of the time):
#: the lemmas (reporting verbs are known by their forms, :class:`chrono.lang.events.ReportingWords`).
UNUSED = ("trainable_lemmatizer", "lemmatizer")
_ENV_MODEL = "CHRONO_SYNTAX_MODEL"
_ENV_SWITCH = "CHRONO_SYNTAX"
_OFF = frozenset({"0", "off", "false"})

_LOADED: dict[str, Any] = {}


def model_path(language: lang.Language) -> Path | None:
    """The folder of the language's pipeline (``CHRONO_SYNTAX_MODEL`` first), or None."""
    override = os.environ.get(_ENV_MODEL)
    if override:
        path = Path(override)
        return path if (path / "config.cfg").is_file() else None
    try:
        folder = resources.files(f"{lang.__name__}.{language.code}").joinpath("syntax")
    except (ModuleNotFoundError, TypeError):
        return None
    path = Path(str(folder))
    return path if (path / "config.cfg").is_file() else None


def enabled() -> bool:
    return os.environ.get(_ENV_SWITCH, "").strip().lower() not in _OFF


def parser(language: lang.Language | str | None = None) -> Any | None:
    """The language's spaCy pipeline, loaded once per process; None when there is none."""
    language = lang.of(language)
    if not enabled():
        return None
    key = f"{language.code}:{os.environ.get(_ENV_MODEL, '')}"
    if key in _LOADED:
        return _LOADED[key]
    nlp = None
    path = model_path(language)
    if path is None:
        log.info("no syntax model for %s: events are read with regular expressions", language.code)
    else:
        try:
            import spacy
            nlp = spacy.load(path, exclude=list(UNUSED))
            _one_sentence(nlp)
            _abbreviations(nlp, language)
            log.info("syntax model for %s loaded from %s", language.code, path)
        except Exception as exc:  # noqa: BLE001 - a broken model falls back to the regex path
            log.warning("syntax model %s not loaded (%s: %s): events are read with regular expressions",
                        path, type(exc).__name__, exc)
    _LOADED[key] = nlp
    return nlp


#: White space a tokenizer would make tokens of (no-break and thin spaces, tabs, line breaks), as
#: plain spaces: one character for one, so offsets stay those of the sentence.
_SPACES = str.maketrans({c: " " for c in "\u00a0\u2007\u2009\u200a\u202f\u205f\u3000\t\n\r\f\v"})

_ONE_SENTENCE = "chrono_one_sentence"


def _abbreviations(nlp, language: lang.Language) -> None:
    """Make the tokenizer keep the language's abbreviations whole, as the reader does when it splits
    sentences ("Cie." of "Cie. Financiere de Paribas", not "Cie" and a full stop the parser takes for a
    sentence's end): capitalised, and for those that may end a sentence also upper case."""
    words = lang.of(language).reading.sentences
    forms = {w[:1].upper() + w[1:] for w in words.abbreviations | words.final_abbreviations} | \
        {w.upper() for w in words.final_abbreviations} | set(words.lower_abbreviations)
    for form in sorted(forms):
        text = form + "."
        if len(nlp.tokenizer(text)) > 1:
            nlp.tokenizer.add_special_case(text, [{"ORTH": text}])


def _one_sentence(nlp) -> None:
    """Make the parser read each text as one sentence: the reader has already split them."""
    from spacy.language import Language

    if _ONE_SENTENCE not in Language.factories:
        @Language.component(_ONE_SENTENCE)
        def one_sentence(doc):
            for tok in doc[1:]:
                tok.is_sent_start = False
            return doc
    if "parser" in nlp.pipe_names and _ONE_SENTENCE not in nlp.pipe_names:
        nlp.add_pipe(_ONE_SENTENCE, before="parser")


#: Parses made ahead (:func:`parse_ahead`), by language and sentence: each handed once, then forgotten.
_AHEAD: dict[tuple[str, str], list[Any]] = {}


def parse_ahead(sentences: Sequence[str], language: lang.Language | str | None = None) -> None:
    """Parse ``sentences`` now, in one batch, for the calls of :func:`parse` to come (those of several
    documents: the parser reads a batch of many sentences for much less than each alone). A parse is
    the same whatever batch it is made in; each made ahead is handed to one call, never twice (the
    reading may mend it in place), until :func:`forget_ahead`."""
    code = lang.of(language).code
    for sentence, doc in zip(sentences, parse(sentences, language)):
        if doc is not None:
            _AHEAD.setdefault((code, sentence), []).append(doc)


def forget_ahead() -> None:
    """Forget the parses made ahead that no call asked for."""
    _AHEAD.clear()


def parse(sentences: Sequence[str], language: lang.Language | str | None = None) -> list[Any | None]:
    """The parse (a spaCy ``Doc``) of each sentence; None for each when there is no parser, and for
    a sentence longer than :data:`MAX_WORDS` words. Parses made ahead (:func:`parse_ahead`) are taken first."""
    nlp = parser(language)
    out: list[Any | None] = [None] * len(sentences)
    if nlp is None:
        return out
    if _AHEAD:
        code = lang.of(language).code
        for i, s in enumerate(sentences):
            ready = _AHEAD.get((code, s))
            if ready:
                out[i] = ready.pop()
    todo = [i for i, s in enumerate(sentences) if out[i] is None and 0 < len(s.split()) <= MAX_WORDS]
    texts = [sentences[i].translate(_SPACES) for i in todo]
    cuts = [_dateline_end(t, language) for t in texts]
    days, complementizers = _syntax_words(language, "bare_days"), _syntax_words(language, "complementizers")
    events = getattr(lang.of(language), "events", None)
    phrases = frozenset(getattr(getattr(events, "headline", None), "kept_phrases", ()))
    said = getattr(events, "reporting", None)
    reporting = frozenset(getattr(said, "lemmas", ()) or ()) | frozenset(getattr(said, "verbs", ()) or ())
    for k, (i, doc) in enumerate(zip(todo, nlp.pipe((t[c:] for t, c in zip(texts, cuts)), batch_size=BATCH))):
        doc = without_bare_day(nlp, doc, days, texts[k][cuts[k]:]) if days else doc
        if cuts[k]:
            doc = _after_dateline(nlp, texts[k][:cuts[k]], doc, texts[k]) or next(iter(nlp.pipe([texts[k]])))
        out[i] = _repaired(doc, complementizers, phrases, reporting, days)
    return out


def _dateline_end(text: str, language) -> int:
    """Where a wire dateline opening ``text`` ends ("NAIROBI, Kenya (AP) _ "), 0 when there is none or
    nothing follows it: the dateline is no part of the sentence's syntax, and parsed with it the
    sentence hangs on the city's name."""
    headline = getattr(getattr(lang.of(language), "events", None), "headline", None)
    pattern = getattr(headline, "dateline", None)
    m = pattern.compiled.match(text) if pattern is not None else None
    return m.end() if m and text[m.end():].strip() else 0


def _after_dateline(nlp, prefix: str, doc, text: str):
    """The parse of the sentence after its dateline (``doc``) with the dateline's tokens put back in
    front, each hung on the sentence's root as ``dep``, so that offsets are those of ``text``; None
    when the tokens do not give the text back."""
    pre = list(nlp.tokenizer(prefix))
    root = next((t.i for t in doc if t.head.i == t.i), 0)
    return spliced(nlp, doc, 0, [t.text for t in pre], [bool(t.whitespace_) for t in pre], root, "dep",
                   ["PUNCT" if t.is_punct else "PROPN" for t in pre], [t.tag_ or "" for t in pre], text)


def parse_one(sentence: str, language: lang.Language | str | None = None, handed=None) -> Any | None:
    """The parse of one sentence, kept for the next caller that asks for the same one (the lede
    readers look again at sentences the event reader parsed): read it, never change it. ``handed``
    (a sentence's text -> its parse, or None: :meth:`.bound.Parses.by_text`) gives the parses the
    reading already made (as the reading mended them); a sentence it does not hold is parsed here."""
    found = handed(sentence) if handed is not None else None
    if found is not None:
        return found
    key = _kept_key(sentence, language)
    if key in _KEPT:
        _KEPT.move_to_end(key)
        return _KEPT[key]
    found = _KEPT[key] = parse([sentence], key[1])[0]
    if len(_KEPT) > KEPT_PARSES:
        _KEPT.popitem(last=False)           # the one asked for longest ago
    return found


#: How many parses :func:`parse_one` keeps (by sentence, language and parser), the last asked for.
KEPT_PARSES = 256
_KEPT: OrderedDict[tuple[str, str, int], Any] = OrderedDict()


def _kept_key(sentence: str, language) -> tuple[str, str, int]:
    code = lang.of(language).code
    return sentence, code, id(parser(code))         # the parser's identity: none, or another model


def remembered(sentence: str, language: lang.Language | str | None = None) -> bool:
    """Whether :func:`parse_one` keeps the parse of ``sentence`` (it will not parse it again)."""
    return _kept_key(sentence, language) in _KEPT


def token_bounds(doc) -> tuple[list[int], list[int]]:
    """Where each token of a parse starts and ends (characters), both increasing; kept with the parse
    (a mended parse keeps its tokens)."""
    found = doc.user_data.get(_BOUNDS)
    if found is None:
        starts = [t.idx for t in doc]
        found = doc.user_data[_BOUNDS] = (starts, [a + len(t) for a, t in zip(starts, doc)])
    return found


_BOUNDS, _PUNCT = "chrono:bounds", "chrono:punct"


def punctuation(doc) -> frozenset[int]:
    """The ids of a parse's punctuation tokens, kept with the parse."""
    found = doc.user_data.get(_PUNCT)
    if found is None:
        found = doc.user_data[_PUNCT] = frozenset(t.i for t in doc if t.is_punct)
    return found


def cut_brackets(doc, ids: set[int]) -> set[int]:
    """``ids`` without the tokens of a parenthesis set inside them whose opening bracket is not written: not among
    them, or with the word before it cut ("defeated Khachanov and Rublev 6-4, 7-6 (5) to seal" kept as "Rublev (5)
    to seal": the tie-break's "5" and the brackets go with the score; "occurred at 10:35 a.m. (0735 GMT) Friday,
    toppling": the conversion goes with its time)."""
    pairs = _brackets(doc)
    if not pairs:
        return ids
    out = ids
    for start, end in pairs:
        if not (start in ids and start - 1 in ids) and any(i < start for i in out) and any(i > end for i in out):
            out = {i for i in out if not start <= i <= end}     # (words kept on both sides: an aside cut open)
    return out


def _brackets(doc) -> tuple[tuple[int, int], ...]:
    """The token spans of a parse's parentheses, "(" to its ")", kept with the parse."""
    found = doc.user_data.get(_BRACKETS)
    if found is None:
        opened, pairs = [], []
        for i in sorted(i for i in punctuation(doc) if doc[i].text in ("(", ")")):
            if doc[i].text == "(":
                opened.append(i)
            elif opened:
                pairs.append((opened.pop(), i))
        found = doc.user_data[_BRACKETS] = tuple(pairs)
    return found


_BRACKETS = "chrono:brackets"


def text_length(doc) -> int:
    """``len(doc.text)`` of a parse, without building its text: where its last token and its white space end."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def _syntax_words(language, name: str) -> frozenset[str]:
    """A set of the language's syntax words (``complementizers``, ``bare_days``), empty without them."""
    events = getattr(lang.of(language), "events", None)
    return frozenset(getattr(getattr(events, "syntax", None), name, ()) or ())


#: Relations of the noun a complement clause is misread as modifying: an object, or a bare time noun
#: ("announced last week that it planned ...": "week" is no antecedent, "that" no relative pronoun).
_SLIP_NOUNS = frozenset({"obj", "iobj", "obl:unmarked", "obl:tmod", "obl:npmod"})


def _finite_relcl(t) -> bool:
    """A modifier clause that is finite (its verb, or an auxiliary of it: "that they had concluded")."""
    return t.dep_ in ("acl", "acl:relcl") and ("VerbForm=Fin" in str(t.morph) or any(
        c.dep_ in ("aux", "aux:pass") and "VerbForm=Fin" in str(c.morph) for c in t.children))


def _modifiers(doc):
    """The tokens of a parse hung as modifier clauses (``acl``, ``acl:relcl``), in order (all its tokens
    for what is no ``Doc``): those :func:`_repaired` may mend, found without a token object each."""
    if not hasattr(doc, "to_array"):
        return doc if hasattr(doc, "__iter__") else ()
    from spacy.attrs import DEP
    hashes = {doc.vocab.strings[d] for d in ("acl", "acl:relcl") if d in doc.vocab.strings}
    return [doc[i] for i, d in enumerate(doc.to_array(DEP).tolist()) if d in hashes]


def _opener(t, complementizers: frozenset[str], relative: bool = False):
    """The complementizer that opens the modifier clause ``t`` as a complement: a ``mark`` of the
    language's complementizers before it, or (``relative``: the clause hangs on a phrase of a reporting
    verb) the clause's first word, one of them, read as its relative pronoun object ("told reporters at
    a news conference that officials began receiving 911 calls"); None when there is none."""
    for c in t.children:
        if c.i < t.i and c.text.lower() in complementizers and (
                c.dep_ == "mark" or relative and c.dep_ == "obj" and c.i == t.left_edge.i and "PronType=Rel" in str(c.morph)):
            return c
    return None


def _slip_noun(noun, t, reporting: frozenset[str]) -> bool:
    """Whether ``noun``, hung on a verb before the modifier clause ``t``, may be the word a complement
    clause of that verb is misread as modifying: an object or bare time noun (:data:`_SLIP_NOUNS`), or
    a phrase of a reporting verb that has no complement clause yet ("told reporters at a news conference")."""
    verb = noun.head
    if verb.pos_ != "VERB" or noun.i > t.i:
        return False
    return noun.dep_ in _SLIP_NOUNS or noun.dep_ == "obl" and verb.text.lower() in reporting and \
        not any(c.dep_ == "ccomp" for c in verb.children)


#: Relations no last word of a name has: the parser's guesses for a word it could not place.
_STRAY = frozenset({"discourse", "dep", "vocative", "list", "reparandum"})


def _cut_names(doc) -> list:
    """The capitalised proper nouns, of no words of their own, right after a proper noun they do not hang on,
    hung as one of :data:`_STRAY` ("meet with deputy prime minister Tariq Aziz later": "Aziz" a discourse word)."""
    if not hasattr(doc, "to_array"):
        return []
    return [t for t in doc[1:] if t.pos_ == "PROPN" and t.dep_ in _STRAY and not list(t.children) and t.text[:1].isupper()
            and doc[t.i - 1].pos_ == "PROPN" and t.head.i != t.i - 1 and doc[t.i - 1].whitespace_]


def _repaired(doc, complementizers: frozenset[str] = frozenset(), phrases: frozenset[str] = frozenset(),
              reporting: frozenset[str] = frozenset(), days: frozenset[str] = frozenset()):
    """``doc`` with known parser slips mended: a finite clause opened by a marker and with a subject
    of its own, opened by a complementizer of the language ("that") and hung as a modifier on the
    object of a verb or on a bare time noun after it ("told investigators that he witnessed ...", "said
    Wednesday that they had concluded ..." read as relative clauses of "investigators", "Wednesday"),
    is that verb's complement clause; the adverb of one of the language's verb phrases (``phrases``:
    "break even") hung on the phrase after it is the verb's; a bare day right after its verb, read as
    its subject or object (``days``: "an official said Saturday"), is the verb's time adjunct, and one read as a name's last
    word ("Tanzania Friday") modifies the noun of the name's phrase; the last
    word of a name the parser hung elsewhere ("Tariq [Aziz]" as a discourse word of the clause) is the name's; a clause
    before a semicolon hung as the next one's complement is a clause of its own ("That deal closed in June; X remains")."""
    for t in doc if hasattr(doc, "to_array") else ():
        if t.dep_ == "ccomp" and t.i < t.head.i and any(c.text == ";" and c.i > t.i for c in t.children):
            t.dep_ = "parataxis"        # "That deal closed in June 2018; X remains ...": two clauses, no complement
    for i in day_after_verb(doc, days) if days and hasattr(doc, "to_array") else ():
        doc[i].dep_ = "obl:unmarked"
    for i, noun in day_in_name(doc, days) if days and hasattr(doc, "to_array") else ():
        try:
            doc[i].head, doc[i].dep_ = doc[noun], "nmod:unmarked"
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue
    for t in _cut_names(doc):
        try:
            t.head, t.dep_ = doc[t.i - 1], "flat"
        except Exception:               # a tree the library refuses to change: keep it as parsed
            continue
    for t in doc[1:] if phrases else ():
        verb = doc[t.i - 1]
        if t.dep_ == "advmod" and t.head.i != verb.i and verb.pos_ == "VERB" and f"{verb.lower_} {t.lower_}" in phrases:
            try:
                t.head = verb
            except Exception:           # a tree the library refuses to change: keep it as parsed
                continue
    for t in _modifiers(doc):
        noun = t.head
        while noun.dep_ in ("nmod", "nmod:unmarked") and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i < noun.i:
            noun = noun.head            # "said Thursday from her home in Irving, Texas, that ...": hung on "Irving"
        opener = _opener(t, complementizers, noun.dep_ == "obl") if _finite_relcl(t) and _slip_noun(noun, t, reporting) else None
        if opener is not None and any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ != "PRON" or "PronType=Prs" in str(c.morph)
                                      for c in t.children if c.dep_ in ("nsubj", "nsubj:pass")):
            try:
                t.head, t.dep_ = noun.head, "ccomp"
                opener.dep_ = "mark"
            except Exception:           # a tree the library refuses to change: keep it as parsed
                continue
    return doc


__all__ = ["BATCH", "MAX_WORDS", "UNUSED", "enabled", "forget_ahead", "model_path", "parse", "parse_ahead", "parse_one", "parser",
           "punctuation", "remembered", "text_length", "token_bounds"]
