"""The audio building blocks, each checked against an independent tool: pyloudnorm, ffmpeg, mutagen, mp3val, Pillow."""

from __future__ import annotations

import io
import json
import math
import subprocess

import mutagen.mp3
import numpy as np
import pyloudnorm
import pytest
import soundfile
from PIL import Image
from scipy.signal import resample_poly

from narrate.audio.assembly import Layout, assemble
from narrate.audio.cover import check_cover, draw_cover, episode_cover
from narrate.audio.encoding import encode_to_file
from narrate.errors import InputError
from narrate.audio.loudness import Limiter, LimiterSettings, LoudnessMeter, TruePeakMeter, true_peak_per_sample
from narrate.script.builder import Chapter, Role, Script, Segment

from .helpers.audio_scripts import DATE, make_clip
from .helpers.media import ebur128


def speechlike(seconds: float, rate: int, seed: int = 0) -> np.ndarray:
    """Noise in syllable-length bursts with pauses: loudness gating has something to do."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * rate)) / rate
    envelope = (np.sin(2 * np.pi * 3.3 * t) > -0.2) * (0.6 + 0.4 * np.sin(2 * np.pi * 0.25 * t))
    envelope[(t % 4) > 3.4] = 0  # a pause every four seconds
    return (0.1 * rng.standard_normal(len(t)) * envelope).astype(np.float32)


@pytest.mark.parametrize("rate", [16000, 22050, 44100])
def test_meter_agrees_with_pyloudnorm_and_theory(rate):
    sine = (0.1 * np.sin(2 * np.pi * 997 * np.arange(rate * 5) / rate)).astype(np.float32)
    meter = LoudnessMeter(rate)
    meter.add(sine)
    # BS.1770: a full-scale 1 kHz sine reads -3.01 LUFS, so -20 dB of it reads -23.01.
    assert meter.integrated() == pytest.approx(-23.01, abs=0.05)
    speech = speechlike(12, rate)
    meter = LoudnessMeter(rate)
    for start in range(0, len(speech), 7777):  # odd pieces: block boundaries must not matter
        meter.add(speech[start:start + 7777])
    assert meter.integrated() == pytest.approx(pyloudnorm.Meter(rate).integrated_loudness(speech.astype(np.float64)),
                                               abs=0.2)


def test_meter_gates_silence_and_short_audio():
    meter = LoudnessMeter(44100)
    meter.add(np.zeros(44100 * 3, dtype=np.float32))
    assert meter.integrated() == -math.inf
    short = LoudnessMeter(44100)
    short.add(speechlike(0.3, 44100))
    assert short.integrated() == -math.inf  # under one 400 ms block
    assert -40 < short.loudness() < -10  # but still has a level for voice matching


def test_limiter_keeps_true_peak_under_the_ceiling(tmp_path):
    rate = 44100
    loud = speechlike(6, rate) * 12  # peaks far above full scale
    limiter = Limiter(rate, LimiterSettings(ceiling_dbtp=-1.5))

    def read(start, stop):
        out = np.zeros(stop - start, dtype=np.float32)
        lo, hi = max(start, 0), min(stop, len(loud))
        if hi > lo:
            out[lo - start:hi - start] = loud[lo:hi]
        return out

    limited = np.concatenate([limiter.process(read, s, min(s + 10000, len(loud))) for s in range(0, len(loud), 10000)])
    wav = tmp_path / "limited.wav"
    soundfile.write(wav, limited, rate, subtype="FLOAT")
    _, peak = ebur128(wav)
    # The ceiling sits 0.5 dB under the -1 dBTP promise; full-band noise is the
    # worst case for 4x oversampling, and still stays under the promise, also
    # when measured at 16x.
    assert peak <= -1.0
    assert 20 * np.log10(np.abs(resample_poly(limited.astype(np.float64), 16, 1)).max()) <= -1.0
    assert limiter.max_reduction_db < -10  # it really had to work
    # Quiet passages are left alone: the limiter is not a compressor.
    quiet = np.flatnonzero(np.abs(loud) < 0.05)[5000:6000]
    assert np.allclose(limited[quiet], loud[quiet], atol=0.02)


@pytest.mark.parametrize("bitrate", [32, 64, 128])
def test_mp3_has_an_info_frame_readers_agree_on(tmp_path, bitrate):
    rate = 44100
    samples = np.zeros(rate * 3 + 123, dtype=np.int16)
    samples[rate:rate + 40] = 20000  # a click at exactly 1 s
    path = tmp_path / "click.mp3"
    info = encode_to_file(path, [samples[i:i + 5000] for i in range(0, len(samples), 5000)], bitrate)
    assert info.samples == len(samples)
    decoded = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-f", "s16le", "-ac", "1", "-"],
                             capture_output=True, check=True).stdout
    pcm = np.frombuffer(decoded, dtype=np.int16)
    assert len(pcm) == len(samples)  # ffmpeg dropped exactly LAME's priming and padding
    # The click is where it was: the lag that best lines the decoded audio up with the input is 0.
    window = slice(rate - 1152, rate + 1152)
    lags = np.correlate(pcm[window].astype(float), samples[window].astype(float), "full")
    assert int(np.argmax(lags)) - (1152 * 2 - 1) == 0
    mp3 = mutagen.mp3.MP3(path)
    assert mp3.info.bitrate_mode == mutagen.mp3.BitrateMode.CBR
    assert mp3.info.sample_rate == 44100 and mp3.info.channels == 1
    assert mp3.info.length == pytest.approx(len(samples) / rate, abs=0.001)
    report = subprocess.run(["mp3val", str(path)], capture_output=True, text=True).stdout
    assert "CBR" in report and "PROBLEM" not in report
    assert [line for line in report.splitlines() if line.startswith("WARNING") and "No supported tags" not in line] == []


def _segment(text: str, pause_ms: int, voice: str = "narrator") -> Segment:
    return Segment(role=Role.QUOTE if voice != "narrator" else Role.NARRATOR, text=text, spoken=text,
                   voice=voice, speaker="Jan" if voice != "narrator" else None, pause_ms=pause_ms)


def _tone_clip(seconds: float, rate: int, sentences: int = 1, amplitude: float = 0.3):
    n = int(seconds * rate)
    wave = (amplitude * 32767 * np.sin(2 * np.pi * 220 * np.arange(n) / rate)).astype(np.int16)
    return make_clip(np.array_split(wave, sentences), rate)


def test_layout_follows_the_script_pauses_and_chapter_starts(tmp_path):
    script = Script("Test", DATE, [
        Chapter("Een", [_segment("Eerste zin. Tweede zin.", 700), _segment("Derde.", 1500)]),
        Chapter("Twee", [_segment("Vierde.", 300, "quote-1")]),
    ])
    clips = [_tone_clip(1.0, 22050, 2), _tone_clip(0.5, 16000), _tone_clip(0.8, 22050)]
    with assemble(script, clips, Layout(), workdir=tmp_path) as track:
        cues = track.cues
        chapters = track.chapters
        assert [c.text for c in cues] == ["Eerste zin.", "Tweede zin.", "Derde.", "Vierde."]
        assert cues[0].start_ms == 0 and cues[1].start_ms == 500
        assert cues[2].start_ms - cues[1].end_ms == 700  # the script's pause, to the ms
        assert cues[3].start_ms - cues[2].end_ms == 1500
        assert chapters[1].start_ms == cues[3].start_ms  # a chapter starts with its first word
        assert chapters[0].end_ms == chapters[1].start_ms
        assert track.duration_ms == cues[3].end_ms + 300
        assert cues[3].speaker == "Jan" and cues[0].speaker is None
        # 16 kHz and 22.05 kHz clips both end up at 44.1 kHz with their length kept.
        assert cues[2].end_ms - cues[2].start_ms == 500
        audio = track.read(0, track.num_samples)
    # Fades: every clip starts and ends at (near) zero, so joins cannot click.
    for cue in (cues[0], cues[2], cues[3]):
        first = round(cue.start_ms * 44.1)
        assert abs(audio[first]) < 0.01


def test_voices_are_levelled_to_each_other(tmp_path):
    script = Script("Test", DATE, [Chapter("Een", [_segment("Luid.", 200), _segment("Stil.", 200, "quote-1")])])
    clips = [_tone_clip(2.0, 22050, amplitude=0.5), _tone_clip(2.0, 16000, amplitude=0.05)]
    with assemble(script, clips, Layout(), workdir=tmp_path) as track:
        assert track.voice_loudness["narrator"] - track.voice_loudness["quote-1"] == pytest.approx(20, abs=0.5)
        loud = track.read(0, 2 * 44100)
        quiet = track.read(round(track.cues[1].start_ms * 44.1), round(track.cues[1].end_ms * 44.1))
    meter = pyloudnorm.Meter(44100)
    assert meter.integrated_loudness(loud.astype(np.float64)) == pytest.approx(
        meter.integrated_loudness(quiet.astype(np.float64)), abs=0.5)


def test_mix_is_measured_as_the_clips_come_as_a_pass_over_the_track_would(tmp_path):
    # Levels, rates and pauses differ, one clip follows another with no pause at all, and the jingle is levelled
    # apart: the sum of the slots' shares must still be the mix, as metering the laid-out track finds it.
    script = Script("Test", DATE, [
        Chapter("Een", [_segment("Luid.", 0), _segment("Stil.", 350, "quote-1"), _segment("Lang.", 1200)]),
        Chapter("Twee", [_segment("Kort.", 80, "quote-2"), _segment("Slot.", 500)]),
    ])
    clips = [_tone_clip(1.3, 22050, amplitude=0.5), _tone_clip(2.1, 16000, amplitude=0.05),
             _tone_clip(0.9, 22050, amplitude=0.2), _tone_clip(0.4, 22050, amplitude=0.9),
             _tone_clip(3.0, 22050, amplitude=0.3)]
    jingle = tmp_path / "jingle.wav"
    soundfile.write(jingle, 0.6 * np.sin(2 * np.pi * 660 * np.arange(44100) / 44100), 44100)
    with assemble(script, clips, Layout(jingle=jingle), workdir=tmp_path) as track:
        audio = track.read(0, track.num_samples)
    meter = LoudnessMeter(44100)
    meter.add(audio)
    assert track.mix_loudness == pytest.approx(meter.integrated(), abs=0.005)
    assert track.mix_loudness == pytest.approx(pyloudnorm.Meter(44100).integrated_loudness(audio.astype(np.float64)),
                                               abs=0.05)
    assert track.mix_peak_db == pytest.approx(20 * np.log10(np.abs(audio).max()), abs=0.001)


def test_generated_cover_passes_apples_checks():
    cover = episode_cover("De Ochtendbriefing", "Poetin tergt Westen en China met inzet van Noord-Koreaanse "
                          "soldaten in oorlog Oekraïne", DATE)
    image = Image.open(io.BytesIO(cover.data))
    assert image.format == "JPEG" and image.mode == "RGB"
    assert image.size[0] == image.size[1] and 1400 <= image.size[0] <= 3000
    assert check_cover(cover.data) == "image/jpeg" and cover.extension == ".jpg"
    # Text is drawn: the image is far from a plain gradient.
    assert np.asarray(image.convert("L")).std() > 20


def _image_bytes(size, mode="RGB", kind="PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, "navy" if mode != "L" else 80).save(buffer, kind)
    return buffer.getvalue()


@pytest.mark.parametrize("data, words", [
    (_image_bytes((1400, 1200)), "square"),
    (_image_bytes((1000, 1000)), "1400–3000"),
    (_image_bytes((3200, 3200)), "1400–3000"),
    (_image_bytes((1400, 1400), "RGBA"), "RGB"),
    (_image_bytes((1400, 1400), "L"), "RGB"),
    (_image_bytes((1400, 1400), "RGB", "GIF"), "JPEG or PNG"),
    (b"not an image", "JPEG or PNG"),
], ids=["not-square", "too-small", "too-large", "alpha", "grey", "gif", "garbage"])
def test_user_cover_is_checked(data, words):
    with pytest.raises(InputError, match=words):
        check_cover(data, "mine.png")


def test_cover_draws_long_titles_inside_the_frame():
    image = draw_cover("narrate", "Een " + "heel " * 60 + "lange titel", DATE)
    pixels = np.asarray(image.convert("L"))
    # The right-hand margin stays clear: nothing ran off the edge.
    assert pixels[:, -60:].std() < 25


def test_chapters_json_doc_is_valid_json(tmp_path):
    from narrate.audio import ChapterMark, json_chapters

    doc = json_chapters([ChapterMark("Intro", 0, 1000), ChapterMark("Art", 1000, 5000,
                                                                      [ChapterMark("Sectie", 2000, 5000)])])
    assert json.loads(json.dumps(doc))["chapters"][2] == {"startTime": 2.0, "title": "Sectie", "toc": True}


def test_true_peak_meter_finds_the_peak_between_samples_across_blocks():
    rate = 44100
    # A quarter-rate sine a half step off: every sample sits at 0.707 of the crest the sine reaches between them.
    t = np.arange(rate) / rate
    wave = (0.5 * np.sin(2 * np.pi * rate / 4 * t + np.pi / 4)).astype(np.float32)
    assert float(np.abs(wave).max()) == pytest.approx(0.3536, abs=1e-3)
    meter = TruePeakMeter()
    for start in range(0, len(wave), 1000):
        meter.add(wave[start:start + 1000])
    meter.add(np.zeros(0, dtype=np.float32), last=True)
    assert meter.peak == pytest.approx(0.5, abs=0.01)
    assert meter.peak == pytest.approx(float(true_peak_per_sample(wave).max()), abs=0.01)


@pytest.mark.parametrize("rate", [16000, 22050, 24000])
def test_resampling_to_the_episode_rate_keeps_length_and_time(rate):
    from narrate.audio.signal import to_episode_rate

    clip = np.zeros(rate + 7, dtype=np.int16)
    clip[rate // 2] = 20000  # a click half a second in
    out = to_episode_rate(clip, rate)
    assert len(out) == math.ceil(len(clip) * 44100 / rate)
    # Linear phase: the click stays half a second in, to within a sample of the new rate.
    assert abs(int(np.argmax(np.abs(out))) - 22050) <= 1
    # A voice's band passes unchanged in level: a 1 kHz tone keeps its RMS.
    t = np.arange(rate) / rate
    tone = (np.sin(2 * np.pi * 1000 * t) * 10000).astype(np.int16)
    level = np.sqrt(np.mean(to_episode_rate(tone, rate)[2000:-2000] ** 2))
    assert abs(level - 10000 / 32768 / math.sqrt(2)) < 0.002
