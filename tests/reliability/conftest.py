"""The reliability suite's shared starting point: one complete episode and a warm cache."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from .checks import SHORT, check_directory, narrate_env, render_args, run

OLD_DATE = "2026-11-27"


@dataclass(frozen=True)
class Template:
    """A directory holding one finished render of ``SHORT``, and the cache that made it."""

    episodes: Path
    cache: Path
    guid: str

    def copy(self, target: Path, clips: bool = True) -> tuple[Path, Path]:
        """A private copy of the episodes and the cache (without the cached sentences unless ``clips``)."""
        episodes = target / "episodes"
        shutil.copytree(self.episodes, episodes)
        ignore = None if clips else shutil.ignore_patterns("clips")
        shutil.copytree(self.cache, target / "cache", ignore=ignore)
        return episodes, target / "cache"


@pytest.fixture(scope="session")
def template(tmp_path_factory) -> Template:
    root = tmp_path_factory.mktemp("template")
    episodes, cache = root / "episodes", root / "cache"
    result = run(render_args(SHORT, episodes, OLD_DATE), narrate_env(cache=cache))
    assert result.returncode == 0, result.stderr.decode()
    (manifest,) = check_directory(episodes).manifests
    return Template(episodes, cache, manifest.data["guid"])
