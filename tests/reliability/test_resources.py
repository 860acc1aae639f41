"""Resource faults: a full disk, a cache narrate cannot use, an episodes directory it cannot write.

A full disk is tested twice: with an injected ENOSPC at a named stage (the test
hook ``NARRATE_TEST_FAIL_AT``, so the test runs everywhere) and on a real,
tiny tmpfs (where this machine lets the test mount one; CI runs as root).
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import subprocess
from pathlib import Path

import pytest

from ..conftest import NARRATE
from .checks import SHORT, check_directory, contents, narrate_env, one_line_error, render_args, run

DISK_FULL = "Error: the disk is full"


def render_new(episodes: Path, cache: Path, **env: str):
    """Render a second article into ``episodes``, next to the template's episode."""
    article = episodes.parent / "tweede.txt"
    article.write_text(SHORT.read_text(encoding="utf-8").replace("fietsbrug", "voetgangersbrug", 1), encoding="utf-8")
    return run(render_args(article, episodes, "2026-11-28"), narrate_env(cache=cache, **env))


def assert_untouched(episodes: Path, before: dict[str, bytes]) -> None:
    assert contents(episodes) == before, "an earlier episode or the feed changed"
    state = check_directory(episodes)
    assert state.temps == [], f"temp files left: {state.temps}"
    assert len(state.manifests) == 1 and len(state.feed_items) == 1


@pytest.mark.parametrize("stage", ["sidecars", "encoding", "tagging", "commit"])
def test_disk_full_before_the_commit_changes_nothing(template, tmp_path, stage):
    episodes, cache = template.copy(tmp_path)
    before = contents(episodes)
    result = render_new(episodes, cache, NARRATE_TEST_FAIL_AT=stage)
    assert result.returncode == 1
    line = one_line_error(result.stderr, progress=True)
    assert line.startswith(DISK_FULL) and "free some space" in line, line
    assert_untouched(episodes, before)


def test_disk_full_after_the_commit_keeps_both_episodes_whole(template, tmp_path):
    episodes, cache = template.copy(tmp_path)
    result = render_new(episodes, cache, NARRATE_TEST_FAIL_AT="feed")
    assert result.returncode == 1 and one_line_error(result.stderr, progress=True).startswith(DISK_FULL)
    state = check_directory(episodes)
    assert len(state.manifests) == 2 and len(state.feed_items) == 1  # feed.xml as it was, still valid
    rebuilt = run(["feed", "--episodes-dir", str(episodes)], narrate_env(cache=cache))
    assert rebuilt.returncode == 0, rebuilt.stderr.decode()
    assert len(check_directory(episodes).feed_items) == 2


@contextlib.contextmanager
def small_disk(path: Path, kilobytes: int):
    path.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={kilobytes}k", "tmpfs", str(path)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.decode().strip()}); the injected ENOSPC tests stand")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


@pytest.mark.parametrize("spare_kb", [64, 1024, 4096])
def test_real_full_disk(template, tmp_path, spare_kb):
    used = sum(p.stat().st_size for p in template.episodes.iterdir()) // 1024
    with small_disk(tmp_path / "disk", used + 64 + spare_kb) as disk:
        episodes = Path(shutil.copytree(template.episodes, disk / "episodes"))
        cache = Path(shutil.copytree(template.cache, tmp_path / "cache"))
        before = contents(episodes)
        result = render_new(episodes, cache)
        assert result.returncode == 1, result.stderr.decode()
        assert one_line_error(result.stderr, progress=True).startswith(DISK_FULL)
        assert_untouched(episodes, before)


def test_cache_in_the_way_renders_without_it_and_says_so_once(template, tmp_path):
    episodes, _ = template.copy(tmp_path)
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the cache should be")
    result = render_new(episodes, blocker / "cache")
    stderr = result.stderr.decode()
    assert result.returncode == 0, stderr
    warnings = [line for line in stderr.splitlines() if "cache" in line.lower() and line.startswith("Warning")]
    assert len(warnings) == 1 and "cannot use the cache" in warnings[0], stderr
    assert "0 from cache" in stderr
    assert len(check_directory(episodes).manifests) == 2


def test_read_only_cache_renders_without_it(template, tmp_path):
    episodes, cache = template.copy(tmp_path)
    with read_only(cache):
        result = render_new(episodes, cache)
    stderr = result.stderr.decode()
    assert result.returncode == 0, stderr
    assert sum("cannot use the cache" in line for line in stderr.splitlines()) == 1, stderr
    assert len(check_directory(episodes).manifests) == 2


def test_read_only_episodes_directory_is_one_line(template, tmp_path):
    episodes, cache = template.copy(tmp_path)
    before = contents(episodes)
    with read_only(episodes):
        result = render_new(episodes, cache)
    assert result.returncode == 1
    line = one_line_error(result.stderr, progress=True)
    assert "is not writable" in line and "--episodes-dir" in line, line
    assert contents(episodes) == before


@contextlib.contextmanager
def read_only(path: Path):
    """``path`` made read-only: a read-only bind mount (root ignores permissions), else chmod."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    bound = subprocess.run(["mount", "--bind", str(path), str(path)], capture_output=True)
    if bound.returncode != 0:
        pytest.skip(f"cannot bind-mount here: {bound.stderr.decode().strip()}")
    try:
        subprocess.run(["mount", "-o", "remount,bind,ro", str(path)], check=True, capture_output=True)
        yield
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_unreadable_cache_as_a_normal_user(template, tmp_path):
    """chmod 000 on the cache, for a user to whom permissions apply (root ignores them)."""
    try:
        nobody = pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("no user 'nobody'")
    try:
        probe = subprocess.run([*NARRATE, "--version"], user=nobody.pw_uid, group=nobody.pw_gid,
                               capture_output=True, cwd="/", env=narrate_env()) if os.geteuid() == 0 else None
    except OSError:
        probe = None
    if probe is None or probe.returncode != 0:
        pytest.skip("needs root to run narrate as 'nobody', and an interpreter 'nobody' may run")
    tmp_path.chmod(0o777)
    episodes, cache = template.copy(tmp_path)
    for path in [episodes, *episodes.iterdir()]:
        os.chown(path, nobody.pw_uid, nobody.pw_gid)
    cache.chmod(0o000)
    article = tmp_path / "tweede.txt"
    article.write_text(SHORT.read_text(encoding="utf-8").replace("fietsbrug", "voetgangersbrug", 1), encoding="utf-8")
    article.chmod(0o644)
    env = narrate_env(cache=cache, HOME=str(tmp_path))
    result = subprocess.run([*NARRATE, *render_args(article, episodes, "2026-11-28")], user=nobody.pw_uid,
                            group=nobody.pw_gid, env=env, capture_output=True, cwd=tmp_path, timeout=300)
    stderr = result.stderr.decode()
    assert result.returncode == 0, stderr
    assert sum("cannot use the cache" in line for line in stderr.splitlines()) == 1, stderr
    assert len(check_directory(episodes).manifests) == 2
