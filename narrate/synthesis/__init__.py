"""Synthesis: each script segment becomes a PCM clip, spoken by its cast member.

Stage 3b of the pipeline. Sentences are looked up in a cache or synthesised
by Piper (espeak-ng as the fallback) on an ``Executor``: worker threads
in this process, or a Ray cluster.
"""

from .cache import ClipCache, default_cache_dir, usable_cache
from .engines import SynthesisSettings
from .executor import LocalExecutor, cpu_count
from .jobs import Executor
from .prepare import add_voice, prepare_voice
from .progress import DownloadProgress, Progress, SilentProgress
from .ray.executor import RayExecutor
from .synthesize import Clip, SentenceAudio, synthesize_segments

__all__ = [
    "Clip", "ClipCache", "DownloadProgress", "Executor", "LocalExecutor", "Progress", "RayExecutor", "SentenceAudio", "SilentProgress", "SynthesisSettings",
    "add_voice", "cpu_count", "default_cache_dir", "prepare_voice", "synthesize_segments", "usable_cache",
]
