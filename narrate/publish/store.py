"""The episodes directory as the feed's store: which episodes are current, their files, the lock, pruning.

One article is one episode: when an article is rendered again (same guid,
perhaps another date and file name), only the newest render is current,
and :func:`remove_superseded` deletes the older renders' files once the
feed no longer lists them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import filelock

from .episode import Episode, Transcript, list_episodes
from ..errors import NarrateError
from ..testhooks import checkpoint

FEED_NAME = "feed.xml"
LOCK_NAME = ".feed.lock"
"""Serialises feed rebuilds; a dot file, so it is never listed or served."""

LOCK_TIMEOUT_S = 120

MEDIA_TYPES = {
    ".chapters.json": "application/json+chapters",
    ".mp3": "audio/mpeg",
    ".xml": "application/rss+xml",
    ".vtt": "text/vtt",
    ".srt": "application/x-subrip",
    ".txt": "text/plain",
    ".json": "application/json",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
}
"""Content types by file-name ending; longest ending first, so chapters JSON wins over JSON."""

TRANSCRIPT_SUFFIXES = (".vtt", ".srt")
TRANSCRIPT_TYPES = ("text/vtt", "application/x-subrip", "text/plain", "text/html", "application/json")
"""The ``podcast:transcript`` types the Podcasting 2.0 spec names."""
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png")


@dataclass(frozen=True)
class EpisodeFiles:
    """The files that go with an episode and exist, by name in the episodes directory."""

    audio: str
    """The MP3."""

    chapters: str | None = None
    """Podcasting 2.0 JSON chapters (``<stem>.chapters.json``)."""

    transcripts: list[Transcript] = field(default_factory=list)
    """Timed transcripts, WebVTT first."""

    image: str | None = None
    """Episode cover."""


def media_type(name: str) -> str | None:
    """The content type narrate serves and announces a file with.

    >>> media_type("2026-11-28-x.chapters.json"), media_type("feed.xml"), media_type("a.srt")
    ('application/json+chapters', 'application/rss+xml', 'application/x-subrip')
    """
    lower = name.lower()
    return next((kind for suffix, kind in MEDIA_TYPES.items() if lower.endswith(suffix)), None)



def current_episodes(episodes_dir: Path) -> list[Episode]:
    """Every complete episode, newest first, keeping only the latest render of each article (guid)."""
    episodes = list_episodes(episodes_dir)
    latest: dict[str, Episode] = {}
    for episode in episodes:
        kept = latest.get(episode.guid)
        if kept is None or render_order(episode) > render_order(kept):
            latest[episode.guid] = episode
    return [e for e in episodes if latest[e.guid] is e]


def render_order(episode: Episode) -> tuple[str, str, str]:
    """Which of two renders of an article is the newer; the stem settles renders made in the same second."""
    return episode.created, episode.date.isoformat(), episode.stem


def episode_files(episodes_dir: Path, episode: Episode) -> EpisodeFiles:
    """The chapters, transcripts and cover of ``episode`` that exist in ``episodes_dir``.

    Manifests name their files; for older ones without those fields the
    names follow from the stem.
    """
    def present(name: str | None) -> str | None:
        ok = name and "/" not in name and not name.startswith(".") and (Path(episodes_dir) / name).is_file()
        return name if ok else None

    stem = episode.stem
    transcripts = episode.transcripts or [Transcript(f"{stem}{suffix}", media_type(suffix))
                                          for suffix in TRANSCRIPT_SUFFIXES]
    covers = [episode.cover] if episode.cover else [f"{stem}{suffix}" for suffix in IMAGE_SUFFIXES]
    return EpisodeFiles(
        audio=episode.audio,
        chapters=present(episode.chapters_json or f"{stem}.chapters.json"),
        transcripts=[t for t in transcripts if present(t.name) and t.media_type in TRANSCRIPT_TYPES],
        image=next((name for name in covers if present(name)), None),
    )


def episode_file_names(episode: Episode) -> list[str]:
    """Every file of ``episode``, its manifest first."""
    stem = episode.stem
    derived = [f"{stem}{suffix}" for suffix in (".chapters.json", *TRANSCRIPT_SUFFIXES, ".txt", *IMAGE_SUFFIXES)]
    names = [f"{stem}.json", episode.audio, *episode.files, *derived]
    return [n for n in dict.fromkeys(names) if n and "/" not in n and not n.startswith(".")]



def feed_lock(episodes_dir: Path) -> _LockOrExplain:
    """The lock that makes concurrent renders take turns at ``feed.xml``, so none loses an episode."""
    lock = filelock.FileLock(Path(episodes_dir) / LOCK_NAME, timeout=LOCK_TIMEOUT_S)
    return _LockOrExplain(lock, Path(episodes_dir))


class _LockOrExplain:
    """A file lock whose time-out is a user-facing error instead of a traceback."""

    def __init__(self, lock: filelock.BaseFileLock, episodes_dir: Path):
        self._lock = lock
        self._dir = episodes_dir

    def __enter__(self):
        try:
            self._lock.acquire()
        except filelock.Timeout:
            raise NarrateError(f"another narrate has been writing {self._dir / FEED_NAME} for {LOCK_TIMEOUT_S} s; "
                               "wait for it, then run 'narrate feed'") from None
        except OSError as exc:
            raise NarrateError(f"cannot lock {self._dir / LOCK_NAME}: {exc.strerror}; "
                               "make the episodes directory writable") from None
        return self

    def __exit__(self, *exc_info):
        self._lock.release()


def remove_superseded(episodes_dir: Path, episode: Episode) -> list[str]:
    """Delete the files of older renders of ``episode``'s article; return their names.

    Only older ones: when two renders of an article run at once, the one
    that publishes last must not delete the newer render the other made.
    The manifest goes last, so a crash half-way leaves a manifest that still
    names what is left (the feed skips it, as its audio goes first or it is
    older), and the next render of the article finishes the job.
    """
    episodes_dir = Path(episodes_dir)
    removed: list[str] = []
    for old in list_episodes(episodes_dir, complete=False):
        if old.guid != episode.guid or old.stem == episode.stem or render_order(old) > render_order(episode):
            continue
        manifest, *files = episode_file_names(old)
        for name in [*files, manifest]:
            path = episodes_dir / name
            if path.is_file() and not name.startswith(episode.stem + "."):
                path.unlink()
                removed.append(name)
                checkpoint("prune")
    return removed
