"""The Ray side of ``--executor ray``: a driver process holding the cluster connection and the actors.

narrate's own process never imports Ray. ``narrate.synthesis.ray.executor`` starts
this module as a child process and talks to it over a socket: runs of
sentences go in, FLAC-encoded sentences come back. Everything Ray prints
(its C++ warnings, worker logs, error reports) goes to the child's log file,
away from narrate's standard output and its one-line errors; and should Ray
end the child (as it does when the cluster goes away), narrate sees the
socket close and says so.

The actors, one per CPU by default, are single-threaded like the local
pool's workers and load each voice once. Voices reach them through Ray's
object store, put there once per executor, so the nodes need no shared
filesystem: a node keeps each voice it receives in its own cache directory,
named by content, for later renders. An actor that dies is replaced and
its sentences go to the queue again, a bounded number of times.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from typing import Any

from ..engines import SynthesisSettings
from ...errors import NarrateError
from ..jobs import Job, WorkContext, longest_last_first
from ...voices import CastMember, EspeakVoice
from .worker import SynthesisWorker, VoiceBlob, voice_digest

DEPTH = 2
"""Sentences queued at each actor: one running, one ready, so no actor waits for a round trip."""

MAX_ATTEMPTS = 3
"""Times a sentence may be running on an actor that dies before the run fails."""

MAX_START_FAILURES = 3
"""Failed starts in a row after which an actor slot is given up."""

POLL_S = 0.05
"""Longest the driver waits on Ray before it reads narrate's messages again."""

CHECK_S = 3.0
"""How often, while there is work, the driver checks that the cluster is still there (Ray alone takes much longer to tell)."""

START_TIMEOUT_S = 120.0
"""Longest a run waits for its first actor to start (the cluster may have no CPU free)."""



@dataclass(frozen=True)
class DriverOptions:
    """How to reach the cluster, sent once at start."""

    address: str | None
    """Cluster address (``host:port``, ``auto``, ``ray://…``); None starts a local instance."""

    jobs: int | None
    """Actors to run; None means one per CPU of the cluster."""

    local_cpus: int
    """CPUs a local instance offers."""

    temp_dir: str | None = None
    """Ray's session directory for a local instance (removed by narrate afterwards)."""


@dataclass
class _Task:
    """A sentence waiting for, or running on, an actor."""

    run: int
    """The run (one render's synthesis) it belongs to."""

    job: Job
    """The sentence, and its index in the run."""

    voice: str | EspeakVoice
    """Its voice: a ``VoiceBlob`` digest, or espeak-ng."""

    speaker: int | None
    """Speaker of a multi-speaker voice."""

    settings: SynthesisSettings
    """Speaking rate and noise."""

    attempts: int = 0
    """Times it was running on an actor that died."""


@dataclass(eq=False)
class _Slot:
    """One actor's place in the pool; a dead actor is replaced in its slot."""

    actor: Any
    """The actor's handle."""

    generation: int = 0
    """How many actors the slot has had; results from an earlier one are stale."""

    ready: bool = False
    """The actor has started and takes work."""

    inflight: list = field(default_factory=list)
    """Refs of the sentences sent to the actor, oldest (the one it is speaking) first."""

    voices: set[str] = field(default_factory=set)
    """Digests of the voices sent to the actor."""

    start_failures: int = 0
    """Actors in a row that died before they were ready."""


class Driver:
    """Runs narrate's sentences on the actors, in the order they are asked for."""

    def __init__(self, conn: Connection, options: DriverOptions):
        self.conn = conn
        self.options = options
        self.queue: deque[_Task] = deque()
        self.slots: list[_Slot] = []
        self.waiting: dict[Any, tuple[_Slot, int, _Task | None]] = {}
        self.voices: dict[tuple, VoiceBlob] = {}
        self.cancelled: set[int] = set()
        """Runs given up: by narrate, or because one of their sentences failed."""
        self.last_check = time.monotonic()
        self.gcs_address = ""
        self.worker_class: Any = None
        self.unready_since: float | None = None
        """Since when no actor has been ready to work."""

    def serve(self) -> None:
        import ray

        try:
            self.connect()
        except NarrateError as exc:
            self.send("fatal", str(exc))
            return
        self.send("ready", len(self.slots), len([n for n in ray.nodes() if n.get("Alive")]))
        try:
            while self.step():
                pass
        except NarrateError as exc:
            self.send("fatal", str(exc))
            os._exit(1)  # the cluster is gone: Ray's own shutdown could wait for it
        self.stop()

    def connect(self) -> None:
        import ray

        options = self.options
        settings = dict(log_to_driver=False, logging_level=logging.WARNING)
        try:
            if options.address:
                ray.init(address=options.address, **settings)
            else:
                ray.init(address="local", num_cpus=options.local_cpus, include_dashboard=False,
                         object_store_memory=256 * 2**20, _temp_dir=options.temp_dir, **settings)
        except Exception as exc:
            raise NarrateError(_connect_error(options.address, exc)) from None
        self.gcs_address = ray.get_runtime_context().gcs_address
        workers = options.jobs or max(1, int(ray.cluster_resources().get("CPU", 1)))
        self.worker_class = ray.remote(SynthesisWorker).options(num_cpus=1, max_restarts=0)
        self.slots = [self._start(_Slot(None)) for _ in range(workers)]

    def step(self) -> bool:
        """Read narrate's messages, hand out work, collect what finished; False once told to stop."""
        import ray

        if not self._read():
            return False
        self._assign()
        if not self.waiting:
            self.conn.poll(POLL_S)
            return True
        refs = list(self.waiting)
        done, _ = ray.wait(refs, num_returns=1, timeout=POLL_S, fetch_local=True)
        if done:
            done, _ = ray.wait(refs, num_returns=len(refs), timeout=0, fetch_local=True)
            for ref in done:
                if ref in self.waiting:
                    self._finish(ref)
        self._watch()
        return True

    def stop(self) -> None:
        import ray

        for slot in self.slots:
            _kill(slot.actor)
        ray.shutdown()
        self.send("closed")

    def send(self, *message) -> None:
        try:
            self.conn.send(message)
        except OSError:  # narrate is gone; the loop notices at its next read
            pass

    def _read(self) -> bool:
        try:
            while self.conn.poll(0):
                kind, *rest = self.conn.recv()
                if kind == "close":
                    return False
                if kind == "run":
                    self._add_run(*rest)
                elif kind == "cancel":
                    self._cancel(rest[0])
        except (EOFError, OSError):
            return False
        return True

    def _add_run(self, run: int, context: WorkContext, jobs: list[Job]) -> None:
        try:
            voices = [self._voice_key(member) for member in context.members]
        except OSError as exc:
            self._fail(run, f"cannot read voice {exc.filename}: {exc.strerror}; check the voice files")
            return
        for job in longest_last_first(jobs, len(self.slots)):
            member = context.members[job.member]
            self.queue.append(_Task(run, job, voices[job.member], member.speaker_id, context.settings))

    def _voice_key(self, member: CastMember) -> str | EspeakVoice:
        import ray

        voice = member.voice
        if isinstance(voice, EspeakVoice):
            return voice
        stat = voice.model.stat()
        known = (str(voice.model.resolve()), stat.st_size, stat.st_mtime_ns)
        if known not in self.voices:
            model = voice.model.read_bytes()
            config = voice.config.read_text(encoding="utf-8")
            self.voices[known] = VoiceBlob(voice_digest(model, config), voice.model.name.removesuffix(".onnx"),
                                           known[0], ray.get_runtime_context().get_node_id(), ray.put(model), config)
        return self.voices[known].digest

    def _cancel(self, run: int) -> None:
        self.cancelled.add(run)
        self.queue = deque(task for task in self.queue if task.run != run)

    def _assign(self) -> None:
        """Fill every ready actor up to ``DEPTH`` sentences, one round at a time so they share the work."""
        for depth in range(DEPTH):
            for slot in self.slots:
                if not self.queue:
                    return
                if slot.ready and len(slot.inflight) <= depth:
                    task = self.queue.popleft()
                    if task.run not in self.cancelled:
                        self._submit(slot, task)

    def _submit(self, slot: _Slot, task: _Task) -> None:
        missing = [blob for blob in self.voices.values() if blob.digest not in slot.voices]
        if missing:
            # An actor runs its calls in order, so the voices are there before the sentence.
            slot.actor.add_voices.remote(missing)
            slot.voices.update(blob.digest for blob in missing)
        ref = slot.actor.synthesize.remote(task.voice, task.speaker, task.job.text, task.settings)
        slot.inflight.append(ref)
        self.waiting[ref] = (slot, slot.generation, task)

    def _finish(self, ref) -> None:
        import ray
        from ray.exceptions import RayActorError, RayTaskError

        slot, generation, task = self.waiting[ref]
        if generation != slot.generation:  # from an actor already replaced
            del self.waiting[ref]
            return
        try:
            result = ray.get(ref)
        except RayActorError as exc:
            self._replace(slot, ref, exc)
            return
        except RayTaskError as exc:
            self._forget(slot, ref)
            self._fail(task.run if task else None, _task_error(exc))
            return
        self._forget(slot, ref)
        if task is None:
            slot.ready, slot.start_failures = True, 0
            return
        if task.run not in self.cancelled:
            self.send("done", task.run, task.job.index, result)

    def _forget(self, slot: _Slot, ref) -> None:
        del self.waiting[ref]
        if ref in slot.inflight:
            slot.inflight.remove(ref)

    def _replace(self, slot: _Slot, failed, exc: Exception) -> None:
        """A new actor in ``slot``; the sentences it held go back to the front of the queue."""
        if not self._cluster_reachable():
            raise NarrateError(_lost_message(self.options.address or self.gcs_address))
        starting = self.waiting.pop(failed)[2] is None if failed not in slot.inflight else False
        tasks = [self.waiting.pop(ref)[2] for ref in slot.inflight]
        slot.inflight.clear()
        self.queue.extendleft(reversed(tasks))
        if tasks:
            tasks[0].attempts += 1  # the one it was running; the others had not started
            if tasks[0].attempts >= MAX_ATTEMPTS:
                self._fail(tasks[0].run, f"a Ray worker died {MAX_ATTEMPTS} times while speaking "
                                         f"“{_short(tasks[0].job.text)}”; see the Ray logs (`ray logs`) for why")
        _kill(slot.actor)
        slot.start_failures += starting
        if slot.start_failures >= MAX_START_FAILURES:
            self.slots.remove(slot)
            if not self.slots:
                raise NarrateError(f"no Ray worker could start ({_first_line(exc)}); install narrate "
                                   "and its voices' dependencies on every node of the cluster")
            return
        self._start(slot)

    def _start(self, slot: _Slot) -> _Slot:
        slot.actor = self.worker_class.remote()
        slot.generation += 1
        slot.ready = False
        slot.voices = set()
        self.waiting[slot.actor.ready.remote()] = (slot, slot.generation, None)
        return slot

    def _fail(self, run: int | None, message: str) -> None:
        if run is None:
            raise NarrateError(message)
        if run not in self.cancelled:
            self._cancel(run)
            self.send("failed", run, message)

    def _watch(self) -> None:
        now = time.monotonic()
        if now - self.last_check < CHECK_S or not (self.queue or self.waiting):
            return
        self.last_check = now
        if not self._cluster_reachable():
            raise NarrateError(_lost_message(self.options.address or self.gcs_address))
        if any(slot.ready for slot in self.slots):
            self.unready_since = None
        elif self.unready_since is None:
            self.unready_since = now
        elif self.queue and now - self.unready_since > START_TIMEOUT_S:
            raise NarrateError(f"no Ray worker started within {START_TIMEOUT_S:.0f} s: the cluster has no CPU "
                               "free for narrate (see `ray status`); free some, or lower --jobs")

    def _cluster_reachable(self) -> bool:
        host, _, port = self.gcs_address.rpartition(":")
        try:
            with socket.create_connection((host.strip("[]"), int(port)), timeout=3):
                return True
        except (OSError, ValueError):
            return False


def _kill(actor) -> None:
    import ray

    try:
        ray.kill(actor, no_restart=True)
    except Exception:  # already gone, or the cluster is: either way it runs nothing more
        pass


def _connect_error(address: str | None, exc: Exception) -> str:
    cause = _first_line(exc.__cause__ or exc)
    if address is None:
        return f"cannot start a local Ray instance ({cause}); see `ray start --head` or use --executor local"
    if "auth" in cause.lower() or "token" in cause.lower():
        return (f"the Ray cluster at {address} refused narrate's token; set RAY_AUTH_TOKEN (or put the "
                "cluster's token in ~/.ray/auth_token) and RAY_AUTH_MODE=token")
    return (f"cannot connect to the Ray cluster at {address} ({cause}); run narrate on a node of the cluster "
            "(`ray start --address …` joins one) and check the address with `ray status`")


def _lost_message(address: str) -> str:
    return f"lost the Ray cluster at {address} mid-render; check it with `ray status --address {address}` and render again"


def _task_error(exc: Exception) -> str:
    cause = getattr(exc, "cause", None)
    if isinstance(cause, NarrateError):
        return str(cause)
    return (f"a Ray worker failed: {_first_line(cause or exc)}; check that every node has the same "
            "narrate version installed")


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "…"


def main() -> None:
    """``python -m narrate.synthesis.ray.driver FD``: serve narrate over the socket ``FD``."""
    # narrate handles Ctrl+C and tells this process to stop; a local Ray instance started from here ignores it too.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    conn = Connection(int(sys.argv[1]))
    kind, options = conn.recv()
    assert kind == "start"
    Driver(conn, options).serve()


if __name__ == "__main__":
    main()
