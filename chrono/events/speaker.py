"""Who speaks through a reporting verb of a UD tree: the phrase that names who says so.

- a report that is itself the happening told ("the company told customers Monday") inside another's
  content ("An IBM spokeswoman said the company told ...") is told by that other reporter;
- a passive report names its speaker by its agent ("was told by Bush's son") or not at all ("The
  three are expected to join"): its subject is what or whom it is about, never the speaker;
- a report coordinated with a predicate that has the subject ("The agency did not mention him, but
  said Friday that ...") shares that subject;
- a participial report with no subject of its own ("The minister sought to calm the row, saying on
  Friday that ...", "Police issued a statement, adding that ...") is told by the subject of the
  clause it hangs on.

>>> from chrono.events.parse import parse
>>> from chrono.lang.en.events.reporting import REPORTING_VERBS
>>> is_report = lambda t: t.pos_ == "VERB" and t.text.lower() in REPORTING_VERBS
>>> doc = parse(["The three are expected to join in April."], "en")[0]
>>> doc is None or reporter(doc[3], doc[3], is_report) == (None, False)
True
"""
from __future__ import annotations

from . import phrase, tree
from .attribution import Form
from .predicate import is_teller, report_over

_PASSIVE_SUBJECTS = ("nsubj:pass", "csubj:pass")
_AGENTS = ("obl:agent",)


def reporter(report, top, is_report) -> tuple[object | None, bool]:
    """The token heading the phrase that names who speaks through ``report`` (a reporting verb whose
    content holds the clause of ``top``, or ``top`` itself: the report is the happening told; ``top``
    None: the report is dated as the event, its own subject speaks), and whether a speaker can be
    named at all (False: a passive report with no agent)."""
    if top is None:                         # the report dated as the event ("X was told Monday that ..."):
        return tree.own_subject(report), True   # its own subject, which its headline keeps
    if top.i == report.i:
        outer = report_over(report, is_report)
        if outer is not None and outer.i != report.i:
            report = outer                  # the happening is a report told by another
    subj = tree.own_subject(report)
    if subj is not None and subj.dep_ in _PASSIVE_SUBJECTS:
        agent = next((c for c in report.children if c.dep_ in _AGENTS), None)
        return agent, agent is not None
    t = report
    for _ in range(4):
        if subj is not None or not (t.dep_ in ("conj", "xcomp") or _participle(t)) or t.head.i == t.i:
            break
        t = t.head                          # "did not mention Ritter, but said Friday that ..." ("sought to ...")
        subj = tree.own_subject(t)
        if subj is not None and subj.dep_ in _PASSIVE_SUBJECTS:
            return None, True
    return subj, True


def _participle(tok) -> bool:
    """A subjectless present participle hung on a clause as an adverbial ("..., saying that ...")."""
    morph = str(tok.morph)
    return tok.dep_ == "advcl" and ("VerbForm=Ger" in morph or "VerbForm=Part" in morph and "Tense=Pres" in morph) \
        and not any(c.dep_ == "mark" for c in tok.children)


#: Attributions whose source tells a clause inside them without a reporting verb over it in the tree.
KEPT_FORMS = (Form.ACCORDING, Form.QUOTATION)


def told_by(trees, ctx, report, top=None) -> tuple[str | None, str | None]:
    """Who says so, and with which verb: the subject of the governing reporting verb; with none in
    the tree, the attribution found by its shape (:mod:`.attribution`) when the clause stands in
    its content ("according to", a quotation closed later, a report the parser did not link). ``trees``: the
    language's :class:`.structure.TreeEvents`; ``ctx``: the sentence's :class:`.record.Context`."""
    attr = ctx.attr
    if report is None:
        inside = top is not None and attr is not None and (any(a <= top.idx < b for a, b in attr.content)
                                                           or attr.verb.lower() not in trees._report_forms   # "quoted ... as
                                                           and attr.start <= top.idx < attr.end             # saying": the report
                                                           and top.dep_ not in ("acl", "acl:relcl"))
        if attr is not None and (attr.form in KEPT_FORMS or inside):
            return ctx.source, attr.verb
        return None, None
    subj, named = reporter(report, top, trees.is_report)
    same = attr is not None and attr.verb.lower() == report.text.lower()
    if subj is None:
        return (ctx.source if same and named else None), report.text
    dateline = trees.headlines.words.dateline.compiled.match(ctx.sentence)
    ids = {i for i in tree.span_ids(subj) if not dateline or ctx.parsed[i].idx >= dateline.end()}
    if not is_teller(ctx.parsed, subj, ids):
        return None, report.text        # "Calling ...", "because these", "under new terms": no one says so
    who = trees.attributions.clean(phrase.text_of(ctx.parsed, ids))
    if who.lower() in trees._pronouns or (ctx.source and who and ctx.source.endswith(", " + who)):
        return ctx.source or ctx.actor or who, report.text   # (or a title the parser cut from its name: "X, the president of ...")
    return (who or None), report.text


__all__ = ["KEPT_FORMS", "reporter", "told_by"]
