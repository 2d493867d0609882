"""Text every writer can encode: lone surrogates (possible only in Python strings) become U+FFFD.

The replacement is one character for one, so offsets into the text still hold.

>>> encodable("Rebels \\ud800 took it")
'Rebels \\ufffd took it'
>>> one_line("Two\\nlines\\r\\n and  more")
'Two lines and more'
"""
from __future__ import annotations

import re
from pathlib import Path

_SURROGATE = re.compile("[\ud800-\udfff]")


def encodable(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (same length)."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def one_line(text: str) -> str:
    """``text`` on one line: every run of whitespace (line breaks included) becomes one space."""
    return " ".join(encodable(text).split())


def write_text(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8, lone surrogates replaced, line ends as given."""
    path.write_bytes(encodable(text).encode("utf-8"))


__all__ = ["encodable", "one_line", "write_text"]
