"""Command-line interface: click code only; each command calls one library function."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import NarrateError
from .render import RenderOptions, render
from .synthesis import SynthesisSettings
from .voices import DEFAULT_VOICE


class NarrateGroup(click.Group):
    """Turns library errors into click's one-line ``Error: …`` and an exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except NarrateError as exc:
            raise _ClickError(str(exc), exc.exit_code) from None
        except KeyboardInterrupt:
            raise _ClickError("interrupted; nothing was changed", 130) from None


class _ClickError(click.ClickException):
    def __init__(self, message: str, exit_code: int):
        super().__init__(message)
        self.exit_code = exit_code


@click.group(cls=NarrateGroup, context_settings={"help_option_names": ["-h", "--help"], "show_default": True})
@click.version_option(__version__, prog_name="narrate")
def cli() -> None:
    """narrate: turn Dutch news articles into a narrated podcast, offline."""


@cli.command("render")
@click.argument("article")
@click.option("--voice", envvar="NARRATE_VOICE", show_envvar=True, default=DEFAULT_VOICE,
              help="Narrator voice: an id installed in --voices-dir, or a path to a Piper .onnx file.")
@click.option("--episodes-dir", envvar="NARRATE_EPISODES_DIR", show_envvar=True, default="episodes",
              type=click.Path(file_okay=False, path_type=Path), help="Where episodes and feed.xml are written.")
@click.option("--voices-dir", envvar="NARRATE_VOICES_DIR", show_envvar=True, default="voices",
              type=click.Path(file_okay=False, path_type=Path), help="Where installed voices live.")
@click.option("--date", "date", envvar="NARRATE_DATE", show_envvar=True, type=click.DateTime(["%Y-%m-%d"]),
              help="Episode date (default: today in Brussels).")
@click.option("--bitrate", envvar="NARRATE_BITRATE", show_envvar=True, default=64,
              type=click.IntRange(32, 320), help="Constant MP3 bitrate in kbit/s.")
@click.option("--speed", envvar="NARRATE_SPEED", show_envvar=True, type=click.FloatRange(0.25, 4.0, min_open=False),
              help="Piper length scale: above 1 speaks slower.")
@click.option("--noise-scale", envvar="NARRATE_NOISE_SCALE", show_envvar=True, type=float,
              help="Piper generator noise (0 for deterministic audio).")
@click.option("--noise-w", envvar="NARRATE_NOISE_W", show_envvar=True, type=float,
              help="Piper phoneme-duration noise (0 for deterministic timing).")
def render_command(article, voice, episodes_dir, voices_dir, date, bitrate, speed, noise_scale, noise_w) -> None:
    """Render ARTICLE (a .txt file, or - for stdin) into an episode and update the feed."""
    options = RenderOptions(
        voice=voice,
        episodes_dir=episodes_dir,
        voices_dir=voices_dir,
        date=date.date() if date else None,
        bitrate_kbps=bitrate,
        synthesis=SynthesisSettings(length_scale=speed, noise_scale=noise_scale, noise_w_scale=noise_w),
    )
    result = render(article, options)
    click.echo(result.audio)
    click.echo(result.feed)


def main() -> None:
    """Entry point; a bug is reported in one line unless NARRATE_DEBUG is set."""
    try:
        cli.main(prog_name="narrate")
    except Exception as exc:
        if os.environ.get("NARRATE_DEBUG"):
            raise
        click.echo(f"Error: unexpected {type(exc).__name__}: {exc}; rerun with NARRATE_DEBUG=1 and report it", err=True)
        sys.exit(70)
