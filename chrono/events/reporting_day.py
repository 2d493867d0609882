"""The event of a report dated by its own time expression (:class:`.structure.TreeEvents`): "Officials said
Saturday the town fell" is the officials' report of that Saturday, headlined by what they said."""
from __future__ import annotations

from .. import lang
from ..model import Modality
from . import afterward, tree, wording
from .dating import is_future, when_of
from .predicate import negative_argument, short_phrase, words_text
from .record import Unreadable as _Unreadable, event_of

#: The longest subject lent to a clause, in words (the tree reader's too).
LENT_SUBJECT_WORDS = 6


def reporting_day_event(trees, ctx, group, report, memory):
    """A report dated by the group, as an event: who said what ("The military said government
    forces retook Mayadeen"); its modality is the report's own (a denial is negated). ``trees``: the
    language's :class:`.structure.TreeEvents`."""
    content = tree.content_of(report)
    if content is None:
        return None
    parsed = ctx.parsed
    source, verb = trees._source(ctx, report)
    dated = _dated(ctx, group)

    def whole():                        # the report's clause, its content inside
        return trees._clause_text(ctx, report, report, dated, None, memory,
                                  subject_as=trees.headlines.heads(trees.attributions.short(source)) if source else None)

    if content.head.i == report.i and content.i > report.i:   # "officials said Saturday (that) the town fell"
        text = whole()
    else:                               # "the town fell, officials said Saturday": the content, then who said it
        top = tree.clause_top(content)
        body = trees._clause_text(ctx, top, content, dated | (tree.span_ids(report) - tree.span_ids(top)), None, memory)
        subj = tree.own_subject(report)
        who = short_phrase(parsed, LENT_SUBJECT_WORDS, subj) if subj is not None and subj.pos_ != "PRON" else source
        openers = lang.of(ctx.doc.language).reading.sentences.openers
        modifier = report.dep_ in ("acl", "amod") and "VerbForm=Part" in str(report.morph)
        if not who or not body or modifier:
            text = body or (whole() if content.head.i == report.i else None)   # ("..., a deal announced Monday":
            #                             what was announced, not "a deal announced")
        elif content.i < report.i:
            text = f"{body.rstrip(',;: ')}, {who} {report.text}"   # the report is the happening: who said it stays
        else:
            text = f"{who} {report.text} {wording.inside(body, ctx.doc.text, openers)}"
    if text is None:
        raise _Unreadable(ctx.sentence, "no subject")
    headline = trees.headlines.compress(text, speaker=ctx.speaker)
    if len(headline.split()) < 2:
        return None
    core = words_text(tree.core_tokens(report, report))
    modality = trees.modalities.classify(core, future=is_future(group.main, ctx.doc.published),
                                        reporting_verb=verb)
    if modality == Modality.FACT and (trees.modalities.denies(words_text(tree.core_tokens(tree.clause_top(content), content)))
                                      or negative_argument(content)):
        modality = Modality.NEGATED     # "X said it had not decided ...": a happening reported as not so
    off = ctx.span.start
    trigger = (off + report.idx, off + report.idx + len(report.text), report.text)
    return event_of(ctx.doc, ctx.span, ctx.sentence, group.main, headline, when_of(group.main), modality, source,
                    "reporting-day", timex_text=group.main.text, trigger=trigger)


def reporting_day_events(trees, ctx, group, report, memory) -> list:
    """The report's event (:func:`reporting_day_event`), and the event of its content's "after" clause, what
    came before the report (:mod:`.afterward`: "announced on Sept. 30 that it was withdrawing its filing, shortly
    after Neumann stepped down")."""
    event = reporting_day_event(trees, ctx, group, report, memory)
    before = afterward.preceding_event(trees, ctx, group.main, tree.content_of(report), event, _dated(ctx, group), memory,
                                       ctx.sentence[group.start:group.end])
    return [e for e in (event, before) if e is not None]


def _dated(ctx, group) -> set[int]:
    """The tokens of the dating group's phrase in the sentence's parse."""
    head = tree.timex_head(ctx.parsed, group.start, group.end)
    return tree.date_ids(ctx.parsed, head, group.start, group.end) if head is not None else set()


__all__ = ["reporting_day_event", "reporting_day_events"]
