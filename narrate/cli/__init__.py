"""The command line: thin click commands over the library; the only place that prints."""

from . import briefing_commands, episode_commands, render_commands, voices  # noqa: F401  (each registers its commands)
from .app import cli, main

__all__ = ["cli", "main"]
