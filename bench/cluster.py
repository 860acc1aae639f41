#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Benchmark (not a test): synthesis on Ray against the local pool, and render-many against one render at a time.

Run from the repository root with the project's virtual environment and
the Ray extra (``pip install -e '.[ray]'``)::

    .venv/bin/python bench/cluster.py

It uses ``bench/voices/nl_BE-test-medium.onnx`` (the real Piper "medium"
architecture with random weights: the cost of any ``*-medium`` voice),
building it first as ``bench/render.py`` does (with torch from
``NARRATE_BENCH_TORCH_PYTHON``, else from ``bench/.torch-venv``, made on
first use) if it is missing. Then, in one run:

a. the seed from article to clips (cache off) on the local worker pool;
b. the same on a Ray cluster on this machine (``ray start --head`` on a
   loopback address, one CPU per core, started and warmed up beforehand, as
   a newsroom's cluster would be), through ``--ray-address``;
c. the same with a Ray instance that the render starts and stops itself;
d. three articles as three ``narrate render`` runs one after another, and as
   one ``narrate render-many`` (full renders: mastering, encoding, feed), on
   the cluster of b, and again with the local pool.

a-c are run ``--rounds`` times, alternately, and the median of each is
kept. Each is measured twice: in seconds of compute per second of speech
(CPU time of the render's processes and of every Ray process on the
machine, sampled while it runs: what the synthesis costs, and what other
work on a shared machine hardly changes) and in wall-clock seconds per
second of speech (what a listener waits, which other work does change).
The last line is the summary, in compute: ``overhead`` is b's cost over
a's, ``many_speedup`` the three renders' wall time over render-many's, on
the cluster. When done it stops every Ray process of this user here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import socket
import subprocess
import sys
import statistics
import tempfile
import threading
import time
from pathlib import Path

from common import DATE, NOISE, ROOT, SEED, VOICE, ensure_voice, process_tree

ARTICLES = [ROOT / "tests" / "data" / "articles" / name for name in
            ("standaard-gent-knip-cp1252.txt", "nos-stikstof-boeren.txt", "knack-lerarentekort-mojibake.txt")]
RAY = str(Path(sys.executable).with_name("ray"))
HEAD_IP = "127.0.0.2"
"""Ray turns 127.0.0.1 into the machine's network address; another loopback address stays loopback."""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--voice", type=Path, default=VOICE)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--stage", nargs="+", help=argparse.SUPPRESS)  # internal: a-c's synthesis
    parser.add_argument("--executor", default="local", help=argparse.SUPPRESS)
    parser.add_argument("--ray-address", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        return synthesis_stage(args.stage, args.voice, args.executor, args.ray_address)
    return benchmark(args)


def synthesis_stage(inputs: list[str], voice: Path, executor: str, address: str | None) -> int:
    """What ``narrate render --no-cache`` does up to the clips, with the executor asked for."""
    from narrate.pipeline import Flags, prepare_script, render_options
    from narrate.pipeline.render import open_executor, script_cast  # the render's own choice of executor and cast
    from narrate.settings import Settings
    from narrate.synthesis import synthesize_segments

    options = render_options(Settings(), Flags(voice=str(voice), quote_voices=(str(voice),), noise_scale=0.0,
                                               noise_w=0.0, date=dt.date.fromisoformat(DATE), executor=executor,
                                               ray_address=address))
    script = prepare_script(inputs, options)
    cast, _ = script_cast(script, options)
    speech = 0.0
    with open_executor(options) as pool:
        for clip in synthesize_segments(script.segments(), cast, options.synthesis, executor=pool):
            speech += sum(s.num_samples - s.pause_samples for s in clip.sentences) / clip.sample_rate
    print(json.dumps({"speech_s": speech}))
    return 0


def benchmark(args) -> int:
    began = time.perf_counter()
    voice = ensure_voice(args.voice)
    work = Path(tempfile.mkdtemp(prefix="narrate-bench-cluster-"))
    env = {**os.environ, "NARRATE_CACHE_DIR": str(work / "cache"), "NARRATE_VOICES_URL": "http://127.0.0.1:9",
           "RAY_AUTH_MODE": "disabled", "RAY_USAGE_STATS_ENABLED": "0"}
    cores = len(os.sched_getaffinity(0))
    address = f"{HEAD_IP}:{free_port()}"
    try:
        print(f"bench: voice {voice.name} ({voice.stat().st_size / 1e6:.0f} MB), {cores} cores, work dir {work}")
        run([sys.executable, "-c", "import sys; from narrate.synthesis import prepare_voice; from narrate.voices import Voice; "
             "prepare_voice(Voice.load(sys.argv[1]))", str(voice)], env)
        started = time.perf_counter()
        run([RAY, "start", "--head", "--node-ip-address", HEAD_IP, "--port", address.rsplit(":", 1)[1],
             "--num-cpus", str(cores), "--include-dashboard", "false", "--disable-usage-stats"], env)
        print(f"   ray start --head: {time.perf_counter() - started:.1f} s (once per cluster)")
        stage = [sys.executable, str(Path(__file__).resolve()), "--voice", str(voice)]
        run([*stage, "--executor", "ray", "--ray-address", address, "--stage", str(ARTICLES[0])], env)  # warm-up

        variants = {"a. local pool": ["--executor", "local"],
                    "b. Ray cluster, running": ["--executor", "ray", "--ray-address", address],
                    "c. Ray, started by the render": ["--executor", "ray"]}
        compute: dict[str, list[float]] = {name: [] for name in variants}
        wall_rtf: dict[str, list[float]] = {name: [] for name in variants}
        for round_ in range(args.rounds):
            for name, flags in variants.items():
                meter = CpuMeter()
                wall, out = timed([*stage, *flags, "--stage", str(SEED)], env, meter)
                speech = json.loads(out.strip().splitlines()[-1])["speech_s"]
                compute[name].append(meter.seconds / speech)
                wall_rtf[name].append(wall / speech)
                print(f"   round {round_ + 1}, {name}: {speech:6.1f} s of speech, {meter.seconds:6.1f} s of compute "
                      f"({compute[name][-1]:.4f} per s), {wall:6.1f} s of wall clock (RTF {wall_rtf[name][-1]:.4f})")
        cost = {name: statistics.median(values) for name, values in compute.items()}
        waited = {name: statistics.median(values) for name, values in wall_rtf.items()}
        local_rtf, ray_rtf, cold_rtf = cost.values()
        for name in variants:
            print(f"{name}: {cost[name]:.4f} s of compute per s of speech ({cost[name] / local_rtf:.3f}× the local "
                  f"pool); wall-clock RTF {waited[name]:.4f} ({waited[name] / waited['a. local pool']:.3f}×)")

        many = {}
        for label, flags in (("Ray cluster", ["--executor", "ray", "--ray-address", address]),
                             ("local pool", ["--executor", "local"])):
            common = ["--voice", str(voice), "--quote-voice", str(voice), "--date", DATE, "--no-cache", "--quiet",
                      *NOISE, *flags]
            out = work / "episodes"
            started = time.perf_counter()
            for article in ARTICLES:
                run([sys.executable, "-m", "narrate", "render", str(article), "--episodes-dir", str(out / "one"), *common], env)
            one_by_one = time.perf_counter() - started
            many_wall, _ = timed([sys.executable, "-m", "narrate", "render-many", *map(str, ARTICLES),
                                  "--episodes-dir", str(out / "many"), *common], env)
            many[label] = one_by_one / many_wall
            print(f"d. 3 articles, {label}: one render at a time {one_by_one:6.1f} s, render-many {many_wall:6.1f} s "
                  f"({many[label]:.2f}× as fast)")

        print(f"   benchmark took {(time.perf_counter() - began) / 60:.1f} min")
        print(f"   (a Ray instance started by the render itself: {cold_rtf:.4f} s of compute per s, "
              f"{cold_rtf / local_rtf:.2f}× the local pool)")
        print(f"cluster: local_rtf={local_rtf:.4f} ray_rtf={ray_rtf:.4f} overhead={ray_rtf / local_rtf:.3f} "
              f"many_speedup={many['Ray cluster']:.2f}")
        return 0
    finally:
        subprocess.run([RAY, "stop", "--force"], env=env, capture_output=True)  # every Ray process of this user here
        shutil.rmtree(work, ignore_errors=True)


def run(command: list[str], env: dict) -> str:
    return timed(command, env)[1]


def timed(command: list[str], env: dict, meter: CpuMeter | None = None) -> tuple[float, str]:
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if meter is not None:
        meter.watch(process.pid)
    out, err = process.communicate()
    wall = time.perf_counter() - started
    if meter is not None:
        meter.stop()
    if process.returncode != 0:
        sys.exit(f"bench: {' '.join(command[:5])}… failed:\n{err[-2000:]}")
    return wall, out


class CpuMeter:
    """CPU seconds of a process tree and of every Ray process here, sampled five times a second while it runs.

    Processes that end between two samples lose at most their last 0.2 s;
    Ray processes that were already running count only what they use meanwhile.
    """

    def __init__(self):
        self.first: dict[int, int] = {}
        self.last: dict[int, int] = {}
        self.done = threading.Event()
        self.seconds = 0.0

    def watch(self, pid: int) -> None:
        self.root = pid
        self.first = _ray_ticks()
        self.thread = threading.Thread(target=self._sample, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.done.set()
        self.thread.join()
        ticks = sum(t - self.first.get(p, 0) for p, t in self.last.items())
        self.seconds = ticks / os.sysconf("SC_CLK_TCK")

    def _sample(self) -> None:
        while not self.done.wait(0.2):
            tree = process_tree(self.root)
            for pid, ticks in {**_ray_ticks(), **{p: t for p in tree if (t := _ticks(p)) is not None}}.items():
                self.last[pid] = max(ticks, self.last.get(pid, 0))


def _ray_ticks() -> dict[int, int]:
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                command = Path(f"/proc/{entry}/cmdline").read_bytes()
            except OSError:
                continue
            if command.startswith(b"ray::") or b"/site-packages/ray/" in command:
                if (ticks := _ticks(int(entry))) is not None:
                    found[int(entry)] = ticks
    return found


def _ticks(pid: int) -> int | None:
    """User and system CPU time of ``pid`` itself, in clock ticks (its children are sampled on their own)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return int(fields[11]) + int(fields[12])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HEAD_IP, 0))
        return sock.getsockname()[1]


if __name__ == "__main__":
    sys.exit(main())
