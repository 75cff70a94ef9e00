"""Article URLs from feeds and sitemaps: RSS 2.0, RSS 1.0 (RDF), Atom, sitemap and sitemap index, or a page
that announces its feed (``<link rel="alternate" type="application/rss+xml">``).

Feeds are fetched through the guarded :func:`analysis.corpus.fetch.fetch` (timeout, size limit, private
addresses refused unless allowed) and parsed with ``defusedxml`` (no DTD, no entity expansion, no external
entity: a "billion laughs" feed is refused, not expanded). Trafilatura's own feed and sitemap discovery
fetches with its own client, outside those guards, so it is not used; its rules are followed (links
resolved against the feed's URL, only http(s), duplicates once). A sitemap index is followed to its
sitemaps (``max_feed_documents`` of them at most); at most ``max_feed_urls`` article URLs are kept
(limits.yaml), and a problem says how many were left out.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET  # noqa: S405 (only for its ParseError and Element types; parsing is defusedxml's)
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException
from lxml import html as lxml_html

from analysis.config import settings
from analysis.corpus.decode import DecodeError, decode_bytes
from analysis.corpus.fetch import FetchError, fetch, is_url
from analysis.corpus.records import Problem

__all__ = ["FEED_TYPES", "FeedLinks", "feed_links", "parse_feed"]

# Content types a feed or sitemap is served with (and HTML, for a page announcing its feed).
FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
    "application/x-rss+xml", "text/rss+xml", "text/plain", "text/html", "application/xhtml+xml",
)  # fmt: skip
ANNOUNCED = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")


@dataclass(frozen=True)
class FeedLinks:
    """What one feed, sitemap or page gave: its kind, the article URLs in order, and every problem met."""

    source: str
    kind: str
    urls: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _text(element: ET.Element) -> str:
    return (element.text or "").strip()


def _web(base: str, link: str) -> str | None:
    """``link`` resolved against ``base`` when it is (or becomes) an http(s) URL, without its #fragment."""
    url = urljoin(base, link.strip()).split("#", 1)[0]
    return url if link.strip() and is_url(url) else None


def parse_feed(text: str, *, base: str) -> tuple[str, list[str], list[str]]:
    """The kind of document, its article URLs and the feeds or sitemaps it points to (all resolved against ``base``).

    >>> rss = '<rss><channel><item><link>/a.html</link></item><item><link>https://x.org/b</link></item></channel></rss>'
    >>> parse_feed(rss, base="https://x.org/feed")
    ('rss', ['https://x.org/a.html', 'https://x.org/b'], [])
    >>> parse_feed('<sitemapindex><sitemap><loc>https://x.org/s1.xml</loc></sitemap></sitemapindex>', base="https://x.org/")
    ('sitemap index', [], ['https://x.org/s1.xml'])

    Raises:
        ValueError: when the text is neither a feed, a sitemap nor a page announcing a feed, or is unsafe XML.
    """
    head = text.lstrip()[:500].lower()
    if head.startswith(("<!doctype html", "<html")) or ("<html" in head and "<rss" not in head):
        page = lxml_html.fromstring(text.encode("utf-8", "replace"))
        announced = [
            link.get("href", "")
            for link in page.iter("link")
            if "alternate" in (link.get("rel") or "").lower().split()
            and (link.get("type") or "").split(";")[0].strip().lower() in ANNOUNCED
        ]
        feeds = [url for url in (_web(base, href) for href in announced) if url]
        if not feeds:
            raise ValueError(
                'an HTML page that announces no feed (no <link rel="alternate" type="application/rss+xml">)'
            )
        return "page", [], list(dict.fromkeys(feeds))
    try:
        root = SafeET.fromstring(text, forbid_dtd=True)
    except DefusedXmlException as err:
        raise ValueError(f"unsafe XML refused ({type(err).__name__}: DTDs and entities are not read)") from None
    except ET.ParseError as err:
        raise ValueError(f"not a feed or sitemap (invalid XML: {err})") from None
    kind = _local(root.tag)
    urls: list[str | None] = []
    children: list[str | None] = []
    if kind == "urlset":
        kind, urls = "sitemap", [_web(base, _text(e)) for e in root.iter() if _local(e.tag) == "loc"]
    elif kind == "sitemapindex":
        kind, children = "sitemap index", [_web(base, _text(e)) for e in root.iter() if _local(e.tag) == "loc"]
    elif kind == "feed":  # Atom: each entry's alternate link (rel absent means alternate)
        kind = "atom"
        for entry in (e for e in root if _local(e.tag) == "entry"):
            links = [e for e in entry if _local(e.tag) == "link" and e.get("rel", "alternate") == "alternate"]
            urls.extend(_web(base, e.get("href", "")) for e in links[:1])
    elif kind in ("rss", "rdf"):  # RSS 2.0 items in the channel; RSS 1.0 items beside it
        kind = "rss"
        for item in (e for e in root.iter() if _local(e.tag) == "item"):
            link = next((e for e in item if _local(e.tag) == "link" and _text(e)), None)
            guid = next((e for e in item if _local(e.tag) == "guid" and e.get("isPermaLink", "true") == "true"), None)
            chosen = link if link is not None else guid
            urls.append(_web(base, _text(chosen)) if chosen is not None else None)
    else:
        raise ValueError(
            f"not a feed or sitemap (the document is <{kind}>, not <rss>, <feed>, <urlset> or <sitemapindex>)"
        )
    return kind, list(dict.fromkeys(u for u in urls if u)), list(dict.fromkeys(c for c in children if c))


def _read(source: str, *, timeout: float | None, allow_private: bool) -> tuple[str, str]:
    """The document's text and its URL (the final one after redirects; a file's path as given)."""
    if is_url(source):
        return fetch(source, timeout=timeout, allow_private=allow_private, accept=FEED_TYPES)
    path = Path(source)
    if path.stat().st_size > settings().limits.max_page_bytes:
        raise ValueError(f"too large (over {settings().limits.max_page_bytes:,} bytes)")
    return decode_bytes(path.read_bytes()), path.resolve().as_uri()


def feed_links(source: str, *, timeout: float | None = None, allow_private: bool = True) -> FeedLinks:
    """The article URLs of a feed, sitemap (index) or feed-announcing page at ``source`` (a URL or a file).

    Every document that cannot be read or parsed is a Problem naming it; nothing is raised.
    """
    limits = settings().limits
    pending, seen = [source], set[str]()
    urls: list[str] = []
    problems: list[Problem] = []
    kind = ""
    while pending and len(seen) < limits.max_feed_documents:
        current = pending.pop(0)
        seen.add(current)
        try:
            text, where = _read(current, timeout=timeout, allow_private=allow_private)
            found, links, children = parse_feed(text, base=where)
        except (FetchError, OSError, DecodeError, ValueError) as err:
            problems.append(Problem(current, str(err) or type(err).__name__))
            continue
        kind = kind or found
        urls.extend(u for u in links if u not in urls)
        pending.extend(c for c in children if c not in seen and c not in pending)
    if pending:
        problems.append(Problem(source, f"{len(pending)} more feeds or sitemaps not read (max_feed_documents "
                                        f"{limits.max_feed_documents} in limits.yaml)"))  # fmt: skip
    if len(urls) > limits.max_feed_urls:
        problems.append(Problem(source, f"{len(urls):,} article URLs; only the first {limits.max_feed_urls:,} are "
                                        "kept (max_feed_urls in limits.yaml)"))  # fmt: skip
        urls = urls[: limits.max_feed_urls]
    return FeedLinks(source, kind or "unreadable", tuple(urls), tuple(problems))
