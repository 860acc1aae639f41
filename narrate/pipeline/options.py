"""Options for a render: the settings file, the environment and the command line meet here.

The command line's values (click reads each flag or its ``NARRATE_*``
variable) arrive as one ``Flags``; ``render_options`` builds the frozen
option dataclasses of each stage field by field, taking the flag where one
was given, else the setting from ``narrate.toml``, else the stage's own
default. Every default is defined once, in the stage's dataclass.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeVar

from ..audio import AudioSettings
from ..programme import Programme, programme_with
from ..script import ScriptOptions
from ..settings import Settings
from ..sources import FetchOptions
from ..synthesis import SynthesisSettings
from ..voices import DEFAULT_QUOTE_VOICE, DEFAULT_VOICE

T = TypeVar("T")

DEFAULT_EPISODES_DIR = Path("episodes")
"""Where episodes and ``feed.xml`` go, relative to the folder narrate runs in."""

Executor = Literal["local", "ray"]


@dataclass(frozen=True)
class RenderOptions:
    """Everything ``narrate render`` can be told."""

    voice: str = DEFAULT_VOICE
    """Narrator voice: an installed id or a path to an ``.onnx`` file, optionally ``:SPEAKER``."""

    quote_voices: tuple[str, ...] = (DEFAULT_QUOTE_VOICE,)
    """Voices for quotes, handed out in turn (``VOICE[:SPEAKER]``); empty: the narrator reads them."""

    episodes_dir: Path = DEFAULT_EPISODES_DIR
    """Where the MP3, its manifest and ``feed.xml`` go."""

    voices_dir: Path | None = None
    """Where installed voices live; None: the project's ``voices/`` or the user data directory."""

    audio: AudioSettings = field(default_factory=AudioSettings)
    """Loudness, bitrate, jingle, cover art and what goes beside the MP3."""

    synthesis: SynthesisSettings = field(default_factory=SynthesisSettings)
    """Piper's speaking rate and noise settings."""

    programme: Programme = field(default_factory=Programme)
    """The podcast the episode belongs to."""

    script: ScriptOptions = field(default_factory=ScriptOptions)
    """How articles are written for the ear."""

    lexicon: str | None = None
    """A project pronunciation lexicon, on top of the shipped one."""

    jobs: int | None = None
    """Synthesis worker threads (Ray actors with ``executor="ray"``); None means one per core."""

    executor: Executor = "local"
    """``local``: worker threads in this process; ``ray``: a Ray cluster (needs ``narrate[ray]``)."""

    ray_address: str | None = None
    """The Ray cluster's address (``HOST:PORT``); None starts a local Ray instance."""

    cache: bool = True
    """Reuse (and store) synthesised sentences in the cache (NARRATE_CACHE_DIR)."""

    fallback: bool = True
    """Speak with espeak-ng when no Piper voice can be had, after a warning."""

    fetch: FetchOptions = field(default_factory=FetchOptions)
    """How articles named by their web address (and feeds) are fetched: cookies, timeouts, the page cache."""


@dataclass(frozen=True)
class Flags:
    """What the command line says: each flag, or its ``NARRATE_*`` variable; None where neither was given."""

    settings_path: Path | None = None
    """``--settings``: the settings file (default: ``narrate.toml`` here, if present)."""

    programme: str | None = None
    """``--programme``: the programme name."""

    base_url: str | None = None
    """``--base-url``: where the episodes directory is served."""

    episodes_dir: Path | None = None
    """``--episodes-dir``."""

    title: str | None = None
    """``--title``: the episode title."""

    date: dt.date | None = None
    """``--date``: the episode date."""

    language: str | None = None
    """``--language``: ``nl-BE`` or ``nl-NL``."""

    summary: bool | None = None
    """``--summary/--no-summary``."""

    intro: bool | None = None
    """``--intro/--no-intro``."""

    outro: bool | None = None
    """``--outro/--no-outro``."""

    lexicon: str | None = None
    """``--lexicon``: a project pronunciation lexicon."""

    voice: str | None = None
    """``--voice``: the narrator voice."""

    quote_voices: tuple[str, ...] | None = None
    """``--quote-voice``, repeated."""

    voices_dir: Path | None = None
    """``--voices-dir``."""

    bitrate_kbps: int | None = None
    """``--bitrate``."""

    loudness_lufs: float | None = None
    """``--loudness``."""

    jingle: Path | None = None
    """``--jingle``."""

    cover: Path | None = None
    """``--cover``."""

    chapter_images: bool | None = None
    """``--chapter-images/--no-chapter-images``."""

    speed: float | None = None
    """``--speed``: Piper's length scale."""

    noise_scale: float | None = None
    """``--noise-scale``."""

    noise_w: float | None = None
    """``--noise-w``."""

    sentence_pause_ms: int | None = None
    """``--sentence-pause``."""

    paragraph_pause_ms: int | None = None
    """``--paragraph-pause``."""

    jobs: int | None = None
    """``--jobs``."""

    executor: Executor | None = None
    """``--executor``."""

    ray_address: str | None = None
    """``--ray-address`` (or ``RAY_ADDRESS``)."""

    cache: bool | None = None
    """``--cache/--no-cache``."""

    fallback: bool | None = None
    """``--fallback/--no-fallback``."""

    publish: bool | None = None
    """``--publish``: publish the episodes folder to ``[publish] to`` once the episode is written."""

    endpoint_url: str | None = None
    """``publish --endpoint-url``: the S3-compatible service an ``s3://`` destination is on (default: AWS)."""

    cookies: Path | None = None
    """``--cookies``: a Netscape ``cookies.txt`` for the sites you subscribe to."""

    minutes: float | None = None
    """``briefing --minutes``: how long the briefing should be."""

    max_stories: int | None = None
    """``briefing --max-stories``: at most this many stories."""

    since: str | None = None
    """``briefing --since``: how far back items are taken (``24h``, ``48h``, ``2d``)."""


def first(*values: T | None) -> T | None:
    """The first value that is not None: a flag, else a setting, else a default.

    >>> first(None, 0, 5), first(None, None)
    (0, None)
    """
    return next((value for value in values if value is not None), None)


def render_options(settings: Settings, flags: Flags = Flags()) -> RenderOptions:
    """The options of a render: ``flags`` over ``settings`` over each stage's defaults."""
    default = RenderOptions()
    return RenderOptions(
        voice=first(flags.voice, settings.voices.narrator, default.voice),
        quote_voices=tuple(first(flags.quote_voices, settings.voices.quotes, default.quote_voices)),
        episodes_dir=episodes_dir(flags),
        voices_dir=flags.voices_dir,
        audio=audio_options(flags),
        synthesis=synthesis_options(settings, flags),
        programme=programme_options(settings, flags),
        script=script_options(settings, flags),
        lexicon=first(flags.lexicon, settings.script.lexicon),
        jobs=flags.jobs,
        executor=first(flags.executor, default.executor),
        ray_address=flags.ray_address,
        cache=first(flags.cache, default.cache),
        fallback=first(flags.fallback, default.fallback),
        fetch=FetchOptions(cookies=flags.cookies),
    )


def programme_options(settings: Settings, flags: Flags = Flags()) -> Programme:
    """The programme from ``narrate.toml``, with ``--programme`` and ``--base-url`` on top."""
    return programme_with(settings.programme, title=flags.programme, base_url=flags.base_url)


def script_options(settings: Settings, flags: Flags) -> ScriptOptions:
    """How the articles are written for the ear."""
    default = ScriptOptions()
    given = settings.script
    pauses = dataclasses.replace(default.pauses, paragraph_ms=first(
        flags.paragraph_pause_ms, settings.voices.paragraph_pause_ms, default.pauses.paragraph_ms))
    return ScriptOptions(
        programme=settings.programme.title,
        title=flags.title,
        date=flags.date,
        language=first(flags.language, given.language, default.language),
        summary=first(flags.summary, given.summary, default.summary),
        intro=first(flags.intro, given.intro, default.intro),
        outro=first(flags.outro, given.outro, default.outro),
        pauses=pauses,
    )


def synthesis_options(settings: Settings, flags: Flags) -> SynthesisSettings:
    """How the voices speak."""
    default = SynthesisSettings()
    voices = settings.voices
    return SynthesisSettings(
        length_scale=first(flags.speed, voices.speed),
        noise_scale=first(flags.noise_scale, voices.noise_scale),
        noise_w_scale=first(flags.noise_w, voices.noise_w),
        sentence_pause_ms=first(flags.sentence_pause_ms, voices.sentence_pause_ms, default.sentence_pause_ms),
    )


def audio_options(flags: Flags) -> AudioSettings:
    """How the episode sounds and what goes beside the MP3."""
    default = AudioSettings()
    return AudioSettings(
        loudness_lufs=first(flags.loudness_lufs, default.loudness_lufs),
        true_peak_dbtp=default.true_peak_dbtp,
        bitrate_kbps=first(flags.bitrate_kbps, default.bitrate_kbps),
        jingle=flags.jingle,
        cover=flags.cover,
        chapter_images=first(flags.chapter_images, default.chapter_images),
        layout=default.layout,
    )




def episodes_dir(flags: Flags) -> Path:
    """``--episodes-dir``, else ``episodes`` in the folder narrate runs in."""
    return first(flags.episodes_dir, DEFAULT_EPISODES_DIR)
