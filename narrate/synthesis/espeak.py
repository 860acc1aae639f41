"""The offline fallback engine: espeak-ng's Dutch voice, through ctypes.

espeak-ng sounds robotic, but it needs no model file: the ``espeakng-loader``
package ships ``libespeak-ng`` with its language data, so narrate can still
render an episode when no Piper voice can be had. This engine speaks through
the same ``SpeechEngine`` interface as a Piper voice.
"""

from __future__ import annotations

import ctypes
import threading

import numpy as np

from ..errors import VoiceError
from ..voices import ESPEAK_ENGINE as ENGINE
from ..voices import ESPEAK_NARRATOR_VOICE as NARRATOR_VOICE

ESPEAK_SAMPLE_RATE = 22050
"""What libespeak-ng produces; known up front so the parent process never loads the library."""

AUDIO_OUTPUT_SYNCHRONOUS = 2
ESPEAK_CHARS_UTF8 = 1
ESPEAK_RATE = 1
DEFAULT_RATE_WPM = 175
"""espeak-ng's own default speaking rate; --speed divides it like Piper's length scale."""

_SynthCallback = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.c_void_p)


class _Library:
    """The process's one libespeak-ng: it keeps global state, so it is initialised once and speaks one text at a time."""

    _instance: _Library | None = None
    _lock = threading.Lock()

    def __init__(self):
        try:
            import espeakng_loader
        except ImportError:
            raise VoiceError("espeak-ng is not installed; run `pip install espeakng-loader`") from None
        self.lib = ctypes.CDLL(espeakng_loader.get_library_path())
        self.lib.espeak_Initialize.restype = ctypes.c_int
        self.lib.espeak_Info.restype = ctypes.c_char_p
        self.lib.espeak_Synth.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint, ctypes.c_int,
                                          ctypes.c_uint, ctypes.c_uint, ctypes.c_void_p, ctypes.c_void_p]
        self.sample_rate = self.lib.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0,
                                                       espeakng_loader.get_data_path().encode(), 0)
        if self.sample_rate <= 0:
            raise VoiceError("espeak-ng could not start; reinstall it with `pip install --force-reinstall espeakng-loader`")
        self.version = self.lib.espeak_Info(None).decode()
        self.chunks: list[np.ndarray] = []
        # The callback object must outlive every synthesis call, so it is kept here.
        self._callback = _SynthCallback(self._collect)
        self.lib.espeak_SetSynthCallback(self._callback)

    @classmethod
    def get(cls) -> _Library:
        with cls._lock:
            if cls._instance is None:
                cls._instance = cls()
            return cls._instance

    def _collect(self, wav, num_samples, _events) -> int:
        if num_samples > 0:
            self.chunks.append(np.ctypeslib.as_array(wav, shape=(num_samples,)).copy())
        return 0

    def speak(self, voice: str, rate_wpm: int, text: str) -> np.ndarray:
        # ctypes lets go of the GIL, and synthesis runs in several threads.
        with self._lock:
            return self._speak(voice, rate_wpm, text)

    def _speak(self, voice: str, rate_wpm: int, text: str) -> np.ndarray:
        if self.lib.espeak_SetVoiceByName(voice.encode()) != 0:
            raise VoiceError(f"espeak-ng has no voice {voice!r}; reinstall espeakng-loader")
        self.lib.espeak_SetParameter(ESPEAK_RATE, rate_wpm, 0)
        self.chunks = []
        data = text.encode("utf-8")
        self.lib.espeak_Synth(data, len(data) + 1, 0, 0, 0, ESPEAK_CHARS_UTF8, None, None)
        self.lib.espeak_Synchronize()
        chunks, self.chunks = self.chunks, []
        return np.concatenate(chunks).astype(np.int16) if chunks else np.zeros(0, dtype=np.int16)


class EspeakEngine:
    """Speaks Dutch with espeak-ng: a ``SpeechEngine``."""

    engine = ENGINE

    def __init__(self, voice: str = NARRATOR_VOICE, length_scale: float | None = None):
        self.voice = voice
        self.rate_wpm = round(DEFAULT_RATE_WPM / (length_scale or 1.0))
        self._library = _Library.get()
        self.sample_rate = self._library.sample_rate
        if self.sample_rate != ESPEAK_SAMPLE_RATE:
            raise VoiceError(f"espeak-ng speaks at {self.sample_rate} Hz, not {ESPEAK_SAMPLE_RATE}; "
                             "install the espeakng-loader version narrate requires")

    @property
    def version(self) -> str:
        return self._library.version

    def synthesize(self, text: str, speaker_id: int | None = None) -> np.ndarray:
        """One sentence as mono 16-bit samples; espeak-ng voices have no speakers."""
        return self._library.speak(self.voice, self.rate_wpm, text)


def espeak_version() -> str:
    """The espeak-ng package version, for cache keys and episode metadata (without loading the library)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("espeakng-loader")
    except PackageNotFoundError:
        return "?"
