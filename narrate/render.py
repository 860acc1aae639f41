"""The whole pipeline: article file in, finished episode and updated feed out."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from .article import load_article
from .assembly import ChapterMark, Track, assemble
from .encoding import Tags, encode_mp3, tag_mp3
from .episode import Episode, EpisodeChapter, episode_guid, slugify
from .errors import NarrateError
from .feed import Programme, write_feed
from .files import atomic_path
from .script import Script, build_script
from .synthesis import SynthesisSettings, synthesize_segments
from .voices import DEFAULT_VOICE, resolve_voice

TIMEZONE = ZoneInfo("Europe/Brussels")


@dataclass(frozen=True)
class RenderOptions:
    """Everything ``narrate render`` can be told."""

    voice: str = DEFAULT_VOICE
    """Narrator voice: an id in ``voices_dir`` or a path to an ``.onnx`` file."""

    episodes_dir: Path = Path("episodes")
    """Where the MP3, its manifest and ``feed.xml`` go."""

    voices_dir: Path = Path("voices")
    """Where installed voices live."""

    date: dt.date | None = None
    """Episode date; None means today in Brussels."""

    bitrate_kbps: int = 64
    """Constant MP3 bitrate."""

    synthesis: SynthesisSettings = field(default_factory=SynthesisSettings)
    """Piper's speaking rate and noise settings."""

    programme: Programme = field(default_factory=Programme)
    """The podcast the episode belongs to."""


@dataclass(frozen=True)
class RenderResult:
    """What a render wrote."""

    episode: Episode
    audio: Path
    manifest: Path
    feed: Path


def render(article_path: str | Path, options: RenderOptions) -> RenderResult:
    """Parse, script, synthesise, assemble, encode and publish one article."""
    voice = resolve_voice(options.voice, options.voices_dir)
    article = load_article(article_path)
    date = options.date or dt.datetime.now(TIMEZONE).date()
    script = build_script(article, date, programme=options.programme.title)
    clips = synthesize_segments(script.segments(), voice, options.synthesis)
    track = assemble(script, clips)
    episodes_dir = _writable_dir(options.episodes_dir)
    stem = f"{date.isoformat()}-{slugify(script.title)}"
    audio = episodes_dir / f"{stem}.mp3"
    _write_mp3(audio, track, script, options)
    episode = _episode(script, track, audio, voice.id)
    manifest = episode.save(episodes_dir)
    feed = write_feed(episodes_dir, options.programme)
    return RenderResult(episode=episode, audio=audio, manifest=manifest, feed=feed)


def _write_mp3(path: Path, track: Track, script: Script, options: RenderOptions) -> None:
    tags = Tags(
        title=script.title,
        artist=options.programme.author,
        album=options.programme.title,
        date=script.date,
        description=chapter_timestamps(track.chapters),
    )
    with atomic_path(path) as tmp:
        tmp.write_bytes(encode_mp3(track, options.bitrate_kbps))
        tag_mp3(tmp, tags, track.chapters)


def _episode(script: Script, track: Track, audio: Path, voice_id: str) -> Episode:
    return Episode(
        title=script.title,
        date=script.date,
        guid=episode_guid(script.title),
        audio=audio.name,
        size=audio.stat().st_size,
        duration_s=track.duration_ms / 1000,
        chapters=[_episode_chapter(mark) for mark in track.chapters],
        description=chapter_timestamps(track.chapters),
        voices=[voice_id],
        source=script.source,
        created=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
    )


def _episode_chapter(mark: ChapterMark) -> EpisodeChapter:
    return EpisodeChapter(mark.title, mark.start_ms, mark.end_ms, [_episode_chapter(c) for c in mark.children])


def chapter_timestamps(chapters: list[ChapterMark]) -> str:
    """Show-notes lines such as ``00:00 Intro``, which many apps turn into links.

    >>> print(chapter_timestamps([ChapterMark("Intro", 0, 5000), ChapterMark("Kanonnenvlees", 65_400, 99_000)]))
    00:00 Intro
    01:05 Kanonnenvlees
    """
    return "\n".join(f"{_clock(mark.start_ms)} {mark.title}" for mark in chapters)


def _clock(ms: int) -> str:
    minutes, seconds = divmod(ms // 1000, 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes:02d}:{seconds:02d}"


def _writable_dir(path: Path) -> Path:
    path = Path(path)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise NarrateError(f"cannot create episodes directory {path}: {exc.strerror}; choose another with --episodes-dir") from None
    if not os.access(path, os.W_OK):
        raise NarrateError(f"episodes directory {path} is not writable; fix its permissions or choose another with --episodes-dir")
    return path
