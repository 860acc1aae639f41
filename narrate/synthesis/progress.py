"""What the long waits report to: synthesis (in characters and seconds of audio) and voice downloads (in bytes).

The library only reports; the command line draws (``narrate.cli.progress``).
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    """What synthesis reports to."""

    def start(self, total_chars: int, synth_chars: int) -> None:
        """``total_chars`` of text will be spoken; ``synth_chars`` of it must be synthesised."""

    def advance(self, chars: int, seconds: float, cached: bool = False) -> None:
        """A sentence of ``chars`` characters is ready: ``seconds`` of audio."""

    def finish(self) -> None:
        """All done."""

    def abort(self) -> None:
        """Stopped by an error: clear the bar, say nothing more."""


class SilentProgress:
    """Reports nothing (``--quiet``, and library use)."""

    def start(self, total_chars: int, synth_chars: int) -> None:
        pass

    def advance(self, chars: int, seconds: float, cached: bool = False) -> None:
        pass

    def finish(self) -> None:
        pass

    def abort(self) -> None:
        pass


class DownloadProgress(Protocol):
    """What a voice download reports to: called as ``progress(done, total)`` in bytes, then closed."""

    def __call__(self, done: int, total: int) -> None:
        """``done`` of ``total`` bytes are here."""

    def close(self) -> None:
        """The download ended, well or not."""
