"""A rendered episode and its manifest, the JSON file the feed is built from.

The manifest is written last, after the MP3 is complete, so a feed built
from manifests only ever lists finished episodes.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .files import write_text_atomic

GUID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "narrate:episode")
"""narrate's own uuid5 namespace for episode guids."""


@dataclass
class EpisodeChapter:
    """A chapter as the feed and the web page show it."""

    title: str
    start_ms: int
    end_ms: int
    children: list[EpisodeChapter] = field(default_factory=list)


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

    chapters: list[EpisodeChapter]
    """Chapters with start and end times."""

    description: str = ""
    """Show notes, with chapter timestamps."""

    voices: list[str] = field(default_factory=list)
    """Ids of the voices that spoke."""

    source: str | None = None
    """The article this episode was made from."""

    created: str = ""
    """When it was rendered (ISO 8601, UTC): orders episodes of the same date."""

    @property
    def stem(self) -> str:
        return Path(self.audio).stem

    def save(self, episodes_dir: Path) -> Path:
        path = Path(episodes_dir) / f"{self.stem}.json"
        data = asdict(self)
        data["date"] = self.date.isoformat()
        write_text_atomic(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return path

    @staticmethod
    def load(path: Path) -> Episode:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        data["date"] = dt.date.fromisoformat(data["date"])
        data["chapters"] = [_chapter(c) for c in data["chapters"]]
        return Episode(**data)


def _chapter(data: dict) -> EpisodeChapter:
    return EpisodeChapter(data["title"], data["start_ms"], data["end_ms"], [_chapter(c) for c in data.get("children", [])])


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


def list_episodes(episodes_dir: Path) -> list[Episode]:
    """Every complete episode in the directory, newest first."""
    episodes = []
    for path in sorted(Path(episodes_dir).glob("*.json")):
        if path.name.startswith(".") or path.name.endswith(".chapters.json"):
            continue
        try:
            episode = Episode.load(path)
        except (ValueError, KeyError, TypeError):
            continue  # not a manifest of ours
        if (Path(episodes_dir) / episode.audio).is_file():
            episodes.append(episode)
    return sorted(episodes, key=lambda e: (e.date, e.created), reverse=True)
