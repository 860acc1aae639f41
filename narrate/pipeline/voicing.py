"""What ``narrate voices …`` and ``narrate cache …`` do; each returns the text to print."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from ..synthesis.cache import ClipCache, default_cache_dir
from ..voices.catalog import Catalog, CatalogVoice
from ..voices.download import download_voice
from ..errors import VoiceError
from ..synthesis.progress import DownloadProgress
from ..voices.cast import (CastSettings, Voice, VoiceCast, add_voice, cast_voices, installed_voices, prepare_voice,
                     resolve_voice)

ProgressFactory = Callable[[str], DownloadProgress | None]


def list_installed(voices_dir: Path) -> str:
    voices = installed_voices(voices_dir)
    if not voices:
        return (f"No voices installed in {voices_dir}/. Get one with `narrate voices download nl_BE-nathalie-medium` "
                "(see `narrate voices list --available`).\n")
    rows = [(v.id, v.language or "?", v.quality or "?", str(v.num_speakers), _mb(v.model.stat().st_size)) for v in voices]
    return _table(("VOICE", "LANGUAGE", "QUALITY", "SPEAKERS", "SIZE"), rows)


def list_available(voices_dir: Path, base_url: str | None = None) -> str:
    catalog = Catalog.load(base_url, cache_dir=default_cache_dir())
    installed = {v.id for v in installed_voices(voices_dir)}
    rows = [(v.id, v.language, v.quality, str(v.num_speakers), _mb(v.size), "yes" if v.id in installed else "")
            for v in catalog.dutch()]
    return _table(("VOICE", "LANGUAGE", "QUALITY", "SPEAKERS", "SIZE", "INSTALLED"), rows)


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


def add_local_voice(model: Path, voices_dir: Path) -> str:
    voice = add_voice(model, voices_dir)
    return f"installed {voice.id} in {voices_dir}/\n"


def voice_info(voice: str, voices_dir: Path, base_url: str | None = None) -> str:
    """Details of an installed voice; of a catalogue voice when it is not installed."""
    try:
        return _installed_info(resolve_voice(voice, voices_dir))
    except VoiceError:
        pass
    try:
        catalog = Catalog.load(base_url, cache_dir=default_cache_dir())
        entry = catalog.get(voice)
    except VoiceError as exc:
        raise VoiceError(f"voice {voice!r} is not installed in {voices_dir}/, and {exc}") from None
    return _lines([
        ("voice", entry.id), ("installed", f"no; run `narrate voices download {entry.id}`"),
        ("language", entry.language), ("quality", entry.quality), ("speakers", str(entry.num_speakers)),
        ("size", _mb(entry.size)), ("url", catalog.url(entry.model)),
    ])


def _installed_info(voice: Voice) -> str:
    speakers = str(voice.num_speakers)
    if voice.speakers:
        names = sorted(voice.speakers.items(), key=lambda item: item[1])
        speakers += " (" + ", ".join(f"{sid}={name}" for name, sid in names[:8]) + (", …" if len(names) > 8 else "") + ")"
    return _lines([
        ("voice", voice.id), ("installed", "yes"), ("model", str(voice.model)), ("config", str(voice.config)),
        ("language", voice.language or "?"), ("quality", voice.quality or "?"), ("speakers", speakers),
        ("sample rate", f"{voice.sample_rate} Hz"), ("size", _mb(voice.model.stat().st_size)),
    ])


def cache_info(cache_dir: Path | None = None) -> str:
    info = ClipCache.load(cache_dir).info()
    return _lines([("cache", str(info.path)), ("sentences", str(info.clips)), ("size", _mb(info.size_bytes))])


def clear_cache(cache_dir: Path | None = None) -> str:
    before = ClipCache.load(cache_dir).clear()
    return f"removed {before.clips} cached sentences ({_mb(before.size_bytes)}) from {before.path}\n"


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def _table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    return "".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() + "\n" for row in [header, *rows])


def _lines(pairs: list[tuple[str, str]]) -> str:
    width = max(len(key) for key, _ in pairs)
    return "".join(f"{key + ':':{width + 1}} {value}\n" for key, value in pairs)


def render_cast(narrator: str, quotes: tuple[str, ...], voices_dir: Path, slots, fallback: bool = True,
                quiet: bool = False) -> tuple[VoiceCast, list[str]]:
    """The cast for a render, and warnings to show once it has succeeded.

    Missing catalogue voices are downloaded (with a progress bar). The
    espeak-ng fallback's warning goes to standard error at once, before any
    audio is made; lesser warnings wait, so a render that fails shows only
    its error.
    """
    settings = CastSettings(narrator=narrator, quotes=tuple(quotes), voices_dir=Path(voices_dir), fallback=fallback)
    bars = (lambda label: None) if quiet else (lambda label: DownloadProgress(f"Downloading {label}"))
    notes: list[str] = []
    cast = cast_voices(settings, slots, downloader=lambda voice_id, where: download_for_render(voice_id, where, bars),
                       warn=notes.append, alarm=print_warnings)
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


def print_warnings(*messages: str) -> None:
    for message in messages:
        for line in message.splitlines():
            print(line if line.startswith("WARNING") else f"Warning: {line}", file=sys.stderr, flush=True)
