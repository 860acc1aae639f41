"""Loudness and true peak of an MP3 while LAME writes it, measured as a podcast app will hear it.

Mastering checks what the encoder did to the level (it takes a few tenths
of a LU off, and its coding noise lifts peaks), which needs the MP3
decoded. Decoding the finished file would come after the encoding, on the
render's critical path; instead the stream is decoded in segments as its
frames arrive, on a thread of its own, beside the encoder's.

An MP3 decoder forgets: a frame's samples depend on its own bytes, on at
most 511 bytes of the frames before it (the bit reservoir) and on the
previous granule (the overlap-add and the synthesis filterbank). So a
segment decoded with ``WARM_UP_FRAMES`` frames in front of it, whose output
is dropped, gives the samples a decoder of the whole stream gives (the
tests compare). libsndfile (mpg123) decodes each segment; it stops where it
estimates the stream ends, which can be a little short, so each segment is
decoded with ``TRAIL_FRAMES`` frames after it as well.
"""

from __future__ import annotations

import io

import numpy as np

from .background import InOrder
from .encoding import ENCODER_DELAY, SAMPLE_RATE, SAMPLES_PER_FRAME
from .loudness import LoudnessMeter, TruePeakMeter, gain_to_db

SEGMENT_FRAMES = 1024
"""Frames decoded at a time: about 27 s of audio."""

WARM_UP_FRAMES = 8
"""Frames decoded before a segment and dropped: more than the reservoir and the filterbank reach back."""

TRAIL_FRAMES = 4
"""Frames decoded after a segment, so libsndfile's estimate of the stream's end falls beyond it."""

DECODER_DELAY = 529
"""Samples an MP3 decoder's synthesis filterbank delays the audio by (what gapless players take off, with LAME's)."""


class Mp3Meter:
    """Integrated loudness and true peak of the MP3 stream fed to ``add``, frame by frame, from its first frame.

    The LAME Info frame is not fed (it holds no audio); the priming and the
    padding it records are dropped here, as gapless players drop them.
    Use as a context manager, or call ``finish``.
    """

    def __init__(self) -> None:
        self._frames: list[bytes] = []
        self._warm = 0
        """How many of ``_frames`` precede the next segment, only to warm the decoder up."""
        self._skip = ENCODER_DELAY + DECODER_DELAY
        self._measured = 0
        self._left: int | None = None
        """Samples still to measure, once the total is known."""
        self._loudness = LoudnessMeter(SAMPLE_RATE)
        self._peak = TruePeakMeter()
        self._decoder = InOrder("narrate-mp3-meter")

    def add(self, frames: list[bytes]) -> None:
        """Whole MPEG frames, in stream order."""
        self._frames.extend(frames)
        while len(self._frames) - self._warm >= SEGMENT_FRAMES + TRAIL_FRAMES:
            self._submit(SEGMENT_FRAMES, last=False)

    def finish(self, samples: int) -> tuple[float, float]:
        """Loudness (LUFS) and true peak (dBTP) of the ``samples`` samples of audio the stream holds."""
        if len(self._frames) > self._warm:
            self._submit(len(self._frames) - self._warm, last=True, samples=samples)
        self._decoder.finish()
        if self._left:
            raise RuntimeError(f"the MP3 stream decoded {self._left} samples short")
        self._peak.add(np.zeros(0, dtype=np.float32), last=True)
        return self._loudness.integrated(), gain_to_db(self._peak.peak)

    def _submit(self, count: int, last: bool, samples: int | None = None) -> None:
        used = self._frames[: self._warm + count]
        # Copies of the last frame stand in for the frames after the stream's end.
        trail = self._frames[-1:] * TRAIL_FRAMES if last else self._frames[self._warm + count :][:TRAIL_FRAMES]
        self._decoder.submit(self._decode, b"".join(used + trail), self._warm, count, samples)
        self._frames = self._frames[max(0, self._warm + count - WARM_UP_FRAMES) :]
        self._warm = min(WARM_UP_FRAMES, len(used))

    def _decode(self, data: bytes, warm: int, count: int, samples: int | None) -> None:
        import soundfile

        audio, _ = soundfile.read(io.BytesIO(data), dtype="float32", always_2d=True)
        own = audio.mean(axis=1)[warm * SAMPLES_PER_FRAME :][: count * SAMPLES_PER_FRAME]
        if len(own) < count * SAMPLES_PER_FRAME:
            raise RuntimeError("libsndfile decoded an MP3 segment short")
        skipped = min(self._skip, len(own))  # LAME's priming and the decoder's delay, at the stream's start
        self._skip -= skipped
        own = own[skipped:]
        if samples is not None:  # the last segment: what follows the audio is LAME's padding
            self._left = samples - self._measured
            own = own[: self._left]
            self._left -= len(own)
        self._measured += len(own)
        self._loudness.add(own)
        self._peak.add(own)

    def __enter__(self) -> Mp3Meter:
        return self

    def __exit__(self, kind, error, trace) -> None:
        self._decoder.__exit__(kind, error, trace)
