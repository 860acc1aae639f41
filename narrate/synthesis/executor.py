"""Running synthesis jobs: in this process, or in a pool of worker processes.

One Piper process with two ONNX Runtime threads is only about 1.4 times as
fast as with one thread, so narrate runs one single-threaded worker per core
instead, each loading its voices once. Results come back as they finish;
the caller puts them in order. The audio does not depend on the number of
workers or threads: every sentence is synthesised on its own, the same way.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .jobs import Job, Results, Synthesizer, WorkContext, longest_last_first

POOL_MIN_CHARS = 600
"""Below this much text (about 40 s of speech) a pool's start-up and extra voice loads cost more than it saves."""


def cpu_count() -> int:
    """Cores this process may use (respects CPU affinity, e.g. under taskset or in a container)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def plan_workers(jobs: Sequence[Job], requested: int | None) -> tuple[int, int]:
    """(worker processes, threads each) for ``jobs``; 1 worker means this process.

    >>> plan_workers([Job(0, 0, "x" * 5000)], 2)
    (1, 2)
    >>> plan_workers([Job(i, 0, "x" * 400) for i in range(4)], 2)
    (2, 1)
    >>> plan_workers([Job(i, 0, "x" * 100) for i in range(4)], 2)
    (1, 2)
    """
    cores = cpu_count()
    workers = min(requested or cores, len(jobs))
    if workers > 1 and sum(len(job.text) for job in jobs) < POOL_MIN_CHARS:
        workers = 1
    workers = max(1, workers)
    return workers, max(1, cores // workers)


def _start_pool(workers: int, threads: int):
    start = multiprocessing.get_context(_start_method())
    return start.Pool(workers, initializer=_init_worker, initargs=(threads,))


def _submit(pool, jobs: Sequence[Job], context: WorkContext, workers: int):
    """The pool's results for ``jobs``, in the order they finish."""
    # One sentence per task: tasks are small and uneven, so this balances the workers best.
    tasks = [(context, job) for job in longest_last_first(jobs, workers)]
    return pool.imap_unordered(_run_task, tasks, chunksize=1)


# The one worker-global state: each worker process keeps a Synthesizer (its loaded voices) per context it
# has served, so a pool shared by several renders loads each render's voices once per worker.
_synthesizers: dict[WorkContext, Synthesizer] = {}
_threads = 1


def _init_worker(threads: int) -> None:
    # Ctrl+C reaches the whole process group; the parent alone handles it and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _threads
    _threads = threads


def _run_task(task: tuple[WorkContext, Job]) -> tuple[int, np.ndarray]:
    context, job = task
    if context not in _synthesizers:
        _synthesizers[context] = Synthesizer(context, _threads)
    return _synthesizers[context].run(job)


def _start_method() -> str:
    # fork starts workers in milliseconds; the parent has loaded no voice and runs no threads by then.
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


@dataclass
class LocalExecutor:
    """This machine's worker processes: the default ``Executor``."""

    jobs: int | None = None
    """Worker processes; None means one per core."""

    shared: bool = False
    """Keep one pool for every run (renders going on at once share its workers); otherwise each run
    gets a pool sized to its work (see ``plan_workers``), or none when one process is best."""

    _pool: Any = field(default=None, init=False, repr=False)

    def __post_init__(self):
        if self.shared:
            workers = self.jobs or cpu_count()
            # Started here, before the caller starts threads of its own: fork copies only the calling thread.
            self._pool = _start_pool(workers, max(1, cpu_count() // workers))

    def run(self, jobs: Sequence[Job], context: WorkContext) -> Results:
        """Start on every job at once; iterate for ``(job index, samples)`` in the order they finish.

        Close the result to stop the workers early.
        """
        if self.shared:
            if self._pool is None:
                raise RuntimeError("the worker pool was closed")
            return Results(self._watched(_submit(self._pool, jobs, context, self.jobs or cpu_count())))
        workers, threads = plan_workers(jobs, self.jobs) if jobs else (1, 1)
        if workers == 1:
            local = Synthesizer(context, threads)
            return Results(local.run(job) for job in jobs)
        pool = _start_pool(workers, threads)
        return Results(_submit(pool, jobs, context, workers), pool)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None

    def _watched(self, results) -> Iterator[tuple[int, np.ndarray]]:
        while True:
            try:
                yield results.next(timeout=0.2)
            except StopIteration:
                return
            except multiprocessing.TimeoutError:
                # The pool's results never come once it is terminated: look up now and then.
                if self._pool is None:
                    raise RuntimeError("the worker pool was closed") from None
