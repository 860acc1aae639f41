"""Private mode for ``narrate serve``: every URL lives under a secret token, ``/<token>/…``.

A podcast feed cannot ask for a password in every app, but every app keeps
the address it was given; so the secret is in the address, as podcast hosts
do for private feeds. Anything else, including a wrong token, is the same
404 as a missing file, and the token is compared in constant time.
"""

from __future__ import annotations

import hmac
import logging
import os
import re
import secrets
from pathlib import Path

from starlette.responses import PlainTextResponse, RedirectResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from ..errors import NarrateError
from ..files import write_bytes_atomic

TOKEN_FILE = "serve-token"
"""The token's file in the user data directory."""

TOKEN_BYTES = 24
"""192 random bits: far beyond guessing, 32 characters in the URL."""

_TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{22,}")  # 22 URL-safe base64 characters hold 132 bits


def token_path() -> Path:
    """Where the token is kept: ``serve-token`` in narrate's user data directory."""
    from platformdirs import user_data_path

    return user_data_path("narrate", appauthor=False) / TOKEN_FILE


def serve_token(renew: bool = False, path: Path | None = None) -> str:
    """The secret token, made once and kept (mode 0600); ``renew`` replaces it, so old URLs stop working."""
    path = Path(path) if path else token_path()
    if not renew:
        token = _read_token(path)
        if token:
            return token
    token = secrets.token_urlsafe(TOKEN_BYTES)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, token.encode("ascii") + b"\n", mode=0o600)
    except OSError as exc:
        raise NarrateError(f"cannot keep the private feed token in {path}: {exc.strerror}") from None
    return token


def _read_token(path: Path) -> str | None:
    try:
        token = path.read_text(encoding="ascii").strip()
        if path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)  # a copied or restored file: the secret is the owner's alone again
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        return None  # unreadable or damaged: a new token is made, as with --new-token
    return token if _TOKEN_SHAPE.fullmatch(token) else None


class TokenGate:
    """ASGI middleware: only requests under ``/<token>/`` reach the app, which sees the prefix as its root path."""

    def __init__(self, app: ASGIApp, token: str):
        self.app = app
        self.token = token.encode("ascii")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)  # lifespan
            return
        first, slash, _ = scope["path"][1:].partition("/")
        if not hmac.compare_digest(first.encode("utf-8", "surrogateescape"), self.token):
            # Exactly what a missing file gets, so a wrong token tells nothing.
            await PlainTextResponse("Not Found", status_code=404)(scope, receive, send)
            return
        prefix = "/" + first
        if not slash:
            await RedirectResponse(prefix + "/", status_code=308)(scope, receive, send)
            return
        await self.app({**scope, "root_path": scope.get("root_path", "") + prefix}, receive, send)


class TokenRedaction(logging.Filter):
    """Logging filter: the token never reaches a log line (uvicorn's access log shows request paths)."""

    def __init__(self, token: str):
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = record.msg.replace(self.token, "<token>")
        if isinstance(record.args, tuple):
            record.args = tuple(a.replace(self.token, "<token>") if isinstance(a, str) else a for a in record.args)
        return True
