"""Stage 5: the track becomes a CBR MP3 with ID3 tags and chapter frames.

CBR, because podcast apps turn chapter times into byte offsets, which is
only exact at a constant bitrate. ID3v2.3, because it is the version every
podcast app and desktop player reads (Windows and older Apple software
ignore v2.4); the chapter frames (CHAP/CTOC) work in both.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import lameenc
from mutagen.id3 import CHAP, COMM, CTOC, ID3, TALB, TCON, TDRC, TIT2, TLAN, TPE1, CTOCFlags

from .assembly import ChapterMark, Track

BLOCK_SAMPLES = 1 << 20
"""Encode about 24 s at a time so memory does not grow with the episode."""


@dataclass(frozen=True)
class Tags:
    """What the ID3 tag says about an episode."""

    title: str
    """Episode title (TIT2)."""

    artist: str
    """Author or narrator credit (TPE1)."""

    album: str
    """Programme name (TALB)."""

    date: dt.date
    """Publication date (TDRC)."""

    language: str = "dut"
    """ISO 639-2 language code (TLAN)."""

    description: str = ""
    """Show notes with chapter timestamps (COMM)."""


def encode_mp3(track: Track, bitrate_kbps: int = 64) -> bytes:
    """Encode mono PCM as constant-bitrate MP3 with LAME."""
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(bitrate_kbps)
    encoder.set_in_sample_rate(track.sample_rate)
    encoder.set_channels(1)
    encoder.set_quality(2)
    block = BLOCK_SAMPLES * 2
    pieces = [bytes(encoder.encode(track.pcm[i : i + block])) for i in range(0, len(track.pcm), block)]
    pieces.append(bytes(encoder.flush()))
    return b"".join(pieces)


def tag_mp3(path: Path, tags: Tags, chapters: list[ChapterMark]) -> None:
    """Write ID3v2.3 tags, one CHAP frame per chapter and a top-level CTOC."""
    id3 = ID3()
    id3.add(TIT2(encoding=3, text=[tags.title]))
    id3.add(TPE1(encoding=3, text=[tags.artist]))
    id3.add(TALB(encoding=3, text=[tags.album]))
    id3.add(TDRC(encoding=3, text=[tags.date.isoformat()]))
    id3.add(TCON(encoding=3, text=["Podcast"]))
    id3.add(TLAN(encoding=3, text=[tags.language]))
    if tags.description:
        id3.add(COMM(encoding=3, lang=tags.language, desc="", text=[tags.description]))
    for frame in chapter_frames(chapters):
        id3.add(frame)
    id3.save(path, v2_version=3)


def chapter_frames(chapters: list[ChapterMark], toc_id: str = "toc", top_level: bool = True) -> list:
    """CHAP frames for ``chapters`` plus the CTOC that lists them in order.

    Nested chapters get a CTOC of their own, listed in their parent's CTOC.
    """
    frames, child_ids = [], []
    for index, mark in enumerate(chapters):
        chap_id = f"{toc_id}-ch{index}"
        child_ids.append(chap_id)
        frames.append(
            CHAP(element_id=chap_id, start_time=mark.start_ms, end_time=mark.end_ms,
                 sub_frames=[TIT2(encoding=3, text=[mark.title])])
        )
        if mark.children:
            sub_toc = f"{chap_id}-toc"
            frames.extend(chapter_frames(mark.children, sub_toc, top_level=False))
            child_ids.append(sub_toc)
    flags = CTOCFlags.ORDERED | (CTOCFlags.TOP_LEVEL if top_level else 0)
    frames.append(CTOC(element_id=toc_id, flags=flags, child_element_ids=child_ids, sub_frames=[]))
    return frames
