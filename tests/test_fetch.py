"""Fetching article URLs: pages served from 127.0.0.1 by the test itself (tests/web_server.py)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import socket
import time

import pytest

from analysis.corpus import guard as fetchguard
from analysis.corpus.fetch import UrlResult, is_url, load_urls, results_corpus, results_table, url_lines

LOOPBACK_REFUSAL = "private, loopback, link-local and multicast addresses are not allowed here"


@pytest.mark.parametrize(
    ("path", "source", "date", "title", "language", "url", "present", "absent"),
    [
        pytest.param(
            "/sociedad/inundaciones-valdemora.html",
            "La Voz del Sur",  # og:site_name
            dt.date(2026, 3, 11),  # article:published_time, not article:modified_time
            "Las inundaciones dejan 14 muertos en el norte de Valdemora",
            "es",
            "https://www.lavozdelsur.example/sociedad/2026/03/11/inundaciones-valdemora.html",  # canonical
            ["desbordaron el río Cárcamo", "zona catastrófica", "150 litros por metro cuadrado"],
            [
                "cookies",
                "Suscríbete",
                "Publicidad",
                "Noticias relacionadas",
                "Aplazado el partido",
                "derechos reservados",
                "Portada",
                "Por Marta Ibáñez",
            ],
            id="spanish-og-site-name",
        ),
        pytest.param(
            "/news/old-harbour-bridge",
            "The Harbour Post",  # JSON-LD publisher
            dt.date(2025, 10, 2),  # JSON-LD datePublished
            "Council approves £40m repair of the Old Harbour Bridge",
            "en",
            "https://harbourpost.example/news/local/old-harbour-bridge-repair",
            ["corroded far faster than expected", "business-rate relief"],
            [
                "842 partners",
                "morning newsletter",
                "Most read",
                "Ferry timetable",
                "Quayside Media",
                "Cookie policy",
                "By Tom Ellery",
            ],
            id="english-json-ld",
        ),
        pytest.param(
            "/economia/tipos",
            "diariocentral.example",  # no site name: the canonical URL's host, without www.
            dt.date(2025, 6, 18),  # <time itemprop=datePublished>
            "El Banco Central sube los tipos al 4,5 %",
            "es",
            "https://www.diariocentral.example/economia/banco-central-sube-tipos",
            ["gobernadora, Elena Sáez", "«prudencia»", "subirá unos 40 euros"],
            ["Este sitio usa cookies", "Hemeroteca", "Lo más leído", "Récord de turistas", "Prohibida la reproducción"],
            id="latin-1-host-as-source",
        ),
        pytest.param(
            "/local/ambulatorio",
            "127.0.0.1",  # no metadata at all: the host it was fetched from
            None,
            "Vecinos protestan por el cierre del ambulatorio",
            "es",
            None,  # the fetched URL itself
            ["servicio de urgencias por las tardes", "autobús lanzadera"],
            ["Aviso legal", "Inicio"],
            id="no-metadata",
        ),
        pytest.param(
            "/no-content-type",
            "127.0.0.1",
            None,
            "Vecinos protestan por el cierre del ambulatorio",
            "es",
            None,
            ["servicio de urgencias"],
            ["Aviso legal"],
            id="no-content-type-header",
        ),
    ],
)
def test_a_served_page_loads_as_its_article(site, path, source, date, title, language, url, present, absent):
    result = load_url(site.url(path), timeout=5)
    assert result.loaded, result.reason
    article = result.article
    assert (article.source, article.date, article.title, article.language) == (source, date, title, language)
    assert article.url == (url or site.url(path))
    for phrase in present:
        assert phrase in article.text
    for phrase in absent:
        assert phrase not in article.text
    assert not article.text.startswith(title), "the headline is the title, not the first line of the text"


@pytest.mark.parametrize(
    ("path", "options", "reason"),
    [
        pytest.param("/missing", {}, r"HTTP 404 Not Found", id="404"),
        pytest.param("/broken", {}, r"HTTP 500 Internal Server Error", id="500"),
        pytest.param("/slow", {"timeout": 0.5}, r"timed out after 0\.5 s", id="timeout"),
        pytest.param("/report.pdf", {}, r"not an HTML page \(content type application/pdf\)", id="pdf"),
        pytest.param("/logo.png", {}, r"not an HTML page \(content type image/png\)", id="png"),
        pytest.param("/binary-as-html", {}, r"not an HTML page \(binary content\)", id="binary-labelled-html"),
        pytest.param(
            "/huge", {"max_bytes": 100_000}, r"too large \(0\.28 MB; the limit is 0\.1 MB\)", id="too-large-announced"
        ),
        pytest.param(
            "/huge-unannounced",
            {"max_bytes": 100_000},
            r"too large \(more than 0\.1 MB, the limit\)",
            id="too-large-streamed",
        ),
        pytest.param(
            "/login", {}, r"no main text found \(only \d+ words outside navigation and boilerplate\)", id="no-main-text"
        ),
        pytest.param(
            "/redirect?to=ftp://127.0.0.1/pub/a.html",
            {},
            r"redirected to 'ftp://127\.0\.0\.1/pub/a\.html', which is not an http\(s\) URL",
            id="redirect-to-ftp",
        ),
    ],
)
def test_a_failed_url_says_why(site, path, options, reason):
    result = load_url(site.url(path), **({"timeout": 5} | options))
    assert not result.loaded
    assert re.fullmatch(reason, result.reason), result.reason


def load_url(url: str, **options: object) -> UrlResult:
    """One URL through :func:`load_urls`, the loader's one entry point."""
    return load_urls([url], **options)[0]  # type: ignore[arg-type]


def test_the_timeout_bounds_the_wait(site):
    start = time.monotonic()
    load_url(site.url("/slow"), timeout=0.5)
    assert time.monotonic() - start < 1.2


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        pytest.param("www.example.com/nota.html", r"not an http\(s\) URL", id="no-scheme"),
        pytest.param("file:///etc/passwd", r"not an http\(s\) URL", id="file-scheme"),
        pytest.param("http:///path-only", "the URL has no host", id="no-host"),
        pytest.param("http://127.0.0.1:1/", "connection refused", id="closed-port"),
        pytest.param(
            "http://no-such-host.invalid/", r"host 'no-such-host.invalid' not found \(.+\)", id="unknown-host"
        ),
    ],
)
def test_a_url_that_cannot_be_fetched_says_why(url, reason):
    assert re.fullmatch(reason, load_url(url, timeout=2).reason)


def test_redirects_are_followed_and_the_requested_url_is_reported(site):
    result = load_url(site.url("/moved"), timeout=5)
    assert result.url == site.url("/moved")
    assert result.article.source == "La Voz del Sur"


@pytest.mark.parametrize(
    ("host", "reason"),
    [
        pytest.param("127.0.0.1", "127.0.0.1 is a loopback address", id="ipv4-loopback"),
        pytest.param("[::1]", "::1 is a loopback address", id="ipv6-loopback"),
        pytest.param("10.20.30.40", "10.20.30.40 is a private address", id="rfc1918-10"),
        pytest.param("192.168.1.10", "192.168.1.10 is a private address", id="rfc1918-192"),
        pytest.param("172.16.0.5", "172.16.0.5 is a private address", id="rfc1918-172"),
        pytest.param("169.254.169.254", "169.254.169.254 is a link-local address", id="cloud-metadata"),
        pytest.param("[fe80::1]", "fe80::1 is a link-local address", id="ipv6-link-local"),
        pytest.param("0.0.0.0", "0.0.0.0 is an unspecified address", id="unspecified"),
        pytest.param("100.64.0.1", "100.64.0.1 is a non-global address", id="carrier-grade-nat"),
        pytest.param(
            "[::ffff:127.0.0.1]",
            r"::ffff:127.0.0.1 is an IPv4-mapped address of 127.0.0.1, a loopback address",
            id="ipv4-mapped",
        ),
        pytest.param("localhost", r"localhost resolves to (127\.0\.0\.1|::1), a loopback address", id="name"),
    ],
)
def test_private_addresses_are_refused_when_not_allowed(host, reason):
    result = load_url(f"http://{host}:8080/admin", allow_private=False, timeout=2)
    assert re.fullmatch(f"refused: {reason} \\({LOOPBACK_REFUSAL}\\)", result.reason), result.reason


def test_the_refusal_happens_before_any_request(site):
    result = load_url(site.url("/sociedad/inundaciones-valdemora.html?refusal"), allow_private=False, timeout=5)
    assert result.reason.startswith("refused: 127.0.0.1 is a loopback address")
    assert "/sociedad/inundaciones-valdemora.html?refusal" not in site.hits
    assert load_url(site.url("/sociedad/inundaciones-valdemora.html"), allow_private=True, timeout=5).loaded


def _resolving(table: dict[str, list[str]]):
    """A getaddrinfo that answers the names in ``table`` and passes everything else through."""
    real = socket.getaddrinfo

    def fake(host, port, *args, **kwargs):
        if host not in table:
            return real(host, port, *args, **kwargs)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port)) for address in table[host]]

    return fake


def test_every_resolved_address_is_checked(monkeypatch):
    monkeypatch.setattr(socket, "getaddrinfo", _resolving({"mixed.test": ["93.184.216.34", "10.1.2.3"]}))
    result = load_url("http://mixed.test/news", allow_private=False, timeout=2)
    assert result.reason.startswith("refused: mixed.test resolves to 10.1.2.3, a private address")


def test_a_redirect_to_a_private_address_is_refused(site, monkeypatch):
    # Pretend the test server's 127.0.0.1 is public, so only the redirect's target is private.
    monkeypatch.setattr(fetchguard, "_is_public", lambda address: address == ipaddress.ip_address("127.0.0.1"))
    monkeypatch.setattr(socket, "getaddrinfo", _resolving({"intranet.test": ["127.0.0.2"]}))
    port = site.base.rsplit(":", 1)[1]
    result = load_url(site.url(f"/redirect?to=http://intranet.test:{port}/admin"), allow_private=False, timeout=5)
    assert result.reason.startswith("refused: intranet.test resolves to 127.0.0.2, a loopback address")
    assert load_url(site.url("/moved"), allow_private=False, timeout=5).loaded, "the allowed address still loads"


def test_load_urls_reports_progress_and_keeps_the_order(site):
    urls = [
        site.url("/news/old-harbour-bridge"),
        site.url("/missing"),
        site.url("/economia/tipos"),
        site.url("/logo.png"),
    ]
    calls = []
    results = load_urls(urls, timeout=5, workers=3, progress=lambda done, total, url: calls.append((done, total, url)))
    assert [r.url for r in results] == urls
    assert [r.loaded for r in results] == [True, False, True, False]
    assert [(done, total) for done, total, _ in calls] == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert sorted(url for *_, url in calls) == sorted(urls)


def test_load_urls_of_nothing_is_nothing():
    assert load_urls([]) == ()


def test_results_corpus_and_table(site):
    same_page = [site.url("/local/ambulatorio?from=home"), site.url("/local/ambulatorio?from=feed")]
    results = load_urls([*same_page, site.url("/missing")], timeout=5)
    corpus = results_corpus(results)
    assert [a.id for a in corpus.articles] == ["127.0.0.1-ambulatorio", "127.0.0.1-ambulatorio~2"]
    assert [(p.file, p.reason) for p in corpus.problems] == [
        (site.url("/missing"), "HTTP 404 Not Found"),
        ("127.0.0.1-ambulatorio", "duplicate id; loaded as '127.0.0.1-ambulatorio~2'"),
    ]
    table = results_table(results)
    assert list(table.columns) == ["url", "status", "reason", "source", "date", "title", "words"]
    assert table["status"].tolist() == ["loaded", "loaded", "failed"]
    assert table["reason"].tolist() == ["", "", "HTTP 404 Not Found"]
    assert (table["words"][:2] > 40).all()
    assert table["words"].isna().tolist() == [False, False, True]


@pytest.mark.parametrize(
    ("text", "urls"),
    [
        pytest.param("", [], id="empty"),
        pytest.param("# only a comment\n\n", [], id="comments-only"),
        pytest.param(
            " https://a.example/1 \r\nhttps://b.example/2\n",
            ["https://a.example/1", "https://b.example/2"],
            id="spaces-crlf",
        ),
        pytest.param("https://a.example/1\nhttps://a.example/1", ["https://a.example/1"], id="repeat"),
        pytest.param(
            "elpais.com/nota\nhttps://a.example/1",
            ["elpais.com/nota", "https://a.example/1"],
            id="non-url-kept-to-report",
        ),
    ],
)
def test_url_lines(text, urls):
    assert url_lines(text) == urls


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("https://elpais.com/a.html", True, id="https"),
        pytest.param("HTTP://EXAMPLE.COM", True, id="upper-case"),
        pytest.param("seeds/", False, id="folder"),
        pytest.param("http://", False, id="scheme-only"),
        pytest.param("https://a.example/b c", False, id="space-inside"),
        pytest.param("javascript:alert(1)", False, id="javascript"),
    ],
)
def test_is_url(value, expected):
    assert is_url(value) is expected
