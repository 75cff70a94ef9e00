"""A small web site on 127.0.0.1 for the URL-loading tests: saved pages and every way a fetch fails."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

PAGES = Path(__file__).resolve().parent / "data" / "web"
# The slow route sleeps this long; tests fetch it with a shorter timeout.
SLOW_SECONDS = 1.5
HTML = "text/html; charset=utf-8"


@dataclass(frozen=True)
class Route:
    status: int = 200
    content_type: str | None = HTML
    body: bytes = b""
    delay: float = 0.0
    headers: tuple[tuple[str, str], ...] = ()
    announce_length: bool = True


def _page(name: str, content_type: str | None = HTML) -> Route:
    return Route(content_type=content_type, body=(PAGES / name).read_bytes())


NAV_ONLY = b"""<!DOCTYPE html><html><head><title>Iniciar sesi\xc3\xb3n</title></head><body>
<nav><a href="/">Portada</a> <a href="/login">Entrar</a></nav>
<form><input name="user"><input type="password" name="pass"><button>Entrar</button></form>
<footer>\xc2\xa9 2026 Grupo Editorial</footer></body></html>"""

NO_METADATA = (
    b"<!DOCTYPE html><html><head><title>Vecinos protestan por el cierre del ambulatorio</title></head><body>"
    b"<nav><a href='/'>Inicio</a> <a href='/local'>Local</a></nav><article><h1>Vecinos protestan por el cierre del ambulatorio</h1>"
    b"<p>Cientos de vecinos del barrio de La Estaci\xc3\xb3n se concentraron el s\xc3\xa1bado frente al ambulatorio "
    b"para protestar por su cierre, previsto para el mes que viene, y pidieron al ayuntamiento que mantenga "
    b"al menos el servicio de urgencias por las tardes.</p>"
    b"<p>La concejala de Sanidad asegur\xc3\xb3 que los pacientes ser\xc3\xa1n atendidos en el nuevo centro de salud, "
    b"a tres kil\xc3\xb3metros, y que habr\xc3\xa1 un autob\xc3\xbas lanzadera cada media hora.</p></article>"
    b"<footer>Aviso legal \xc2\xb7 Contacto</footer></body></html>"
)


XML = "application/xml; charset=utf-8"
# Feeds and sitemaps (analysis/corpus/feeds.py): links relative to this server, whatever its port.
FEED_RSS = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>La Voz</title>
<link>/</link><item><title>Inundaciones</title><link>/sociedad/inundaciones-valdemora.html</link></item>
<item><title>Tipos</title><link>/economia/tipos</link></item><item><title>Gone</title><link>/missing</link></item>
</channel></rss>"""
FEED_ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour</title>
<link rel="self" href="/atom.xml"/><entry><title>Bridge</title><link rel="alternate" href="/news/old-harbour-bridge"/>
</entry></feed>"""
SITEMAP_INDEX = b"""<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>/sitemap-1.xml</loc></sitemap><sitemap><loc>/sitemap-gone.xml</loc></sitemap></sitemapindex>"""
SITEMAP = b"""<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>/local/ambulatorio</loc><lastmod>2026-02-03</lastmod></url>
<url><loc>/economia/tipos</loc></url></urlset>"""
HOME = b"""<!DOCTYPE html><html><head><title>La Voz</title>
<link rel="alternate" type="application/rss+xml" title="La Voz" href="/feed.rss"></head><body>Portada</body></html>"""
LAUGHS = b"""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<rss><channel><item><link>&lol2;</link></item></channel></rss>"""


def routes() -> dict[str, Route]:
    return {
        "/sociedad/inundaciones-valdemora.html": _page("la-voz-inundaciones.html"),
        "/news/old-harbour-bridge": _page("harbour-post-bridge.html"),
        # Latin-1 bytes; the server declares the charset, as real servers do.
        "/economia/tipos": _page("diario-central-tipos.htm", "text/html; charset=iso-8859-1"),
        "/local/ambulatorio": Route(body=NO_METADATA),
        "/no-content-type": Route(content_type=None, body=NO_METADATA),
        "/login": Route(body=NAV_ONLY),
        "/missing": Route(status=404, body=b"<html><body><h1>Not found</h1></body></html>"),
        "/broken": Route(status=500, body=b"<html><body>Internal error</body></html>"),
        "/slow": Route(body=NO_METADATA, delay=SLOW_SECONDS),
        "/report.pdf": Route(
            content_type="application/pdf", body=b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n"
        ),
        "/logo.png": Route(content_type="image/png", body=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        "/binary-as-html": Route(body=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"),
        "/huge": Route(body=b"<html><body>" + b"<p>relleno</p>" * 20_000 + b"</body></html>"),
        # No Content-Length: the size limit must hold while reading, too.
        "/huge-unannounced": Route(
            body=b"<html><body>" + b"<p>relleno</p>" * 20_000 + b"</body></html>", announce_length=False
        ),
        "/feed.rss": Route(content_type="application/rss+xml", body=FEED_RSS),
        "/atom.xml": Route(content_type=XML, body=FEED_ATOM),
        "/sitemap_index.xml": Route(content_type=XML, body=SITEMAP_INDEX),
        "/sitemap-1.xml": Route(content_type="text/xml", body=SITEMAP),
        "/home": Route(body=HOME),
        "/laughs.xml": Route(content_type=XML, body=LAUGHS),
        "/moved": Route(status=301, headers=(("Location", "/sociedad/inundaciones-valdemora.html"),)),
    }


@dataclass
class Site:
    """The running server: ``site.url("/missing")`` is a URL on it."""

    base: str
    hits: list[str] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path


@contextmanager
def serve() -> Iterator[Site]:
    """Serve :func:`routes` on 127.0.0.1 (a free port) in a background thread."""
    table = routes()
    site = Site("")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
            site.hits.append(self.path)
            parts = urlsplit(self.path)
            if parts.path == "/redirect":  # /redirect?to=URL answers 302 Found, Location: URL
                route = Route(status=302, headers=(("Location", parse_qs(parts.query)["to"][0]),))
            else:
                route = table.get(parts.path, Route(status=404, body=b"no such page"))
            if route.delay:
                time.sleep(route.delay)
            try:
                self.send_response(route.status)
                if route.content_type:
                    self.send_header("Content-Type", route.content_type)
                for name, value in route.headers:
                    self.send_header(name, value)
                if route.announce_length:
                    self.send_header("Content-Length", str(len(route.body)))
                self.end_headers()
                self.wfile.write(route.body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
                pass

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
