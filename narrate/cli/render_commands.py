"""Commands that read articles: render, render-many, script, normalize, parse."""

from __future__ import annotations

import click

from ..pipeline import describe_input, print_script, publish, render, render_many, render_options
from ..script import DEFAULT_LANGUAGE, LANGUAGES, load_speech
from ..sources import FetchOptions
from ..settings import Settings
from .app import cli
from .options import COOKIES, command_flags, render_options as render_flag_options, script_options
from .episode_commands import show_published
from .progress import TerminalReporter, show_warnings


def _options(values: dict):
    flags = command_flags(dict(values))
    return render_options(Settings.load(flags.settings_path), flags)


def publish_if_asked(values: dict) -> None:
    """With ``--publish``, publish the episodes folder to ``[publish] to`` once the episodes are written."""
    flags = command_flags(dict(values))
    if flags.publish:
        show_published(publish(Settings.load(flags.settings_path), flags))


@cli.command("render")
@click.argument("inputs", nargs=-1, required=True, metavar="ARTICLE...")
@script_options
@render_flag_options
@COOKIES
def render_command(inputs, quiet, **values) -> None:
    """Render ARTICLE... into one episode and update the feed.

    Each ARTICLE is a .txt or .html file, an http(s) address, or - for standard input; several
    articles make one briefing. A script printed by 'narrate script' (and
    perhaps edited) renders too.
    """
    reporter = TerminalReporter(quiet)
    result = render(list(inputs), _options(values), reporter)
    reporter.show_rest(result.warnings)
    click.echo(result.audio)
    click.echo(result.feed)
    publish_if_asked(values)


@cli.command("render-many")
@click.argument("inputs", nargs=-1, required=True, metavar="ARTICLE_OR_DIR...")
def render_many_command(inputs, quiet, **values) -> None:
    """Render each ARTICLE (or script, or each article in DIR) as its own episode, several at once.

    The episodes share the synthesis workers (with --executor ray, a Ray
    cluster's); the feed is updated once, at the end. Takes the options of
    'narrate render' except --title.
    """
    reporter = TerminalReporter(quiet)
    result = render_many(list(inputs), _options(values), reporter)
    reporter.show_rest(result.warnings)
    for audio in result.audio:
        click.echo(audio)
    click.echo(result.feed)
    publish_if_asked(values)


# The same options as render, without repeating them.
render_many_command.params.extend(param for param in render_command.params if param.name != "inputs")


@cli.command("script")
@click.argument("inputs", nargs=-1, required=True, metavar="ARTICLE...")
@script_options
@COOKIES
@click.option("--json", "as_json", is_flag=True, help="Print JSON for machines instead of the editable text.")
def script_command(inputs, as_json, **values) -> None:
    """Print the script for ARTICLE... (editable; 'narrate render' reads it back)."""
    script = print_script(list(inputs), _options(values), as_json)
    click.echo(script.text, nl=False)
    show_warnings(*script.warnings)


@cli.command("normalize")
@click.argument("text", required=False)
@click.option("--language", envvar="NARRATE_LANGUAGE", show_envvar=True, type=click.Choice(LANGUAGES),
              default=DEFAULT_LANGUAGE, help="Flemish or Dutch speech.")
@click.option("--lexicon", envvar="NARRATE_LEXICON", show_envvar=True, type=click.Path(dir_okay=False),
              help="Project pronunciation lexicon, applied after the shipped one.")
def normalize_command(text, language, lexicon) -> None:
    """Print TEXT (or standard input) as it will be spoken."""
    source = text if text is not None else click.get_text_stream("stdin").read()
    click.echo(load_speech(language, lexicon)(source))


@cli.command("parse")
@click.argument("article")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a readable outline.")
@COOKIES
def parse_command(article, as_json, cookies) -> None:
    """Print what narrate reads in ARTICLE (a file, an http(s) address or -): structure, quotes and removed furniture."""
    click.echo(describe_input(article, FetchOptions(cookies=cookies), as_json))
