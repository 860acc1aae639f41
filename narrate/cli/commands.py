"""Command-line interface: click code only; each command calls one library function."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import click

from .. import __version__
from . import sigterm
from ..errors import InputError, NarrateError
from ..script.inputs import describe_article
from ..programme import Programme, programme_with
from ..publish.feed import write_feed
from ..publish.server import ServeOptions, serve
from ..pipeline.render import RenderOptions, print_script, render, render_options
from ..settings import Settings
from ..script.speech import load_speech
from ..voices.cast import DEFAULT_QUOTE_VOICE, DEFAULT_VOICE


class NarrateGroup(click.Group):
    """Turns library errors into click's one-line ``Error: …`` and an exit code; usage errors too."""

    def make_context(self, info_name, args, parent=None, **extra) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.UsageError as exc:  # the group's own options: 'narrate --bogus'
            raise _one_line_usage(exc) from None

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.UsageError as exc:  # a command's arguments and options, and unknown commands
            raise _one_line_usage(exc) from None
        except NarrateError as exc:
            raise _ClickError(str(exc), exc.exit_code) from None
        except KeyboardInterrupt as exc:  # Ctrl+C, or SIGTERM as Terminated
            raise _ClickError("interrupted; no episode was left half-written", getattr(exc, "exit_code", 130)) from None
        except OSError as exc:
            if exc.errno not in (errno.ENOSPC, errno.EDQUOT):
                raise
            # Every output is written to a temp file first, so a full disk costs only the work in progress.
            where = f" writing {Path(exc.filename).parent}" if exc.filename else ""
            raise _ClickError(f"the disk is full{where} ({exc.strerror}); free some space and run it again, "
                              "nothing half-written was left behind", 1) from None


class _ClickError(click.ClickException):
    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code


class _UsageLine(click.UsageError):
    """A usage error shown as just its ``Error: …`` line (click adds the usage and a hint above it)."""

    def show(self, file=None) -> None:
        click.echo(f"Error: {self.message}", file=file, err=file is None)


def _one_line_usage(exc: click.UsageError) -> click.UsageError:
    """``exc`` as one line that points at the help of the command it came from; exit status 2 as before."""
    if isinstance(exc, (_UsageLine, click.exceptions.NoArgsIsHelpError)):
        return exc  # already one line, or 'narrate voices' alone, which shows the help on purpose
    where = exc.ctx.command_path if exc.ctx is not None else "narrate"
    message = " ".join(exc.format_message().split()).rstrip(".")
    return _UsageLine(f"{message} (try '{where} --help')", exc.ctx)


@click.group(cls=NarrateGroup, context_settings={"help_option_names": ["-h", "--help"], "show_default": True})
@click.version_option(__version__, prog_name="narrate")
def cli() -> None:
    """narrate: turn Dutch news articles into a narrated podcast, offline."""


def _stacked(options, command):
    """Apply click option decorators so they appear in ``--help`` in list order."""
    for option in reversed(options):
        command = option(command)
    return command


def script_options(command):
    """Options shared by every command that writes a script."""
    options = [
        click.option("--settings", "settings_path", envvar="NARRATE_SETTINGS", show_envvar=True,
                     type=click.Path(dir_okay=False, path_type=Path),
                     help="Settings file (default: narrate.toml here, if present)."),
        click.option("--programme", envvar="NARRATE_PROGRAMME", show_envvar=True, help="Programme name."),
        click.option("--title", envvar="NARRATE_TITLE", show_envvar=True, help="Episode title (default: the headline)."),
        click.option("--date", "date", envvar="NARRATE_DATE", show_envvar=True, type=click.DateTime(["%Y-%m-%d"]),
                     help="Episode date (default: today in Brussels)."),
        click.option("--language", envvar="NARRATE_LANGUAGE", show_envvar=True, type=click.Choice(["nl-BE", "nl-NL"]),
                     help="Flemish or Dutch speech (default: nl-BE)."),
        click.option("--summary/--no-summary", default=None, help="Read the summary box."),
        click.option("--intro/--no-intro", default=None, help="Open with programme, date and headline."),
        click.option("--outro/--no-outro", default=None, help="Close with source and credits."),
        click.option("--lexicon", envvar="NARRATE_LEXICON", show_envvar=True, type=click.Path(dir_okay=False),
                     help="Project pronunciation lexicon, applied after voices/lexicon.txt."),
    ]
    return _stacked(options, command)


def _options(settings_path, date, **values) -> RenderOptions:
    return render_options(Settings.load(settings_path), date=date.date() if date else None, **values)


@cli.command("render")
@click.argument("inputs", nargs=-1, required=True, metavar="ARTICLE...")
@script_options
@click.option("--voice", envvar="NARRATE_VOICE", show_envvar=True,
              help="Narrator voice: an id installed in --voices-dir, or a path to a Piper .onnx file "
                   f"(default: {DEFAULT_VOICE}).")
@click.option("--episodes-dir", envvar="NARRATE_EPISODES_DIR", show_envvar=True, default="episodes",
              type=click.Path(file_okay=False, path_type=Path), help="Where episodes and feed.xml are written.")
@click.option("--voices-dir", envvar="NARRATE_VOICES_DIR", show_envvar=True, default="voices",
              type=click.Path(file_okay=False, path_type=Path), help="Where installed voices live.")
@click.option("--bitrate", "bitrate_kbps", envvar="NARRATE_BITRATE", show_envvar=True, default=64,
              type=click.IntRange(32, 320), help="Constant MP3 bitrate in kbit/s.")
@click.option("--loudness", "loudness_lufs", envvar="NARRATE_LOUDNESS", show_envvar=True,
              type=click.FloatRange(-30, -9), help="Integrated loudness in LUFS (default: -16, Apple's guidance).")
@click.option("--jingle", envvar="NARRATE_JINGLE", show_envvar=True, type=click.Path(dir_okay=False, path_type=Path),
              help="WAV or FLAC played before the first word and after the last.")
@click.option("--cover", envvar="NARRATE_COVER", show_envvar=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Your own cover art: square JPEG or PNG, 1400-3000 px, RGB (default: one is drawn).")
@click.option("--chapter-images/--no-chapter-images", default=None,
              help="Put a small image with its title in each chapter (default: on).")
@click.option("--speed", envvar="NARRATE_SPEED", show_envvar=True, type=click.FloatRange(0.25, 4.0),
              help="Piper length scale: above 1 speaks slower.")
@click.option("--noise-scale", envvar="NARRATE_NOISE_SCALE", show_envvar=True, type=float,
              help="Piper generator noise (0 for deterministic audio).")
@click.option("--noise-w", envvar="NARRATE_NOISE_W", show_envvar=True, type=float,
              help="Piper phoneme-duration noise (0 for deterministic timing).")
@click.option("--quote-voice", "quote_voices", multiple=True, metavar="VOICE[:SPEAKER]",
              help=f"Quote voice; repeat for several, handed out in turn (default: {DEFAULT_QUOTE_VOICE}).")
@click.option("--sentence-pause", "sentence_pause_ms", envvar="NARRATE_SENTENCE_PAUSE", show_envvar=True,
              type=click.IntRange(0, 5000), help="Silence between sentences, in ms (default: 200).")
@click.option("--paragraph-pause", "paragraph_pause_ms", envvar="NARRATE_PARAGRAPH_PAUSE", show_envvar=True,
              type=click.IntRange(0, 10000), help="Silence after a paragraph, in ms (default: 600).")
@click.option("--jobs", "-j", envvar="NARRATE_JOBS", show_envvar=True, type=click.IntRange(1, 256),
              help="Synthesis worker processes, or Ray actors (default: one per core, or per CPU of the cluster).")
@click.option("--executor", envvar="NARRATE_EXECUTOR", show_envvar=True, type=click.Choice(["local", "ray"]),
              default="local", help="Synthesise on this machine, or on a Ray cluster (needs narrate[ray]).")
@click.option("--ray-address", envvar="RAY_ADDRESS", show_envvar=True, metavar="HOST:PORT",
              help="The Ray cluster's head node, for --executor ray (default: start a local Ray instance).")
@click.option("--cache/--no-cache", default=None, help="Reuse sentences synthesised before (NARRATE_CACHE_DIR).")
@click.option("--fallback/--no-fallback", default=None,
              help="Speak with espeak-ng when no Piper voice can be had (default: on, with a warning).")
@click.option("--quiet", "-q", is_flag=True, default=None, help="No progress bar or progress lines.")
@click.option("--base-url", envvar="NARRATE_BASE_URL", show_envvar=True,
              help="Where the episodes directory is served; feed.xml links under it "
                   "(default: programme.base_url in the settings, else http://127.0.0.1:8000/).")
def render_command(inputs, quote_voices, **values) -> None:
    """Render ARTICLE... into one episode and update the feed.

    Each ARTICLE is a .txt or .html file, or - for standard input; several
    articles make one briefing. A script printed by 'narrate script' (and
    perhaps edited) renders too.
    """
    result = render(list(inputs), _options(quote_voices=quote_voices or None, **values))
    click.echo(result.audio)
    click.echo(result.feed)


@cli.command("render-many")
@click.argument("inputs", nargs=-1, required=True, metavar="ARTICLE_OR_DIR...")
def render_many_command(inputs, quote_voices, **values) -> None:
    """Render each ARTICLE (or script, or each article in DIR) as its own episode, several at once.

    The episodes share the synthesis workers (with --executor ray, a Ray
    cluster's); the feed is updated once, at the end. Takes the options of
    'narrate render' except --title.
    """
    from ..pipeline.render_many import render_many

    result = render_many(list(inputs), _options(quote_voices=quote_voices or None, **values))
    for audio in result.audio:
        click.echo(audio)
    click.echo(result.feed)


# The same options as render, without repeating them.
render_many_command.params.extend(param for param in render_command.params if param.name != "inputs")


@cli.command("script")
@click.argument("inputs", nargs=-1, required=True, metavar="ARTICLE...")
@script_options
@click.option("--json", "as_json", is_flag=True, help="Print JSON for machines instead of the editable text.")
def script_command(inputs, as_json, **values) -> None:
    """Print the script for ARTICLE... (editable; 'narrate render' reads it back)."""
    click.echo(print_script(list(inputs), _options(**values), as_json), nl=False)


@cli.command("normalize")
@click.argument("text", required=False)
@click.option("--language", envvar="NARRATE_LANGUAGE", show_envvar=True, type=click.Choice(["nl-BE", "nl-NL"]),
              default="nl-BE", help="Flemish or Dutch speech.")
@click.option("--lexicon", envvar="NARRATE_LEXICON", show_envvar=True, type=click.Path(dir_okay=False),
              help="Project pronunciation lexicon, applied after voices/lexicon.txt.")
def normalize_command(text, language, lexicon) -> None:
    """Print TEXT (or standard input) as it will be spoken."""
    source = text if text is not None else click.get_text_stream("stdin").read()
    click.echo(load_speech(language, lexicon)(source))


@cli.command("parse")
@click.argument("article")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a readable outline.")
def parse_command(article, as_json) -> None:
    """Print what narrate reads in ARTICLE: structure, quotes and removed furniture."""
    click.echo(describe_article(article, as_json))


def programme_options(command):
    """Options of the commands that publish: settings file, programme name, episodes directory."""
    options = [
        click.option("--settings", "settings_path", envvar="NARRATE_SETTINGS", show_envvar=True,
                     type=click.Path(dir_okay=False, path_type=Path),
                     help="Settings file (default: narrate.toml here, if present)."),
        click.option("--programme", envvar="NARRATE_PROGRAMME", show_envvar=True, help="Programme name."),
        click.option("--episodes-dir", envvar="NARRATE_EPISODES_DIR", show_envvar=True, default="episodes",
                     type=click.Path(file_okay=False, path_type=Path), help="The episodes and feed.xml."),
    ]
    return _stacked(options, command)


def _programme(settings_path, programme, base_url=None) -> Programme:
    return programme_with(Settings.load(settings_path).programme, title=programme, base_url=base_url)


@cli.command("feed")
@programme_options
@click.option("--base-url", envvar="NARRATE_BASE_URL", show_envvar=True,
              help="Where the episodes directory is served, e.g. http://192.168.1.10:8000/ "
                   "(default: programme.base_url in the settings, else http://127.0.0.1:8000/).")
def feed_command(episodes_dir, settings_path, programme, base_url) -> None:
    """Rebuild EPISODES_DIR/feed.xml from the episode manifests."""
    click.echo(write_feed(episodes_dir, _programme(settings_path, programme, base_url)))


@cli.command("serve")
@programme_options
@click.option("--host", envvar="NARRATE_HOST", show_envvar=True, default="127.0.0.1",
              help="Address to listen on; 0.0.0.0 lets a phone on your network subscribe.")
@click.option("--port", envvar="NARRATE_PORT", show_envvar=True, default=8000, type=click.IntRange(0, 65535),
              help="TCP port (0: any free one).")
@click.option("--base-url", envvar="NARRATE_SERVE_BASE_URL", show_envvar=True,
              help="Base URL the served feed links to, behind a proxy (default: the address each client used).")
def serve_command(episodes_dir, settings_path, programme, host, port, base_url) -> None:
    """Serve the episodes, feed and web page for podcast apps and browsers (Ctrl+C stops)."""
    serve(episodes_dir, _programme(settings_path, programme), ServeOptions(host=host, port=port, base_url=base_url),
          announce=lambda line: click.echo(line))


@cli.command("chapters")
@click.argument("episode", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (Podcasting 2.0 chapters, with end times).")
def chapters_command(episode, as_json) -> None:
    """List the chapters of EPISODE (an MP3), numbered as extract and play use them."""
    from ..audio.chapters import chapters_as_json, format_chapters, read_chapters

    if not episode.is_file():
        raise InputError(f"episode {episode} does not exist; give the path of an MP3 narrate wrote")
    found = read_chapters(episode)
    if not found:
        # Not an error: the answer is an empty list, and --json still prints a valid (empty) document.
        click.echo(f"narrate: {episode} has no chapters (an MP3 without ID3 chapter frames; narrate's episodes "
                   "have them)", err=True)
    click.echo(chapters_as_json(found) if as_json else format_chapters(found), nl=False)


@cli.command("extract")
@click.argument("episode", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--chapter", "wanted", required=True, help="Chapter number (see 'narrate chapters') or title.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The MP3 to write.")
def extract_command(episode, wanted, output) -> None:
    """Write one chapter of EPISODE as its own tagged MP3."""
    from ..audio.extract import extract_chapter

    extract_chapter(episode, wanted, output)
    click.echo(output)


@cli.command("play")
@click.argument("episode", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--chapter", "wanted", default="1", help="Chapter number (see 'narrate chapters') or title.")
@click.option("--only", is_flag=True, help="Stop at the end of that chapter.")
@click.option("--player", type=click.Choice(["mpv", "ffplay", "cvlc", "mpg123"]),
              help="Player to use (default: the first of these installed).")
def play_command(episode, wanted, only, player) -> None:
    """Play EPISODE from a chapter with an installed player (mpv, ffplay, VLC or mpg123)."""
    from ..audio.extract import play

    sys.exit(play(episode, wanted, player, only))


voices_dir_option = click.option("--voices-dir", envvar="NARRATE_VOICES_DIR", show_envvar=True, default="voices",
                                 type=click.Path(file_okay=False, path_type=Path), help="Where installed voices live.")
voices_url_option = click.option("--voices-url", envvar="NARRATE_VOICES_URL", show_envvar=True,
                                 help="Piper voice repository or mirror (default: Piper's, on Hugging Face).")


@cli.group("voices")
def voices_group() -> None:
    """List, download and inspect Piper voices."""


@voices_group.command("list")
@voices_dir_option
@voices_url_option
@click.option("--available", is_flag=True, help="List the Dutch voices in Piper's catalogue instead.")
def voices_list_command(voices_dir, voices_url, available) -> None:
    """List installed voices (or, with --available, the Dutch voices you can download)."""
    from ..pipeline.voicing import list_available, list_installed

    click.echo(list_available(voices_dir, voices_url) if available else list_installed(voices_dir), nl=False)


@voices_group.command("download")
@click.argument("voice_ids", nargs=-1, required=True, metavar="ID...")
@voices_dir_option
@voices_url_option
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
def voices_download_command(voice_ids, voices_dir, voices_url, quiet) -> None:
    """Download voices (model and config) from Piper's voice repository, checked against its catalogue."""
    from ..synthesis.progress import DownloadProgress
    from ..pipeline.voicing import download_voices

    bars = (lambda label: None) if quiet else (lambda label: DownloadProgress(f"Downloading {label}"))
    for model in download_voices(list(voice_ids), voices_dir, voices_url, bars):
        click.echo(model)


@voices_group.command("add")
@click.argument("model", type=click.Path(dir_okay=False, path_type=Path), metavar="PATH.onnx")
@voices_dir_option
def voices_add_command(model, voices_dir) -> None:
    """Install a local voice file (its .onnx.json config beside it) into the voices directory."""
    from ..pipeline.voicing import add_local_voice

    click.echo(add_local_voice(model, voices_dir), nl=False)


@voices_group.command("info")
@click.argument("voice", metavar="ID")
@voices_dir_option
@voices_url_option
def voices_info_command(voice, voices_dir, voices_url) -> None:
    """Show a voice's language, quality, speakers and files."""
    from ..pipeline.voicing import voice_info

    click.echo(voice_info(voice, voices_dir, voices_url), nl=False)


@cli.group("cache")
def cache_group() -> None:
    """Inspect or clear the cache of synthesised sentences (NARRATE_CACHE_DIR, default ~/.cache/narrate)."""


@cache_group.command("info")
def cache_info_command() -> None:
    """Show where the cache is, how many sentences it holds and its size."""
    from ..pipeline.voicing import cache_info

    click.echo(cache_info(), nl=False)


@cache_group.command("clear")
def cache_clear_command() -> None:
    """Delete every cached sentence (they are synthesised again when needed)."""
    from ..pipeline.voicing import clear_cache

    click.echo(clear_cache(), nl=False)


def main() -> None:
    """Entry point; a bug is reported in one line unless NARRATE_DEBUG is set."""
    sigterm.install()
    try:
        cli.main(prog_name="narrate")
    except Exception as exc:
        if os.environ.get("NARRATE_DEBUG"):
            raise
        click.echo(f"Error: unexpected {type(exc).__name__}: {exc}; rerun with NARRATE_DEBUG=1 and report it", err=True)
        sys.exit(70)
    finally:
        sigterm.uninstall()
