#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark (not a test): LAME's algorithm quality (``-q``) against encoding time and speech quality.

Run from the repository root with the project's virtual environment::

    .venv/bin/python bench/encoder.py

It needs ``pesq`` (``.venv/bin/pip install pesq``), the ITU-T P.862.2
wide-band speech quality score, and the medium test voice of
``bench/render.py`` (built the same way if it is missing). Two minutes of
speech, one from espeak-ng's Dutch voice (real phonemes, a formant voice)
and one from the medium test voice (Piper's vocoder, babbling), are taken
to the episode rate and level, encoded at the episode bitrate with each
``-q``, decoded as a podcast app decodes them (gapless) and scored against
what went in: PESQ for the espeak-ng speech (it needs real speech; on the
babble of a random-weight voice it is noise), and the signal to coding
noise ratio for both. The last line is the summary.
"""

from __future__ import annotations

import argparse
import io
import sys
import time

import numpy as np

from common import SEED, VOICE, cpu_description, ensure_voice

SECONDS = 120
QUALITIES = (2, 3, 5, 7)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bitrate", type=int, default=64)
    args = parser.parse_args()
    try:
        import pesq  # noqa: F401
    except ImportError:
        print("encoder: needs pesq; run `.venv/bin/pip install pesq`", file=sys.stderr)
        return 2
    print(f"encoder: cpu {cpu_description()}")
    speech = {"espeak-ng": _speech("espeak"), "piper-medium": _speech("piper")}
    summary = []
    for quality in QUALITIES:
        seconds, scores, snrs = 0.0, [], []
        for name, audio in speech.items():
            took, decoded = _round_trip(audio, quality, args.bitrate)
            seconds += took
            scores.append(_pesq(audio, decoded))
            snrs.append(_snr(audio, decoded))
        audio_s = sum(len(a) for a in speech.values()) / 44100
        print(f"   -q {quality}: {seconds:5.2f} s to encode {audio_s:.0f} s (RTF {seconds / audio_s:.4f}); "
              f"PESQ-WB " + ", ".join(f"{n} {s:.2f}" for n, s in zip(speech, scores))
              + "; SNR " + ", ".join(f"{n} {s:.1f} dB" for n, s in zip(speech, snrs)), flush=True)
        summary.append(f"q{quality}_rtf={seconds / audio_s:.4f} q{quality}_pesq={scores[0]:.2f} "
                       f"q{quality}_snr={min(snrs):.1f}")
    print("encoder: " + " ".join(summary))
    return 0


def _speech(engine: str) -> np.ndarray:
    """About ``SECONDS`` of the seed spoken, at the episode rate, levelled as voices are before mastering."""
    from narrate.audio.loudness import LoudnessMeter, db_to_gain
    from narrate.audio.signal import high_pass, to_episode_rate
    from narrate.script import split_sentences
    from narrate.synthesis.engines import PiperEngine, SynthesisSettings
    from narrate.synthesis.espeak import EspeakEngine

    if engine == "espeak":
        voice = EspeakEngine()
    else:
        model = ensure_voice(VOICE)
        voice = PiperEngine(model, model.with_name(model.name + ".json"),
                            SynthesisSettings(noise_scale=0, noise_w_scale=0), threads=2)
    pieces, total = [], 0
    for sentence in split_sentences(" ".join(SEED.read_text(encoding="utf-8").split())):
        clip = voice.synthesize(sentence)
        pieces += [clip, np.zeros(voice.sample_rate // 5, dtype=np.int16)]
        total += len(clip) + voice.sample_rate // 5
        if total > SECONDS * voice.sample_rate:
            break
    audio = high_pass(to_episode_rate(np.concatenate(pieces), voice.sample_rate), 60.0)
    meter = LoudnessMeter(44100)
    meter.add(audio)
    return np.clip(audio * db_to_gain(-16.0 - meter.integrated()), -0.9, 0.9).astype(np.float32)


def _round_trip(audio: np.ndarray, quality: int, bitrate: int) -> tuple[float, np.ndarray]:
    import soundfile

    from narrate.audio import encoding
    from narrate.audio.mastering import to_int16

    out = io.BytesIO()
    began = time.perf_counter()
    writer = encoding.Mp3Writer(out, bitrate)
    writer.encoder.set_quality(quality)
    pcm = to_int16(audio)
    for start in range(0, len(pcm), 1 << 16):
        writer.write(pcm[start:start + (1 << 16)])
    writer.close()
    took = time.perf_counter() - began
    out.seek(0)
    decoded, _ = soundfile.read(out, dtype="float32")
    return took, decoded[: len(audio)]


def _snr(reference: np.ndarray, decoded: np.ndarray) -> float:
    """Signal to coding noise, in dB: needs the decoder to start exactly where the audio did (gapless)."""
    noise = reference[: len(decoded)] - decoded
    return float(10 * np.log10(np.sum(reference[: len(decoded)] ** 2) / max(np.sum(noise ** 2), 1e-12)))


def _pesq(reference: np.ndarray, decoded: np.ndarray) -> float:
    from pesq import pesq
    from scipy.signal import resample_poly

    ref = resample_poly(reference, 160, 441)
    deg = resample_poly(np.pad(decoded, (0, len(reference) - len(decoded))), 160, 441)
    return float(pesq(16000, ref, deg, "wb"))


if __name__ == "__main__":
    sys.exit(main())
