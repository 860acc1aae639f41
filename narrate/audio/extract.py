"""One chapter on its own: cut out as a tagged MP3 (``narrate extract``), or played (``narrate play``).

Extracting decodes the episode and encodes the chapter's samples again
(at the episode's bitrate) rather than copying MP3 frames: frames are
26 ms long and borrow bits from their neighbours, so a frame copy would
start early or with a glitch. Chapter times are exact because the episode
carries a LAME Info tag; so does the extract.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from mutagen.id3 import ID3, ID3NoHeaderError

from .signal import fade, to_episode_rate
from .timeline import EPISODE_RATE, ChapterMark
from .chapters import find_chapter, read_chapters
from .encoding import MPEG1_BITRATES, Mp3Writer, Picture, Tags, engine, tag_mp3
from ..errors import InputError, NarrateError
from ..files import atomic_path
from .mastering import to_int16

CUT_FADE_MS = 5.0
"""Fade at both cuts, so a chapter that starts mid-sound does not click."""


def extract_chapter(episode: Path, wanted: str, output: Path) -> ChapterMark:
    """Write chapter ``wanted`` (number or title) of ``episode`` to ``output`` as its own tagged MP3."""
    episode = _existing(episode)
    chapters = read_chapters(episode)
    chapter = find_chapter(chapters, wanted)
    samples = _decode_range(episode, chapter.start_ms, chapter.end_ms)
    output = Path(output)
    if not output.parent.is_dir():
        raise InputError(f"folder {output.parent} does not exist; create it or choose another -o")
    if output.resolve() == episode.resolve():
        raise InputError(f"-o {output} is the episode itself; choose another output file")
    with atomic_path(output) as tmp:
        with open(tmp, "wb") as fh:
            writer = Mp3Writer(fh, _bitrate(episode))
            writer.write(to_int16(fade(samples, CUT_FADE_MS)))
            writer.close()
        tag_mp3(tmp, _chapter_tags(episode, chapter, len(chapters), len(samples)), _sub_chapters(chapters, chapter))
    return chapter


@dataclass(frozen=True)
class Player:
    """A command-line audio player narrate knows how to start at a time."""

    name: str
    """The program to look for on PATH."""

    def command(self, path: Path, start_s: float, end_s: float | None) -> list[str]:
        file = str(path)
        if self.name == "mpv":
            return ["mpv", "--no-video", f"--start={start_s:.3f}", *([f"--end={end_s:.3f}"] if end_s else []), file]
        if self.name == "ffplay":
            length = ["-t", f"{end_s - start_s:.3f}"] if end_s else []
            return ["ffplay", "-nodisp", "-autoexit", "-loglevel", "error", "-ss", f"{start_s:.3f}", *length, file]
        if self.name == "cvlc":
            return ["cvlc", "--play-and-exit", f"--start-time={start_s:.3f}",
                    *([f"--stop-time={end_s:.3f}"] if end_s else []), file]
        if self.name == "mpg123":
            frames = round(start_s * EPISODE_RATE / 1152)
            count = ["-n", str(round((end_s - start_s) * EPISODE_RATE / 1152))] if end_s else []
            return ["mpg123", "-q", "-k", str(frames), *count, file]
        raise ValueError(self.name)


PLAYERS = [Player("mpv"), Player("ffplay"), Player("cvlc"), Player("mpg123")]
"""In order of preference: mpv and ffplay seek exactly; mpg123 only to a frame (26 ms)."""


def play_command(episode: Path, wanted: str, player: str | None = None, only: bool = False) -> list[str]:
    """The command that plays ``episode`` from chapter ``wanted`` (to its end with ``only``)."""
    episode = _existing(episode)
    chapter = find_chapter(read_chapters(episode), wanted)
    chosen = _player(player)
    return chosen.command(episode, chapter.start_ms / 1000, chapter.end_ms / 1000 if only else None)


def play(episode: Path, wanted: str, player: str | None = None, only: bool = False) -> int:
    """Play from chapter ``wanted`` with an installed player; its exit status."""
    command = play_command(episode, wanted, player, only)
    try:
        return subprocess.call(command)
    except KeyboardInterrupt as exc:  # Ctrl+C, or SIGTERM as the CLI's Terminated (143)
        return getattr(exc, "exit_code", 130)


def _player(name: str | None) -> Player:
    known = {p.name: p for p in PLAYERS}
    if name:
        if name not in known:
            raise InputError(f"narrate cannot drive player {name!r}; choose one of {', '.join(known)}")
        if not shutil.which(name):
            raise NarrateError(f"player {name} is not installed; install it or leave out --player")
        return known[name]
    for candidate in PLAYERS:
        if shutil.which(candidate.name):
            return candidate
    raise NarrateError("no audio player found; install mpv (apt install mpv, brew install mpv) "
                       "or ffmpeg, which brings ffplay")


def _existing(path: Path) -> Path:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"episode {path} does not exist; give the path of an MP3 narrate wrote")
    return path


def _decode_range(path: Path, start_ms: int, end_ms: int) -> np.ndarray:
    """Mono float samples at 44.1 kHz between two times, decoded in blocks from the start."""
    import soundfile

    try:
        info = soundfile.info(str(path))
    except (RuntimeError, soundfile.LibsndfileError) as exc:
        raise InputError(f"cannot decode {path} ({exc}); give an MP3 file") from None
    rate = info.samplerate
    first, last = round(start_ms * rate / 1000), round(end_ms * rate / 1000)
    pieces, position = [], 0
    for block in soundfile.blocks(str(path), blocksize=1 << 16, dtype="float32", always_2d=True):
        lo, hi = max(first, position), min(last, position + len(block))
        if hi > lo:
            pieces.append(block[lo - position : hi - position].mean(axis=1))
        position += len(block)
        if position >= last:
            break
    samples = np.concatenate(pieces) if pieces else np.zeros(0, dtype=np.float32)
    return to_episode_rate(samples, rate)


def _bitrate(path: Path) -> int:
    from mutagen.mp3 import MP3

    kbps = round(MP3(path).info.bitrate / 1000)
    return min(MPEG1_BITRATES, key=lambda allowed: abs(allowed - kbps))


def _chapter_tags(episode: Path, chapter: ChapterMark, total: int, num_samples: int) -> Tags:
    try:
        tags = ID3(episode)
    except ID3NoHeaderError:
        tags = ID3()
    episode_title = _text(tags, "TIT2") or episode.stem
    pictures = tags.getall("APIC")
    cover = next((p for p in pictures if p.type == 3), pictures[0] if pictures else None)
    source = chapter.url or next((str(f.url) for f in tags.getall("WOAS")), None)
    return Tags(
        title=chapter.title,
        artist=_text(tags, "TPE1") or "narrate",
        album=episode_title,
        date=_date(_text(tags, "TDRC")),
        language=_text(tags, "TLAN") or "dut",
        description=f"Hoofdstuk {chapter.number} van {total} uit “{episode_title}”.",
        source_url=source,
        cover=Picture(cover.data, cover.mime) if cover else None,
        track=f"{chapter.number}/{total}",
        encoder=engine(),
        duration_ms=round(num_samples * 1000 / EPISODE_RATE),
    )


def _sub_chapters(chapters: list[ChapterMark], parent: ChapterMark) -> list[ChapterMark]:
    """An article's sections, moved to the extract's own time line."""
    children = [c for c in chapters if c.depth == parent.depth + 1
                and parent.start_ms <= c.start_ms < parent.end_ms and c.number > parent.number]
    return [ChapterMark(c.title, c.start_ms - parent.start_ms, min(c.end_ms, parent.end_ms) - parent.start_ms, url=c.url)
            for c in children]


def _text(tags: ID3, key: str) -> str | None:
    frame = tags.get(key)
    return str(frame) if frame is not None and str(frame) else None


def _date(text: str | None) -> dt.date:
    try:
        return dt.date.fromisoformat((text or "")[:10])
    except ValueError:
        return dt.date.today()
