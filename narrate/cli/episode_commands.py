"""Commands for finished episodes: the feed, the server, chapters, extract and play."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import InputError
from ..pipeline import Published, episodes_dir, programme_options, publish
from ..publish import ServeOptions, serve, write_feed
from ..settings import Settings
from .app import cli
from .options import BASE_URL, command_flags, programme_options as programme_flag_options

SERVE = ServeOptions()
"""The server's defaults, named in the help."""


@cli.command("feed")
@programme_flag_options
@BASE_URL
def feed_command(**values) -> None:
    """Rebuild EPISODES_DIR/feed.xml from the episode manifests."""
    flags = command_flags(values)
    click.echo(write_feed(episodes_dir(flags), programme_options(Settings.load(flags.settings_path), flags)))


@cli.command("serve")
@programme_flag_options
@click.option("--host", envvar="NARRATE_HOST", show_envvar=True, default=SERVE.host,
              help="Address to listen on; 0.0.0.0 lets a phone on your network subscribe.")
@click.option("--port", envvar="NARRATE_PORT", show_envvar=True, default=SERVE.port, type=click.IntRange(0, 65535),
              help="TCP port (0: any free one).")
@click.option("--base-url", "serve_base_url", envvar="NARRATE_SERVE_BASE_URL", show_envvar=True,
              help="Base URL the served feed links to, behind a proxy (default: the address each client used).")
@click.option("--private/--public", "private", default=None,
              help="Put every address under a secret token, or not (default: private beyond this computer).")
@click.option("--new-token", is_flag=True, help="Replace the private token; addresses given out before stop working.")
@click.option("--access-log", is_flag=True, help="Log each request (the token shows as <token>).")
def serve_command(host, port, serve_base_url, private, new_token, access_log, **values) -> None:
    """Serve the episodes, feed and web page for podcast apps and browsers (Ctrl+C stops)."""
    flags = command_flags(values)
    options = ServeOptions(host=host, port=port, base_url=serve_base_url, private=private, new_token=new_token,
                           access_log=access_log)
    serve(episodes_dir(flags), programme_options(Settings.load(flags.settings_path), flags), options,
          announce=lambda line: click.echo(line))


@cli.command("publish")
@click.argument("destination", required=False)
@programme_flag_options
@BASE_URL
@click.option("--endpoint-url", envvar=["NARRATE_S3_ENDPOINT_URL", "AWS_ENDPOINT_URL"], show_envvar=True,
              help="The S3-compatible service an s3:// DESTINATION is on (default: AWS).")
def publish_command(destination, **values) -> None:
    """Copy the episodes and feed to DESTINATION, a static host podcast apps reach from anywhere.

    DESTINATION is a folder, webdav://HOST[:PORT]/path (HTTP), webdavs://HOST/path (HTTPS),
    s3://bucket/prefix or sftp://USER@HOST[:PORT]/path. WebDAV credentials come from NARRATE_WEBDAV_USER and
    NARRATE_WEBDAV_PASSWORD; S3 uses AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY or ~/.aws; SFTP uses the SSH agent and ~/.ssh, and checks known_hosts. The feed links under
    --base-url (or programme.base_url), the address DESTINATION is served at. Without DESTINATION,
    [publish] to in narrate.toml. Only changed files are sent,
    the feed last; files of superseded renders are deleted after it.
    """
    flags = command_flags(values)
    show_published(publish(Settings.load(flags.settings_path), flags, destination))


def show_published(done: Published) -> None:
    """What a publish did, and the feed address to subscribe to."""
    click.echo(f"Published to {done.destination}: {done.uploaded} uploaded, {done.unchanged} unchanged, "
               f"{done.deleted} deleted")
    click.echo(f"Feed: {done.feed_url}")


@cli.command("chapters")
@click.argument("episode", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print JSON (Podcasting 2.0 chapters, with end times).")
def chapters_command(episode, as_json) -> None:
    """List the chapters of EPISODE (an MP3), numbered as extract and play use them."""
    from ..audio import chapters_as_json, format_chapters, read_chapters

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
    from ..audio import extract_chapter

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
    from ..audio import play

    sys.exit(play(episode, wanted, player, only))
