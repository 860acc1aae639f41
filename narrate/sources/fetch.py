"""Fetching a page or feed over HTTP(S), the careful way.

Connect and read timeouts and an overall deadline, a size cap, at most five
redirects (a loop is named as one), the status and content type checked, an
honest User-Agent, the subscriber's cookies from a Netscape ``cookies.txt``,
and a cache that revalidates with ETag and Last-Modified, so fetching the
same page again costs a 304 at most.
"""

from __future__ import annotations

import hashlib
import http.cookiejar
import json
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from .. import __version__
from ..errors import InputError
from ..files import write_bytes_atomic
from .cachedir import pages_dir
from .errors import FetchError, NotAnArticleError

USER_AGENT = f"narrate/{__version__} (+offline podcast generator)"
"""Who is asking: sites can tell narrate from a browser."""

MAX_BYTES = 5 * 1024 * 1024
"""Article pages are a few hundred kB, feeds a few MB at most; anything larger is not one."""

CONSENT_MARKERS = ("consent", "privacy-gate", "privacygate", "cookiewall", "cookie-wall", "myprivacy", "/cmp/",
                   "toestemming")
"""Words in the address of the privacy-consent pages sites redirect to before showing an article."""

REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class FetchOptions:
    """How pages and feeds are fetched."""

    cookies: Path | None = None
    """A Netscape ``cookies.txt`` (as browsers' export extensions write it): read what you subscribe to."""

    cache: bool = True
    """Keep fetched pages (NARRATE_CACHE_DIR/pages) and revalidate them with ETag and Last-Modified."""

    connect_timeout_s: float = 10.0
    """How long to wait for a connection."""

    read_timeout_s: float = 20.0
    """How long to wait for the next bytes; the whole fetch may take three times this."""

    max_bytes: int = MAX_BYTES
    """The largest body accepted."""

    max_redirects: int = 5
    """Redirects followed before giving up."""


@dataclass(frozen=True)
class Fetched:
    """A body fetched (or revalidated from the cache), and what the server said about it."""

    url: str
    """The address asked for."""

    final_url: str
    """Where the body came from, after redirects."""

    content_type: str
    """The media type, lower case, without parameters (``text/html``); empty when the server gave none."""

    charset: str | None
    """The charset the ``Content-Type`` header declares, if any."""

    body: bytes
    """The bytes as served."""

    from_cache: bool = False
    """True when the server said 304 and the cached body was used."""


class Fetcher:
    """One HTTP client for a run: its cookies, connection pool and cache; close it (or use ``with``)."""

    def __init__(self, options: FetchOptions = FetchOptions()):
        import httpx

        self.options = options
        timeout = httpx.Timeout(options.read_timeout_s, connect=options.connect_timeout_s)
        self.client = httpx.Client(headers={"User-Agent": USER_AGENT, "Accept-Language": "nl,en;q=0.5"},
                                   cookies=load_cookies(options.cookies), timeout=timeout, follow_redirects=False)

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        self.client.close()

    def get(self, url: str, accept: str) -> Fetched:
        """Fetch ``url``; ``accept`` is the Accept header (what kind of document is wanted)."""
        check_url(url)
        cached = self._cached(url)
        current, seen = url, [url]
        for _ in range(self.options.max_redirects + 1):
            status, headers, body = self._request(url, current, accept, cached if current == url else None)
            if status not in REDIRECTS:
                return self._result(url, current, status, headers, body, cached)
            current = self._next_hop(url, current, headers, seen)
        raise FetchError(url, f"more than {self.options.max_redirects} redirects; the site sends narrate round "
                              "in circles, open it in a browser to see where it leads")

    def _next_hop(self, url: str, current: str, headers, seen: list[str]) -> str:
        location = headers.get("location")
        if not location:
            raise FetchError(url, "a redirect without a Location; the site is broken, try again later")
        target = urljoin(current, location)
        if is_consent_page(target):
            raise NotAnArticleError(url, f"the site redirects to a privacy-consent page ({urlsplit(target).netloc}) "
                                         "instead of the article; accept it in a browser, export its cookies.txt "
                                         "and pass --cookies FILE")
        if target in seen:
            raise FetchError(url, "a redirect loop (" + " → ".join([*seen[seen.index(target):], target]) + ")")
        seen.append(target)
        return target

    def _request(self, url: str, current: str, accept: str, cached: dict | None) -> tuple[int, dict, bytes]:
        import httpx

        headers = {"Accept": accept, **_conditional(cached)}
        deadline = time.monotonic() + 3 * self.options.read_timeout_s
        try:
            with self.client.stream("GET", current, headers=headers) as response:
                if response.status_code in REDIRECTS or response.status_code == 304:
                    return response.status_code, dict(response.headers), b""
                _check_status(url, response.status_code)
                return response.status_code, dict(response.headers), self._body(url, response, deadline)
        except httpx.TimeoutException:
            raise FetchError(url, "the server is too slow (no answer within "
                                  f"{self.options.read_timeout_s:g} s); try again later") from None
        except httpx.HTTPError as exc:
            raise FetchError(url, f"unreachable ({_reason(exc)}); check the address and your connection") from None

    def _body(self, url: str, response, deadline: float) -> bytes:
        limit = self.options.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(url, f"too large ({int(declared) // 1024:,} kB, more than {limit // 1024:,} kB); "
                                  "that is no article or news feed")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(url, f"too large (more than {limit // 1024:,} kB); that is no article or news feed")
            if time.monotonic() > deadline:
                raise FetchError(url, "the server is too slow (still sending after "
                                      f"{3 * self.options.read_timeout_s:g} s); try again later")
            chunks.append(chunk)
        return b"".join(chunks)

    def _result(self, url: str, final: str, status: int, headers: dict, body: bytes, cached: dict | None) -> Fetched:
        if status == 304 and cached is not None:
            body = _cache_body(url).read_bytes()
            return Fetched(url, cached["final_url"], cached["content_type"], cached["charset"], body, True)
        if is_consent_page(final):
            raise NotAnArticleError(url, "a privacy-consent page instead of the article; accept it in a browser, "
                                         "export its cookies.txt and pass --cookies FILE")
        media_type, charset = parse_content_type(headers.get("content-type", ""))
        fetched = Fetched(url, final, media_type, charset, body)
        self._store(fetched, headers)
        return fetched

    def _cached(self, url: str) -> dict | None:
        if not self.options.cache:
            return None
        try:
            record = json.loads(_cache_record(url).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return record if record.get("url") == url and _cache_body(url).is_file() else None

    def _store(self, fetched: Fetched, headers: dict) -> None:
        validators = {"etag": headers.get("etag"), "last_modified": headers.get("last-modified")}
        if not self.options.cache or not any(validators.values()):
            return
        record = {"url": fetched.url, "final_url": fetched.final_url, "content_type": fetched.content_type,
                  "charset": fetched.charset, **validators}
        try:
            _cache_record(fetched.url).parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(_cache_body(fetched.url), fetched.body, durable=False)
            write_bytes_atomic(_cache_record(fetched.url), json.dumps(record).encode("utf-8"), durable=False)
        except OSError:
            pass  # a cache that cannot be written costs only a fetch next time


def check_url(url: str) -> None:
    """Only http and https addresses with a host are fetched."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{url} is not a web address; give an http:// or https:// URL")


def is_url(text: str) -> bool:
    """True for what narrate fetches rather than opens as a file.

    >>> is_url("https://www.vrt.be/vrtnws/nl/"), is_url("artikel.html"), is_url("-")
    (True, False, False)
    """
    return text.lower().startswith(("http://", "https://"))


def is_consent_page(url: str) -> bool:
    """True for the privacy-consent pages news sites put before their articles.

    >>> is_consent_page("https://myprivacy.dpgmedia.be/consent?siteKey=x"), is_consent_page("https://nos.nl/artikel/1")
    (True, False)
    """
    lowered = url.lower()
    return any(marker in lowered for marker in CONSENT_MARKERS)


def parse_content_type(header: str) -> tuple[str, str | None]:
    """The media type and declared charset of a ``Content-Type`` header.

    >>> parse_content_type('text/html; charset="ISO-8859-1"')
    ('text/html', 'iso-8859-1')
    """
    media_type, _, rest = header.partition(";")
    charset = None
    for parameter in rest.split(";"):
        name, _, value = parameter.strip().partition("=")
        if name.lower() == "charset" and value:
            charset = value.strip().strip('"\'').lower()
    return media_type.strip().lower(), charset


def load_cookies(path: Path | None):
    """The cookies of a Netscape ``cookies.txt``, or an empty jar."""
    jar = http.cookiejar.MozillaCookieJar()
    if path is None:
        return jar
    try:
        jar.load(str(path), ignore_discard=True, ignore_expires=True)
    except FileNotFoundError:
        raise InputError(f"cookies file {path} does not exist; export your cookies.txt and check the path") from None
    except (http.cookiejar.LoadError, OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cookies file {path} is not a Netscape cookies.txt ({exc}); export it again with a "
                         "cookies.txt extension") from None
    return jar


def _check_status(url: str, status: int) -> None:
    if status < 400:
        return
    if status in (401, 402, 403):
        raise NotAnArticleError(url, f"the site refuses narrate (HTTP {status}); if you subscribe, export your "
                                     "browser's cookies.txt and pass --cookies FILE")
    if status in (404, 410):
        raise FetchError(url, f"not found (HTTP {status}); check the address")
    raise FetchError(url, f"the server answered HTTP {status}; try again later")


def _conditional(cached: dict | None) -> dict[str, str]:
    if not cached:
        return {}
    headers = {"If-None-Match": cached.get("etag"), "If-Modified-Since": cached.get("last_modified")}
    return {name: value for name, value in headers.items() if value}


def _reason(exc: Exception) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) < 120 else text[:117] + "…"


def _cache_name(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8")).hexdigest()[:32]


def _cache_record(url: str) -> Path:
    return pages_dir() / f"{_cache_name(url)}.json"


def _cache_body(url: str) -> Path:
    return pages_dir() / f"{_cache_name(url)}.body"
