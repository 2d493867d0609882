"""Decoding and loading: encodings, byte-order marks, binary data, size limits, stdin."""
from __future__ import annotations

import io
import sys

import pytest

from chrono.reader.decode import (DEFAULT_MAX_BYTES, MAGIC_NUMBERS, MAX_BYTES_ENV, decode_bytes, load_bytes,
                           max_bytes_limit)
from chrono.errors import InputError

TEXT = "Caf\u00e9 talks \u201cfailed\u201d on Saturday \u2013 officials said.\u00a0More follows.\n"
PLAIN = "Caf\u00e9 talks failed on Saturday, officials said.\u00a0Na\u00efve r\u00e9sum\u00e9.\n"


@pytest.mark.parametrize("data, text, encoding", [
    (TEXT.encode("utf-8"), TEXT, "utf-8"),
    (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT, "utf-8-sig"),      # the BOM is not part of the text
    (TEXT.encode("cp1252"), TEXT, "cp1252"),                          # curly quotes, en dash: 0x80-0x9f
    (TEXT.encode("utf-16"), TEXT, "utf-16"),
    (TEXT.replace("\n", "\r\n").encode("utf-8"), TEXT.replace("\n", "\r\n"), "utf-8"),  # CRLF kept
])
def test_encodings(data, text, encoding):
    assert decode_bytes(data) == (text, encoding)


def test_latin1_decodes_to_the_same_text():
    text, encoding = decode_bytes(PLAIN.encode("latin-1"))
    assert text == PLAIN
    assert encoding in ("cp1252", "latin-1", "iso8859-15")


def test_latin1_c1_bytes_that_cp1252_lacks():
    data = "x\u00e9 \u0081 y".encode("latin-1")     # 0x81 is undefined in cp1252
    text, encoding = decode_bytes(data)
    assert text == "x\u00e9 \u0081 y" and encoding == "latin-1"


def test_utf8_with_stray_cp1252_bytes():
    data = "R\u00e9sum\u00e9 of the caf\u00e9 talks: ".encode("utf-8") + "\u201cdone\u201d".encode("cp1252")
    text, encoding = decode_bytes(data)
    assert text == "R\u00e9sum\u00e9 of the caf\u00e9 talks: \u201cdone\u201d"
    assert encoding == "utf-8+cp1252"


def test_declared_charset_is_tried_after_utf8():
    data = "caf\u00e9".encode("cp1252")
    assert decode_bytes(data, declared="windows-1252") == ("caf\u00e9", "cp1252")
    assert decode_bytes(data, declared="no-such-codec")[0] == "caf\u00e9"


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b" \n\t\r\n ", "only whitespace"),
    ("\u00a0\u2003\n".encode("utf-8"), "only whitespace"),
    (b"abc\x00def", "NUL bytes"),
    (bytes(range(1, 9)) * 40, "control characters"),
    (b"\xef\xbb\xbf\xff\xfe broken", "byte-order mark"),
])
def test_refused(data, words):
    with pytest.raises(InputError) as err:
        decode_bytes(data, label="a.txt")
    message = str(err.value)
    assert words in message and "a.txt" in message and "\n" not in message


@pytest.mark.parametrize("magic, name, advice", MAGIC_NUMBERS, ids=[m[1] for m in MAGIC_NUMBERS])
def test_binary_formats_are_named(magic, name, advice):
    with pytest.raises(InputError, match="not text") as err:
        decode_bytes(magic + b"rest of the file")
    assert name in str(err.value) and advice in str(err.value)


def test_load_path_and_bytes(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello")
    assert load_bytes(path) == (b"hello", str(path))
    assert load_bytes(str(path)) == (b"hello", str(path))
    assert load_bytes(b"hello") == (b"hello", None)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_bytes(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a folder"):
        load_bytes(tmp_path)


def test_size_limit_names_the_limit_and_how_to_raise_it(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(InputError) as err:
        load_bytes(path, max_bytes=1000)
    assert "limit of 1000 bytes" in str(err.value) and MAX_BYTES_ENV in str(err.value)
    monkeypatch.setenv(MAX_BYTES_ENV, "1500")
    with pytest.raises(InputError, match="limit of 1500 bytes"):
        load_bytes(path)
    with pytest.raises(InputError, match="limit"):
        load_bytes(b"a" * 2000)
    monkeypatch.setenv(MAX_BYTES_ENV, "5000")
    assert load_bytes(path)[0] == b"a" * 2000


def test_limit_defaults(monkeypatch):
    monkeypatch.delenv(MAX_BYTES_ENV, raising=False)
    assert max_bytes_limit() == DEFAULT_MAX_BYTES == 20 * 1024 * 1024
    assert max_bytes_limit(10) == 10
    monkeypatch.setenv(MAX_BYTES_ENV, "lots")
    with pytest.raises(InputError, match=MAX_BYTES_ENV):
        max_bytes_limit()


def test_stdin(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"from stdin")))
    assert load_bytes("-") == (b"from stdin", "-")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 100)))
    with pytest.raises(InputError, match="standard input is larger than the limit"):
        load_bytes("-", max_bytes=10)
