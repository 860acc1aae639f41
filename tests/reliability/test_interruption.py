"""Ctrl+C (SIGINT) and a crash (SIGKILL) at every stage of a render, and at random moments; SIGTERM
(``kill``, systemd, docker stop) at a few stages, where it must do what Ctrl+C does.

Each run re-renders, with an edited text, an article whose complete episode is
already listed (the hardest case: the same article, the same day, so the same
file names). The render is stopped at a named stage through the test hook
``NARRATE_TEST_PAUSE_AT`` (narrate/testhooks.py), or after a random delay.
Afterwards the episodes directory holds the previous complete state or the new
complete episode, the feed parses and lists only complete episodes, no temp
file is visible to the server, the cache holds only whole clips, and the next
render finishes, reusing what the interrupted one cached.

The runs go two at a time in a module fixture (renders are mostly single
threaded); each run is then its own test.
"""

from __future__ import annotations

import random
import re
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from narrate.testhooks import STAGES

from .checks import SHORT, Render, check_cache, check_directory, contents, narrate_env, render_args, run, selected
from .conftest import OLD_DATE

INTERRUPTED = "Error: interrupted; no episode was left half-written"
STOPPED = {signal.SIGINT: 130, signal.SIGTERM: 143}
"""The exit status of a render stopped cleanly by each signal (143 = 128 + SIGTERM, as a shell reports it)."""
COMMITTED = STAGES.index("manifest")
"""From this stage on the new episode's manifest is written: the new state."""


@dataclass(frozen=True)
class Run:
    """How one render is stopped."""

    signum: int
    stage: str | None = None
    """The test hook's stage; None: after ``delay`` seconds."""

    delay: float = 0.0
    """Seconds after the render has read its input (Ctrl+C while Python itself starts up is Python's)."""

    group: bool = True
    """The signal goes to the render and its workers, as from a terminal; otherwise to the render alone."""

    @property
    def name(self) -> str:
        when = self.stage or f"random-{self.delay:.1f}s"
        return f"{signal.Signals(self.signum).name}{'' if self.group else '-alone'}-at-{when}"


_rng = random.Random(20261128)
RUNS = [Run(signum, stage) for stage in STAGES for signum in (signal.SIGINT, signal.SIGKILL)]
RUNS += [Run(signum, delay=round(_rng.uniform(0.2, 4.5), 1))
         for signum in (signal.SIGINT, signal.SIGKILL, signal.SIGINT, signal.SIGKILL)]
# SIGTERM: to the render alone (kill PID, docker stop), whose pool must then stop its workers; and to the
# group (systemd), where the workers get it too.
RUNS += [Run(signal.SIGTERM, stage, group=False) for stage in ("synthesis", "encoding", "commit", "feed")]
RUNS += [Run(signal.SIGTERM, "synthesis"), Run(signal.SIGTERM, delay=round(_rng.uniform(0.2, 4.5), 1), group=False)]


@pytest.fixture(scope="module")
def edited(tmp_path_factory) -> Path:
    """The article with a changed figure: same title, so the same episode, with other audio and text."""
    text = SHORT.read_text(encoding="utf-8")
    assert "8 miljoen euro" in text
    path = tmp_path_factory.mktemp("edited") / SHORT.name
    path.write_text(text.replace("8 miljoen euro", "9 miljoen euro"), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def outcomes(request, template, edited, tmp_path_factory) -> dict[str, BaseException | None]:
    root = tmp_path_factory.mktemp("interrupted")
    wanted = selected(request, "test_interrupted_render_leaves_old_or_new_and_the_next_render_finishes")
    runs = [r for r in RUNS if r.name in wanted]

    def attempt(run_: Run) -> BaseException | None:
        try:
            interrupt_and_recover(run_, template, edited, root / run_.name)
        except BaseException as exc:  # reported by the run's own test
            return exc
        return None

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(zip([r.name for r in runs], pool.map(attempt, runs)))


def test_enough_interruption_points():
    assert len(RUNS) >= 20 and {r.stage for r in RUNS} >= set(STAGES)


@pytest.mark.parametrize("name", [r.name for r in RUNS])
def test_interrupted_render_leaves_old_or_new_and_the_next_render_finishes(outcomes, name):
    if outcomes[name] is not None:
        raise outcomes[name]


def interrupt_and_recover(run_: Run, template, edited: Path, work: Path) -> None:
    work.mkdir(parents=True)
    # A cold sentence cache, so the interrupted render is writing clips when it is stopped.
    episodes, cache = template.copy(work, clips=False)
    before = contents(episodes)
    args = render_args(edited, episodes, OLD_DATE)
    hook = {"NARRATE_TEST_PAUSE_AT": run_.stage} if run_.stage else {"NARRATE_TEST_TRACE": "1"}
    render = Render(args, narrate_env(cache=cache, **hook))
    if run_.stage:
        render.wait_for(f"narrate-test: paused at {run_.stage}")
    else:
        render.wait_for("narrate-test: at parse")
        time.sleep(run_.delay)
    render.signal(run_.signum, run_.group)
    code = render.finish()
    text = render.error_text
    reached = re.findall(r"narrate-test: at (\w+)", text)
    print(f"{run_.name}: exit {code} after stage {reached[-1] if reached else '-'}")
    assert "Traceback" not in text, text
    assert not render.orphans, "synthesis workers outlived the render"

    # A random delay can come after the end, or as Python exits after it, where the signal's default action
    # ends the process (narrate's handlers are for the work, which is done).
    finished = code == 0 or (run_.stage is None and run_.signum in STOPPED and code == -run_.signum)
    if not finished and run_.signum in STOPPED:
        assert code == STOPPED[run_.signum], (code, text)
        assert text.strip().splitlines()[-1] == INTERRUPTED, text
    elif not finished:
        assert code == -signal.SIGKILL, (code, text)

    state = check_directory(episodes)
    current = state.current(template.guid)
    assert current is not None, "the episode is gone"
    committed = finished or (run_.stage is not None and STAGES.index(run_.stage) >= COMMITTED)
    is_new = _is_new(episodes, current)
    if run_.stage is not None and not committed:
        assert contents(episodes) == before, "a render stopped before its commit changed the directory"
    elif run_.stage is not None:
        assert is_new, "the committed episode is not the new one"
    else:
        assert is_new or contents(episodes) == before
    assert len(state.feed_items) == 1
    if run_.signum in STOPPED:
        assert state.temps == [], f"{run_.name} left temp files: {state.temps}"
    cached = check_cache(cache)

    result = run(args, narrate_env(cache=cache))
    assert result.returncode == 0, result.stderr.decode()
    stderr = result.stderr.decode()
    _made, reused = map(int, re.search(r"(\d+) sentences synthesised, (\d+) from cache", stderr).groups())
    if cached:
        assert reused > 0, stderr
    for entry, inode in cached.items():
        assert (cache / entry).stat().st_ino == inode, f"{entry} was synthesised again"
    final = check_directory(episodes)
    assert final.temps == [], f"stale temp files were not cleared: {final.temps}"
    assert final.pruning == []
    (manifest,) = final.manifests
    assert _is_new(episodes, manifest)
    (item,) = final.feed_items
    assert item.enclosures[0].href.endswith("/" + manifest.data["audio"])
    check_cache(cache)


def _is_new(episodes: Path, manifest) -> bool:
    transcript = episodes / f"{manifest.stem}.txt"
    return "9 miljoen euro" in transcript.read_text(encoding="utf-8")
