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

import contextlib
import http.client
import ipaddress
import socket
import threading
import unicodedata
import urllib.request
from functools import partial
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from analysis.config import settings

__all__ = ["Deadline", "Refused", "connect_global", "global_addresses", "normalise_url", "opener", "refusal"]

# Characters left as they are in a path or query; anything else (spaces, non-ASCII) is %-escaped.
SAFE_PATH = "/%:@!$&'()*+,;=-._~[]"
SAFE_QUERY = SAFE_PATH + "?"


class Refused(OSError):
    """The fetch was refused: a non-global address, a host name that cannot be normalised, a user name before
    the host, too many redirects, or a redirect to another scheme."""


def normalise_url(url: str) -> str:
    """``url`` with its host in ASCII (NFKC, then IDNA: full-width and accented names) and its path and query
    %-escaped, ready to be checked and sent.

    Raises:
        Refused: a host name that cannot be normalised, or a user name before the host
            ("http://example.com@127.0.0.1/" reaches 127.0.0.1, not example.com).

    >>> normalise_url("http://ｌｏｃａｌｈｏｓｔ:8080/a b")
    'http://localhost:8080/a%20b'
    >>> normalise_url("https://bücher.example/ñ?q=á")
    'https://xn--bcher-kva.example/%C3%B1?q=%C3%A1'
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as err:
        raise Refused(f"refused: the URL's host and port cannot be read ({err})") from None
    if "@" in parts.netloc:
        user, _, host = parts.netloc.rpartition("@")
        raise Refused(
            f"refused: the URL puts {user + '@'!r} before its host, so the page would come from {host!r}, "
            "not from what precedes the @ (user names and passwords in URLs are not supported)"
        )
    host = parts.hostname or ""
    if ":" in host:  # an IPv6 literal: already ASCII, checked as an address
        ascii_host = f"[{host}]"
    else:
        try:
            ascii_host = unicodedata.normalize("NFKC", host).encode("idna").decode("ascii").lower()
            ascii_host.encode("ascii").decode("idna")  # "xn--" labels must be valid Punycode too
        except UnicodeError as err:
            raise Refused(
                f"refused: the host name {host!r} cannot be normalised to an internationalised domain name ({err})"
            ) from None
    netloc = ascii_host + (f":{port}" if port is not None else "")
    path = quote(parts.path, safe=SAFE_PATH)
    query = quote(parts.query, safe=SAFE_QUERY)
    return urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


Address = ipaddress.IPv4Address | ipaddress.IPv6Address

# IPv6 ranges that carry an IPv4 address in their last 32 bits: the IPv4 address is what is reached.
EMBEDDING = {
    "NAT64": ipaddress.ip_network("64:ff9b::/96"),
    "IPv4-compatible": ipaddress.ip_network("::/96"),
    "IPv4-translated": ipaddress.ip_network("::ffff:0:0:0/96"),
}
# IPv6 ranges refused whatever follows: local-use NAT64 (RFC 8215), site-local (deprecated, RFC 3879).
LOCAL_V6 = {
    "local-use NAT64": ipaddress.ip_network("64:ff9b:1::/48"),
    "site-local": ipaddress.ip_network("fec0::/10"),
}


def _address_kind(address: Address) -> str:
    # Most specific first: link-local and unspecified addresses are also "private" to ipaddress.
    for kind in ("loopback", "link_local", "unspecified", "multicast", "private", "reserved"):
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return "non-global"


def _embedded(address: ipaddress.IPv6Address) -> tuple[str, ipaddress.IPv4Address] | None:
    """The IPv4 address an IPv6 address carries (IPv4-mapped, -compatible, -translated, NAT64, 6to4), and how."""
    if address.ipv4_mapped is not None:
        return "IPv4-mapped", address.ipv4_mapped
    if address.sixtofour is not None:
        return "6to4", address.sixtofour
    for name, network in EMBEDDING.items():
        if address in network and int(address) > 1:  # "::" and "::1" are themselves, not IPv4 addresses
            return name, ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def refusal(address: Address) -> str | None:
    """Why ``address`` may not be fetched from (a short phrase), or None when it is globally reachable.

    The policy: ``ipaddress``'s ``is_global`` (IANA special-purpose registries), and
    never multicast or site-local; an IPv6 address that carries an IPv4 address is
    judged by that IPv4 address, and local-use NAT64 is refused outright.

    >>> refusal(ipaddress.ip_address("93.184.216.34")) is None
    True
    >>> refusal(ipaddress.ip_address("239.255.255.250"))
    'a multicast address'
    >>> refusal(ipaddress.ip_address("64:ff9b::7f00:1"))
    'a NAT64 address of 127.0.0.1, a loopback address'
    >>> refusal(ipaddress.ip_address("fec0::1"))
    'a site-local address'
    """
    if isinstance(address, ipaddress.IPv6Address):
        for name, network in LOCAL_V6.items():
            if address in network:
                return f"a {name} address"
        embedded = _embedded(address)
        if embedded is not None:
            how, inner = embedded
            reason = refusal(inner)
            return (
                None if reason is None else f"{'an' if how[0] in 'AEIOU' else 'a'} {how} address of {inner}, {reason}"
            )
    if address.is_multicast:
        return "a multicast address"
    if not address.is_global:
        kind = _address_kind(address)
        return f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} address"
    return None


def _is_public(address: Address) -> bool:
    """The policy of :func:`refusal`: True when the address may be fetched from."""
    return refusal(address) is None


def _same_address(host: str, address: Address) -> bool:
    try:
        return ipaddress.ip_address(host.strip("[]")) == address
    except ValueError:
        return False


def global_addresses(host: str, port: int) -> list[tuple[int, tuple[object, ...]]]:
    """Every (family, sockaddr) ``host`` resolves to; raises Refused if any is not global."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    for _family, _type, _proto, _name, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])
        if not _is_public(address):
            reason = refusal(address) or "a non-global address"
            where = f"{host} is" if _same_address(host, address) else f"{host} resolves to {address},"
            raise Refused(
                f"refused: {where} {reason} "
                "(private, loopback, link-local and multicast addresses are not allowed here)"
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


class Deadline:
    """One fetch's total time: when it is up, every connection of the fetch is shut, however slowly the server sends.

    A socket timeout bounds each wait for data, not the whole: a server that sends
    one byte a second never trips it. A timer shuts the connections' sockets instead,
    so the blocked read returns at once; the caller then sees :attr:`expired`.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._connections: list[http.client.HTTPConnection] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def watch(self, connection: http.client.HTTPConnection) -> None:
        with self._lock:
            self._connections.append(connection)
            if self.expired:
                _shut(connection)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for connection in self._connections:
                _shut(connection)


def _shut(connection: http.client.HTTPConnection) -> None:
    sock = getattr(connection, "sock", None)
    if sock is not None:
        # The plain socket's shutdown, also under TLS: it wakes a blocked read without touching TLS state.
        with contextlib.suppress(OSError):
            socket.socket.shutdown(sock, socket.SHUT_RDWR)


class _Watched:
    """A connection that only reaches global addresses (when asked) and is shut when its fetch's deadline passes."""

    def __init__(self, *args: Any, deadline: Deadline | None = None, only_global: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if only_global:
            self._create_connection = connect_global
        self._deadline = deadline
        if deadline is not None:
            deadline.watch(self)  # type: ignore[arg-type]

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        if self._deadline is not None and self._deadline.expired:
            _shut(self)  # type: ignore[arg-type]


class _HTTPConnection(_Watched, http.client.HTTPConnection):
    pass


class _HTTPSConnection(_Watched, http.client.HTTPSConnection):
    pass


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, *, deadline: Deadline | None, only_global: bool) -> None:
        super().__init__()
        self.options = {"deadline": deadline, "only_global": only_global}

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(partial(_HTTPConnection, **self.options), req)  # type: ignore[arg-type]


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, *, deadline: Deadline | None, only_global: bool) -> None:
        super().__init__()
        self.options = {"deadline": deadline, "only_global": only_global}

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(
            partial(_HTTPSConnection, **self.options),  # type: ignore[arg-type]
            req,
            context=self._context,  # type: ignore[attr-defined]
        )


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) only (urllib would also follow ftp://), at most ``max_redirects``, normalised."""

    def __init__(self) -> None:
        super().__init__()
        # urllib's own check (after redirect_request) uses the same limit, so its "infinite loop" never shows.
        self.max_redirections: int = settings().limits.max_redirects  # type: ignore[misc]

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise Refused(f"redirected to {newurl!r}, which is not an http(s) URL")
        visited = getattr(req, "redirect_dict", {})
        limit = self.max_redirections
        if len(visited) >= limit:
            raise Refused(f"too many redirects (limit {limit})")
        if visited.get(newurl, 0) >= self.max_repeats:
            raise Refused(f"redirect loop: {newurl} redirects back to itself")
        return super().redirect_request(req, fp, code, msg, headers, normalise_url(newurl))


def opener(*, allow_private: bool, deadline: Deadline | None = None) -> urllib.request.OpenerDirector:
    """An opener for http(s) only: no file://, ftp:// or data: handlers at all; ``deadline`` shuts its connections."""
    opener = urllib.request.OpenerDirector()
    handlers: list[urllib.request.BaseHandler] = [
        urllib.request.UnknownHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        _HttpOnlyRedirects(),
    ]
    if allow_private:
        handlers.append(urllib.request.ProxyHandler())
    only_global = not allow_private
    handlers += [
        _HTTPHandler(deadline=deadline, only_global=only_global),
        _HTTPSHandler(deadline=deadline, only_global=only_global),
    ]
    for handler in handlers:
        opener.add_handler(handler)
    return opener
