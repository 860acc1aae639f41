"""Voices for a render: found where they are installed, downloaded when missing, cast to the script's slots."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from ..synthesis import DownloadProgress
from ..synthesis import default_cache_dir, prepare_voice
from ..voices import Catalog, CatalogVoice, CastSettings, Voice, VoiceCast, cast_voices, download_voice
from ..voices import find_voices_dir

ProgressFactory = Callable[[str], DownloadProgress | None]
"""Makes the progress report of one voice download from its label; None reports nothing."""


def voices_dir_or_default(voices_dir: Path | None) -> Path:
    """``voices_dir`` when given, else where this folder's voices live (see ``narrate.voices.location``)."""
    return Path(voices_dir) if voices_dir is not None else find_voices_dir()


def download_voices(voice_ids: list[str], voices_dir: Path, base_url: str | None = None,
                    progress: ProgressFactory = lambda label: None) -> list[Path]:
    """Install each voice (model and config) from the catalogue; the model paths."""
    catalog = Catalog.load(base_url, cache_dir=default_cache_dir())
    entries = [catalog.get(voice_id) for voice_id in voice_ids]  # every id checked before any download
    return [_download(catalog, entry, voices_dir, progress) for entry in entries]


def download_for_render(voice_id: str, voices_dir: Path, progress: ProgressFactory = lambda label: None) -> Path:
    """``render``'s downloader: fetch one missing catalogue voice."""
    catalog = Catalog.load(cache_dir=default_cache_dir())
    return _download(catalog, catalog.get(voice_id), voices_dir, progress)


def _download(catalog: Catalog, entry: CatalogVoice, voices_dir: Path, progress: ProgressFactory) -> Path:
    bar = progress(entry.id)
    try:
        model = download_voice(catalog, entry, voices_dir, bar)
    finally:
        if bar is not None:
            bar.close()
    prepare_voice(Voice.load(model))
    return model


def render_cast(narrator: str, quotes: tuple[str, ...], voices_dir: Path, slots: Iterable[str],
                fallback: bool = True, progress: ProgressFactory = lambda label: None,
                alarm: Callable[[str], None] = lambda message: None) -> tuple[VoiceCast, list[str]]:
    """The cast for a render, and the warnings it gave.

    Missing catalogue voices are downloaded, each reporting to
    ``progress(label)``. The espeak-ng fallback's warning also goes to
    ``alarm`` at once, before any audio is made; the caller shows the rest
    once the render has succeeded, so a render that fails shows only its
    error.
    """
    settings = CastSettings(narrator=narrator, quotes=tuple(quotes), voices_dir=Path(voices_dir), fallback=fallback)
    notes: list[str] = []

    def alarm_and_note(message: str) -> None:
        notes.append(message)
        alarm(message)

    cast = cast_voices(settings, list(slots),
                       downloader=lambda voice_id, where: download_for_render(voice_id, where, progress),
                       warn=notes.append, alarm=alarm_and_note)
    return cast, notes


def speech_engine(cast: VoiceCast) -> str:
    """``Piper 1.8.0``, or ``espeak-ng (espeakng-loader 0.2.4)``: what spoke the episode."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        if cast.engine == "espeak-ng":
            return f"espeak-ng (espeakng-loader {version('espeakng-loader')})"
        return f"Piper {version('piper-tts')}"
    except PackageNotFoundError:  # pragma: no cover - both are dependencies
        return cast.engine
