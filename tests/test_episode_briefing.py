"""A 3-article briefing with quotes in a second, quieter voice, produced and read back by other tools.

The script is built here (nested chapters, quote slots), spoken by the
3-speaker test voice, and run through assembly, mastering, encoding and
tagging; ffprobe, ffmpeg's ebur128, eyeD3, mutagen, mp3val and pyloudnorm
then check what came out.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import eyed3
import mutagen.mp3
import numpy as np
import pyloudnorm
import pytest
import soundfile

from narrate.audio import AudioSettings, extract_chapter, read_chapters
from narrate.audio.cover import check_cover
from narrate.publish import Credits, Episode, produce_episode

from .helpers.audio_scripts import ARTICLES, briefing_script, two_voice_clips
from .conftest import ffprobe
from .helpers.media import ebur128, parse_cues


@pytest.fixture(scope="module")
def briefing(tmp_path_factory) -> dict:
    directory = tmp_path_factory.mktemp("briefing")
    script = briefing_script()
    clips = two_voice_clips(script, quote_gain_db=-12.0)
    episode = produce_episode(script, clips, directory, Credits("De Ochtendbriefing", "Redactie", ["test-multi"]))
    return {"dir": directory, "script": script, "clips": clips, "episode": episode,
            "mp3": directory / episode.audio, "stem": episode.stem}


def test_every_reader_lists_the_same_chapters(briefing):
    probe = [(round(float(c["start_time"]) * 1000), round(float(c["end_time"]) * 1000), c["tags"]["title"])
             for c in ffprobe(briefing["mp3"])["chapters"]]
    tag = eyed3.load(str(briefing["mp3"])).tag
    eye = sorted((c.times.start, c.times.end, c.title) for c in tag.chapters)
    ours = [(c.start_ms, c.end_ms, c.title) for c in read_chapters(briefing["mp3"])]
    document = json.loads((briefing["dir"] / f"{briefing['stem']}.chapters.json").read_text())
    in_json = [(round(c["startTime"] * 1000), c["title"]) for c in document["chapters"]]
    assert document["version"] == "1.2.0"
    assert probe == eye == ours
    assert in_json == [(start, title) for start, _, title in probe]
    # Intro, 3 articles with 2 sections each, outro.
    assert len(probe) == 1 + 3 * 3 + 1
    assert [t for _, _, t in probe][:4] == ["Intro", ARTICLES[0][0], "Kanonnenvlees", "Reactie van het Westen"]
    assert probe[0][0] == 0 and probe[-1][1] == round(briefing["episode"].duration_s * 1000)
    assert document["chapters"][1]["url"] == "https://example.be/poetin"


def test_tables_of_contents_are_top_level_ordered_and_nested(briefing):
    tag = eyed3.load(str(briefing["mp3"])).tag
    tocs = {t.element_id: t for t in tag.table_of_contents}
    chapters = {c.element_id: c for c in tag.chapters}
    top = [t for t in tocs.values() if t.toplevel]
    assert len(top) == 1 and top[0].ordered
    listed = [chapters[i].title if i in chapters else f"TOC:{i}" for i in top[0].child_ids]
    assert listed[0] == "Intro" and listed[-1] == "Outro"
    starts = [chapters[i].times.start for i in top[0].child_ids if i in chapters]
    assert starts == sorted(starts)
    nested = [tocs[i] for i in top[0].child_ids if i in tocs]
    assert len(nested) == 3
    for toc, (title, _, sections) in zip(nested, ARTICLES):
        assert toc.ordered and not toc.toplevel
        assert [chapters[i].title for i in toc.child_ids] == [heading for heading, _ in sections]


def test_loudness_and_true_peak_as_ffmpeg_measures_them(briefing):
    integrated, peak = ebur128(briefing["mp3"])
    assert -17.0 <= integrated <= -15.0
    assert peak <= -1.0
    assert briefing["episode"].loudness_lufs == pytest.approx(integrated, abs=0.3)


def _decoded(path: Path) -> np.ndarray:
    raw = subprocess.run(["ffmpeg", "-v", "error", "-i", str(path), "-f", "f32le", "-ac", "1", "-ar", "44100", "-"],
                         capture_output=True, check=True).stdout
    return np.frombuffer(raw, dtype=np.float32)


def _loudness_of(audio: np.ndarray, spans: list[tuple[int, int]], rate: int) -> float:
    pieces = [audio[round(a * rate / 1000):round(b * rate / 1000)] for a, b in spans]
    return pyloudnorm.Meter(rate).integrated_loudness(np.concatenate(pieces).astype(np.float64))


def test_quotes_are_as_loud_as_the_narration(briefing):
    cues = parse_cues((briefing["dir"] / f"{briefing['stem']}.vtt").read_text())
    quotes = [(c["start"], c["end"]) for c in cues if c["speaker"]]
    narration = [(c["start"], c["end"]) for c in cues if not c["speaker"]]
    # Before: the quote voice came out much quieter than the narrator.
    segments = briefing["script"].segments()
    raw = {kind: np.concatenate([clip.samples.astype(np.float64) / 32768 for clip, segment in
                                 zip(briefing["clips"], segments) if (segment.speaker is not None) == kind])
           for kind in (True, False)}
    rate = briefing["clips"][0].sample_rate
    before = pyloudnorm.Meter(rate).integrated_loudness(raw[False]) - pyloudnorm.Meter(rate).integrated_loudness(raw[True])
    assert before > 6
    audio = _decoded(briefing["mp3"])
    after = _loudness_of(audio, narration, 44100) - _loudness_of(audio, quotes, 44100)
    assert abs(after) < 1.0


def test_mp3_is_cbr_mono_clean_and_durations_agree(briefing):
    info = ffprobe(briefing["mp3"])
    stream = info["streams"][0]
    assert (stream["codec_name"], stream["channels"], stream["sample_rate"]) == ("mp3", 1, "44100")
    mp3 = mutagen.mp3.MP3(briefing["mp3"])
    assert mp3.info.bitrate_mode == mutagen.mp3.BitrateMode.CBR
    assert mp3.info.bitrate // 1000 == 64
    assert abs(mp3.info.length - float(info["format"]["duration"])) < 0.1
    assert abs(mp3.info.length - briefing["episode"].duration_s) < 0.05
    report = subprocess.run(["mp3val", str(briefing["mp3"])], capture_output=True, text=True).stdout
    assert "PROBLEM" not in report and "WARNING" not in report and "CBR" in report


def test_cues_lie_inside_their_chapters_and_start_them(briefing):
    chapters = ffprobe(briefing["mp3"])["chapters"]
    spans = [(round(float(c["start_time"]) * 1000), round(float(c["end_time"]) * 1000)) for c in chapters]
    for name, separator in ((".vtt", "."), (".srt", ",")):
        cues = parse_cues((briefing["dir"] / f"{briefing['stem']}{name}").read_text(), separator)
        assert len(cues) >= 25
        for cue in cues:
            assert cue["start"] < cue["end"]
            # The innermost chapter that holds the cue's start holds all of it.
            holders = [s for s in spans if s[0] <= cue["start"] < s[1]]
            assert holders, cue
            inner = min(holders, key=lambda s: s[1] - s[0])
            assert cue["end"] <= inner[1], cue
        for start, _ in spans:
            first = min((c for c in cues if c["start"] >= start), key=lambda c: c["start"])
            assert first["start"] - start <= 50


def test_transcripts_name_the_speakers(briefing):
    vtt = (briefing["dir"] / f"{briefing['stem']}.vtt").read_text()
    srt = (briefing["dir"] / f"{briefing['stem']}.srt").read_text()
    assert vtt.startswith("WEBVTT")
    assert "<v Jamie Shea>De wereld ziet er vandaag helemaal anders uit." in vtt
    assert "Jamie Shea: De wereld ziet er vandaag helemaal anders uit." in srt
    # One cue per sentence: the two-sentence quote is two cues.
    cues = parse_cues(vtt)
    assert [c["text"] for c in cues if c["speaker"] == "Mark Rutte"] == ["Dit is een keerpunt.", "Wij moeten reageren."]
    text = (briefing["dir"] / f"{briefing['stem']}.txt").read_text()
    assert "Mark Rutte: „Dit is een keerpunt. Wij moeten reageren.”" in text


def test_id3_tags_carry_the_episode(briefing):
    tags = mutagen.mp3.MP3(briefing["mp3"]).tags
    assert tags.version[:2] == (2, 3)
    assert str(tags["TIT2"]) == "De briefing van zaterdag"
    assert str(tags["TPE1"]) == "Redactie" and str(tags["TALB"]) == "De Ochtendbriefing"
    assert str(tags["TDRC"]) == "2026-11-28" and str(tags["TCON"]) == "Podcast"
    assert str(tags["TLAN"]) == "dut"
    comment = str(tags.getall("COMM")[0])
    assert "00:00 Intro" in comment and ARTICLES[1][0] in comment
    assert tags.getall("WOAS")[0].url == "https://example.be/poetin"
    assert "Het is elke euro waard." in tags.getall("USLT")[0].text
    cover = tags.getall("APIC")[0]
    assert cover.type == 3 and check_cover(cover.data) == cover.mime
    # Chapters carry their own image and a link to their article.
    chap = next(f for f in tags.getall("CHAP") if str(f.sub_frames.get("TIT2")) == ARTICLES[2][0])
    assert chap.sub_frames.getall("APIC") and chap.sub_frames.getall("WXXX")[0].url == "https://example.be/storm"


def test_manifest_lists_every_file_and_is_written_last(briefing):
    directory, stem = briefing["dir"], briefing["stem"]
    episode = Episode.load(directory / f"{stem}.json")
    assert episode.size == briefing["mp3"].stat().st_size
    for name in episode.files:
        assert (directory / name).is_file(), name
    assert episode.cover.endswith(".jpg") and episode.chapters_json == f"{stem}.chapters.json"
    assert [t.media_type for t in episode.transcripts] == ["text/vtt", "application/x-subrip", "text/plain"]
    assert episode.voices == ["test-multi"] and "Piper" in episode.engine
    assert [c.title for c in episode.chapters[1].children] == [h for h, _ in ARTICLES[0][2]]
    manifest_time = (directory / f"{stem}.json").stat().st_mtime_ns
    assert all((directory / name).stat().st_mtime_ns <= manifest_time for name in episode.files)
    # No temp files left; the lock that orders commits to the directory stays, hidden.
    assert not [p for p in directory.iterdir() if p.name.startswith(".") and p.name != ".feed.lock"]


def test_extract_an_article_with_its_sections(briefing, tmp_path):
    chapters = read_chapters(briefing["mp3"])
    article = next(c for c in chapters if c.title == ARTICLES[1][0])
    out = tmp_path / "tram.mp3"
    extract_chapter(briefing["mp3"], ARTICLES[1][0].split()[0].lower(), out)  # "brussel": by title, any case
    assert abs(mutagen.mp3.MP3(out).info.length - (article.end_ms - article.start_ms) / 1000) < 0.1
    inner = read_chapters(out)
    assert [c.title for c in inner] == [h for h, _ in ARTICLES[1][2]]
    assert inner[0].start_ms > 0  # the heading comes first
    tags = mutagen.mp3.MP3(out).tags
    assert str(tags["TIT2"]) == ARTICLES[1][0] and str(tags["TALB"]) == "De briefing van zaterdag"
    assert str(tags["TRCK"]) == f"{article.number}/{len(chapters)}"


def test_jingle_opens_and_closes_the_episode(tmp_path):
    rate = 48000
    t = np.arange(int(rate * 1.5)) / rate
    chord = 0.3 * (np.sin(2 * np.pi * 440 * t) + np.sin(2 * np.pi * 554 * t)) * np.minimum(1, 4 * (1.5 - t))
    jingle = tmp_path / "jingle.flac"
    soundfile.write(jingle, np.stack([chord, chord], axis=1), rate)
    script = briefing_script()
    script.chapters = script.chapters[:1] + script.chapters[-1:]  # intro and outro only: quick
    clips = two_voice_clips(script)
    episode = produce_episode(script, clips, tmp_path, Credits(), AudioSettings(jingle=jingle))
    cues = parse_cues((tmp_path / f"{episode.stem}.vtt").read_text())
    assert episode.chapters[0].start_ms == 0
    assert 2000 <= cues[0]["start"] <= 2200  # 1.5 s jingle + 0.6 s gap
    assert episode.duration_s * 1000 - cues[-1]["end"] == pytest.approx(2100, abs=60)
    audio = _decoded(tmp_path / episode.audio)
    jingle_level = _loudness_of(audio, [(0, 1400)], 44100)
    speech_level = _loudness_of(audio, [(c["start"], c["end"]) for c in cues], 44100)
    assert speech_level - jingle_level == pytest.approx(3.0, abs=1.0)
    integrated, peak = ebur128(tmp_path / episode.audio)
    assert -17.0 <= integrated <= -15.0 and peak <= -1.0


def test_a_users_cover_is_used_as_given(tmp_path):
    from PIL import Image

    mine = tmp_path / "mijn-cover.jpg"  # a PNG with the wrong extension: the copy gets the right one
    Image.new("RGB", (1500, 1500), (200, 40, 40)).save(mine, "PNG")
    script = briefing_script()
    script.chapters = script.chapters[:1] + script.chapters[-1:]
    episode = produce_episode(script, two_voice_clips(script), tmp_path, Credits(), AudioSettings(cover=mine))
    assert episode.cover == f"{episode.stem}.png"
    assert (tmp_path / episode.cover).read_bytes() == mine.read_bytes()
    tags = mutagen.mp3.MP3(tmp_path / episode.audio).tags
    assert tags.getall("APIC")[0].mime == "image/png" and tags.getall("APIC")[0].data == mine.read_bytes()
    chapter_art = next(f for f in tags.getall("CHAP")).sub_frames.getall("APIC")[0]
    from io import BytesIO
    with Image.open(BytesIO(chapter_art.data)) as art:
        assert art.getpixel((10, 10)) == pytest.approx((200, 40, 40), abs=12)  # the user's artwork, not ours
