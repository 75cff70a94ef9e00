"""The records of a corpus: an article, a load problem, the languages served, and date parsing shared by every reader."""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass

__all__ = [
    "LANGUAGES",
    "WITH_LEXICONS",
    "Article",
    "CorpusError",
    "Language",
    "Problem",
    "ProblemLog",
    "Progress",
    "failure",
    "link_url",
    "parse_date",
    "slug",
]

RE_WORD = re.compile(r"\w+")
# An RFC 2822 date ("Sun, 04 Jan 2026 23:00:00 GMT"): weekday, day, English month abbreviation, year, time, zone.
RE_RFC2822 = re.compile(
    r"(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[+-]?\w+)?\Z"
)
# THE progress callback of long work (loading files, fetching URLs, building a report):
# ``progress(done, total, what)``, ``total`` 0 when not known; what it returns is ignored.
Progress = Callable[[int, int, str], object]
RE_NOT_SLUG = re.compile(r"[^\w-]+")
RE_NOT_SLUG_DOTS = re.compile(r"[^\w.-]+")
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


def slug(text: str, *, fallback: str = "item", lower: bool = True, dots: bool = False) -> str:
    """``text`` as an id or file name: runs of other characters than letters, digits, ``_``, ``-``
    (and ``.`` with ``dots``) become one ``-``, none at either end; ``fallback`` when nothing is left.

    >>> slug("Tolls over time"), slug("elpais.com/Una Noticia", lower=False, dots=True), slug("¿?")
    ('tolls-over-time', 'elpais.com-Una-Noticia', 'item')
    """
    text = text.lower() if lower else text
    return (RE_NOT_SLUG_DOTS if dots else RE_NOT_SLUG).sub("-", text).strip("-") or fallback


@dataclass(frozen=True)
class Language:
    """A language Contraste serves: detected (``corpus.language``), tokenized, stemmed and stop-worded
    (``text``, with the Snowball stemmer ``snowball`` (PyStemmer) and the ``stop-words`` package's list); with
    ``lexicons``, also framed and counted (packaged framing lexicon and casualty grammar in ``analysis/lexicons/``).
    """

    code: str
    snowball: str
    lexicons: bool = False


# THE table of supported languages (ISO 639-1). Add a language here (and its word lists) to serve it.
LANGUAGES: dict[str, Language] = {
    lang.code: lang
    for lang in (
        Language("es", "spanish", lexicons=True),
        Language("en", "english", lexicons=True),
        Language("pt", "portuguese"),
        Language("fr", "french"),
        Language("it", "italian"),
        Language("de", "german"),
        Language("ca", "spanish"),  # no Catalan Snowball stemmer: the Spanish one is the closest
    )
}
# Languages with packaged framing lexicons and casualty grammars, in the order pages show them.
WITH_LEXICONS = tuple(code for code, lang in LANGUAGES.items() if lang.lexicons)


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

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        """Pickled with its text as UTF-8 bytes made here (:func:`_article`): pickle's own encoding of a ``str``
        keeps a UTF-8 copy of every text that is not pure ASCII inside that ``str`` for its whole life, so each
        article sent to a worker (text pipeline, figures, quotes, places) kept a second copy of its text in this
        process: 33 MB at 20,000 articles of the bench.

        >>> import pickle
        >>> a = Article("a", "Caña " + chr(0xD800), date=dt.date(2026, 1, 2), title="T")
        >>> pickle.loads(pickle.dumps(a)) == a
        True
        """
        fields = (self.id, self.text.encode("utf-8", "surrogatepass"), self.source, self.date, self.language)
        return _article, (*fields, self.title, self.url)

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


def _article(
    id: str, text: bytes, source: str, date: dt.date | None, language: str, title: str | None, url: str | None
) -> Article:
    """An :class:`Article` unpickled (its text pickled as UTF-8 bytes, lone surrogates passed through)."""
    return Article(id, text.decode("utf-8", "surrogatepass"), source, date, language, title, url)


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
    """A date from 'YYYY-MM-DD', an ISO datetime, an RSS / e-mail date (RFC 2822, as feeds' ``pubDate`` and
    many exports write it), or None/'' (no date). A date-time gives the day as written, in its own time zone.

    >>> parse_date("2026-01-04T23:00:00+02:00"), parse_date("Sun, 04 Jan 2026 23:00:00 -0500")
    (datetime.date(2026, 1, 4), datetime.date(2026, 1, 4))

    Raises:
        ValueError: for any other value ("04/01/2026" is the 4th of January or the 1st of April), with the
        value quoted.
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
        pass
    if RE_RFC2822.match(text):
        with contextlib.suppress(TypeError, ValueError):
            return email.utils.parsedate_to_datetime(text).date()
    raise ValueError(
        f"invalid date {text!r} (expected YYYY-MM-DD, an ISO date-time, or an RSS date such as "
        "'Sun, 04 Jan 2026 23:00:00 GMT')"
    ) from None
