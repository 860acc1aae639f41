"""Where installed voices live: the project's ``voices/``, or one folder per user.

Inside a project (a folder with ``narrate.toml`` or ``voices/``) voices are
the project's own. Anywhere else they live in the user data directory, so an
installed narrate finds the same voices from every folder instead of
downloading 120 MB into each. ``NARRATE_VOICES_DIR`` overrides both.
"""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_VOICES = Path("voices")
"""A project's own voices, relative to the folder narrate runs in."""

PROJECT_MARKERS = ("narrate.toml", "voices")
"""What makes the current folder a project."""

VOICES_DIR_VARIABLE = "NARRATE_VOICES_DIR"


def user_voices_dir() -> Path:
    """The voices folder in the user data directory (``~/.local/share/narrate/voices`` on Linux)."""
    from platformdirs import user_data_path

    return user_data_path("narrate", appauthor=False) / "voices"


def find_voices_dir(cwd: Path | None = None) -> Path:
    """``$NARRATE_VOICES_DIR``, else the project's ``voices/``, else the user's voices folder."""
    given = os.environ.get(VOICES_DIR_VARIABLE)
    if given:
        return Path(given)
    here = Path(cwd) if cwd is not None else Path.cwd()
    if any((here / marker).exists() for marker in PROJECT_MARKERS):
        return PROJECT_VOICES if cwd is None else here / PROJECT_VOICES
    return user_voices_dir()
