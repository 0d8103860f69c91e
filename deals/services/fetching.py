"""Fetching an article page by its URL, safely: a timeout, a size cap, and never the server's own network.

Each hop of a redirect is resolved and checked, and the connection goes to the very address that was checked
(a name cannot resolve to a public address for the check and a private one for the request).
"""

from __future__ import annotations

import datetime as dt
import http.client
import ipaddress
import re
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from django.conf import settings

from deals.languages import LANGUAGE_NAMES

from .text import UploadRejected, decode_bytes, html_to_text, normalize_text

_MAX_REDIRECTS = 5
_LANG = re.compile(r"<html[^>]*\blang=[\"']?([A-Za-z]{2,3})", re.IGNORECASE)
_USER_AGENT = "DealTracker article import (+https://github.com/)"


class FetchRefused(ValueError):
    """A URL that cannot become an article; the message names the URL and says why."""


@dataclass(frozen=True)
class FetchedPage:
    url: str
    text: str
    title: str = ""
    outlet: str = ""
    language: str = ""
    published: dt.date | None = None


def _refused_address(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    if ip.version == 6 and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def _vetted_address(*, url: str, host: str, port: int) -> str:
    """The address to connect to for `host`, refused when any of its addresses is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        raise FetchRefused(f"{url}: the host {host} cannot be found.") from None
    addresses = [info[4][0] for info in infos]
    if not settings.IMPORT_URL_ALLOW_PRIVATE and any(_refused_address(a) for a in addresses):
        raise FetchRefused(
            f"{url}: {host} is on a private, loopback or link-local network; only public pages can be imported."
        )
    return addresses[0]


class _PinnedHTTPConnection(http.client.HTTPConnection):
    def __init__(self, host, port, *, address, timeout):
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self):
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


class _PinnedHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, host, port, *, address, timeout):
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self):
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def _read_capped(response, *, url: str, deadline: float) -> bytes:
    cap = settings.IMPORT_URL_MAX_BYTES
    length = response.getheader("Content-Length")
    if length and length.isdigit() and int(length) > cap:
        raise FetchRefused(
            f"{url}: the page is {int(length) / 1_048_576:.1f} MB, over the limit of {cap / 1_048_576:.1f} MB."
        )
    chunks, size = [], 0
    while chunk := response.read(65536):
        size += len(chunk)
        if size > cap:
            raise FetchRefused(f"{url}: the page is over the limit of {cap / 1_048_576:.1f} MB.")
        if time.monotonic() > deadline:
            raise FetchRefused(f"{url}: the page took longer than {settings.IMPORT_URL_TIMEOUT:g} s to arrive.")
        chunks.append(chunk)
    return b"".join(chunks)


def _get(url: str, *, deadline: float) -> tuple[str, bytes, str]:
    """(final url, body, content type) after following redirects, each hop vetted."""
    for _ in range(_MAX_REDIRECTS + 1):
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise FetchRefused(f"{url}: only http and https addresses can be imported.")
        port = parts.port or (443 if parts.scheme == "https" else 80)
        address = _vetted_address(url=url, host=parts.hostname, port=port)
        cls = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
        remaining = max(0.1, deadline - time.monotonic())
        connection = cls(parts.hostname, port, address=address, timeout=remaining)
        try:
            path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            connection.request("GET", path, headers={"User-Agent": _USER_AGENT, "Accept": "text/html,*/*"})
            response = connection.getresponse()
            if response.status in (301, 302, 303, 307, 308) and response.getheader("Location"):
                url = urljoin(url, response.getheader("Location"))
                continue
            if response.status != 200:
                raise FetchRefused(f"{url}: the site answered {response.status} {response.reason}.")
            return url, _read_capped(response, url=url, deadline=deadline), response.getheader("Content-Type") or ""
        except TimeoutError:
            raise FetchRefused(f"{url}: no answer within {settings.IMPORT_URL_TIMEOUT:g} s.") from None
        except (OSError, http.client.HTTPException) as exc:
            raise FetchRefused(f"{url}: the page could not be fetched ({exc.__class__.__name__}).") from None
        finally:
            connection.close()
    raise FetchRefused(f"{url}: more than {_MAX_REDIRECTS} redirects.")


def _language(html: str) -> str:
    match = _LANG.search(html[:5000])
    code = match.group(1).lower() if match else ""
    return code if code in LANGUAGE_NAMES else ""


def fetch_article(*, url: str) -> FetchedPage:
    """The article at `url`, reduced to its text, with what its page states of title, outlet, language, date."""
    url = url.strip()
    deadline = time.monotonic() + settings.IMPORT_URL_TIMEOUT
    final_url, body, content_type = _get(url, deadline=deadline)
    try:
        raw, _ = decode_bytes(name=url, data=body)
    except UploadRejected as exc:
        raise FetchRefused(str(exc)) from None
    if "html" not in content_type and not raw.lstrip().startswith("<"):
        return FetchedPage(url=url, text=normalize_text(raw))
    decoded = html_to_text(name=url, html=raw)
    if not decoded.text:
        raise FetchRefused(f"{url}: no article text was found on the page.")
    try:
        published = dt.date.fromisoformat(decoded.published[:10]) if decoded.published else None
    except ValueError:
        published = None
    outlet = decoded.outlet or (urlsplit(final_url).hostname or "").removeprefix("www.")
    return FetchedPage(
        url=url, text=decoded.text, title=decoded.title, outlet=outlet, language=_language(raw), published=published
    )
