"""The MP3 measured while LAME writes it, in segments, against the finished file decoded whole (libsndfile, ffmpeg)."""

from __future__ import annotations

import io

import numpy as np
import pytest
import soundfile

from narrate.audio.encoding import Mp3Writer
from narrate.audio.loudness import LoudnessMeter, TruePeakMeter
from narrate.audio.mp3meter import SEGMENT_FRAMES, Mp3Meter

from .helpers.media import ebur128
from .test_audio_units import speechlike


def _encode(samples: np.ndarray, bitrate: int, block: int = 40000) -> tuple[bytes, tuple[float, float]]:
    pcm = np.clip(np.round(samples * 32768), -32768, 32767).astype(np.int16)
    fh = io.BytesIO()
    with Mp3Meter() as meter:
        writer = Mp3Writer(fh, bitrate, on_frames=meter.add)
        for start in range(0, len(pcm), block):
            writer.write(pcm[start : start + block])
        info = writer.close()
        measured = meter.finish(info.samples)
    return fh.getvalue(), measured


def _measure_whole(path) -> tuple[float, float]:
    audio, rate = soundfile.read(str(path), dtype="float32")  # gapless: the Info frame's delay and padding dropped
    loudness, peak = LoudnessMeter(rate), TruePeakMeter()
    loudness.add(audio)
    peak.add(audio, last=True)
    return loudness.integrated(), 20 * np.log10(peak.peak)


@pytest.mark.parametrize("seconds, bitrate", [(75.0, 64), (61.3, 32), (3.2, 64)])
def test_the_stream_measures_as_the_finished_file_decoded_whole(tmp_path, seconds, bitrate):
    audio = speechlike(seconds, 44100, seed=3)
    audio[44100:44110] = 0.97  # a peak, for the coder to lift between samples
    data, (loudness, peak) = _encode(audio, bitrate)
    path = tmp_path / "speech.mp3"
    path.write_bytes(data)
    frames = len(data) // (144 * bitrate * 1000 // 44100)
    assert (frames > 2 * SEGMENT_FRAMES) == (seconds > 60)  # long ones are measured in several segments
    whole_loudness, whole_peak = _measure_whole(path)
    assert loudness == pytest.approx(whole_loudness, abs=1e-4)
    assert peak == pytest.approx(whole_peak, abs=1e-4)
    ffmpeg_loudness, ffmpeg_peak = ebur128(path)
    assert loudness == pytest.approx(ffmpeg_loudness, abs=0.1)
    assert peak == pytest.approx(ffmpeg_peak, abs=0.3)


def test_silence_has_no_loudness():
    _, (loudness, peak) = _encode(np.zeros(44100 * 2, dtype=np.float32), 64)
    assert loudness == -np.inf and peak == -np.inf
