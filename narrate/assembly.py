"""Stage 4: clips become one audio track with pauses and exact chapter times."""

from __future__ import annotations

from collections.abc import Iterable
import warnings
from dataclasses import dataclass, field

with warnings.catch_warnings():
    # pydub warns at import when ffmpeg is missing; narrate only feeds it raw PCM.
    warnings.simplefilter("ignore", RuntimeWarning)
    from pydub import AudioSegment

from .script import Chapter, Script
from .synthesis import Clip

EPISODE_RATE = 44100
"""Podcast MP3s are 44.1 kHz; Piper voices are 16 or 22.05 kHz and get resampled."""

FADE_MS = 5
"""A clip that starts or ends mid-waveform clicks; a few ms of fade removes it."""


@dataclass
class ChapterMark:
    """A chapter's place in the finished track."""

    title: str
    """Chapter title."""

    start_ms: int
    """Start, in milliseconds from the beginning of the track."""

    end_ms: int
    """End, in milliseconds; equals the next chapter's start."""

    children: list[ChapterMark] = field(default_factory=list)
    """Sub-chapters (an article's sections in a briefing)."""


@dataclass
class Track:
    """The finished episode audio, before encoding."""

    pcm: bytes
    """Mono 16-bit little-endian PCM."""

    sample_rate: int
    """Samples per second of ``pcm``."""

    chapters: list[ChapterMark]
    """Top-level chapters, contiguous from 0 to the end of the track."""

    @property
    def num_samples(self) -> int:
        return len(self.pcm) // 2

    @property
    def duration_ms(self) -> int:
        return _ms(self.num_samples, self.sample_rate)


def assemble(script: Script, clips: Iterable[Clip], sample_rate: int = EPISODE_RATE) -> Track:
    """Lay the clips end to end with each segment's pause after it.

    Pieces are collected in a list and joined once: pydub's ``+`` copies the
    whole track each time, which is quadratic in episode length.
    """
    builder = _TrackBuilder(sample_rate, iter(clips))
    marks = [builder.add_chapter(chapter) for chapter in script.chapters]
    _close_chapters(marks, builder.duration_ms)
    return Track(pcm=b"".join(builder.pieces), sample_rate=sample_rate, chapters=marks)


class _TrackBuilder:
    def __init__(self, sample_rate: int, clips):
        self.sample_rate = sample_rate
        self.clips = clips
        self.pieces: list[bytes] = []
        self.samples = 0

    @property
    def duration_ms(self) -> int:
        return _ms(self.samples, self.sample_rate)

    def add_chapter(self, chapter: Chapter) -> ChapterMark:
        mark = ChapterMark(title=chapter.title, start_ms=self.duration_ms, end_ms=0)
        for segment in chapter.segments:
            self._append(_prepare(next(self.clips), self.sample_rate))
            self._append(AudioSegment.silent(duration=segment.pause_ms, frame_rate=self.sample_rate))
        mark.children = [self.add_chapter(sub) for sub in chapter.chapters]
        return mark

    def _append(self, audio: AudioSegment) -> None:
        self.pieces.append(audio.raw_data)
        self.samples += len(audio.raw_data) // 2


def _prepare(clip: Clip, sample_rate: int) -> AudioSegment:
    audio = AudioSegment(data=clip.samples.tobytes(), sample_width=2, frame_rate=clip.sample_rate, channels=1)
    audio = audio.set_frame_rate(sample_rate)
    return audio.fade_in(FADE_MS).fade_out(FADE_MS)


def _close_chapters(marks: list[ChapterMark], end_ms: int) -> None:
    """Each chapter ends where the next begins; the last one at ``end_ms``."""
    for mark, following in zip(marks, marks[1:] + [None]):
        mark.end_ms = following.start_ms if following else end_ms
        _close_chapters(mark.children, mark.end_ms)


def _ms(samples: int, rate: int) -> int:
    return round(samples * 1000 / rate)
