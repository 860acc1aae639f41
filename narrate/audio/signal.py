"""Signal steps for clips and the jingle: fades, resampling to 44.1 kHz, high-pass, reading the jingle."""

from __future__ import annotations

import math
import warnings
from fractions import Fraction
from pathlib import Path

import numpy as np

with warnings.catch_warnings():
    # pydub warns at import when ffmpeg is missing (narrate gives it raw PCM
    # only) and, on Python 3.12, that audioop is deprecated (audioop-lts
    # replaces it from 3.13).
    warnings.simplefilter("ignore", RuntimeWarning)
    warnings.simplefilter("ignore", DeprecationWarning)
    from pydub import AudioSegment

from ..errors import InputError
from ..synthesis import Clip
from .timeline import EPISODE_RATE


def faded_pcm(clip: Clip, ms: float) -> AudioSegment:
    """The clip as a pydub segment at its own rate, faded in and out.

    Fading the 16-bit PCM as Piper made it, before any float processing,
    keeps the joins click-free without touching the rest of the clip.
    """
    audio = AudioSegment(np.asarray(clip.samples, dtype="<i2").tobytes(), sample_width=2,
                         frame_rate=clip.sample_rate, channels=1)
    edge = min(round(ms), len(audio) // 2)
    return audio.fade_in(edge).fade_out(edge) if edge > 0 else audio


def pcm_samples(audio: AudioSegment) -> np.ndarray:
    """A pydub segment's 16-bit samples as a numpy array."""
    return np.frombuffer(audio.raw_data, dtype="<i2")


def as_float(samples: np.ndarray) -> np.ndarray:
    """Float32 samples in [-1, 1], from int16 or float samples."""
    audio = samples.astype(np.float32)
    if samples.dtype == np.int16:
        audio /= 32768.0
    return audio


def to_episode_rate(samples: np.ndarray, rate: int) -> np.ndarray:
    """Float samples in [-1, 1] at 44.1 kHz, from int16 or float samples at ``rate``.

    libsoxr's high-quality resampler: linear phase, so nothing moves in time, and about three and a half
    times as fast as scipy's polyphase filter on a voice's 22.05 kHz (0.8 against 3.0 ms for 7 s of speech).
    The length is always ``ceil(n · 44100 / rate)``, which the cue times are counted in.
    """
    import soxr

    audio = as_float(samples)
    if rate == EPISODE_RATE or not len(audio):
        return audio
    wanted = math.ceil(len(audio) * Fraction(EPISODE_RATE, rate))
    out = soxr.resample(audio, rate, EPISODE_RATE, quality="HQ").astype(np.float32, copy=False)
    if len(out) < wanted:
        out = np.concatenate([out, np.zeros(wanted - len(out), dtype=np.float32)])
    return out[:wanted]


def high_pass(audio: np.ndarray, cutoff_hz: float, rate: int = EPISODE_RATE) -> np.ndarray:
    """Zero-phase high-pass (2nd-order Butterworth, run forwards and back), so no sentence moves in time."""
    from scipy.signal import butter, sosfiltfilt

    if cutoff_hz <= 0 or len(audio) < 64:
        return audio
    sos = butter(2, cutoff_hz, "highpass", fs=rate, output="sos")
    return sosfiltfilt(sos, audio.astype(np.float64)).astype(np.float32)


def fade(audio: np.ndarray, ms: float) -> np.ndarray:
    """Raised-cosine fade in and out over ``ms`` milliseconds at each end."""
    n = min(len(audio) // 2, round(EPISODE_RATE * ms / 1000))
    if n <= 0:
        return audio
    ramp = (0.5 - 0.5 * np.cos(np.linspace(0, np.pi, n, dtype=np.float32))).astype(np.float32)
    audio = audio.copy()
    audio[:n] *= ramp
    audio[-n:] *= ramp[::-1]
    return audio


def check_jingle(path: Path) -> None:
    """InputError unless ``path`` is an audio file narrate can read."""
    import soundfile

    try:
        info = soundfile.info(str(path))
    except (OSError, RuntimeError, soundfile.LibsndfileError) as exc:
        raise InputError(f"cannot read jingle {path} ({_first_line(exc)}); give a WAV or FLAC file") from None
    if not info.frames:
        raise InputError(f"jingle {path} holds no audio; give a WAV or FLAC file with sound in it")


def load_jingle(path: Path, fade_ms: float = 30.0) -> np.ndarray:
    """A jingle as faded mono float samples at 44.1 kHz."""
    import soundfile

    try:
        data, rate = soundfile.read(str(path), dtype="float32", always_2d=True)
    except (OSError, RuntimeError, soundfile.LibsndfileError) as exc:
        raise InputError(f"cannot read jingle {path} ({_first_line(exc)}); give a WAV or FLAC file") from None
    if not len(data):
        raise InputError(f"jingle {path} holds no audio; give a WAV or FLAC file with sound in it")
    mono = data.mean(axis=1)
    return fade(to_episode_rate(mono, rate), fade_ms)


def _first_line(exc: Exception) -> str:
    return (str(exc).strip() or type(exc).__name__).splitlines()[0][:200]
