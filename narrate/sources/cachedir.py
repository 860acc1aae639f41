"""Where fetched pages are kept: ``pages/`` in narrate's cache directory (NARRATE_CACHE_DIR).

The synthesis cache reads the same variable; this stage comes before
synthesis and may not import it, so it finds the directory itself.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_root() -> Path:
    """NARRATE_CACHE_DIR, else ``narrate`` in the user's cache directory (XDG_CACHE_HOME or ~/.cache)."""
    explicit = os.environ.get("NARRATE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "narrate"


def pages_dir() -> Path:
    """The fetch cache: one body and one JSON record per URL."""
    return cache_root() / "pages"
