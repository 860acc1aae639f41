"""Synthesis jobs and the one interface that runs them: an ``Executor`` takes jobs and gives back ``Results``.

A job is one sentence. ``narrate.synthesis.executor.LocalExecutor`` runs
jobs in worker threads of this process, ``narrate.synthesis.ray.executor.RayExecutor``
on a Ray cluster; both speak each sentence with the engine ``load_engine``
makes, so the audio is the same to the byte wherever it is made.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import numpy as np

from .cache import ClipCache
from .engines import PiperEngine, SpeechEngine, SynthesisSettings
from .espeak import EspeakEngine
from ..voices import CastMember, EspeakVoice


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

    _loading: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def run(self, job: Job) -> tuple[int, np.ndarray]:
        member = self.context.members[job.member]
        samples = self.engine(job.member).synthesize(job.text, member.speaker_id)
        if job.key and self.context.cache is not None:
            self.context.cache.put(job.key, samples, self.engine(job.member).sample_rate)
        return job.index, samples

    def engine(self, index: int) -> SpeechEngine:
        """The member's voice, loaded once however many threads ask for it at the same time."""
        if index not in self.engines:
            with self._loading:
                if index not in self.engines:
                    self.engines[index] = load_engine(self.context.members[index], self.context, self.threads)
        return self.engines[index]


def load_engine(member: CastMember, context: WorkContext, threads: int) -> SpeechEngine:
    voice = member.voice
    if isinstance(voice, EspeakVoice):
        return EspeakEngine(voice.name, context.settings.length_scale)
    return PiperEngine(voice.model, voice.config, context.settings, threads, context.models_dir)


class Results:
    """Finished jobs as they come; ``close`` stops the workers."""

    def __init__(self, results: Iterator[tuple[int, np.ndarray]], stop: Callable[[], None] | None = None):
        self.results = iter(results)
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self) -> tuple[int, np.ndarray]:
        return next(self.results)

    def close(self) -> None:
        if self.stop is not None:
            self.stop()
            self.stop = None


def longest_last_first(jobs: Sequence[Job], workers: int) -> list[Job]:
    """Script order, but the last few jobs longest first, so no worker is left with a long one at the end.

    Only the tail is reordered: results that come early wait in memory for their turn.

    >>> [j.index for j in longest_last_first([Job(i, 0, "x" * n) for i, n in enumerate([5, 1, 9, 2, 7])], 1)]
    [0, 2, 4, 3, 1]
    """
    tail = 4 * workers
    head, last = list(jobs[:-tail]), list(jobs[-tail:])
    return head + sorted(last, key=lambda job: -len(job.text))


class Executor(Protocol):
    """Where synthesis jobs run: this machine's worker threads (``LocalExecutor``, the default) or a
    Ray cluster (``narrate.synthesis.ray.executor.RayExecutor``). One executor can serve several runs at once."""

    def run(self, jobs: Sequence[Job], context: WorkContext) -> Results:
        """Start on ``jobs``; iterate for ``(job index, samples)`` as they finish.

        Each result is also stored in ``context.cache`` under its job's key.
        Closing the result gives up on the jobs not yet done.
        """

    def close(self) -> None:
        """Stop the workers; runs still going fail."""
