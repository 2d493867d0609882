"""Whether a clause states a fact, a forecast, a supposition or a denial.

The markers are the language's words (:class:`chrono.lang.events.ModalityWords`; English examples).
Precedence, first match wins:

1. hypothetical — a condition ("if", "unless") or a modal perfect ("could have been avoided");
   a bare conditional ("would") is hypothetical unless the event is dated after publication (then:
   forecast); an indirect question ("whether") after a negation or a forecast marker is that one's
   object ("had not decided whether to attend": negated; "will decide whether ...": forecast);
2. forecast — future or prospective markers ("will", "expect", "may be liberated", "within days"),
   a reporting verb that predicts ("predicted", "warned"), or a date after publication;
3. negated — "not", "never", "denied", "failed to", ...;
4. fact.

A past-dated clause that reports ("told investors on Oct. 31 that the merger would ...") is read
by its own words, before the complementizer: what it reports is another happening. A denial it
reports stays one ("said it had not decided" is negated: :meth:`Modalities.denies`); a negative
opinion it reports does not make the telling negated ("said the people aren't buying it": a fact).
"Did not ... until 1991" tells that the happening took place in 1991: a fact (``until``).

A negated forecast ("will not attack before Monday") stays a forecast: what is known of it is
that it is expected, not that it happened.
A negated plan ("did not plan to remove him on Thursday", the language's ``negated_plans``) is no
plan: the happening is denied. A reporting verb that predicts ("warned") makes what it reports a forecast,
not the telling itself when that is the clause ("warned officials Wednesday that ...": it happened). An
indirect question a verb asks ("officials are investigating whether ...", ``asking``) is its matter: the
clause is read by the words before it. In a clause read without a parse, the subordinate clauses after
its date keep their markers (:mod:`.subordinate`: "a program approved in 1987 that didn't specify ...").

>>> classify("the city may be liberated")
<Modality.FORECAST: 'forecast'>
>>> classify("the army did not enter the town")
<Modality.NEGATED: 'negated'>
"""
from __future__ import annotations

from .. import lang
from ..model import Modality
from .subordinate import outside
from .words import stage, words_of

_QUOTES = str.maketrans({c: "'" for c in "’‘"})


class Modalities:
    """The modality classifier of one language."""

    def __init__(self, language: lang.Language) -> None:
        words = words_of(language)
        w = self.words = words.modality
        self._forecast, self._hypothetical, self._conditional, self._negation = (
            p.compiled for p in (w.forecast, w.hypothetical, w.conditional, w.negation))
        self._reporting = words.reporting.modality
        self._report_verbs = words.reporting.verbs
        self._complementizers = frozenset(words.syntax.complementizers)

    def _own_part(self, text: str, future: bool) -> str:
        """A clause that reports ("Reed told investors on Oct. 31 that the merger would allow ...")
        dated in the past: the report's own words, before its complementizer. The content's
        conditional is the report's matter (what was said then of later), not the telling's."""
        if future:
            return text
        words = text.split()
        for k, w in enumerate(words[1:], 1):
            if w.lower() in self._complementizers:
                if any(v.lower().strip(",") in self._report_verbs for v in words[:k]):
                    return " ".join(words[:k])
                break
        return text

    def _is_hypothetical(self, text: str) -> bool:
        found = list(self._hypothetical.finditer(text))
        if not found:
            return False
        if any(m.group(0).lower() not in self.words.indirect_questions for m in found):
            return True
        before = text[:found[0].start()]
        return not (self._negation.search(before) or self._forecast.search(before))

    def _question_asked(self, text: str, timex: str | None) -> str:
        """A clause that asks an indirect question ("officials are investigating whether he is linked"):
        the words before the question, which the clause's modality is of; the question's are its matter.
        Not when the date (``timex``) lies in the question ("asked whether the fees were seized in May")."""
        first = next((m for m in self._hypothetical.finditer(text)
                      if m.group(0).lower() in self.words.indirect_questions), None)
        if first is None or not self._asks(text[:first.start()]):
            return text
        before = text[:first.start()]
        if timex and timex in text[first.start():] or any(m.start() < first.start() for m in self._hypothetical.finditer(text)):
            return text
        return before.rstrip(" ,")

    def _asks(self, before: str) -> bool:
        """Whether the words before an indirect question end with a verb that asks it (the language's
        ``asking``: "officials are investigating whether ..."), not a state of doubt ("it is unclear whether
        the talks took place": what is dated is the question's matter, supposed)."""
        last = before.rstrip(" ,").rsplit(None, 1)[-1:]
        return bool(last) and last[0].lower() in self.words.asking

    def classify(self, clause: str, *, future: bool = False, reporting_verb: str | None = None,
                 features: frozenset[str] = frozenset(), until: bool = False, timex: str | None = None,
                 reported_ahead: bool = False) -> Modality:
        """The modality of a clause's text (see :func:`classify`); ``features`` are the UD features of
        its predicate's tokens, when parsed (the language's ``forecast_features``, ``conditional_features``);
        ``until``: the clause is dated by the end point its negation runs to ("did not sail until
        Friday"): it tells when the happening took place, a fact; ``timex``: the text of the date, in a clause
        read without a parse (its subordinate clauses after the date are their own: :func:`.subordinate.outside`);
        ``reported_ahead``: the clause is reported and dated no earlier than publication ("said management would
        recommend to its board today"): a bare conditional is the future of the past, a forecast."""
        whole = clause.translate(_QUOTES)
        whole = whole if future else outside(whole, timex, self.words.subordinators)
        own = self._own_part(whole, future)
        text = self._question_asked(own, timex)
        if self._is_hypothetical(text):
            return Modality.HYPOTHETICAL
        conditional = self._conditional.search(text) or features & self.words.conditional_features
        if conditional and not future:
            return Modality.FORECAST if reported_ahead else Modality.HYPOTHETICAL
        plans = self.words.negated_plans
        if plans is not None and plans.compiled.search(text):
            return Modality.NEGATED         # "did not plan to remove him on Thursday": no plan, no forecast
        verb_modality = self._reporting.get((reporting_verb or "").lower())
        if verb_modality == Modality.FORECAST.value and _tells(text, reporting_verb):
            verb_modality = None            # "officials warned Wednesday that ...": the warning itself happened
        if self._forecast.search(text) or future or conditional or verb_modality == Modality.FORECAST.value or \
                features & self.words.forecast_features:
            return Modality.FORECAST
        negated = self._negation.search(text) or own != whole and self._denial(whole)
        if not until and (negated or verb_modality == Modality.NEGATED.value):
            return Modality.NEGATED
        return Modality.FACT

    def _denial(self, text: str) -> bool:
        pattern = self.words.denial
        return bool((pattern or self.words.negation).compiled.search(text))

    def supposes(self, text: str) -> bool:
        """Whether a predicate's own words suppose what it governs: a condition ("if") or a modal perfect
        ("would have claimed"); not a bare "would", which also tells a later past ("would later say")."""
        return self._is_hypothetical(text.translate(_QUOTES))

    def denies(self, content: str) -> bool:
        """Whether what a report says denies a happening ("'At no point did we say she could not perform,'
        they said"): a negated past happening; a negative opinion or state ("The people aren't buying
        it, Trump said") is told as a fact, and the telling is one."""
        text = content.translate(_QUOTES)
        return self.classify(text) == Modality.NEGATED and self._denial(text)

    def cues_found(self, clause: str) -> dict[str, list[str]]:
        """Which markers of each kind a clause holds (for explaining a decision)."""
        text = clause.translate(_QUOTES)
        return {kind.value: [m.group(0) for m in pattern.finditer(text)]
                for kind, pattern in ((Modality.HYPOTHETICAL, self._hypothetical), (Modality.FORECAST, self._forecast),
                                      (Modality.NEGATED, self._negation))}


def _tells(text: str, verb: str | None) -> bool:
    """Whether a clause's own words hold its reporting verb: the clause is the telling, not what is told."""
    return bool(verb) and verb.lower() in {w.strip(",.;:'\"").lower() for w in text.split()}


def features_of(tokens) -> frozenset[str]:
    """The UD features of parsed tokens ("Tense=Fut", "Mood=Cnd"), as :meth:`Modalities.classify` reads them."""
    return frozenset(f for t in tokens for f in str(t.morph).split("|") if f)


def classify(clause: str, *, future: bool = False, reporting_verb: str | None = None,
             language: lang.Language | str | None = None, until: bool = False) -> Modality:
    """The modality of a clause's text.

    ``future`` says the time that dates the clause lies after the publication date (or is a
    vague future such as FUTURE_REF); ``reporting_verb`` is the verb that reports it, if any; ``until``
    that the date is one "until" marks (a negated clause so dated is a fact: "did not sail until Friday").

    >>> classify("the ferry did not sail", until=True)
    <Modality.FACT: 'fact'>
    """
    return stage(Modalities, language).classify(clause, future=future, reporting_verb=reporting_verb, until=until)


def cues_found(clause: str, language: lang.Language | str | None = None) -> dict[str, list[str]]:
    """Which markers of each kind a clause holds (for explaining a decision)."""
    return stage(Modalities, language).cues_found(clause)


__all__ = ["Modalities", "classify", "cues_found", "features_of"]
