"""The whole path as library functions: read, tag, build, write. The CLI calls exactly these."""
from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from .errors import InputError, OutputError
from .model import AnchorPolicy, Chronology, Document, Timex

log = logging.getLogger(__name__)

#: Output formats: name -> file suffix (appended to the chronology's name).
FORMATS: dict[str, str] = {
    "docx": ".docx",
    "png": ".png",
    "svg": ".svg",
    "pdf": ".pdf",
    "json": ".json",
    "csv": ".csv",
    "timelinejs": ".timeline.json",
    "ics": ".ics",
    "timeml": ".tml",
}
DEFAULT_FORMATS = ("docx", "png", "json")


def read(source: str | os.PathLike | bytes, *, published: date | None = None,
         title: str | None = None, doc_id: str | None = None) -> Document:
    """Read an article from a path, ``"-"`` (stdin) or bytes, and find its parts.

    ``published`` and ``title`` override what the reader finds in the text.
    """
    from .article import read_document
    return read_document(source, published=published, title=title, doc_id=doc_id)


def tag(text: str | Document, published: date | None = None, *,
        policy: AnchorPolicy = AnchorPolicy.NEWS) -> list[Timex]:
    """Every temporal expression of a text (or a document's text), resolved against ``published``."""
    from .timex import tag as tag_text
    if isinstance(text, Document):
        published = published or text.published
        text = text.text
    return tag_text(text, published, policy=policy)


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
          title: str | None = None, policy: AnchorPolicy = AnchorPolicy.NEWS) -> Chronology:
    """One chronology from one or more articles (paths, folders, ``"-"`` or already-read documents)."""
    from .chronology import build_chronology
    docs = [s if isinstance(s, Document) else read(s, published=published, title=title)
            for s in expand_sources(sources)]
    return build_chronology(docs, policy=policy, title=title)


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


def write(chron: Chronology, out_dir: str | os.PathLike = "out", formats: Iterable[str] = DEFAULT_FORMATS,
          *, name: str | None = None, style: str = "briefing") -> list[Path]:
    """Write the chronology in each format to ``out_dir/NAME.SUFFIX``; return the paths written.

    Each file is written to a temporary name beside it and renamed into place, so an existing
    good file is either replaced whole or left as it was.
    """
    from .export import writer_for
    formats = list(dict.fromkeys(formats))
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create output folder {out}: {exc.strerror or exc}") from exc
    stem = safe_stem(name) if name else default_name(chron)
    written: list[Path] = []
    for fmt in formats:
        target = out / (stem + FORMATS[fmt])
        writer = writer_for(fmt)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=out)
        os.close(fd)
        try:
            writer(chron, Path(tmp), style=style)
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


__all__ = ["FORMATS", "DEFAULT_FORMATS", "expand_sources", "read", "tag", "build", "write", "default_name", "safe_stem"]
