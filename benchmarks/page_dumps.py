"""Text dumps of saved web pages, made once and cached: how many users hand chrono an article.

    from benchmarks.page_dumps import dump_page
    dump = dump_page("/work/shared/data/pages/html/<id>.html.gz", "/tmp/chrono-dumps")
    dump.path, dump.tool, dump.charset      # the UTF-8 .txt file, "lynx" or "html.parser", the page's charset

The dump is what ``lynx -dump -width=100000`` prints (one line per paragraph, menus and buttons as
lynx shows them, each link numbered in the text — ``[12]Trump said`` — and the numbered list of the
links at the end, "References", as a user who runs ``lynx -dump`` gets it), with the page's charset
passed to lynx and UTF-8 out. A link lynx resolves against the temporary file's folder is printed
from the root (``file:///tmp/.lynx-x/news/a.html`` -> ``file:///news/a.html``), so dumps do not depend
on where they were made.
Where lynx is absent (or ``tool="html.parser"`` is asked for), a plain HTML-to-text of this module
is used instead: block elements become lines, list items get lynx's ``* ``, scripts, styles, the
<head> and other non-text elements are dropped. ``Dump.tool`` says which was used, and the cached
file's name carries it (``<name>.lynx-links.txt`` / ``<name>.html.parser.txt``), so the two never mix,
nor with the ``-nolist`` dumps this module made before (``<name>.lynx.txt``).

A cached dump is reused as it is: delete the folder to make them again. Files are written
atomically, so parallel test workers can share one folder. Standard library only.
"""
from __future__ import annotations

import codecs
import gzip
import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

DEFAULT_DIR = Path(tempfile.gettempdir()) / "chrono-dumps"
LYNX_OPTIONS = ("-dump", "-width=100000")
#: The cached file's suffix for each tool (lynx's names its link list: older caches had none).
SUFFIX = {"lynx": "lynx-links", "html.parser": "html.parser"}
TOOLS = ("auto", "lynx", "html.parser")

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)""", re.I)


@dataclass(frozen=True)
class Dump:
    """A text dump of a page: the cached UTF-8 file, the tool that made it, the page's charset."""

    path: Path
    tool: str
    charset: str

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")


def lynx_path() -> str | None:
    """The lynx executable, or None where it is not installed."""
    return shutil.which("lynx")


def resolve_tool(tool: str = "auto") -> str:
    """The tool that ``dump_page(..., tool=tool)`` uses here: "lynx" or "html.parser"."""
    if tool not in TOOLS:
        raise ValueError(f"tool must be one of {TOOLS}, not {tool!r}")
    return ("lynx" if lynx_path() else "html.parser") if tool == "auto" else tool


def cached_path(name: str, cache_dir: str | os.PathLike = DEFAULT_DIR, tool: str = "auto") -> Path:
    """Where the dump of the page called ``name`` made by ``tool`` is cached (it may not exist yet)."""
    return Path(cache_dir) / f"{name}.{SUFFIX[resolve_tool(tool)]}.txt"


def read_page(source: str | os.PathLike) -> bytes:
    """The bytes of a saved page, gunzipped when it is a .gz file."""
    data = Path(source).read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def page_charset(data: bytes) -> str:
    """The charset of an HTML page: BOM, else its <meta charset> / http-equiv, else UTF-8 when the
    bytes decode as UTF-8, else windows-1252 (what browsers assume). A MIME name lynx knows."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    match = _META_CHARSET.search(data[:65536])
    if match:
        name = match.group(1).decode("ascii", "replace").strip().lower()
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            codec = None
        if codec:
            # A page that declares latin-1 is read as windows-1252 by every browser.
            return "windows-1252" if codec in ("latin-1", "iso8859-1", "ascii") else name
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "windows-1252"


# -- the fallback: HTML to text with html.parser ----------------------------------------------------

_SKIP = {"script", "style", "noscript", "template", "svg", "head", "title", "iframe", "object",
         "embed", "canvas", "select", "button", "map", "audio", "video"}
_PARAGRAPH = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "figure",
              "ul", "ol", "dl", "form", "fieldset", "address", "hr"}
_LINE = {"div", "section", "article", "header", "footer", "nav", "aside", "main", "li", "dt", "dd",
         "tr", "figcaption", "caption", "details", "summary", "legend", "label", "center",
         "thead", "tbody", "tfoot", "body", "html"}
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
         "source", "track", "wbr"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip: list[str] = []          # open elements whose content is dropped
        self.pre = 0

    def _flush(self, blank: bool) -> None:
        line = "".join(self.current)
        line = line.strip("\n") if self.pre else " ".join(line.split())
        self.current = []
        if line.strip():
            self.lines.extend(line.split("\n") if self.pre else [line])
        if blank and self.lines and self.lines[-1] != "":
            self.lines.append("")

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag == "body" and "head" in self.skip:         # a <head> never closed
            del self.skip[self.skip.index("head"):]
        if self.skip:
            if tag == self.skip[-1] or (tag in _SKIP and tag not in _VOID):
                self.skip.append(tag)
            return
        if tag in _SKIP and tag not in _VOID:
            self.skip.append(tag)
            return
        if tag == "br":
            self._flush(False)
        elif tag in _PARAGRAPH:
            self._flush(True)
            if tag == "pre":
                self.pre += 1
        elif tag in _LINE:
            self._flush(False)
            if tag == "li":
                self.current.append("* ")
        elif tag in ("td", "th"):
            self.current.append(" ")

    def handle_startendtag(self, tag: str, attrs) -> None:
        if not self.skip and tag in ("br", "hr"):
            self._flush(tag == "hr")

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            elif tag in self.skip:                      # an unclosed skipped element inside
                del self.skip[self.skip.index(tag):]
            return
        if tag in _PARAGRAPH:
            self._flush(True)
            if tag == "pre" and self.pre:
                self.pre -= 1
        elif tag in _LINE:
            self._flush(False)
        elif tag in ("td", "th"):
            self.current.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.current.append(data)

    def text(self) -> str:
        self._flush(False)
        while self.lines and self.lines[-1] == "":
            self.lines.pop()
        return "\n".join(self.lines) + "\n"


def html_to_text(html: str) -> str:
    """A plain text of an HTML page: block elements on lines of their own, a blank line after each
    paragraph-like block, list items as ``* item``, no scripts, styles, <head> or embedded objects."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return parser.text()


# -- dumps ------------------------------------------------------------------------------------------

def lynx_dump(data: bytes, charset: str, *, name: str = "page", workdir: Path | None = None,
              timeout: float = 120) -> str:
    """What ``lynx -dump -width=100000`` prints for the page, decoded from UTF-8.

    lynx reads the page from a temporary ``<name>.html``; where it prints that file's own URL (a
    ``REFRESH(...)`` line of a page that reloads itself) the URL is replaced by ``<name>.html``, so the
    dump does not depend on where it was made; so are links resolved against that folder."""
    lynx = lynx_path()
    if lynx is None:
        raise FileNotFoundError("lynx is not installed (apt-get install -y lynx)")
    tmpdir = Path(tempfile.mkdtemp(prefix=".lynx-", dir=workdir))
    page = tmpdir / f"{name}.html"
    try:
        page.write_bytes(data)
        cmd = [lynx, *LYNX_OPTIONS, f"-assume_charset={charset}", f"-assume_local_charset={charset}",
               "-display_charset=utf-8", "-force_html", "-nocolor", str(page)]
        env = dict(os.environ, TERM="dumb", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        done = subprocess.run(cmd, capture_output=True, timeout=timeout, env=env, stdin=subprocess.DEVNULL,
                              check=False)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    if done.returncode != 0:
        raise RuntimeError(f"lynx failed ({done.returncode}): {done.stderr.decode('utf-8', 'replace')[:200]}")
    text = done.stdout.decode("utf-8", "replace")
    text = text.replace(f"file://localhost{page}", page.name).replace(page.as_uri(), page.name)
    return text.replace(f"file://localhost{tmpdir}/", "file:///").replace(tmpdir.as_uri() + "/", "file:///")


def _page_name(source: str | os.PathLike) -> str:
    name = Path(source).name
    for suffix in (".gz", ".html", ".htm", ".xhtml"):
        if name.lower().endswith(suffix):
            name = name[: -len(suffix)]
    return name


def dump_page(source: str | os.PathLike | bytes, cache_dir: str | os.PathLike = DEFAULT_DIR, *,
              name: str | None = None, tool: str = "auto") -> Dump:
    """The text dump of a page (a path to .html or .html.gz, or its bytes with ``name``), made once
    and cached in ``cache_dir`` as ``<name>.<tool>.txt``.

    ``tool``: "auto" (lynx where installed, else the html.parser fallback), "lynx" (raises
    FileNotFoundError without it) or "html.parser".
    """
    used = resolve_tool(tool)
    if isinstance(source, bytes):
        if not name:
            raise ValueError("a page given as bytes needs a name for its cached dump")
        data: bytes | None = source
    else:
        name = name or _page_name(source)
        data = None
    cache = Path(cache_dir)
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"{name}.{SUFFIX[used]}.txt"
    charset_file = cache / f"{name}.charset"
    if target.exists() and charset_file.exists():
        return Dump(target, used, charset_file.read_text(encoding="ascii").strip())
    if data is None:
        data = read_page(source)
    charset = page_charset(data)
    if used == "lynx":
        text = lynx_dump(data, charset, name=name, workdir=cache)
    else:
        text = html_to_text(data.decode(charset, "replace"))
    for path, content in ((charset_file, charset), (target, text)):
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=cache)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        os.replace(tmp, path)
    return Dump(target, used, charset)


__all__ = ["DEFAULT_DIR", "Dump", "LYNX_OPTIONS", "SUFFIX", "TOOLS", "cached_path", "dump_page", "html_to_text",
           "lynx_dump", "lynx_path", "page_charset", "read_page", "resolve_tool"]
