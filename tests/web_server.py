"""A local web server on 127.0.0.1 for the source and briefing tests: fixture feeds and pages, and bad cases.

Feeds have ``{{ago:3h}}`` (RFC 822) and ``{{iso-ago:3h}}`` dates filled in
relative to now, and ``{{host}}`` with the server's address. Special paths
make the bad cases: ``/slow``, ``/huge``, ``/loop``, ``/consent-redirect``,
``/latin1.html``, ``/malformed.xml``; anything missing is a 404.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

WEB = Path(__file__).resolve().parent / "data" / "web"
LATIN1_PAGE = """<!DOCTYPE html><html><head><title>Café in Brugge heropent na verbouwing</title></head><body><main><article>
<h1>Café in Brugge heropent na verbouwing</h1>
<p>Het bekende café aan de Markt in Brugge gaat na een verbouwing van één jaar opnieuw open, tot grote vreugde van de vaste klanten.</p>
<p>De uitbaters hebben de oude toog in ere hersteld en de gevel laten reinigen, zodat het pand weer oogt zoals in de negentiende eeuw.</p>
<p>Volgens de stad is het café een van de oudste van Vlaanderen; er wordt al sinds 1870 bier getapt onder dezelfde naam.</p>
</article></main></body></html>"""


class Site:
    """The server and the state tests change: extra items in the NOS feed, request counts."""

    def __init__(self):
        self.extra = ""
        self.requests: list[str] = []
        self.slow_s = 3.0
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}"

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.server.shutdown()
        self.server.server_close()

    def fill(self, text: str) -> str:
        now = dt.datetime.now(dt.UTC)

        def ago(match: re.Match) -> str:
            when = now - dt.timedelta(hours=float(match.group(2)))
            return when.isoformat(timespec="seconds") if match.group(1) == "iso-ago" else email.utils.format_datetime(when)

        text = re.sub(r"\{\{(ago|iso-ago):([\d.]+)h\}\}", ago, text)
        return text.replace("{{host}}", self.base.removeprefix("http://")).replace("{{extra}}", self.extra)


def _handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args) -> None:
            pass

        def do_GET(self) -> None:
            site.requests.append(self.path)
            special = SPECIAL.get(self.path.split("?")[0])
            if special:
                return special(self, site)
            path = (WEB / self.path.lstrip("/").split("?")[0]).resolve()
            if WEB not in path.parents or not path.is_file():
                return self.answer(404, b"not found", "text/plain")
            data = path.read_bytes()
            if path.suffix == ".xml":
                data = site.fill(data.decode("utf-8")).encode("utf-8")
            kind = {".xml": "application/rss+xml; charset=utf-8", ".html": "text/html; charset=utf-8"}
            self.answer(200, data, kind.get(path.suffix, "application/octet-stream"), etag=True)

        def answer(self, status: int, data: bytes, kind: str, etag: bool = False, headers: dict | None = None) -> None:
            tag = '"' + hashlib.sha1(data).hexdigest() + '"'
            if etag and self.headers.get("If-None-Match") == tag:
                self.send_response(304)
                self.send_header("ETag", tag)
                self.end_headers()
                return
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(data)))
            if etag:
                self.send_header("ETag", tag)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

    return Handler


def _redirect(to: str):
    def handle(handler, site: Site) -> None:
        handler.send_response(302)
        handler.send_header("Location", to)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
    return handle


def _slow(handler, site: Site) -> None:
    time.sleep(site.slow_s)
    try:
        handler.answer(200, b"<rss/>", "application/rss+xml")
    except OSError:
        pass  # the client gave up waiting, as it should


def _huge(handler, site: Site) -> None:
    handler.answer(200, b"<html><body>" + b"<p>bla</p>" * 700_000 + b"</body></html>", "text/html")


def _latin1(handler, site: Site) -> None:
    handler.answer(200, LATIN1_PAGE.encode("iso-8859-1"), "text/html; charset=ISO-8859-1")


def _malformed(handler, site: Site) -> None:
    text = site.fill((WEB / "nos.xml").read_text(encoding="utf-8"))
    handler.answer(200, text[: len(text) * 2 // 3].encode("utf-8"), "application/rss+xml")


def _binary(handler, site: Site) -> None:
    handler.answer(200, b"%PDF-1.7 not a page", "application/pdf")


SPECIAL = {
    "/slow": _slow,
    "/huge": _huge,
    "/loop": _redirect("/loop2"),
    "/loop2": _redirect("/loop"),
    "/consent-redirect": _redirect("/privacy-gate/consent?redirectUri=/vrt/haven-brand.html"),
    "/latin1.html": _latin1,
    "/malformed.xml": _malformed,
    "/report.pdf": _binary,
}
