"""Extract one article from a web page's HTML: main text and metadata, with trafilatura.

A news page is mostly not the article: navigation, cookie banners, ads,
"related stories", footers. trafilatura (Barbaresi, 2021, ACL demo
"Trafilatura: A Web Scraping Library and Command-Line Tool for Text Discovery
and Extraction") keeps the main text and reads the page's metadata: the outlet
from ``og:site_name``, JSON-LD ``publisher`` or ``application-name``; the
publication date from ``article:published_time``, JSON-LD ``datePublished``
and the like (htmldate, original date preferred over last modified); the
title; and the canonical URL (``<link rel=canonical>`` or ``og:url``).

This module only parses HTML that is already in hand; fetching lives in
:mod:`analysis.corpus.fetch`. It knows nothing of :class:`~analysis.corpus.records.Article`:
:meth:`Page.record` is the record the corpus loader turns into one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from analysis.config import settings

if TYPE_CHECKING:  # trafilatura (0.3 s of imports) only when an HTML page or URL is read
    from trafilatura.settings import Document

__all__ = ["Page", "PageError", "extract_page", "host_name"]

# Fewer words than this in the extracted text means trafilatura found no article.
RE_WORD = re.compile(r"\w+")
# Dates only from the page's metadata and URL, never guessed from any date in
# its text (a footer's "© 2019" or a related story's date).
DATE_OPTIONS = {"extensive_search": False, "original_date": True}


class PageError(ValueError):
    """The HTML holds no article text; the message says what was found."""


@dataclass(frozen=True)
class Page:
    """What one web page says about the article it carries.

    Attributes:
        text: the main text, paragraphs separated by newlines, without the headline.
        title: the headline, or None.
        source: the outlet's name (``og:site_name`` and the like), else the host
            without ``www.``, else None (a saved page with neither).
        date: the publication date, or None.
        url: the canonical URL, else the URL the page was fetched from, else None.
    """

    text: str
    title: str | None = None
    source: str | None = None
    date: dt.date | None = None
    url: str | None = None

    def record(self) -> dict[str, object]:
        """The page as a corpus record (the fields a CSV row or JSON object would have)."""
        return {"text": self.text, "title": self.title, "source": self.source, "date": self.date, "url": self.url}


def host_name(url: str | None) -> str | None:
    """The host of ``url`` without a leading ``www.``, lower-cased; None without one.

    >>> host_name("https://WWW.ElPais.com/internacional/2026-01-20/nota.html")
    'elpais.com'
    >>> host_name("nota.html") is None
    True
    """
    host = urlsplit(url).hostname if url else None
    if not host:
        return None
    return host.removeprefix("www.")


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _without_headline(text: str, title: str | None) -> str:
    """Drop a first line that repeats the headline (trafilatura keeps an <h1> inside <article>)."""
    first, _, rest = text.partition("\n")
    if title and first.strip().casefold() == title.strip().casefold():
        return rest.lstrip("\n")
    return text


def extract_page(html: str | bytes, *, url: str | None = None, min_words: int | None = None) -> Page:
    """The article in one page's HTML.

    Args:
        html: the page; bytes are decoded by trafilatura (meta charset, then detection).
        url: where the page came from, if known: the fallback for the page's own
            canonical URL and, through its host, for the outlet's name.
        min_words: below this many words of main text the page has no article
            (default ``min_page_words``, settings/limits.yaml).

    Raises:
        PageError: "no main text found" when the page has no article text.

    >>> body = "<p>" + "Las lluvias desbordaron el río durante la noche. " * 4 + "</p>"
    >>> page = extract_page(
    ...     "<html><head><meta property='og:site_name' content='La Voz'><title>Crecida</title>"
    ...     "<meta property='article:published_time' content='2026-03-11T07:42:00+01:00'></head>"
    ...     "<body><nav><a href='/'>Portada</a></nav><article>" + body + "</article></body></html>"
    ... )
    >>> page.source, page.date, page.title, page.text.startswith("Las lluvias")
    ('La Voz', datetime.date(2026, 3, 11), 'Crecida', True)
    """
    if min_words is None:
        min_words = settings().limits.min_page_words
    import trafilatura

    document: Document | None = trafilatura.bare_extraction(  # type: ignore[assignment]  # a Document unless as_dict
        html, url=url, with_metadata=True, include_comments=False, date_extraction_params=DATE_OPTIONS
    )
    text = (document.text or "").strip() if document is not None else ""
    words = len(RE_WORD.findall(text))
    if document is None or words < min_words:
        found = f"only {words} word{'s' * (words != 1)} outside navigation and boilerplate" if words else "nothing"
        raise PageError(f"no main text found ({found})")
    title = (document.title or "").strip() or None
    canonical = document.url if document.url and document.url.startswith(("http://", "https://")) else url
    # Without a site name trafilatura falls back to the URL's host and port; ours drops the port.
    sitename = (document.sitename or "").strip()
    netlocs = {urlsplit(u).netloc.lower().removeprefix("www.") for u in (canonical, url, document.url) if u}
    if sitename.lower() in netlocs | {document.hostname}:
        sitename = ""
    return Page(
        text=_without_headline(text, title),
        title=title,
        source=sitename or host_name(canonical or url),
        date=_date(document.date),
        url=canonical,
    )
