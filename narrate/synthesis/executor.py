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


def run_jobs(jobs: Sequence[Job], context: WorkContext, requested: int | None = None,
             local: Synthesizer | None = None) -> Results:
    """Start on every job at once; iterate for ``(job index, samples)`` in the order they finish.

    Close the result to stop the workers early.
    """
    workers, threads = plan_workers(jobs, requested) if jobs else (1, 1)
    if workers == 1:
        local = local or Synthesizer(context, threads)
        local.threads = threads
        return Results(local.run(job) for job in jobs)
    start = multiprocessing.get_context(_start_method())
    pool = start.Pool(workers, initializer=_init_worker, initargs=(context, threads))
    # One sentence per task: tasks are small and uneven, so this balances the workers best.
    return Results(pool.imap_unordered(_run_job, longest_last_first(jobs, workers), chunksize=1), pool)


_worker: Synthesizer | None = None


def _init_worker(context: WorkContext, threads: int) -> None:
    # Ctrl+C reaches the whole process group; the parent alone handles it and stops the pool.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _worker
    _worker = Synthesizer(context, threads)


def _run_job(job: Job) -> tuple[int, np.ndarray]:
    assert _worker is not None
    return _worker.run(job)


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
    gets a pool sized to its work, as ``run_jobs`` plans it."""

    _pool: Any = field(default=None, init=False, repr=False)

    def __post_init__(self):
        if self.shared:
            workers = self.jobs or cpu_count()
            start = multiprocessing.get_context(_start_method())
            # Started here, before the caller starts threads of its own: fork copies only the calling thread.
            self._pool = start.Pool(workers, initializer=_init_shared_worker,
                                    initargs=(max(1, cpu_count() // workers),))

    def run(self, jobs: Sequence[Job], context: WorkContext) -> Results:
        if not self.shared:
            return run_jobs(jobs, context, self.jobs)
        if self._pool is None:
            raise RuntimeError("the worker pool was closed")
        tasks = [(context, job) for job in longest_last_first(jobs, self.jobs or cpu_count())]
        return Results(self._results(self._pool.imap_unordered(_run_shared_job, tasks, chunksize=1)))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None

    def _results(self, results) -> Iterator[tuple[int, np.ndarray]]:
        while True:
            try:
                yield results.next(timeout=0.2)
            except StopIteration:
                return
            except multiprocessing.TimeoutError:
                # The pool's results never come once it is terminated: look up now and then.
                if self._pool is None:
                    raise RuntimeError("the worker pool was closed") from None


_shared: dict[WorkContext, Synthesizer] = {}
_shared_threads = 1


def _init_shared_worker(threads: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _shared_threads
    _shared_threads = threads


def _run_shared_job(task: tuple[WorkContext, Job]) -> tuple[int, np.ndarray]:
    context, job = task
    if context not in _shared:
        _shared[context] = Synthesizer(context, _shared_threads)
    return _shared[context].run(job)
