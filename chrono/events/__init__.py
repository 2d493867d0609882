"""The event layer: what each time expression of an article dates, as events.

Read top-down, :func:`extract_events` (:mod:`.extract`) takes each body sentence through

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
