"""Stage 6: episode manifests become ``feed.xml``, a podcast RSS feed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urljoin

from feedgen.feed import FeedGenerator

from .episode import Episode, list_episodes
from .files import write_bytes_atomic

FEED_NAME = "feed.xml"
PUBLISH_TIME = dt.time(6, 0)
"""Episodes carry a date; the feed says they came out at 06:00 that morning."""


@dataclass(frozen=True)
class Programme:
    """The podcast as a whole: what a podcast app shows above the episodes."""

    title: str = "narrate"
    """Programme name."""

    author: str = "narrate"
    """Who makes it."""

    description: str = "Nieuws, voorgelezen door narrate."
    """Programme description (at most 4000 bytes)."""

    language: str = "nl-be"
    """Feed language: ``nl-be`` or ``nl``."""

    base_url: str = "http://127.0.0.1:8000/"
    """Where ``episodes/`` is served; enclosures are absolute URLs under it."""

    category: str = "News"
    """Apple Podcasts category."""


def write_feed(episodes_dir: Path, programme: Programme) -> Path:
    """(Re)build ``feed.xml`` from every complete episode in ``episodes_dir``."""
    episodes_dir = Path(episodes_dir)
    feed = _channel(programme)
    for episode in reversed(list_episodes(episodes_dir)):
        _add_item(feed, episode, programme)
    path = episodes_dir / FEED_NAME
    write_bytes_atomic(path, feed.rss_str(pretty=True))
    return path


def _channel(programme: Programme) -> FeedGenerator:
    feed = FeedGenerator()
    feed.load_extension("podcast")
    feed.title(programme.title)
    feed.description(programme.description)
    feed.link(href=programme.base_url, rel="alternate")
    feed.language(programme.language)
    feed.author(name=programme.author)
    feed.podcast.itunes_author(programme.author)
    feed.podcast.itunes_category(programme.category)
    feed.podcast.itunes_explicit("no")
    return feed


def _add_item(feed: FeedGenerator, episode: Episode, programme: Programme) -> None:
    item = feed.add_entry()
    item.guid(episode.guid, permalink=False)
    item.title(episode.title)
    item.description(episode.description or episode.title)
    item.enclosure(_url(programme, episode.audio), str(episode.size), "audio/mpeg")
    published = dt.datetime.combine(episode.date, PUBLISH_TIME, tzinfo=dt.timezone.utc)
    item.pubDate(published)
    item.podcast.itunes_duration(round(episode.duration_s))


def _url(programme: Programme, name: str) -> str:
    base = programme.base_url if programme.base_url.endswith("/") else programme.base_url + "/"
    return urljoin(base, quote(name))
