"""Speech engines: a Piper voice, tuned for narrate's worker pool, behind one small interface.

``SpeechEngine`` is what synthesis needs from a voice: a sample rate and
one sentence in, 16-bit samples out. ``PiperEngine`` is the natural voice;
``narrate.synthesis.espeak.EspeakEngine`` the offline fallback.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from ..errors import VoiceError

PIPER_INPUTS = frozenset({"input", "input_lengths", "scales"})
"""What every Piper voice model takes; anything else is another kind of ONNX model."""


@dataclass(frozen=True)
class SynthesisSettings:
    """How voices speak; None means the voice's own default."""

    length_scale: float | None = None
    """Speaking rate (Piper's length scale): above 1 is slower, below 1 faster."""

    noise_scale: float | None = None
    """Generator noise; 0 makes the audio deterministic."""

    noise_w_scale: float | None = None
    """Phoneme duration noise; 0 makes durations deterministic."""

    sentence_pause_ms: int = 200
    """Silence between two sentences of one segment (Piper adds almost none itself)."""


class SpeechEngine(Protocol):
    """A loaded voice that speaks one sentence at a time."""

    engine: str
    """``piper`` or ``espeak-ng``."""

    sample_rate: int
    """Samples per second of what ``synthesize`` returns."""

    def synthesize(self, text: str, speaker_id: int | None = None) -> np.ndarray:
        """One sentence as mono int16 samples."""


class PiperEngine:
    """A Piper voice, loaded once per process: a ``SpeechEngine``."""

    engine = "piper"

    def __init__(self, model: Path, config: Path, settings: SynthesisSettings, threads: int = 1,
                 optimized_dir: Path | None = None):
        from piper import PiperVoice
        from piper.config import PiperConfig

        try:
            piper_config = PiperConfig.from_dict(json.loads(Path(config).read_text(encoding="utf-8")))
            session = _voice_session(Path(model), threads, optimized_dir)
        except Exception as exc:  # onnxruntime raises its own untyped errors for bad models
            raise VoiceError(
                f"cannot load voice {model}: {_first_line(exc)}; the file may be damaged, download it again"
            ) from None
        inputs = {i.name for i in session.get_inputs()}
        if not PIPER_INPUTS <= inputs:
            raise VoiceError(f"{model} is not a Piper voice (its inputs are {', '.join(sorted(inputs))}, "
                             f"not {', '.join(sorted(PIPER_INPUTS))}); give a Piper .onnx voice")
        self.model = Path(model)
        self.voice = PiperVoice(session=session, config=piper_config)
        self.sample_rate = piper_config.sample_rate
        self.settings = settings

    def synthesize(self, text: str, speaker_id: int | None = None) -> np.ndarray:
        from piper import SynthesisConfig

        config = SynthesisConfig(
            speaker_id=speaker_id,
            length_scale=self.settings.length_scale,
            noise_scale=self.settings.noise_scale,
            noise_w_scale=self.settings.noise_w_scale,
        )
        try:
            chunks = [chunk.audio_int16_array for chunk in self.voice.synthesize(text, syn_config=config)]
        except Exception as exc:
            if not type(exc).__module__.startswith("onnxruntime"):
                raise
            # A model and a config that do not belong together fail here, at the first sentence.
            raise VoiceError(f"voice {self.model} cannot speak with its config {self.model.name}.json "
                             f"({_first_line(exc)}); download the model and its config again") from None
        return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)


def _voice_session(model: Path, threads: int, models_dir: Path | None):
    """The voice split at its decoder when it can be (see ``narrate.synthesis.decoder``), else whole."""
    if models_dir is None:
        return _session(model, threads, None)
    from .decoder import ChunkedSession, load_split

    try:
        split = load_split(model, models_dir)
        if split is not None:
            return ChunkedSession(split, _session(Path(split.encoder), threads, models_dir),
                                  _session(Path(split.decoder), threads, models_dir))
        return _session(model, threads, models_dir)
    except OSError:  # the cache directory cannot be read or written: load the voice as Piper does
        return _session(model, threads, None)


def _session(model: Path, threads: int, optimized_dir: Path | None):
    """An ONNX Runtime session for ``model`` with ``threads`` intra-op threads.

    ONNX Runtime spends most of a voice's load time optimising its graph.
    The optimised graph is saved once (per model, ONNX Runtime version and
    CPU, since the optimisations are CPU-specific) and later loads skip the
    work; the audio is the same either way.
    """
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    options.inter_op_num_threads = 1
    # A memory pattern is planned, and kept, for every input shape; every sentence has its own length, so the
    # patterns only pile up (measured over the seed with two workers: 419 MB without them, 474 MB with, as fast).
    options.enable_mem_pattern = False
    # Fatal only: the "CPU-specific optimisations" notice is expected, and real
    # errors reach the user as one VoiceError line instead of ONNX Runtime's log.
    options.log_severity_level = 4
    providers = ["CPUExecutionProvider"]
    optimized = _optimized_path(model, optimized_dir) if optimized_dir else None
    if optimized is not None and optimized.is_file():
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_DISABLE_ALL
        try:
            return onnxruntime.InferenceSession(str(optimized), sess_options=options, providers=providers)
        except Exception:  # a damaged copy: rebuild it from the original below
            optimized.unlink(missing_ok=True)
            options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
    if optimized is None:
        return onnxruntime.InferenceSession(str(model), sess_options=options, providers=providers)
    optimized.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".onnx", dir=optimized.parent)
    os.close(fd)
    options.optimized_model_filepath = tmp
    try:
        session = onnxruntime.InferenceSession(str(model), sess_options=options, providers=providers)
        os.replace(tmp, optimized)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return session


def _optimized_path(model: Path, optimized_dir: Path) -> Path:
    import onnxruntime

    stat = model.stat()
    stamp = f"{model.resolve()}\0{stat.st_size}\0{stat.st_mtime_ns}\0{onnxruntime.__version__}\0{_cpu_flags()}"
    return Path(optimized_dir) / f"{model.stem}-{hashlib.sha256(stamp.encode()).hexdigest()[:16]}.onnx"


def _cpu_flags() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith(("flags", "Features")):
                return line
    except OSError:
        pass
    import platform

    return platform.processor() or platform.machine()


def _first_line(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]
