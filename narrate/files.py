"""Atomic file output: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

TEMP_PREFIX = ".narrate-tmp-"
"""Temp files start with a dot so that a feed build or server never lists them."""

_HOST = re.sub(r"[^A-Za-z0-9]+", "", socket.gethostname())[:20] or "host"


def _owned_prefix() -> str:
    # Host and process in the name let a later run tell a temp file that a
    # killed process left behind from one a running render is still writing.
    return f"{TEMP_PREFIX}{_HOST}-{os.getpid()}-"


@contextlib.contextmanager
def atomic_path(path: Path, durable: bool = True, mode: int = 0o644) -> Iterator[Path]:
    """Yield a temp path beside ``path``; rename it over ``path`` on success.

    The temp file lives in the same directory so that the final
    ``os.replace`` is a rename within one filesystem, which is atomic.
    On any exception (including KeyboardInterrupt) the temp file is removed
    and ``path`` is left as it was. ``durable=False`` skips the fsync, for
    files whose loss in a power cut costs only a recomputation (caches).
    ``mode`` is set before the rename, so a secret is never readable by others.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=_owned_prefix(), suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        if durable:
            _fsync(tmp)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_bytes_atomic(path: Path, data: bytes, durable: bool = True, mode: int = 0o644) -> None:
    with atomic_path(path, durable, mode) as tmp:
        tmp.write_bytes(data)


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def _fsync(path: Path) -> None:
    # Without fsync a crash right after the rename can leave an empty file
    # under the final name on some filesystems.
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


class Staging:
    """Files written under hidden temp names, given their real names together by ``commit``.

    Until the commit no file under a real name changes; on any exception
    (Ctrl+C included) the temp files are removed. A process killed outright
    leaves them behind, hidden; ``remove_stale_temps`` clears them later.
    """

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self._temps: dict[str, Path] = {}
        # A directory made for files that never arrive is taken away again.
        self._made = not self.directory.exists()
        self.directory.mkdir(parents=True, exist_ok=True)

    def path(self, key: str, suffix: str = "") -> Path:
        """A new, empty temp file for the file ``key`` will name at the commit."""
        fd, name = tempfile.mkstemp(prefix=_owned_prefix(), suffix=suffix, dir=self.directory)
        os.close(fd)
        self._temps[key] = Path(name)
        return self._temps[key]

    def commit(self, names: dict[str, str]) -> None:
        """Rename every temp file to ``names[key]`` in the directory."""
        for tmp in self._temps.values():
            _fsync(tmp)
            os.chmod(tmp, 0o644)
        self._made = False
        for key, tmp in list(self._temps.items()):
            os.replace(tmp, self.directory / names[key])
            del self._temps[key]

    def discard(self) -> None:
        for tmp in self._temps.values():
            tmp.unlink(missing_ok=True)
        self._temps.clear()
        if self._made:
            with contextlib.suppress(OSError):
                self.directory.rmdir()

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc_info) -> None:
        self.discard()


def remove_stale_temps(directory: Path) -> list[str]:
    """Delete temp files that processes on this computer which no longer run left in ``directory``."""
    removed = []
    for path in Path(directory).glob(f"{TEMP_PREFIX}{_HOST}-*"):
        pid = path.name[len(TEMP_PREFIX) + len(_HOST) + 1:].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _running(int(pid)):
            path.unlink(missing_ok=True)
            removed.append(path.name)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


@contextlib.contextmanager
def interrupts_deferred() -> Iterator[None]:
    """Hold Ctrl+C (and SIGTERM, where the CLI raises on it) back until the block is done, then raise it:
    a commit of several renames is never cut in half."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = {signum: signal.signal(signum, lambda number, frame: caught.append(number)) for signum in _deferrable()}
    restored = {signum: handler if handler is not None else signal.default_int_handler
                for signum, handler in previous.items()}
    try:
        yield
    finally:
        for signum, handler in restored.items():
            signal.signal(signum, handler)
    if caught:
        _deliver(restored[caught[0]], caught[0])


def _deferrable() -> list[int]:
    # SIGTERM only where a Python handler turns it into an exception (the CLI's); elsewhere it ends the process.
    return [signal.SIGINT] + ([signal.SIGTERM] if callable(signal.getsignal(signal.SIGTERM)) else [])


def _deliver(handler, signum: int) -> None:
    # The handler held back decides what to raise: KeyboardInterrupt for Ctrl+C, the CLI's Terminated for SIGTERM.
    if callable(handler):
        handler(signum, None)
    raise KeyboardInterrupt


def cache_root() -> Path:
    """narrate's cache directory: NARRATE_CACHE_DIR, else ``narrate`` in the user's (XDG_CACHE_HOME or ~/.cache).

    Every stage keeps what it can make again there, each in a folder of its own.
    """
    explicit = os.environ.get("NARRATE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "narrate"
