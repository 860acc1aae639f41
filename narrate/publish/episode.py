"""A rendered episode and its manifest, the JSON file the feed is built from.

The manifest is written last, after the MP3 and every other file of the
episode are complete (each written atomically), so a feed built from
manifests only ever lists finished episodes. It names all those files, so
the feed and the server need not guess them.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
import uuid
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from ..audio import DEFAULT_BITRATE_KBPS, ChapterMark
from ..files import write_text_atomic

GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "narrate:episode")
"""narrate's own uuid5 namespace for episode guids."""


@dataclass
class Transcript:
    """A transcript file of the episode."""

    name: str
    """File name in the episodes directory."""

    media_type: str
    """``text/vtt``, ``application/x-subrip`` or ``text/plain``."""


@dataclass
class Episode:
    """A finished episode: its files and everything the feed says about it."""

    title: str
    """Episode title."""

    date: dt.date
    """Publication date."""

    guid: str
    """Stable identity: the same article gets the same guid when re-rendered."""

    audio: str
    """File name of the MP3, relative to the episodes directory."""

    size: int
    """Exact size of the MP3 in bytes (the feed's enclosure length)."""

    duration_s: float
    """Length of the audio in seconds."""

    chapters: list[ChapterMark]
    """Chapters with start and end times."""

    description: str = ""
    """Show notes, with chapter timestamps."""

    voices: list[str] = field(default_factory=list)
    """Ids of the voices that spoke."""

    source: str | None = None
    """The article this episode was made from."""

    created: str = ""
    """When it was rendered (ISO 8601, UTC): orders episodes of the same date."""

    cover: str | None = None
    """File name of the episode's cover image (JPEG or PNG)."""

    chapters_json: str | None = None
    """File name of the Podcasting 2.0 JSON chapters."""

    transcripts: list[Transcript] = field(default_factory=list)
    """Transcript files: WebVTT, SubRip and plain text, in that order."""

    files: list[str] = field(default_factory=list)
    """Every file that belongs to the episode, the manifest excepted."""

    language: str = "nl-BE"
    """Language of the speech."""

    author: str = ""
    """Who the episode is credited to."""

    programme: str = ""
    """The programme the episode belongs to."""

    bitrate_kbps: int = DEFAULT_BITRATE_KBPS
    """Constant bitrate of the MP3."""

    loudness_lufs: float | None = None
    """Integrated loudness as mastered (BS.1770)."""

    true_peak_dbtp: float | None = None
    """Highest true peak as mastered."""

    engine: str = ""
    """Software that made it, e.g. ``narrate 0.1.0, Piper 1.8.0``."""

    @property
    def stem(self) -> str:
        return Path(self.audio).stem

    def save(self, episodes_dir: Path) -> Path:
        path = Path(episodes_dir) / f"{self.stem}.json"
        data = asdict(self)
        data["date"] = self.date.isoformat()
        data["chapters"] = [_chapter_json(c) for c in self.chapters]
        write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return path

    @staticmethod
    def load(path: Path) -> Episode:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        data["date"] = dt.date.fromisoformat(data["date"])
        data["chapters"] = [_chapter(c) for c in data["chapters"]]
        data["transcripts"] = [Transcript(**t) for t in data.get("transcripts", [])]
        known = {f.name for f in fields(Episode)}
        # A newer narrate may add fields; an older one still lists the episode.
        return Episode(**{key: value for key, value in data.items() if key in known})


def _chapter(data: dict, depth: int = 0) -> ChapterMark:
    return ChapterMark(data["title"], data["start_ms"], data["end_ms"],
                       tuple(_chapter(c, depth + 1) for c in data.get("children", [])), data.get("url"), depth)


def _chapter_json(chapter: ChapterMark) -> dict:
    """A chapter as manifests have always stored it: the tree, without listing numbers or depths."""
    return {"title": chapter.title, "start_ms": chapter.start_ms, "end_ms": chapter.end_ms,
            "children": [_chapter_json(c) for c in chapter.children], "url": chapter.url}


def slugify(text: str, max_length: int = 60) -> str:
    """A file-name-safe, lower-case ASCII slug.

    >>> slugify("Poetin tergt Westen en China met inzet van Noord-Koreaanse soldaten in oorlog Oekraïne")
    'poetin-tergt-westen-en-china-met-inzet-van-noord-koreaanse'
    >>> slugify("€ 5 miljoen?!")
    '5-miljoen'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug or "episode"


def episode_guid(title: str) -> str:
    """The same article title always gives the same guid.

    >>> episode_guid("Gamechanger?") == episode_guid("Gamechanger?")
    True
    """
    return str(uuid.uuid5(GUID_NAMESPACE, slugify(title, max_length=200)))


def list_episodes(episodes_dir: Path, complete: bool = True) -> list[Episode]:
    """Every complete episode in the directory, newest first (``complete=False``: also those missing their audio)."""
    episodes = []
    for path in sorted(Path(episodes_dir).glob("*.json")):
        if path.name.startswith(".") or path.name.endswith(".chapters.json"):
            continue
        try:
            episode = Episode.load(path)
        except (ValueError, KeyError, TypeError):
            continue  # not a manifest of ours
        if not complete or (Path(episodes_dir) / episode.audio).is_file():
            episodes.append(episode)
    return sorted(episodes, key=lambda e: (e.date, e.created), reverse=True)
