"""A content-addressed cache of synthesised sentences, stored as FLAC.

Each entry is the audio of one spoken sentence, named by a hash of
everything that changes that audio (see ``clip_key``), so an entry never
goes stale: a changed voice, setting or text simply gives another name.
Entries are written to a temp file and renamed into place, so concurrent
renders and interrupted runs never leave half a clip under a real name; an
unreadable entry counts as missing and is replaced.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..files import cache_root, write_bytes_atomic

CACHE_VERSION = 1
"""Bumped when the way narrate synthesises changes, to retire every old entry."""

EMPTY_CLIP = b"narrate: empty clip\n"
"""FLAC cannot hold zero samples; a sentence that makes no sound is stored as this."""

CLIPS = "clips"
DIGESTS = "digests"


@dataclass(frozen=True)
class CacheInfo:
    """What ``narrate cache info`` shows."""

    path: Path
    """The cache directory."""

    clips: int
    """Number of cached sentences."""

    size_bytes: int
    """Disk space the cache uses, in bytes."""


@dataclass(frozen=True)
class ClipCache:
    """The cache directory and how to read and write its entries."""

    root: Path
    """Directory holding ``clips/`` (FLAC entries) and ``digests/`` (voice checksums)."""

    def __post_init__(self):
        object.__setattr__(self, "root", Path(self.root))

    @staticmethod
    def load(root: Path | str | None = None) -> ClipCache:
        """The cache at ``root``, NARRATE_CACHE_DIR, or the user's cache directory."""
        return ClipCache(Path(root) if root else default_cache_dir())

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def get(self, key: str) -> np.ndarray | None:
        """The cached samples for ``key``, or None when missing or unreadable."""
        path = self._path(key)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            return decode_clip(data)
        except Exception:  # libsndfile's errors are untyped; a damaged entry is just a miss
            path.unlink(missing_ok=True)
            return None

    def put(self, key: str, samples: np.ndarray, sample_rate: int) -> None:
        """Store ``samples``; a write that fails (disk full, read-only) is skipped, not fatal."""
        self.put_encoded(key, encode_clip(samples, sample_rate))

    def put_encoded(self, key: str, data: bytes) -> None:
        """Store an entry already made by ``encode_clip`` (by a worker on another machine, say)."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _replace_atomically(path, data)
        except OSError:
            pass

    def info(self) -> CacheInfo:
        clips = size = 0
        for path in self._files():
            try:
                size += path.stat().st_size
            except OSError:
                continue
            clips += path.suffix == ".flac"
        return CacheInfo(self.root, clips, size)

    def clear(self) -> CacheInfo:
        """Delete every entry; returns what was there."""
        before = self.info()
        for sub in (CLIPS, DIGESTS):
            shutil.rmtree(self.root / sub, ignore_errors=True)
        return before

    def file_digest(self, path: Path) -> str:
        """SHA-256 of a (voice) file, remembered by path, size and mtime to skip rehashing 60 MB."""
        path = Path(path).resolve()
        stat = path.stat()
        stamp = f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\0{stat.st_ino}"
        memo = self.root / DIGESTS / hashlib.sha256(stamp.encode()).hexdigest()
        try:
            digest = memo.read_text().strip()
            if len(digest) == 64:
                return digest
        except OSError:
            pass
        digest = sha256_file(path)
        try:
            memo.parent.mkdir(parents=True, exist_ok=True)
            _replace_atomically(memo, digest.encode())
        except OSError:
            pass
        return digest

    def _path(self, key: str) -> Path:
        # Two-level fan-out keeps directories small for caches of 100,000+ sentences.
        return self.root / CLIPS / key[:2] / f"{key}.flac"

    def _files(self):
        base = self.root / CLIPS
        if base.is_dir():
            yield from (p for p in base.rglob("*") if p.is_file())


def usable_cache(warn: Callable[[str], None]) -> ClipCache | None:
    """The cache, or None after one warning when its directory cannot be read and written.

    A render must not fail, nor warn once per sentence, because of a cache
    it can do without: it synthesises every sentence instead.
    """
    cache = ClipCache.load()
    clips = cache.root / CLIPS
    try:
        clips.mkdir(parents=True, exist_ok=True)
        os.listdir(clips)
        fd, probe = tempfile.mkstemp(prefix=".tmp-", dir=clips)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        warn(f"cannot use the cache at {cache.root} ({exc.strerror or exc}), so every sentence is synthesised afresh; "
             "fix its permissions or point NARRATE_CACHE_DIR elsewhere")
        return None
    return cache


def clip_key(**parts) -> str:
    """A stable hash of everything that decides one sentence's audio.

    >>> clip_key(text="Goedemorgen.", speaker=None) == clip_key(speaker=None, text="Goedemorgen.")
    True
    >>> clip_key(text="Goedemorgen.") == clip_key(text="Goedemorgen!")
    False
    """
    canonical = json.dumps({"cache_version": CACHE_VERSION, **parts}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def default_cache_dir() -> Path:
    """narrate's cache directory (``narrate.files.cache_root``), which the sentence cache shares."""
    return cache_root()


def default_models_dir() -> Path:
    """Where voices prepared for narrate (split and optimised graphs) are kept."""
    return default_cache_dir() / "models"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def encode_clip(samples: np.ndarray, sample_rate: int) -> bytes:
    """A sentence's samples as a cache entry: FLAC, lossless and about half the size."""
    if len(samples) == 0:
        return EMPTY_CLIP
    import soundfile

    buffer = io.BytesIO()
    soundfile.write(buffer, samples, sample_rate, format="FLAC", subtype="PCM_16")
    return buffer.getvalue()


def decode_clip(data: bytes) -> np.ndarray:
    """The samples of an entry made by ``encode_clip``; raises on damaged data."""
    if data == EMPTY_CLIP:
        return np.zeros(0, dtype=np.int16)
    import soundfile

    samples, _rate = soundfile.read(io.BytesIO(data), dtype="int16")
    return samples


def _replace_atomically(path: Path, data: bytes) -> None:
    # No fsync: an entry lost or garbled by a power cut is only a cache miss,
    # and rename keeps concurrent readers from ever seeing half an entry.
    write_bytes_atomic(path, data, durable=False)
