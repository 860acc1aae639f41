"""Loudness to ITU-R BS.1770-4 / EBU R128, measured block by block, and a true-peak limiter.

Both work on any length of audio in fixed memory: the meter keeps one
number per 100 ms, and the limiter reads the track through a window (see
``Limiter.process``), so a two-hour briefing costs no more RAM than a
two-minute one.

The meter is checked against pyloudnorm and ffmpeg's ``ebur128`` in the
tests; it is our own because neither measures a stream in pieces.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

# scipy is imported where it is used: it costs a second at start-up, which
# every command, ``narrate --help`` included, would otherwise pay.

ABSOLUTE_GATE_LUFS = -70.0
"""Blocks quieter than this are silence and do not count (BS.1770-4)."""

RELATIVE_GATE_LU = -10.0
"""Blocks this far below the ungated mean do not count either."""

OVERSAMPLING = 4
"""True peak is estimated at 4× the sample rate, as BS.1770-4 Annex 2 asks at 44.1/48 kHz."""


def k_weighting(rate: int) -> np.ndarray:
    """The two K-weighting biquads for ``rate`` as second-order sections.

    These are the BS.1770 pre-filter (a high shelf) and RLB filter (a high
    pass), re-derived for any sample rate the way libebur128 does it.

    >>> k_weighting(48000).round(8)[1, :3].tolist()
    [1.0, -2.0, 1.0]
    """
    shelf_f, shelf_gain_db, shelf_q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * shelf_f / rate)
    vh = 10 ** (shelf_gain_db / 20)
    vb = vh ** 0.4996667741545416
    a0 = 1 + k / shelf_q + k * k
    shelf = [(vh + vb * k / shelf_q + k * k) / a0, 2 * (k * k - vh) / a0, (vh - vb * k / shelf_q + k * k) / a0,
             1.0, 2 * (k * k - 1) / a0, (1 - k / shelf_q + k * k) / a0]
    pass_f, pass_q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * pass_f / rate)
    a0 = 1 + k / pass_q + k * k
    high_pass = [1.0, -2.0, 1.0, 1.0, 2 * (k * k - 1) / a0, (1 - k / pass_q + k * k) / a0]
    return np.array([shelf, high_pass])


def lufs(mean_square: float) -> float:
    """Loudness of a K-weighted mean square.

    >>> round(lufs(1.0), 3)
    -0.691
    >>> lufs(0.0)
    -inf
    """
    return -0.691 + 10 * math.log10(mean_square) if mean_square > 0 else -math.inf


class LoudnessMeter:
    """Integrated loudness of everything ``add``-ed so far, in LUFS.

    Keeps the K-weighted mean square of each 100 ms step; a gating block
    (400 ms, 75 % overlap) is the mean of four consecutive steps.
    """

    def __init__(self, rate: int):
        self.rate = rate
        self._sos = k_weighting(rate)
        self._state = np.zeros((2, 2))
        self._step = round(rate * 0.1)
        self._partial = np.zeros(0)
        self._steps: list[float] = []
        self._sum_squares = 0.0
        self._count = 0

    def add(self, samples: np.ndarray) -> None:
        if not len(samples):
            return
        weighted, self._state = k_weighted(self._sos, samples, self._state)
        self.add_squares(weighted * weighted)

    def add_squares(self, squares: np.ndarray) -> None:
        """Add K-weighted samples already squared (``MixMeter`` filters each piece once for two meters)."""
        self._sum_squares += float(np.sum(squares))
        self._count += len(squares)
        squares = np.concatenate([self._partial, squares])
        whole = len(squares) // self._step * self._step
        self._steps.extend(squares[:whole].reshape(-1, self._step).mean(axis=1).tolist())
        self._partial = squares[whole:]

    def integrated(self) -> float:
        """Gated integrated loudness; -inf when there are fewer than 400 ms or only silence."""
        return gated_loudness(np.array(self._steps))

    def loudness(self) -> float:
        """Integrated loudness, or for audio too short to gate, the plain K-weighted level."""
        gated = self.integrated()
        if math.isfinite(gated) or not self._count:
            return gated
        return lufs(self._sum_squares / self._count)


def k_weighted(sos: np.ndarray, samples: np.ndarray, state: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``samples`` through the K-weighting filter ``sos`` from ``state``; the output and the state after."""
    # A whisper of DC keeps the filter state out of denormal numbers after
    # a pause, where the float unit slows down forty-fold; its energy is
    # below 1e-40, far under the -70 LUFS gate.
    from scipy.signal import sosfilt

    return sosfilt(sos, np.asarray(samples, dtype=np.float64) + 1e-20, zi=state)


def gated_loudness(steps: np.ndarray) -> float:
    """Integrated loudness from the mean squares of consecutive 100 ms steps, gated as BS.1770-4 asks.

    >>> round(gated_loudness(np.full(10, 0.01)), 3), gated_loudness(np.zeros(10)), gated_loudness(np.ones(3))
    (-20.691, -inf, -inf)
    """
    if len(steps) < 4:
        return -math.inf
    blocks = (steps[:-3] + steps[1:-2] + steps[2:-1] + steps[3:]) / 4
    audible = blocks[blocks > _mean_square(ABSOLUTE_GATE_LUFS)]
    if not len(audible):
        return -math.inf
    relative_gate = lufs(float(audible.mean())) + RELATIVE_GATE_LU
    return lufs(float(audible[audible > _mean_square(relative_gate)].mean()))


class MixMeter:
    """Loudness and sample peak of a mix of pieces laid end to end, each voice slot levelled by a gain set later.

    Each piece is K-weighted once, on its own: its squares go to its slot's
    own meter (the voice's loudness, for levelling) and, by 100 ms step of
    the track, to the slot's share of the mix. The pieces do not overlap, so
    the mix's step is the slots' shares weighted by their gains squared; only
    a filter's ringing into a piece that starts within ``RING_S`` of the
    last one's end is missed, thousandths of a LU. So the mix is measured as
    the clips arrive, not in a pass over the laid-out track afterwards.
    """

    RING_S = 0.02
    """How long the K-weighting filter is followed past each piece's end (its tail is then below -60 dB)."""

    def __init__(self, rate: int):
        self.rate = rate
        self._sos = k_weighting(rate)
        self._step = round(rate * 0.1)
        self._ring = round(rate * self.RING_S)
        self.slots: dict[str, LoudnessMeter] = {}
        """Each slot's own meter, fed its pieces one after another, pauses left out."""
        self._shares: dict[str, np.ndarray] = {}
        self._peaks: dict[str, float] = {}

    def add(self, slot: str, start: int, samples: np.ndarray) -> None:
        """Add the piece ``samples`` of ``slot`` that starts at sample ``start`` of the track."""
        if not len(samples):
            return
        padded = np.concatenate([np.asarray(samples, dtype=np.float64), np.zeros(self._ring)])
        weighted, _ = k_weighted(self._sos, padded, np.zeros((2, 2)))
        squares = weighted * weighted
        self.slots.setdefault(slot, LoudnessMeter(self.rate)).add_squares(squares[: len(samples)])
        first, lead = divmod(start, self._step)
        sums = np.add.reduceat(np.concatenate([np.zeros(lead), squares]), np.arange(0, lead + len(squares), self._step))
        share = self._shares.get(slot, np.zeros(0))
        if len(share) < first + len(sums):
            share = np.concatenate([share, np.zeros(first + len(sums) - len(share))])
        share[first : first + len(sums)] += sums
        self._shares[slot] = share
        self._peaks[slot] = max(self._peaks.get(slot, 0.0), float(np.abs(samples).max()))

    def loudness(self, gains_db: dict[str, float], length: int) -> float:
        """Integrated loudness of the first ``length`` samples of the mix, each slot at its gain."""
        steps = np.zeros(length // self._step)
        for slot, share in self._shares.items():
            used = share[: len(steps)]
            steps[: len(used)] += used * db_to_gain(gains_db.get(slot, 0.0)) ** 2
        return gated_loudness(steps / self._step)

    def peak_db(self, gains_db: dict[str, float]) -> float:
        """Sample peak of the mix, in dBFS."""
        levelled = (level * db_to_gain(gains_db.get(slot, 0.0)) for slot, level in self._peaks.items())
        return gain_to_db(max(levelled, default=0.0))


def _mean_square(loudness: float) -> float:
    return 10 ** ((loudness + 0.691) / 10)


def db_to_gain(db: float) -> float:
    """Amplitude factor for a gain in dB.

    >>> round(db_to_gain(-6.0206), 4)
    0.5
    """
    return 10 ** (db / 20)


def gain_to_db(gain: float) -> float:
    """A level or gain in dB; -inf for silence.

    >>> round(gain_to_db(0.5), 2), gain_to_db(0.0)
    (-6.02, -inf)
    """
    return 20 * math.log10(gain) if gain > 0 else -math.inf


def _peak_db(x: np.ndarray) -> float:
    return gain_to_db(float(np.abs(x).max(initial=0.0)))


def true_peak_per_sample(x: np.ndarray) -> np.ndarray:
    """The highest absolute value of the 4×-oversampled signal around each sample.

    The samples themselves are included, so the estimate is never below the
    sample peak.
    """
    from scipy.signal import resample_poly

    if not len(x):
        return np.zeros(0)
    over = np.abs(resample_poly(x.astype(np.float32), OVERSAMPLING, 1)[: len(x) * OVERSAMPLING])
    # Strided maxima: numpy's max over a short last axis is several times slower.
    peaks = np.abs(x).astype(np.float32)
    for phase in range(OVERSAMPLING):
        np.maximum(peaks, over[phase::OVERSAMPLING], out=peaks)
    return peaks


class TruePeakMeter:
    """The true peak of a signal fed in consecutive blocks: its highest absolute value, 4× oversampled.

    One streaming resampler (libsoxr) runs through the whole signal, so block
    edges cost nothing and add no false peaks; about seven times as fast as
    ``true_peak_per_sample`` per block, which the limiter needs.
    """

    def __init__(self):
        import soxr

        self._stream = soxr.ResampleStream(1, OVERSAMPLING, 1, dtype="float32", quality="HQ")
        self.peak = 0.0
        """The highest absolute value so far, never below the sample peak."""

    def add(self, block: np.ndarray, last: bool = False) -> None:
        block = np.asarray(block, dtype=np.float32)
        over = self._stream.resample_chunk(block, last=last)
        self.peak = max(self.peak, float(np.abs(block).max(initial=0.0)), float(np.abs(over).max(initial=0.0)))


@dataclass(frozen=True)
class LimiterSettings:
    """How the true-peak limiter behaves."""

    ceiling_dbtp: float = -1.5
    """Highest true peak it lets through: 0.5 dB below the −1 dBTP promise, because MP3 coding adds overshoot."""

    lookahead_ms: float = 5.0
    """How early the gain starts to fall before a peak (the attack)."""

    hold_ms: float = 20.0
    """How long the gain stays down after a peak before it recovers."""

    release_db_per_s: float = 30.0
    """How fast the gain recovers after the hold."""


Source = Callable[[int, int], np.ndarray]
"""``read(start, stop)``: float samples of the track in that range, zeros outside it."""


class Limiter:
    """A look-ahead true-peak limiter that reads its input through a window.

    For each block it reads a little before and after, so the gain can start
    to fall before a peak and so the oversampling filter sees context;
    the only state carried between blocks is the last gain, for the release.
    """

    CONTEXT = 32
    """Extra samples each side for the oversampling filter (10 taps per phase, with margin)."""

    SAFE_BELOW_CEILING_DB = 3.0
    """A stretch whose sample peak is this far under the ceiling needs no oversampling:
    speech's peaks between samples exceed its sample peaks by well under 3 dB."""

    def __init__(self, rate: int, settings: LimiterSettings = LimiterSettings()):
        self.settings = settings
        # Even, so the attack's averaging window (lookahead + 1) has a centre sample.
        self.lookahead = max(2, round(rate * settings.lookahead_ms / 2000) * 2)
        self.hold = round(rate * settings.hold_ms / 1000)
        self.release_step = settings.release_db_per_s / rate
        self._last_gain_db = 0.0
        self.max_reduction_db = 0.0

    def process(self, read: Source, start: int, stop: int) -> np.ndarray:
        """Limited samples for [start, stop); call with consecutive ranges."""
        from scipy.ndimage import minimum_filter1d, uniform_filter1d

        pad = self.lookahead + self.hold + self.CONTEXT
        window = read(start - pad, stop + pad).astype(np.float32)
        if self._last_gain_db == 0.0 and _peak_db(window) < self.settings.ceiling_dbtp - self.SAFE_BELOW_CEILING_DB:
            return window[pad : pad + stop - start]  # nothing near the ceiling and no gain to recover: pass through
        peaks = true_peak_per_sample(window)
        with np.errstate(divide="ignore"):
            needed = np.minimum(0.0, self.settings.ceiling_dbtp - 20 * np.log10(np.maximum(peaks, 1e-12)))
        size = self.hold + self.lookahead + 1
        # down[n] = the lowest gain needed anywhere in [n - hold, n + lookahead] …
        down = minimum_filter1d(needed, size=size, origin=size // 2 - self.lookahead)
        # … then averaged over the look-ahead, so the gain glides down and still
        # reaches each peak's needed gain at the peak.
        attack = uniform_filter1d(down, size=self.lookahead + 1, origin=self.lookahead // 2)
        gain_db = self._release(attack[pad : pad + stop - start])
        self.max_reduction_db = min(self.max_reduction_db, float(gain_db.min(initial=0.0)))
        return window[pad : pad + stop - start] * 10 ** (gain_db / 20)

    def _release(self, attack: np.ndarray) -> np.ndarray:
        """gain[n] = min(attack[n], gain[n-1] + step): the gain rises at most ``step`` dB a sample.

        Written as a running minimum, which numpy computes without a Python loop:
        gain[n] = n·step + min over k ≤ n of (attack[k] − k·step).
        """
        if not len(attack):
            return attack
        ramp = np.arange(len(attack)) * self.release_step
        gain = np.minimum.accumulate(attack - ramp) + ramp
        gain = np.minimum(gain, self._last_gain_db + ramp + self.release_step)
        gain = np.minimum(gain, 0.0)
        self._last_gain_db = float(gain[-1])
        return gain
