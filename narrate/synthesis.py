"""Stage 3: each script segment becomes a PCM ``Clip``, spoken by a Piper voice."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np

from .errors import VoiceError
from .script import Segment
from .voices import Voice


@dataclass(frozen=True)
class SynthesisSettings:
    """Piper's knobs; None means the voice's own default."""

    length_scale: float | None = None
    """Speaking rate: above 1 is slower, below 1 faster."""

    noise_scale: float | None = None
    """Generator noise; 0 makes the audio deterministic."""

    noise_w_scale: float | None = None
    """Phoneme duration noise; 0 makes durations deterministic."""


@dataclass
class Clip:
    """The audio of one segment."""

    samples: np.ndarray
    """Mono 16-bit PCM samples."""

    sample_rate: int
    """Samples per second."""

    sentence_samples: list[int]
    """Length in samples of each sentence Piper spoke, in order."""

    @property
    def duration_s(self) -> float:
        return len(self.samples) / self.sample_rate


def load_piper_voice(voice: Voice):
    """Load the ONNX model once; synthesis reuses it for every segment."""
    from piper import PiperVoice

    try:
        return PiperVoice.load(voice.model, config_path=voice.config)
    except Exception as exc:  # onnxruntime raises its own untyped errors for bad models
        raise VoiceError(
            f"cannot load voice {voice.model}: {_first_line(exc)}; the file may be damaged, download it again"
        ) from None


def synthesize_segments(segments: Iterable[Segment], voice: Voice, settings: SynthesisSettings) -> Iterator[Clip]:
    """Speak each segment in turn, yielding one clip per segment."""
    piper_voice = load_piper_voice(voice)
    for segment in segments:
        yield synthesize_text(piper_voice, segment.spoken, settings)


def synthesize_text(piper_voice, text: str, settings: SynthesisSettings) -> Clip:
    from piper import SynthesisConfig

    config = SynthesisConfig(
        length_scale=settings.length_scale,
        noise_scale=settings.noise_scale,
        noise_w_scale=settings.noise_w_scale,
    )
    chunks = [chunk.audio_int16_array for chunk in piper_voice.synthesize(text, syn_config=config)]
    samples = np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int16)
    return Clip(
        samples=samples,
        sample_rate=piper_voice.config.sample_rate,
        sentence_samples=[len(c) for c in chunks],
    )


def _first_line(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]
