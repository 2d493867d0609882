"""Bytes in, text out: load an article's bytes and decode them, refusing what is not text.

Two steps, kept apart so the second stays pure:

* :func:`load_bytes` touches the disk (or stdin): missing file, folder, size limit.
* :func:`decode_bytes` is pure: empty input, binary data, and the encoding.

Encodings, tried in this order:

1. a byte-order mark: UTF-8 (``"utf-8-sig"``) or UTF-16 (``"utf-16"``). The BOM is not part of
   the decoded text, so every offset refers to the text *after* the BOM;
2. strict UTF-8 (``"utf-8"``);
3. UTF-8 with a few stray single-byte characters (copy-paste mixes): ``"utf-8+cp1252"``, each
   undecodable byte read as cp1252;
4. the best guess of charset-normalizer restricted to :data:`SINGLE_BYTE_ENCODINGS`, then cp1252,
   then Latin-1 (which decodes anything; a result full of control characters is refused).
"""
from __future__ import annotations

import codecs
import stat
import logging
import os
import sys
from pathlib import Path

from ..errors import InputError

log = logging.getLogger(__name__)

#: Largest input read by default (bytes); raise it with ``max_bytes=`` or ``CHRONO_MAX_BYTES``.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
MAX_BYTES_ENV = "CHRONO_MAX_BYTES"

#: Single-byte encodings that news text in Western languages comes in.
SINGLE_BYTE_ENCODINGS = ("cp1252", "latin-1", "iso8859-15")

#: What a path that is not a regular file is, for the message that refuses it.
NOT_A_FILE = ((stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a device"),
              (stat.S_ISBLK, "a device"), (lambda mode: True, "a special file"))

#: Magic numbers of binary formats people hand over by mistake: prefix -> (name, what to do).
MAGIC_NUMBERS: tuple[tuple[bytes, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image", "give the article as text (.txt) or a web page (.html)"),
    (b"\xff\xd8\xff", "a JPEG image", "give the article as text (.txt) or a web page (.html)"),
    (b"GIF87a", "a GIF image", "give the article as text (.txt) or a web page (.html)"),
    (b"GIF89a", "a GIF image", "give the article as text (.txt) or a web page (.html)"),
    (b"%PDF-", "a PDF document", "convert it to text first (e.g. pdftotext) and give the .txt"),
    (b"PK\x03\x04", "a ZIP archive (or DOCX/ODT)", "save the article as plain text (.txt) first"),
    (b"\x1f\x8b", "a gzip archive", "uncompress it first"),
    (b"\xd0\xcf\x11\xe0", "an old Office document", "save the article as plain text (.txt) first"),
    (b"{\\rtf", "an RTF document", "save the article as plain text (.txt) first"),
    (b"\x7fELF", "a program (ELF)", "give the article as text (.txt)"),
    (b"RIFF", "a RIFF media file", "give the article as text (.txt)"),
    (b"ID3", "an MP3 file", "give the article as text (.txt)"),
    (b"OggS", "an Ogg media file", "give the article as text (.txt)"),
)

#: Share of control characters (other than tab, newline, CR, form feed) above which decoded
#: bytes are taken for binary or undecodable data.
MAX_CONTROL_SHARE = 0.05

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_ALLOWED_CONTROLS = frozenset("\t\n\r\f\v")


def max_bytes_limit(max_bytes: int | None = None) -> int:
    """The size limit in force: the argument, else ``$CHRONO_MAX_BYTES``, else 20 MB."""
    if max_bytes is not None:
        return int(max_bytes)
    raw = os.environ.get(MAX_BYTES_ENV, "").strip()
    if raw:
        try:
            value = int(float(raw))
        except ValueError:
            raise InputError(f"{MAX_BYTES_ENV}={raw!r} is not a number of bytes; "
                             f"set it to e.g. {MAX_BYTES_ENV}=52428800 (50 MB)") from None
        if value > 0:
            return value
    return DEFAULT_MAX_BYTES


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n} bytes"


def _too_large(label: str, limit: int) -> InputError:
    return InputError(f"{label} is larger than the limit of {_size(limit)}; raise the limit with "
                      f"{MAX_BYTES_ENV}=<bytes> (or max_bytes= in the library) or split the input")


def load_bytes(source: str | os.PathLike | bytes, *, max_bytes: int | None = None) -> tuple[bytes, str | None]:
    """The bytes of ``source`` and its path label (``"-"`` for stdin, ``None`` for bytes).

    Raises :class:`InputError` for a missing file, a folder, an unreadable file, or one larger
    than the size limit (checked before reading, so a huge file is never loaded).
    """
    limit = max_bytes_limit(max_bytes)
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > limit:
            raise _too_large(f"the input ({_size(len(data))})", limit)
        return data, None
    if isinstance(source, str) and source == "-":
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:
            raise InputError("standard input cannot be read as bytes; give a file path instead of '-'")
        data = stream.read(limit + 1)
        if isinstance(data, str):          # a text-mode replacement of stdin (tests, IDEs)
            data = data.encode("utf-8")
        if len(data) > limit:
            raise _too_large("standard input", limit)
        return data, "-"
    path = Path(os.fspath(source))
    if not path.exists():
        raise InputError(f"no such file: {path}; check the path (or give - to read standard input)")
    if path.is_dir():
        raise InputError(f"{path} is a folder, not a file; give the article file inside it")
    try:
        info = path.stat()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}; check its permissions") from exc
    if stat.S_ISFIFO(info.st_mode):
        return _read_pipe(path, limit), str(path)
    if not stat.S_ISREG(info.st_mode):
        what = next((name for test, name in NOT_A_FILE if test(info.st_mode)), NOT_A_FILE[-1][1])
        raise InputError(f"{path} is {what}, not a file; save the article to a file, or pipe it to - (stdin)")
    try:
        size = info.st_size
        if size > limit:
            raise _too_large(f"{path} ({_size(size)})", limit)
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}; check its permissions") from exc
    if len(data) > limit:
        raise _too_large(str(path), limit)
    return data, str(path)


def _read_pipe(path: Path, limit: int) -> bytes:
    """The bytes of a named pipe that a writer holds open (``<(command)``, a FIFO being fed); one that
    no process writes to reads as empty at once instead of waiting forever."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)      # opening never waits for a writer
        os.set_blocking(fd, True)                           # reading waits for data, and ends at EOF
        with os.fdopen(fd, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if len(data) > limit:
        raise _too_large(str(path), limit)
    return data


def _stray_as_cp1252(exc: UnicodeDecodeError):
    bad = exc.object[exc.start:exc.end]
    return bad.decode("cp1252", errors="strict") if all(b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) for b in bad) \
        else bad.decode("latin-1"), exc.end


codecs.register_error("chrono-cp1252", _stray_as_cp1252)


def _control_share(text: str) -> float:
    sample = text[:65536]
    if not sample:
        return 0.0
    controls = sum(1 for c in sample if (c < " " and c not in _ALLOWED_CONTROLS) or "\x7f" <= c <= "\x9f")
    return controls / len(sample) if controls > 2 else 0.0


def _binary_kind(data: bytes) -> tuple[str, str] | None:
    for magic, name, advice in MAGIC_NUMBERS:
        if data.startswith(magic):
            return name, advice
    return None


def _normaliser_guess(data: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data[:262144], cp_isolation=list(SINGLE_BYTE_ENCODINGS)).best()
    except Exception as exc:  # noqa: BLE001 - a guesser failure only means "no guess"
        log.debug("charset-normalizer failed: %s", exc)
        return None
    if best is None:
        return None
    name = codecs.lookup(best.encoding).name
    for enc in SINGLE_BYTE_ENCODINGS:
        if codecs.lookup(enc).name == name:
            return enc
    return None


def decode_bytes(data: bytes, *, label: str = "the input", declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``. Pure.

    ``declared`` is an encoding the container names (an HTML ``<meta charset>``); it is tried
    after UTF-8. Raises :class:`InputError` for empty, whitespace-only, binary or undecodable data.
    """
    if not data:
        raise InputError(f"{label} is empty; give a file with the article's text")
    kind = _binary_kind(data)
    if kind:
        raise InputError(f"{label} is {kind[0]}, not text; {kind[1]}")
    text: str | None = None
    encoding = ""
    for bom, name in _BOMS:
        if data.startswith(bom):
            codec = {codecs.BOM_UTF8: "utf-8", codecs.BOM_UTF16_LE: "utf-16-le"}.get(bom, "utf-16-be")
            try:
                text, encoding = data[len(bom):].decode(codec), name
            except UnicodeDecodeError:
                raise InputError(f"{label} starts with a {name} byte-order mark but is not valid {name}; "
                                 "re-save it as UTF-8") from None
            break
    if text is None:
        if b"\x00" in data:
            raise InputError(f"{label} contains NUL bytes: it is binary data, not text; "
                             "give the article as a .txt or .html file")
        text, encoding = _decode_text(data, declared)
    if _control_share(text) > MAX_CONTROL_SHARE:
        raise InputError(f"{label} does not decode to readable text (as {encoding} it is mostly control "
                         "characters); it is probably binary data, or save it as UTF-8")
    if not text.strip():
        raise InputError(f"{label} contains only whitespace; give a file with the article's text")
    return text, encoding


def _decode_text(data: bytes, declared: str | None) -> tuple[str, str]:
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    loose = data.decode("utf-8", errors="replace")
    bad = loose.count("\ufffd")
    good = sum(1 for c in loose if c > "\x7f" and c != "\ufffd")
    if good > bad:
        return data.decode("utf-8", errors="chrono-cp1252"), "utf-8+cp1252"
    candidates: list[str] = []
    if declared:
        try:
            candidates.append(codecs.lookup(declared).name)
        except LookupError:
            log.debug("unknown declared encoding %r", declared)
    guess = _normaliser_guess(data)
    if guess:
        candidates.append(guess)
    candidates += ["cp1252", "latin-1"]
    for enc in dict.fromkeys(candidates):
        if enc in ("utf_8", "utf-8"):
            continue
        try:
            return data.decode(enc), _label(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("latin-1"), "latin-1"  # pragma: no cover - latin-1 decodes every byte


def _label(enc: str) -> str:
    name = codecs.lookup(enc).name
    return {"latin_1": "latin-1", "iso8859-1": "latin-1", "iso8859-15": "iso8859-15"}.get(name, name)


__all__ = ["DEFAULT_MAX_BYTES", "MAX_BYTES_ENV", "SINGLE_BYTE_ENCODINGS", "MAGIC_NUMBERS",
           "max_bytes_limit", "load_bytes", "decode_bytes"]
