"""The event layer: what each time expression of an article dates, as events.

With the language's dependency parser (:mod:`.parse`: a spaCy pipeline shipped in
``chrono/lang/<code>/syntax/``, loaded on first use, only for the sentences that hold a dating
time expression), each sentence is read from its Universal Dependencies tree (:mod:`.structure`,
over :mod:`.tree` and :mod:`.phrase`): the event is the predicate the time expression attaches to,
its headline that predicate's own clause, its modality the predicate's own auxiliaries and
negation, its attribution the reporting verb over it, its trigger the predicate's head. A sentence
whose parse is ill-formed, or that the tree cannot tell, and every sentence when there is no parser
(said in the log), is read with the regular expressions of the modules below.

Read top-down, the regex path of :func:`extract_events` (:mod:`.extract`) takes each body sentence through

- :mod:`.attribution` — who says so ("..., the army said Saturday") and what content they report;
- :mod:`.reference` — who "he" and a sentence-opening "They" stand for;
- :mod:`.syntax` — the clauses of the content, verb forms, subjects;
- :mod:`.dating` — which time expression dates which clause, and how (since, until, on ...);
- :mod:`.nominal` — events named by noun phrases ("the Sept. 25 referendum");
- :mod:`.modality` — fact, forecast, supposition or denial;
- :mod:`.headline` — the clause compressed to a headline.

The code holds no word of any language: each module builds its patterns from the
:class:`chrono.lang.events.EventWords` of a :class:`chrono.lang.Language` (English by default,
``chrono/lang/en/events/``), once per language (:mod:`.words`).
"""
from __future__ import annotations

from .attribution import Attribution, clean_source, find_attribution, short_source
from .dating import is_future, when_of
from .extract import EVENT_BLOCKS, extract_events, in_blocks
from .headline import HEADLINE_MAX_WORDS, NAME_SLACK, compress
from .modality import classify
from .syntax import Clause, clause_texts, is_verb_form, split_clauses

__all__ = ["Attribution", "Clause", "EVENT_BLOCKS", "HEADLINE_MAX_WORDS", "NAME_SLACK", "classify", "clause_texts",
           "clean_source", "compress", "extract_events", "find_attribution", "is_future", "is_verb_form",
           "short_source", "split_clauses", "when_of", "in_blocks"]
