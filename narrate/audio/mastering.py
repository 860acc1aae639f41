"""Mastering: the laid-out track levelled to the target loudness under the true-peak ceiling, and encoded.

Mastering reads the laid-out track block by block (``Track.read``), so
memory does not grow with the episode. Assembly has measured the mix as the
clips came (``Track.mix_loudness``); if its peaks come near the ceiling,
limiter passes (each spooled to a temp file and measured) find the gain that
lands it on the target; the last one is encoded, and the MP3 is decoded and
measured as LAME writes it (``Mp3Meter``); only if the encoder moved it off
target is it mastered and encoded again. Speech clear of the ceiling takes
one pass after the last clip: encoding, with the check beside it.
"""

from __future__ import annotations

import dataclasses
import math
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .assembly import Layout, Track
from .cover import load_cover
from .encoding import DEFAULT_BITRATE_KBPS, Mp3Info, Mp3Writer, check_bitrate
from ..files import TEMP_PREFIX, atomic_path
from .signal import check_jingle
from .loudness import Limiter, LimiterSettings, LoudnessMeter, db_to_gain
from .mp3meter import Mp3Meter
from ..testhooks import paused_after

BLOCK = 1 << 16
"""Samples per mastering block (about 1.5 s): big enough for numpy, small enough to keep memory flat."""

GAIN_PASSES = 5
"""At most this many limiter passes to find the gain; each takes about 1 % of the episode's length."""

LOUDNESS_TOLERANCE_LU = 0.2
"""Close enough to the target: well inside the ±1 LU podcast apps ask for."""

CODEC_HEADROOM_DB = 1.0
"""The limiter's ceiling sits this far under the true-peak promise, for the MP3 coder's overshoot."""

ENCODE_TRIES = 3
"""Encodes at most, when the decoded MP3 misses its loudness or peak target."""

EXPECTED_CODEC_CHANGE_LU = -0.3
"""What LAME at 64 kbit/s was seen to do to speech loudness (−0.2 to −0.4 LU); aimed off for up front."""

MP3_TOLERANCE_LU = 0.5
"""How far the decoded MP3 may land from the target before it is encoded again: half the ±1 LU
podcast apps allow, and more than the 0.2–0.4 LU the coder takes off noisy voices."""


@dataclass(frozen=True)
class AudioSettings:
    """How the episode should sound and what goes in and beside the MP3."""

    loudness_lufs: float = -16.0
    """Integrated loudness of the whole episode (Apple's guidance: −16)."""

    true_peak_dbtp: float = -1.0
    """Highest true peak allowed in the MP3."""

    bitrate_kbps: int = DEFAULT_BITRATE_KBPS
    """Constant MP3 bitrate; 64 kbit/s mono is plenty for speech."""

    jingle: Path | None = None
    """WAV or FLAC played before the first word and after the last."""

    cover: Path | None = None
    """The user's own cover art (square JPEG/PNG, 1400–3000 px, RGB); None draws one."""

    chapter_images: bool = True
    """Put a small image with the chapter's title in each chapter frame."""

    layout: Layout = field(default_factory=Layout)
    """Lead-in, jingle gaps, fades and voice levelling."""

    def __post_init__(self):
        # Checked when the options are made, so a bad file fails before any speech is synthesised.
        check_bitrate(self.bitrate_kbps)
        if self.cover:
            load_cover(self.cover)
        if self.jingle:
            check_jingle(self.jingle)

    @property
    def limiter(self) -> LimiterSettings:
        # MP3 coding noise lifts true peaks, at 64 kbit/s by up to a dB on
        # noisy voices; AES TD1008 asks low-bitrate masters to leave that room.
        return LimiterSettings(ceiling_dbtp=self.true_peak_dbtp - CODEC_HEADROOM_DB)


def audio_settings(options: dict) -> AudioSettings:
    """``AudioSettings`` from command-line values, taking (popping) the ones that belong to it.

    >>> values = {"loudness_lufs": -18.0, "voice": "x"}
    >>> audio_settings(values).loudness_lufs, values
    (-18.0, {'voice': 'x'})
    """
    names = ("loudness_lufs", "true_peak_dbtp", "jingle", "cover", "chapter_images")
    return AudioSettings(**{name: options.pop(name) for name in names if options.get(name) is not None})


@dataclass
class Mastering:
    """What mastering did and measured."""

    loudness_lufs: float
    """Integrated loudness of the mastered audio."""

    true_peak_dbtp: float
    """Highest true peak of the mastered audio, before MP3 coding."""

    gain_db: float
    """Gain applied to the levelled mix."""

    limiter_db: float
    """Deepest gain reduction by the limiter (0 or negative)."""

    mp3: Mp3Info = field(default_factory=Mp3Info)
    """What the encoder wrote."""


def write_mp3(path: Path, track: Track, settings: AudioSettings) -> Mastering:
    """Master ``track`` to the target loudness under the true-peak ceiling and encode it to ``path``, atomically.

    The MP3 is then decoded and measured, because the encoder changes both
    figures a little (it takes a few tenths of a LU off, and its coding
    noise lifts peaks); when it misses, the track is mastered and encoded
    once more, aiming off by what the encoder was seen to change.
    """
    path = Path(path)
    target = settings.loudness_lufs
    limiter = settings.limiter
    measured, peak_db = track.mix_loudness, track.mix_peak_db
    if not math.isfinite(measured):
        measured = target  # silence: nothing to level
    gain_db = target - measured
    codec_change = EXPECTED_CODEC_CHANGE_LU
    headroom = 0.0
    aim = target
    with tempfile.TemporaryFile(prefix=TEMP_PREFIX, dir=path.parent) as spool, atomic_path(path) as tmp:
        for attempt in range(ENCODE_TRIES):
            previous_aim, aim = aim, target - codec_change - headroom
            gain_db += aim - previous_aim  # the last gain, moved by as much as the aim moved: a close first guess
            gain_db, blocks, reduction, before = _master(track, aim, gain_db, measured, peak_db, limiter, spool)
            with open(tmp, "wb") as fh, Mp3Meter() as meter:
                writer = Mp3Writer(fh, settings.bitrate_kbps, on_frames=meter.add)
                for block in paused_after("encoding", blocks, 1):
                    writer.write(to_int16(block))
                info = writer.close()
                loudness, peak = meter.finish(info.samples)
            excess = peak - settings.true_peak_dbtp
            if not math.isfinite(loudness) or (abs(target - loudness) <= MP3_TOLERANCE_LU and excess <= 0):
                break
            codec_change = loudness - before
            if excess > 0 and attempt == 0:
                # Peaks the limiter let through and the coder lifted: a lower ceiling helps.
                limiter = dataclasses.replace(limiter, ceiling_dbtp=limiter.ceiling_dbtp - excess - 0.5)
            elif excess > 0:
                # The coder's own noise on a noisy voice: only a lower level helps.
                headroom += excess + 0.1
    return Mastering(loudness, peak, gain_db, reduction, info)


def _master(track: Track, aim_lufs: float, gain_db: float, measured: float, peak_db: float,
            settings: LimiterSettings, spool) -> tuple[float, Iterable[np.ndarray], float, float]:
    """Gain, blocks, deepest limiting and loudness of the mix limited to ``aim_lufs``.

    Limiting takes loudness off, the more so the harder it works, so the
    gain is found by the secant method, each try limited into ``spool``
    and measured; the last try is encoded from the spool, so the limiter
    runs once per try, not once more for the encoder. Speech that stays
    clear of the ceiling skips all this.
    """
    if peak_db + (aim_lufs - measured) < settings.ceiling_dbtp - Limiter.SAFE_BELOW_CEILING_DB:
        gain_db = aim_lufs - measured
        gained = _gained(track, gain_db)
        return gain_db, (gained(start, stop) for start, stop in track.blocks(BLOCK)), 0.0, aim_lufs
    previous: tuple[float, float] | None = None
    for _ in range(GAIN_PASSES):
        loudness, reduction = _limit_into(spool, track, gain_db, settings)
        error = aim_lufs - loudness
        if abs(error) <= LOUDNESS_TOLERANCE_LU or not math.isfinite(loudness):
            break
        slope = 1.0
        if previous is not None and gain_db != previous[0]:
            slope = min(1.0, max(0.1, (loudness - previous[1]) / (gain_db - previous[0])))
        previous = (gain_db, loudness)
        gain_db += max(-12.0, min(12.0, error / slope))
    else:
        loudness, reduction = _limit_into(spool, track, gain_db, settings)  # the spool must hold the last gain
    return gain_db, _spooled_blocks(spool), reduction, loudness


def _limit_into(spool, track: Track, gain_db: float, settings: LimiterSettings) -> tuple[float, float]:
    """Limit the mix at ``gain_db`` into ``spool`` (float32); its loudness and the deepest gain reduction."""
    spool.seek(0)
    spool.truncate()
    meter = LoudnessMeter(track.sample_rate)
    limiter = Limiter(track.sample_rate, settings)
    gained = _gained(track, gain_db)
    for start, stop in track.blocks(BLOCK):
        block = limiter.process(gained, start, stop).astype(np.float32)
        meter.add(block)
        spool.write(block.tobytes())
    spool.flush()
    return meter.integrated(), limiter.max_reduction_db


def _spooled_blocks(spool) -> Iterator[np.ndarray]:
    spool.seek(0)
    while data := spool.read(BLOCK * 4):
        yield np.frombuffer(data, dtype=np.float32)


def _gained(track: Track, gain_db: float):
    gain = db_to_gain(gain_db)
    return lambda start, stop: track.read(start, stop) * gain


def to_int16(block: np.ndarray) -> np.ndarray:
    """16-bit samples, clipped (the limiter has already kept peaks under full scale).

    >>> to_int16(np.array([0.5, -1.2, 1.0])).tolist()
    [16384, -32768, 32767]
    """
    return np.clip(np.round(block * 32768.0), -32768, 32767).astype(np.int16)


