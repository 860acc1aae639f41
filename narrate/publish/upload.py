"""``narrate publish``: the episodes and feed copied to a static host, so apps subscribe from anywhere.

The order is what keeps a podcast app safe: every file goes up under a
hidden temporary name and is renamed into place (on S3, which has no
rename, each object is put whole: a PUT is atomic); media, chapters,
transcripts and covers first, the feed last, so a published feed never
lists a missing or partial file. Files of superseded renders are deleted
only once the new feed is up. What was published, with checksums, is kept
beside it in a hidden file, so an unchanged file is not sent again.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import mimetypes
import os
from pathlib import Path
from urllib.parse import urlsplit

from ..errors import InputError, NarrateError
from ..programme import Programme
from .feed import build_feed
from .store import FEED_NAME, current_episodes, episode_files

PUBLISHED_STATE = ".narrate-published.json"
"""Name and SHA-256 of each published file, at the destination (hidden: no feed lists it)."""

WEBDAV_USER = "NARRATE_WEBDAV_USER"
WEBDAV_PASSWORD = "NARRATE_WEBDAV_PASSWORD"
"""WebDAV credentials come from the environment, never from the command line."""

S3_ENDPOINT_URLS = ("NARRATE_S3_ENDPOINT_URL", "AWS_ENDPOINT_URL")
"""Variables naming a non-AWS S3 service when no ``--endpoint-url`` is given (S3 credentials: boto's usual places)."""


@dataclasses.dataclass(frozen=True)
class UploadReport:
    """What one publish did."""

    uploaded: list[str]
    """Files sent, the feed last."""

    unchanged: list[str]
    """Files already there with the same size and checksum."""

    deleted: list[str]
    """Files of superseded renders, removed after the new feed was up."""


@dataclasses.dataclass(frozen=True)
class Destination:
    """A folder on a file system fsspec reaches: local, WebDAV, SFTP or an S3 bucket and prefix."""

    fs: object
    """The fsspec file system."""

    root: str
    """The folder on it."""

    put_whole: bool = False
    """Each file is put in one atomic step (S3 objects), not under a temporary name and renamed."""

    def path(self, name: str) -> str:
        return f"{self.root.rstrip('/')}/{name}" if self.root else name

    def rename(self, source: str, target: str) -> None:
        """Replace ``target`` with ``source`` in one step (a WebDAV MOVE, an SFTP posix-rename, a local rename)."""
        if type(self.fs).__name__ == "WebdavFileSystem":
            self.fs.client.move(source, target, overwrite=True)  # fsspec's own mv would copy and delete
        elif type(self.fs).__name__ == "LocalFileSystem":
            os.replace(source, target)
        else:
            self.fs.mv(source, target)


def open_destination(destination: str, endpoint_url: str | None = None) -> Destination:
    """A local folder, ``webdav://HOST[:PORT]/path`` (HTTP), ``webdavs://…`` (HTTPS), ``sftp://USER@HOST[:PORT]/path``
    or ``s3://bucket/prefix`` (at ``endpoint_url``, else ``NARRATE_S3_ENDPOINT_URL``/``AWS_ENDPOINT_URL``, else AWS)."""
    parts = urlsplit(destination)
    if parts.scheme == "s3":
        from s3fs import S3FileSystem

        if not parts.netloc:
            raise InputError(f"cannot publish to '{destination}': give s3://bucket/prefix")
        endpoint_url = endpoint_url or next(filter(None, map(os.environ.get, S3_ENDPOINT_URLS)), None)
        # Credentials from boto's usual places (AWS_ACCESS_KEY_ID…, ~/.aws), never from the command line.
        fs = S3FileSystem(endpoint_url=endpoint_url, skip_instance_cache=True)
        return Destination(fs, f"{parts.netloc}/{parts.path.strip('/')}".rstrip("/"), put_whole=True)
    if parts.scheme in ("webdav", "webdavs"):
        from webdav4.fsspec import WebdavFileSystem

        scheme = "https" if parts.scheme == "webdavs" else "http"
        user, password = os.environ.get(WEBDAV_USER), os.environ.get(WEBDAV_PASSWORD)
        fs = WebdavFileSystem(f"{scheme}://{parts.netloc}", auth=(user, password) if user else None)
        return Destination(fs, parts.path.strip("/"))
    if parts.scheme == "sftp":
        from sshfs import SSHFileSystem

        # Keys from the SSH agent and ~/.ssh, the host checked against ~/.ssh/known_hosts (asyncssh's
        # defaults; sshfs on its own would skip that check).
        fs = SSHFileSystem(parts.hostname, port=parts.port or 22, username=parts.username, known_hosts=(),
                           timeout=30)
        return Destination(fs, parts.path or ".")
    if parts.scheme in ("", "file"):
        from fsspec.implementations.local import LocalFileSystem

        folder = Path(parts.path if parts.scheme else destination).expanduser().resolve()
        return Destination(LocalFileSystem(), str(folder))
    raise InputError(f"cannot publish to '{destination}': give a folder, webdav://HOST[:PORT]/path, "
                     "webdavs://HOST/path, s3://bucket/prefix or sftp://USER@HOST[:PORT]/path")


def upload_episodes(episodes_dir: Path, destination: str, programme: Programme,
                    endpoint_url: str | None = None) -> UploadReport:
    """Copy the current episodes and a feed linking to ``programme.base_url`` to ``destination``
    (``endpoint_url``: the S3 service of an ``s3://`` destination)."""
    try:
        return _upload(Path(episodes_dir), open_destination(destination, endpoint_url), programme)
    except NarrateError:
        raise
    except Exception as exc:  # fsspec backends raise their own kinds: one line, never a traceback
        raise NarrateError(f"cannot publish to {destination}: {type(exc).__name__}: {exc}") from None


def _upload(episodes_dir: Path, dest: Destination, programme: Programme) -> UploadReport:
    contents = {name: _Local.of_file(episodes_dir / name) for name in published_files(episodes_dir)}
    contents[FEED_NAME] = _Local.of_bytes(build_feed(episodes_dir, programme))  # last: it lists the others
    if not dest.put_whole:  # S3 has no folders
        dest.fs.makedirs(dest.root, exist_ok=True)
    there = _remote_sizes(dest)
    _remove_partial_uploads(dest, there)
    before = _read_state(dest)
    state = {name: digest for name, digest in before.items() if name in there}
    changed = [name for name, local in contents.items()
               if there.get(name) != local.size or state.get(name) != local.digest]
    if changed:
        # Named before they are sent, so files a killed publish left are removed once superseded.
        _write_state(dest, {**before, **{name: "" for name in changed}})
    for name in changed:
        _put(dest, name, contents[name])
        state[name] = contents[name].digest
    deleted = sorted(name for name in set(before) - set(contents) if name in there)
    for name in deleted:  # the new feed is up: nothing lists these now
        dest.fs.rm_file(dest.path(name))
    if changed or deleted:
        _write_state(dest, {name: state[name] for name in contents})
    return UploadReport(changed, [name for name in contents if name not in changed], deleted)


@dataclasses.dataclass(frozen=True)
class _Local:
    """A file to publish: on disk (media, read as it is sent) or in memory (the feed)."""

    size: int
    digest: str
    path: Path | None = None
    data: bytes | None = None

    @classmethod
    def of_file(cls, path: Path) -> _Local:
        digest = hashlib.sha256()
        with open(path, "rb") as source:
            while block := source.read(1 << 20):
                digest.update(block)
        return cls(path.stat().st_size, digest.hexdigest(), path=path)

    @classmethod
    def of_bytes(cls, data: bytes) -> _Local:
        return cls(len(data), hashlib.sha256(data).hexdigest(), data=data)


def _remove_partial_uploads(dest: Destination, there: dict[str, int]) -> None:
    for name in there:
        if name.startswith(".") and name.endswith(".part"):
            dest.fs.rm_file(dest.path(name))


def published_files(episodes_dir: Path) -> list[str]:
    """Each current episode's audio, chapters, transcripts and cover, by name."""
    names: list[str] = []
    for episode in current_episodes(episodes_dir):
        files = episode_files(episodes_dir, episode)
        names += [files.audio, *([files.chapters] if files.chapters else []), *(t.name for t in files.transcripts),
                  *([files.image] if files.image else [])]
    return list(dict.fromkeys(names))


def _put(dest: Destination, name: str, local: _Local) -> None:
    if dest.put_whole:  # an S3 PUT is atomic: the object appears whole or not at all
        kind = {"ContentType": mimetypes.guess_type(name)[0] or "application/octet-stream"}
        if local.path is not None:
            dest.fs.put_file(str(local.path), dest.path(name), **kind)
        else:
            dest.fs.pipe_file(dest.path(name), local.data, **kind)
        return
    # A hidden temp name first: an app or a killed publish never leaves half a file under the real one.
    temp = dest.path(f".{name}.part")
    if local.path is not None:
        dest.fs.put_file(str(local.path), temp)
    else:
        dest.fs.pipe_file(temp, local.data)
    dest.rename(temp, dest.path(name))


def _remote_sizes(dest: Destination) -> dict[str, int]:
    try:
        entries = dest.fs.ls(dest.root, detail=True, **({"refresh": True} if dest.put_whole else {}))
    except FileNotFoundError:  # an S3 prefix with nothing under it yet
        return {}
    return {Path(entry["name"]).name: entry.get("size") for entry in entries if entry.get("type") == "file"}


def _read_state(dest: Destination) -> dict[str, str]:
    try:
        state = json.loads(dest.fs.cat_file(dest.path(PUBLISHED_STATE)))
    except (FileNotFoundError, ValueError):
        return {}
    return {str(k): str(v) for k, v in state.items()} if isinstance(state, dict) else {}


def _write_state(dest: Destination, state: dict[str, str]) -> None:
    _put(dest, PUBLISHED_STATE, _Local.of_bytes(json.dumps(state, indent=1, sort_keys=True).encode()))
