"""Where fetched pages are kept: ``pages/`` in narrate's cache directory (NARRATE_CACHE_DIR).

The folder is the one the sentence cache uses too (``narrate.files.cache_root``).
"""

from __future__ import annotations

from pathlib import Path

from ..files import cache_root


def pages_dir() -> Path:
    """The fetch cache: one body and one JSON record per URL."""
    return cache_root() / "pages"
