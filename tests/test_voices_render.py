"""Whole renders through the CLI: the espeak-ng fallback, and --jobs not changing a byte."""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import DETERMINISTIC, TINY_VOICE, episode_manifest, ffprobe, run_narrate

ARTICLE = """Noord-Koreaanse troepen aan het front

Met de inzet van Noord-Koreaanse soldaten geeft Russisch president Vladimir Poetin de oorlog in Oekraïne een nieuwe draai. Of de soldaten op het slagveld snel een verschil maken, betwijfelen experts.

'De wereld ziet er vandaag helemaal anders uit', zegt Jamie Shea, een gewezen topman van de NAVO. 'Oekraïne is een microkosmos geworden.'

Defensie-experts wijzen erop dat de troepen vaak ondervoed en ziek zijn. Ze hebben sinds het einde van de Koreaanse oorlog geen gevechtservaring meer opgedaan. Toch kan hun aantal een rol spelen in de uitputtingsslag aan het front.

De Verenigde Staten en Europa spreken van een gevaarlijke escalatie. Kiev vraagt om meer wapens en om de toelating om doelen diep in Rusland te treffen.
"""


def _episode(directory: Path) -> tuple[Path, dict]:
    data = json.loads(episode_manifest(directory).read_text())
    return directory / data["audio"], data


def test_no_voice_and_no_network_renders_with_espeak_and_says_so(tmp_path):
    # The seed renders the same way (it takes minutes to master, so a shorter article stands in).
    article = tmp_path / "artikel.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    episodes = tmp_path / "episodes"
    result = run_narrate("render", str(article), "--voices-dir", str(tmp_path / "voices"), "--episodes-dir", str(episodes),
                         "--date", "2026-11-28", "--no-chapter-images")
    stderr = result.stderr.decode()
    assert result.returncode == 0, stderr
    assert "espeak-ng" in stderr and "narrate voices download nl_BE-nathalie-medium" in stderr
    audio, manifest = _episode(episodes)
    assert "espeak-ng" in manifest["engine"]
    assert manifest["voices"][0] == "espeak-ng:nl"
    assert float(ffprobe(audio)["format"]["duration"]) > 30
    assert not (tmp_path / "voices").exists() or not list((tmp_path / "voices").glob("*.onnx"))


def test_no_fallback_fails_in_one_line(tmp_path):
    article = tmp_path / "artikel.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    episodes = tmp_path / "episodes"
    result = run_narrate("render", str(article), "--voices-dir", str(tmp_path / "voices"), "--episodes-dir", str(episodes),
                         "--no-fallback")
    lines = [line for line in result.stderr.decode().splitlines() if line.strip()]
    assert result.returncode == 3
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    assert "nl_BE-nathalie-medium" in lines[0] and "narrate voices download" in lines[0]
    assert not list(episodes.glob("*.mp3"))


def test_jobs_1_and_jobs_2_write_the_same_audio(tmp_path):
    article = tmp_path / "artikel.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    mp3s = []
    for jobs in ("1", "2"):
        episodes = tmp_path / f"jobs-{jobs}"
        result = run_narrate("render", str(article), "--voice", str(TINY_VOICE), "--quote-voice", str(TINY_VOICE),
                             "--episodes-dir", str(episodes), "--date", "2026-11-28", "--jobs", jobs, "--quiet",
                             "--no-chapter-images", *DETERMINISTIC)
        assert result.returncode == 0, result.stderr.decode()
        assert result.stderr.decode().strip() == ""  # --quiet: no progress
        mp3s.append(_episode(episodes)[0].read_bytes())
    assert mp3s[0] == mp3s[1]
