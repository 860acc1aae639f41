"""The seed episode, as rendered by the real CLI, against the issue's acceptance checks.

Every figure is read back with a tool other than narrate: ffprobe, ffmpeg's
ebur128, eyeD3, mutagen, mp3val, Pillow; narrate's own ``chapters``,
``extract`` and ``play`` commands are checked against them.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import eyed3
import mutagen.mp3
import pytest
from PIL import Image

from .conftest import SEED, TINY_VOICE, ffprobe, run_narrate
from .helpers.media import ebur128, parse_cues


def _sidecar(seed, suffix):
    return seed["mp3"].with_name(seed["mp3"].stem + suffix)


def _probe_chapters(path):
    return [(round(float(c["start_time"]) * 1000), round(float(c["end_time"]) * 1000), c["tags"]["title"])
            for c in ffprobe(path)["chapters"]]


def test_chapters_agree_across_readers(rendered_seed):
    probe = _probe_chapters(rendered_seed["mp3"])
    eye = sorted((c.times.start, c.times.end, c.title) for c in eyed3.load(str(rendered_seed["mp3"])).tag.chapters)
    listed = run_narrate("chapters", str(rendered_seed["mp3"]), "--json")
    assert listed.returncode == 0, listed.stderr.decode()
    ours = [(round(c["startTime"] * 1000), round(c["endTime"] * 1000), c["title"])
            for c in json.loads(listed.stdout)["chapters"]]
    document = json.loads(_sidecar(rendered_seed, ".chapters.json").read_text())
    assert len(probe) >= 8
    assert probe == eye == ours
    assert [(round(c["startTime"] * 1000), c["title"]) for c in document["chapters"]] == [(s, t) for s, _, t in probe]
    table = run_narrate("chapters", str(rendered_seed["mp3"])).stdout.decode().splitlines()
    assert len(table) == len(probe) and table[0].split()[:2] == ["1", "00:00"]


def test_chapters_of_a_file_that_is_not_an_mp3_is_one_clear_error():
    result = run_narrate("chapters", str(SEED))
    lines = result.stderr.decode().splitlines()
    assert result.returncode == 2 and result.stdout == b""
    assert len(lines) == 1 and lines[0].startswith("Error: "), lines
    assert "is not an MP3" in lines[0] and "give the MP3 of an episode" in lines[0]


@pytest.mark.parametrize("id3", ["1", "0"], ids=["tagged", "untagged"])
@pytest.mark.parametrize("as_json", [False, True], ids=["table", "json"])
def test_chapters_of_an_mp3_without_chapters_says_so_on_stderr(tmp_path, id3, as_json):
    mp3 = tmp_path / "plain.mp3"
    subprocess.run(["ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=duration=0.5", "-c:a", "libmp3lame",
                    "-write_id3v2", id3, str(mp3)], check=True)
    result = run_narrate("chapters", str(mp3), *(["--json"] if as_json else []))
    assert result.returncode == 0
    note = f"narrate: {mp3} has no chapters (an MP3 without ID3 chapter frames; narrate's episodes have them)"
    assert result.stderr.decode().splitlines() == [note]
    assert (json.loads(result.stdout)["chapters"] == []) if as_json else result.stdout == b""


def test_the_table_of_contents_is_top_level_and_ordered(rendered_seed):
    tag = eyed3.load(str(rendered_seed["mp3"])).tag
    (toc,) = list(tag.table_of_contents)
    assert toc.toplevel and toc.ordered
    starts = {c.element_id: c.times.start for c in tag.chapters}
    assert [starts[i] for i in toc.child_ids] == sorted(starts.values())


def test_loudness_peak_and_format(rendered_seed):
    integrated, peak = ebur128(rendered_seed["mp3"])
    assert -17.0 <= integrated <= -15.0
    assert peak <= -1.0
    info = ffprobe(rendered_seed["mp3"])
    mp3 = mutagen.mp3.MP3(rendered_seed["mp3"])
    assert mp3.info.bitrate_mode == mutagen.mp3.BitrateMode.CBR
    assert (mp3.info.channels, mp3.info.sample_rate, mp3.info.bitrate // 1000) == (1, 44100, 64)
    assert abs(mp3.info.length - float(info["format"]["duration"])) < 0.1
    report = subprocess.run(["mp3val", str(rendered_seed["mp3"])], capture_output=True, text=True).stdout
    assert "WARNING" not in report and "PROBLEM" not in report


def test_first_cue_of_each_chapter_starts_it(rendered_seed):
    chapters = _probe_chapters(rendered_seed["mp3"])
    for suffix, separator in ((".vtt", "."), (".srt", ",")):
        cues = parse_cues(_sidecar(rendered_seed, suffix).read_text(), separator)
        for start, end, title in chapters:
            inside = [c for c in cues if start <= c["start"] < end]
            assert inside, title
            assert inside[0]["start"] - start <= 50, title
            assert all(c["end"] <= end for c in inside), title


def test_extract_chapter_three(rendered_seed, tmp_path):
    out = tmp_path / "drie.mp3"
    result = run_narrate("extract", str(rendered_seed["mp3"]), "--chapter", "3", "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    start, end, title = _probe_chapters(rendered_seed["mp3"])[2]
    assert abs(float(ffprobe(out)["format"]["duration"]) - (end - start) / 1000) < 0.1
    assert abs(mutagen.mp3.MP3(out).info.length - (end - start) / 1000) < 0.1
    assert str(mutagen.mp3.MP3(out).tags["TIT2"]) == title
    report = subprocess.run(["mp3val", str(out)], capture_output=True, text=True).stdout
    assert "WARNING" not in report and "PROBLEM" not in report


def test_extract_refuses_a_chapter_that_does_not_exist(rendered_seed, tmp_path):
    result = run_narrate("extract", str(rendered_seed["mp3"]), "--chapter", "99", "-o", str(tmp_path / "x.mp3"))
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1 and "narrate chapters" in lines[0]
    assert not (tmp_path / "x.mp3").exists()


def test_cover_passes_apples_checks(rendered_seed):
    cover = _sidecar(rendered_seed, ".jpg")
    with Image.open(cover) as image:
        assert image.format == "JPEG" and image.mode == "RGB"
        assert image.size[0] == image.size[1] and 1400 <= image.size[0] <= 3000
    embedded = mutagen.mp3.MP3(rendered_seed["mp3"]).tags.getall("APIC")[0]
    assert embedded.data == cover.read_bytes() and embedded.mime == "image/jpeg"


def test_play_starts_the_player_at_the_chapter(rendered_seed, tmp_path):
    # A stand-in mpv that records how it was started: no sound card here.
    player = tmp_path / "mpv"
    player.write_text(f"#!{sys.executable}\nimport sys, json\n"
                      f"open({str(tmp_path / 'args.json')!r}, 'w').write(json.dumps(sys.argv[1:]))\n")
    player.chmod(player.stat().st_mode | stat.S_IEXEC)
    env = {"PATH": f"{tmp_path}{os.pathsep}{os.environ['PATH']}"}
    result = run_narrate("play", str(rendered_seed["mp3"]), "--chapter", "2", "--player", "mpv", env=env)
    assert result.returncode == 0, result.stderr.decode()
    args = json.loads((tmp_path / "args.json").read_text())
    start = _probe_chapters(rendered_seed["mp3"])[1][0]
    assert f"--start={start / 1000:.3f}" in args and args[-1] == str(rendered_seed["mp3"])


def test_play_without_a_player_says_what_to_install(rendered_seed, tmp_path):
    result = run_narrate("play", str(rendered_seed["mp3"]), "--chapter", "2", env={"PATH": str(tmp_path)})
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode != 0 and len(lines) == 1
    assert "mpv" in lines[0] and "ffplay" in lines[0]


def _fails_fast(tmp_path, *options, words=()):
    episodes = tmp_path / "episodes"
    result = run_narrate("render", str(SEED), "--voice", str(TINY_VOICE), "--episodes-dir", str(episodes), *options)
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode == 2, result.stderr.decode()
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    for word in words:
        assert word in lines[0]
    assert not [p for p in episodes.iterdir() if p.suffix == ".mp3"] if episodes.exists() else True


def test_a_cover_apple_would_reject_stops_the_render(tmp_path):
    small = tmp_path / "small.png"
    Image.new("RGB", (800, 800), "navy").save(small)
    _fails_fast(tmp_path, "--cover", str(small), words=("800×800", "1400–3000", "resize"))


def test_an_unreadable_jingle_stops_the_render(tmp_path):
    jingle = tmp_path / "jingle.wav"
    jingle.write_bytes(b"RIFF not really")
    _fails_fast(tmp_path, "--jingle", str(jingle), words=("jingle.wav", "WAV or FLAC"))
