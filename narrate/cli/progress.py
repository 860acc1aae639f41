"""Progress bars for the long waits: synthesis (in seconds of audio) and voice downloads (in bytes).

On a terminal a bar redraws in place, with rate and ETA; otherwise (a log,
CI) a plain line is written now and then, and one at the end. Output goes
to standard error: standard output carries results.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from ..audio import clock as audio_clock

BAR_WIDTH = 24
REDRAW_S = 0.1
"""Fastest redraw of a terminal bar."""
LOG_EVERY_S = 15.0
"""How often a plain progress line is written when not on a terminal."""
CHARS_PER_SECOND = 15.0
"""First guess at speech rate (characters per second of audio), until real audio says better."""


class AudioProgress:
    """Synthesis progress in seconds of audio, with speed (× real time) and ETA."""

    def __init__(self, stream: TextIO | None = None, tty: bool | None = None, clock=time.monotonic):
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.clock = clock
        self.total_chars = self.synth_chars = 0
        self.done_chars = self.done_synth_chars = 0
        self.audio_s = 0.0
        self.sentences = self.cached = 0
        self.started = self.last_draw = 0.0

    def start(self, total_chars: int, synth_chars: int) -> None:
        self.total_chars, self.synth_chars = total_chars, synth_chars
        self.started = self.last_draw = self.clock()

    def advance(self, chars: int, seconds: float, cached: bool = False) -> None:
        self.done_chars += chars
        self.audio_s += seconds
        self.sentences += 1
        if cached:
            self.cached += 1
        else:
            self.done_synth_chars += chars
        now = self.clock()
        if now - self.last_draw >= (REDRAW_S if self.tty else LOG_EVERY_S):
            self.last_draw = now
            self._write(self._bar() if self.tty else self._line(), final=False)

    def finish(self) -> None:
        if self.tty:
            self._write(self._bar(), final=True)
        self._write(self.summary(), final=True)

    def abort(self) -> None:
        if self.tty:
            self.stream.write("\r\033[K")
            self.stream.flush()

    def estimated_total_s(self) -> float:
        """Audio seconds of the whole episode, from the speech rate of the audio so far."""
        rate = self.done_chars / self.audio_s if self.audio_s > 0 and self.done_chars else CHARS_PER_SECOND
        return self.audio_s + (self.total_chars - self.done_chars) / rate

    def speed(self) -> float:
        """Seconds of audio made per second of waiting."""
        elapsed = self.clock() - self.started
        return self.audio_s / elapsed if elapsed > 0 else 0.0

    def eta_s(self) -> float | None:
        elapsed = self.clock() - self.started
        if not self.done_synth_chars or elapsed <= 0:
            return None
        return (self.synth_chars - self.done_synth_chars) * elapsed / self.done_synth_chars

    def summary(self) -> str:
        elapsed = self.clock() - self.started
        made = self.sentences - self.cached
        return (f"narrate: {clock(self.audio_s)} of audio in {clock(elapsed)} ({self.speed():.1f}× real time); "
                f"{made} sentences synthesised, {self.cached} from cache")

    def _bar(self) -> str:
        total = max(self.estimated_total_s(), self.audio_s, 1e-9)
        filled = round(BAR_WIDTH * self.audio_s / total)
        eta = self.eta_s()
        return (f"Synthesising {'█' * filled}{'░' * (BAR_WIDTH - filled)} {clock(self.audio_s)} / ~{clock(total)} "
                f"of audio  {self.speed():.1f}× real time  ETA {clock(eta) if eta is not None else '--:--'}")

    def _line(self) -> str:
        total = max(self.estimated_total_s(), self.audio_s, 1e-9)
        eta = self.eta_s()
        return (f"narrate: {clock(self.audio_s)} of ~{clock(total)} of audio ({100 * self.audio_s / total:.0f} %), "
                f"{self.speed():.1f}× real time, ETA {clock(eta) if eta is not None else '--:--'}")

    def _write(self, text: str, final: bool) -> None:
        if self.tty:
            self.stream.write("\r\033[K" + text + ("\n" if final else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()


class DownloadProgress:
    """Bytes of a download, with speed and ETA; called as ``progress(done, total)``."""

    def __init__(self, label: str, stream: TextIO | None = None, tty: bool | None = None, clock=time.monotonic):
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.clock = clock
        self.started = self.last_draw = clock()
        self.first_done: int | None = None
        self.done = self.total = 0

    def __call__(self, done: int, total: int) -> None:
        if self.first_done is None:
            self.first_done = done  # a resumed download starts part-way
        self.done, self.total = done, total
        now = self.clock()
        if now - self.last_draw >= (REDRAW_S if self.tty else LOG_EVERY_S) or done >= total:
            self.last_draw = now
            text = self._text()
            self.stream.write(("\r\033[K" + text) if self.tty else text + "\n")
            self.stream.flush()

    def close(self) -> None:
        if self.tty and self.first_done is not None:
            self.stream.write("\n")
            self.stream.flush()

    def _text(self) -> str:
        elapsed = self.clock() - self.started
        fetched = self.done - (self.first_done or 0)
        speed = fetched / elapsed if elapsed > 0 else 0.0
        eta = (self.total - self.done) / speed if speed > 0 else None
        share = self.done / self.total if self.total else 1.0
        filled = round(BAR_WIDTH * share)
        return (f"{self.label} {'█' * filled}{'░' * (BAR_WIDTH - filled)} {self.done / 1e6:.1f} / {self.total / 1e6:.1f} MB"
                f"  {speed / 1e6:.1f} MB/s  ETA {clock(eta) if eta is not None else '--:--'}")


def clock(seconds: float) -> str:
    """``m:ss``, or ``h:mm:ss`` from an hour: seconds rounded, written by the one clock of ``narrate.audio``.

    >>> clock(5), clock(312.4), clock(5400)
    ('0:05', '5:12', '1:30:00')
    """
    return audio_clock(max(0, round(seconds)) * 1000, padded=False)


class TerminalReporter:
    """What a render shows on standard error: progress bars (unless quiet), and warnings that cannot wait."""

    def __init__(self, quiet: bool = False):
        self.quiet = quiet
        self.alarmed: list[str] = []

    def audio(self):
        from ..synthesis import SilentProgress

        return SilentProgress() if self.quiet else AudioProgress()

    def download(self, label: str) -> DownloadProgress | None:
        return None if self.quiet else DownloadProgress(f"Downloading {label}")

    def alarm(self, message: str) -> None:
        self.alarmed.append(message)
        show_warnings(message)

    def show_rest(self, warnings) -> None:
        """The render's warnings that were not shown at once."""
        show_warnings(*(message for message in warnings if message not in self.alarmed))


def show_warnings(*messages: str) -> None:
    """Each line of each message on standard error, as ``Warning: …`` unless it shouts ``WARNING`` itself."""
    for message in messages:
        for line in message.splitlines():
            print(line if line.startswith("WARNING") else f"Warning: {line}", file=sys.stderr, flush=True)
