"""Calls handed to a thread of their own, run in order, never more than a few behind the caller."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

AHEAD = 4
"""Calls handed over and not yet done, at most: enough to keep the thread busy, few enough for the blocks they hold."""


class InOrder:
    """One thread that runs the calls it is given one after another, in the order given.

    For C code that lets go of the GIL (LAME, scipy's filters, libsoxr): the
    caller goes on with the next block while the thread works on this one.
    A call's error is raised to the caller, at a later ``submit`` or at ``finish``.
    Used as a context manager, it finishes on the way out, or, after an error
    in the block, drops what has not started.
    """

    def __init__(self, name: str, ahead: int = AHEAD):
        self._thread = ThreadPoolExecutor(1, name)
        self._pending: deque[Future] = deque()
        self._ahead = ahead

    def submit(self, call: Callable[..., object], *args) -> None:
        self._pending.append(self._thread.submit(call, *args))
        while len(self._pending) > self._ahead:
            self._pending.popleft().result()

    def finish(self) -> None:
        """Wait for every call made; raise the first error."""
        try:
            while self._pending:
                self._pending.popleft().result()
        finally:
            self._thread.shutdown(cancel_futures=True)

    def __enter__(self) -> InOrder:
        return self

    def __exit__(self, kind, error, trace) -> None:
        if kind is None:
            self.finish()
        else:
            self._thread.shutdown(cancel_futures=True)
