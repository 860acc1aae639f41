"""Stages 4–5 together: a script and its clips become a finished episode on disk.

Order matters: the user's cover and jingle are checked before the first
clip is synthesised (clips arrive lazily), so a bad file fails in a second
rather than after minutes of speech; every file is written atomically; and
the manifest comes last, so the feed never sees half an episode.

Mastering reads the laid-out track block by block (``Track.read``), so
memory does not grow with the episode: one pass measures it; if its peaks
come near the ceiling, limiter passes (each spooled to a temp file and
measured) find the gain that lands it on the target; the last one is
encoded; the MP3 is decoded and measured, and only if the encoder moved it
off target is it mastered and encoded again. Speech clear of the ceiling
takes three passes: measure, encode, verify.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .. import __version__
from ..audio.assembly import ChapterMark, Layout, Track, assemble, check_jingle
from ..audio.chapters import flatten, json_chapters, timestamps
from ..audio.cover import CoverImage, chapter_image, episode_cover, load_cover
from ..audio.encoding import Mp3Info, Mp3Writer, Picture, Tags, check_bitrate, tag_mp3
from .episode import Episode, EpisodeChapter, Transcript, episode_guid, slugify
from .store import feed_lock
from ..files import TEMP_PREFIX, Staging, atomic_path, interrupts_deferred, remove_stale_temps
from ..audio.loudness import Limiter, LimiterSettings, LoudnessMeter, db_to_gain, measure_file
from ..script.builder import Script
from ..synthesis.synthesize import Clip
from ..testhooks import checkpoint, paused_after
from ..audio.transcript import SRT_TYPE, TEXT_TYPE, VTT_TYPE, to_srt, to_text, to_vtt

BLOCK = 1 << 16
"""Samples per mastering block (about 1.5 s): big enough for numpy, small enough to keep memory flat."""

GAIN_PASSES = 5
"""At most this many limiter passes to find the gain; each takes about 1 % of the episode's length."""

LOUDNESS_TOLERANCE_LU = 0.2
"""Close enough to the target: well inside the ±1 LU podcast apps ask for."""

CODEC_HEADROOM_DB = 1.0
"""The limiter's ceiling sits this far under the true-peak promise, for the MP3 coder's overshoot."""

ENCODE_TRIES = 3
"""Encodes at most, when the decoded MP3 misses its loudness or peak target."""

EXPECTED_CODEC_CHANGE_LU = -0.3
"""What LAME at 64 kbit/s was seen to do to speech loudness (−0.2 to −0.4 LU); aimed off for up front."""

MP3_TOLERANCE_LU = 0.5
"""How far the decoded MP3 may land from the target before it is encoded again: half the ±1 LU
podcast apps allow, and more than the 0.2–0.4 LU the coder takes off noisy voices."""

ID3_LANGUAGES = {"nl": "dut", "en": "eng", "fr": "fre", "de": "ger"}


@dataclass(frozen=True)
class AudioSettings:
    """How the episode should sound and what goes in and beside the MP3."""

    loudness_lufs: float = -16.0
    """Integrated loudness of the whole episode (Apple's guidance: −16)."""

    true_peak_dbtp: float = -1.0
    """Highest true peak allowed in the MP3."""

    bitrate_kbps: int = 64
    """Constant MP3 bitrate; 64 kbit/s mono is plenty for speech."""

    jingle: Path | None = None
    """WAV or FLAC played before the first word and after the last."""

    cover: Path | None = None
    """The user's own cover art (square JPEG/PNG, 1400–3000 px, RGB); None draws one."""

    chapter_images: bool = True
    """Put a small image with the chapter's title in each chapter frame."""

    layout: Layout = field(default_factory=Layout)
    """Lead-in, jingle gaps, fades and voice levelling."""

    def __post_init__(self):
        # Checked when the options are made, so a bad file fails before any speech is synthesised.
        check_bitrate(self.bitrate_kbps)
        if self.cover:
            load_cover(self.cover)
        if self.jingle:
            check_jingle(self.jingle)

    @property
    def limiter(self) -> LimiterSettings:
        # MP3 coding noise lifts true peaks, at 64 kbit/s by up to a dB on
        # noisy voices; AES TD1008 asks low-bitrate masters to leave that room.
        return LimiterSettings(ceiling_dbtp=self.true_peak_dbtp - CODEC_HEADROOM_DB)


def audio_settings(options: dict) -> AudioSettings:
    """``AudioSettings`` from command-line values, taking (popping) the ones that belong to it.

    >>> values = {"loudness_lufs": -18.0, "voice": "x"}
    >>> audio_settings(values).loudness_lufs, values
    (-18.0, {'voice': 'x'})
    """
    names = ("loudness_lufs", "true_peak_dbtp", "jingle", "cover", "chapter_images")
    return AudioSettings(**{name: options.pop(name) for name in names if options.get(name) is not None})


@dataclass(frozen=True)
class Credits:
    """Who and what the episode is credited to."""

    programme: str = "narrate"
    """Programme name (ID3 album)."""

    author: str = "narrate"
    """Author (ID3 artist)."""

    voices: list[str] = field(default_factory=list)
    """Ids of the voices that speak."""

    engine: str | None = None
    """Speech engine that spoke, e.g. ``Piper 1.8.0`` or the espeak-ng fallback; None: Piper."""


@dataclass
class Mastering:
    """What mastering did and measured."""

    loudness_lufs: float
    """Integrated loudness of the mastered audio."""

    true_peak_dbtp: float
    """Highest true peak of the mastered audio, before MP3 coding."""

    gain_db: float
    """Gain applied to the levelled mix."""

    limiter_db: float
    """Deepest gain reduction by the limiter (0 or negative)."""

    mp3: Mp3Info = field(default_factory=Mp3Info)
    """What the encoder wrote."""


def episode_stem(script: Script) -> str:
    """``<date>-<slug>``: sorts by date and says what it is."""
    return f"{script.date.isoformat()}-{slugify(script.title)}"


def produce_episode(script: Script, clips: Iterable[Clip], episodes_dir: Path, credits: Credits = Credits(),
                    settings: AudioSettings = AudioSettings(), stem: str | None = None) -> Episode:
    """Lay out, master and encode the episode; write its MP3, cover, chapters, transcripts and manifest."""
    episodes_dir = Path(episodes_dir)
    stem = stem or episode_stem(script)
    user_cover = load_cover(settings.cover) if settings.cover else None
    layout = settings.layout
    if settings.jingle:
        layout = Layout(**{**layout.__dict__, "jingle": Path(settings.jingle)})
    # Every file is made under a hidden temp name and tagged there; only the
    # commit gives them real names, so an episode already under this stem
    # stays whole, and listed, until the new one is complete.
    with Staging(episodes_dir) as staged, \
            assemble(script, paused_after("synthesis", clips, 2), layout, workdir=episodes_dir) as track:
        checkpoint("assembly")
        cover = user_cover or episode_cover(credits.programme, script.title, script.date)
        description = show_notes(script, track.chapters)
        _write_sidecars(staged, script, track, cover)
        checkpoint("sidecars")
        audio = staged.path("audio", ".mp3")
        mastering = write_mp3(audio, track, settings)
        checkpoint("tagging")
        tag_mp3(audio, _tags(script, credits, track, cover, description), track.chapters,
                _chapter_images(credits.programme, track.chapters, cover, user_cover is None)
                if settings.chapter_images else None)
        with feed_lock(episodes_dir):
            checkpoint("commit")
            remove_stale_temps(episodes_dir)
            names = _names(free_stem(episodes_dir, stem), cover)
            episode = _episode(script, credits, track, names, audio, description, mastering)
            with interrupts_deferred():
                staged.commit(names)
                episode.save(episodes_dir)
    return episode


def free_stem(episodes_dir: Path, stem: str) -> str:
    """``stem``, or ``stem-2``, ``stem-3``, …: the first that no manifest uses.

    A re-render of the same article on the same day (or another article
    whose title slugs the same) must not overwrite the files of an episode
    that is listed: under a new stem the old episode stays complete until
    the feed drops it for the new one.
    """
    candidate, number = stem, 1
    while (Path(episodes_dir) / f"{candidate}.json").exists():
        number += 1
        candidate = f"{stem}-{number}"
    return candidate


def write_mp3(path: Path, track: Track, settings: AudioSettings) -> Mastering:
    """Master ``track`` to the target loudness under the true-peak ceiling and encode it to ``path``, atomically.

    The MP3 is then decoded and measured, because the encoder changes both
    figures a little (it takes a few tenths of a LU off, and its coding
    noise lifts peaks); when it misses, the track is mastered and encoded
    once more, aiming off by what the encoder was seen to change.
    """
    path = Path(path)
    target = settings.loudness_lufs
    limiter = settings.limiter
    measured, peak_db = _raw_loudness(track)
    if not math.isfinite(measured):
        measured = target  # silence: nothing to level
    gain_db = target - measured
    codec_change = EXPECTED_CODEC_CHANGE_LU
    headroom = 0.0
    aim = target
    with tempfile.TemporaryFile(prefix=TEMP_PREFIX, dir=path.parent) as spool, atomic_path(path) as tmp:
        for attempt in range(ENCODE_TRIES):
            previous_aim, aim = aim, target - codec_change - headroom
            gain_db += aim - previous_aim  # the last gain, moved by as much as the aim moved: a close first guess
            gain_db, blocks, reduction, before = _master(track, aim, gain_db, measured, peak_db, limiter, spool)
            with open(tmp, "wb") as fh:
                writer = Mp3Writer(fh, settings.bitrate_kbps)
                for block in paused_after("encoding", blocks, 1):
                    writer.write(to_int16(block))
                info = writer.close()
            loudness, peak = measure_file(tmp)
            excess = peak - settings.true_peak_dbtp
            if not math.isfinite(loudness) or (abs(target - loudness) <= MP3_TOLERANCE_LU and excess <= 0):
                break
            codec_change = loudness - before
            if excess > 0 and attempt == 0:
                # Peaks the limiter let through and the coder lifted: a lower ceiling helps.
                limiter = dataclasses.replace(limiter, ceiling_dbtp=limiter.ceiling_dbtp - excess - 0.5)
            elif excess > 0:
                # The coder's own noise on a noisy voice: only a lower level helps.
                headroom += excess + 0.1
    return Mastering(loudness, peak, gain_db, reduction, info)


def _raw_loudness(track: Track) -> tuple[float, float]:
    """Loudness (LUFS) and sample peak (dBFS) of the levelled mix, before any gain."""
    meter = LoudnessMeter(track.sample_rate)
    peak = 0.0
    for start, stop in track.blocks(BLOCK):
        block = track.read(start, stop)
        meter.add(block)
        peak = max(peak, float(np.abs(block).max(initial=0.0)))
    return meter.integrated(), 20 * math.log10(peak) if peak > 0 else -math.inf


def _master(track: Track, aim_lufs: float, gain_db: float, measured: float, peak_db: float,
            settings: LimiterSettings, spool) -> tuple[float, Iterable[np.ndarray], float, float]:
    """Gain, blocks, deepest limiting and loudness of the mix limited to ``aim_lufs``.

    Limiting takes loudness off, the more so the harder it works, so the
    gain is found by the secant method, each try limited into ``spool``
    and measured; the last try is encoded from the spool, so the limiter
    runs once per try, not once more for the encoder. Speech that stays
    clear of the ceiling skips all this.
    """
    if peak_db + (aim_lufs - measured) < settings.ceiling_dbtp - Limiter.SAFE_BELOW_CEILING_DB:
        gain_db = aim_lufs - measured
        gained = _gained(track, gain_db)
        return gain_db, (gained(start, stop) for start, stop in track.blocks(BLOCK)), 0.0, aim_lufs
    previous: tuple[float, float] | None = None
    for _ in range(GAIN_PASSES):
        loudness, reduction = _limit_into(spool, track, gain_db, settings)
        error = aim_lufs - loudness
        if abs(error) <= LOUDNESS_TOLERANCE_LU or not math.isfinite(loudness):
            break
        slope = 1.0
        if previous is not None and gain_db != previous[0]:
            slope = min(1.0, max(0.1, (loudness - previous[1]) / (gain_db - previous[0])))
        previous = (gain_db, loudness)
        gain_db += max(-12.0, min(12.0, error / slope))
    else:
        loudness, reduction = _limit_into(spool, track, gain_db, settings)  # the spool must hold the last gain
    return gain_db, _spooled_blocks(spool), reduction, loudness


def _limit_into(spool, track: Track, gain_db: float, settings: LimiterSettings) -> tuple[float, float]:
    """Limit the mix at ``gain_db`` into ``spool`` (float32); its loudness and the deepest gain reduction."""
    spool.seek(0)
    spool.truncate()
    meter = LoudnessMeter(track.sample_rate)
    limiter = Limiter(track.sample_rate, settings)
    gained = _gained(track, gain_db)
    for start, stop in track.blocks(BLOCK):
        block = limiter.process(gained, start, stop).astype(np.float32)
        meter.add(block)
        spool.write(block.tobytes())
    spool.flush()
    return meter.integrated(), limiter.max_reduction_db


def _spooled_blocks(spool) -> Iterator[np.ndarray]:
    spool.seek(0)
    while data := spool.read(BLOCK * 4):
        yield np.frombuffer(data, dtype=np.float32)


def _gained(track: Track, gain_db: float):
    gain = db_to_gain(gain_db)
    return lambda start, stop: track.read(start, stop) * gain


def to_int16(block: np.ndarray) -> np.ndarray:
    """16-bit samples, clipped (the limiter has already kept peaks under full scale).

    >>> to_int16(np.array([0.5, -1.2, 1.0])).tolist()
    [16384, -32768, 32767]
    """
    return np.clip(np.round(block * 32768.0), -32768, 32767).astype(np.int16)


def show_notes(script: Script, chapters: list[ChapterMark]) -> str:
    """Title, chapter timestamps (``00:00 Intro``) and the source: the description apps show."""
    parts = [script.title, timestamps(chapters)]
    if script.source and script.source.startswith(("http://", "https://")):
        parts.append(f"Bron: {script.source}")
    return "\n\n".join(p for p in parts if p)


def _names(stem: str, cover: CoverImage) -> dict[str, str]:
    return {
        "audio": f"{stem}.mp3",
        "cover": f"{stem}{cover.extension}",
        "chapters": f"{stem}.chapters.json",
        "vtt": f"{stem}.vtt",
        "srt": f"{stem}.srt",
        "txt": f"{stem}.txt",
    }


def _write_sidecars(staged: Staging, script: Script, track: Track, cover: CoverImage) -> None:
    chapters = json.dumps(json_chapters(track.chapters), ensure_ascii=False, indent=2) + "\n"
    staged.path("cover", cover.extension).write_bytes(cover.data)
    staged.path("chapters", ".json").write_text(chapters, encoding="utf-8")
    staged.path("vtt", ".vtt").write_text(to_vtt(track.cues, script.language), encoding="utf-8")
    staged.path("srt", ".srt").write_text(to_srt(track.cues), encoding="utf-8")
    staged.path("txt", ".txt").write_text(to_text(script), encoding="utf-8")


def _tags(script: Script, credits: Credits, track: Track, cover: CoverImage, description: str) -> Tags:
    source = script.source if script.source and script.source.startswith(("http://", "https://")) else None
    return Tags(
        title=script.title,
        artist=credits.author,
        album=credits.programme,
        date=script.date,
        language=id3_language(script.language),
        description=description,
        source_url=source,
        transcript=to_text(script),
        cover=Picture(cover.data, cover.mime),
        guid=episode_guid(script.title),
        encoder=engine(credits.engine),
        duration_ms=track.duration_ms,
    )


def _chapter_images(programme: str, chapters: list[ChapterMark], cover: CoverImage,
                    generated: bool) -> dict[tuple[int, ...], Picture]:
    images = {}
    flat_numbers = {(c.start_ms, c.title): c.number for c in flatten(chapters)}

    def visit(marks: list[ChapterMark], path: tuple[int, ...]) -> None:
        for index, mark in enumerate(marks):
            number = flat_numbers.get((mark.start_ms, mark.title), index + 1)
            image = chapter_image(programme, mark.title, number, cover, generated)
            images[path + (index,)] = Picture(image.data, image.mime)
            visit(mark.children, path + (index,))

    visit(chapters, ())
    return images


def id3_language(language: str) -> str:
    """ISO 639-2 code for a BCP 47 tag.

    >>> id3_language("nl-BE")
    'dut'
    """
    return ID3_LANGUAGES.get(language.split("-")[0].lower(), "dut")


def engine(speech: str | None = None) -> str:
    """``narrate 0.1.0, Piper 1.8.0`` (or the speech engine given)."""
    from importlib.metadata import PackageNotFoundError, version

    if speech:
        return f"narrate {__version__}, {speech}"
    try:
        piper = version("piper-tts")
    except PackageNotFoundError:  # pragma: no cover - piper is a dependency
        piper = "?"
    return f"narrate {__version__}, Piper {piper}"


def _episode(script: Script, credits: Credits, track: Track, names: dict[str, str], audio: Path,
             description: str, mastering: Mastering) -> Episode:
    return Episode(
        title=script.title,
        date=script.date,
        guid=episode_guid(script.title),
        audio=names["audio"],
        size=audio.stat().st_size,
        duration_s=track.duration_ms / 1000,
        chapters=[_episode_chapter(mark) for mark in track.chapters],
        description=description,
        voices=list(credits.voices),
        source=script.source,
        # Microseconds: renders of one article that commit in the same second still have an order.
        created=dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
        cover=names["cover"],
        chapters_json=names["chapters"],
        transcripts=[Transcript(names["vtt"], VTT_TYPE), Transcript(names["srt"], SRT_TYPE),
                     Transcript(names["txt"], TEXT_TYPE)],
        files=[names[key] for key in ("audio", "cover", "chapters", "vtt", "srt", "txt")],
        language=script.language,
        author=credits.author,
        programme=credits.programme,
        bitrate_kbps=mastering.mp3.bitrate_kbps,
        loudness_lufs=_rounded(mastering.loudness_lufs),
        true_peak_dbtp=_rounded(mastering.true_peak_dbtp),
        engine=engine(credits.engine),
    )


def _rounded(value: float) -> float | None:
    return round(value, 2) if math.isfinite(value) else None


def _episode_chapter(mark: ChapterMark) -> EpisodeChapter:
    return EpisodeChapter(mark.title, mark.start_ms, mark.end_ms, [_episode_chapter(c) for c in mark.children], mark.url)
