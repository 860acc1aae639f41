"""``narrate render-many``: one episode per article (or script), rendered at once on shared workers.

A few episodes are under way at a time, all drawing on one pool of workers
(this machine's, or a Ray cluster's), so the workers keep busy while an
episode is being mastered and encoded, and a cluster starts once for all of
them. The feed is rebuilt once, at the end, with every episode finished by
then, also when a later one failed.
"""

from __future__ import annotations

import threading
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from ..publish import Episode, episode_stem, publish_episodes
from ..errors import InputError, NarrateError
from ..synthesis import Executor, cpu_count
from ..synthesis import Progress
from .options import RenderOptions
from .render import open_executor, prepare_script, produce_script, script_cast, writable_dir
from .report import SILENT, Reporter
from ..script import split_sentences

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".md")
"""Files a directory given to render-many contributes: articles, and scripts from ``narrate script``."""

MIN_AT_ONCE, MAX_AT_ONCE = 3, 8
"""Episodes under way at once: enough that the workers never wait on one being encoded, few enough for memory."""


@dataclass(frozen=True)
class ManyResult:
    """What render-many wrote."""

    audio: list[Path]
    """Each episode's MP3, in the order of the inputs."""

    feed: Path
    """The feed, listing them."""

    warnings: tuple[str, ...] = ()
    """Warnings to show the user, each once, in order."""


def expand_inputs(inputs: list[str]) -> list[str]:
    """Files as given, and each directory's articles and scripts, by name."""
    if inputs.count("-") > 1:
        raise InputError("standard input (-) can be read only once; name the other articles as files")
    files: list[str] = []
    for given in inputs:
        path = Path(given)
        if given != "-" and path.is_dir():
            found = sorted(str(p) for p in path.iterdir()
                           if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith("."))
            if not found:
                raise InputError(f"{given} holds no article ({', '.join(ARTICLE_SUFFIXES)} files); name the articles")
            files.extend(found)
        else:
            files.append(given)
    return files


def render_many(inputs: list[str], options: RenderOptions, reporter: Reporter = SILENT) -> ManyResult:
    """Render each input as its own episode, a few at once on shared workers, and publish them in the feed."""
    if options.script.title:
        raise InputError("--title would give every episode the same title; render-many takes each from its article")
    files = expand_inputs(inputs)
    scripts = [prepare_script([name], options) for name in files]
    _check_distinct(files, scripts)
    episodes_dir = writable_dir(options.episodes_dir)
    casts, notes = zip(*(script_cast(script, options, reporter) for script in scripts))
    # Titles made up for articles without one come first, then what the voices had to say.
    warnings = list(dict.fromkeys([note for script in scripts for note in script.warnings]
                                  + [note for group in notes for note in group]))
    progress = SharedProgress(reporter.audio(), scripts)
    finished: dict[int, Episode] = {}
    try:
        with open_executor(options, shared=True) as executor:
            _render_all(scripts, casts, options, episodes_dir, executor, progress, finished, warnings)
    except NarrateError as exc:
        if finished:
            raise type(exc)(f"{exc} ({_count(len(finished), len(scripts))} finished before that and are in the feed)") from None
        raise
    finally:
        feed = publish_episodes(episodes_dir, finished.values(), options.programme) if finished else None
    return ManyResult(audio=[episodes_dir / finished[number].audio for number in range(len(scripts))], feed=feed,
                      warnings=tuple(dict.fromkeys(warnings)))


def _render_all(scripts: list, casts: tuple, options: RenderOptions, episodes_dir: Path, executor: Executor,
                progress: SharedProgress, finished: dict[int, Episode], warnings: list[str]) -> None:
    """Render every script, a few at once; at the first failure the rest are dropped and the error raised."""
    at_once = min(len(scripts), max(MIN_AT_ONCE, min(MAX_AT_ONCE, _workers(executor, options) // 4)))
    threads = ThreadPoolExecutor(at_once, thread_name_prefix="narrate-episode")
    futures = {}
    try:
        futures = {threads.submit(produce_script, script, cast, options, episodes_dir, executor, progress.part(),
                                  warnings): number
                   for number, (script, cast) in enumerate(zip(scripts, casts))}
        pending = set(futures)
        while pending:
            done, pending = wait(pending, return_when=FIRST_EXCEPTION)
            failed = [future.exception() for future in done if future.exception() is not None]
            finished.update((futures[future], future.result()) for future in done if future.exception() is None)
            if failed:
                raise failed[0]
    except BaseException:
        for future in futures:
            future.cancel()
        executor.close()  # the episodes under way fail at once instead of running to the end
        raise
    finally:
        threads.shutdown(wait=True, cancel_futures=True)


def _check_distinct(files: list[str], scripts: list) -> None:
    seen: dict[str, str] = {}
    for name, script in zip(files, scripts):
        stem = episode_stem(script)
        if stem in seen:
            raise InputError(f"{seen[stem]} and {name} would both be episode {stem}; render them separately, "
                             "or give one another title with `narrate render --title`")
        seen[stem] = name


def _workers(executor, options: RenderOptions) -> int:
    return getattr(executor, "workers", 0) or options.jobs or cpu_count()


def _count(done: int, total: int) -> str:
    return f"{done} of {total} episode{'s' if total != 1 else ''}"


class SharedProgress:
    """One progress bar over the audio of several renders going on at once; each render reports to a ``part``."""

    def __init__(self, progress: Progress, scripts: list):
        self.progress = progress
        self.lock = threading.Lock()
        self.total_chars = sum(len(sentence) for script in scripts for segment in script.segments()
                               for sentence in split_sentences(segment.spoken))
        self.open = len(scripts)
        self.started = self.stopped = False

    def part(self) -> Progress:
        return _Part(self)

    def start(self, total_chars: int, synth_chars: int) -> None:
        with self.lock:
            if not self.started:
                # Until the other renders have looked in the cache, count all their text as still to synthesise.
                self.started = True
                self.progress.start(self.total_chars, self.total_chars)
            if hasattr(self.progress, "synth_chars"):
                self.progress.synth_chars -= total_chars - synth_chars

    def advance(self, chars: int, seconds: float, cached: bool = False) -> None:
        with self.lock:
            self.progress.advance(chars, seconds, cached)

    def finish(self) -> None:
        with self.lock:
            self.open -= 1
            if self.open == 0 and not self.stopped:
                self.progress.finish()

    def abort(self) -> None:
        with self.lock:
            if not self.stopped:
                self.stopped = True
                self.progress.abort()


class _Part:
    """What one render of several sees of the shared progress bar."""

    def __init__(self, shared: SharedProgress):
        self.shared = shared

    def start(self, total_chars: int, synth_chars: int) -> None:
        self.shared.start(total_chars, synth_chars)

    def advance(self, chars: int, seconds: float, cached: bool = False) -> None:
        self.shared.advance(chars, seconds, cached)

    def finish(self) -> None:
        self.shared.finish()

    def abort(self) -> None:
        self.shared.abort()
