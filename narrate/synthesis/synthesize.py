"""Stage 3: each script segment becomes a PCM ``Clip``, spoken by its cast member.

The unit of work is one spoken sentence: a segment's text is split into
sentences, each is looked up in the cache or synthesised (by a pool of
worker threads), and the sentences are joined, with a short pause between
them, into the segment's clip. Clips come out one per segment, in script
order, as soon as each is complete, so an episode never sits in memory
whole. Editing one paragraph re-synthesises only that paragraph's sentences.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version

import numpy as np

from .cache import ClipCache, clip_key, default_models_dir
from .engines import SpeechEngine, SynthesisSettings
from .espeak import ESPEAK_SAMPLE_RATE
from .executor import LocalExecutor
from .jobs import Executor, Job, Synthesizer, WorkContext
from .prefetch import CacheReader
from .progress import Progress, SilentProgress
from ..script import NORMALIZER_VERSION, Segment
from ..script import split_sentences
from ..voices import CastMember, EspeakVoice, Voice, VoiceCast

__all__ = ["Clip", "SentenceAudio", "SpeechEngine", "SynthesisSettings", "split_sentences", "synthesize_segments"]

@dataclass(frozen=True)
class SentenceAudio:
    """Where one spoken sentence lies in its clip."""

    text: str
    """The sentence as spoken."""

    num_samples: int
    """Samples it takes in the clip, the pause after it included."""

    pause_samples: int = 0
    """How many of those samples are the silence after it."""


@dataclass
class Clip:
    """The audio of one segment."""

    samples: np.ndarray
    """Mono 16-bit PCM samples."""

    sample_rate: int
    """Samples per second."""

    sentences: list[SentenceAudio] = field(default_factory=list)
    """The sentences in order; their ``num_samples`` add up to ``len(samples)``."""

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.sample_rate


@dataclass(frozen=True)
class _Sentence:
    """A sentence of the plan: where its audio will come from."""

    text: str
    member: int
    key: str | None
    job: int | None = None
    """Index of the job that synthesises it (or an earlier copy of it); None: read from the cache."""


def synthesize_segments(segments: Iterable[Segment], cast: VoiceCast, settings: SynthesisSettings, *,
                        jobs: int | None = None, cache: ClipCache | None = None,
                        progress: Progress | None = None, executor: Executor | None = None) -> Iterator[Clip]:
    """Speak each segment with its slot's cast member, yielding one clip per segment in order.

    ``executor`` (default: a ``LocalExecutor`` of ``jobs`` worker threads,
    one per core) synthesises what ``cache`` does not already hold; with no
    cache every sentence is synthesised afresh.
    """
    segments = list(segments)
    members = cast.members()
    progress = progress or SilentProgress()
    plan, work = _plan(segments, cast, members, settings, cache)
    context = WorkContext(tuple(members), settings, cache, default_models_dir())
    local = Synthesizer(context)
    results = (executor or LocalExecutor(jobs)).run(work, context)
    reader = CacheReader(cache, (s.key for planned in plan for s in planned if s.job is None)) if cache else None
    arrived: dict[int, np.ndarray] = {}
    uses = _count_uses(plan)
    progress.start(total_chars=sum(len(s.text) for seg in plan for s in seg),
                   synth_chars=sum(len(job.text) for job in work))
    try:
        for planned in plan:
            parts = [(s, _audio(s, arrived, uses, results, work, reader, local, members, progress)) for s in planned]
            yield _clip(parts, _rate(members, planned), settings)
    except BaseException:
        progress.abort()
        raise
    else:
        progress.finish()
    finally:
        results.close()  # stops the worker pool
        if reader is not None:
            reader.close()


def _plan(segments: list[Segment], cast: VoiceCast, members: list[CastMember], settings: SynthesisSettings,
          cache: ClipCache | None) -> tuple[list[list[_Sentence]], list[Job]]:
    """Every segment's sentences, and the jobs for those the cache lacks (each text once)."""
    index = {member: i for i, member in enumerate(members)}
    keys = {member: _key_parts(member, settings, cache) for member in members} if cache else {}
    plan: list[list[_Sentence]] = []
    work: list[Job] = []
    scheduled: dict[str, int] = {}
    for segment in segments:
        member = cast.member(segment.voice)
        planned = []
        for text in split_sentences(segment.spoken):
            key = clip_key(**keys[member], text=text) if cache else None
            if key is None:
                job = _add_job(work, index[member], text, None)
            elif key in scheduled:
                job = scheduled[key]
            elif cache.has(key):
                job = None
            else:
                job = scheduled[key] = _add_job(work, index[member], text, key)
            planned.append(_Sentence(text, index[member], key, job))
        plan.append(planned)
    return plan, work


def _add_job(work: list[Job], member: int, text: str, key: str | None) -> int:
    work.append(Job(len(work), member, text, key))
    return len(work) - 1


def _count_uses(plan: list[list[_Sentence]]) -> dict[int, int]:
    uses: dict[int, int] = {}
    for planned in plan:
        for s in planned:
            if s.job is not None:
                uses[s.job] = uses.get(s.job, 0) + 1
    return uses


def _audio(s: _Sentence, arrived: dict[int, np.ndarray], uses: dict[int, int], results: Iterator,
           work: list[Job], reader: CacheReader | None, local: Synthesizer, members: list[CastMember],
           progress: Progress) -> np.ndarray:
    if s.job is None:
        samples = reader.get(s.key) if reader else None
        if samples is None:  # removed or damaged since planning: make it here
            samples = local.run(Job(-1, s.member, s.text, s.key))[1]
        progress.advance(len(s.text), len(samples) / _member_rate(members[s.member]), cached=True)
        return samples
    while s.job not in arrived:
        index, samples = next(results)
        arrived[index] = samples
        progress.advance(len(work[index].text), len(samples) / _member_rate(members[work[index].member]))
    uses[s.job] -= 1
    # A sentence spoken again later in the episode is kept until its last use.
    return arrived[s.job] if uses[s.job] else arrived.pop(s.job)


def _clip(parts: list[tuple[_Sentence, np.ndarray]], rate: int, settings: SynthesisSettings) -> Clip:
    pause = round(rate * settings.sentence_pause_ms / 1000)
    pieces, sentences = [], []
    for number, (sentence, samples) in enumerate(parts):
        gap = pause if number < len(parts) - 1 else 0
        pieces += [samples, np.zeros(gap, dtype=np.int16)]
        sentences.append(SentenceAudio(sentence.text, len(samples) + gap, gap))
    samples = np.concatenate(pieces).astype(np.int16, copy=False) if pieces else np.zeros(0, dtype=np.int16)
    return Clip(samples=samples, sample_rate=rate, sentences=sentences)


def _rate(members: list[CastMember], planned: list[_Sentence]) -> int:
    # A segment has one speaker, so all its sentences share a rate.
    return _member_rate(members[planned[0].member]) if planned else 22050


def _member_rate(member: CastMember) -> int:
    voice = member.voice
    return voice.sample_rate if isinstance(voice, Voice) else ESPEAK_SAMPLE_RATE


def _key_parts(member: CastMember, settings: SynthesisSettings, cache: ClipCache) -> dict:
    """Everything besides the text that decides a sentence's audio."""
    parts = {
        "engine": member.engine,
        "speaker": member.speaker_id,
        "length_scale": settings.length_scale,
        "noise_scale": settings.noise_scale,
        "noise_w_scale": settings.noise_w_scale,
        "normalizer": str(NORMALIZER_VERSION),
    }
    voice = member.voice
    if isinstance(voice, EspeakVoice):
        from .espeak import espeak_version

        return {**parts, "voice": voice.name, "espeak": espeak_version()}
    from .decoder import SPLIT_VERSION

    # The runtime and the graph rewrite can change the last bit of a sample.
    return {**parts, "model": cache.file_digest(voice.model), "config": cache.file_digest(voice.config),
            "piper": _package_version("piper-tts"), "onnxruntime": _package_version("onnxruntime"),
            "decoder": SPLIT_VERSION}


def _package_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:  # pragma: no cover
        return "?"
