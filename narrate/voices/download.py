"""Downloading voice files: resumable, checked against the catalogue before use.

A file is fetched into ``NAME.part`` beside its destination and renamed only
once its size and MD5 checksum match the catalogue, so a truncated or
corrupted download is never installed. A ``.part`` file left by a dropped
connection is continued with an HTTP range request on the next attempt.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import urllib.error
from collections.abc import Callable
from pathlib import Path

from .catalog import Catalog, CatalogFile, CatalogVoice
from .http import NetworkError, VoiceDownloadError, network_reason, open_url
from ..files import atomic_path

CHUNK_BYTES = 1 << 16
"""Read size; also how often progress is reported."""

RETRIES = 3
"""Attempts per file within one command, each resuming where the last stopped."""

Progress = Callable[[int, int], None]
"""Called with (bytes done, bytes total) as a download advances."""


def download_voice(
    catalog: Catalog,
    voice: CatalogVoice,
    voices_dir: Path,
    progress: Progress | None = None,
    timeout_s: float = 30,
) -> Path:
    """Install ``voice``'s config and model into ``voices_dir``; return the model's path.

    The config goes first: a model is only ever installed with its config
    already beside it, and ``voices list`` shows voices by their model.
    """
    voices_dir = Path(voices_dir)
    voices_dir.mkdir(parents=True, exist_ok=True)
    total = voice.size
    done_before = 0

    def report(done: int, _total: int) -> None:
        if progress:
            progress(done_before + done, total)

    for file in (voice.config, voice.model):
        download_file(catalog.url(file), file, voices_dir / file.name, report, timeout_s)
        done_before += file.size
    return voices_dir / voice.model.name


def download_file(url: str, expected: CatalogFile, dest: Path, progress: Progress | None = None,
                  timeout_s: float = 30) -> None:
    """Fetch ``url`` to ``dest`` through ``dest.part``, resuming, checking size and MD5."""
    dest = Path(dest)
    if dest.is_file() and dest.stat().st_size == expected.size and _md5(dest) == expected.md5:
        if progress:
            progress(expected.size, expected.size)
        return
    part = dest.with_name(dest.name + ".part")
    last_error = ""
    for _attempt in range(RETRIES):
        try:
            _fetch_into(url, part, expected.size, progress, timeout_s)
        except NetworkError as exc:
            last_error = str(exc)
            if not part.exists() or part.stat().st_size == 0:
                break  # nothing arrived: the server is unreachable, retrying will not help
            continue
        if part.stat().st_size >= expected.size:
            break
    _install_part(part, dest, expected, url, last_error)


def _install_part(part: Path, dest: Path, expected: CatalogFile, url: str, last_error: str) -> None:
    size = part.stat().st_size if part.exists() else 0
    if size < expected.size:
        if size == 0:
            part.unlink(missing_ok=True)
            raise VoiceDownloadError(
                f"cannot download {expected.name} from {url}: {last_error}; check your internet connection, "
                "set NARRATE_VOICES_URL to a mirror, or install a voice file with `narrate voices add PATH.onnx`",
                last_error)
        cause = f"download of {expected.name} stopped after {size} of {expected.size} bytes ({last_error})"
        raise VoiceDownloadError(f"{cause}; run the same command again to resume it", cause)
    if size > expected.size or _md5(part) != expected.md5:
        part.unlink(missing_ok=True)
        cause = f"downloaded {expected.name} does not match the catalogue's size and checksum, so it was deleted"
        raise VoiceDownloadError(f"{cause}; run the command again, or set NARRATE_VOICES_URL to another mirror", cause)
    with atomic_path(dest) as tmp:
        os.replace(part, tmp)


def _fetch_into(url: str, part: Path, size: int, progress: Progress | None, timeout_s: float) -> None:
    """Append to ``part`` from where it ends; restart if the server ignores the range."""
    have = part.stat().st_size if part.exists() else 0
    if have >= size:
        return
    headers = {"Range": f"bytes={have}-"} if have else {}
    try:
        with open_url(url, headers=headers, timeout_s=timeout_s) as response:
            resumed = have and response.status == 206
            mode = "ab" if resumed else "wb"
            done = have if resumed else 0
            with open(part, mode) as out:
                while chunk := response.read(CHUNK_BYTES):
                    out.write(chunk)
                    done += len(chunk)
                    if progress:
                        progress(min(done, size), size)
                    if done > size:
                        return  # longer than the catalogue says: the checksum step rejects it
    except urllib.error.HTTPError as exc:
        if exc.code == 416 and have:
            part.unlink()  # our partial file is no prefix of theirs
        raise NetworkError(f"the server answered {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        raise NetworkError(network_reason(exc)) from None


def _md5(path: Path) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
