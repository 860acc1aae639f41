"""Piper's voice catalogue: ``voices.json`` from Piper's voice repository.

The catalogue says, for every published voice, its language, quality,
speakers and the size and MD5 checksum of each file. narrate uses it to list
the Dutch voices that can be downloaded and to check each download. The last
catalogue fetched is kept in the cache directory, so ``voices list
--available`` still answers offline.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from .http import NetworkError, VoiceDownloadError, fetch_bytes
from ..files import write_bytes_atomic

VOICES_URL = "https://huggingface.co/rhasspy/piper-voices/resolve/main"
"""Piper's voice repository; NARRATE_VOICES_URL points narrate at a mirror."""

CATALOGUE_NAME = "voices.json"
"""The catalogue's file name, at the root of the repository."""

DUTCH = ("nl_BE", "nl_NL")
"""Language codes narrate speaks."""

VOICE_ID = re.compile(r"^(?P<family>[a-z]{2,3})_(?P<region>[A-Z]{2})-(?P<name>[^-/\s]+)-(?P<quality>[a-z_]+)$")
"""Piper's voice ids: ``<language>_<REGION>-<name>-<quality>``."""


@dataclass(frozen=True)
class CatalogFile:
    """One file of a published voice."""

    path: str
    """Path within the voice repository, e.g. ``nl/nl_BE/rdh/medium/nl_BE-rdh-medium.onnx``."""

    size: int
    """Exact size in bytes."""

    md5: str
    """MD5 checksum (hex), as the catalogue gives it."""

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class CatalogVoice:
    """A voice as Piper's catalogue describes it."""

    id: str
    """Voice id, e.g. ``nl_BE-nathalie-medium``."""

    language: str
    """Language code, e.g. ``nl_BE``."""

    quality: str
    """``x_low``, ``low``, ``medium`` or ``high``."""

    num_speakers: int
    """Number of speakers in the model."""

    model: CatalogFile
    """The ``.onnx`` model."""

    config: CatalogFile
    """The ``.onnx.json`` config."""

    @property
    def size(self) -> int:
        return self.model.size + self.config.size

    @staticmethod
    def from_entry(voice_id: str, entry: dict) -> CatalogVoice:
        files = [CatalogFile(path, int(f["size_bytes"]), str(f["md5_digest"]).lower()) for path, f in entry["files"].items()]
        model = next(f for f in files if f.name == f"{voice_id}.onnx")
        config = next(f for f in files if f.name == f"{voice_id}.onnx.json")
        return CatalogVoice(
            id=voice_id,
            language=entry["language"]["code"],
            quality=entry["quality"],
            num_speakers=int(entry.get("num_speakers", 1)),
            model=model,
            config=config,
        )


@dataclass(frozen=True)
class Catalog:
    """The voices Piper publishes, and where to fetch them."""

    base_url: str
    """Root of the voice repository; file paths are relative to it."""

    voices: dict[str, CatalogVoice]
    """Voices by id."""

    @staticmethod
    def load(base_url: str | None = None, cache_dir: Path | None = None, timeout_s: float = 15) -> Catalog:
        """Fetch the catalogue, or read the copy kept from the last fetch when offline."""
        base_url = voices_base_url(base_url)
        kept = _kept_copy(base_url, cache_dir)
        try:
            data = fetch_bytes(f"{base_url}/{CATALOGUE_NAME}", timeout_s=timeout_s)
        except NetworkError as exc:
            if kept is not None and kept.is_file():
                return Catalog.parse(kept.read_bytes(), base_url)
            raise VoiceDownloadError(
                f"cannot fetch Piper's voice catalogue: {exc}; connect to the internet, set NARRATE_VOICES_URL "
                "to a mirror, or install a voice file with `narrate voices add PATH.onnx`", str(exc)
            ) from None
        catalog = Catalog.parse(data, base_url)
        if kept is not None:
            kept.parent.mkdir(parents=True, exist_ok=True)
            write_bytes_atomic(kept, data)
        return catalog

    @staticmethod
    def parse(data: bytes, base_url: str) -> Catalog:
        try:
            entries = json.loads(data)
            voices = {vid: CatalogVoice.from_entry(vid, entry) for vid, entry in entries.items()}
        except (ValueError, KeyError, TypeError, StopIteration, AttributeError) as exc:
            cause = f"the voice catalogue at {base_url} is not Piper's voices.json ({type(exc).__name__})"
            raise VoiceDownloadError(f"{cause}; check NARRATE_VOICES_URL", cause) from None
        return Catalog(base_url=base_url, voices=voices)

    def dutch(self) -> list[CatalogVoice]:
        """The Dutch and Flemish voices, sorted by id."""
        return sorted((v for v in self.voices.values() if v.language in DUTCH), key=lambda v: v.id)

    def get(self, voice_id: str) -> CatalogVoice:
        try:
            return self.voices[voice_id]
        except KeyError:
            cause = f"voice {voice_id!r} is not in Piper's catalogue"
            raise VoiceDownloadError(f"{cause}; see `narrate voices list --available`", cause) from None

    def url(self, file: CatalogFile) -> str:
        return f"{self.base_url}/{quote(file.path)}"


def voices_base_url(override: str | None = None) -> str:
    """The voice repository to use: an explicit URL, NARRATE_VOICES_URL, or Piper's own."""
    return (override or os.environ.get("NARRATE_VOICES_URL") or VOICES_URL).rstrip("/")


def is_catalogue_id(text: str) -> bool:
    """Whether ``text`` looks like a Piper voice id (not a path).

    >>> is_catalogue_id("nl_BE-nathalie-medium"), is_catalogue_id("voices/x.onnx"), is_catalogue_id("mine")
    (True, False, False)
    """
    return bool(VOICE_ID.match(text))


def _kept_copy(base_url: str, cache_dir: Path | None) -> Path | None:
    if cache_dir is None:
        return None
    # One kept copy per repository, so a mirror's catalogue never stands in for another's.
    import hashlib

    tag = hashlib.sha256(base_url.encode()).hexdigest()[:12]
    return Path(cache_dir) / "catalogue" / f"voices-{tag}.json"
