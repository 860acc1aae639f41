"""Timeline types: where chapters and spoken sentences lie in the finished track, in milliseconds."""

from __future__ import annotations

from dataclasses import dataclass

EPISODE_RATE = 44100
"""Podcast MP3s are 44.1 kHz; Piper voices are 16 or 22.05 kHz and get resampled."""


@dataclass(frozen=True)
class ChapterMark:
    """A chapter's place in the finished track: the one chapter type from assembly to the feed.

    Assembly makes the tree (an article's sections as its children); the ID3
    frames, the JSON chapters, the manifest and the feed all read it.
    ``flatten`` and ``read_chapters`` list chapters in listening order, with
    ``depth`` and ``number`` filled in and no children.
    """

    title: str
    """Chapter title."""

    start_ms: int
    """Start, in milliseconds from the beginning of the track."""

    end_ms: int
    """End, in milliseconds; equals the next chapter's start (for a parent: the end of its last child)."""

    children: tuple[ChapterMark, ...] = ()
    """Sub-chapters (an article's sections in a briefing)."""

    url: str | None = None
    """Link to the article the chapter comes from, if known."""

    depth: int = 0
    """0 for top-level chapters, 1 for an article's sections."""

    number: int = 0
    """1-based position in listening order, in a listing; 0 in the tree."""

    def __post_init__(self):
        object.__setattr__(self, "children", tuple(self.children))


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


def clock(ms: int, padded: bool = True) -> str:
    """``mm:ss``, or ``h:mm:ss`` from an hour on, as show notes and chapter lists write times.

    ``padded=False`` drops the leading zero of the minutes, as a progress bar writes ``0:05``.

    >>> clock(65_400), clock(3_725_000), clock(5_000, padded=False)
    ('01:05', '1:02:05', '0:05')
    """
    minutes, seconds = divmod(int(ms) // 1000, 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes:02d}:{seconds:02d}" if padded else f"{minutes}:{seconds:02d}"
