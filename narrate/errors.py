"""Errors that reach the user as one line, saying what went wrong and what to do."""


class NarrateError(Exception):
    """A problem the user can fix; the message says how.

    The CLI prints it as ``Error: <message>`` and exits non-zero, without a
    traceback. Library code raises it (or a subclass) for bad input and
    missing resources; anything else is a bug.
    """

    exit_code = 1


class InputError(NarrateError):
    """The article, script or settings given cannot be used."""

    exit_code = 2


class VoiceError(NarrateError):
    """A voice is missing, unreadable or does not match its config."""

    exit_code = 3


class Terminated(KeyboardInterrupt):
    """SIGTERM in the CLI: stopped and cleaned up as Ctrl+C is, but exiting 143 (128 + 15), as a shell
    reports a process that SIGTERM ended, so a supervisor or script can tell the two apart."""

    exit_code = 143
