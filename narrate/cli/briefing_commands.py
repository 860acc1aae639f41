"""``narrate briefing``: the day's news from feeds as one episode of the length asked for."""

from __future__ import annotations

import click

from ..pipeline import briefing, briefing_options, render_options
from ..settings import Settings
from .app import cli
from .options import COOKIES, command_flags, render_options as render_flag_options, script_options
from .progress import TerminalReporter
from .render_commands import publish_if_asked


@cli.command("briefing")
@click.argument("feeds", nargs=-1, metavar="[FEED...]")
@script_options
@render_flag_options
@COOKIES
@click.option("--minutes", envvar="NARRATE_MINUTES", show_envvar=True, type=click.FloatRange(0.5, 240),
              help="How long the briefing should be (default: 15; [briefing] minutes).")
@click.option("--max-stories", "max_stories", envvar="NARRATE_MAX_STORIES", show_envvar=True,
              type=click.IntRange(1, 100), help="At most this many stories (default: 10).")
@click.option("--since", metavar="SPAN", help="Take items published within this span, e.g. 48h or 2d (default: 24h).")
@click.option("--dry-run", is_flag=True, help="Print the stories chosen, how each is trimmed and the length; "
                                              "write nothing.")
def briefing_command(feeds, quiet, dry_run, **values) -> None:
    """Make one briefing of the new stories in FEED... (RSS or Atom; default: [briefing] feeds in narrate.toml).

    Every story once, each trimmed in whole paragraphs so the episode lasts
    the minutes asked (±10 %); items an earlier briefing took are skipped.
    Takes the voice, script, audio, output and executor options of 'narrate render'.
    """
    flags = command_flags(values)
    settings = Settings.load(flags.settings_path)
    wanted = briefing_options(settings, flags, tuple(feeds), dry_run)
    reporter = TerminalReporter(quiet)
    result = briefing(render_options(settings, flags), wanted, reporter)
    reporter.show_rest(result.warnings)
    if not result.stories:
        click.echo("Nothing new in the feeds since the last briefing; no episode made.")
        return
    if result.dry_run:
        _show_plan(result)
        return
    click.echo(result.audio)
    click.echo(result.feed)
    publish_if_asked(values)


def _show_plan(result) -> None:
    for number, story in enumerate(result.stories, start=1):
        read = "in full" if story.paragraphs == story.total else f"{story.paragraphs} of {story.total} paragraphs"
        click.echo(f"{number}. {story.title} ({', '.join(story.sites)}; {read}; ~{story.seconds / 60:.1f} min)")
        if story.link:
            click.echo(f"   {story.link}")
    for title in result.left_out:
        click.echo(f"-  {title} (left out for time)")
    click.echo(f"Estimated length: {result.estimated_s / 60:.1f} minutes. Dry run: nothing was written.")
