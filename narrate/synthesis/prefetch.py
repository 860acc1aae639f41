"""Cached sentences read and decoded a little ahead of need, on threads of their own.

A re-render reads every sentence from the cache; decoding the FLAC entries
one by one on the render's thread took as long as everything else a warm
render does after its imports.  libsndfile lets go of the GIL while it
decodes, so a few threads decoding the next entries keep the render's thread
busy with joining clips.  Only ``AHEAD`` entries are decoded ahead, so a long
briefing never holds more than a few seconds of audio it is not yet using.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np

from .cache import ClipCache

AHEAD = 16
"""Entries decoded ahead of the one the render asks for."""


class CacheReader:
    """``get(key)`` for the cache's entries in a known order, each decoded before it is asked for.

    Keys must be asked for in the order given; one asked for out of turn is read on the spot.
    """

    def __init__(self, cache: ClipCache, keys: Iterable[str], threads: int | None = None) -> None:
        self._cache = cache
        self._keys = iter(keys)
        self._pending: deque[tuple[str, Future]] = deque()
        self._pool: ThreadPoolExecutor | None = None
        self._threads = threads or min(4, os.cpu_count() or 1)
        self._fill()

    def get(self, key: str) -> np.ndarray | None:
        """The samples of ``key`` (None when missing or damaged, as ``ClipCache.get``)."""
        if self._pending and self._pending[0][0] == key:
            _, future = self._pending.popleft()
            self._fill()
            return future.result()
        return self._cache.get(key)

    def close(self) -> None:
        """Drop what was read ahead and not asked for; never waits for a read under way."""
        self._pending.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _fill(self) -> None:
        while len(self._pending) < AHEAD:
            key = next(self._keys, None)
            if key is None:
                return
            if self._pool is None:
                self._pool = ThreadPoolExecutor(self._threads, thread_name_prefix="narrate-cache-read")
            self._pending.append((key, self._pool.submit(self._cache.get, key)))
