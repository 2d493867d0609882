"""Who says so: find the attribution of a sentence and the content it reports.

Forms recognised (the verbs, adjuncts and shapes are the language's words, :class:`chrono.lang.events.ReportingWords`):

- trailing: ``"...," YPG spokesman Nouri Mahmoud said.`` / ``..., the Syrian military said Saturday.``
- inverted: ``..., said Rami Abdel-Rahman, head of the SOHR.``
- leading: ``Colonel Ryan Dillon said (that) ...`` / ``The YPG told Reuters that ...`` /
  ``Officials announced Saturday they had ...``
- according: ``..., according to officials close to the operation.`` / ``According to X, ...``
- parenthetical: ``If talks fail, Kurdish officials said, the region would ...``
- ``..., adding that ...``: what follows is more content of the same source.
- quoted: ``X was quoted (by M) as saying (that) ...``, ``M quoted X as saying ...``: X speaks.
- a transcript's label: ``White House on Thursday: "For weeks we have ...``: the labelled speaker.
- a source with a citing participle set off: ``Reuters, quoting police sources, said ...``: Reuters (a
  reporting verb inside the aside, "quoting secret reports", is not the sentence's).
- in a relative clause: ``Compaq, which said it found the bugs, still plans ...`` is no attribution of
  the sentence (the rest is the writer's); ``..., where prosecutors told him that ...`` names them.

Offsets are relative to the sentence string given.

>>> a = find_attribution('The city fell, the army said Saturday.')
>>> a.source, a.verb, a.form.value
('the army', 'said', 'trailing')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum

from .. import lang
from .syntax import Syntax, strip_span
from .words import alternatives, compile_any, stage, words_of


class Form(str, Enum):
    """Where an attribution stands in its sentence."""

    TRAILING = "trailing"
    INVERTED = "inverted"
    LEADING = "leading"
    ACCORDING = "according"
    PARENTHETICAL = "parenthetical"
    QUOTATION = "quotation"        # a quotation over several sentences, attributed where it closes


@dataclass(frozen=True)
class Attribution:
    """The source of a sentence's content, where it stands, and where the content stands."""

    source: str
    verb: str
    start: int                            # span of the attribution (source, verb, adjuncts)
    end: int
    content: tuple[tuple[int, int], ...]  # spans of the reported content
    form: Form


_WORD = re.compile(r"\w(?:[\w'’\-]|\.(?=\w))*")
_QUOTE_CHARS = "\"“”«»"
_CONTENT_TRIM = " ,;:" + _QUOTE_CHARS


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _first_subject(who: str, coordinators: frozenset[str], syntax) -> str:
    """A source that is a clause and a coordinator ("Libya hailed the ruling and [said ...]"): its
    subject, the words before its verb ("Libya"); else ``who``."""
    words = who.split()
    if len(words) < 3 or words[-1].lower() not in coordinators:
        return who
    verb = next((k for k, w in enumerate(words[:-1]) if k and w.islower() and syntax.is_verb_form(w)), None)
    return " ".join(words[:verb]) if verb else who


class Attributions:
    """The attribution finder of one language."""

    def __init__(self, language: lang.Language) -> None:
        words = words_of(language)
        w = self.words = words.reporting
        self._auxiliaries = words.syntax.auxiliaries
        self._coordinators = frozenset(words.syntax.coordinators)
        self._syntax = stage(Syntax, language)
        self._dateline = words.headline.dateline.compiled if words.headline.dateline is not None else None
        self._place = words.headline.place_aside.compiled if words.headline.place_aside is not None else None
        self._that = words.syntax.complementizers
        self._openers = frozenset(w.lower() for w in words.nominal.subordinators + words.headline.leading_subordinators)
        self._adjunct = w.adjunct.compiled
        self._tail = compile_any(w.tail_prepositions, r"\s*", r"\s+[^\"“”]*$")
        self._markers = compile_any((re.escape(m) for m in w.discourse_markers), r"^\s*(?:", r"\b[\s,]*)+")
        self._trim = compile_any((re.escape(p) for p in w.trim_prepositions), r"\s+",
                                 r"\s+[^,]*?(?=\s+" + alternatives(words.syntax.additive) + r"\s+|,|$)", 0)
        self._addressee_before = re.compile(r"\s+(?:[\w.'’\-]+\s+){0,3}?" + alternatives(self._that) + r"\s+")
        self._addressee_after = re.compile(r"\s*(?:[A-Z][\w.\-]*\s*){1,3}|\s*" + alternatives(w.addressees) + r"\b")
        self._that_next = re.compile(r"\s*" + alternatives(self._that) + r"\s+")
        self._coordinated = re.compile(r"\b" + alternatives(words.syntax.coordinators) + r"\s+$", re.IGNORECASE)
        self._relative_end = re.compile(r",\s+" + alternatives(words.syntax.relative_openers) + r"(?:\s+\w+)?\s*$",
                                        re.IGNORECASE)
        self._quoted_shape = w.quoted.compiled if w.quoted is not None else None
        self._relative_source = re.compile(r",\s+" + alternatives(words.syntax.relative_openers)
                                           + r"\s+(?P<src>[^,;\"“”]{2,80})$", re.IGNORECASE)
        preps = alternatives(w.tail_prepositions)
        self._preposition_next = re.compile(r"\s*" + preps + r"\s+[^,;\"“”]{1,40}?\s+" + alternatives(self._that) + r"\s",
                                            re.IGNORECASE)
        self._parenthetical = re.compile(r",\s+(?P<source>[^,;\"“”]{2,80}?)\s+(?P<verb>"
                                         + "|".join(sorted(w.verbs, key=len, reverse=True)) + r")\s*,\s+(?=\S)")

    def find(self, sentence: str) -> Attribution | None:
        """The attribution of a sentence, or None when the article itself tells it."""
        text = sentence
        adding = self.words.adding.compiled.search(text)
        limit = adding.start() if adding else len(text.rstrip())
        found = (self._according(text[:limit]) or self._quoted(text, limit) or self._trailing(text, limit)
                 or self._parenthetical_form(text, limit) or self._leading(text, limit) or self._label(text))
        if found is None:
            return None
        if adding:
            a, b = strip_span(text, adding.end(), len(text), _CONTENT_TRIM)
            if b > a:
                found = Attribution(found.source, found.verb, found.start, found.end,
                                    found.content + ((a, b),), found.form)
        return found

    def clean(self, who: str) -> str:
        """The source as it should be shown: no discourse markers, no purpose clause, no end comma."""
        w = self.words
        if self._dateline is not None:
            who = self._dateline.sub("", who, count=1)     # "NAIROBI, Kenya (AP) _ The ambassador": the ambassador
        who = self._markers.sub("", who.replace("``", " ").replace("''", " ")).strip(" \"“”")   # (`` '': quotes)
        who = w.leading_adverbial.compiled.sub("", who)
        if self._place is not None:         # "Cilcorp Inc., Peoria, Ill.,": Cilcorp Inc.
            who = self._place.sub(", ", who.rstrip(" ,") + ", ", count=1)
        if w.source_participle is not None:
            who = w.source_participle.compiled.sub("", who)
        who = w.source_relative.compiled.sub("", who).strip(" ,")
        who = w.perfect.compiled.sub("", who)
        if len(_words(who)) > 3:
            who = w.purpose_clause.compiled.sub("", who)
        return _first_subject(" ".join(who.split()).strip(" ,.;:"), self._coordinators, self._syntax)

    def untimed(self, attr: Attribution | None, times: list[str]) -> Attribution | None:
        """``attr`` whose source holds none of the time expressions ``times``: a source is who, never
        when ("..., raconte le Washington Post ce lundi": the source is "le Washington Post").

        >>> a = Attributions(lang.get("en"))
        >>> a.untimed(a.find("The town fell, said the Post on Monday."), ["Monday"]).source
        'the Post'
        >>> a.untimed(a.find("Its pact, announced in June, to sell the unit had expired."), ["June"]) is None
        True
        """
        if attr is None:
            return None
        who = attr.source
        for t in times:
            m = re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", who) if t.strip() else None
            tails = [" ".join(t.split()[k:]) for k in range(1, len(t.split()))] if m is None else []  # "[Earlier] this year, X"
            m = m or next((re.match(re.escape(x) + r"(?!\w)", who) for x in tails if who.startswith(x)), None)
            if m:
                who = who[:m.start()] if _words(who[:m.start()]) else who[m.end():]
        if who == attr.source:
            return attr
        if not _words(who):
            return None                     # ", announced in June, to sell": a time is no source
        ends = {p.lower() for p in self.words.tail_prepositions + self.words.trim_prepositions}
        kept = who.split()
        while kept and kept[-1].lower().strip(" ,;:") in ends:
            kept.pop()                      # "the Post on [Monday]"
        who = self.clean(" ".join(kept))
        return replace(attr, source=who) if who and self._plausible_source(who) else attr

    def short(self, who: str) -> str:
        """The source cut to its heads, to stand as the subject of a headline."""
        return self._trim.sub("", self.clean(who)).strip()

    def _plausible_source(self, who: str, max_words: int = 14) -> bool:
        words = _words(who)
        if not words or len(words) > max_words:
            return False
        if any(c in who for c in _QUOTE_CHARS):
            return False
        lower = [w.lower() for w in words]
        if all(w in self._openers for w in lower):
            return False                    # ", as expected,": a clause's opener, nobody
        return not any(w in self._auxiliaries or w in self._that for w in lower)

    def _verb_positions(self, text: str) -> list[re.Match[str]]:
        """Reporting verbs of a text; a capitalised one inside the sentence is a name ("Omar Said").
        (The last text's are kept: two forms of :meth:`find` ask for those of the same text.)"""
        last = getattr(self, "_last_verbs", None)
        if last is not None and last[0] == text:
            return list(last[1])
        found = [m for m in _WORD.finditer(text) if m.group(0).lower() in self.words.verbs
                 and not (m.group(0)[0].isupper() and text[:m.start()].strip(" \"“'‘"))]
        self._last_verbs = (text, tuple(found))
        return found

    def _after_verb(self, verb: str, after: str) -> str:
        """What follows a trailing reporting verb, without its adjuncts and addressee."""
        adj = self._adjunct.match(after)
        rest = after[adj.end():] if adj else after
        if verb.lower() in self.words.addressee_verbs:
            addressee = re.match(r"\s*(?:[\w.\-]+\s*){1,3}(?=[.!?\s]*$)", rest) or self._addressee_after.match(rest)
            if addressee:
                rest = rest[addressee.end():]
                adj = self._adjunct.match(rest)
                rest = rest[adj.end():] if adj else rest
        return rest

    def _trailing(self, text: str, limit: int) -> Attribution | None:
        """``content, SOURCE said [adjunct].`` or ``content, said SOURCE.``"""
        part = text[:limit]
        for m in reversed(self._verb_positions(part)):
            after = part[m.end():]
            rest = self._after_verb(m.group(0), after)
            rest_words = _words(rest)
            before = part[:m.start()]
            sep = max(before.rfind(","), max(before.rfind(q) for q in _QUOTE_CHARS))
            if sep <= 0:
                continue
            who = before[sep + 1:]
            content_end = sep
            closed = self.words.source_relative.compiled.search(before[:sep + 1])
            if closed and closed.end() == sep + 1 and closed.start() > 0 and \
                    self._plausible_source(self.clean(before[:closed.start()])):
                continue                    # "The board, which runs the port, said ...": a leading source
            if not who.strip(" `'") and rest_words and len(rest_words) <= 14 and \
                    not any(w.lower() in self._that for w in rest_words):
                # inverted: ", said SOURCE."
                src = self.clean(rest)
                if not src or not self._plausible_source(src):
                    continue
                cs, ce = strip_span(text, 0, content_end, _CONTENT_TRIM)
                return Attribution(src, m.group(0), content_end, len(part), ((cs, ce),), Form.INVERTED)
            if rest_words and not ((before[sep] in _QUOTE_CHARS or len(rest_words) <= 4) and self._tail.match(after)):
                continue                    # '"...," the spokesman said of the strongholds.' is one
            if not self._plausible_source(who):
                continue
            cs, ce = strip_span(text, 0, content_end, _CONTENT_TRIM)
            if ce <= cs:
                continue
            return Attribution(self.clean(who), m.group(0), content_end, len(part), ((cs, ce),), Form.TRAILING)
        return None

    def _leading(self, text: str, limit: int) -> Attribution | None:
        """``SOURCE said [adjunct] [that] content`` — the first reporting verb of the sentence."""
        asides = [r.span() for r in self.words.source_relative.compiled.finditer(text, 0, limit)]
        verbs = [v for v in self._verb_positions(text[:limit])
                 if not any(a < v.start() < b for a, b in asides[:1])]   # "X, citing reports, said ..."
        if not verbs:
            return None
        m = verbs[0]
        who = text[:m.start()]
        inner = self._relative_source.search(who)
        if inner and not self._relative_end.search(who) and not self._plausible_source(self.clean(who)):
            who = text[inner.start("src"):m.start()]   # "..., where prosecutors told him that ...": theirs
            found = self._leading_from(text, who, m, limit)
            return replace(found, start=inner.start("src")) if found else None
        if not self._plausible_source(self.clean(who)) or self.words.main_clause_before.compiled.search(who):
            return None                     # "The campaign began on ..., when Abadi announced ...": not a source
        if self._relative_end.search(who):
            return None                     # "Compaq, which said it discovered the bugs, still plans ...": the writer's
        return self._leading_from(text, who, m, limit)

    def _leading_from(self, text: str, who: str, m: re.Match[str], limit: int) -> Attribution | None:
        """The content after the reporting verb ``m`` of a leading source ``who``."""
        if not self._plausible_source(self.clean(who)) or self.words.main_clause_before.compiled.search(who):
            return None
        verb = m.group(0).lower()
        pos = m.end()
        if verb in self.words.addressee_verbs:
            addressee = self._addressee_before.match(text[pos:limit])
            if addressee:
                pos += addressee.end()
                return self._lead(text, who, m, pos, limit)
        adj = self._adjunct.match(text, pos)
        after_adj = adj.end() if adj else pos
        that = self._that_next.match(text[after_adj:limit])
        if that:
            return self._lead(text, who, m, after_adj + that.end(), limit)
        rest = text[after_adj:limit]
        if verb not in self.words.zero_that_verbs or self._preposition_next.match(rest):
            return None                     # "said after the game that ...": no content opens there
        first_clause = re.split(r"[,;]", rest, maxsplit=1)[0]
        verb_at = self.words.finite_verb.compiled.search(first_clause)
        if verb_at and self._coordinated.search(first_clause[:verb_at.start()]):
            verb_at = None                  # "claimed at least 217 lives and injured ...": the source's second verb
        if self.words.content_opener.compiled.match(rest) or verb_at:
            return self._lead(text, who, m, after_adj, limit)
        return None

    def _lead(self, text: str, who: str, verb: re.Match[str], content_start: int, limit: int) -> Attribution | None:
        cs, ce = strip_span(text, content_start, limit, _CONTENT_TRIM)
        if ce <= cs:
            return None
        ws = len(who) - len(who.lstrip())
        return Attribution(self.clean(who), verb.group(0), ws, content_start, ((cs, ce),), Form.LEADING)

    def _quoted(self, text: str, limit: int) -> Attribution | None:
        """``X was quoted (by M) as saying (that) content`` / ``M quoted X as saying ...``: X speaks; the
        content follows, or stands before when the sentence ends there ('"...," X was quoted as saying.')."""
        m = self._quoted_shape.search(text, 0, limit) if self._quoted_shape is not None else None
        if m is None:
            return None
        who = self.clean(m.group("src_obj") or m.group("src_subj") or "")
        if not who or not self._plausible_source(who):
            return None
        after = _spans(text, ((m.end(), limit),))
        spans = after if after and _words(text[after[0][0]:after[0][1]]) else _spans(text, ((0, m.start()),))
        if not spans:
            return None
        form = Form.LEADING if spans[0][0] >= m.end() else Form.TRAILING
        return Attribution(who, m.group("verb") or m.group("verb2"), m.start(), m.end(), spans, form)

    def _label(self, text: str) -> Attribution | None:
        """``McCurry on Friday ``I want to be clear ...``: a transcript's label before a quotation that
        runs to the end of the sentence (not one closed inside it: 'Bush "misled" the nation')."""
        m = self.words.label.compiled.match(text) if self.words.label is not None else None
        if m is None:
            return None
        rest = text[m.end():].rstrip()
        inner = rest.rstrip(" .!?\"”'")
        if any(q in inner for q in ("''", '"', "”")) or len(_words(inner)) < 4:
            return None
        spans = _spans(text, ((m.end(), len(text)),))
        return Attribution(self.clean(m.group("src")), "", m.start("src"), m.end(), spans, Form.LEADING) if spans else None

    def _according(self, text: str) -> Attribution | None:
        m = self.words.according.compiled.search(text)
        if not m:
            return None
        end = m.end()
        stop = _SOURCE_END.search(text[end:])
        who_end = end + stop.start() if stop else len(text)
        src = self.clean(text[end:who_end])
        if not src:
            return None
        start = m.start()
        while start > 0 and text[start - 1] in " ,":
            start -= 1
        spans = _spans(text, ((0, start), (who_end, len(text))))
        if not spans:
            return None
        return Attribution(src, self.words.according_verb, start, who_end, spans, Form.ACCORDING)

    def _parenthetical_form(self, text: str, limit: int) -> Attribution | None:
        """``If talks fail, Kurdish officials said, the region would ...``: the source set off by commas."""
        for m in self._parenthetical.finditer(text, 0, limit):
            if self.words.source_relative.compiled.match(text, m.start()):
                continue                    # "The paper, quoting secret reports, said ...": no source set off
            who = self.clean(m.group("source"))
            if not who or not self._plausible_source(who, 8) or any(c.isdigit() for c in who):
                continue
            spans = _spans(text, ((0, m.start()), (m.end(), limit)))
            if len(spans) == 2:
                return Attribution(who, m.group("verb"), m.start(), m.end(), spans, Form.PARENTHETICAL)
        return None


#: Where a source named after "according to" ends: a comma, a quotation mark, the sentence's end; not
#: the period of a title or an initial in a name ("according to Mr. Steinman", "Gen. J. Smith").
_SOURCE_END = re.compile(r"[,;!?\"“”]|(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})\.")


def _spans(text: str, bounds: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The non-empty stretches of ``text`` between ``bounds``, trimmed of punctuation and quotes."""
    spans = []
    for a, b in bounds:
        a, b = strip_span(text, a, b, _CONTENT_TRIM)
        if b > a:
            spans.append((a, b))
    return tuple(spans)


def find_attribution(sentence: str, language: lang.Language | str | None = None) -> Attribution | None:
    """The attribution of a sentence, or None when the article itself tells it."""
    return stage(Attributions, language).find(sentence)


def clean_source(who: str, language: lang.Language | str | None = None) -> str:
    """The source as it should be shown: no discourse markers, no purpose clause, no end comma.

    >>> clean_source("But officials close to the operation to retake the city")
    'officials close to the operation'
    """
    return stage(Attributions, language).clean(who)


def short_source(who: str, language: lang.Language | str | None = None) -> str:
    """The source cut to its heads, to stand as the subject of a headline.

    >>> short_source("Local officials from the Raqqa Civil Council and tribal leaders")
    'Local officials and tribal leaders'
    """
    return stage(Attributions, language).short(who)


__all__ = ["Attribution", "Attributions", "Form", "clean_source", "find_attribution", "short_source"]
