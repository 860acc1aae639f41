"""SIGTERM (``kill``, systemd, docker stop, timeout) stops a CLI command as Ctrl+C does.

The main process raises ``Terminated`` (a ``KeyboardInterrupt``), so the same
clean-up runs, ``interrupts_deferred`` holds it back during a commit, and the
command ends with the same one-line message, exiting 143.

Forked synthesis workers treat SIGTERM as they treat Ctrl+C: one sent to the
whole process group is the main process's to handle. Only the main process's
own SIGTERM, which ``Pool.terminate()`` sends, ends a worker, and at once.
"""

from __future__ import annotations

import os
import signal
import threading

from ..errors import Terminated


def install() -> None:
    """For the CLI's main process only: library callers keep SIGTERM as they set it."""
    signal.signal(signal.SIGTERM, _terminate)
    os.register_at_fork(after_in_child=_in_forked_child)


def uninstall() -> None:
    """Once the command is done, SIGTERM ends the process at once again: nothing is left half-done, and an
    exception would only interrupt an exit handler, with a traceback."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _terminate(signum, frame) -> None:
    raise Terminated


def _in_forked_child() -> None:
    if signal.getsignal(signal.SIGTERM) is not _terminate:
        return
    # Not the default action on every SIGTERM: a worker killed while it waits for a job holds the pool's
    # queue lock, and the main process then hangs stopping the pool. Not a Python handler either: under
    # load one was seen to leave a worker waiting on that lock for ever. A thread that waits for SIGTERM
    # and ends the worker outright does neither.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})  # inherited by every thread started later
    threading.Thread(target=_exit_on_parents_sigterm, args=(os.getppid(),), daemon=True,
                     name="narrate-sigterm").start()


def _exit_on_parents_sigterm(parent: int) -> None:
    # Each second it also looks whether the main process is gone (killed outright), so no worker outlives it.
    while True:
        received = signal.sigtimedwait({signal.SIGTERM}, 1.0)
        if (received is not None and received.si_pid == parent) or os.getppid() != parent:
            os._exit(128 + signal.SIGTERM)
