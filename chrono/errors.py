"""One family of errors, each with a message a person can act on.

The CLI maps every :class:`ChronoError` to exit status 2 and prints its message on one line.
"""
from __future__ import annotations


class ChronoError(Exception):
    """Base of every error chrono raises on purpose."""

    exit_code = 2


class InputError(ChronoError):
    """The input cannot be read as an article (missing, empty, binary, undecodable, too large)."""


class NoPublicationDate(ChronoError):
    """No dateline was found and no publication date was given."""


class OutputError(ChronoError):
    """An output file could not be written."""
