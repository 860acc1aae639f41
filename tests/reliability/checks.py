"""What every reliability test asserts about an episodes directory, read with independent tools.

The checks read manifests as plain JSON, the feed with feedparser and the
MP3s with ffprobe, not with narrate's own loaders, so a bug in those cannot
hide a broken directory.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import feedparser
import soundfile

from ..conftest import DETERMINISTIC, NARRATE, ROOT, TINY_VOICE, isolated_env

ARTICLE = ROOT / "tests" / "data" / "articles" / "bruzz-kanaal-guillemets.txt"
"""A real article of 1.7 kB, for the commands that fail before they speak."""

SHORT = Path(__file__).resolve().parent / "data" / "kort-artikel.txt"
"""Half a kilobyte with a quote and a heading, the article the renders here speak: its spoken text is
just over narrate's pool threshold, so synthesis runs in worker processes, and a render takes seconds."""

TEMP_PREFIX = ".narrate-tmp-"
LOCK_NAME = ".feed.lock"
EMPTY_CLIP = b"narrate: empty clip\n"


def render_args(article: Path | str, episodes: Path, date: str = "2026-11-27", *extra: str) -> list[str]:
    """``narrate render`` of one article with the tiny voice, deterministic, into ``episodes``."""
    return ["render", str(article), "--voice", str(TINY_VOICE), "--quote-voice", str(TINY_VOICE),
            "--episodes-dir", str(episodes), "--date", date, *DETERMINISTIC, *extra]


def selected(request, test_name: str) -> set[str]:
    """The ``name`` parameters of ``test_name`` that this pytest session runs (``-k`` may leave some out),
    so a module fixture that runs every case up front runs only those."""
    return {item.callspec.params["name"] for item in request.session.items
            if getattr(item, "originalname", None) == test_name and hasattr(item, "callspec")}


def narrate_env(cache: Path | None = None, **extra: str) -> dict:
    """The environment of a test run: no network, its own cache (or ``cache``), no test hook unless given."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("NARRATE_TEST_")}
    env.update(isolated_env())
    if cache is not None:
        env["NARRATE_CACHE_DIR"] = str(cache)
    env.update(extra)
    return env


def one_line_error(stderr: bytes | str, progress: bool = False) -> str:
    """The single ``Error: …`` line a failed command printed; fails the test on anything else
    (but the ``narrate: …`` progress lines of a render that got as far as speaking, with ``progress``)."""
    text = stderr.decode() if isinstance(stderr, bytes) else stderr
    lines = [line for line in text.splitlines() if line.strip() and not (progress and line.startswith("narrate: "))]
    assert "Traceback" not in text, text
    assert len(lines) == 1, f"expected one line, got:\n{text}"
    assert lines[0].startswith("Error: "), lines[0]
    # 'unexpected' is how narrate reports its own bugs (exit 70), never a user's mistake.
    assert "unexpected" not in lines[0] and "NARRATE_DEBUG" not in lines[0], lines[0]
    return lines[0]


def tree(root: Path) -> dict[str, tuple[int, int]]:
    """Every file and directory under ``root``: relative path -> (size, mtime_ns), (0, 0) for a directory."""
    found = {}
    if not root.exists():
        return found
    for path in sorted(root.rglob("*")):
        if path.is_dir() and not path.is_symlink():
            found[str(path.relative_to(root)) + "/"] = (0, 0)
        else:
            stat = path.lstat()
            found[str(path.relative_to(root))] = (stat.st_size, stat.st_mtime_ns)
    return found


def contents(directory: Path) -> dict[str, bytes]:
    """The visible files of an episodes directory and their bytes."""
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file() and not p.name.startswith(".")}


@dataclass
class Manifest:
    """An episode manifest, read as plain JSON."""

    name: str
    data: dict

    @property
    def stem(self) -> str:
        return self.name.removesuffix(".json")

    @property
    def files(self) -> list[str]:
        return [self.data["audio"], *self.data.get("files", [])]

    @property
    def order(self) -> tuple[str, str, str]:
        return self.data["created"], self.data["date"], self.stem


@dataclass
class Directory:
    """What an episodes directory holds, checked."""

    manifests: list[Manifest]
    """Every complete episode's manifest."""

    pruning: list[Manifest] = field(default_factory=list)
    """Manifests of older renders whose files are being deleted (audio first)."""

    feed_items: list = field(default_factory=list)
    """feedparser's entries of feed.xml on disk."""

    temps: list[str] = field(default_factory=list)
    """Hidden temp files left behind (only a killed process leaves them)."""

    def current(self, guid: str) -> Manifest | None:
        """The render of an article a rebuilt feed lists: the newest complete one."""
        found = [m for m in self.manifests if m.data["guid"] == guid]
        return max(found, key=lambda m: m.order) if found else None


def check_directory(episodes: Path) -> Directory:
    """Assert the promises of an episodes directory; return what it holds.

    Every manifest names files that exist, the MP3 whole (its size as
    recorded, read by ffprobe to its full length), unless it is an older
    render of an article whose newer render is complete (its files are
    being deleted, audio first). Every visible file belongs to a manifest
    or is the feed; feed.xml parses and lists only files that are there,
    each article once; anything else is a hidden temp file.
    """
    names = {p.name for p in episodes.iterdir()}
    manifests, pruning = [], []
    for name in sorted(names):
        if name.startswith(".") or not name.endswith(".json") or name.endswith(".chapters.json"):
            continue
        manifest = Manifest(name, json.loads((episodes / name).read_text(encoding="utf-8")))
        (manifests if manifest.data["audio"] in names else pruning).append(manifest)
    for manifest in manifests:
        _check_complete(episodes, manifest, names)
    for old in pruning:
        newer = [m for m in manifests if m.data["guid"] == old.data["guid"] and m.order > old.order]
        assert newer, f"{old.name} names audio that is gone, and no newer render replaces it"
    owned = {name for m in manifests + pruning for name in [m.name, *m.files]}
    stray = sorted(n for n in names if not n.startswith(".") and n != "feed.xml" and n not in owned)
    assert stray == [], f"visible files that no manifest names: {stray}"
    hidden = sorted(n for n in names if n.startswith("."))
    temps = [n for n in hidden if n.startswith(TEMP_PREFIX)]
    assert set(hidden) - set(temps) <= {LOCK_NAME}, hidden
    items = []
    if "feed.xml" in names:
        feed = feedparser.parse((episodes / "feed.xml").read_bytes())
        assert not feed.bozo, feed.get("bozo_exception")
        items = feed.entries
        assert len({item.id for item in items}) == len(items), "an article is listed twice"
        for item in items:
            (enclosure,) = item.enclosures
            audio = episodes / enclosure.href.rsplit("/", 1)[1]
            assert audio.is_file(), f"the feed lists {audio.name}, which is not there"
            assert int(enclosure.length) == audio.stat().st_size, f"the feed has the wrong length for {audio.name}"
    return Directory(manifests, pruning, items, temps)


def _check_complete(episodes: Path, manifest: Manifest, names: set[str]) -> None:
    missing = [n for n in manifest.files if n not in names]
    assert missing == [], f"{manifest.name} names missing files {missing}"
    audio = episodes / manifest.data["audio"]
    assert audio.stat().st_size == manifest.data["size"], f"{audio.name} is not the size its manifest says"
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0",
                            str(audio)], capture_output=True, text=True)
    assert probe.returncode == 0 and not probe.stderr.strip(), probe.stderr
    assert abs(float(probe.stdout) - manifest.data["duration_s"]) < 0.5, f"{audio.name} is cut short"


def check_cache(cache: Path) -> dict[str, int]:
    """Assert that every cache entry is a whole clip; return entry path -> inode."""
    entries = {}
    clips = cache / "clips"
    for path in sorted(clips.rglob("*")) if clips.is_dir() else []:
        if not path.is_file() or path.name.startswith("."):
            continue  # a killed writer's temp file: never read as an entry
        assert path.suffix == ".flac", path
        data = path.read_bytes()
        if data != EMPTY_CLIP:
            info = soundfile.info(str(path))
            samples, _ = soundfile.read(str(path), dtype="int16")
            assert info.frames > 0 and len(samples) == info.frames, f"{path.name} is not a whole clip"
        entries[str(path.relative_to(cache))] = path.stat().st_ino
    return entries


class Render:
    """``narrate render`` in its own process group, its standard error read as it comes."""

    def __init__(self, args: list[str], env: dict, cwd: Path | None = None):
        # faulthandler: a render that hangs prints every thread's stack on SIGABRT (see ``finish``).
        self.process = subprocess.Popen([*NARRATE, *args], env={**env, "PYTHONFAULTHANDLER": "1"}, cwd=cwd,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.stderr: list[str] = []
        self.stdout = b""
        self._stdout_read = threading.Thread(target=self._read_stdout, daemon=True)
        self._stdout_read.start()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        for raw in self.process.stderr:
            self.lines.put(raw.decode(errors="replace"))
        self.lines.put(None)

    def _read_stdout(self) -> None:
        self.stdout = self.process.stdout.read()

    def wait_for(self, marker: str, timeout: float = 120) -> None:
        """Block until standard error shows ``marker``."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no {marker!r} after {timeout} s: {''.join(self.stderr)}") from None
            if line is None:
                raise AssertionError(f"render ended before {marker!r}: {''.join(self.stderr)}")
            self.stderr.append(line)
            if marker in line:
                return

    def signal(self, signum: int, group: bool = True) -> None:
        """Send ``signum`` to the whole process group, as a terminal sends Ctrl+C to the render and its workers,
        or (not ``group``) to the render's own process alone, as ``kill PID`` does."""
        try:
            os.killpg(self.process.pid, signum) if group else self.process.send_signal(signum)
        except ProcessLookupError:
            pass

    def finish(self, timeout: float = 120) -> int:
        """The render's exit status, once it has ended; a render still running after ``timeout`` seconds
        fails the test with its threads' stacks, instead of holding the whole suite up."""
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.send_signal(signal.SIGABRT)
            try:
                self.process.wait(timeout=10)
            finally:
                self.signal(signal.SIGKILL)
            self._drain_stderr()
            raise AssertionError(f"the render still ran {timeout} s after it was stopped:\n{self.error_text}") from None
        self._stdout_read.join(timeout=10)
        self._drain_stderr()
        deadline = time.monotonic() + 5
        while self.group_alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        self.orphans = self.group_alive()
        self.signal(signal.SIGKILL)  # whatever is left, so no test leaves processes behind
        return code

    def _drain_stderr(self) -> None:
        try:
            while (line := self.lines.get(timeout=10)) is not None:
                self.stderr.append(line)
        except queue.Empty:
            self.stderr.append("(standard error still open 10 s after the render ended)\n")

    def group_alive(self) -> bool:
        """Whether any process of the render's group (its synthesis workers) still runs."""
        try:
            os.killpg(self.process.pid, 0)
        except ProcessLookupError:
            return False
        return True

    @property
    def error_text(self) -> str:
        return "".join(self.stderr)


def run(args: list[str], env: dict, cwd: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([*NARRATE, *args], env=env, cwd=cwd, capture_output=True, timeout=timeout)

