"""The records of a corpus: an article, a load problem, and date parsing shared by every reader."""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["Article", "CorpusError", "Problem", "ProblemLog", "failure", "link_url", "parse_date"]

RE_WORD = re.compile(r"\w+")
# An address a page may show as a link: http(s), a host, no white space or control characters.
RE_LINK = re.compile(r"\Ahttps?://[^\s/?#\x00-\x1f\x7f]+[^\s\x00-\x1f\x7f]*\Z", re.IGNORECASE)


def link_url(url: str | None) -> str | None:
    """``url`` when it may be shown as a clickable link (http or https with a host), else None.

    Article URLs come from CSV/JSON fields, metadata.csv and workspaces: a
    ``javascript:`` or ``data:`` address must never become a link.

    >>> link_url("https://elpais.com/a.html"), link_url("javascript:alert(1)"), link_url("HTTP://x.org/a b")
    ('https://elpais.com/a.html', None, None)
    """
    if not url:
        return None
    return url if RE_LINK.match(url) else None


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
    """Something in the input that was not loaded or read as given: the file (and row) or article, and why.

    ``stage`` names the analysis that could not read an article ("text pipeline",
    "figures", "terms", "passages"); empty for problems met while loading.
    """

    file: str
    reason: str
    stage: str = ""

    def to_json(self) -> dict[str, str]:
        data = {"file": self.file, "reason": self.reason}
        if self.stage:
            data["stage"] = self.stage
        return data

    def __str__(self) -> str:
        return f"{self.file}: {self.stage + ': ' if self.stage else ''}{self.reason}"


# Longest excerpt of an exception's message quoted in a Problem (the message may quote the article).
REASON_CHARS = 200


def failure(article_id: str, stage: str, error: BaseException) -> Problem:
    """The Problem of an article that one analysis stage could not read: its id, the stage, the error, briefly.

    >>> str(failure("a.txt", "figures", OverflowError("x" * 500)))[:40]
    'a.txt: figures: not read (OverflowError:'
    >>> len(failure("a.txt", "figures", OverflowError("x" * 500)).reason) < 300
    True
    """
    message = str(error)
    if len(message) > REASON_CHARS:
        message = message[:REASON_CHARS] + "…"
    reason = f"not read ({type(error).__name__}: {message}); the other articles' results are complete"
    return Problem(article_id, reason, stage)


class ProblemLog:
    """The problems met while analysing one corpus, each once, in the order met (safe across threads).

    A processed corpus carries one: every stage that cannot read an article adds
    to it, and whoever shows results (CLI, report, pages) lists it.

    >>> log = ProblemLog()
    >>> log.add(Problem("a", "bad", "figures")); log.add(Problem("a", "bad", "figures"))
    >>> len(log), [p.stage for p in log]
    (1, ['figures'])
    """

    def __init__(self) -> None:
        self._items: dict[tuple[str, str, str], Problem] = {}
        self._lock = threading.Lock()

    def add(self, problem: Problem) -> None:
        with self._lock:
            self._items.setdefault((problem.file, problem.stage, problem.reason), problem)

    def __iter__(self) -> Iterator[Problem]:
        with self._lock:
            return iter(list(self._items.values()))

    def __len__(self) -> int:
        return len(self._items)

    def __getstate__(self) -> dict[str, object]:
        return {"items": list(self._items.values())}

    def __setstate__(self, state: dict[str, list[Problem]]) -> None:
        self._lock = threading.Lock()
        self._items = {}
        for problem in state["items"]:
            self.add(problem)


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
