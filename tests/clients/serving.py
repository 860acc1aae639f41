"""Run the real ``narrate serve`` for the client tests, and the clients' own tools."""

from __future__ import annotations

import contextlib
import os
import queue
import re
import shutil
import signal
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..conftest import NARRATE

CLIENTS = Path(__file__).resolve().parent
"""tests/clients: the npm-installed clients (see package.json) and the scripts that drive them."""

START_TIMEOUT_S = 30


@dataclass
class Server:
    """A running ``narrate serve`` subprocess."""

    url: str
    """Its loopback address, ending in ``/``."""

    directory: Path
    """The episodes directory it serves."""

    process: subprocess.Popen
    """The process."""

    lines: list[str] = field(default_factory=list)
    """What it printed on standard output before serving."""


@contextlib.contextmanager
def running_server(episodes_dir: Path, *args: str, env: dict | None = None) -> Iterator[Server]:
    """``narrate serve`` on a free loopback port until the block ends, then Ctrl+C (SIGINT)."""
    command = [*NARRATE, "serve", "--episodes-dir", str(episodes_dir), "--port", "0", *args]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, **(env or {})})
    try:
        lines = _read_announcement(process)
        url = re.search(r"at (http://\S+/)$", lines[0]).group(1)
        yield Server(url=url.replace("0.0.0.0", "127.0.0.1"), directory=Path(episodes_dir), process=process,
                     lines=lines)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def _read_announcement(process: subprocess.Popen) -> list[str]:
    # Read on a thread so a server that hangs before announcing fails the
    # test after START_TIMEOUT_S instead of blocking it forever.
    lines: queue.Queue[str | None] = queue.Queue()

    def pump() -> None:
        for line in process.stdout:
            lines.put(line.rstrip("\n"))
            if line.startswith("Press Ctrl+C"):
                break
        else:
            lines.put(None)

    threading.Thread(target=pump, daemon=True).start()
    seen: list[str] = []
    while True:
        try:
            line = lines.get(timeout=START_TIMEOUT_S)
        except queue.Empty:
            raise AssertionError(f"narrate serve printed no address in {START_TIMEOUT_S} s: {seen}") from None
        if line is None:
            process.wait(timeout=10)
            raise AssertionError(f"narrate serve exited {process.returncode}: {process.stderr.read()}")
        seen.append(line)
        if line.startswith("Press Ctrl+C"):
            return seen


def require_tool(name: str) -> str:
    """The path of a system tool the tests drive; .ci/run installs them all."""
    path = shutil.which(name)
    assert path, f"{name} is not installed; install it as .ci/run does"
    return path


def require_node_clients() -> Path:
    """tests/clients with its npm packages installed (``npm ci`` there, as .ci/run does)."""
    require_tool("node")
    assert (CLIENTS / "node_modules" / "podcast-partytime").is_dir(), \
        "the npm test clients are missing; run 'npm ci' in tests/clients, as .ci/run does"
    return CLIENTS


def copy_episodes(source: Path, target: Path) -> Path:
    """A private copy of an episodes directory, for tests that change it."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns(".*"))
    return target


def gpo(home, *args: str) -> str:
    """gPodder's command-line client; it exits 0 even when it fails, so callers check what it says and did."""
    env = {**os.environ, "GPODDER_HOME": str(home / "home"), "GPODDER_DOWNLOAD_DIR": str(home / "downloads")}
    result = subprocess.run([require_tool("gpo"), *args], env=env, stdin=subprocess.DEVNULL, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


def assert_gpodder_fetches(home: Path, feed_url: str, mp3: Path) -> None:
    """gPodder subscribes to ``feed_url``, finds its one episode and downloads exactly ``mp3``'s bytes."""
    assert f"Successfully added {feed_url}" in gpo(home, "subscribe", feed_url)
    assert "1 new episode" in gpo(home, "update")
    assert "1 episodes downloaded" in gpo(home, "download")
    downloaded = list((home / "downloads").rglob("*.mp3"))
    assert [p.read_bytes() == mp3.read_bytes() for p in downloaded] == [True]
