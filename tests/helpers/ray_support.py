"""Helpers for the Ray tests: clusters started with Ray's own CLI on loopback addresses, and their processes."""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

RAY = str(Path(sys.executable).with_name("ray"))

HEAD_IP, WORKER_IP = "127.0.0.2", "127.0.0.3"
"""Ray rewrites 127.0.0.1 to the machine's network address; the rest of 127.0.0.0/8 stays on the loopback interface."""

ACTOR = "ray::SynthesisWorker"
"""The process title of narrate's actors (``.synthesize`` is added while one speaks)."""


def cluster_env(cache_dir: Path, token: str) -> dict:
    """What a node of a test cluster runs with: its own narrate cache, token authentication, no usage reports."""
    return {**os.environ, "NARRATE_CACHE_DIR": str(cache_dir), "RAY_AUTH_MODE": "token", "RAY_AUTH_TOKEN": token,
            "RAY_USAGE_STATS_ENABLED": "0"}


def new_token() -> str:
    return secrets.token_hex(32)


def free_port(host: str) -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def start_head(port: int, cpus: int, env: dict) -> None:
    ray_cli("start", "--head", "--node-ip-address", HEAD_IP, "--port", str(port), "--num-cpus", str(cpus),
            "--include-dashboard", "false", "--disable-usage-stats", "--object-store-memory", str(200 * 2**20), env=env)


def start_worker(address: str, cpus: int, env: dict) -> None:
    ray_cli("start", "--address", address, "--node-ip-address", WORKER_IP, "--num-cpus", str(cpus),
            "--disable-usage-stats", "--object-store-memory", str(200 * 2**20), env=env)


def stop_all() -> None:
    """``ray stop --force``: every Ray process of this user on this machine."""
    subprocess.run([RAY, "stop", "--force"], capture_output=True, timeout=120)


def ray_cli(*args: str, env: dict) -> None:
    result = subprocess.run([RAY, *args], env=env, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def wait_for_nodes(address: str, count: int, env: dict, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = subprocess.run([RAY, "status", "--address", address], env=env, capture_output=True, text=True,
                                timeout=60).stdout
        if status.count(" node_") >= count and "Pending:\n (no pending nodes)" in status:
            return
        time.sleep(1)
    raise AssertionError(f"the cluster at {address} did not reach {count} nodes:\n{status}")


def processes(prefix: str) -> dict[int, str]:
    """Process ids and titles of the processes whose title starts with ``prefix``."""
    found = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                title = (entry / "cmdline").read_bytes().split(b"\0")[0].decode(errors="replace")
            except OSError:
                continue
            if title.startswith(prefix):
                found[int(entry.name)] = title
    return found


def run_until_busy(command: list[str], env: dict, action, timeout: float = 600) -> tuple[subprocess.CompletedProcess, object]:
    """Run ``command``; the first time an actor speaks, call ``action(process, actor_pid)`` once.

    Returns the finished process and what ``action`` returned (None: no actor was seen speaking).
    """
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    done = None
    deadline = time.monotonic() + timeout
    while process.poll() is None and done is None and time.monotonic() < deadline:
        busy = [pid for pid, title in processes(ACTOR).items() if title.startswith(ACTOR + ".synthesize")]
        if busy:
            done = action(process, busy[0])
        time.sleep(0.01)
    out, err = process.communicate(timeout=max(1, deadline - time.monotonic()))
    return subprocess.CompletedProcess(command, process.returncode, out, err), done


def kill_actor(process: subprocess.Popen, pid: int) -> int:
    os.kill(pid, signal.SIGKILL)
    return pid


def interrupt(process: subprocess.Popen, pid: int) -> bool:
    """What Ctrl+C does to narrate."""
    process.send_signal(signal.SIGINT)
    return True


def stop_cluster(process: subprocess.Popen, pid: int) -> bool:
    stop_all()
    return True


def wait_until(condition, timeout: float = 20) -> bool:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True
