"""SIGTERM (``kill``, systemd, docker stop, timeout) stops a CLI command as Ctrl+C does.

The main process raises ``Terminated`` (a ``KeyboardInterrupt``), so the same
clean-up runs, ``interrupts_deferred`` holds it back during a commit, and the
command ends with the same one-line message, exiting 143.

Synthesis workers are threads of this process, so a SIGTERM sent to the
whole process group reaches the command once, as Ctrl+C does.
"""

from __future__ import annotations

import signal

from ..errors import Terminated


def install() -> None:
    """For the CLI's main process only: library callers keep SIGTERM as they set it."""
    signal.signal(signal.SIGTERM, _terminate)


def uninstall() -> None:
    """Once the command is done, SIGTERM ends the process at once again: nothing is left half-done, and an
    exception would only interrupt an exit handler, with a traceback."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _terminate(signum, frame) -> None:
    raise Terminated
