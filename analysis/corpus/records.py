"""The records of a corpus: an article, a load problem, the languages served, and date parsing shared by every reader."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = [
    "LANGUAGES",
    "WITH_LEXICONS",
    "Article",
    "CorpusError",
    "Language",
    "Problem",
    "Progress",
    "parse_date",
    "slug",
]

RE_WORD = re.compile(r"\w+")
# THE progress callback of long work (loading files, fetching URLs, building a report):
# ``progress(done, total, what)``, ``total`` 0 when not known; what it returns is ignored.
Progress = Callable[[int, int, str], object]
RE_NOT_SLUG = re.compile(r"[^\w-]+")
RE_NOT_SLUG_DOTS = re.compile(r"[^\w.-]+")


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
    (``text``, with NLTK's Snowball stemmer ``snowball`` and the ``stop-words`` package's list); with
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
