"""``--executor ray``: synthesis on a Ray cluster, or on a local Ray instance.

The cache stays with the render: only the sentences it lacks go to the
cluster, and what comes back (FLAC, as the cache keeps it) is stored here.
Ray itself runs in a child process (``narrate.synthesis.ray.driver``), so nothing Ray
prints reaches narrate's output, and a cluster that goes away ends a render
with one line instead of a crash. The results are put in script order by
``synthesize_segments``, as with the local pool, and the audio is the same
to the byte: every sentence is synthesised on its own, the same way.
"""

from __future__ import annotations

import importlib.util
import itertools
import os
import queue
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from multiprocessing.connection import Connection
from pathlib import Path

import numpy as np

from ..cache import decode_clip
from ...errors import NarrateError
from ..executor import cpu_count
from ..jobs import Job, Results, WorkContext

INSTALL_HINT = "pip install 'narrate[ray]'"

START_TIMEOUT_S = 180.0
"""Longest to wait for Ray to start or connect."""

STOP_TIMEOUT_S = 30.0
"""Longest to wait for the driver to release the cluster before it is killed."""


class RayExecutor:
    """Runs synthesis jobs on Ray's actors; one executor can serve several renders at once."""

    def __init__(self, address: str | None = None, jobs: int | None = None):
        self.address = address or None
        """Cluster address; None starts a local Ray instance with ``jobs`` (or one per core) CPUs."""
        self.jobs = jobs
        """Actors to run; None means one per CPU of the cluster."""
        self.workers = 0
        """Actors running, once started."""
        self.nodes = 0
        """Nodes in the cluster, once started."""
        self._work_dir: Path | None = None
        self._process: subprocess.Popen | None = None
        self._conn: Connection | None = None
        self._send_lock = threading.Lock()
        self._runs: dict[int, queue.Queue] = {}
        self._run_ids = itertools.count()
        self._lost: str | None = None
        self._keep_logs = False

    def __enter__(self) -> RayExecutor:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self) -> None:
        """Start the driver and wait until it holds the cluster; a NarrateError says what went wrong."""
        if importlib.util.find_spec("ray") is None:
            raise NarrateError(f"--executor ray needs Ray, which is not installed; run `{INSTALL_HINT}`")
        if self.address:
            _check_reachable(self.address)
        self._work_dir = Path(tempfile.mkdtemp(prefix="narrate-ray-"))
        try:
            self._spawn()
            kind, *rest = self._receive_start()
            if kind == "fatal":
                self._lost = rest[0]
                raise NarrateError(rest[0])
            self.workers, self.nodes = rest
        except BaseException:
            self.close()
            raise
        threading.Thread(target=self._read, name="narrate-ray-results", daemon=True).start()

    def run(self, jobs: Sequence[Job], context: WorkContext) -> Results:
        run = _RayRun(self, next(self._run_ids), jobs, context)
        if jobs:
            self._runs[run.id] = run.inbox
            self._send("run", run.id, context, list(jobs))
        return run

    def close(self) -> None:
        """Release the cluster (a local instance stops); runs still going fail.

        Ray's logs are kept when the error message names them.
        """
        process, self._process = self._process, None
        if process is not None:
            try:
                if self._lost is None:
                    with self._send_lock:
                        self._conn.send(("close",))
                process.wait(STOP_TIMEOUT_S)
            except (OSError, subprocess.TimeoutExpired):
                process.kill()
                process.wait()
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        self._lose("synthesis was stopped")
        if self._work_dir is not None and not self._keep_logs:
            shutil.rmtree(self._work_dir, ignore_errors=True)
            self._work_dir = None

    def _spawn(self) -> None:
        ours, theirs = socket.socketpair()
        log = open(self._work_dir / "driver.log", "wb")
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "narrate.synthesis.ray.driver", str(theirs.fileno())],
                pass_fds=[theirs.fileno()], stdin=subprocess.DEVNULL, stdout=log, stderr=log,
                env=self._environment(), start_new_session=True)
        finally:
            theirs.close()
            log.close()
        self._conn = Connection(ours.detach())
        from .driver import DriverOptions

        temp_dir = None if self.address else str(self._work_dir / "ray")
        self._conn.send(("start", DriverOptions(self.address, self.jobs, self.jobs or cpu_count(), temp_dir)))

    def _environment(self) -> dict[str, str]:
        env = {**os.environ, "RAY_USAGE_STATS_ENABLED": os.environ.get("RAY_USAGE_STATS_ENABLED", "0")}
        if not self.address:
            env.pop("RAY_ADDRESS", None)
            # A local instance is for this machine alone: keep all of Ray's traffic on the loopback interface.
            env["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
        elif "RAY_AUTH_MODE" not in env and _has_token(env):
            # `ray start` turns token authentication on; a client must be told to send the token.
            env["RAY_AUTH_MODE"] = "token"
        return env

    def _receive_start(self) -> tuple:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            if self._conn.poll(0.2):
                try:
                    return self._conn.recv()
                except EOFError:
                    break
            if self._process.poll() is not None:
                break
        where = f"the Ray cluster at {self.address}" if self.address else "a local Ray instance"
        self._keep_logs = True
        return ("fatal", f"could not start {where}; see {self._work_dir / 'driver.log'}")

    def _read(self) -> None:
        """Hand each result to its run, until the driver goes."""
        try:
            while True:
                kind, *rest = self._conn.recv()
                if kind == "done":
                    run, index, data = rest
                    if run in self._runs:
                        self._runs[run].put(("done", index, data))
                elif kind == "failed":
                    run, message = rest
                    if run in self._runs:
                        self._runs[run].put(("failed", message))
                elif kind == "fatal":  # the driver's last word: it exits
                    self._lose(rest[0])
                    return
                elif kind == "closed":
                    return
        except (EOFError, OSError):
            where = self.address or "this machine"
            self._keep_logs = True
            self._lose(f"lost the Ray cluster at {where} mid-render; check it with `ray status` and render again "
                       f"(Ray's log: {self._work_dir / 'driver.log'})")

    def _lose(self, message: str) -> None:
        if self._lost is None:
            self._lost = message
        for inbox in list(self._runs.values()):
            inbox.put(("failed", self._lost))

    def _send(self, *message) -> None:
        if self._lost is not None:
            raise NarrateError(self._lost)
        with self._send_lock:
            self._conn.send(message)

    def _forget(self, run: int, cancel: bool) -> None:
        if self._runs.pop(run, None) is not None and cancel and self._lost is None:
            try:
                self._send("cancel", run)
            except (OSError, NarrateError):
                pass


class _RayRun(Results):
    """One run's results, decoded and stored in the cache as they arrive."""

    def __init__(self, executor: RayExecutor, run_id: int, jobs: Sequence[Job], context: WorkContext):
        self.executor = executor
        self.id = run_id
        self.keys = {job.index: job.key for job in jobs}
        self.remaining = len(jobs)
        self.cache = context.cache
        self.inbox: queue.Queue = queue.Queue()
        super().__init__(self._results())

    def _results(self) -> Iterator[tuple[int, np.ndarray]]:
        while self.remaining:
            kind, *rest = self.inbox.get()
            if kind == "failed":
                self.executor._forget(self.id, cancel=True)
                raise NarrateError(rest[0])
            index, data = rest
            self.remaining -= 1
            if self.keys[index] and self.cache is not None:
                self.cache.put_encoded(self.keys[index], data)
            yield index, decode_clip(data)
        self.executor._forget(self.id, cancel=False)

    def close(self) -> None:
        self.executor._forget(self.id, cancel=self.remaining > 0)


def _check_reachable(address: str) -> None:
    """Fail at once, not after Ray's minutes of retries, when nothing listens at ``host:port``."""
    if address == "auto" or "://" in address:
        return
    host, _, port = address.rpartition(":")
    try:
        with socket.create_connection((host.strip("[]") or "127.0.0.1", int(port)), timeout=5):
            return
    except ValueError:
        raise NarrateError(f"Ray address {address!r} is not HOST:PORT; give the head node's address, "
                           "e.g. --ray-address 10.0.0.5:6379") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise NarrateError(f"cannot reach the Ray cluster at {address} ({reason.lower()}); start it with "
                           "`ray start --head`, or check --ray-address and RAY_ADDRESS") from None


def _has_token(env: dict[str, str]) -> bool:
    if env.get("RAY_AUTH_TOKEN"):
        return True
    path = env.get("RAY_AUTH_TOKEN_PATH")
    return Path(path).is_file() if path else (Path.home() / ".ray" / "auth_token").is_file()
