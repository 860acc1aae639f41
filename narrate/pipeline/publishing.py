"""Publishing the episodes folder to a static host: the destination from the command line or ``narrate.toml``."""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import InputError
from ..programme import Programme
from ..publish import upload_episodes
from ..settings import Settings
from .options import Flags, episodes_dir, programme_options


@dataclass(frozen=True)
class Published:
    """Where the episodes went, and what was sent."""

    destination: str
    """The folder or ``webdav://``, ``webdavs://``, ``s3://``, ``sftp://`` address."""

    programme: Programme
    """The programme, with the base URL the published feed links under."""

    uploaded: int
    """Files sent because they were new or changed."""

    unchanged: int
    """Files already there as they are here."""

    deleted: int
    """Files of superseded renders removed after the new feed was up."""

    @property
    def feed_url(self) -> str:
        return f"{self.programme.base_url.rstrip('/')}/feed.xml"


def publish(settings: Settings, flags: Flags, destination: str | None = None) -> Published:
    """Copy the episodes folder to ``destination``, else to ``[publish] to``; the feed goes last."""
    destination = destination or settings.publish.to
    if not destination:
        raise InputError("no destination: give one (narrate publish DEST) or set [publish] to in narrate.toml")
    programme = programme_options(settings, flags)
    report = upload_episodes(episodes_dir(flags), destination, programme, flags.endpoint_url)
    return Published(destination=destination, programme=programme, uploaded=len(report.uploaded),
                     unchanged=len(report.unchanged), deleted=len(report.deleted))
