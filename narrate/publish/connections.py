"""How long ``narrate serve`` waits for a client, and how many it serves at once.

uvicorn closes an idle kept-alive connection, but its h11 protocol waits
forever for a request whose headers never end: a few thousand half-sent
requests (slowloris) would hold sockets and memory for good. The protocol
below gives each request's headers a deadline.
"""

from __future__ import annotations

import asyncio

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

HEADER_TIMEOUT_S = 10.0
"""A request's headers must have arrived this long after the connection opens or the last response ends."""

KEEP_ALIVE_S = 5
"""An idle kept-alive connection closes after this long."""

MAX_CONNECTIONS = 2048
"""Open connections beyond this are answered 503 (uvicorn's ``limit_concurrency``)."""


class HeaderDeadlineProtocol(H11Protocol):
    """uvicorn's h11 protocol, closing a connection whose request headers are late."""

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        self._header_deadline: asyncio.TimerHandle | None = None
        super().connection_made(transport)
        self._start_header_deadline()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._start_header_deadline()

    def connection_lost(self, exc: Exception | None) -> None:
        self._cancel_header_deadline()
        super().connection_lost(exc)

    def _start_header_deadline(self) -> None:
        self._cancel_header_deadline()
        if not self.transport.is_closing():
            self._header_deadline = self.loop.call_later(HEADER_TIMEOUT_S, self._headers_overdue)

    def _cancel_header_deadline(self) -> None:
        if self._header_deadline is not None:
            self._header_deadline.cancel()
            self._header_deadline = None

    def _headers_overdue(self) -> None:
        self._header_deadline = None
        # IDLE: the next request's headers are not complete. Once they are, the
        # request is being answered, however long a download takes.
        if self.conn.their_state is h11.IDLE and not self.transport.is_closing():
            self.transport.close()
