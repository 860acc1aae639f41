"""Stage 6: episode manifests become ``feed.xml``, a podcast feed real apps subscribe to.

RSS 2.0 with the iTunes tags, the Podcasting 2.0 namespace (``podcast:guid``,
``podcast:locked``, ``podcast:chapters``, ``podcast:transcript``) and Podlove
Simple Chapters, built with feedgen: its podcast extension for the iTunes
tags and :class:`NarrateExtension` here for the namespaces it lacks.

The feed is always rebuilt from the manifests, never edited in place, so it
cannot drift from what is on disk. One article is one episode: when an
article is rendered again (same guid, perhaps another date and file name),
:func:`publish_episode` deletes the older episode's files and the feed lists
only the newest, so podcast apps see an update instead of a duplicate.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import uuid
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote, urljoin, urlsplit
from zoneinfo import ZoneInfo

from feedgen.feed import FeedGenerator

from .. import __version__
from ..programme import Programme, check_base_url, check_choice
from ..audio import clock, timestamps
from .episode import Episode
from .feed_extensions import NarrateEntryExtension, NarrateExtension
from ..errors import InputError
from ..files import write_bytes_atomic
from .store import FEED_NAME, EpisodeFiles, current_episodes, episode_files, feed_lock, remove_superseded
from ..testhooks import checkpoint

TIMEZONE = ZoneInfo("Europe/Brussels")
PUBLISH_TIME = dt.time(6, 0)
"""An episode rendered on another day than its date says it came out at 06:00 that morning."""

PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
"""The Podcasting 2.0 spec's namespace for ``podcast:guid``."""

MAX_DESCRIPTION_BYTES = 4000
"""Apple's limit for the channel description."""

_TIMESTAMP_LINE = re.compile(r"^(\d+:)?\d{2}:\d{2} \S", re.MULTILINE)
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def podcast_guid(feed_url: str) -> str:
    """``podcast:guid``: uuid5 of the feed URL without scheme and trailing slashes.

    >>> podcast_guid("https://podnews.net/rss")
    '9b024349-ccf0-5f69-a609-6b82873eab3c'
    """
    bare = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", "", feed_url).rstrip("/")
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare))


def build_feed(episodes_dir: Path, programme: Programme, base_url: str | None = None) -> bytes:
    """The feed XML for every current episode, with URLs under ``base_url`` (default: the programme's)."""
    episodes_dir = Path(episodes_dir)
    base = check_base_url(base_url or programme.base_url)
    episodes = current_episodes(episodes_dir)
    files = {e.guid: episode_files(episodes_dir, e) for e in episodes}
    feed = _channel(programme, base, _programme_image(programme, base, episodes_dir, episodes, files))
    if episodes:
        feed.lastBuildDate(max(_published(e) for e in episodes))
    for episode in episodes:
        _add_item(feed, episode, files[episode.guid], programme, base)
    return feed.rss_str(pretty=True)


def write_feed(episodes_dir: Path, programme: Programme) -> Path:
    """(Re)build ``feed.xml`` from every current episode in ``episodes_dir``, atomically and under a lock."""
    with feed_lock(episodes_dir):
        return _write_feed(Path(episodes_dir), programme)


def publish_episode(episodes_dir: Path, episode: Episode, programme: Programme) -> Path:
    """After ``episode``'s manifest is saved: drop older renders of the same article and rebuild the feed."""
    with feed_lock(episodes_dir):
        checkpoint("feed")
        feed = _write_feed(Path(episodes_dir), programme)
        # Only once feed.xml no longer lists them do the older renders' files go.
        remove_superseded(episodes_dir, episode)
        return feed


def publish_episodes(episodes_dir: Path, episodes: Iterable[Episode], programme: Programme) -> Path:
    """``publish_episode`` for several episodes, building the feed once (``render-many``)."""
    with feed_lock(episodes_dir):
        feed = _write_feed(Path(episodes_dir), programme)
        for episode in episodes:
            remove_superseded(episodes_dir, episode)
        return feed


def _write_feed(episodes_dir: Path, programme: Programme) -> Path:
    path = episodes_dir / FEED_NAME
    write_bytes_atomic(path, build_feed(episodes_dir, programme))
    return path


def _channel(programme: Programme, base: str, image: str | None) -> FeedGenerator:
    feed = FeedGenerator()
    feed.load_extension("podcast")
    feed.register_extension("narrate", NarrateExtension, NarrateEntryExtension)
    feed_url = urljoin(base, FEED_NAME)
    feed.title(_text(programme.title))
    feed.description(_channel_description(programme))
    # feedgen's RSS <link> is the last link given: the web page, not the feed.
    feed.link(href=feed_url, rel="self")
    feed.link(href=base, rel="alternate")
    feed.language(programme.language)
    feed.generator("narrate", __version__)
    feed.podcast.itunes_author(_text(programme.author))
    feed.podcast.itunes_summary(_text(programme.description))
    category, _, sub = programme.category.partition("/")
    feed.podcast.itunes_category(cat=category.strip(), **({"sub": sub.strip()} if sub.strip() else {}))
    feed.podcast.itunes_type(check_choice(programme.type, ("episodic", "serial"), "programme.type"))
    if image:
        feed.podcast.itunes_image(image)
        feed.image(url=image, title=_text(programme.title), link=base)
    feed.narrate.explicit = programme.explicit
    feed.narrate.guid = podcast_guid(feed_url)
    feed.narrate.locked = programme.locked
    if programme.email:
        feed.podcast.itunes_owner(name=_text(programme.author), email=programme.email)
        feed.narrate.owner = programme.email
    return feed


def _channel_description(programme: Programme) -> str:
    text = _html_text(programme.description)
    if len(text.encode("utf-8")) > MAX_DESCRIPTION_BYTES:
        raise InputError(f"programme.description is {len(text.encode('utf-8'))} bytes; "
                         f"shorten it to at most {MAX_DESCRIPTION_BYTES} (Apple's limit)")
    return text


def _html_text(value: str) -> str:
    # Readers take an RSS description as HTML: unescaped, "<nieuws>" would
    # vanish as an unknown tag. Newlines stay, for apps that show plain text.
    return html.escape(_text(value), quote=False)


def _programme_image(programme: Programme, base: str, episodes_dir: Path, episodes: list[Episode],
                     files: dict[str, EpisodeFiles]) -> str | None:
    if programme.image:
        if not programme.image.lower().endswith((".jpg", ".png")):
            raise InputError(f"programme.image '{programme.image}' must be a .jpg or .png file or URL; "
                             "convert it or point to another")
        if urlsplit(programme.image).scheme in ("http", "https"):
            return programme.image
        if "/" in programme.image or not (episodes_dir / programme.image).is_file():
            raise InputError(f"programme.image '{programme.image}' is not a file in {episodes_dir}; "
                             "copy it there or give its URL")
        return _url(base, programme.image)
    cover = next((files[e.guid].image for e in episodes if files[e.guid].image), None)
    return _url(base, cover) if cover and cover.lower().endswith((".jpg", ".png")) else None


def _add_item(feed: FeedGenerator, episode: Episode, files: EpisodeFiles, programme: Programme, base: str) -> None:
    item = feed.add_entry(order="append")
    item.guid(episode.guid, permalink=False)
    item.title(_text(episode.title))
    # An article from the web links to its page (its canonical URL); anything else to its place on our page.
    page = episode.source if episode.source and episode.source.startswith(("http://", "https://")) else None
    item.link(href=page or f"{base}#{quote(episode.stem)}")
    item.description(_html_text(item_description(episode)))
    item.content(_text(_show_notes_html(episode, _url(base, episode.audio))))
    item.enclosure(_url(base, episode.audio), str(episode.size), "audio/mpeg")
    item.pubDate(_published(episode))
    item.podcast.itunes_duration(max(1, round(episode.duration_s)))
    item.podcast.itunes_author(_text(episode.author or programme.author))
    if files.image and files.image.lower().endswith((".jpg", ".png")):
        item.podcast.itunes_image(_url(base, files.image))
    item.narrate.chapters = _url(base, files.chapters) if files.chapters else None
    item.narrate.transcripts = [(_url(base, t.name), t.media_type) for t in files.transcripts]
    item.narrate.language = (episode.language or programme.language).lower()
    item.narrate.psc = [(c.start_ms, _text(c.title)) for c in episode.chapters]


def _published(episode: Episode) -> dt.datetime:
    # Several episodes on one day keep their render order; an episode dated
    # another day than it was rendered says it came out that morning.
    try:
        created = dt.datetime.fromisoformat(episode.created).astimezone(TIMEZONE)
    except (ValueError, TypeError):
        created = None
    if created is not None and created.date() == episode.date:
        return created
    return dt.datetime.combine(episode.date, PUBLISH_TIME, tzinfo=TIMEZONE)


def item_description(episode: Episode) -> str:
    """The episode description, ending in chapter timestamps (``00:00 Intro``) that apps turn into links."""
    stamps = timestamps(episode.chapters, sections=False)
    description = episode.description.strip()
    if not stamps or _TIMESTAMP_LINE.search(description):
        return description or episode.title
    return f"{description}\n\n{stamps}" if description else stamps


def _show_notes_html(episode: Episode, audio_url: str) -> str:
    # The chapter list below replaces the plain-text timestamps.
    paragraphs = [p.strip() for p in episode.description.split("\n\n") if p.strip()]
    paragraphs = [p for p in paragraphs if not all(_TIMESTAMP_LINE.match(line) for line in p.splitlines())]
    body = "".join("<p>" + "<br>".join(html.escape(line) for line in p.splitlines()) + "</p>" for p in paragraphs)
    if episode.chapters:
        items = "".join(
            f'<li><a href="{html.escape(audio_url)}#t={c.start_ms / 1000:g}">{clock(c.start_ms)}</a> '
            f"{html.escape(c.title)}</li>"
            for c in episode.chapters
        )
        body += f"<p>Hoofdstukken:</p><ul>{items}</ul>"
    return body or f"<p>{html.escape(episode.title)}</p>"


def _url(base: str, name: str) -> str:
    return urljoin(base, quote(name))


def _text(value: str) -> str:
    # lxml refuses control characters that XML 1.0 cannot carry; an article
    # pasted from a PDF can contain them.
    return _XML_INVALID.sub("", value)
