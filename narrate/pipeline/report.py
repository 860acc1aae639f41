"""What a render shows while it runs; the command line draws it, library callers may ignore it."""

from __future__ import annotations

from typing import Protocol

from ..synthesis import DownloadProgress, Progress, SilentProgress


class Reporter(Protocol):
    """Where a render reports progress and the warnings that cannot wait."""

    def audio(self) -> Progress:
        """A progress report for the synthesis of one episode (or of several, shared)."""

    def download(self, label: str) -> DownloadProgress | None:
        """A progress report for downloading voice ``label``; None shows nothing."""

    def alarm(self, message: str) -> None:
        """A warning to show now, before any audio is made (the espeak-ng fallback).

        It is also among the render's returned warnings.
        """


class SilentReporter:
    """Reports nothing: library use, and ``--quiet`` apart from its alarms."""

    def audio(self) -> Progress:
        return SilentProgress()

    def download(self, label: str) -> DownloadProgress | None:
        return None

    def alarm(self, message: str) -> None:
        pass


SILENT = SilentReporter()
