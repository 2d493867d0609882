"""Headlines: a clause compressed to at most ``HEADLINE_MAX_WORDS`` words.

The time expression (with its preposition) and the attribution are already cut out by the
caller; this module drops what does not tell what happened — discourse markers ("But",
"Separately,"), hedging adverbs ("already", "reportedly"), quotation marks, parentheses — and
then, while the headline is too long, trailing appositives and trailing adjuncts ("after intense
fighting", "with the help of ..."), most cuttable first. The words are the language's
(:class:`chrono.lang.events.HeadlineWords`; English examples).

>>> compress("Separately, the army retook the town from IS after intense fighting and Russian airstrikes "
...          "that lasted for several days and nights")
'The army retook the town from IS'
"""
from __future__ import annotations

import re

from .. import lang
from . import last_check, phrase, sentencehood, wording
from .cuts import cut_aside as _cut_aside, cut_trailing_appositive as _cut_trailing_appositive
from .cuts import STRANDED as _STRANDED, aside_start, fronted_description, own_clause, own_verb, stranded
from .cuts import fronted_participle, without_per_share
from .cuts import unless_in_name as _unless_in_name
from .syntax import Syntax
from .words import compile_any, stage, words_of

#: An opening word before a comma: a preposition whose object (a date) was cut when it is one.
_OPENING_STRANDED = re.compile(r"^([A-Za-z]+)\s*,\s+")

#: The longest headline, in words.
HEADLINE_MAX_WORDS = 15

#: How many words over the limit a headline may run rather than lose a name at its end.
NAME_SLACK = 2

HARD_SLACK = NAME_SLACK    #: how many words over the limit a headline may run rather than be cut where no adjunct opens

MIN_HARD_CUT = 5    #: the fewest words a hard cut keeps before a phrase boundary

#: The longest verbless phrase after a leading subordinator that a headline drops whole ("After a
#: three-year silence, ...").
FRONTED_MAX_WORDS = 6

#: The longest aside between commas in a subject that a long headline drops (:meth:`Headlines._drop_subject_aside`).
MAX_ASIDE_WORDS = 10

_ASIDE_PAIR = re.compile(r",\s+([^,;]+?),\s+")
_ASIDE_OPEN = re.compile(r",\s+(?=([^,;]+?),\s+)")     # (overlapping: "X, Rep. Y, ranking member, pushed")
_PARENS = re.compile(r"\s*\([^()]*\)")
_ORPHAN_CLOSE = re.compile(r"^[^()]{0,40}\)\s*")    # the end of a parenthesis whose start was cut
_SQUARE = re.compile(r"[\[\]]")       # the brackets of an editor's insertion, kept or cut alone
_COMPOUND_TAIL = re.compile(r"-[a-z][\w\-]*$")
_SPEAKER_QUOTES = "\"“”"


def _words(text: str) -> list[str]:
    return text.split()


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",(?:\s*,)+", ",", text)
    text = re.sub(r"^[\s,;:\-–—]+|[\s,;:\-–—.]+$", "", text)
    return text


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


class Headlines:
    """The headline writer of one language."""

    def __init__(self, language: lang.Language) -> None:
        words = words_of(language)
        w = self.words = words.headline
        self._syntax = stage(Syntax, language)
        self._stopwords = words.merge.stopwords
        self._common_names = words.merge.common_names
        self._auxiliaries = words.syntax.auxiliaries
        self._source_pronouns = words.reporting.source_pronouns
        self._coordinators = frozenset(words.syntax.coordinators)
        self._articles = frozenset(w.indefinite_articles) | frozenset([w.definite_article] if w.definite_article else [])
        self._markers = compile_any((re.escape(m) for m in words.reporting.discourse_markers), r"^(?:", r"\b[\s,]*)+")
        self._drop = compile_any(sorted(w.drop_words), r"\b", r"\b\s*")
        self._leading = compile_any(words.syntax.complementizers + w.leading_subordinators, "^", r"\s+")
        self._subordinators = compile_any(w.leading_subordinators, "^", r"\s+")
        self._participle = w.fronted_participle.compiled if w.fronted_participle is not None else None
        self._name_word = re.compile(r"(?<![.!?]\s)(?<!^)\b" + w.name.regex)
        syn = words.syntax
        self._boundaries = frozenset(c.split()[0] for c in w.trim_cues) | frozenset(
            w.leading_subordinators + syn.complementizers + syn.coordinators + syn.relative_openers)
        self._adverbials = frozenset(c.split()[0] for c in w.trim_cues) | frozenset(
            s for s in w.leading_subordinators if s.isalpha())     # what opens a fronted adjunct ("if", "with")
        self._clause_openers = frozenset(syn.complementizers + syn.relative_openers) | frozenset(
            s for s in w.leading_subordinators if s.isalpha())     # a verb after one is no main predicate
        if w.definite_article:
            phrase.DEFINITE[language.code] = w.definite_article
        wording.register(language.code, w)
        sentencehood.DEADLINE_VERBS[language.code], sentencehood.PARTITIVES[language.code] = \
            w.deadline_verbs, (w.partitives, frozenset(words.dating.genitives))

    # --- cleaning ---------------------------------------------------------------------------

    def clean(self, text: str, *, subject: str | None = None, speaker: str | None = None, clause: bool = False) -> str:
        """A clause without glue: markers, hedges, quotes, parentheses, square brackets (not their words); a leading source pronoun
        ("they had struck a deal") replaced by ``subject`` when given; a leading first-person pronoun
        of a quotation read as a report (:meth:`_first_person`, ``speaker`` the quotation's source).
        ``clause``: the text is a parsed clause, its opening complementizer already cut, so a leading
        word of that form is a determiner ("That relationship began") and stays."""
        leading = self._leading
        if clause and self._determiner_first(text):
            leading = self._subordinators
        text = " ".join(text.split())
        text = self.words.dateline.compiled.sub("", text)
        text = _ORPHAN_CLOSE.sub("", _PARENS.sub("", text))
        text = _SQUARE.sub("", text)        # "[the company] faced": an editor's words stand in the text
        text = without_per_share(text, self.words.per_share)
        text = self.words.quotation_marks.compiled.sub("", text)
        text = _tidy(_STRANDED.sub(lambda m: stranded(m, self._preposition, self._coordinators), text))
        opening = _OPENING_STRANDED.match(text)     # "For [the quarter ended Sept. 30], Delta posted ..."
        text = text[opening.end():] if opening and self._preposition(opening.group(1).lower()) else text
        for _ in range(3):
            text = self._markers.sub("", text)
            text = self._fronted_phrase(text)
            text = fronted_participle(text, self._participle, self._syntax, self._coordinators | self._clause_openers)
            text = leading.sub("", text)
            text = _tidy(text)
        text = fronted_description(text, self._articles, self._syntax)
        text = self._drop.sub(lambda m: m.group(0) if self._kept(m) else _unless_in_name(m), text)
        text = _tidy(text)
        first = text.split(" ", 1)
        if subject and first and first[0].lower() in self._source_pronouns:
            text = subject + (" " + first[1] if len(first) > 1 else "")
        return self._first_person(text, speaker)

    def _kept(self, m) -> bool:
        """Whether a drop word matched at ``m`` ends one of the language's phrases it belongs to ("break even")."""
        before = m.string[:m.start()].split()[-1:]
        return bool(before) and f"{before[0]} {m.group(0).strip()}".lower() in self.words.kept_phrases

    def _determiner_first(self, text: str) -> bool:
        """Whether a parsed clause opens with a complementizer's form used as a determiner: before a
        lower-case word that is no function word ("That relationship began"; not "that the army")."""
        words = text.split(" ", 2)
        return len(words) > 2 and bool(self._leading.match(words[0] + " ")) and words[1].islower() and \
            words[1] not in self._stopwords and not self._leading.match(words[1] + " ")

    def _fronted_phrase(self, text: str) -> str:
        """A leading subordinator's verbless phrase set off by a comma dropped whole: "After a
        three-year silence, there has been news" -> "there has been news" (dropping only "After" would
        leave "A three-year silence, there ..."). A phrase with a verb stays for :attr:`_leading`."""
        m = self._leading.match(text)
        comma = text.find(", ", m.end()) if m else -1
        if comma < 0:
            return text
        phrase, rest = text[m.end():comma], text[comma + 2:]
        if len(_words(phrase)) > FRONTED_MAX_WORDS or self._syntax.has_verb(phrase):
            return text                 # (a short clause keeps the phrase, after it: "Iraq has changed since the war")
        return rest if len(_words(rest)) >= 4 else f"{rest[:1].upper()}{rest[1:]} {m.group(0).strip().lower()} {phrase}"

    def _first_person(self, text: str, speaker: str | None) -> str:
        """A quotation's first-person opening as a report: "We expect difficult fighting" ->
        "Difficult fighting expected"; "We expect the talks to last two days" -> "The talks expected
        to last two days"; "We will push on" -> "<speaker> will push on" (kept when no speaker), its verb agreeing
        with the speaker ("We have learned" -> "Grisham has learned")."""
        w = self.words
        words = text.split(" ")
        if len(words) < 3 or words[0].lower() not in w.first_person:
            return text
        k = 1
        while k < len(words) - 1 and words[k].lower() in w.first_person_adverbs:
            k += 1
        verb = words[k].lower()
        if verb in w.first_person_passive:
            rest = " ".join(words[k + 1:])
            if len(words) - k - 1 < 2 or words[k + 1].lower() in w.object_words:
                return text                 # "We expect it": nothing to make a report of
            to = w.infinitive.compiled.search(rest)
            participle = w.first_person_passive[verb]
            if to:
                return rest[:to.start()] + " " + participle + rest[to.start():]
            return rest + " " + participle
        if speaker and verb in self._auxiliaries and not any(c in speaker for c in _SPEAKER_QUOTES):
            forms = (w.agreement or {}).get(verb)      # "We have learned" -> "Grisham has learned"
            if forms:
                many = any(x.lower() in self._coordinators for x in speaker.split())
                words[k] = forms[1 if many else 0] if words[k].islower() else capitalise(forms[1 if many else 0])
            return speaker + " " + " ".join(words[1:])
        return text

    def heads(self, who: str) -> str:
        """A source (cut to its heads) as the subject of a headline: the name in it ("A spokesman,
        Colonel Ryan Dillon" -> "Colonel Ryan Dillon"; "Zippy Duvall, the president" -> "Zippy Duvall")."""
        parts = who.split(", ")
        first = parts[0].split()
        if len(parts) > 1 and 0 < len(first) <= 4 and all(w[:1].isupper() and w.lower() not in self._stopwords
                                                           for w in first):
            return parts[0]
        named = len(parts) > 1 and any(w[:1].isupper() for w in parts[-1].split())
        return parts[-1] if named else who

    # --- shortening -------------------------------------------------------------------------

    def shorten(self, text: str, limit: int = HEADLINE_MAX_WORDS) -> str:
        """``text`` cut to at most ``limit`` words at the best place found: first a mid-sentence aside after a
        dash or semicolon, then a company's city and state, then a mid-sentence appositive, then trailing
        appositives, then a trailing adjunct that holds no name, then the place nouns before names ("the city of
        Mosul" -> "Mosul"), then any trailing adjunct. A headline at most ``NAME_SLACK`` words too long whose only
        cuts would lose a name stays whole. A run-on clause is first cut to ``4 * limit`` words (a bounded search).
        """
        words = _words(text)
        if len(words) > 4 * limit:
            text = " ".join(words[:4 * limit])
        if len(_words(text)) > limit:
            text = _cut_aside(text) or text
        while len(_words(text)) > limit:
            shorter = self._drop_fronted(text) or self._drop_mid_appositive(text) or self._drop_subject_aside(text)
            if shorter is None:
                break
            text = shorter
        while len(_words(text)) > limit:
            shorter = _cut_trailing_appositive(text)
            if shorter is None or len(_words(shorter)) < 4 or \
                    (self._syntax.has_verb(text) and not self._syntax.has_verb(shorter)):
                break                       # (not the predicate after a list: "The team of A, B and C gave")
            text = shorter
        if len(_words(text)) > limit:
            cut = self._cut_adjunct(text, limit)
            if cut is not None and not self._has_name(text[len(cut):]):
                return _tidy(cut)
            text = self.words.place_noun.compiled.sub("", text)     # "the city of Deir el-Zour" -> "Deir el-Zour"
        if len(_words(text)) > limit:
            cut = self._cut_adjunct(text, limit)
            if len(_words(text)) <= limit + NAME_SLACK and (cut is None or self._has_name(text[len(cut):])):
                return _tidy(text)
            if cut is None and len(_words(text)) <= limit + HARD_SLACK:
                return _tidy(text)          # a few words too many rather than a cut with no phrase boundary
            text = cut or self._hard_cut(text, limit)
        return _tidy(text)

    def _drop_mid_appositive(self, text: str) -> str | None:
        """ "The SDF, a coalition of Kurdish and Arab fighters, launched ..." -> "The SDF launched ..."; first a
        company's city and state ("Cilcorp Inc., Peoria, Ill., said" -> "Cilcorp Inc. said": ``place_aside``)."""
        for pattern in (self.words.place_aside, self.words.mid_appositive):
            for m in pattern.compiled.finditer(text) if pattern is not None else ():
                after = text[m.end():].split(" ", 1)[0]
                if after.islower() and self._syntax.is_verb_form(after):
                    return text[:m.start()] + " " + text[m.end():]
        return None

    def _drop_fronted(self, text: str) -> str | None:
        """A long text's fronted verbless adjunct dropped before a clause of four words or more:
        "At that appropriations hearing, Rep. Serrano ... was skeptical" -> "Rep. Serrano ... was
        skeptical". Not a leading name ("Kurt Volker, former envoy, and ... testified", "Poland, Hungary and
        ... joined"), nor a subject
        before its aside ("The SDF, a coalition of ..., launched": the clause must open capitalised, unless
        an adjunct's opener opens the head). A fronted adverbial clause goes too ("If they believed it, the
        better strategy would have been ..."), never before a clause's rest (", said X")."""
        i = text.find(", ")
        if i < 0:
            return None
        head, rest = text[:i], text[i + 2:]
        first = head.split(" ", 1)[0].lower()
        opened = first in self._adverbials  # ("if", "despite", "with": what opens an adjunct)
        if " " not in head and head[:1].isupper() and not opened or len(_words(rest)) < 4 or not self._syntax.has_verb(rest) or not own_clause(rest, self._syntax, self._coordinators | self._clause_openers):
            return None
        if self._syntax.has_verb(head):     # a fronted adverbial clause: "If they had believed it, the better
            return rest if opened and own_verb(head, self._clause_openers, self._syntax) else None    # strategy would ...", not "Despite the
                                            # announcement that they had agreed, ..."
        if not (rest[:1].isupper() or opened) or (first not in self._boundaries and not self._preposition(first) and
                                                  self._has_name(head)):     # ("At a hearing of the House ...,": no name)
            return None                     # (a lower-case clause after a phrase a preposition opens: "Despite
        return rest                         # its cost, scientists kept ...")

    def _preposition(self, word: str) -> bool:
        """Whether a word (lower case) is one a headline may not end with and no article: a preposition
        or a conjunction ("at", "into"; not "the")."""
        return word in self.words.dangling_ends and word not in self._articles

    def _drop_subject_aside(self, text: str) -> str | None:
        """A long text's aside between commas inside its subject, opened by a lower-case word and
        followed by the verb, dropped: "Tim Morrison, another top NSC aide, testified" -> "Tim
        Morrison testified" (also one before a coordinated subject's "and"); "I found out 46 people, for some reason or another, visited"."""
        for o in _ASIDE_OPEN.finditer(text):
            m = _ASIDE_PAIR.match(text, o.start())
            inner, after = m.group(1), text[m.end():].split(" ", 1)[0]
            verb = self._syntax.is_verb_form(after) or (after in self._coordinators and
                                                        self._syntax.has_verb(text[m.end():]))
            if inner[:1].islower() and len(_words(inner)) <= MAX_ASIDE_WORDS and after.islower() and verb and \
                    not self._syntax.has_verb(inner):
                return text[:aside_start(text, m.start(), self._articles, self._syntax)] + " " + text[m.end():]
        return None

    def _has_name(self, text: str) -> bool:
        """Whether ``text`` holds a name worth keeping; "U.S.-led", "US-backed" are adjectives of a
        common name, not names."""
        for w in self._name_word.findall(text):
            base = _COMPOUND_TAIL.sub("", w).lower()
            if base not in self._stopwords and base not in self._common_names and base.rstrip(".") not in self._common_names:
                return True
        return False

    def _cut_adjunct(self, text: str, limit: int) -> str | None:
        """The text cut before its last trailing adjunct that fits, most cuttable cue first; a cut that
        would lose a name ("... of Deir el-Zour") only when no cut keeps every name."""
        words = _words(text)
        lower = [w.lower() for w in words]
        fallback = None
        verb = self._syntax.has_verb(text)
        for cue in self.words.trim_cues:
            cue_words = cue.split()
            n = len(cue_words)
            best = None
            for i in range(4, len(words) - n + 1):
                if lower[i:i + n] == cue_words and i <= limit and \
                        (not verb or self._syntax.has_verb(" ".join(words[:i]))):
                    best = i                # (never a cut that loses the predicate: "The most recent twists")
            if best is not None:
                if not self._has_name(" ".join(words[best:])):
                    return " ".join(words[:best])
                fallback = fallback or " ".join(words[:best])
        return fallback

    def _hard_cut(self, text: str, limit: int) -> str:
        """The first ``limit`` words, cut back to the last phrase boundary among them (a comma, a
        subordinator, a coordinator, a preposition opening an adjunct) when one leaves at least
        :data:`MIN_HARD_CUT` words: "... members if they boost oil [production]" -> "... members"."""
        all_words = _words(text)
        words = all_words[:limit]
        if len(all_words) > limit:
            cuts = [i for i in range(MIN_HARD_CUT, limit) if (words[i].lower() in self._boundaries and
                    not (words[i].islower() and words[i - 1][:1].isupper() and all_words[i + 1][:1].isupper()))
                    or words[i - 1].endswith(",")]     # (not inside a name: "Securities and Exchange Commission")
            verb = next((i for i, w in enumerate(words) if self._syntax.is_verb_form(w)), None)
            if verb is not None and not any(w.lower() in self._clause_openers for w in words[:verb]):
                cuts = [i for i in cuts if i > verb]    # never before the predicate: "X, Industry and Energy has unveiled"
            if cuts:
                words = words[:cuts[-1]]
            else:
                words = self._phrase_end(all_words, limit) or words
        while len(words) > 3 and words[-1].lower().strip(",;:") in self._stopwords:
            words.pop()
        return " ".join(words).rstrip(",;:")    # (a name before a comma stays: "Rep. Robert Aderholt,")

    def _phrase_end(self, words: list[str], limit: int) -> list[str] | None:
        """The first ``limit`` words and up to :data:`HARD_SLACK` more, to the end of the phrase the limit
        falls in: before the next preposition or conjunction ("... gave their initial impressions | of
        the new format"), never inside a name; None when no phrase ends so near."""
        for j in range(limit, min(len(words), limit + HARD_SLACK + 1)):
            w, last = words[j], words[j - 1]
            opens = w.islower() and (w in self._boundaries or self._preposition(w))
            if opens and last.lower().strip(",;:") not in self._stopwords and not last.endswith(","):
                return words[:j]
        return None

    def compress(self, text: str, *, subject: str | None = None, speaker: str | None = None,
                 limit: int = HEADLINE_MAX_WORDS, clause: bool = False) -> str:
        """The headline of a clause's text (see :func:`compress`; ``clause`` as for :meth:`clean`)."""
        text = self.undangle(self.shorten(self.clean(text, subject=subject, speaker=speaker, clause=clause), limit))
        return capitalise(self.articles(text))

    def articles(self, text: str) -> str:
        """Each indefinite article in the form its next word takes (:func:`.last_check.articles`)."""
        vowel = self.words.vowel_sound
        return last_check.articles(text, self.words.indefinite_articles, vowel.compiled if vowel else None)

    def undangle(self, text: str) -> str:
        """``text`` without the words it may not end with, a possessor left alone, a purpose without its infinitive."""
        tail = self.words.purpose_tail.compiled.search(text) if self.words.purpose_tail is not None else None   # ("in a bid")
        out = last_check.undangle(text[:tail.start()] if tail and len(text[:tail.start()].split()) >= 3 else text, self.words.dangling_ends, self.words.possessive_ends, self._articles)
        return text if out == text else _tidy(out)


def compress(text: str, *, subject: str | None = None, speaker: str | None = None,
             limit: int = HEADLINE_MAX_WORDS, language: lang.Language | str | None = None, clause: bool = False) -> str:
    """The headline of a clause's text.

    >>> compress("We still expect difficult fighting")
    'Difficult fighting expected'
    >>> compress("we will not set a time", speaker="Colonel Ryan Dillon")
    'Colonel Ryan Dillon will not set a time'
    """
    return stage(Headlines, language).compress(text, subject=subject, speaker=speaker, limit=limit, clause=clause)


def clean(text: str, *, subject: str | None = None, speaker: str | None = None,
          language: lang.Language | str | None = None) -> str:
    """A clause without glue (:meth:`Headlines.clean`)."""
    return stage(Headlines, language).clean(text, subject=subject, speaker=speaker)


def shorten(text: str, limit: int = HEADLINE_MAX_WORDS, language: lang.Language | str | None = None) -> str:
    """``text`` cut to at most ``limit`` words (:meth:`Headlines.shorten`)."""
    return stage(Headlines, language).shorten(text, limit)


__all__ = ["HARD_SLACK", "HEADLINE_MAX_WORDS", "NAME_SLACK", "Headlines", "capitalise", "clean", "compress", "shorten"]
