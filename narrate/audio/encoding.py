"""Stage 5: the mastered track becomes a CBR MP3 with ID3 tags and chapter frames.

CBR, because podcast apps turn chapter times into byte offsets, which is
only exact at a constant bitrate.

A LAME "Info" frame opens the audio, as the ``lame`` command writes it
and ``lameenc`` does not: it gives the frame count (so every reader agrees
on the duration), says the file is CBR, and records the encoder delay and
padding, so gapless decoders (ffmpeg, mpg123, Apple's) drop LAME's ~1105
samples of priming and the audio starts exactly where chapter and cue
times say it does.

ID3v2.3, because it is the version every podcast app and desktop player
reads: Windows Explorer, iTunes and older Apple and Android players ignore
v2.4 tags, while everything that reads v2.4 also reads v2.3. The chapter
frames (CHAP/CTOC, from the ID3v2 Chapter Frame Addendum) are defined for
both versions.
"""

from __future__ import annotations

import datetime as dt
import struct
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import crcmod.predefined
import lameenc
import numpy as np
from mutagen import MutagenError
from mutagen.id3 import (APIC, CHAP, COMM, CTOC, ID3, PCST, TALB, TCON, TDES, TDRC, TGID, TIT2, TLAN, TLEN, TPE1,
                         TRCK, TSSE, USLT, WOAS, WXXX, CTOCFlags, PictureType)

from .. import __version__
from .background import InOrder
from .timeline import ChapterMark
from ..errors import InputError

MPEG1_BITRATES = (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
"""The constant bitrates MPEG-1 Layer III allows at 44.1 kHz, in kbit/s."""

SAMPLE_RATE = 44100

DEFAULT_BITRATE_KBPS = 64
"""Constant MP3 bitrate unless told otherwise: 64 kbit/s mono is plenty for speech."""
ENCODER_QUALITY = 7
"""LAME's algorithm quality (``-q``, 0 best and slowest). Measured with ``bench/encoder.py`` on speech at
64 kbit/s: -q 7 encodes 2.5 times as fast as -q 3 and scores no worse (PESQ-WB 4.37 against 4.18 on
espeak-ng speech; signal to coding noise 24.8 against 21.0 dB, and 19.5 against 16.7 dB on a Piper voice)."""
SAMPLES_PER_FRAME = 1152
ENCODER_DELAY = 576
"""Samples of priming LAME 3.100 puts before the audio (decoders add 529 of their own)."""

_INFO_OFFSET = 4 + 17
"""The Info tag follows the frame header and the mono MPEG-1 side information."""


@dataclass(frozen=True)
class Picture:
    """An image to embed (APIC)."""

    data: bytes
    """The encoded image."""

    mime: str
    """``image/jpeg`` or ``image/png``."""


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
    """Publication date (TDRC; written as TYER/TDAT in v2.3)."""

    language: str = "dut"
    """ISO 639-2 language code (TLAN)."""

    description: str = ""
    """Show notes with chapter timestamps (COMM and TDES)."""

    source_url: str | None = None
    """The article's web address (WOAS)."""

    transcript: str = ""
    """The full text as written (USLT)."""

    cover: Picture | None = None
    """Front cover (APIC)."""

    guid: str | None = None
    """The episode's guid (TGID), as the feed gives it."""

    track: str | None = None
    """Track number such as ``3/9`` (TRCK), for an extracted chapter."""

    encoder: str = "narrate"
    """Software credit (TSSE)."""

    duration_ms: int | None = None
    """Length of the audio (TLEN)."""


@dataclass
class Mp3Info:
    """What was written, as the Info tag records it."""

    samples: int = 0
    """Audio samples encoded (before priming and padding)."""

    frames: int = 0
    """MPEG frames of audio, not counting the Info frame."""

    bytes: int = 0
    """Bytes of MPEG data, Info frame included (ID3 tag excluded)."""

    bitrate_kbps: int = DEFAULT_BITRATE_KBPS
    """Constant bitrate."""

    @property
    def padding(self) -> int:
        return self.frames * SAMPLES_PER_FRAME - ENCODER_DELAY - self.samples


def check_bitrate(kbps: int) -> int:
    """``kbps`` if MPEG allows it at 44.1 kHz, else an InputError listing what it allows.

    >>> check_bitrate(64)
    64
    """
    if kbps not in MPEG1_BITRATES:
        allowed = ", ".join(map(str, MPEG1_BITRATES))
        raise InputError(f"MP3 bitrate {kbps} kbit/s is not one MPEG allows at 44.1 kHz; use one of {allowed}")
    return kbps


class Mp3Writer:
    """Encodes int16 blocks to a CBR MP3 stream in a file, then fills in its Info frame.

    LAME runs in a thread of its own (it lets go of the GIL), in block order,
    so the caller mixes the next blocks while it encodes; ``close`` waits for it.
    ``on_frames`` is handed each run of whole MPEG frames as LAME makes them
    (the Info frame excepted), on LAME's thread.
    """

    def __init__(self, fh: BinaryIO, bitrate_kbps: int = DEFAULT_BITRATE_KBPS,
                 on_frames: Callable[[list[bytes]], None] | None = None):
        self.fh = fh
        self.info = Mp3Info(bitrate_kbps=check_bitrate(bitrate_kbps))
        self.encoder = lameenc.Encoder()
        self.encoder.set_bit_rate(bitrate_kbps)
        self.encoder.set_in_sample_rate(SAMPLE_RATE)
        # Left to itself LAME drops to 22.05 or 32 kHz at low bitrates.
        self.encoder.set_out_sample_rate(SAMPLE_RATE)
        self.encoder.set_channels(1)
        self.encoder.set_quality(ENCODER_QUALITY)
        self._start = fh.tell()
        self._info_size = _frame_size(bitrate_kbps)
        fh.write(bytes(self._info_size))
        self._frames = _FrameCounter(bitrate_kbps, on_frames)
        self._lame = InOrder("narrate-lame")

    def write(self, pcm: np.ndarray) -> None:
        """Encode int16 mono samples."""
        self.info.samples += len(pcm)
        self._lame.submit(self._encode, np.ascontiguousarray(pcm, dtype="<i2").tobytes())

    def close(self) -> Mp3Info:
        """Flush the encoder and write the Info frame at the start."""
        self._lame.finish()
        self._emit(bytes(self.encoder.flush()))
        self._frames.close()
        self.info.frames = self._frames.count
        self.info.bytes = self._info_size + self._frames.bytes
        end = self.fh.tell()
        self.fh.seek(self._start)
        self.fh.write(info_frame(self.info, self._info_size, self._frames.crc))
        self.fh.seek(end)
        return self.info

    def _encode(self, data: bytes) -> None:
        self._emit(bytes(self.encoder.encode(data)))

    def _emit(self, data: bytes) -> None:
        self._frames.feed(data)
        self.fh.write(data)


def encode_to_file(path: Path, blocks: Iterable[np.ndarray], bitrate_kbps: int = DEFAULT_BITRATE_KBPS) -> Mp3Info:
    """Encode int16 blocks into a new MP3 file at ``path``."""
    with open(path, "wb") as fh:
        writer = Mp3Writer(fh, bitrate_kbps)
        for block in blocks:
            writer.write(block)
        return writer.close()


class _FrameCounter:
    """Counts MPEG frames in a byte stream fed in pieces, keeps LAME's music CRC, and hands whole frames on."""

    def __init__(self, bitrate_kbps: int, on_frames: Callable[[list[bytes]], None] | None = None):
        self.frame_size = _frame_size(bitrate_kbps)
        self.count = 0
        self.bytes = 0
        self.crc = 0
        self._carry = b""
        self._on_frames = on_frames

    def feed(self, data: bytes) -> None:
        self.bytes += len(data)
        self.crc = crc16(data, self.crc)
        data = self._carry + data
        frames, pos = [], 0
        while pos + 4 <= len(data):
            if data[pos] != 0xFF or data[pos + 1] & 0xE0 != 0xE0:
                raise RuntimeError("LAME produced a stream that is not frame-aligned")
            size = self.frame_size + ((data[pos + 2] >> 1) & 1)
            if pos + size > len(data):
                break
            frames.append(data[pos : pos + size])
            pos += size
        self._carry = data[pos:]
        self.count += len(frames)
        if frames and self._on_frames:
            self._on_frames(frames)

    def close(self) -> None:
        if self._carry:
            raise RuntimeError("LAME's stream ended inside a frame")


def _frame_size(bitrate_kbps: int) -> int:
    """Bytes in an MPEG-1 Layer III frame at 44.1 kHz without its padding byte (the Info frame's size too)."""
    return 144 * bitrate_kbps * 1000 // SAMPLE_RATE


def info_frame(info: Mp3Info, size: int, music_crc: int) -> bytes:
    """A silent MPEG frame holding the Xing "Info" tag and LAME's extension.

    The layout follows LAME 3.100's own (``VbrTag.c``); the seek table is
    left out when the frame is too small for it (below 56 kbit/s), which
    costs nothing at a constant bitrate.
    """
    index = MPEG1_BITRATES.index(info.bitrate_kbps) + 1
    # MPEG-1, Layer III, no CRC | bitrate, 44.1 kHz, no padding | mono, original.
    header = bytes([0xFF, 0xFB, index << 4, 0xC4])
    with_toc = size >= _INFO_OFFSET + 120 + 36
    flags = 0x0F if with_toc else 0x0B
    body = b"Info" + struct.pack(">III", flags, info.frames, info.bytes)
    if with_toc:
        body += bytes(i * 256 // 100 for i in range(100))
    body += struct.pack(">I", 100 - 10 * 4 - ENCODER_QUALITY)  # as LAME reports it: 100 - 10 × VBR quality 4 - q
    lame = b"LAME3.100" + bytes([0x01, 0])  # tag revision 0, CBR; lowpass unknown
    lame += struct.pack(">fHHBB", 0.0, 0, 0, 0x04, min(255, info.bitrate_kbps))
    lame += ((ENCODER_DELAY << 12) | max(0, min(info.padding, 4095))).to_bytes(3, "big")
    lame += bytes([0x40, 0]) + struct.pack(">HIH", min(info.bitrate_kbps, 2047), info.bytes, music_crc)
    frame = header + bytes(17) + body + lame
    frame += struct.pack(">H", crc16(frame))
    return frame + bytes(size - len(frame))


_CRC16 = crcmod.predefined.mkCrcFun("crc-16")


def crc16(data: bytes, crc: int = 0) -> int:
    """CRC-16/ARC, the checksum LAME's tag uses for itself and for the music; ``crc`` carries on from earlier data.

    >>> hex(crc16(b"123456789")), hex(crc16(b"6789", crc16(b"12345")))
    ('0xbb3d', '0xbb3d')
    """
    return _CRC16(data, crc)


def tag_mp3(path: Path, tags: Tags, chapters: list[ChapterMark],
            chapter_images: dict[tuple[int, ...], Picture] | None = None) -> None:
    """Write ID3v2.3 tags, one CHAP frame per chapter and an ordered, top-level CTOC."""
    id3 = ID3()
    id3.add(TIT2(encoding=3, text=[tags.title]))
    id3.add(TPE1(encoding=3, text=[tags.artist]))
    id3.add(TALB(encoding=3, text=[tags.album]))
    id3.add(TDRC(encoding=3, text=[tags.date.isoformat()]))
    id3.add(TCON(encoding=3, text=["Podcast"]))
    id3.add(TLAN(encoding=3, text=[tags.language]))
    id3.add(TSSE(encoding=3, text=[tags.encoder]))
    id3.add(PCST(value=1))
    if tags.duration_ms is not None:
        id3.add(TLEN(encoding=3, text=[str(tags.duration_ms)]))
    if tags.track:
        id3.add(TRCK(encoding=3, text=[tags.track]))
    if tags.description:
        id3.add(COMM(encoding=3, lang=tags.language, desc="", text=[tags.description]))
        id3.add(TDES(encoding=3, text=[tags.description]))
    if tags.source_url:
        id3.add(WOAS(url=tags.source_url))
    if tags.guid:
        id3.add(TGID(encoding=3, text=[tags.guid]))
    if tags.transcript:
        id3.add(USLT(encoding=3, lang=tags.language, desc="", text=tags.transcript))
    if tags.cover:
        id3.add(APIC(encoding=3, mime=tags.cover.mime, type=PictureType.COVER_FRONT, desc="", data=tags.cover.data))
    if chapters:
        for frame in chapter_frames(chapters, images=chapter_images or {}):
            id3.add(frame)
    try:
        id3.save(path, v2_version=3)
    except MutagenError as exc:
        # mutagen wraps the OS error; a full disk must still read as one, not as a bug.
        cause = next((e for e in (exc.__cause__, exc.__context__, *exc.args) if isinstance(e, OSError)), None)
        if cause is None:
            raise
        raise cause from None


def chapter_frames(chapters: list[ChapterMark], toc_id: str = "toc", top_level: bool = True,
                   images: dict[tuple[int, ...], Picture] | None = None, path: tuple[int, ...] = (),
                   toc_title: str | None = None) -> list:
    """CHAP frames for ``chapters`` plus the CTOC that lists them in order.

    A chapter with children (an article in a briefing) is listed itself,
    so apps that read only the top level still see every article, and is
    followed by a CTOC of its own that lists its sections.
    """
    images = images or {}
    frames, child_ids = [], []
    for index, mark in enumerate(chapters):
        chap_path = path + (index,)
        chap_id = "ch" + "-".join(str(i + 1) for i in chap_path)
        child_ids.append(chap_id)
        sub_frames = [TIT2(encoding=3, text=[mark.title])]
        if mark.url:
            sub_frames.append(WXXX(encoding=3, desc="", url=mark.url))
        if chap_path in images:
            image = images[chap_path]
            sub_frames.append(APIC(encoding=3, mime=image.mime, type=PictureType.OTHER, desc="", data=image.data))
        frames.append(CHAP(element_id=chap_id, start_time=mark.start_ms, end_time=mark.end_ms,
                           start_offset=0xFFFFFFFF, end_offset=0xFFFFFFFF, sub_frames=sub_frames))
        if mark.children:
            sub_toc = "toc" + chap_id.removeprefix("ch")
            frames.extend(chapter_frames(mark.children, sub_toc, top_level=False, images=images, path=chap_path,
                                         toc_title=mark.title))
            child_ids.append(sub_toc)
    flags = CTOCFlags.ORDERED | (CTOCFlags.TOP_LEVEL if top_level else 0)
    toc_frames = [TIT2(encoding=3, text=[toc_title])] if toc_title else []
    frames.append(CTOC(element_id=toc_id, flags=flags, child_element_ids=child_ids, sub_frames=toc_frames))
    return frames


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
