"""An opener that fetches http(s) only and, when asked, only from globally reachable addresses.

A shared deployment must not be usable to probe its own network (server-side
request forgery). With ``allow_private=False`` each connection resolves the
host itself, refuses it when *any* address it resolves to is not globally
reachable (``ipaddress``'s ``is_global``: private, loopback, link-local,
carrier-grade NAT, reserved...), and connects to the very address it checked,
so a second DNS answer cannot differ (DNS rebinding). Redirects open new
connections, so they are checked the same way. Environment proxies are not
used in that mode (the check must see the real destination), and no handler
for file://, ftp:// or data: exists at all.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import urllib.request
from typing import Any
from urllib.parse import urlsplit

__all__ = ["Refused", "connect_global", "global_addresses", "opener"]


class Refused(OSError):
    """The fetch was refused: a non-global address, or a redirect to another scheme."""


def _address_kind(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str:
    # Most specific first: link-local and unspecified addresses are also "private" to ipaddress.
    for kind in ("loopback", "link_local", "unspecified", "multicast", "private", "reserved"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return "non-global"


def _is_public(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """The policy: only globally reachable addresses (``ipaddress``'s ``is_global``, IANA special-purpose registries)."""
    return address.is_global


def global_addresses(host: str, port: int) -> list[tuple[int, tuple[object, ...]]]:
    """Every (family, sockaddr) ``host`` resolves to; raises Refused if any is not global."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    for _family, _type, _proto, _name, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
            address = address.ipv4_mapped
        if not _is_public(address):
            where = f"{host} is" if host.strip("[]") == str(address) else f"{host} resolves to {address},"
            kind = _address_kind(address)
            raise Refused(
                f"refused: {where} {'an' if kind[0] in 'aeiou' else 'a'} {kind} address "
                "(private, loopback and link-local addresses are not allowed here)"
            )
    return [(info[0], info[4]) for info in infos]


def connect_global(
    address: tuple[str, int], timeout: float | None = None, source_address: tuple[str, int] | None = None, **_: object
) -> socket.socket:
    """``socket.create_connection`` that only connects to global addresses, and to the ones it checked."""
    host, port = address
    last: OSError | None = None
    for family, sockaddr in global_addresses(host, port):
        sock = socket.socket(family, socket.SOCK_STREAM)
        try:
            sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except OSError as err:
            sock.close()
            last = err
    raise last or Refused(f"host {host!r} has no address")


class _GlobalHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = connect_global


class _GlobalHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = connect_global


class _GlobalHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_GlobalHTTPConnection, req)


class _GlobalHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_GlobalHTTPSConnection, req, context=self._context)  # type: ignore[attr-defined]


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only (urllib would also follow ftp://)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise Refused(f"redirected to {newurl!r}, which is not an http(s) URL")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def opener(*, allow_private: bool) -> urllib.request.OpenerDirector:
    """An opener for http(s) only: no file://, ftp:// or data: handlers at all."""
    opener = urllib.request.OpenerDirector()
    handlers: list[urllib.request.BaseHandler] = [
        urllib.request.UnknownHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        _HttpOnlyRedirects(),
    ]
    if allow_private:
        handlers += [urllib.request.ProxyHandler(), urllib.request.HTTPHandler(), urllib.request.HTTPSHandler()]
    else:
        handlers += [_GlobalHTTPHandler(), _GlobalHTTPSHandler()]
    for handler in handlers:
        opener.add_handler(handler)
    return opener
