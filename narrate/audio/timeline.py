"""Timeline types: where chapters and spoken sentences lie in the finished track, in milliseconds."""

from __future__ import annotations

from dataclasses import dataclass, field

EPISODE_RATE = 44100
"""Podcast MP3s are 44.1 kHz; Piper voices are 16 or 22.05 kHz and get resampled."""


@dataclass
class ChapterMark:
    """A chapter's place in the finished track."""

    title: str
    """Chapter title."""

    start_ms: int
    """Start, in milliseconds from the beginning of the track."""

    end_ms: int
    """End, in milliseconds; equals the next chapter's start (for a parent: the end of its last child)."""

    children: list[ChapterMark] = field(default_factory=list)
    """Sub-chapters (an article's sections in a briefing)."""

    url: str | None = None
    """Link to the article the chapter comes from, if known."""


@dataclass
class Cue:
    """One spoken sentence and when it is heard."""

    start_ms: int
    """When the sentence starts, in ms from the beginning of the track."""

    end_ms: int
    """When it ends."""

    text: str
    """The sentence as written (or as spoken, where the two cannot be matched)."""

    speaker: str | None = None
    """Who is quoted; None for the narrator."""

    voice: str = "narrator"
    """The voice slot that speaks it."""

    chapter: tuple[int, ...] = ()
    """Path to the innermost chapter it belongs to: (2,) is the third top-level chapter, (2, 0) its first child."""



def samples_to_ms(samples: int, rate: int = EPISODE_RATE) -> int:
    """Milliseconds, rounded, so that chapter and cue times round the same way.

    >>> samples_to_ms(44100), samples_to_ms(22)
    (1000, 0)
    """
    return round(samples * 1000 / rate)
