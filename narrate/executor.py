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
from pathlib import Path

import numpy as np

from .cache import ClipCache
from .engines import PiperEngine, SpeechEngine, SynthesisSettings
from .espeak import EspeakEngine, EspeakVoice
from .voices import CastMember

POOL_MIN_CHARS = 600
"""Below this much text (about 40 s of speech) a pool's start-up and extra voice loads cost more than it saves."""


@dataclass(frozen=True)
class Job:
    """One sentence to synthesise."""

    index: int
    """Position in the job list; results are matched back by it."""

    member: int
    """Index of the cast member that speaks it, in ``WorkContext.members``."""

    text: str
    """The sentence as spoken."""

    key: str | None = None
    """Cache key to store the result under; None stores nothing."""


@dataclass(frozen=True)
class WorkContext:
    """What every worker needs to know; sent to each worker once."""

    members: tuple[CastMember, ...]
    """The voices in play."""

    settings: SynthesisSettings
    """Speaking rate and noise."""

    cache: ClipCache | None = None
    """Where results are stored; None stores nothing."""

    models_dir: Path | None = None
    """Where optimised copies of voice models are kept (see ``engines._session``)."""


@dataclass
class Synthesizer:
    """Synthesises jobs, loading each voice the first time it is needed."""

    context: WorkContext
    """Voices and settings."""

    threads: int = 1
    """ONNX Runtime intra-op threads per voice."""

    engines: dict[int, SpeechEngine] = field(default_factory=dict)
    """Loaded voices, by member index."""

    def run(self, job: Job) -> tuple[int, np.ndarray]:
        member = self.context.members[job.member]
        samples = self.engine(job.member).synthesize(job.text, member.speaker_id)
        if job.key and self.context.cache is not None:
            self.context.cache.put(job.key, samples, self.engine(job.member).sample_rate)
        return job.index, samples

    def engine(self, index: int) -> SpeechEngine:
        if index not in self.engines:
            self.engines[index] = load_engine(self.context.members[index], self.context, self.threads)
        return self.engines[index]


def load_engine(member: CastMember, context: WorkContext, threads: int) -> SpeechEngine:
    voice = member.voice
    if isinstance(voice, EspeakVoice):
        return EspeakEngine(voice.name, context.settings.length_scale)
    return PiperEngine(voice.model, voice.config, context.settings, threads, context.models_dir)


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
             local: Synthesizer | None = None) -> Iterator[tuple[int, np.ndarray]]:
    """Yield ``(job index, samples)`` for every job, in the order they finish."""
    if not jobs:
        return
    workers, threads = plan_workers(jobs, requested)
    if workers == 1:
        local = local or Synthesizer(context, threads)
        local.threads = threads
        for job in jobs:
            yield local.run(job)
        return
    start = multiprocessing.get_context(_start_method())
    with start.Pool(workers, initializer=_init_worker, initargs=(context, threads)) as pool:
        # One sentence per task: tasks are small and uneven, so this balances the workers best.
        yield from pool.imap_unordered(_run_job, jobs, chunksize=1)


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
