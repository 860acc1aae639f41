"""The options several commands share, and the one step that turns what click read into ``Flags``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from ..audio import AudioSettings
from ..pipeline import DEFAULT_EPISODES_DIR, Flags
from ..script import DEFAULT_LANGUAGE, LANGUAGES
from ..voices import DEFAULT_QUOTE_VOICE, DEFAULT_VOICE

AUDIO = AudioSettings()
"""The audio defaults, named in the help."""


def stacked(options, command):
    """Apply click option decorators so they appear in ``--help`` in list order."""
    for option in reversed(options):
        command = option(command)
    return command


def command_flags(values: dict) -> Flags:
    """``Flags`` from a command's click values (flag, else ``NARRATE_*`` variable, else None)."""
    values = dict(values)
    if isinstance(values.get("date"), dt.datetime):
        values["date"] = values["date"].date()
    if "quote_voices" in values:
        values["quote_voices"] = tuple(values["quote_voices"] or ()) or None
    return Flags(**values)


SETTINGS = click.option("--settings", "settings_path", envvar="NARRATE_SETTINGS", show_envvar=True,
                        type=click.Path(dir_okay=False, path_type=Path),
                        help="Settings file (default: narrate.toml here, if present).")
PROGRAMME = click.option("--programme", envvar="NARRATE_PROGRAMME", show_envvar=True, help="Programme name.")
EPISODES_DIR = click.option("--episodes-dir", envvar="NARRATE_EPISODES_DIR", show_envvar=True,
                            type=click.Path(file_okay=False, path_type=Path),
                            help=f"Where episodes and feed.xml are (default: {DEFAULT_EPISODES_DIR}).")
VOICES_DIR = click.option("--voices-dir", envvar="NARRATE_VOICES_DIR", show_envvar=True,
                          type=click.Path(file_okay=False, path_type=Path),
                          help="Where installed voices live (default: ./voices in a project, a folder with "
                               "narrate.toml or voices/; else the user data directory).")
VOICES_URL = click.option("--voices-url", envvar="NARRATE_VOICES_URL", show_envvar=True,
                          help="Piper voice repository or mirror (default: Piper's, on Hugging Face).")
BASE_URL = click.option("--base-url", envvar="NARRATE_BASE_URL", show_envvar=True,
                        help="Where the episodes directory is served; feed.xml links under it "
                             "(default: programme.base_url in the settings, else http://127.0.0.1:8000/).")

COOKIES = click.option("--cookies", envvar="NARRATE_COOKIES", show_envvar=True,
                       type=click.Path(dir_okay=False, path_type=Path),
                       help="A Netscape cookies.txt (exported from your browser) for articles you subscribe to.")


def script_options(command):
    """Options shared by every command that writes a script."""
    return stacked([
        SETTINGS,
        PROGRAMME,
        click.option("--title", envvar="NARRATE_TITLE", show_envvar=True, help="Episode title (default: the headline)."),
        click.option("--date", "date", envvar="NARRATE_DATE", show_envvar=True, type=click.DateTime(["%Y-%m-%d"]),
                     help="Episode date (default: today in Brussels)."),
        click.option("--language", envvar="NARRATE_LANGUAGE", show_envvar=True, type=click.Choice(LANGUAGES),
                     help=f"Flemish or Dutch speech (default: {DEFAULT_LANGUAGE})."),
        click.option("--summary/--no-summary", default=None, help="Read the summary box."),
        click.option("--intro/--no-intro", default=None, help="Open with programme, date and headline."),
        click.option("--outro/--no-outro", default=None, help="Close with source and credits."),
        click.option("--lexicon", envvar="NARRATE_LEXICON", show_envvar=True, type=click.Path(dir_okay=False),
                     help="Project pronunciation lexicon, applied after the shipped one."),
    ], command)


def render_options(command):
    """Options of the commands that render episodes, after the script options."""
    return stacked([
        click.option("--voice", envvar="NARRATE_VOICE", show_envvar=True,
                     help="Narrator voice: an installed id, or a path to a Piper .onnx file "
                          f"(default: {DEFAULT_VOICE})."),
        EPISODES_DIR,
        VOICES_DIR,
        click.option("--bitrate", "bitrate_kbps", envvar="NARRATE_BITRATE", show_envvar=True,
                     type=click.IntRange(32, 320),
                     help=f"Constant MP3 bitrate in kbit/s (default: {AUDIO.bitrate_kbps})."),
        click.option("--loudness", "loudness_lufs", envvar="NARRATE_LOUDNESS", show_envvar=True,
                     type=click.FloatRange(-30, -9),
                     help=f"Integrated loudness in LUFS (default: {AUDIO.loudness_lufs:g}, Apple's guidance)."),
        click.option("--jingle", envvar="NARRATE_JINGLE", show_envvar=True,
                     type=click.Path(dir_okay=False, path_type=Path),
                     help="WAV or FLAC played before the first word and after the last."),
        click.option("--cover", envvar="NARRATE_COVER", show_envvar=True, type=click.Path(dir_okay=False, path_type=Path),
                     help="Your own cover art: square JPEG or PNG, 1400-3000 px, RGB (default: one is drawn)."),
        click.option("--chapter-images/--no-chapter-images", default=None,
                     help="Put a small image with its title in each chapter (default: on)."),
        *voice_tuning_options(),
        *executor_options(),
        click.option("--quiet", "-q", is_flag=True, default=False, help="No progress bar or progress lines."),
        BASE_URL,
        click.option("--publish", is_flag=True, default=None,
                     help="Then publish the episodes folder to [publish] to in narrate.toml (see 'narrate publish')."),
    ], command)


def voice_tuning_options() -> list:
    """How the voices speak."""
    return [
        click.option("--speed", envvar="NARRATE_SPEED", show_envvar=True, type=click.FloatRange(0.25, 4.0),
                     help="Piper length scale: above 1 speaks slower."),
        click.option("--noise-scale", envvar="NARRATE_NOISE_SCALE", show_envvar=True, type=float,
                     help="Piper generator noise (0 for deterministic audio)."),
        click.option("--noise-w", envvar="NARRATE_NOISE_W", show_envvar=True, type=float,
                     help="Piper phoneme-duration noise (0 for deterministic timing)."),
        click.option("--quote-voice", "quote_voices", multiple=True, metavar="VOICE[:SPEAKER]",
                     help=f"Quote voice; repeat for several, handed out in turn (default: {DEFAULT_QUOTE_VOICE})."),
        click.option("--sentence-pause", "sentence_pause_ms", envvar="NARRATE_SENTENCE_PAUSE", show_envvar=True,
                     type=click.IntRange(0, 5000), help="Silence between sentences, in ms (default: 200)."),
        click.option("--paragraph-pause", "paragraph_pause_ms", envvar="NARRATE_PARAGRAPH_PAUSE", show_envvar=True,
                     type=click.IntRange(0, 10000), help="Silence after a paragraph, in ms (default: 600)."),
    ]


def executor_options() -> list:
    """Where synthesis runs, and whether it may reuse or fall back."""
    return [
        click.option("--jobs", "-j", envvar="NARRATE_JOBS", show_envvar=True, type=click.IntRange(1, 256),
                     help="Synthesis worker threads, or Ray actors (default: one per core, or per CPU of the "
                          "cluster)."),
        click.option("--executor", envvar="NARRATE_EXECUTOR", show_envvar=True, type=click.Choice(["local", "ray"]),
                     help="Synthesise on this machine (default), or on a Ray cluster (needs narrate[ray])."),
        click.option("--ray-address", envvar="RAY_ADDRESS", show_envvar=True, metavar="HOST:PORT",
                     help="The Ray cluster's head node, for --executor ray (default: start a local Ray instance)."),
        click.option("--cache/--no-cache", default=None, help="Reuse sentences synthesised before (NARRATE_CACHE_DIR)."),
        click.option("--fallback/--no-fallback", default=None,
                     help="Speak with espeak-ng when no Piper voice can be had (default: on, with a warning)."),
    ]


def programme_options(command):
    """Options of the commands that publish: settings file, programme name, episodes directory."""
    return stacked([SETTINGS, PROGRAMME, EPISODES_DIR], command)
