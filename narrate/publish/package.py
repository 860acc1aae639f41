"""Stages 4–5 together: a script and its clips become a finished episode on disk.

Order matters: the user's cover and jingle are checked before the first
clip is synthesised (clips arrive lazily), so a bad file fails in a second
rather than after minutes of speech; every file is written atomically; and
the manifest comes last, so the feed never sees half an episode. Mastering is ``audio.mastering``'s.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ..audio import (SRT_TYPE, TEXT_TYPE, VTT_TYPE, AudioSettings, ChapterMark, CoverImage, Layout, Mastering,
                     Picture, Tags, Track, assemble, chapter_image, engine, episode_cover, flatten, json_chapters,
                     load_cover, tag_mp3, timestamps, to_srt, to_text, to_vtt, write_mp3)
from ..audio import audio_settings  # noqa: F401 (pipeline.render imports it from here until typed options replace it)
from .episode import Episode, Transcript, episode_guid, slugify
from .store import feed_lock
from ..files import Staging, interrupts_deferred, remove_stale_temps
from ..script import Script
from ..synthesis import Clip
from ..testhooks import checkpoint, paused_after

ID3_LANGUAGES = {"nl": "dut", "en": "eng", "fr": "fre", "de": "ger"}


@dataclass(frozen=True)
class Credits:
    """Who and what the episode is credited to."""

    programme: str = "narrate"
    """Programme name (ID3 album)."""

    author: str = "narrate"
    """Author (ID3 artist)."""

    voices: list[str] = field(default_factory=list)
    """Ids of the voices that speak."""

    engine: str | None = None
    """Speech engine that spoke, e.g. ``Piper 1.8.0`` or the espeak-ng fallback; None: Piper."""


def episode_stem(script: Script) -> str:
    """``<date>-<slug>``: sorts by date and says what it is."""
    return f"{script.date.isoformat()}-{slugify(script.title)}"


def produce_episode(script: Script, clips: Iterable[Clip], episodes_dir: Path, credits: Credits = Credits(),
                    settings: AudioSettings = AudioSettings(), stem: str | None = None) -> Episode:
    """Lay out, master and encode the episode; write its MP3, cover, chapters, transcripts and manifest."""
    episodes_dir = Path(episodes_dir)
    stem = stem or episode_stem(script)
    user_cover = load_cover(settings.cover) if settings.cover else None
    layout = settings.layout
    if settings.jingle:
        layout = Layout(**{**layout.__dict__, "jingle": Path(settings.jingle)})
    # Every file is made under a hidden temp name and tagged there; only the
    # commit gives them real names, so an episode already under this stem
    # stays whole, and listed, until the new one is complete.
    with Staging(episodes_dir) as staged, \
            assemble(script, paused_after("synthesis", clips, 2), layout, workdir=episodes_dir) as track:
        checkpoint("assembly")
        cover = user_cover or episode_cover(credits.programme, script.title, script.date)
        description = episode_description(script, track.chapters)
        _write_sidecars(staged, script, track, cover)
        checkpoint("sidecars")
        audio = staged.path("audio", ".mp3")
        mastering = write_mp3(audio, track, settings)
        checkpoint("tagging")
        tag_mp3(audio, _tags(script, credits, track, cover, description), track.chapters,
                _chapter_images(credits.programme, track.chapters, cover, user_cover is None)
                if settings.chapter_images else None)
        with feed_lock(episodes_dir):
            checkpoint("commit")
            remove_stale_temps(episodes_dir)
            names = _names(free_stem(episodes_dir, stem), cover)
            episode = _episode(script, credits, track, names, audio, description, mastering)
            with interrupts_deferred():
                staged.commit(names)
                episode.save(episodes_dir)
    return episode


def free_stem(episodes_dir: Path, stem: str) -> str:
    """``stem``, or ``stem-2``, ``stem-3``, …: the first that no manifest uses.

    A re-render of the same article on the same day (or another article
    whose title slugs the same) must not overwrite the files of an episode
    that is listed: under a new stem the old episode stays complete until
    the feed drops it for the new one.
    """
    candidate, number = stem, 1
    while (Path(episodes_dir) / f"{candidate}.json").exists():
        number += 1
        candidate = f"{stem}-{number}"
    return candidate


def episode_description(script: Script, chapters: list[ChapterMark]) -> str:
    """Title, chapter timestamps (``00:00 Intro``) and the source: the description apps show."""
    parts = [script.title, timestamps(chapters)]
    if script.source and script.source.startswith(("http://", "https://")):
        parts.append(f"Bron: {script.source}")
    return "\n\n".join(p for p in parts if p)


def _names(stem: str, cover: CoverImage) -> dict[str, str]:
    return {
        "audio": f"{stem}.mp3",
        "cover": f"{stem}{cover.extension}",
        "chapters": f"{stem}.chapters.json",
        "vtt": f"{stem}.vtt",
        "srt": f"{stem}.srt",
        "txt": f"{stem}.txt",
    }


def _write_sidecars(staged: Staging, script: Script, track: Track, cover: CoverImage) -> None:
    chapters = json.dumps(json_chapters(track.chapters), ensure_ascii=False, indent=2) + "\n"
    staged.path("cover", cover.extension).write_bytes(cover.data)
    staged.path("chapters", ".json").write_text(chapters, encoding="utf-8")
    staged.path("vtt", ".vtt").write_text(to_vtt(track.cues, script.language), encoding="utf-8")
    staged.path("srt", ".srt").write_text(to_srt(track.cues), encoding="utf-8")
    staged.path("txt", ".txt").write_text(to_text(script), encoding="utf-8")


def _tags(script: Script, credits: Credits, track: Track, cover: CoverImage, description: str) -> Tags:
    source = script.source if script.source and script.source.startswith(("http://", "https://")) else None
    return Tags(
        title=script.title,
        artist=credits.author,
        album=credits.programme,
        date=script.date,
        language=id3_language(script.language),
        description=description,
        source_url=source,
        transcript=to_text(script),
        cover=Picture(cover.data, cover.mime),
        guid=episode_guid(script.title),
        encoder=engine(credits.engine),
        duration_ms=track.duration_ms,
    )


def _chapter_images(programme: str, chapters: list[ChapterMark], cover: CoverImage,
                    generated: bool) -> dict[tuple[int, ...], Picture]:
    images = {}
    flat_numbers = {(c.start_ms, c.title): c.number for c in flatten(chapters)}

    def visit(marks: list[ChapterMark], path: tuple[int, ...]) -> None:
        for index, mark in enumerate(marks):
            number = flat_numbers.get((mark.start_ms, mark.title), index + 1)
            image = chapter_image(programme, mark.title, number, cover, generated)
            images[path + (index,)] = Picture(image.data, image.mime)
            visit(mark.children, path + (index,))

    visit(chapters, ())
    return images


def id3_language(language: str) -> str:
    """ISO 639-2 code for a BCP 47 tag.

    >>> id3_language("nl-BE")
    'dut'
    """
    return ID3_LANGUAGES.get(language.split("-")[0].lower(), "dut")


def _episode(script: Script, credits: Credits, track: Track, names: dict[str, str], audio: Path,
             description: str, mastering: Mastering) -> Episode:
    return Episode(
        title=script.title,
        date=script.date,
        guid=episode_guid(script.title),
        audio=names["audio"],
        size=audio.stat().st_size,
        duration_s=track.duration_ms / 1000,
        chapters=list(track.chapters),
        description=description,
        voices=list(credits.voices),
        source=script.source,
        # Microseconds: renders of one article that commit in the same second still have an order.
        created=dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
        cover=names["cover"],
        chapters_json=names["chapters"],
        transcripts=[Transcript(names["vtt"], VTT_TYPE), Transcript(names["srt"], SRT_TYPE),
                     Transcript(names["txt"], TEXT_TYPE)],
        files=[names[key] for key in ("audio", "cover", "chapters", "vtt", "srt", "txt")],
        language=script.language,
        author=credits.author,
        programme=credits.programme,
        bitrate_kbps=mastering.mp3.bitrate_kbps,
        loudness_lufs=_rounded(mastering.loudness_lufs),
        true_peak_dbtp=_rounded(mastering.true_peak_dbtp),
        engine=engine(credits.engine),
    )


def _rounded(value: float) -> float | None:
    return round(value, 2) if math.isfinite(value) else None
