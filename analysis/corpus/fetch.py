"""Fetch article pages from ``http(s)://`` URLs, safely, with a reason for every failure.

Each URL is fetched with the standard library under a timeout and a size
limit, checked to be an HTML page, and handed to :mod:`analysis.corpus.webpage` for
its main text and metadata. A URL that cannot be loaded gets a reason a user
can act on: ``HTTP 404 Not Found``, ``timed out after 10 s``, ``not an HTML
page (content type application/pdf)``, ``too large``, ``no main text found``.

With ``allow_private=False`` (the dashboard's default) a URL whose host
resolves to any address that is not globally reachable (private, loopback,
link-local, reserved...) is refused, after redirects too: see
:mod:`analysis.corpus.guard`.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import urllib.error
import urllib.request
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from email.message import Message
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from analysis.config import settings
from analysis.corpus.decode import MAX_CONTROL_SHARE, RE_CONTROL, DecodeError, decode_bytes
from analysis.corpus.formats import read_page
from analysis.corpus.guard import Deadline, Refused, normalise_url, opener
from analysis.corpus.loading import Corpus
from analysis.corpus.records import Article, Problem, Progress, slug
from analysis.corpus.webpage import host_name

if TYPE_CHECKING:  # pandas (1 s of imports) only for the results table
    import pandas as pd

__all__ = [
    "FetchError",
    "UrlResult",
    "fetch",
    "is_url",
    "load_urls",
    "results_corpus",
    "results_table",
    "url_lines",
]

# The timeout and size limit default to ``url_timeout_seconds`` and ``max_page_mb`` (settings/limits.yaml).
WORKERS = 4
CHUNK = 65_536
HTML_TYPES = ("text/html", "application/xhtml+xml")
USER_AGENT = "Mozilla/5.0 (compatible; Contraste/0.1; news comparison)"
RE_URL = re.compile(r"\Ahttps?://\S+\Z", re.IGNORECASE)
# A <meta charset> or http-equiv Content-Type in the first bytes of a page.
RE_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
ID_CHARS = 80
# Characters checked for binary content in a page that claims to be text.
SAMPLE_CHARS = 4096


class FetchError(OSError):
    """A URL could not be fetched as an HTML page; the message is the reason."""


def is_url(value: str) -> bool:
    """True for an ``http://`` or ``https://`` URL (what the loaders fetch rather than open).

    >>> is_url("https://elpais.com/a.html"), is_url("seeds/"), is_url("ftp://host/x")
    (True, False, False)
    """
    return bool(RE_URL.match(value.strip()))


def url_lines(text: str) -> list[str]:
    """The URLs in a pasted list or a URLs file: one per line; blank lines and ``#`` comments skipped, repeats dropped.

    >>> url_lines("# coverage of the floods\\nhttps://a.example/1\\n\\n  https://b.example/2  \\nhttps://a.example/1")
    ['https://a.example/1', 'https://b.example/2']
    """
    lines = (line.strip() for line in text.splitlines())
    return list(dict.fromkeys(line for line in lines if line and not line.startswith("#")))


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.3g} MB"


def _timed_out(timeout: float) -> FetchError:
    return FetchError(f"timed out after {timeout:g} s")


def _read_body(response: http.client.HTTPResponse, *, deadline: Deadline, timeout: float, max_bytes: int) -> bytes:
    length = response.headers.get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise FetchError(f"too large ({_megabytes(int(length))}; the limit is {_megabytes(max_bytes)})")
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"too large (more than {_megabytes(max_bytes)}, the limit)")
        if deadline.expired:
            raise _timed_out(timeout)
        chunks.append(chunk)
    if deadline.expired:  # the deadline shut the connection: what came is not the whole page
        raise _timed_out(timeout)
    return b"".join(chunks)


def _decode(body: bytes, headers: Message) -> str:
    """The page's text: the charset the server declares, else the page's <meta charset>, else UTF-8/cp1252.

    Raises:
        FetchError: when the "page" is binary data, whatever its content type says.
    """
    text = None
    for charset in (headers.get_content_charset(), _meta_charset(body)):
        try:
            text = body.decode(charset, errors="replace") if charset else None
        except LookupError:
            continue
        if text is not None:
            break
    try:
        text = decode_bytes(body) if text is None else text
    except DecodeError as err:
        raise FetchError(f"not an HTML page ({err})") from err
    sample = text[:SAMPLE_CHARS]
    if sample and len(RE_CONTROL.findall(sample)) / len(sample) > MAX_CONTROL_SHARE:
        raise FetchError("not an HTML page (binary content)")
    return text


def _meta_charset(body: bytes) -> str | None:
    match = RE_META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii") if match else None


def _reason(err: BaseException, *, host: str, timeout: float) -> str:
    """A user's reason for a failed fetch."""
    if isinstance(err, urllib.error.HTTPError):
        return f"HTTP {err.code} {err.reason}".strip()
    if isinstance(err, urllib.error.URLError) and isinstance(err.reason, BaseException):
        return _reason(err.reason, host=host, timeout=timeout)
    if isinstance(err, FetchError | Refused):
        return str(err)
    if isinstance(err, socket.gaierror):
        return f"host {host!r} not found ({err.strerror})"
    if isinstance(err, TimeoutError | socket.timeout):
        return f"timed out after {timeout:g} s"
    if isinstance(err, ssl.SSLError):
        return f"TLS error: {err.reason or err}"
    if isinstance(err, ConnectionRefusedError):
        return "connection refused"
    if isinstance(err, http.client.HTTPException | OSError):
        return f"connection failed: {err.strerror if isinstance(err, OSError) and err.strerror else err}"
    return f"{type(err).__name__}: {err}"  # pragma: no cover


def fetch(
    url: str,
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
    allow_private: bool = True,
    accept: Sequence[str] = HTML_TYPES,
) -> tuple[str, str]:
    """The HTML of one page and the URL it was finally served from (after redirects).

    The host name is normalised first (NFKC, IDNA: "ｌｏｃａｌｈｏｓｔ" is localhost) and then
    checked; a name that cannot be normalised, or a user name before the host, is refused.

    Args:
        timeout: seconds allowed for the whole fetch, redirects included: connecting, the headers and the
            body, however slowly the server sends them (a :class:`~analysis.corpus.guard.Deadline`).
        max_bytes: the largest body accepted.
        allow_private: False refuses hosts that resolve to non-global addresses.
        accept: the content types taken (HTML pages; ``analysis.corpus.feeds`` adds feeds and sitemaps).

    Raises:
        FetchError: with the reason (HTTP status, timeout, not HTML, too large, refused address...).
    """
    limits = settings().limits
    timeout = limits.url_timeout_seconds if timeout is None else timeout
    max_bytes = limits.max_page_bytes if max_bytes is None else max_bytes
    if not is_url(url):
        raise FetchError("not an http(s) URL")
    try:
        url = normalise_url(url)
    except Refused as err:
        raise FetchError(str(err)) from None
    host = urlsplit(url).hostname
    if not host:
        raise FetchError("the URL has no host")
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
            "Accept-Language": "es,en;q=0.8,*;q=0.5",
        },
    )
    with Deadline(timeout) as deadline:
        try:
            with opener(allow_private=allow_private, deadline=deadline).open(request, timeout=timeout) as response:
                content_type = response.headers.get_content_type()
                declared = response.headers.get("Content-Type")
                if declared and content_type not in accept:
                    what = "an HTML page" if tuple(accept) == HTML_TYPES else "a feed, sitemap or HTML page"
                    raise FetchError(f"not {what} (content type {content_type})")
                body = _read_body(response, deadline=deadline, timeout=timeout, max_bytes=max_bytes)
                return _decode(body, response.headers), response.geturl()
        except FetchError:
            raise
        except Refused as err:
            raise FetchError(str(err)) from err
        except (OSError, http.client.HTTPException, ValueError) as err:
            if deadline.expired:
                raise _timed_out(timeout) from err
            raise FetchError(_reason(err, host=host, timeout=timeout)) from err


@dataclass(frozen=True)
class UrlResult:
    """What became of one URL: the article loaded from it, or why it failed."""

    url: str
    article: Article | None = None
    reason: str = ""

    @property
    def loaded(self) -> bool:
        return self.article is not None


def _article_id(url: str) -> str:
    """A readable id: the host and the last path segment, e.g. ``elpais.com-captura-de-maduro``."""
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    last = re.sub(r"\.(s?html?|php|aspx?)\Z", "", segments[-1]) if segments else ""
    return slug("-".join(filter(None, [host_name(url), last])), lower=False, dots=True, fallback="page")[:ID_CHARS]


def _fetched(url: str, *, timeout: float | None, max_bytes: int | None, allow_private: bool) -> tuple[str, str] | str:
    """The page's (HTML, final URL), or the reason it could not be fetched."""
    try:
        return fetch(url, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private)
    except FetchError as err:
        return str(err)


def _result(url: str, fetched: tuple[str, str] | str) -> UrlResult:
    if isinstance(fetched, str):
        return UrlResult(url, reason=fetched)
    html, final_url = fetched
    articles, problems = read_page(url, html, article_id=_article_id(final_url), url=final_url)
    if not articles:
        return UrlResult(url, reason="; ".join(p.reason for p in problems))
    return UrlResult(url, article=articles[0])


def load_urls(
    urls: Iterable[str],
    *,
    timeout: float | None = None,
    max_bytes: int | None = None,
    allow_private: bool = True,
    workers: int = WORKERS,
    progress: Progress | None = None,
) -> tuple[UrlResult, ...]:
    """Load every URL (a few at a time), in the order given.

    Args:
        timeout: per URL, see :func:`fetch`.
        allow_private: False refuses URLs whose host resolves to a non-global address.
        workers: URLs fetched at once.
        progress: called as ``progress(done, total, url)`` after each URL, in the
            calling thread (so a dashboard can update its progress bar).
    """
    urls = [url.strip() for url in urls]
    results: list[UrlResult | None] = [None] * len(urls)
    # Threads only wait on the network; pages are parsed here, one at a time
    # (trafilatura and the language detector are CPU-bound and not worth racing).
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(urls) or 1))) as pool:
        futures = {
            pool.submit(_fetched, url, timeout=timeout, max_bytes=max_bytes, allow_private=allow_private): i
            for i, url in enumerate(urls)
        }
        for done, future in enumerate(as_completed(futures), start=1):
            i = futures[future]
            result = results[i] = _result(urls[i], future.result())
            if progress is not None:
                progress(done, len(urls), result.url)
    return tuple(r for r in results if r is not None)


def results_corpus(results: Sequence[UrlResult]) -> Corpus:
    """The loaded articles (ids made unique) and, as problems, the failed URLs with their reasons."""
    articles = tuple(r.article for r in results if r.article is not None)
    problems = tuple(Problem(r.url, r.reason) for r in results if r.article is None)
    return Corpus().merged(Corpus(articles, problems))


def results_table(results: Sequence[UrlResult]) -> pd.DataFrame:
    """One row per URL: url, status ("loaded"/"failed"), reason ("" when loaded), source, date, title, words.

    The article's fields are empty (words <NA>) for a failed URL.
    """
    import pandas as pd

    frame = pd.DataFrame(
        [
            {
                "url": r.url,
                "status": "loaded" if r.article else "failed",
                "reason": r.reason,
                "source": r.article.source if r.article else "",
                "date": r.article.date if r.article else None,
                "title": (r.article.title or "") if r.article else "",
                "words": r.article.words if r.article else None,
            }
            for r in results
        ],
        columns=["url", "status", "reason", "source", "date", "title", "words"],
    )
    return frame.astype({"words": "Int64"})
