"""The ``narrate`` command group: library errors become one ``Error: …`` line and an exit code."""

from __future__ import annotations

import errno
import os
import sys
import warnings
from pathlib import Path

import click

from .. import __version__
from ..errors import NarrateError
from . import sigterm


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


def quiet_library_warnings() -> None:
    """A library's warnings (asyncssh's DSA code under cryptography 51) are for its developers: the user gets
    narrate's own messages and at most one Error line. ``python -W`` or NARRATE_DEBUG shows them again."""
    warnings.filterwarnings("ignore", module=r"(?!narrate\b)")


def main() -> None:
    """Entry point; a bug is reported in one line unless NARRATE_DEBUG is set."""
    if not sys.warnoptions and not os.environ.get("NARRATE_DEBUG"):
        quiet_library_warnings()
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
