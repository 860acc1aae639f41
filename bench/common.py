# SPDX-License-Identifier: GPL-3.0-or-later
"""What the benchmarks share: where things are, the fixed render settings, the voice, the CPU and process trees.

The benchmarks run as scripts (``.venv/bin/python bench/render.py``), which
puts ``bench/`` first on ``sys.path``: they import this as ``common``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "poetin-noord-korea.txt"
VOICE = ROOT / "bench" / "voices" / "nl_BE-test-medium.onnx"
TORCH_VENV = ROOT / "bench" / ".torch-venv"
"""Where the benchmarks make their own torch environment (git-ignored) unless NARRATE_BENCH_TORCH_PYTHON names one."""
TORCH_PACKAGES = ("torch==2.13.0", "piper-tts==1.8.0", "onnx")
"""What ``tests/fixtures/make_voice.py`` needs: piper's training code builds the network, torch exports it."""
DATE = "2026-11-28"
NOISE = ["--noise-scale", "0", "--noise-w", "0"]
CPU_FLAGS = ("avx2", "avx512f", "avx512_vnni", "avx512_bf16", "amx_tile", "amx_bf16", "amx_int8")
"""The instruction sets ONNX Runtime's kernels pick between: a speed-up on one can shrink on another."""


def ensure_voice(voice: Path) -> Path:
    """The medium test voice, built first (seeded, so always the same file) if it is missing."""
    if voice.is_file() and voice.with_name(voice.name + ".json").is_file():
        return voice
    python = torch_python()
    print(f"bench: building {voice.relative_to(ROOT) if voice.is_relative_to(ROOT) else voice} "
          f"with {python} (about a minute)…", flush=True)
    subprocess.run([python, str(ROOT / "tests" / "fixtures" / "make_voice.py"), "--size", "medium",
                    "--speakers", "1", "--seed", "1234", "--out", str(voice)], check=True)
    return voice


def torch_python() -> str:
    """The Python that builds voices: NARRATE_BENCH_TORCH_PYTHON, else a venv of our own, made on first use."""
    given = os.environ.get("NARRATE_BENCH_TORCH_PYTHON")
    if given:
        return given
    python = TORCH_VENV / "bin" / "python"
    # Written only once pip has succeeded, so an interrupted install is redone rather than half used.
    done = TORCH_VENV / "installed.txt"
    wanted = "\n".join(TORCH_PACKAGES) + "\n"
    if not done.is_file() or done.read_text() != wanted:
        print(f"bench: making {TORCH_VENV.relative_to(ROOT)} with {' '.join(TORCH_PACKAGES)} "
              "(once; about 1.2 GB, a few minutes)…", flush=True)
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(TORCH_VENV)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", *TORCH_PACKAGES], check=True)
        done.write_text(wanted)
    return str(python)


def compile_narrate() -> None:
    """narrate's modules compiled to bytecode, as installing a wheel does (pip compiles what it installs).

    A checkout run with PYTHONDONTWRITEBYTECODE set (as some sandboxes and CI images do) would otherwise
    compile every module from source in every process the benchmark times, a third of a second that no
    installed narrate spends; plain Piper, installed, is timed with its bytecode too.
    """
    import compileall

    compileall.compile_dir(str(Path(__file__).resolve().parent.parent / "narrate"), quiet=1)


def prepare_voice(voice: Path, env: dict) -> float:
    """Prepare ``voice`` in the cache of ``env`` (as ``narrate voices download``/``add`` do); the seconds it took."""
    code = ("import sys; from narrate.synthesis import prepare_voice; from narrate.voices import Voice; "
            "prepare_voice(Voice.load(sys.argv[1]))")
    return Run([sys.executable, "-c", code, str(voice)], env)().wall


def cpu_description() -> str:
    """``AMD EPYC (avx2 avx512f), 2 cores``: the model name and the instruction sets that matter, from /proc/cpuinfo."""
    model, flags = "unknown CPU", set()
    try:
        lines = Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        lines = []
    for line in lines:
        key, _, value = line.partition(":")
        if key.strip() == "model name" and model == "unknown CPU":
            model = value.strip()
        elif key.strip() == "flags" and not flags:
            flags = set(value.split())
    found = [flag for flag in CPU_FLAGS if flag in flags] or ["none of " + "/".join(CPU_FLAGS)]
    return f"{model} ({' '.join(found)}), {len(os.sched_getaffinity(0))} cores"


def episode_seconds(episodes: Path) -> float:
    """The length of the one episode rendered into ``episodes``, from its manifest."""
    for manifest in episodes.glob("*.json"):
        data = json.loads(manifest.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "duration_s" in data:
            return float(data["duration_s"])
    raise SystemExit(f"bench: no episode manifest in {episodes}")


class Run:
    """One timed process: wall time, its output, and the peak memory of its whole process tree."""

    def __init__(self, command: list[str], env: dict):
        self.command, self.env = command, env
        self.peak_tree_mb = self.peak_process_mb = self.peak_tree_pss_mb = 0.0

    def __call__(self) -> Run:
        start = time.perf_counter()
        process = subprocess.Popen(self.command, env=self.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
        sampler = threading.Thread(target=self._sample, args=(process.pid,), daemon=True)
        sampler.start()
        out, err = process.communicate()
        self.wall = time.perf_counter() - start
        sampler.join()
        if process.returncode != 0:
            sys.exit(f"bench: {' '.join(self.command[:4])}… failed:\n{err.decode()[-2000:]}")
        self.stdout = out.decode()
        return self

    def _sample(self, pid: int) -> None:
        while True:
            pids = process_tree(pid)
            sizes = [rss_mb(p) for p in pids]
            if not sizes or sizes[0] is None:
                return
            sizes = [s for s in sizes if s is not None]
            self.peak_tree_mb = max(self.peak_tree_mb, sum(sizes))
            self.peak_process_mb = max(self.peak_process_mb, max(sizes))
            # RSS counts the pages forked workers share with the main process once per process; PSS splits them.
            self.peak_tree_pss_mb = max(self.peak_tree_pss_mb, sum(pss_mb(p) or 0.0 for p in pids))
            time.sleep(0.25)

    def json(self) -> dict:
        return json.loads(self.stdout.strip().splitlines()[-1])


def process_tree(pid: int) -> list[int]:
    """``pid`` and all its descendants."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, stack = [], [pid]
    while stack:
        current = stack.pop()
        found.append(current)
        stack.extend(children.get(current, []))
    return found


def rss_mb(pid: int) -> float | None:
    """Resident set size: every page the process has in memory, shared or not."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, IndexError, ValueError):
        return None


def pss_mb(pid: int) -> float | None:
    """Proportional set size: the process's own pages plus its share of pages it shares."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except (OSError, IndexError, ValueError):
        return None
    return None
