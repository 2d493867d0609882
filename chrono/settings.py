"""One frozen :class:`Settings` for a build: what the user chose, with documented defaults.

>>> from datetime import date
>>> s = Settings(published=date(2017, 10, 14))
>>> s.replace(policy=AnchorPolicy.NARRATIVE).policy.value, s.policy
('narrative', None)
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .model import AnchorPolicy

#: The outputs of ``chrono build`` when no ``--format`` is given.
DEFAULT_FORMATS = ("docx", "png", "json")


@dataclass(frozen=True)
class Settings:
    """How to read, tag, build and write.

    published: the publication date of every article (``None``: each article's dateline);
    title: the title of the chronology (``None``: the article's, or one made for a corpus);
    policy: what relative dates resolve against (news: the publication date; narrative: the last date
    the text gave; ``None``: chosen per document, :func:`chrono.timex.choose_policy`);
    language: the language of the articles (``None``: each article's, English by default);
    locale: how the outputs write dates and which pack's words they use (a CLDR locale, ``"pt_BR"``;
    ``None``: the language of most of the articles, :func:`chrono.present.language_of`);
    jobs: processes for a corpus (``None``: every core); strict: the first failure stops the run;
    style: the plot style and Word template; formats: the outputs to write.
    """

    published: date | None = None
    title: str | None = None
    policy: AnchorPolicy | None = None
    language: str | None = None
    locale: str | None = None
    jobs: int | None = None
    strict: bool = False
    style: str = "briefing"
    formats: tuple[str, ...] = DEFAULT_FORMATS

    def replace(self, **changes) -> "Settings":
        """A copy with ``changes`` applied (the settings themselves never change)."""
        return replace(self, **changes)


__all__ = ["DEFAULT_FORMATS", "Settings"]
