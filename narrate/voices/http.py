"""The one HTTP helper of the voices stage: fetching Piper's catalogue and voice files, with errors in a few words."""

from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.request

from .. import __version__
from ..errors import VoiceError

USER_AGENT = f"narrate/{__version__}"


class NetworkError(Exception):
    """The server could not be reached or answered with an error."""


class VoiceDownloadError(VoiceError):
    """A voice, or Piper's catalogue, could not be downloaded."""

    def __init__(self, message: str, cause: str):
        super().__init__(message)
        self.cause = cause
        """Why, in a few words and without the advice: ``connection refused``."""

    def __reduce__(self):
        return (type(self), (str(self), self.cause))


def fetch_bytes(url: str, timeout_s: float = 15) -> bytes:
    """A small file (the catalogue), whole."""
    try:
        with open_url(url, timeout_s=timeout_s) as response:
            return response.read()
    except (urllib.error.URLError, OSError) as exc:
        raise NetworkError(network_reason(exc)) from None


def open_url(url: str, headers: dict | None = None, timeout_s: float = 30):
    """The response to a GET of ``url``, sent as narrate."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **(headers or {})})
    return urllib.request.urlopen(request, timeout=timeout_s)


def network_reason(exc: BaseException) -> str:
    """Why a request failed, in a few words: ``connection refused``, ``the server answered 404 Not Found``."""
    if isinstance(exc, urllib.error.HTTPError):
        return f"the server answered {exc.code} {exc.reason}"
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, socket.timeout | TimeoutError):
        return "the connection timed out"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, http.client.IncompleteRead):
        return "the connection dropped"
    if isinstance(reason, socket.gaierror):
        return "the server's name could not be resolved (no network?)"
    text = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return str(text)
