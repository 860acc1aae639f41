"""End to end: the seed article through real Piper, pydub, LAME and mutagen, read back by ffprobe and feedparser."""

from __future__ import annotations

import subprocess

import feedparser
import mutagen.mp3
from narrate.article.parse import load_article

from .conftest import DETERMINISTIC, SEED, TINY_VOICE, ffprobe, run_narrate


def test_render_prints_the_mp3_and_feed(rendered_seed):
    assert rendered_seed["mp3"].name == "2026-11-28-poetin-tergt-westen-en-china-met-inzet-van-noord-koreaanse.mp3"
    assert rendered_seed["mp3"].is_file()
    assert rendered_seed["feed"].is_file()


def test_one_chapter_per_section_titled_with_headings(rendered_seed):
    article = load_article(SEED)
    chapters = ffprobe(rendered_seed["mp3"])["chapters"]
    titles = [c["tags"]["title"] for c in chapters]
    headings = [s.heading for s in article.sections if s.heading]
    assert len(chapters) >= 8
    # Intro and summary before the sections, outro after them.
    assert titles[:2] == ["Intro", "In het kort"] and titles[-1] == "Outro"
    assert len(chapters) == len(article.sections) + 3
    assert titles[3:-1] == headings


def test_chapters_are_contiguous_and_cover_the_whole_episode(rendered_seed):
    info = ffprobe(rendered_seed["mp3"])
    chapters = info["chapters"]
    duration = float(info["format"]["duration"])
    assert float(chapters[0]["start_time"]) == 0
    for before, after in zip(chapters, chapters[1:]):
        assert before["end_time"] == after["start_time"]
        assert float(after["start_time"]) > float(before["start_time"])
    # LAME pads the last frame, so the file runs a few ms past the last chapter end.
    assert abs(float(chapters[-1]["end_time"]) - duration) < 0.1


def test_id3_tags(rendered_seed):
    tags = mutagen.mp3.MP3(rendered_seed["mp3"]).tags
    assert tags.version[:2] == (2, 3)
    assert str(tags["TIT2"]) == "Poetin tergt Westen en China met inzet van Noord-Koreaanse soldaten in oorlog Oekraïne"
    assert str(tags["TPE1"])
    assert str(tags["TALB"])
    assert str(tags["TDRC"]) == "2026-11-28"
    assert str(tags["TCON"]) == "Podcast"
    assert tags.getall("CTOC")[0].child_element_ids == [c.element_id for c in sorted(tags.getall("CHAP"), key=lambda c: c.start_time)]


def test_mp3_is_cbr_mono_and_durations_agree(rendered_seed):
    info = ffprobe(rendered_seed["mp3"])
    stream = info["streams"][0]
    assert stream["codec_name"] == "mp3"
    assert stream["channels"] == 1
    assert stream["sample_rate"] == "44100"
    mp3 = mutagen.mp3.MP3(rendered_seed["mp3"])
    assert mp3.info.bitrate == 64000
    assert abs(mp3.info.length - float(info["format"]["duration"])) < 0.5
    assert mp3.info.length > 60  # a whole article, not a stub
    report = subprocess.run(["mp3val", str(rendered_seed["mp3"])], capture_output=True, text=True).stdout
    assert "CBR" in report
    assert "WARNING" not in report and "PROBLEM" not in report


def test_feed_lists_the_episode(rendered_seed):
    feed = feedparser.parse(str(rendered_seed["feed"]))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert len(feed.entries) == 1
    enclosure = feed.entries[0].enclosures[0]
    assert int(enclosure["length"]) == rendered_seed["mp3"].stat().st_size
    assert enclosure["type"] == "audio/mpeg"
    assert enclosure["href"].endswith(rendered_seed["mp3"].name)


def test_render_is_deterministic_with_noise_off(rendered_seed, tmp_path):
    result = run_narrate("render", str(SEED), "--voice", str(TINY_VOICE), "--episodes-dir", str(tmp_path),
                         "--date", "2026-11-28", *DETERMINISTIC)
    assert result.returncode == 0, result.stderr.decode()
    again = tmp_path / rendered_seed["mp3"].name
    assert again.read_bytes() == rendered_seed["mp3"].read_bytes()
