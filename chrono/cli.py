"""The command line: thin; each command calls one library function of ``chrono.pipeline``."""
from __future__ import annotations

import json
import logging
import sys
import threading
from datetime import date, datetime

import click

from . import __version__
from .errors import ChronoError
from .pipeline import DEFAULT_FORMATS, FORMATS


class DateParam(click.ParamType):
    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        try:
            return datetime.strptime(value, "%Y-%m-%d").date()
        except ValueError:
            self.fail(f"{value!r} is not a date in the form YYYY-MM-DD (e.g. 2017-10-14)", param, ctx)


def _formats(ctx, param, values) -> list[str]:
    names: list[str] = []
    for value in values or ():
        names += [v.strip().lower() for v in value.split(",") if v.strip()]
    unknown = [n for n in names if n not in FORMATS]
    if unknown:
        raise click.BadParameter(f"unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    return names or list(DEFAULT_FORMATS)


def _stop_on_sigterm() -> None:
    """SIGTERM stops chrono as Ctrl-C does: workers end, temporary files are removed."""
    import signal

    def stop(signum, frame):
        raise KeyboardInterrupt(signum)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, stop)


def _stopped(exc: KeyboardInterrupt) -> None:
    signum = exc.args[0] if exc.args and isinstance(exc.args[0], int) else 2
    click.echo("chrono: stopped; no partial output was left", err=True)
    sys.exit(128 + signum)


def _language(ctx, param, value: str | None) -> str | None:
    if value is None:
        return None
    from .lang import available
    code = value.strip().lower()
    if code not in available():
        raise click.BadParameter(f"unknown language {value!r}; choose from {', '.join(available())}")
    return code


def _locale(ctx, param, value: str | None) -> str | None:
    """A CLDR locale (``pt_BR``, ``de-CH``), canonical; an unknown one stops with one line, exit 2."""
    if value is None:
        return None
    from .locales import parse
    try:
        return parse(value)
    except ChronoError as exc:
        _fail(exc, bool((ctx.obj or {}).get("debug")))


def _fail(exc: ChronoError, debug: bool) -> None:
    if debug:
        raise exc
    click.echo(f"chrono: error: {exc}", err=True)
    sys.exit(exc.exit_code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="chrono")
@click.option("--debug", is_flag=True, help="Show a full traceback on errors and log what chrono does.")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """chrono: what happened when, from news text.

    \b
    Build a chronology of an article and hand it on:
      chrono build article.txt              # out/article.docx, .png, .json
      chrono build a.txt b.txt --name raqqa # one merged chronology of several articles
      chrono tag article.txt                # every time expression, one JSON object a line
      chrono eval corpus/*.tml              # score the tagger on TimeML gold files
    """
    ctx.obj = {"debug": debug}
    logging.basicConfig(level=logging.DEBUG if debug else logging.WARNING,
                        format="chrono: %(levelname)s: %(message)s")


@main.command()
@click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")
@click.option("--published", type=DateParam(), help="Publication date; overrides the dateline found in the text.")
@click.option("--title", help="Title of the chronology; overrides the article's title.")
@click.option("--format", "formats", multiple=True, callback=_formats, metavar="FMT[,FMT...]",
              help=f"Outputs to write (repeat or comma-separate): {', '.join(FORMATS)}. "
                   f"Default: {','.join(DEFAULT_FORMATS)}.")
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(file_okay=False),
              help="Output folder (created if missing).")
@click.option("--name", help="File stem of the outputs. Default: the article's file stem, "
                             "or 'chronology' for several articles.")
@click.option("--style", default="briefing", show_default=True,
              help="Plot style and Word template: a style that ships with chrono (briefing, dark) or a path to your own .mplstyle/.docx.")
@click.option("--narrative", "policy", flag_value="narrative",
              help="Resolve relative dates against the last mentioned date (histories, reports). "
                   "Default: chosen per article (news when it has a publication date and speaks of it).")
@click.option("--news", "policy", flag_value="news",
              help="Resolve relative dates against the publication date, whatever the article.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Processes to build many articles with. Default: every core of the machine.")
@click.option("--strict", is_flag=True, help="Stop at the first article that fails (default: report "
                                             "failed articles at the end and build the rest).")
@click.option("--quiet", "-q", is_flag=True, help="Print only errors and the paths written.")
@click.option("--lang", "language", callback=_language, metavar="CODE",
              help="Language of the articles (en, es, ...). Default: each article's, told by its words.")
@click.option("--locale", callback=_locale, metavar="LOCALE", help="How the outputs write dates: a CLDR locale (en_GB, de_CH, pt_BR, ...), its month and weekday "
                   "names and date patterns from babel. Headings and labels are those of the locale's language "
                   "where chrono has it (en, de, es, fr), else English. Default: the language of most articles.")
@click.pass_context
def build(ctx, articles, published, title, formats, out_dir, name, style, policy, jobs, strict, quiet, language,
          locale):
    """Build the chronology of one or more articles and write it.

    ARTICLE is a .txt or .html file, a folder of them, or - for standard input.
    The publication date comes from the article's dateline unless --published is given.

    \b
    Examples:
      chrono build examples/dw-raqqa-2017-10-14.txt
      chrono build article.txt --published 2017-10-14 --format png,json --out briefings
    """
    from .model import AnchorPolicy
    from .pipeline import build_corpus, expand_sources, write
    from .settings import Settings
    _check_style(style)
    _stop_on_sigterm()
    try:
        sources = expand_sources(articles)
        with _progress(len(sources), quiet) as progress:
            settings = Settings(published=published, title=title, jobs=jobs, strict=strict, language=language,
                                locale=locale, policy=AnchorPolicy(policy) if policy else None)
            result = build_corpus(*sources, settings=settings, progress=progress)
        chron = result.chronology
        paths = write(chron, out_dir, formats, name=name, style=style)
    except ChronoError as exc:
        _fail(exc, ctx.obj["debug"])
        return
    except KeyboardInterrupt as exc:
        _stopped(exc)
    if not quiet:
        _print_table(chron)
    for failure in result.failures:
        click.echo(f"chrono: skipped {failure.source}: {failure.reason}", err=True)
    for path in paths:
        click.echo(f"wrote {path}")


def _check_style(style: str) -> None:
    from .render.styles import available_styles
    names = available_styles()
    if style not in names and not (style.endswith((".mplstyle", ".docx")) or "/" in style):
        raise click.BadParameter(f"unknown style {style!r}; choose from {', '.join(names)}",
                                 param_hint="'--style'")


class _progress:
    """A progress bar on stderr when it is a terminal and the work is long; silent otherwise."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.bar = None
        if total > 1 and not quiet and sys.stderr.isatty():
            self.bar = click.progressbar(length=total, label="articles", file=sys.stderr,
                                         show_pos=True, show_eta=True)

    def __enter__(self):
        if self.bar is None:
            return None
        self.bar.__enter__()
        self.done = 0

        def step(done: int, total: int) -> None:
            self.bar.update(done - self.done)
            self.done = done
        return step

    def __exit__(self, *exc):
        if self.bar is not None:
            self.bar.__exit__(*exc)
        return False


def _print_table(chron) -> None:
    rows = list(chron.events)
    limit = 40
    for event in rows[:limit]:
        when = event.when.value + (f" ({event.when.mod})" if event.when.mod else "")
        rel = "" if event.when.relation.value == "on" else f"{event.when.relation.value} "
        click.echo(f"{rel + when:<22} {event.modality.value:<9} {event.headline}")
    if len(rows) > limit:
        click.echo(f"... and {len(rows) - limit} more events (see the outputs)")
    click.echo(f"{len(rows)} events from {len(chron.documents)} article(s)")


@main.command()
@click.argument("article", metavar="ARTICLE")
@click.option("--published", type=DateParam(), help="Publication date; overrides the dateline found in the text.")
@click.option("--narrative", "policy", flag_value="narrative",
              help="Resolve relative dates against the last mentioned date. Default: chosen from the article.")
@click.option("--news", "policy", flag_value="news", help="Resolve relative dates against the publication date.")
@click.option("--lang", "language", callback=_language, metavar="CODE",
              help="Language of the article (en, es, ...). Default: told by its words.")
@click.pass_context
def tag(ctx, article, published, policy, language):
    """Print every time expression of ARTICLE as one JSON object a line.

    Each line is {"start", "end", "text", "type", "value", "mod"}: offsets are Python str
    indices into the decoded file, unchanged, for a text file; for a web page, into the article
    text chrono extracts from it (not into the HTML). type and value are TimeML TIMEX3.
    """
    from .model import AnchorPolicy
    from .pipeline import read, tag as tag_text
    try:
        doc = read(article, published=published, language=language)
        timexes = tag_text(doc, policy=AnchorPolicy(policy) if policy else None)
    except ChronoError as exc:
        _fail(exc, ctx.obj["debug"])
        return
    for t in timexes:
        click.echo(json.dumps(t.to_dict(), ensure_ascii=False))


@main.command()
@click.argument("chronology", metavar="CHRONOLOGY", type=click.Path(dir_okay=False))
@click.option("--format", "formats", multiple=True, metavar="FMT[,FMT...]",
              help="Outputs to write (repeat or comma-separate). Default: every format but timeml "
                   "(which needs the articles' text), less the one read.")
@click.option("--out", "out_dir", type=click.Path(file_okay=False),
              help="Output folder (created if missing). Default: the folder of CHRONOLOGY.")
@click.option("--name", help="File stem of the outputs. Default: the file stem of CHRONOLOGY.")
@click.option("--style", default="briefing", show_default=True,
              help="Plot style and Word template: a style that ships with chrono or a path to your own.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False),
              help="For a CSV: the JSON of the same build (default: NAME.json beside it).")
@click.option("--locale", callback=_locale, metavar="LOCALE", help="How the outputs write dates: a CLDR locale (en_GB, de_CH, pt_BR, ...), its month and weekday "
                   "names and date patterns from babel. Headings and labels are those of the locale's language "
                   "where chrono has it (en, de, es, fr), else English. Default: the language of most articles.")
@click.pass_context
def render(ctx, chronology, formats, out_dir, name, style, json_path, locale):
    """Write the outputs again from a chronology you corrected: its JSON or its CSV.

    CHRONOLOGY is the NAME.json (or NAME.csv, NAME.xlsx) that chrono build wrote, edited: dates
    (when.value), headlines, modality, events removed or added. It is checked against the
    chrono.chronology/1 schema first; a problem stops with one line naming the event and field.

    \b
    Examples:
      chrono build article.txt --format json     # out/article.json
      chrono render out/article.json             # out/article.docx, .png, .pptx, .csv, ...
      chrono render out/article.csv --format docx,pptx
    """
    from pathlib import Path
    from .load import load
    from .pipeline import write
    source = Path(chronology)
    names = _formats(ctx, None, formats) if formats else None
    if names is None:
        own = {".json": "json", ".csv": "csv", ".xlsx": "xlsx"}.get(source.suffix.lower())
        same_place = (out_dir is None or Path(out_dir).resolve() == source.parent.resolve()) and \
            (name is None or name == source.stem)
        names = [f for f in FORMATS if f != "timeml" and not (same_place and f == own)]
    if "timeml" in names:
        raise click.BadParameter("timeml needs the articles' text, which a chronology does not hold; "
                                 "write it with chrono build", param_hint="'--format'")
    _check_style(style)
    try:
        chron = load(source, json_path=json_path)
        chron = chron.replace(locale=locale) if locale else chron
        paths = write(chron, out_dir or source.parent, names, name=name or source.stem, style=style)
    except ChronoError as exc:
        _fail(exc, ctx.obj["debug"])
        return
    for path in paths:
        click.echo(f"wrote {path}")


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, metavar="GOLD...")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False),
              help="Write every error (missed, spurious, extent, value, type; link-missed, link-wrong, "
                   "link-spurious for event-time links) with its context to this file.")
@click.option("--narrative", "policy", flag_value="narrative",
              help="Resolve every document as a narrative (histories): against its last mentioned dates.")
@click.option("--news", "policy", flag_value="news",
              help="Resolve every document as news: against its creation time.")
@click.option("--lang", "language", callback=_language, metavar="CODE",
              help="Language of the gold files (en, es, de, ...). Default: told by each document's words.")
@click.option("--no-events", "no_events", is_flag=True,
              help="Score the time expressions only (skip the event layer: faster).")
@click.pass_context
def eval_(ctx, gold, errors_path, policy, language, no_events):
    """Score the temporal tagger on TimeML gold files (TempEval-3 Task A), and the events.

    GOLD is a .tml file or a folder searched recursively for *.tml. Each document is tagged
    with its creation time (the CREATION_TIME TIMEX3) as publication date; prints strict and
    relaxed extent P/R/F1, value F1 and type F1. The anchoring policy is chosen per document
    (news, or narrative for histories) unless --news or --narrative forces it.

    Where the gold has EVENT tags (TempEval-3 does), chrono's events are scored too: event
    extent P/R/F1 by their triggers, against every gold EVENT and against the dated ones (a
    TLINK to a TIMEX3 of the text); event-time links P/R/F1 against the gold EVENT-TIMEX3
    TLINKs (any relType, DCT links left out); link accuracy (chrono's time expression is one
    gold links the event to, on the dated gold events chrono finds); relType agreement.

    \b
    Examples:
      chrono eval ../shared/data/tempeval3/train
      chrono eval ../shared/data/wikiwars --narrative
      chrono eval corpus/ --errors errors.tsv
    """
    from .evaluate import evaluate, write_errors
    from .model import AnchorPolicy
    errors: list | None = [] if errors_path else None
    try:
        result = evaluate(gold, errors=errors, policy=AnchorPolicy(policy) if policy else None, language=language,
                          events=not no_events)
        if errors_path:
            try:
                write_errors(errors, errors_path)
            except OSError as exc:
                raise ChronoError(f"cannot write {errors_path}: {exc.strerror or exc}; "
                                  "check that its folder exists and can be written") from exc
    except ChronoError as exc:
        _fail(exc, ctx.obj["debug"])
        return
    click.echo(result.table())
    if errors_path:
        click.echo(f"wrote {len(errors)} errors to {errors_path}")
