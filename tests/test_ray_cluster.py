"""narrate on a two-node Ray cluster on this machine: the same audio, a killed actor, render-many, a lost cluster.

The cluster is started once for the module with Ray's own CLI (a head node
and a worker node, one CPU each, on loopback addresses, each with its own
narrate cache and token authentication) and stopped at the end. narrate is
given only the address and the token, as a user would give them. The last
test stops the cluster under a render.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import feedparser
import pytest

from .conftest import DETERMINISTIC, NARRATE, SEED, TINY_VOICE, isolated_env, run_narrate
from .helpers.ray_support import (ACTOR, HEAD_IP, cluster_env, free_port, interrupt, kill_actor, new_token, processes,
                          run_until_busy, start_head, start_worker, stop_all, stop_cluster, wait_for_nodes, wait_until)

ARTICLES = Path(__file__).parent / "data" / "articles"
ARTICLE = ARTICLES / "bruzz-kanaal-guillemets.txt"
OTHERS = [ARTICLES / "hln-fietser-mechelen-bom-crlf.txt", ARTICLES / "wikipedia-afsluitdijk.txt"]
COMMON = ["--voice", str(TINY_VOICE), "--quote-voice", str(TINY_VOICE), "--date", "2026-11-28", *DETERMINISTIC]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """A head node and a worker node, stopped (with every Ray process here) when the module is done."""
    base = tmp_path_factory.mktemp("ray-cluster")
    token = new_token()
    port = free_port(HEAD_IP)
    address = f"{HEAD_IP}:{port}"
    try:
        start_head(port, 1, cluster_env(base / "head-cache", token))
        start_worker(address, 1, cluster_env(base / "worker-cache", token))
        wait_for_nodes(address, 2, cluster_env(base / "head-cache", token))
        yield {"address": address, "env": {"RAY_AUTH_TOKEN": token}, "worker_cache": base / "worker-cache"}
    finally:
        stop_all()


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> bytes:
    """The article rendered by the local pool: what every Ray render must match to the byte."""
    episodes = tmp_path_factory.mktemp("local")
    result = run_narrate("render", str(ARTICLE), *COMMON, "--episodes-dir", str(episodes))
    assert result.returncode == 0, result.stderr.decode()
    return _mp3(result.stdout).read_bytes()


def test_two_nodes_render_the_same_audio_as_the_local_pool(cluster, reference, tmp_path):
    result = run_narrate("render", str(ARTICLE), *COMMON, "--episodes-dir", str(tmp_path), "--executor", "ray",
                         "--ray-address", cluster["address"], env=cluster["env"])
    assert result.returncode == 0, result.stderr.decode()
    assert _mp3(result.stdout).read_bytes() == reference
    assert _lines(result.stdout)[-1] == str(tmp_path / "feed.xml")
    # Nothing of Ray's own output, only narrate's progress report.
    assert all(line.startswith("narrate: ") for line in result.stderr.decode().splitlines())
    # The worker node has its own cache directory: the voice reached it through Ray's object store.
    assert list((cluster["worker_cache"] / "ray-voices").glob("*/nl_BE-test-tiny.onnx"))


def test_an_actor_killed_mid_sentence_is_replaced_and_the_episode_is_the_same(cluster, reference, tmp_path):
    env = {**os.environ, **isolated_env(), **cluster["env"]}
    command = [*NARRATE, "render", str(ARTICLE), *COMMON, "--episodes-dir", str(tmp_path), "--executor", "ray",
               "--ray-address", cluster["address"], "--no-cache"]
    result, killed = run_until_busy(command, env, kill_actor)
    assert killed is not None, "the render ended before an actor could be killed"
    assert result.returncode == 0, result.stderr.decode()
    assert _mp3(result.stdout).read_bytes() == reference
    assert killed not in processes(ACTOR)


def test_render_many_puts_three_episodes_in_the_feed(cluster, reference, tmp_path):
    result = run_narrate("render-many", str(ARTICLE), *map(str, OTHERS), *COMMON, "--episodes-dir", str(tmp_path),
                         "--executor", "ray", "--ray-address", cluster["address"], env=cluster["env"])
    assert result.returncode == 0, result.stderr.decode()
    mp3s = [Path(line) for line in _lines(result.stdout)[:-1]]
    assert len(mp3s) == 3 and all(p.is_file() for p in mp3s)
    assert mp3s[0].read_bytes() == reference
    feed = feedparser.parse(str(tmp_path / "feed.xml"))
    assert sorted(entry.enclosures[0].href.rsplit("/", 1)[-1] for entry in feed.entries) == sorted(p.name for p in mp3s)
    # One progress report over all three episodes.
    assert len(re.findall(r"^narrate: .* of audio in ", result.stderr.decode(), re.M)) == 1


def test_ctrl_c_cancels_the_sentences_still_queued(cluster, tmp_path):
    episodes = tmp_path / "episodes"
    command = [*NARRATE, "render", str(SEED), *COMMON, "--episodes-dir", str(episodes), "--executor", "ray",
               "--ray-address", cluster["address"]]
    result, interrupted = run_until_busy(command, {**os.environ, **isolated_env(), **cluster["env"]}, interrupt)
    assert interrupted, "the render ended before it could be interrupted"
    assert result.returncode == 130
    assert result.stderr.decode() == "Error: interrupted; no episode was left half-written\n"
    assert not episodes.exists()
    # Its actors go with it; the cluster stays, for others.
    assert wait_until(lambda: not processes(ACTOR))
    wait_for_nodes(cluster["address"], 2, {**os.environ, **cluster["env"], "RAY_AUTH_MODE": "token"})


def test_a_lost_cluster_fails_the_render_in_one_line_and_writes_nothing(cluster, tmp_path):
    """Last in the module: it stops the cluster."""
    episodes = tmp_path / "episodes"
    env = {**os.environ, **isolated_env(), **cluster["env"]}
    command = [*NARRATE, "render", str(SEED), *COMMON, "--episodes-dir", str(episodes), "--executor", "ray",
               "--ray-address", cluster["address"]]
    result, stopped = run_until_busy(command, env, stop_cluster)
    assert stopped, "the render ended before the cluster could be stopped"
    assert result.returncode == 1
    assert result.stdout == b""
    assert result.stderr.decode().startswith(f"Error: lost the Ray cluster at {cluster['address']} mid-render")
    assert result.stderr.decode().count("\n") == 1
    assert not episodes.exists()


def _lines(stdout: bytes) -> list[str]:
    return stdout.decode().splitlines()


def _mp3(stdout: bytes) -> Path:
    return next(Path(line) for line in _lines(stdout) if line.endswith(".mp3"))
