"""Events named by noun phrases: the time expression dates a noun phrase, not its clause.

Three cases, tried in this order (the words are the language's, :class:`chrono.lang.events.NominalWords`):

- a premodifier: "the Sept. 25 independence referendum" -> "independence referendum";
- an example list: "..., including the attacks in Paris in November 2015 that killed 130 people"
  -> "the attacks in Paris that killed 130 people";
- inside the subject: "the mastermind of attacks in Paris in November 2015 is believed ..." ->
  "attacks in Paris".
"""
from __future__ import annotations

import re

from .. import lang
from . import phrase, tree
from ..model import Modality
from .dating import DatingGroup, when_of
from .headline import HEADLINE_MAX_WORDS
from .syntax import WORD, Clause, Syntax
from .words import compile_any, stage, words_of

_NOUN_WORD = re.compile(r"\s+([A-Za-z][\w\-]+)")
_YEAR = re.compile(r"^\d{4}$")
_ERA = re.compile(r"^\d{2,3}$")       # a century or a decade ("19", "199")


def _piece(clause: Clause, start: int, end: int) -> tuple[int, int] | None:
    """The piece of ``clause`` that holds ``[start, end)``."""
    return next(((a, b) for a, b in clause.pieces if a <= start and end <= b), None)


def _set_off_year(sentence: str, dating: DatingGroup) -> bool:
    """Whether a date ends in a year set off by a comma after it ("the Dec. 21, 1988, bombing")."""
    return re.search(r"\d{4}$", sentence[dating.start:dating.end]) is not None and sentence.startswith(", ", dating.end)


def _bracketed(head) -> bool:
    """Whether a time expression's phrase stands alone in brackets ("a family fun day (Oct. 13)")."""
    doc, left, right = head.doc, head.left_edge.i, head.right_edge.i
    opened = doc[left].text == "(" or left > 0 and doc[left - 1].text == "("
    closed = doc[right].text == ")" or right + 1 < len(doc) and doc[right + 1].text == ")"
    return opened and closed


class Nominals:
    """The noun phrases that time expressions date, in one language."""

    def __init__(self, language: lang.Language) -> None:
        words = words_of(language)
        w = self.words = words.nominal
        self.syntax = stage(Syntax, language)
        self._stopwords = words.merge.stopwords
        self._relations = words.dating.relations
        self._genitives = frozenset(words.dating.genitives)
        self._indefinite = frozenset(words.syntax.articles[1:])    # the articles after the definite one ("a", "an")
        self._auxiliaries = words.syntax.auxiliaries
        self._subordinators = compile_any(w.subordinators, r"\b", r"\s+")
        self._genitive = compile_any(words.dating.genitives, r"\b", r"\s+", 0)
        self._list_opener = compile_any(w.list_openers, r",\s+", r"\s+")
        self._agent = words.headline.agent_marker
        self._stating = words.dating.stating_verbs
        self._mentions = words.mentions

    def named(self, sentence: str, clause: Clause, dating: DatingGroup, cut: tuple[int, int]) -> str | None:
        """The noun phrase the time expression of ``dating`` (cut out at ``cut``) dates, if any."""
        return (self.premodified(sentence, dating) or self._listed(sentence, clause, cut)
                or self._in_subject(sentence, clause, cut[0], cut[1]))

    def premodified(self, sentence: str, dating: DatingGroup, parsed=None, min_words: int = 2) -> str | None:
        """The noun a time expression premodifies, with what follows it up to the next break: "the
        Sept. 25 independence referendum, which ..." -> "independence referendum". The event is the
        noun's, whatever the clause around it says of it ("did not say whether it would annul ...").
        Over a parse, the noun's whole phrase, its complements and restrictive clauses: "an October
        news conference between Trump and Liu He" -> "a news conference between Trump and Liu He"."""
        words = self._premodified_words(sentence, dating)
        one = len(words) == 1 and parsed is not None and _YEAR.match(dating.main.value) is not None and self._happening(words[0])
        if len(words) < (1 if _set_off_year(sentence, dating) or one else min_words):   # (one word, "Trump's July 25 call",
            return None                     # where the clause cannot be dated or the date is set off: "the Dec. 21, 1988, bombing")
        if _ERA.match(dating.main.value) and not self._happening(words[-1]):
            return None                     # "a 1990s grunge band": a kind of the era, no happening
        if parsed is not None and not self._ends_on_noun(parsed, sentence, dating, words):
            return None                     # "the 2020 Sentra gets a new grill": "gets" is the clause's verb
        if parsed is not None and self._stated(parsed, sentence, dating, words):
            return None                     # "Savin reported a third-quarter loss": the clause states it
        found = self._noun_phrase_at(parsed, sentence, dating, words) if parsed is not None else None
        if one:                             # "the 1995 shooting of Dr. Short": the date stays with one happening noun
            dated = self._dated_happening(sentence, dating, words, found)
            return dated if dated or len(words) >= min_words else None
        return found or " ".join(words)

    def premodified_noun(self, sentence: str, dating: DatingGroup, parsed, published, head,
                         core_modality) -> str | None:
        """The noun phrase a time expression premodifies (:meth:`premodified`), or the one noun a past date
        premodifies in a clause told as a forecast: "is likely to face questions about Trump's July 25 call": the
        call's date, no forecast of July 25 (a period over by publication only; ``core_modality(top, pred)``: the
        modality of a clause's core)."""
        found = self.premodified(sentence, dating, parsed)
        if found:
            return found
        pred, span = tree.predicate_of(head), when_of(dating.main)
        if pred is None or span.end is None or published is None or span.end > published or \
                core_modality(tree.clause_top(pred), pred) != Modality.FORECAST:
            return None
        text = self.premodified(sentence, dating, parsed, min_words=1)
        return text if text and len(text.split()) > 1 else None

    @staticmethod
    def _ends_on_noun(parsed, sentence: str, dating: DatingGroup, words: list[str]) -> bool:
        """Whether the parser reads the last of the words after a date as a noun (a phrase's end)."""
        end = sentence.find(words[-1], dating.end) + len(words[-1])
        tok = next((t for t in parsed if t.idx < end <= t.idx + len(t.text)), None)
        return tok is None or tok.pos_ in ("NOUN", "PROPN")

    def _stated(self, parsed, sentence: str, dating: DatingGroup, words: list[str]) -> bool:
        """Whether the dated noun is the object of a past verb that states a figure of its named subject
        (the language's ``stating_verbs``: "Savin reported a third-quarter net loss of $3.7 million"): the
        clause tells it, as "Savin reported a net loss of $3.7 million for the third quarter" would."""
        end = sentence.find(words[-1], dating.end) + len(words[-1])
        noun = next((t for t in parsed if t.idx < end <= t.idx + len(t.text)), None)
        verb = noun.head if noun is not None else None
        subj = tree.own_subject(verb) if verb is not None else None
        return noun is not None and noun.dep_ == "obj" and verb.text.lower() in self._stating and \
            "Tense=Past" in str(verb.morph) and subj is not None

    def _noun_phrase_at(self, parsed, sentence: str, dating: DatingGroup, words: list[str]) -> str | None:
        end = sentence.find(words[-1], dating.end) + len(words[-1])
        noun = next((t for t in parsed if t.idx < end <= t.idx + len(t.text)), None)
        head = tree.timex_head(parsed, dating.start, dating.end)
        set_off = _set_off_year(sentence, dating)     # ("the Dec. 21, 1988, bombing": the parser may hang it elsewhere)
        if noun is None or head is None or noun.pos_ not in ("NOUN", "PROPN") or \
                head.i not in tree.span_ids(noun) and not set_off:
            return None
        dets = {c.i for c in noun.children if c.dep_ == "det" and c.i < head.i}   # "an October news conference"
        opener = self.words.premodifier_before.compiled.search(sentence[:dating.start]) if set_off else None
        dated = tree.date_ids(parsed, head, dating.start, dating.end) | dets | \
            {t.i for t in parsed if opener is not None and opener.start() <= t.idx and t.i < noun.i}   # "the Dec. 21, 1988,"
        text = self.noun_text(noun, dated)
        told = self._told_of(noun, dated)
        if told:
            return told
        if text and self._agent and noun.dep_.startswith("obl") and \
                not any(c.dep_ in ("nmod:poss", "nmod", "acl", "acl:relcl") for c in noun.children):
            subj = tree.own_subject(noun.head) or next(     # "..., wrote Fadem": a quotation's inverted speaker
                (c for c in noun.head.children if c.dep_ == "obj" and c.i > noun.head.i), None)
            if subj is not None and subj.pos_ == "PROPN" and subj.dep_ in ("nsubj", "obj"):   # not a passive's
                name = phrase.text_of(parsed, {t.i for t in phrase.noun_phrase(subj)})
                if len(name.split()) <= 4:
                    text = f"{text} {self._agent} {name}"  # -> "a research report by Fadem"
        return text if text and len(text.split()) > len(words) else None

    def _told_of(self, noun, dated: set[int]) -> str | None:
        """The clause a dated noun is the subject of, when it tells what the noun did: "the Aug. 7
        terrorist blasts killed 257 people" -> "Terrorist blasts killed 257 people in Nairobi"."""
        pred = noun.head
        if noun.dep_ != "nsubj" or pred.pos_ != "VERB" or "VerbForm=Inf" in str(pred.morph) or \
                any(c.dep_ in ("aux", "aux:pass", "mark") or c.dep_ == "advmod" and "Polarity=Neg" in str(c.morph)
                    for c in pred.children):
            return None                     # past facts only: no modal, no negation, no subordinate clause
        rel = tree.relative_of(pred)        # "where the Aug. 7 blasts killed ...": no relative word
        keep = phrase.clause_tokens(pred, dated, False) - dated - (tree.span_ids(rel) if rel is not None else set())
        keep -= phrase.set_off(noun.doc, keep, pred)
        keep = phrase.trim(noun.doc, keep, {pred.i, noun.i}, HEADLINE_MAX_WORDS)
        text = phrase.text_of(noun.doc, keep)
        return text if text and any(c.dep_ in ("obj", "obl") and c.i in keep for c in pred.children) else None

    def names_year_of(self, sentence: str, dating: DatingGroup, parsed=None) -> bool:
        """Whether a year premodifies one common noun ("the 2016 election", "the 2016 plan"): it names
        which one, and dates neither the noun nor the clause; not a noun of a happening alone or with its "of"-phrase
        ("the 1995 shooting of Dr. Short", over a parse). Over a parse, so does a year before a proper name that
        names no happening (:meth:`model_year`: "the 2020 Sentra")."""
        if parsed is not None and self.model_year(parsed, dating):
            return True
        before = WORD.findall(sentence[max(0, dating.start - 12):dating.start])
        if not _YEAR.match(dating.main.value) or not before or before[-1].lower() in self._indefinite:
            return False                    # "a 2018 survey by ...": a happening it tells
        found = self.words.premodifier_before.compiled.search(sentence[:dating.start])
        prep = WORD.findall(sentence[max(0, found.start() - 20):found.start()])[-1:] if found else []
        if prep and self._relations.get(prep[0].lower(), "on") != "on":
            return False                    # "violence after the disputed 2007 election": dated by it
        words = self._premodified_words(sentence, dating)
        phrase = self._noun_phrase_at(parsed, sentence, dating, words) if len(words) == 1 and parsed is not None and \
            self._happening(words[0]) else None
        if phrase and self._dated_happening(sentence, dating, words, phrase):
            return False                    # "the 1995 shooting of Dr. Short": a happening of that year
        return len(words) == 1 and words[0].islower()

    def _era_kind(self, date_text: str, noun: str) -> bool:
        """Whether a decade or century premodifies a noun of no happening ("a 1990s grunge band"): a kind of the era."""
        return bool(re.fullmatch(r"\d{4}s|\d{1,2}(?:st|nd|rd|th)[- ]century", date_text.lower())) and not self._happening(noun)

    def era_kind(self, head) -> bool:
        """Over a parse: whether the date whose head is ``head`` premodifies a noun of no happening as a decade or a
        century ("Not to be confused with a 1990s grunge band, ..."): it dates nothing."""
        return head.dep_ in ("compound", "amod", "nummod") and head.head.pos_ == "NOUN" and head.i < head.head.i and \
            self._era_kind(head.text, head.head.text)

    def _happening(self, word: str) -> bool:
        """Whether a noun names a happening wherever it stands (the language's ``mentions``: "shooting")."""
        return self._mentions is not None and self._mentions.marks("NOUN", word.lower())

    def _dated_happening(self, sentence: str, dating: DatingGroup, words: list[str], found: str | None) -> str | None:
        """The phrase (``found``) of one happening noun a year premodifies, the date kept in it ("the 1995
        shooting of Dr. Hugh Short"): the noun alone names no more than "shooting". None unless the noun ends
        its phrase or an "of"-complement follows it."""
        found = found or words[0]
        rest = found.split()[1:]
        if found.split()[0].lower() != words[0].lower() or rest and rest[0].lower() not in self._genitives:
            return None
        return f"the {sentence[dating.start:dating.end]} {found}"

    def model_year(self, parsed, dating: DatingGroup) -> bool:
        """Whether a year premodifies a proper name whose words name no happening (the language's
        ``named_happenings``): a model or an edition ("the 2020 Sentra gets a new grill", "features
        available on the 2020 Sentra"), no date; "the 2020 Bangkok International Motor Show", "the 2019
        Davis Cup Finals" name happenings, dated by their year. A pack with no such words reads no model year."""
        if not self.words.named_happenings or len(dating.timexes) != 1 or not _YEAR.match(dating.main.value) or \
                not _YEAR.match(parsed.text[dating.start:dating.end].strip()):
            return False                    # the year written alone: not "last year", not "Oct. 2020"
        head = tree.timex_head(parsed, dating.start, dating.end)
        if head is None or head.dep_ not in ("nummod", "compound", "amod", "nmod:unmarked"):
            return False
        name = head.head
        if name.pos_ != "PROPN" or name.i <= head.i:
            return False
        said, j = set(), head.i + 1         # the words of the name: the run of names, nouns and hyphens after the year
        while j < len(parsed) and (parsed[j].pos_ in ("PROPN", "NOUN", "ADJ") or parsed[j].text in "-–"):
            said.add(parsed[j].text.lower())
            j += 1
        return not said & self.words.named_happenings

    def _premodified_words(self, sentence: str, dating: DatingGroup) -> list[str]:
        if not self.words.premodifier_before.compiled.search(sentence[:dating.start]):
            return []
        words, pos, set_off = [], dating.end, _set_off_year(sentence, dating)
        if set_off:
            pos += 1                        # "the Dec. 21, 1988, bombing of Pan Am Flight 103" (a noun, not a verb)
        while len(words) < 4:
            m = _NOUN_WORD.match(sentence, pos)
            if m is None or m.group(1).lower() in self._stopwords or \
                    self.syntax.is_verb_form(m.group(1)) and not (set_off and not words):
                break
            words.append(m.group(1))
            pos = m.end()
        while words and not words[-1].islower():
            words.pop()                     # end on a common noun: "the 2015 Paris attacks"
        return words

    def _listed(self, sentence: str, clause: Clause, cut: tuple[int, int]) -> str | None:
        """The listed noun phrase a time expression stands in, with the rest of its piece of clause:
        "..., including the attacks in Paris in November 2015 that killed 130 people" -> "the attacks
        in Paris that killed 130 people"."""
        piece = _piece(clause, cut[0], cut[1])
        if piece is None:
            return None
        found = list(self._list_opener.finditer(sentence, piece[0], cut[0]))
        if not found:
            return None
        head = sentence[found[-1].end():cut[0]]
        words = WORD.findall(head)
        if not words or any(self.syntax.is_verb_form(w) for w in words):
            return None
        tail = sentence[cut[1]:piece[1]].rstrip(" .")
        return (head.rstrip() + " " + tail.strip()).strip()

    def _in_subject(self, sentence: str, clause: Clause, phrase_start: int, phrase_end: int) -> str | None:
        """The noun phrase a time expression dates when it stands inside its clause's subject."""
        piece = _piece(clause, phrase_start, phrase_end)
        if piece is None:
            return None
        pre = sentence[piece[0]:phrase_start]
        subs = list(self._subordinators.finditer(pre))
        if subs:
            pre = pre[subs[-1].end():]
        post_words = WORD.findall(sentence[phrase_end:piece[1]])
        pre_words = WORD.findall(pre)
        if not pre_words or not post_words or pre.rstrip(" \"“”'‘’").endswith(","):   # (a quotation opening after it)
            return None
        if any(self.syntax.is_verb_form(w) for w in pre_words) or post_words[0].lower() not in self._auxiliaries:
            return None                     # "Syrian troops on Tuesday recaptured ...": the clause's date
        dated = WORD.findall(sentence[phrase_start:phrase_end])
        if dated and dated[0].lower() not in self._relations:
            return None                     # "Net income this year has risen": a bare date is the clause's
        np = pre.strip()
        m = list(self._genitive.finditer(np))
        if m:
            np = np[m[-1].end():]
        return np if WORD.findall(np) else None

    def named_by(self, head, pred, dated: tuple = ()):
        """Over a parse (:mod:`.tree`): the noun a dating phrase names an event by, rather than its predicate: a noun inside the
        predicate's subject ("the organiser of attacks in Brussels in March 2016 is believed ..."), or
        an example of a list ("..., including the attacks in Paris in November 2015"); a noun its date follows in
        brackets (``dated``: the spans of the sentence's dating groups, whose own nouns are no such noun)."""
        noun = head.head
        if head.i > noun.i and noun.pos_ in ("NOUN", "PROPN") and noun.i != pred.i and _bracketed(head) and \
                not any(a <= noun.idx < b for a, b in dated):
            return noun                     # "a family fun day (Oct. 13)": the noun's date (not "Monday night (Nov. 18)")
        if head.dep_ in ("compound", "amod", "nummod") and noun.pos_ == "NOUN" and head.i < noun.i \
                and noun.i != pred.i and any(c.isdigit() for c in head.text) and \
                (len(list(noun.subtree)) - len(list(head.subtree)) >= 4 or self._named_only(noun, head, pred)):
            return noun                     # "a scheduled Dec. 15 imposition of tariffs", "the July 10 meeting"
        if head.dep_ not in ("nmod", "nmod:tmod", "nmod:unmarked", "obl", "obl:tmod") or noun.i == pred.i or \
                noun.pos_ not in ("NOUN", "PROPN"):
            return None
        subj = tree.own_subject(pred)
        inside = tree.span_ids(subj) if subj is not None else set()
        if noun.i in inside and subj.i <= noun.i < head.i and any(c.dep_ == "case" for c in head.children):
            start = head.left_edge.i        # (a bare date after the subject is the clause's: "Net income this year has risen")
            between = [i for i in range(noun.i + 1, start) if i in inside]
            if noun.i != subj.i and not between:
                return noun
            if between:                     # "the organiser of attacks in Brussels in March 2016": the nearest
                return next((subj.doc[i] for i in reversed(between) if subj.doc[i].pos_ == "NOUN"
                             and subj.doc[i].dep_ != "obl:agent"), None)   # (an agent is who: "obtained by our correspondent")
            return None                     # "The court on Friday annulled ...": the wire's day of the clause
        openers = self.words.list_openers
        if any(c.dep_ == "case" and c.text.lower() in openers for c in noun.children):
            return noun
        return None

    def _named_only(self, noun, head, pred) -> bool:
        """Whether a determined noun a date premodifies is all the date dates: it is no occasion of
        the predicate ("said in an Oct. 26 letter", "was seen at a September 11 commemoration" date
        the saying, the seeing), it stands deeper ("shifted his account of the July 10 meeting")."""
        if not any(c.dep_ == "det" and c.i < head.i for c in noun.children):
            return False
        occasion = noun.head.i == pred.i and noun.dep_.startswith("obl") and \
            any(c.dep_ == "case" and c.text.lower() in self._relations for c in noun.children)
        return not occasion

    def noun_text(self, noun, dated: set[int]) -> str | None:
        """A noun's phrase without its date and its list opener: "attacks in Brussels"; without the
        clauses set off by commas ("..., in which he said ...")."""
        parsed = noun.doc
        drop = dated | {c.i for c in noun.children if c.dep_ == "case" or "PronType=Rel" in str(c.morph)}
        keep = phrase.clause_tokens(noun, drop, False) - drop
        keep -= phrase.set_off(parsed, keep, noun)
        keep = phrase.trim(parsed, keep, {noun.i}, HEADLINE_MAX_WORDS)
        return phrase.text_of(parsed, keep) or None


__all__ = ["Nominals"]
