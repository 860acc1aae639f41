"""A test hook: stop a render at a named stage so a test can interrupt it exactly there.

Only the reliability tests (tests/reliability) set ``NARRATE_TEST_PAUSE_AT``;
for everyone else ``checkpoint`` is three environment lookups. With it set to a
stage name, the render prints ``narrate-test: paused at STAGE`` to standard
error on reaching that stage and then sleeps, so the test can send SIGINT or
SIGKILL at a known point instead of guessing with timers.
``NARRATE_TEST_FAIL_AT=STAGE`` instead raises the error a full disk gives
(ENOSPC) there; ``NARRATE_TEST_TRACE=1`` prints ``narrate-test: at STAGE``
at every stage, so a test that stops a render at a random moment knows
where it was. The stages, in render order: parse, synthesis, assembly,
sidecars, encoding, tagging, commit, manifest, feed, prune.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")

PAUSE_VARIABLE = "NARRATE_TEST_PAUSE_AT"
FAIL_VARIABLE = "NARRATE_TEST_FAIL_AT"
TRACE_VARIABLE = "NARRATE_TEST_TRACE"
PAUSE_S = 300
"""Long enough for any test to act; short enough that a forgotten process goes away by itself."""

STAGES = ("parse", "synthesis", "assembly", "sidecars", "encoding", "tagging", "commit", "manifest", "feed", "prune")


def checkpoint(stage: str) -> None:
    """Pause here if the tests asked for ``stage`` (or fail as a full disk would); otherwise do nothing."""
    if os.environ.get(TRACE_VARIABLE):
        print(f"narrate-test: at {stage}", file=sys.stderr, flush=True)
    if os.environ.get(FAIL_VARIABLE) == stage:
        raise OSError(errno.ENOSPC, f"{os.strerror(errno.ENOSPC)} (injected by {FAIL_VARIABLE})")
    if os.environ.get(PAUSE_VARIABLE) == stage:
        print(f"narrate-test: paused at {stage}", file=sys.stderr, flush=True)
        time.sleep(PAUSE_S)


def paused_after(stage: str, items: Iterable[T], count: int) -> Iterator[T]:
    """``items`` unchanged, with ``checkpoint(stage)`` once ``count`` of them have been used."""
    for number, item in enumerate(items):
        if number == count:
            checkpoint(stage)
        yield item
