"""Stage 5: finished episodes on disk, their manifests, and the podcast feed that lists them.

``produce_episode`` turns a script and its clips into an episode's files
(manifest last); ``publish_episode`` rebuilds ``feed.xml`` and prunes older
renders of the same article; ``serve`` serves the directory over HTTP;
``upload_episodes`` copies it to a static host (``narrate publish``).
"""

from .episode import Episode, Transcript, episode_guid, list_episodes, slugify
from .feed import build_feed, item_description, publish_episode, publish_episodes, write_feed
from .package import Credits, episode_stem, produce_episode
from .store import FEED_NAME, current_episodes, feed_lock, media_type
from .upload import UploadReport, upload_episodes

__all__ = [
    "Credits", "Episode", "FEED_NAME", "ServeOptions", "Transcript", "announcement", "build_feed",
    "current_episodes", "item_description", "episode_guid", "episode_stem", "feed_lock", "list_episodes",
    "media_type", "produce_episode", "publish_episode", "publish_episodes", "serve", "slugify", "write_feed",
    "UploadReport", "upload_episodes",
]


def __getattr__(name: str):
    # The server's imports (uvicorn, Starlette, asyncio) cost a tenth of a second that a render never needs.
    if name in {"ServeOptions", "announcement", "serve"}:
        from . import server

        return getattr(server, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
