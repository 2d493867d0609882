"""The whole path as library functions: read, tag, build, write. The CLI calls exactly these."""
from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from . import formats as output_formats
from .errors import ChronoError, InputError, OutputError
from .formats import SUFFIXES
from .model import AnchorPolicy, Chronology, Document, Event, Timex
from .settings import DEFAULT_FORMATS, Settings

log = logging.getLogger(__name__)

#: Output formats: name -> file suffix (a read-only view of :mod:`chrono.formats`).
FORMATS = SUFFIXES


def read(source: str | os.PathLike | bytes, *, published: date | None = None,
         title: str | None = None, doc_id: str | None = None, language: str | None = None) -> Document:
    """Read an article from a path, ``"-"`` (stdin) or bytes, and find its parts.

    ``published`` and ``title`` override what the reader finds in the text; ``language`` is the
    code of its language pack (default English).
    """
    from .reader.document import read_document
    return read_document(source, published=published, title=title, doc_id=doc_id, language=language)


def tag(text: str | Document, published: date | None = None, *,
        policy: AnchorPolicy | None = None, language: str | None = None) -> list[Timex]:
    """Every temporal expression of a text (or a document's text), resolved against ``published``,
    in ``language`` (a code; default: the document's, or English for a plain string), with the
    anchoring ``policy`` given or chosen from the text (:func:`chrono.timex.choose_policy`)."""
    from .timex import tag as tag_text
    if isinstance(text, Document):
        published = published or text.published
        language = language or text.language
        text = text.text
    return tag_text(text, published, policy=policy, language=language)


ARTICLE_SUFFIXES = (".txt", ".text", ".html", ".htm")


def expand_sources(sources: Iterable[str | os.PathLike | Document]) -> list[str | Document]:
    """Paths as given, with every folder replaced by the articles in it (sorted, recursive).

    A folder holds articles when their suffix is one of ``ARTICLE_SUFFIXES``.
    """
    out: list[str | Document] = []
    for src in sources:
        if isinstance(src, Document) or isinstance(src, bytes):
            out.append(src)
            continue
        path = Path(src)
        if str(src) != "-" and path.is_dir():
            found = sorted(p for p in path.rglob("*")
                           if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            if not found:
                raise InputError(f"{path} holds no articles ({', '.join(ARTICLE_SUFFIXES)} files)")
            out.extend(str(p) for p in found)
        else:
            out.append(str(src))
    return out


def build(*sources: str | os.PathLike | Document, published: date | None = None,
          title: str | None = None, policy: AnchorPolicy | None = None,
          jobs: int = 1, settings: Settings | None = None) -> Chronology:
    """One chronology from one or more articles (paths, folders, ``"-"`` or already-read documents).

    Any article that cannot be read raises its :class:`ChronoError`; :func:`build_corpus` instead
    reports failures and goes on.
    """
    settings = (settings or Settings(published=published, title=title, policy=policy, jobs=jobs)).replace(strict=True)
    return build_corpus(*sources, settings=settings).chronology


@dataclass(frozen=True)
class Failure:
    """An article that could not be built, and why (a one-line, actionable reason)."""

    source: str
    reason: str
    error: str = "InputError"


@dataclass(frozen=True)
class CorpusResult:
    """A merged chronology and the articles that failed."""

    chronology: Chronology
    failures: tuple[Failure, ...] = ()


@dataclass(frozen=True)
class Analysis:
    """What one article gives: the document as read, its time expressions and its events."""

    document: Document
    timexes: tuple[Timex, ...]
    events: tuple[Event, ...]


def _article_text(document: Document) -> str:
    """The text the anchoring policy is judged on: the body sentences the reader found, not the
    page's navigation, captions and archive lists (whose years would make a news page a history);
    the whole text when the reader marked no body."""
    spans = [s for s in document.sentences if s.kind == "body"]
    opening = document.text[:spans[0].start].strip() if spans else ""
    body = ([opening] if opening and "\n" not in opening else []) + [document.text[s.start:s.end] for s in spans]
    return "\n".join(body) if body else document.text      # (with a line before the body: a wire's dateline says news)


def analyse(document: Document, settings: Settings | None = None) -> Analysis:
    """Tag one document and extract its events (no I/O): the work of one article in a build."""
    from .chronology import analyse_document
    from .timex import choose_policy
    settings = settings or Settings()
    policy = settings.policy or choose_policy(_article_text(document), document.published, document.language)
    document = replace(document, policy=policy.value)
    timexes, events = analyse_document(document, policy=policy)
    return Analysis(document, tuple(timexes), tuple(events))


@dataclass(frozen=True)
class _Task:
    source: str | bytes | Document
    settings: Settings


def _analyse(task: _Task) -> Analysis | Failure:
    """Read and analyse one article: its :class:`Analysis`, or a :class:`Failure`."""
    s = task.settings
    try:
        doc = task.source if isinstance(task.source, Document) else read(
            task.source, published=s.published, title=s.title, language=s.language)
        return _light(analyse(doc, s))
    except ChronoError as exc:
        return Failure(_label(task.source), str(exc), type(exc).__name__)


#: How many articles a corpus build reads together, their sentences parsed in one batch (:mod:`.events.ahead`).
TOGETHER = 8


def _analyse_many(tasks: Sequence[_Task]) -> list[Analysis | Failure]:
    """:func:`_analyse` of each task, the articles' sentences parsed together (the same results)."""
    from .events.ahead import analyse_documents
    from .timex import choose_policy
    read_: list = []
    for task in tasks:
        s = task.settings
        try:
            doc = task.source if isinstance(task.source, Document) else read(
                task.source, published=s.published, title=s.title, language=s.language)
            policy = s.policy or choose_policy(_article_text(doc), doc.published, doc.language)
            read_.append((replace(doc, policy=policy.value), policy))
        except ChronoError as exc:
            read_.append(Failure(_label(task.source), str(exc), type(exc).__name__))
    done = iter(analyse_documents([r for r in read_ if not isinstance(r, Failure)]))
    out: list[Analysis | Failure] = []
    for task, r in zip(tasks, read_):
        found = r if isinstance(r, Failure) else next(done)
        if isinstance(found, ChronoError):
            found = Failure(_label(task.source), str(found), type(found).__name__)
        out.append(found if isinstance(found, Failure) else _light(Analysis(r[0], tuple(found[0]), tuple(found[1]))))
    return out


def _light(analysis: Analysis) -> Analysis:
    """What the merge of a corpus needs of an analysis: its document without the spans of its
    blocks and sentences (only the tagging and the event layer read them), its time expressions
    and events. The parent of a corpus build holds one of these an article."""
    doc = analysis.document
    return replace(analysis, document=replace(doc, blocks=(), sentences=())) if doc.blocks or doc.sentences \
        else analysis


def _shared(analysis: Analysis, pool: dict) -> Analysis:
    """An analysis whose equal small values (anchors, rules, time values, intervals) are one object
    each across the corpus (``pool`` holds them): a corpus build's memory, a third less an article."""
    def one(x):
        return None if x is None else pool.setdefault(x, x)
    timexes = tuple(replace(dt, timex=replace(dt.timex, anchor=one(dt.timex.anchor), rule=one(dt.timex.rule),
                                              value=one(dt.timex.value))) for dt in analysis.timexes)
    events = tuple(replace(e, when=one(e.when), anchor=one(e.anchor), rule=one(e.rule)) for e in analysis.events)
    return replace(analysis, timexes=timexes, events=events)


def _label(source) -> str:
    if isinstance(source, Document):
        return source.path or source.id
    if isinstance(source, bytes):
        return "<bytes>"
    return str(source)


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _results(tasks: Sequence[_Task], jobs: int) -> Iterator[Analysis | Failure]:
    """The analyses of ``tasks`` in their order, on ``jobs`` processes."""
    size = TOGETHER if jobs == 1 else max(1, min(TOGETHER, len(tasks) // (jobs * 2)))   # every worker busy
    groups = [tasks[k:k + size] for k in range(0, len(tasks), size)]
    if jobs == 1:
        for group in groups:
            yield from _analyse_many(group)
        return
    import multiprocessing
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    chunk = max(1, min(32, len(tasks) // (jobs * 8) or 1))
    # multiprocessing.Pool, not ProcessPoolExecutor: its terminate() ends the workers at once and
    # quietly, where killing an executor's workers on Ctrl-C or SIGTERM races its manager thread
    # (Python 3.11 prints an InvalidStateError traceback from it).
    pool = ctx.Pool(jobs, initializer=_worker_start)
    try:
        for found in pool.imap(_analyse_many, groups, chunksize=max(1, chunk // size)):
            yield from found
        pool.close()
    finally:                          # a failure, Ctrl-C or SIGTERM: the workers end with the parent
        pool.terminate()
        pool.join()


def _worker_start() -> None:
    """In each worker: Ctrl-C and SIGTERM are the parent's to handle (it ends the workers), and a
    worker whose parent dies is ended by the kernel (Linux)."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)      # PR_SET_PDEATHSIG
    except (OSError, AttributeError):                                     # not Linux
        pass


def build_corpus(*sources: str | os.PathLike | Document, published: date | None = None,
                 title: str | None = None, policy: AnchorPolicy | None = None,
                 jobs: int | None = None, strict: bool = False,
                 progress: Callable[[int, int], None] | None = None,
                 settings: Settings | None = None) -> CorpusResult:
    """One merged chronology from many articles, on ``jobs`` processes (default: every core).

    Articles that fail are collected as :class:`Failure` and do not stop the run, unless
    ``strict``, where the first failure raises. ``progress(done, total)`` is called as articles
    finish. One worker and many give the same chronology. ``settings`` replaces the keywords.
    """
    from .chronology import assemble
    settings = settings or Settings(published=published, title=title, policy=policy, jobs=jobs, strict=strict)
    tasks = [_Task(item, settings) for item in expand_sources(sources)]
    jobs = default_jobs() if settings.jobs is None else max(int(settings.jobs), 1)
    done: list[Analysis] = []
    failures: list[Failure] = []
    pool: dict = {}
    for n, result in enumerate(_results(tasks, min(jobs, len(tasks)) or 1), 1):
        if isinstance(result, Failure):
            if settings.strict:
                _raise(result)
            failures.append(result)
        else:
            done.append(_shared(result, pool))
        if progress:
            progress(n, len(tasks))
    if not done:
        if not failures:
            raise InputError("no article to build: give at least one file, folder or text")
        if len(failures) == 1:
            _raise(failures[0])
        raise InputError(f"none of the {len(failures)} articles could be built; first: "
                         f"{failures[0].source}: {failures[0].reason}")
    chron = assemble([a.document for a in done], [list(a.timexes) for a in done], [list(a.events) for a in done],
                     title=settings.title)
    if settings.locale:
        chron = chron.replace(locale=settings.locale)
    return CorpusResult(chron, tuple(failures))


def _raise(failure: Failure) -> None:
    """Raise a failure again as the error it was (its reason already names the file)."""
    from . import errors
    error = getattr(errors, failure.error, ChronoError)
    raise (error if isinstance(error, type) and issubclass(error, ChronoError) else ChronoError)(failure.reason)


def default_name(chron: Chronology) -> str:
    """The file stem of the outputs: the article's file stem, or ``chronology`` for several."""
    if len(chron.documents) == 1:
        doc = chron.documents[0]
        if doc.path and doc.path != "-":
            return safe_stem(Path(doc.path).stem)
        return "article"
    return "chronology"


def safe_stem(name: str) -> str:
    """A file stem that cannot leave the output folder or hit a reserved name."""
    keep = "".join(c if (c.isalnum() or c in "-_.") else "_" for c in name).strip("._")
    if not keep or keep.upper().split(".")[0] in {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)),
                                                  *(f"LPT{i}" for i in range(10))}:
        keep = f"chrono_{keep}" if keep else "chronology"
    return keep[:120]


def _file_mode() -> int:
    """The mode a new file gets here: 0666 less the process's umask."""
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def write(chron: Chronology, out_dir: str | os.PathLike = "out", formats: Iterable[str] = DEFAULT_FORMATS,
          *, name: str | None = None, style: str = "briefing") -> list[Path]:
    """Write the chronology in each format to ``out_dir/NAME.SUFFIX``; return the paths written.

    Each file is written to a temporary name beside it and renamed into place, so an existing
    good file is either replaced whole or left as it was.
    """
    chosen = [output_formats.get(f) for f in dict.fromkeys(formats)]   # every name checked before writing
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create output folder {out}: {exc.strerror or exc}") from exc
    stem = safe_stem(name) if name else default_name(chron)
    written: list[Path] = []
    for fmt in chosen:
        target = out / (stem + fmt.suffix)
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=out)
            os.close(fd)
        except OSError as exc:
            raise OutputError(f"cannot write in {out}: {exc.strerror or exc}; choose another --out folder") from exc
        try:
            fmt.write(chron, Path(tmp), style=style)
            os.chmod(tmp, _file_mode())           # mkstemp makes 0600; outputs are ordinary files
            os.replace(tmp, target)
        except OSError as exc:
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
        except Exception as exc:
            raise OutputError(f"cannot write {target}: {type(exc).__name__}: {exc}") from exc
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        log.info("wrote %s", target)
        written.append(target)
    return written


__all__ = ["Analysis", "CorpusResult", "DEFAULT_FORMATS", "FORMATS", "Failure", "Settings", "analyse", "build",
           "build_corpus", "default_jobs", "default_name", "expand_sources", "read", "safe_stem", "tag", "write"]
