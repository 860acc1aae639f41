"""``--executor ray`` without a cluster: narrate's own local Ray instance, and the one-line errors.

The seed rendered on a local Ray instance with two CPUs must be the very
MP3 the local pool makes (the session's ``rendered_seed``). The local pool
stays the default and never imports Ray.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .conftest import DETERMINISTIC, SEED, TINY_VOICE, closed_port, isolated_env, run_narrate
from .helpers.ray_support import ACTOR, processes

ARTICLE = Path(__file__).parent / "data" / "articles" / "bruzz-kanaal-guillemets.txt"

WITHOUT_RAY = "import sys; sys.modules['ray'] = None; from narrate.cli import main; sys.argv[0] = 'narrate'; main()"
"""narrate as if Ray were not installed: importing it fails."""


def test_a_local_ray_instance_renders_the_seed_as_the_local_pool_does(rendered_seed, tmp_path):
    before = _ray_temp_dirs()
    result = run_narrate("render", str(SEED), "--voice", str(TINY_VOICE), "--episodes-dir", str(tmp_path),
                         "--date", "2026-11-28", *DETERMINISTIC, "--executor", "ray", "--jobs", "2")
    assert result.returncode == 0, result.stderr.decode()
    mp3 = next(Path(line) for line in result.stdout.decode().split() if line.endswith(".mp3"))
    assert mp3.name == rendered_seed["mp3"].name
    assert mp3.read_bytes() == rendered_seed["mp3"].read_bytes()
    # The instance is gone with the render, and so are its logs.
    assert not processes(ACTOR)
    assert _ray_temp_dirs() == before


def test_the_local_pool_needs_no_ray_and_ray_says_how_to_install_it(tmp_path):
    common = [str(ARTICLE), "--voice", str(TINY_VOICE), "--quote-voice", str(TINY_VOICE), "--quiet"]
    local = _narrate_without_ray("render", *common, "--episodes-dir", str(tmp_path / "local"))
    assert local.returncode == 0, local.stderr
    assert list((tmp_path / "local").glob("*.mp3"))
    ray = _narrate_without_ray("render", *common, "--episodes-dir", str(tmp_path / "ray"), "--executor", "ray")
    assert ray.returncode == 1
    assert ray.stderr == "Error: --executor ray needs Ray, which is not installed; run `pip install 'narrate[ray]'`\n"
    assert not (tmp_path / "ray").exists()


def test_an_unreachable_cluster_fails_at_once_in_one_line(tmp_path):
    address = f"127.0.0.1:{closed_port()}"
    started = time.monotonic()
    result = run_narrate("render", str(ARTICLE), "--voice", str(TINY_VOICE), "--episodes-dir", str(tmp_path / "e"),
                         "--executor", "ray", "--ray-address", address)
    assert time.monotonic() - started < 20
    assert result.returncode == 1
    assert result.stderr.decode() == (f"Error: cannot reach the Ray cluster at {address} (connection refused); start it "
                                      "with `ray start --head`, or check --ray-address and RAY_ADDRESS\n")
    assert not (tmp_path / "e").exists()


def test_a_ray_address_must_be_host_and_port(tmp_path):
    result = run_narrate("render", str(ARTICLE), "--voice", str(TINY_VOICE), "--episodes-dir", str(tmp_path),
                         "--executor", "ray", env={"RAY_ADDRESS": "head-node"})
    assert result.returncode == 1
    assert result.stderr.decode() == ("Error: Ray address 'head-node' is not HOST:PORT; give the head node's address, "
                                      "e.g. --ray-address 10.0.0.5:6379\n")


def _narrate_without_ray(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", WITHOUT_RAY, *args], env={**os.environ, **isolated_env()},
                          capture_output=True, text=True, timeout=300)


def _ray_temp_dirs() -> set[str]:
    return {p.name for p in Path(tempfile.gettempdir()).glob("narrate-ray-*")}
