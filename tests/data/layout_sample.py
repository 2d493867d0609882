"""A module for the layout test's self-check: the scan must find three English words here."""
import logging

log = logging.getLogger(__name__)
WORDS = ("yesterday", "tomorrow")                      # a word list: both found
REPORTING = r"(?<![\w-])(?:said|told)\s+\Z"             # a regex with English words: found
NAMES = {"March": 3}                                    # a month name: found
GRAIN = "year"                                          # a grain of the model, not a word of a pack


def f(x):
    """The docstring says yesterday and said: not data."""
    if not x:
        raise ValueError("nothing was said yesterday")   # a message: not data
    log.info("read %s since Monday", x)                  # a log message: not data
    return f"{x} was said"                                # an f-string: written for a person
