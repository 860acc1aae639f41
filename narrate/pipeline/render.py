"""The whole pipeline: article file in, finished episode and updated feed out."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from ..errors import NarrateError
from ..publish import Credits, Episode, produce_episode, publish_episode
from ..script import Script, format_script, load_script, load_speech, script_to_json
from ..synthesis import Executor, LocalExecutor, RayExecutor, synthesize_segments, usable_cache
from ..synthesis import Progress
from ..testhooks import checkpoint
from ..voices import VoiceCast
from .inputs import resolve_inputs
from .options import RenderOptions
from .report import SILENT, Reporter
from .voicing import render_cast, speech_engine, voices_dir_or_default

TIMEZONE = ZoneInfo("Europe/Brussels")


@dataclass(frozen=True)
class RenderResult:
    """What a render wrote, and what it has to say about it."""

    episode: Episode
    """The episode's manifest, as written."""

    audio: Path
    """The MP3."""

    manifest: Path
    """The manifest (``<stem>.json``) the feed is built from."""

    feed: Path
    """The feed, listing the episode."""

    warnings: tuple[str, ...] = ()
    """Warnings to show the user (a voice downloaded or replaced, an unusable cache, …), in order."""


def prepare_script(inputs: list[str], options: RenderOptions) -> Script:
    """The script for ``inputs``: articles written for the ear, or an edited script file."""
    speak = load_speech(options.script.language, options.lexicon)
    date = options.script.date or dt.datetime.now(TIMEZONE).date()
    script_options = dataclasses.replace(options.script, date=date, programme=options.programme.title)
    return load_script(resolve_inputs(list(inputs), options.fetch), script_options, speak)


def render(inputs: list[str], options: RenderOptions, reporter: Reporter = SILENT) -> RenderResult:
    """Script, synthesise, assemble, encode and publish one episode."""
    script = prepare_script(inputs, options)
    checkpoint("parse")
    episodes_dir = writable_dir(options.episodes_dir)
    cast, warnings = script_cast(script, options, reporter)
    warnings[:0] = script.warnings  # a title made up for an article without one
    with open_executor(options) as executor:
        episode = produce_script(script, cast, options, episodes_dir, executor, reporter.audio(), warnings)
    audio = episodes_dir / episode.audio
    manifest = episodes_dir / f"{episode.stem}.json"
    checkpoint("manifest")
    # Older renders of the same article go once the new manifest is in place.
    feed = publish_episode(episodes_dir, episode, options.programme)
    return RenderResult(episode=episode, audio=audio, manifest=manifest, feed=feed, warnings=tuple(warnings))


def script_cast(script: Script, options: RenderOptions, reporter: Reporter = SILENT) -> tuple[VoiceCast, list[str]]:
    """The voices that speak ``script`` (downloaded if need be), and the warnings that gave."""
    slots = [segment.voice for segment in script.segments()]
    return render_cast(options.voice, options.quote_voices, voices_dir_or_default(options.voices_dir), slots,
                       options.fallback, progress=reporter.download, alarm=reporter.alarm)


def produce_script(script: Script, cast: VoiceCast, options: RenderOptions, episodes_dir: Path, executor: Executor,
                   progress: Progress, warnings: list[str]) -> Episode:
    """Synthesise ``script`` on ``executor``, then assemble, encode and write the episode; the feed is left as is.

    Warnings on the way (an unusable cache) are added to ``warnings``.
    """
    segments = script.segments()
    credits = Credits(programme=options.programme.title, author=options.programme.author,
                      voices=cast.labels(segment.voice for segment in segments), engine=speech_engine(cast))
    clips = synthesize_segments(segments, cast, options.synthesis, jobs=options.jobs,
                                cache=usable_cache(warnings.append) if options.cache else None,
                                progress=progress, executor=executor)
    # Closed here, on the way out, so an error or Ctrl+C stops the workers now, not whenever (and on
    # whatever thread) the garbage collector gets to the abandoned generator.
    with contextlib.closing(clips):
        return produce_episode(script, clips, episodes_dir, credits, options.audio)


@contextlib.contextmanager
def open_executor(options: RenderOptions, shared: bool = False) -> Iterator[Executor]:
    """Where synthesis runs: worker threads in this process, or Ray (``--executor ray``).

    ``shared``: one pool for renders going on at once (``render-many``).
    """
    if options.executor == "ray":
        with RayExecutor(options.ray_address, options.jobs) as executor:
            yield executor
        return
    executor = LocalExecutor(options.jobs, shared)
    try:
        yield executor
    finally:
        executor.close()


def writable_dir(path: Path) -> Path:
    """``path``, once it is clear the episode can be written there; it is created only when the episode is.

    Checked before any speech is made, so a render that fails leaves
    nothing behind, not even a directory.
    """
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


@dataclass(frozen=True)
class ScriptText:
    """A script written out for the user to read or edit, and what there is to say about it."""

    text: str
    """The editable text, or JSON."""

    warnings: tuple[str, ...] = ()
    """For example a title made up for an article without one."""


def print_script(inputs: list[str], options: RenderOptions, as_json: bool = False) -> ScriptText:
    """The script for ``inputs`` as editable text, or as JSON."""
    script = prepare_script(inputs, options)
    if as_json:
        return ScriptText(script_to_json(script), script.warnings)
    return ScriptText(format_script(script, load_speech(options.script.language, options.lexicon)), script.warnings)
