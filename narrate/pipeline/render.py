"""The whole pipeline: article file in, finished episode and updated feed out."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo

from ..publish.episode import Episode
from ..errors import NarrateError
from ..programme import Programme, programme_with
from ..publish.feed import publish_episode
from ..script.inputs import load_script
from ..publish.package import AudioSettings, Credits, audio_settings, produce_episode
from ..script.builder import Script, ScriptOptions
from ..script.text_format import format_script, script_to_json
from ..settings import Settings
from ..script.speech import load_speech
from ..synthesis.cache import usable_cache
from ..synthesis.executor import Executor, LocalExecutor
from ..synthesis.progress import AudioProgress, Progress, SilentProgress
from ..synthesis.synthesize import SynthesisSettings, synthesize_segments
from ..testhooks import checkpoint
from .voicing import print_warnings, render_cast, speech_engine
from ..voices.cast import DEFAULT_QUOTE_VOICE, DEFAULT_VOICE, VoiceCast

TIMEZONE = ZoneInfo("Europe/Brussels")


@dataclass(frozen=True)
class RenderOptions:
    """Everything ``narrate render`` can be told."""

    voice: str = DEFAULT_VOICE
    """Narrator voice: an id in ``voices_dir`` or a path to an ``.onnx`` file."""

    episodes_dir: Path = Path("episodes")
    """Where the MP3, its manifest and ``feed.xml`` go."""

    voices_dir: Path = Path("voices")
    """Where installed voices live."""

    bitrate_kbps: int = 64
    """Constant MP3 bitrate (overrides ``audio.bitrate_kbps``)."""

    audio: AudioSettings = field(default_factory=AudioSettings)
    """Loudness, jingle, cover art and what goes beside the MP3."""

    synthesis: SynthesisSettings = field(default_factory=SynthesisSettings)
    """Piper's speaking rate and noise settings."""

    programme: Programme = field(default_factory=Programme)
    """The podcast the episode belongs to."""

    script: ScriptOptions = field(default_factory=ScriptOptions)
    """How articles are written for the ear."""

    lexicon: str | None = None
    """A project pronunciation lexicon, on top of the shipped one."""

    quote_voices: tuple[str, ...] = (DEFAULT_QUOTE_VOICE,)
    """Voices for quotes, handed out in turn (``VOICE[:SPEAKER]``); empty: the narrator reads them."""

    jobs: int | None = None
    """Synthesis worker processes (Ray actors with ``executor="ray"``); None means one per core."""

    executor: str = "local"
    """``local``: this machine's worker processes; ``ray``: a Ray cluster (needs ``narrate[ray]``)."""

    ray_address: str | None = None
    """The Ray cluster's address (``HOST:PORT``); None starts a local Ray instance."""

    cache: bool = True
    """Reuse (and store) synthesised sentences in the cache (NARRATE_CACHE_DIR)."""

    fallback: bool = True
    """Speak with espeak-ng when no Piper voice can be had, after a warning."""

    quiet: bool = False
    """No progress bar or progress lines (warnings still show)."""


def render_options(settings: Settings, **overrides) -> RenderOptions:
    """Options from ``narrate.toml`` settings, with command-line values (not None) on top."""
    given = {key: value for key, value in overrides.items() if value is not None}
    script = ScriptOptions(
        programme=settings.programme.title,
        language=given.pop("language", settings.script.language),
        summary=given.pop("summary", settings.script.summary),
        intro=given.pop("intro", settings.script.intro),
        outro=given.pop("outro", settings.script.outro),
        title=given.pop("title", None),
        date=given.pop("date", None),
    )
    programme = programme_with(settings.programme, title=given.pop("programme", None),
                               base_url=given.pop("base_url", None))
    voices = settings.voices
    synthesis = SynthesisSettings(
        length_scale=given.pop("speed", voices.speed), noise_scale=given.pop("noise_scale", voices.noise_scale),
        noise_w_scale=given.pop("noise_w", voices.noise_w),
        sentence_pause_ms=given.pop("sentence_pause_ms", voices.sentence_pause_ms))
    paragraph_ms = given.pop("paragraph_pause_ms", voices.paragraph_pause_ms)
    if paragraph_ms is not None:
        script = dataclasses.replace(script, pauses=dataclasses.replace(script.pauses, paragraph_ms=paragraph_ms))
    return RenderOptions(
        synthesis=given.pop("synthesis", synthesis),
        quote_voices=tuple(given.pop("quote_voices", voices.quotes)),
        audio=audio_settings(given),
        voice=given.pop("voice", settings.voices.narrator),
        programme=programme,
        script=script,
        lexicon=given.pop("lexicon", settings.script.lexicon),
        **given,
    )


@dataclass(frozen=True)
class RenderResult:
    """What a render wrote."""

    episode: Episode
    audio: Path
    manifest: Path
    feed: Path


def prepare_script(inputs: list[str], options: RenderOptions) -> Script:
    """The script for ``inputs``: articles written for the ear, or an edited script file."""
    speak = load_speech(options.script.language, options.lexicon)
    date = options.script.date or dt.datetime.now(TIMEZONE).date()
    script_options = dataclasses.replace(options.script, date=date, programme=options.programme.title)
    return load_script(list(inputs), script_options, speak)


def render(inputs: list[str], options: RenderOptions) -> RenderResult:
    """Script, synthesise, assemble, encode and publish one episode."""
    script = prepare_script(inputs, options)
    checkpoint("parse")
    episodes_dir = _writable_dir(options.episodes_dir)
    cast, notes = script_cast(script, options)
    with open_executor(options) as executor:
        episode = produce_script(script, cast, options, episodes_dir, executor,
                                 SilentProgress() if options.quiet else AudioProgress())
    audio = episodes_dir / episode.audio
    manifest = episodes_dir / f"{episode.stem}.json"
    checkpoint("manifest")
    # Older renders of the same article go once the new manifest is in place.
    feed = publish_episode(episodes_dir, episode, options.programme)
    print_warnings(*notes)
    return RenderResult(episode=episode, audio=audio, manifest=manifest, feed=feed)


def script_cast(script: Script, options: RenderOptions) -> tuple[VoiceCast, list[str]]:
    """The voices that speak ``script`` (downloaded if need be), and warnings to show after the render."""
    slots = [segment.voice for segment in script.segments()]
    return render_cast(options.voice, options.quote_voices, options.voices_dir, slots, options.fallback, options.quiet)


def produce_script(script: Script, cast: VoiceCast, options: RenderOptions, episodes_dir: Path, executor: Executor,
                   progress: Progress) -> Episode:
    """Synthesise ``script`` on ``executor``, then assemble, encode and write the episode; the feed is left as is."""
    segments = script.segments()
    clips = synthesize_segments(segments, cast, options.synthesis, jobs=options.jobs,
                                cache=usable_cache(print_warnings) if options.cache else None,
                                progress=progress, executor=executor)
    credits = Credits(programme=options.programme.title, author=options.programme.author,
                      voices=cast.labels(segment.voice for segment in segments), engine=speech_engine(cast))
    audio_settings = dataclasses.replace(options.audio, bitrate_kbps=options.bitrate_kbps)
    return produce_episode(script, clips, episodes_dir, credits, audio_settings)


@contextlib.contextmanager
def open_executor(options: RenderOptions, shared: bool = False) -> Iterator[Executor]:
    """Where synthesis runs: this machine's worker processes, or Ray (``--executor ray``).

    ``shared``: one pool for renders going on at once (``render-many``).
    """
    if options.executor == "ray":
        from .synthesis.ray.executor import RayExecutor

        with RayExecutor(options.ray_address, options.jobs) as executor:
            yield executor
        return
    executor = LocalExecutor(options.jobs, shared)
    try:
        yield executor
    finally:
        executor.close()


def _writable_dir(path: Path) -> Path:
    # Checked before any speech is made, but created only when the episode is
    # written, so a render that fails leaves nothing behind, not even a directory.
    path = Path(path)
    existing = next((p for p in (path, *path.parents) if p.exists()), Path.cwd())
    if not existing.is_dir():
        raise NarrateError(f"cannot create episodes directory {path}: {existing} is not a directory; "
                           "choose another with --episodes-dir")
    if not os.access(existing, os.W_OK | os.X_OK):
        if existing == path:
            raise NarrateError(f"episodes directory {path} is not writable; fix its permissions or choose another "
                               "with --episodes-dir")
        raise NarrateError(f"cannot create episodes directory {path}: {existing} is not writable; "
                           "choose another with --episodes-dir")
    return path


def print_script(inputs: list[str], options: RenderOptions, as_json: bool = False) -> str:
    """The script for ``inputs`` as editable text, or as JSON."""
    script = prepare_script(inputs, options)
    if as_json:
        return script_to_json(script)
    return format_script(script, load_speech(options.script.language, options.lexicon))
