"""Fetch limits: a total deadline per URL however a server trickles, normalised host names, the address
policy's gaps (multicast, embedded IPv4, site-local), plain messages, and links only to http(s) addresses.

Every server here listens on 127.0.0.1; nothing leaves the machine.
"""

from __future__ import annotations

import ipaddress
import re
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from analysis.config import settings
from analysis.corpus import guard
from analysis.corpus.fetch import UrlResult, load_urls
from analysis.corpus.loading import Article, Corpus, load_files, load_path
from analysis.present.charts.corpus import articles_table


def load_url(url: str, **options: object) -> UrlResult:
    """One URL through the loader."""
    return load_urls([url], **options)[0]  # type: ignore[arg-type]


# How long a trickling server keeps sending, at most: far longer than any timeout the tests give.
TRICKLE_SECONDS = 60
TRICKLE_STEP = 0.05


@dataclass
class Trickle:
    port: int
    sent: list[int] = field(default_factory=list)  # bytes sent per connection, when it ended
    closed_early: list[bool] = field(default_factory=list)


@contextmanager
def trickling_server(mode: str) -> Iterator[Trickle]:
    """A raw HTTP server that sends its answer one byte at a time: in the headers, or in the body."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    state = Trickle(listener.getsockname()[1])
    stop = threading.Event()

    def serve(conn: socket.socket) -> None:
        sent, early = 0, False
        with conn:
            conn.recv(65536)
            head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
            if mode == "body":
                conn.sendall(head + b"\r\n<html><body>")
            else:
                conn.sendall(head + b"X-Slow: ")
            end = time.monotonic() + TRICKLE_SECONDS
            while time.monotonic() < end and not stop.is_set():
                try:
                    conn.sendall(b"a")
                except OSError:
                    early = True
                    break
                sent += 1
                time.sleep(TRICKLE_STEP)
        state.sent.append(sent)
        state.closed_early.append(early)

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        stop.set()
        thread.join()
        listener.close()


def _wait_for(condition, limit: float = 30.0) -> None:
    end = time.monotonic() + limit
    while not condition() and time.monotonic() < end:
        time.sleep(0.05)


@pytest.mark.parametrize("mode", ["headers", "body"])
def test_a_trickling_server_cannot_hold_a_fetch_past_its_deadline(mode):
    """The issue's failure: a server sending a byte at a time kept `timeout=2` running after 25 s."""
    with trickling_server(mode) as server:
        result = load_url(f"http://127.0.0.1:{server.port}/slow", timeout=1)
        assert result.reason == "timed out after 1 s"
        _wait_for(lambda: server.sent)
        # The client hung up: the server could not send all it meant to (TRICKLE_SECONDS of bytes).
        assert server.closed_early == [True]
        assert server.sent[0] < TRICKLE_SECONDS / TRICKLE_STEP


class _Hops(BaseHTTPRequestHandler):
    """/hop/N redirects to /hop/N+1 until /hop/12, which is a page."""

    def do_GET(self) -> None:  # noqa: N802 (the http.server API)
        n = int(self.path.rsplit("/", 1)[1])
        if n < 12:
            self.send_response(302)
            self.send_header("Location", f"/hop/{n + 1}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = b"<html><body><p>" + b"Una noticia con suficientes palabras para ser un articulo. " * 10 + b"</p>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def test_a_long_redirect_chain_says_too_many_redirects():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Hops)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        limit = settings().limits.max_redirects
        result = load_url(f"http://127.0.0.1:{server.server_address[1]}/hop/0", timeout=10)
        assert result.reason == f"too many redirects (limit {limit})"
        assert "infinite loop" not in result.reason
        assert load_url(f"http://127.0.0.1:{server.server_address[1]}/hop/{12 - limit}", timeout=10).loaded
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    ("host", "reason"),
    [
        pytest.param("224.0.0.1", "224.0.0.1 is a multicast address", id="multicast-v4"),
        pytest.param("239.255.255.250", "239.255.255.250 is a multicast address", id="ssdp"),
        pytest.param("[ff02::1]", "ff02::1 is a multicast address", id="multicast-v6"),
        pytest.param(
            "[::127.0.0.1]", "::127.0.0.1 is an IPv4-compatible address of 127.0.0.1, a loopback address", id="compat"
        ),
        pytest.param(
            "[::a9fe:a9fe]",
            "::a9fe:a9fe is an IPv4-compatible address of 169.254.169.254, a link-local address",
            id="compat-metadata",
        ),
        pytest.param(
            "[64:ff9b::7f00:1]", "64:ff9b::7f00:1 is a NAT64 address of 127.0.0.1, a loopback address", id="nat64"
        ),
        pytest.param("[64:ff9b:1::a00:1]", "64:ff9b:1::a00:1 is a local-use NAT64 address", id="nat64-local"),
        pytest.param("[2002:7f00:1::]", "2002:7f00:1:: is a 6to4 address of 127.0.0.1, a loopback address", id="6to4"),
        pytest.param(
            "[::ffff:0:7f00:1]",
            "::ffff:0:7f00:1 is an IPv4-translated address of 127.0.0.1, a loopback address",
            id="translated",
        ),
        pytest.param("[fec0::1]", "fec0::1 is a site-local address", id="site-local"),
    ],
)
def test_address_policy_gaps_are_refused(host, reason):
    result = load_url(f"http://{host}:8080/admin", allow_private=False, timeout=2)
    assert (
        result.reason
        == f"refused: {reason} (private, loopback, link-local and multicast addresses are not allowed here)"
    )


@pytest.mark.parametrize(
    "address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "2002:5db8:d822::1", "64:ff9b::5db8:d822"]
)
def test_global_addresses_and_their_embeddings_are_allowed(address):
    assert guard.refusal(ipaddress.ip_address(address)) is None


def test_a_full_width_host_is_normalised_before_the_check():
    """The issue's failure: "ｌｏｃａｌｈｏｓｔ" raised UnicodeEncodeError ('latin-1') instead of a refusal."""
    result = load_url("http://ｌｏｃａｌｈｏｓｔ:8080/admin", allow_private=False, timeout=2)
    assert re.fullmatch(r"refused: localhost resolves to (127\.0\.0\.1|::1), a loopback address \(.+\)", result.reason)


def test_a_full_width_host_is_fetched_when_allowed(site):
    port = site.base.rsplit(":", 1)[1]
    full_width = "".join(chr(ord(c) + 0xFEE0) if c.isalnum() else c for c in "127.0.0.1")
    assert "." in full_width and full_width != "127.0.0.1"
    assert load_url(f"http://{full_width}:{port}/local/ambulatorio", timeout=5).loaded


@pytest.mark.parametrize("host", ["a" * 64 + ".example", "xn--a.example", "exa\u200bmple..com"])
def test_a_host_that_cannot_be_normalised_is_refused_with_a_message(host):
    result = load_url(f"http://{host}/nota", timeout=2)
    assert result.reason.startswith(f"refused: the host name {host!r} cannot be normalised"), result.reason


def test_a_user_name_before_the_host_is_refused_plainly():
    """The issue's failure: "http://example.com@127.0.0.1/" said "host '127.0.0.1' not found"."""
    result = load_url("http://example.com@127.0.0.1/", timeout=2)
    assert result.reason == (
        "refused: the URL puts 'example.com@' before its host, so the page would come from '127.0.0.1', "
        "not from what precedes the @ (user names and passwords in URLs are not supported)"
    )


def test_a_huge_file_says_its_real_size(tmp_path):
    """The issue's failure: a 1 GB file said "file too large: 50.0 MB (limit 50 MB)"."""
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:  # sparse: no gigabyte written
        handle.truncate(1_073_741_824)
    (tmp_path / "ok.txt").write_text("Una noticia corta pero legible.", encoding="utf-8")
    corpus = load_path(tmp_path)
    assert [(p.file, p.reason) for p in corpus.problems] == [("big.txt", "file too large: 1.07 GB (limit 50 MB)")]


@pytest.mark.parametrize("url", ["javascript:alert(document.cookie)", "vbscript:msgbox(1)", "file:///etc/passwd"])
def test_an_article_url_must_be_http_before_it_is_a_link(url):
    body = "El ayuntamiento aprobó ayer el presupuesto del próximo año tras un largo debate en el pleno municipal"
    csv = f"id,text,url\na,{body},{url}\nb,{body} de la ciudad,https://example.com/b\n".encode()
    corpus = load_files([("notas.csv", csv)])
    assert [a.url for a in corpus.articles] == [None, "https://example.com/b"]
    assert [p.file for p in corpus.problems] == ["a"] and "not an http(s) address" in corpus.problems[0].reason
    # Whatever holds a corpus (a workspace builds one directly), the table pages link from shows none.
    direct = Corpus((Article("a", "Texto", url=url), Article("b", "Texto", url="https://example.com/b")))
    assert articles_table(direct)["url"].tolist() == ["", "https://example.com/b"]
