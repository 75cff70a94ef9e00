"""The records of a corpus: an article, a load problem, and date parsing shared by every reader."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

__all__ = ["Article", "CorpusError", "Problem", "parse_date"]

RE_WORD = re.compile(r"\w+")


class CorpusError(ValueError):
    """No article could be loaded; the message names the path and why."""


@dataclass(frozen=True)
class Article:
    """One news article. ``id`` is unique in a corpus; ``source`` is the outlet label."""

    id: str
    text: str
    source: str = ""
    date: dt.date | None = None
    language: str = "und"
    title: str | None = None
    url: str | None = None

    @property
    def words(self) -> int:
        """Number of word tokens (runs of letters or digits)."""
        return sum(1 for _ in RE_WORD.finditer(self.text))

    def to_json(self) -> dict[str, object]:
        """The article as the CLI's JSON record."""
        return {
            "id": self.id,
            "source": self.source,
            "date": self.date.isoformat() if self.date else None,
            "language": self.language,
            "title": self.title,
            "url": self.url,
            "words": self.words,
            "text": self.text,
        }


@dataclass(frozen=True)
class Problem:
    """Something in the input that was not loaded as given: the file (and row) and why."""

    file: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"file": self.file, "reason": self.reason}


def parse_date(value: object) -> dt.date | None:
    """A date from 'YYYY-MM-DD', an ISO datetime, or None/'' (no date).

    Raises:
        ValueError: for any other value, with the value quoted.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]) if len(text) >= 10 else dt.date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"invalid date {text!r} (expected YYYY-MM-DD)") from None
