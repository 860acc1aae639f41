"""``narrate serve``: the episodes directory over HTTP, the way podcast hosting serves it.

Starlette's static files do the HTTP that podcast apps depend on: HEAD,
single and multiple byte ranges (206, and 416 when unsatisfiable), and
ETag/Last-Modified revalidation (304). uvicorn runs it. narrate adds only
what is its own: the feed built per request with the address the client
used (so the same server works from this computer and from a phone on the
LAN), the web page at ``/``, content types for chapters and transcripts,
and a narrower view of the directory: one level, no dot files, nothing a
symlink leads out to.
"""

from __future__ import annotations

import dataclasses
import errno
import hashlib
import ipaddress
import logging
import os
import socket
from collections.abc import Callable
from email.utils import formatdate, parsedate_to_datetime
from io import StringIO
from pathlib import Path
from urllib.parse import quote

import anyio
import segno
import uvicorn
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

from .episode import Episode
from ..errors import InputError, NarrateError
from ..programme import Programme, check_base_url
from .connections import KEEP_ALIVE_S, MAX_CONNECTIONS, HeaderDeadlineProtocol
from .feed import build_feed
from .private import TokenGate, TokenRedaction, serve_token
from .store import FEED_NAME, current_episodes, episode_files, media_type

WEB_DIR = Path(__file__).resolve().parent / "web"
"""The page at ``/``: plain HTML, CSS and JavaScript, no build step."""

WILDCARD_HOSTS = ("0.0.0.0", "::")
LAN_PROBE = ("192.0.2.1", 9)
"""A documentation address (RFC 5737): connecting a UDP socket to it sends
nothing, but makes the system pick the address it would use on the LAN."""


@dataclasses.dataclass(frozen=True)
class ServeOptions:
    """Where ``narrate serve`` listens and what its feed links to."""

    host: str = "127.0.0.1"
    """Address to listen on: loopback by default; ``0.0.0.0`` (or a LAN address) for a phone."""

    port: int = 8000
    """TCP port; 0 picks a free one."""

    base_url: str | None = None
    """Base URL the served feed links to (behind a proxy); default: the address each client used."""

    private: bool | None = None
    """Every URL under a secret token (``/<token>/…``); None: private when listening beyond loopback."""

    new_token: bool = False
    """Replace the kept token first, so addresses given out before stop working."""

    access_log: bool = False
    """Log each request (with the token shown as ``<token>``)."""

    @property
    def is_private(self) -> bool:
        """Whether URLs carry the token: as asked, else whenever more than this computer can connect."""
        return self.private if self.private is not None else not _is_loopback(self.host)

    def __post_init__(self):
        object.__setattr__(self, "host", check_host(self.host))
        if self.base_url is not None:
            object.__setattr__(self, "base_url", check_base_url(self.base_url))


CACHE_SECONDS = {".mp3": 3600, ".jpg": 3600, ".png": 3600}
"""How long a client may keep a file without asking again, by suffix: audio and covers an hour
(a re-render may replace them under the same name); anything else, such as chapters, transcripts
and the page's own files, five minutes. The feed and episode list are always revalidated."""


def cache_control(name: str) -> str:
    """The ``Cache-Control`` of a served file.

    >>> cache_control("2026-11-28-x.mp3"), cache_control("2026-11-28-x.vtt")
    ('max-age=3600', 'max-age=300')
    """
    return f"max-age={CACHE_SECONDS.get(os.path.splitext(name)[1].lower(), 300)}"


class CachedFiles(StaticFiles):
    """Starlette's static files with a ``Cache-Control`` per kind of file."""

    def file_response(self, full_path, stat_result: os.stat_result, scope: Scope, status_code: int = 200) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        response.headers["cache-control"] = cache_control(os.path.basename(full_path))
        return response


class EpisodeDirectory(CachedFiles):
    """Starlette's static files, limited to plain files directly in the episodes directory."""

    def lookup_path(self, path: str) -> tuple[str, os.stat_result | None]:
        # One level only, and no dot files: temp files, the feed lock and
        # anything hidden stay private. Starlette itself refuses absolute
        # paths and symlinks that resolve outside the directory.
        if not path or os.sep in path or (os.altsep and os.altsep in path) or path.startswith("."):
            return "", None
        return super().lookup_path(path)

    def file_response(self, full_path, stat_result: os.stat_result, scope: Scope, status_code: int = 200) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        kind = media_type(os.path.basename(full_path))
        if kind and response.status_code != 304:
            charset = "; charset=utf-8" if kind.startswith("text/") or kind.endswith(("xml", "json", "chapters")) else ""
            response.headers["content-type"] = kind + charset
        return response


def create_app(episodes_dir: Path, programme: Programme, base_url: str | None = None) -> Starlette:
    """The ASGI app: page, feed, episode list and files for ``episodes_dir``."""
    episodes_dir = Path(episodes_dir).resolve()
    fixed_base = check_base_url(base_url) if base_url else None

    def request_base(request: Request) -> str:
        if fixed_base:
            return fixed_base
        try:
            return check_base_url(str(request.base_url))
        except InputError:
            raise HTTPException(status_code=400, detail="Bad Host header") from None

    async def index(request: Request) -> Response:
        return FileResponse(WEB_DIR / "index.html", media_type="text/html; charset=utf-8",
                            headers={"cache-control": "no-cache"})

    async def feed(request: Request) -> Response:
        try:
            body = await anyio.to_thread.run_sync(build_feed, episodes_dir, programme, request_base(request))
        except NarrateError as exc:  # e.g. programme.image deleted while serving: say so, no traceback
            return PlainTextResponse(f"narrate: {exc}\n", status_code=500)
        return _revalidated(request, body, "application/rss+xml; charset=utf-8", _last_change(episodes_dir))

    async def episodes(request: Request) -> Response:
        data = await anyio.to_thread.run_sync(episode_list, episodes_dir, programme, request_base(request))
        return JSONResponse(data, headers={"cache-control": "no-cache"})

    return Starlette(routes=[
        Route("/", index),
        Route(f"/{FEED_NAME}", feed),
        Route("/web/episodes.json", episodes),
        Mount("/web", CachedFiles(directory=WEB_DIR), name="web"),
        Mount("/", EpisodeDirectory(directory=episodes_dir, check_dir=False), name="episodes"),
    ])


def episode_list(episodes_dir: Path, programme: Programme, base_url: str) -> dict:
    """What the web page shows: the programme and each current episode with its chapters.

    File URLs are relative to the page, so the page works whatever address it was opened at.
    """
    episodes = current_episodes(episodes_dir)
    return {
        "programme": {"title": programme.title, "author": programme.author,
                      "description": programme.description, "language": programme.language},
        "feed_url": base_url + FEED_NAME,
        "episodes": [_episode_entry(episodes_dir, episode) for episode in episodes],
    }


def _episode_entry(episodes_dir: Path, episode: Episode) -> dict:
    files = episode_files(episodes_dir, episode)
    return {
        "id": episode.stem,
        "guid": episode.guid,
        "title": episode.title,
        "date": episode.date.isoformat(),
        "duration_s": episode.duration_s,
        "audio": quote(episode.audio),
        "image": quote(files.image) if files.image else None,
        "chapters_url": quote(files.chapters) if files.chapters else None,
        "transcripts": [{"url": quote(t.name), "type": t.media_type} for t in files.transcripts],
        "chapters": [{"title": c.title, "start": c.start_ms / 1000, "end": c.end_ms / 1000} for c in episode.chapters],
    }


def _last_change(episodes_dir: Path) -> float:
    # Adding or removing an episode touches the directory; re-rendering one
    # replaces its manifest. Either way the feed changes.
    times = [episodes_dir.stat().st_mtime]
    times += [p.stat().st_mtime for p in episodes_dir.glob("*.json") if not p.name.startswith(".")]
    return max(times)


def _revalidated(request: Request, body: bytes, kind: str, modified: float) -> Response:
    """``body`` with ETag and Last-Modified, or 304 when the client's copy is current."""
    etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
    headers = {"etag": etag, "last-modified": formatdate(modified, usegmt=True), "cache-control": "no-cache"}
    if _not_modified(request, etag, int(modified)):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=kind, headers=headers)


def _not_modified(request: Request, etag: str, modified: int) -> bool:
    # RFC 9110: If-None-Match wins; If-Modified-Since only counts without it.
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None:
        tags = [tag.strip().removeprefix("W/") for tag in if_none_match.split(",")]
        return "*" in tags or etag in tags
    since = request.headers.get("if-modified-since")
    if since:
        try:
            return parsedate_to_datetime(since).timestamp() >= modified
        except (TypeError, ValueError):
            return False
    return False


def serve(episodes_dir: Path, programme: Programme, options: ServeOptions | None = None, *,
          announce: Callable[[str], None]) -> None:
    """Serve ``episodes_dir`` until interrupted; ``announce`` gets each line saying where to subscribe."""
    options = options or ServeOptions()
    episodes_dir = Path(episodes_dir)
    if not episodes_dir.is_dir():
        raise NarrateError(f"episodes directory {episodes_dir} does not exist; "
                           "render an episode first or choose the directory with --episodes-dir")
    build_feed(episodes_dir, programme)  # a settings mistake shows now, not as a broken feed in the app
    token = serve_token(renew=options.new_token) if options.is_private else None
    base_url = options.base_url + token + "/" if token and options.base_url else options.base_url
    app = create_app(episodes_dir, programme, base_url)
    sock = _listen(options.host, options.port)
    config = _uvicorn_config(TokenGate(app, token) if token else app, options.access_log, token)
    try:
        for line in announcement(options.host, sock.getsockname()[1], base_url, str(episodes_dir), token):
            announce(line)
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # Ctrl+C is how a server is meant to stop, even before uvicorn has started
    finally:
        sock.close()


def _uvicorn_config(app, access_log: bool, token: str | None) -> uvicorn.Config:
    config = uvicorn.Config(app, log_level="warning", access_log=access_log, timeout_graceful_shutdown=3,
                            server_header=False, http=HeaderDeadlineProtocol, timeout_keep_alive=KEEP_ALIVE_S,
                            limit_concurrency=MAX_CONNECTIONS)
    if access_log:
        logging.getLogger("uvicorn.access").setLevel(logging.INFO)
    if token:
        for name in ("uvicorn.access", "uvicorn.error"):
            logging.getLogger(name).addFilter(TokenRedaction(token))
    return config


def _listen(host: str, port: int) -> socket.socket:
    # Numeric only: the host is checked to be an IP address, and a name
    # lookup could send a DNS query off this machine.
    family, kind, proto, _, address = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                         flags=socket.AI_PASSIVE | socket.AI_NUMERICHOST)[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        raise NarrateError(f"cannot listen on {host} port {port}: {exc.strerror}; {_listen_advice(exc.errno)}") from None
    return sock


def _listen_advice(error: int | None) -> str:
    if error == errno.EADDRNOTAVAIL:
        return "that is not an address of this computer; use 0.0.0.0 to listen on all of them"
    if error == errno.EACCES:
        return "ports below 1024 need administrator rights; choose another with --port, such as 8000"
    return "stop what uses it or choose another with --port"


def check_host(host: str) -> str:
    """``host`` as an IP address to listen on (``localhost`` is 127.0.0.1), or an InputError.

    >>> check_host("localhost"), check_host("[::1]")
    ('127.0.0.1', '::1')
    """
    bare = "127.0.0.1" if host == "localhost" else host.strip().removeprefix("[").removesuffix("]")
    try:
        return str(ipaddress.ip_address(bare))
    except ValueError:
        raise InputError(f"host '{host}' is not an IP address; give one of this computer's, such as 127.0.0.1 "
                         "(this computer only) or 0.0.0.0 (phones on your network too)") from None


def announcement(host: str, port: int, base_url: str | None, directory: str, token: str | None = None) -> list[str]:
    """What ``narrate serve`` prints: where the page and feed are, and a QR code for a phone.

    With a ``token`` (private mode) every address printed carries it.
    """
    path = f"{token}/" if token else ""
    local = _url(host if host not in WILDCARD_HOSTS else "127.0.0.1", port) + path
    lines = [f"Serving {directory} at {local}", f"Feed: {local}{FEED_NAME}"]
    if base_url:
        lines.append(f"The feed links to {check_base_url(base_url)}")
    if _is_loopback(host):
        lines.append("Only this computer can reach it; for a phone on your network, add --host 0.0.0.0")
    if token:
        lines.append("Private: every address has a secret token in it; only those you give it to can fetch "
                     "anything (--new-token replaces it, --public turns this off)")
    if not _is_loopback(host):
        if not token:
            lines.append(f"Warning: every device on your network can now fetch everything in {directory}; "
                         "without --host only this computer can")
        lines += _lan_lines(host, port, path)
    lines.append("Press Ctrl+C to stop.")
    return lines


def _lan_lines(host: str, port: int, path: str) -> list[str]:
    lan = lan_addresses() if host in WILDCARD_HOSTS else [host]
    if not lan:
        return ["No network address found; a phone reaches this computer at http://<its address>:"
                f"{port}/{path}{FEED_NAME}"]
    feed_url = f"{_url(lan[0], port)}{path}{FEED_NAME}"
    return [f"On a phone on the same network, subscribe to: {feed_url}", qr_code(feed_url),
            *[f"Also reachable at {_url(address, port)}{path}" for address in lan[1:]]]


def lan_addresses() -> list[str]:
    """This computer's addresses on the local network, the one with the default route first."""
    found: list[str] = []
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(LAN_PROBE)
            found.append(probe.getsockname()[0])
    except OSError:
        pass  # no route: offline, which is fine for loopback use
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET, socket.SOCK_STREAM)
        found += [info[4][0] for info in infos]
    except OSError:
        pass
    usable = [a for a in found if not _is_loopback(a) and not ipaddress.ip_address(a).is_link_local
              and not ipaddress.ip_address(a).is_unspecified]
    return list(dict.fromkeys(usable))


def qr_code(text: str) -> str:
    """``text`` as a QR code drawn with block characters, for a phone camera to read off the terminal."""
    out = StringIO()
    segno.make(text, error="m").terminal(out=out, compact=True, border=2)
    return out.getvalue().rstrip("\n")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _url(host: str, port: int) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"
