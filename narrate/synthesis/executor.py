"""Running synthesis jobs in worker threads of this process, all speaking with one copy of each voice.

ONNX Runtime lets go of the GIL while it runs a voice, and one session can
run from several threads at once, so narrate keeps one single-threaded
worker per core in this process instead of one process per core: each
voice is loaded once (its weights held once, however many cores), the
workers start in no time, and the render's own thread assembles the clips
while they speak. One Piper session with two ONNX Runtime threads is only
about 1.4 times as fast as with one, where two workers are twice as fast.

Results come back as they finish; the caller puts them in order. The audio
does not depend on the number of workers or threads: every sentence is
synthesised on its own, the same way.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

import numpy as np

from .jobs import Job, Results, Synthesizer, WorkContext, longest_last_first

WINDOW_PER_WORKER = 4
"""Jobs started and not yet read, per worker: enough that no worker waits while the reader assembles,
few enough that a run given up on (an error, Ctrl+C) has little left to finish."""


def cpu_count() -> int:
    """Cores this process may use (respects CPU affinity, e.g. under taskset or in a container)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def plan_workers(jobs: Sequence[Job], requested: int | None) -> tuple[int, int]:
    """(worker threads, ONNX Runtime threads each) for ``jobs``: a worker per core, or per job when fewer.

    >>> plan_workers([Job(0, 0, "x" * 5000)], 2)
    (1, 2)
    >>> plan_workers([Job(i, 0, "x" * 40) for i in range(4)], 2)
    (2, 1)
    """
    cores = cpu_count()
    workers = max(1, min(requested or cores, len(jobs)))
    return workers, max(1, cores // workers)


@dataclass
class LocalExecutor:
    """This process's worker threads: the default ``Executor``."""

    jobs: int | None = None
    """Worker threads; None means one per core."""

    shared: bool = False
    """Keep one set of workers for every run (renders going on at once share them); otherwise each run
    gets workers sized to its work (see ``plan_workers``)."""

    _pool: ThreadPoolExecutor | None = field(default=None, init=False, repr=False)
    _synthesizers: dict[tuple[WorkContext, int], Synthesizer] = field(default_factory=dict, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __post_init__(self):
        self.workers = self.jobs or cpu_count()
        if self.shared:
            self._pool = _thread_pool(self.workers)

    def run(self, jobs: Sequence[Job], context: WorkContext) -> Results:
        """Start on every job at once; iterate for ``(job index, samples)`` in the order they finish.

        Close the result to give up on the jobs not yet started.
        """
        if self.shared:
            if self._pool is None:
                raise RuntimeError("the worker pool was closed")
            workers, threads = self.workers, max(1, cpu_count() // self.workers)
            pool, own = self._pool, False
        else:
            workers, threads = plan_workers(jobs, self.jobs) if jobs else (1, 1)
            pool, own = _thread_pool(workers), True
        feed = _Feed(pool, self._synthesizer(context, threads), longest_last_first(jobs, workers),
                     WINDOW_PER_WORKER * workers)
        return Results(feed, stop=lambda: feed.stop(pool if own else None))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _synthesizer(self, context: WorkContext, threads: int) -> Synthesizer:
        # Runs with the same voices share them: render-many's episodes load each voice once in all.
        with self._lock:
            return self._synthesizers.setdefault((context, threads), Synthesizer(context, threads))


_worker = threading.local()


def _mark_worker() -> None:
    _worker.active = True


def _on_worker_thread() -> bool:
    return getattr(_worker, "active", False)


def _thread_pool(workers: int) -> ThreadPoolExecutor:
    return ThreadPoolExecutor(workers, thread_name_prefix="narrate-synthesis", initializer=_mark_worker)


class _Feed:
    """One run's jobs, handed to the workers a window at a time; finished jobs queue up for the reader.

    A job starts only when the reader has taken one, so a reader that stops leaves at most a window of
    jobs behind, even if it never closes the run (an exception on its way to the user, say).
    """

    def __init__(self, pool: ThreadPoolExecutor, synthesizer: Synthesizer, jobs: list[Job], window: int):
        self._pool = pool
        self._synthesizer = synthesizer
        self._waiting = iter(jobs)
        self._remaining = len(jobs)
        self._finished: queue.SimpleQueue[Future | BaseException] = queue.SimpleQueue()
        self._started: set[Future] = set()
        self._lock = threading.Lock()
        self._stopped = False
        for _ in range(window):
            self._start_next()

    def __iter__(self):
        return self

    def __next__(self) -> tuple[int, np.ndarray]:
        if not self._remaining:
            raise StopIteration
        finished = self._finished.get()
        if isinstance(finished, BaseException):
            raise finished
        self._remaining -= 1
        self._start_next()
        if finished.cancelled():
            raise RuntimeError("the worker pool was closed")
        return finished.result()

    def stop(self, own_pool: ThreadPoolExecutor | None) -> None:
        """Start nothing more, and return once the jobs already under way have ended."""
        with self._lock:
            self._stopped = True
            started = list(self._started)
        for future in started:
            future.cancel()
        # A reader dropped without being closed is closed by the garbage collector, on whichever thread
        # it runs: on a worker, waiting would be waiting for that worker's own job, for ever.
        if not _on_worker_thread():
            wait(started)
        if own_pool is not None:
            own_pool.shutdown(wait=False, cancel_futures=True)

    def _start_next(self) -> None:
        with self._lock:
            job = None if self._stopped else next(self._waiting, None)
            if job is None:
                return
            try:
                future = self._pool.submit(self._synthesizer.run, job)
            except RuntimeError:  # the shared workers were stopped (``LocalExecutor.close``)
                self._finished.put(RuntimeError("the worker pool was closed"))
                return
            self._started.add(future)
        future.add_done_callback(self._done)

    def _done(self, future: Future) -> None:
        with self._lock:
            self._started.discard(future)
            if not future.cancelled() and future.exception() is not None:
                self._stopped = True  # the reader gets this error: the jobs after it are not wanted
        self._finished.put(future)

