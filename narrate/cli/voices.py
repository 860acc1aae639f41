"""``narrate voices …`` and ``narrate cache …``: thin commands over the voice and cache libraries."""

from __future__ import annotations

from pathlib import Path

import click

from ..errors import VoiceError
from ..pipeline import download_voices, voices_dir_or_default
from ..synthesis import ClipCache, add_voice, default_cache_dir
from ..voices import DEFAULT_VOICE, Catalog, Voice, installed_voices, resolve_voice
from .app import cli
from .options import VOICES_DIR, VOICES_URL
from .progress import DownloadProgress


@cli.group("voices")
def voices_group() -> None:
    """List, download and inspect Piper voices."""


@voices_group.command("list")
@VOICES_DIR
@VOICES_URL
@click.option("--available", is_flag=True, help="List the Dutch voices in Piper's catalogue instead.")
def voices_list_command(voices_dir, voices_url, available) -> None:
    """List installed voices and where they live (or, with --available, the Dutch voices you can download)."""
    where = voices_dir_or_default(voices_dir)
    click.echo(list_available(where, voices_url) if available else list_installed(where), nl=False)


@voices_group.command("download")
@click.argument("voice_ids", nargs=-1, required=True, metavar="ID...")
@VOICES_DIR
@VOICES_URL
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def voices_download_command(voice_ids, voices_dir, voices_url, quiet) -> None:
    """Download voices (model and config) from Piper's voice repository, checked against its catalogue."""
    bars = (lambda label: None) if quiet else (lambda label: DownloadProgress(f"Downloading {label}"))
    for model in download_voices(list(voice_ids), voices_dir_or_default(voices_dir), voices_url, bars):
        click.echo(model)


@voices_group.command("add")
@click.argument("model", type=click.Path(dir_okay=False, path_type=Path), metavar="PATH.onnx")
@VOICES_DIR
def voices_add_command(model, voices_dir) -> None:
    """Install a local voice file (its .onnx.json config beside it) into the voices directory."""
    click.echo(add_local_voice(model, voices_dir_or_default(voices_dir)), nl=False)


@voices_group.command("info")
@click.argument("voice", metavar="ID")
@VOICES_DIR
@VOICES_URL
def voices_info_command(voice, voices_dir, voices_url) -> None:
    """Show a voice's language, quality, speakers and files."""
    click.echo(voice_info(voice, voices_dir_or_default(voices_dir), voices_url), nl=False)


@cli.group("cache")
def cache_group() -> None:
    """Inspect or clear the cache of synthesised sentences (NARRATE_CACHE_DIR, default ~/.cache/narrate)."""


@cache_group.command("info")
def cache_info_command() -> None:
    """Show where the cache is, how many sentences it holds and its size."""
    click.echo(cache_info(), nl=False)


@cache_group.command("clear")
def cache_clear_command() -> None:
    """Delete every cached sentence (they are synthesised again when needed)."""
    click.echo(clear_cache(), nl=False)


def list_installed(voices_dir: Path) -> str:
    """The installed voices, a row each, with where each one's model lives."""
    voices = installed_voices(voices_dir)
    if not voices:
        return (f"No voices installed in {voices_dir}/. Get one with `narrate voices download {DEFAULT_VOICE}` "
                "(see `narrate voices list --available`).\n")
    rows = [(v.id, v.language or "?", v.quality or "?", str(v.num_speakers), _mb(v.model.stat().st_size),
             str(v.model.parent)) for v in voices]
    return _table(("VOICE", "LANGUAGE", "QUALITY", "SPEAKERS", "SIZE", "WHERE"), rows)


def list_available(voices_dir: Path, base_url: str | None = None) -> str:
    catalog = Catalog.load(base_url, cache_dir=default_cache_dir())
    installed = {v.id for v in installed_voices(voices_dir)}
    rows = [(v.id, v.language, v.quality, str(v.num_speakers), _mb(v.size), "yes" if v.id in installed else "")
            for v in catalog.dutch()]
    return _table(("VOICE", "LANGUAGE", "QUALITY", "SPEAKERS", "SIZE", "INSTALLED"), rows)


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
