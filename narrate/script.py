"""Stage 2: an ``Article`` becomes a ``Script`` written for the ear.

A script is what will be spoken, in order: chapters of segments, each
segment with its text as written, its text as spoken and a voice slot.
Voice slots (``narrator``, ``quote-1``, …) are mapped to real voices at
render time, so a script stays valid whichever voices are installed.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import asdict, dataclass, field

from .article import Article

NARRATOR = "narrator"
"""Voice slot of the narrator."""


class Role(str, enum.Enum):
    """What a segment is, which decides its voice and pauses."""

    NARRATOR = "narrator"
    QUOTE = "quote"
    HEADING = "heading"


@dataclass
class Segment:
    """One stretch of speech by one voice."""

    role: Role
    """Narration, a quote, or a spoken heading."""

    text: str
    """The text as written in the article."""

    spoken: str
    """The text as the voice will say it (normalised for speech)."""

    voice: str = NARRATOR
    """Voice slot that speaks it: ``narrator`` or ``quote-N``."""

    speaker: str | None = None
    """Who said it, for quotes."""

    pause_ms: int = 600
    """Silence after this segment, in milliseconds."""


@dataclass
class Chapter:
    """A titled part of the episode; briefings nest articles' sections inside."""

    title: str
    """Chapter title as shown in podcast apps."""

    segments: list[Segment] = field(default_factory=list)
    """What is spoken in this chapter, before any sub-chapters."""

    chapters: list[Chapter] = field(default_factory=list)
    """Sub-chapters (the sections of one article in a briefing)."""


@dataclass
class Script:
    """Everything that will be spoken in one episode, with its metadata."""

    title: str
    """Episode title."""

    date: dt.date
    """Publication date of the episode."""

    chapters: list[Chapter]
    """Top-level chapters in order."""

    programme: str = "narrate"
    """Name of the podcast programme."""

    language: str = "nl-BE"
    """Language and variant of the speech (``nl-BE`` or ``nl-NL``)."""

    source: str | None = None
    """Where the article came from."""

    def segments(self) -> list[Segment]:
        """All segments in speaking order, through nested chapters."""
        return [seg for chapter in self.chapters for seg in _chapter_segments(chapter)]

    def to_dict(self) -> dict:
        data = asdict(self)
        data["date"] = self.date.isoformat()
        return data


def _chapter_segments(chapter: Chapter) -> list[Segment]:
    return chapter.segments + [seg for sub in chapter.chapters for seg in _chapter_segments(sub)]


def build_script(article: Article, date: dt.date, programme: str = "narrate") -> Script:
    """One chapter per article section, the heading spoken before its paragraphs."""
    chapters = []
    for section in article.sections:
        title = section.heading or article.title
        segments = [_narration(text, Role.NARRATOR) for text in section.paragraphs]
        spoken_title = section.heading or article.title
        segments.insert(0, _narration(spoken_title, Role.HEADING))
        chapters.append(Chapter(title=title, segments=segments))
    return Script(title=article.title, date=date, chapters=chapters, programme=programme, source=article.source)


def _narration(text: str, role: Role) -> Segment:
    return Segment(role=role, text=text, spoken=text)
