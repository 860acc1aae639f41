"""Shared fixtures: the committed tiny Piper voices and one real render of the seed."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "poetin-noord-korea.txt"
VOICES = ROOT / "tests" / "fixtures" / "voices"
TINY_VOICE = VOICES / "nl_BE-test-tiny.onnx"
MULTI_VOICE = VOICES / "nl_BE-test-tiny-multi.onnx"
NARRATE = [sys.executable, "-m", "narrate"]

DETERMINISTIC = ["--noise-scale", "0", "--noise-w", "0"]
"""Piper's noise off, so durations and audio repeat exactly."""


def closed_port() -> int:
    """A port on 127.0.0.1 with nothing listening: the network is 'unreachable' there."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


_SCRATCH = tempfile.TemporaryDirectory(prefix="narrate-tests-")
"""Caches of the test runs; removed when the test session ends."""

# A shell without job control starts background commands with Ctrl+C (SIGINT) ignored, and an ignored signal
# is inherited through exec: run that way (as a CI runner may), every narrate the tests start would ignore the
# Ctrl+C they send it, as Python and narrate rightly do for a background job. The tests stand for a user at a
# terminal, so the session takes Ctrl+C back, and the processes it starts get it at its default again.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

# The user data directory (where voices live outside a project) is the test session's own, never the real one.
os.environ["XDG_DATA_HOME"] = str(Path(_SCRATCH.name) / "data")


def isolated_env() -> dict:
    """A fresh, empty synthesis cache for each run, and no real network for voice downloads."""
    return {"NARRATE_CACHE_DIR": tempfile.mkdtemp(prefix="cache-", dir=_SCRATCH.name),
            "NARRATE_VOICES_URL": f"http://127.0.0.1:{closed_port()}"}


def run_narrate(*args: str, cwd: Path | None = None, env: dict | None = None, input: bytes | None = None):
    """Run the real CLI in a subprocess, as a user would (with its own empty cache unless ``env`` names one)."""
    full_env = {**os.environ, **isolated_env(), **(env or {})}
    return subprocess.run([*NARRATE, *args], cwd=cwd, env=full_env, input=input, capture_output=True, timeout=600)


def episode_manifest(episodes_dir: Path) -> Path:
    """The one episode manifest in ``episodes_dir`` (its ``.chapters.json`` is JSON too, and not one)."""
    (path,) = [p for p in Path(episodes_dir).glob("*.json") if not p.name.endswith(".chapters.json")]
    return path


def ffprobe(path: Path) -> dict:
    """Read an MP3 with ffprobe: an independent reader, not our own code."""
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_chapters", "-show_format", "-show_streams", "-of", "json", str(path)],
        capture_output=True, check=True, text=True,
    ).stdout
    data = json.loads(out)
    # ffprobe lists CHAP frames in file order, not time order.
    data["chapters"].sort(key=lambda c: float(c["start_time"]))
    return data


@pytest.fixture(scope="session")
def rendered_seed(tmp_path_factory) -> dict:
    """The seed article rendered once with the tiny voice, for read-only checks."""
    episodes = tmp_path_factory.mktemp("episodes")
    result = run_narrate("render", str(SEED), "--voice", str(TINY_VOICE), "--episodes-dir", str(episodes),
                         "--date", "2026-11-28", *DETERMINISTIC)
    assert result.returncode == 0, result.stderr.decode()
    paths = [Path(line) for line in result.stdout.decode().split()]
    mp3 = next(p for p in paths if p.suffix == ".mp3")
    return {"dir": episodes, "mp3": mp3, "feed": episodes / "feed.xml", "stdout": result.stdout.decode()}

