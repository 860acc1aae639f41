"""Stage 4: clips become one episode track, with exact chapter and sentence times.

Who owns which silence:

- the script owns every pause between segments, chapter ends included
  (``Segment.pause_ms``, set from ``script.Pauses``): an editor lengthens
  one pause by editing the script, and assembly lays out exactly that;
- assembly owns what lies outside the speech (``Layout``): the lead-in
  before the first word, the jingle and the gaps around it, and the short
  fades at every clip edge that keep joins from clicking.

Each chapter starts on the first sample of its first clip, so its first
transcript cue starts exactly with it, and ends where the next begins
(the pause after a chapter belongs to that chapter). The first chapter
starts at 0 and so also holds the lead-in and the opening jingle.

Clips are resampled to 44.1 kHz, faded and levelled per voice, then kept
in an unlinked temporary file beside the episode rather than in memory:
``Track.read`` mixes any stretch of the episode from it on demand, so
mastering and encoding run in blocks and memory stays flat however long
the episode is.
"""

from __future__ import annotations

import math
import os
import tempfile
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from ..files import TEMP_PREFIX
from .cues import sentence_cues
from .loudness import MixMeter, db_to_gain
from ..script import Chapter, Script, Segment
from .signal import as_float, faded_pcm, high_pass, load_jingle, pcm_samples, to_episode_rate
from ..synthesis import Clip
from .timeline import EPISODE_RATE, ChapterMark, Cue, samples_to_ms

JINGLE_SLOT = "jingle"
"""The jingle is levelled like a voice, under this name."""


@dataclass(frozen=True)
class Layout:
    """The silences and levels assembly adds around the script's own pauses."""

    lead_in_ms: int = 0
    """Silence before the first word (after the jingle, if any). Piper clips start with a little air already."""

    fade_ms: float = 5.0
    """Fade at both ends of every clip: a clip that starts or stops mid-waveform clicks."""

    high_pass_hz: float = 60.0
    """Rumble and DC below this are removed from every voice: inaudible in speech, yet they eat headroom."""

    jingle: Path | None = None
    """A WAV or FLAC file played before the first word and after the last one."""

    jingle_gap_ms: int = 600
    """Silence between the jingle and the speech."""

    jingle_fade_ms: float = 30.0
    """Fade at both ends of the jingle."""

    jingle_below_speech_lu: float = 3.0
    """The jingle sits this much below the speech, so it never shouts over it."""

    voice_level_lufs: float = -16.0
    """Every voice is brought to this loudness before mixing; mastering sets the final level."""

    max_voice_gain_db: float = 24.0
    """Largest correction for one voice, so a nearly silent clip is not blown up into noise."""


@dataclass
class _Placement:
    start: int
    """First sample in the track."""

    offset: int
    """First sample in the spool."""

    length: int
    """Number of samples."""

    slot: str
    """Voice slot, whose gain applies."""


class Track:
    """The laid-out episode: where every clip goes, its chapters and cues.

    Audio is mixed on demand by ``read``; use as a context manager (or call
    ``close``) to release the spool file.
    """

    def __init__(self, spool: _Spool, placements: list[_Placement], num_samples: int,
                 chapters: list[ChapterMark], cues: list[Cue], voice_gains_db: dict[str, float],
                 voice_loudness: dict[str, float], mix_loudness: float, mix_peak_db: float,
                 sample_rate: int = EPISODE_RATE):
        self._spool = spool
        self._placements = placements
        self._starts = [p.start for p in placements]
        self.num_samples = num_samples
        """Length of the track in samples."""
        self.sample_rate = sample_rate
        """Samples per second."""
        self.chapters = chapters
        """Top-level chapters, contiguous from 0 to the end of the track."""
        self.cues = cues
        """Every spoken sentence, in order."""
        self.voice_gains_db = voice_gains_db
        """Gain applied to each voice slot to level it."""
        self.voice_loudness = voice_loudness
        """Each voice slot's own loudness before levelling, in LUFS."""
        self.mix_loudness = mix_loudness
        """Integrated loudness of the levelled mix (what ``read`` gives), in LUFS, measured as the clips came."""
        self.mix_peak_db = mix_peak_db
        """Sample peak of the levelled mix, in dBFS."""

    @property
    def duration_ms(self) -> int:
        return samples_to_ms(self.num_samples, self.sample_rate)

    def read(self, start: int, stop: int) -> np.ndarray:
        """Float samples of [start, stop), levelled per voice; zeros outside the track."""
        out = np.zeros(max(0, stop - start), dtype=np.float32)
        first = max(0, bisect_right(self._starts, start) - 1)
        for placement in self._placements[first:]:
            if placement.start >= stop:
                break
            lo = max(start, placement.start)
            hi = min(stop, placement.start + placement.length)
            if hi <= lo:
                continue
            piece = self._spool.read(placement.offset + lo - placement.start, hi - lo)
            out[lo - start : hi - start] = piece * db_to_gain(self.voice_gains_db.get(placement.slot, 0.0))
        return out

    def blocks(self, size: int = 1 << 16) -> Iterator[tuple[int, int]]:
        """Consecutive (start, stop) ranges that cover the track."""
        for start in range(0, self.num_samples, size):
            yield start, min(start + size, self.num_samples)

    def close(self) -> None:
        self._spool.close()

    def __enter__(self) -> Track:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class _Spool:
    """Float32 clips appended to an unlinked temp file, read back by offset.

    Read with ``pread`` rather than a memory map: mapped pages would count
    as the process's own memory, growing with the episode.
    """

    def __init__(self, directory: Path | None):
        self._file = tempfile.TemporaryFile(prefix=TEMP_PREFIX, dir=directory)
        self.length = 0

    def append(self, samples: np.ndarray) -> int:
        offset = self.length
        self._file.write(np.ascontiguousarray(samples, dtype=np.float32).tobytes())
        self.length += len(samples)
        return offset

    def read(self, offset: int, count: int) -> np.ndarray:
        self._file.flush()
        data = os.pread(self._file.fileno(), count * 4, offset * 4)
        return np.frombuffer(data, dtype=np.float32)

    def close(self) -> None:
        self._file.close()


def assemble(script: Script, clips: Iterable[Clip], layout: Layout = Layout(), workdir: Path | None = None) -> Track:
    """Lay the clips (one per segment, in script order) out into a track.

    ``workdir`` holds the spool file: pass the episodes directory, which is
    on disk, rather than a RAM-backed /tmp.
    """
    builder = _TrackBuilder(layout, iter(clips), _Spool(workdir))
    try:
        return builder.build(script)
    except BaseException:
        builder.spool.close()
        raise


class _TrackBuilder:
    def __init__(self, layout: Layout, clips: Iterator[Clip], spool: _Spool):
        self.layout = layout
        self.clips = clips
        self.spool = spool
        self.placements: list[_Placement] = []
        self.cues: list[Cue] = []
        self.meter = MixMeter(EPISODE_RATE)
        self.position = 0
        self.last_pause = 0

    def build(self, script: Script) -> Track:
        jingle = load_jingle(self.layout.jingle, self.layout.jingle_fade_ms) if self.layout.jingle else None
        if jingle is not None:
            self._place(jingle, JINGLE_SLOT)
            self.position += _samples(self.layout.jingle_gap_ms)
        self.position += _samples(self.layout.lead_in_ms)
        marks = [mark for index, chapter in enumerate(script.chapters)
                 if (mark := self._add_chapter(chapter, (index,), script.source)) is not None]
        if jingle is not None:
            # The script's pause after the last word gives way to the jingle gap.
            self.position += _samples(self.layout.jingle_gap_ms) - self.last_pause
            self._place(jingle, JINGLE_SLOT)
        self._check_clips_used_up()
        if marks:
            marks[0] = replace(marks[0], start_ms=0)
        marks = _close_chapters(marks, samples_to_ms(self.position))
        loudness = {slot: meter.loudness() for slot, meter in self.meter.slots.items()}
        gains = self._gains(loudness)
        return Track(self.spool, self.placements, self.position, marks, self.cues, gains, loudness,
                     self.meter.loudness(gains, self.position), self.meter.peak_db(gains))

    def _add_chapter(self, chapter: Chapter, path: tuple[int, ...], url: str | None) -> ChapterMark | None:
        url = getattr(chapter, "url", None) or getattr(chapter, "source", None) or url
        start = self.position
        spoke = False
        for segment in chapter.segments:
            self._add_segment(segment, path)
            spoke = True
        children = [mark for index, sub in enumerate(chapter.chapters)
                    if (mark := self._add_chapter(sub, path + (index,), url)) is not None]
        if not spoke and not children:
            return None  # nothing to hear: an empty chapter would be a zero-length CHAP
        start_ms = samples_to_ms(start) if spoke else children[0].start_ms
        return ChapterMark(title=chapter.title, start_ms=start_ms, end_ms=0, children=tuple(children), url=_web_url(url),
                           depth=len(path) - 1)

    def _add_segment(self, segment: Segment, path: tuple[int, ...]) -> None:
        clip = next(self.clips, None)
        if clip is None:
            raise ValueError("fewer clips than script segments")
        pcm = pcm_samples(faded_pcm(clip, self.layout.fade_ms))
        # Filtered at the voice's own rate (a 22.05 kHz voice has half the episode's samples), then resampled.
        audio = to_episode_rate(high_pass(as_float(pcm), self.layout.high_pass_hz, clip.sample_rate), clip.sample_rate)
        start = self.position
        self._place(audio, segment.voice)
        self.cues += sentence_cues(segment, clip, start, path)
        pause = _samples(segment.pause_ms)
        self.position += pause
        self.last_pause = pause

    def _place(self, audio: np.ndarray, slot: str) -> None:
        if len(audio):
            offset = self.spool.append(audio)
            self.placements.append(_Placement(self.position, offset, len(audio), slot))
            self.meter.add(slot, self.position, audio)
        self.position += len(audio)

    def _check_clips_used_up(self) -> None:
        if next(self.clips, None) is not None:
            raise ValueError("more clips than script segments")

    def _gains(self, loudness: dict[str, float]) -> dict[str, float]:
        gains = {}
        for slot, level in loudness.items():
            target = self.layout.voice_level_lufs
            if slot == JINGLE_SLOT:
                target -= self.layout.jingle_below_speech_lu
            limit = self.layout.max_voice_gain_db
            gains[slot] = min(limit, max(-limit, target - level)) if math.isfinite(level) else 0.0
        return gains


def _close_chapters(marks: list[ChapterMark], end_ms: int) -> list[ChapterMark]:
    """The chapters, each ending where the next begins and the last one at ``end_ms``."""
    closed = []
    for mark, following in zip(marks, marks[1:] + [None]):
        end = following.start_ms if following else end_ms
        closed.append(replace(mark, end_ms=end, children=tuple(_close_chapters(list(mark.children), end))))
    return closed


def _web_url(url: str | None) -> str | None:
    return url if url and url.startswith(("http://", "https://")) else None


def _samples(ms: float) -> int:
    return round(EPISODE_RATE * ms / 1000)
